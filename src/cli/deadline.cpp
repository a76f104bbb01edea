#include "cli/deadline.hpp"

#include <chrono>

namespace nianbao::cli {

Deadline::Deadline(double seconds, std::function<void()> onExpiry) {
    timer_ = std::thread([this, seconds, onExpiry = std::move(onExpiry)] {
        std::unique_lock<std::mutex> lock(mutex_);
        if (cancel_.wait_for(lock, std::chrono::duration<double>(seconds), [this] { return cancelled_; })) return;
        fired_ = true;
        lock.unlock();
        onExpiry();
    });
}

Deadline::~Deadline() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        cancelled_ = true;
    }
    cancel_.notify_one();
    timer_.join();
}

}  // namespace nianbao::cli
