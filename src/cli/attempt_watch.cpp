#include "cli/attempt_watch.hpp"

namespace nianbao::cli {

std::uint64_t AttemptWatch::begin(std::int64_t deadline) {
    const std::uint64_t token = ++next_;
    deadline_.store(deadline, std::memory_order_relaxed);
    running_.store(token, std::memory_order_release);  // publishes the deadline with it
    return token;
}

bool AttemptWatch::end(std::uint64_t token) {
    std::uint64_t expected = token;
    if (running_.compare_exchange_strong(expected, 0)) return true;
    std::lock_guard<std::mutex> wait(killing_);  // the watchdog's kill is done once we have this
    return false;
}

bool AttemptWatch::expire(std::int64_t now, const std::function<void()>& kill) {
    std::uint64_t token = running_.load(std::memory_order_acquire);
    if (token == 0 || now <= deadline_.load(std::memory_order_relaxed)) return false;
    std::lock_guard<std::mutex> lock(killing_);
    if (!running_.compare_exchange_strong(token, 0)) return false;  // it ended, or another began
    kill();
    return true;
}

}  // namespace nianbao::cli
