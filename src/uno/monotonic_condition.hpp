// A condition variable whose timed wait runs on the monotonic clock and needs
// nothing newer than glibc 2.28. libstdc++'s std::condition_variable waits on
// steady_clock through pthread_cond_clockwait (glibc 2.30), which would keep the
// extension from loading on the older desktops it is built for (README,
// "Platforms"); a pthread condition set to CLOCK_MONOTONIC does the same there.
#pragma once

#include <chrono>
#include <ctime>
#include <mutex>

#include <pthread.h>

namespace nianbao {

class MonotonicCondition {
public:
    MonotonicCondition() {
        pthread_condattr_t attr;
        pthread_condattr_init(&attr);
        pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
        pthread_cond_init(&cond_, &attr);
        pthread_condattr_destroy(&attr);
    }
    ~MonotonicCondition() { pthread_cond_destroy(&cond_); }
    MonotonicCondition(const MonotonicCondition&) = delete;
    MonotonicCondition& operator=(const MonotonicCondition&) = delete;

    void notify_all() noexcept { pthread_cond_broadcast(&cond_); }
    void wait(std::unique_lock<std::mutex>& lock) { pthread_cond_wait(&cond_, lock.mutex()->native_handle()); }

    // Returns when notified, spuriously, or at `deadline` (steady_clock is
    // CLOCK_MONOTONIC in libstdc++): callers re-check their state in a loop.
    void wait_until(std::unique_lock<std::mutex>& lock, std::chrono::steady_clock::time_point deadline) {
        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(deadline.time_since_epoch()).count();
        timespec ts;
        ts.tv_sec = static_cast<time_t>(ns / 1000000000);
        ts.tv_nsec = static_cast<long>(ns % 1000000000);
        pthread_cond_timedwait(&cond_, lock.mutex()->native_handle(), &ts);
    }

private:
    pthread_cond_t cond_;
};

}  // namespace nianbao
