// The deadline of one worker's current attempt, between the worker that runs
// it and the watchdog that ends overdue ones. Each attempt has a token: the
// watchdog can only end the attempt whose deadline it read, and once it has
// claimed an attempt the worker waits for the kill before starting the next
// (a file finishing just as its deadline passed could otherwise get the next
// file's office killed and that file marked timed-out).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>

namespace nianbao::cli {

class AttemptWatch {
public:
    // Starts an attempt, overdue after `deadline` (any monotonic tick count).
    std::uint64_t begin(std::int64_t deadline);
    // Ends it: true when it ended in time; false when the watchdog claimed it
    // first (its kill has then run to the end).
    bool end(std::uint64_t token);
    // The watchdog: claims the running attempt when it is overdue at `now`
    // and runs `kill`; true when it did.
    bool expire(std::int64_t now, const std::function<void()>& kill);

private:
    std::atomic<std::uint64_t> running_{0};  // the token of the attempt running, 0: none
    std::atomic<std::int64_t> deadline_{0};
    std::mutex killing_;                     // held while an overdue attempt's office is killed
    std::uint64_t next_ = 0;                 // the worker's own counter
};

}  // namespace nianbao::cli
