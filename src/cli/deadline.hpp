// Calls a function (typically: end an office's process group) unless the
// scope is left before the time is up. A UNO call into a hung soffice never
// returns on its own; ending the process makes it throw.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace nianbao::cli {

class Deadline {
public:
    Deadline(double seconds, std::function<void()> onExpiry);
    ~Deadline();  // cancels and waits for the timer thread
    Deadline(const Deadline&) = delete;
    Deadline& operator=(const Deadline&) = delete;

    bool expired() const { return fired_; }

private:
    std::mutex mutex_;
    std::condition_variable cancel_;
    bool cancelled_ = false;
    std::atomic<bool> fired_{false};
    std::thread timer_;
};

}  // namespace nianbao::cli
