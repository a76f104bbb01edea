#include "cli/worker_pool.hpp"

#include "cli/attempt_watch.hpp"

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>

#include <com/sun/star/uno/Exception.hpp>

#include "cli/interrupt.hpp"
#include "uno/ustring.hpp"

namespace nianbao::cli {

namespace {

using Clock = std::chrono::steady_clock;

std::int64_t nowTicks() { return Clock::now().time_since_epoch().count(); }

struct Event {
    bool finished = false;
    std::size_t index = 0;
    TaskResult result;
};

// One run's shared state: the next file to take and the events for the caller.
struct Board {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Event> events;
    std::string fatal;

    void post(Event e) {
        {
            std::lock_guard<std::mutex> lock(mutex);
            events.push_back(std::move(e));
        }
        changed.notify_one();
    }
};


std::string formatSeconds(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", s);
    return buf;
}

}  // namespace

struct WorkerPool::Slot {
    std::unique_ptr<Office> office;
    AttemptWatch watch;  // the current attempt's deadline, shared with the watchdog
    Board* board = nullptr;
};

WorkerPool::WorkerPool(const Office::ContextRef& local, const ProfileTemplate& profile, int workers,
                       double timeoutSeconds, int filesPerOffice)
    : timeout_(timeoutSeconds), filesPerOffice_(filesPerOffice) {
    for (int i = 0; i < workers; ++i) {
        auto slot = std::make_unique<Slot>();
        slot->office = std::make_unique<Office>(local, profile, "worker" + std::to_string(i + 1));
        slots_.push_back(std::move(slot));
    }
}

WorkerPool::~WorkerPool() { shutdown(); }

void WorkerPool::shutdown() {
    std::vector<std::thread> stoppers;
    for (auto& s : slots_) stoppers.emplace_back([&s] { s->office->stop(); });
    for (auto& t : stoppers) t.join();
}

TaskResult WorkerPool::attempt(Slot& slot, std::size_t i, const Task& task, bool& crashed) {
    Office& office = *slot.office;
    TaskResult r;
    bool officeBroken = false;
    const std::uint64_t token = slot.watch.begin(
        nowTicks() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(timeout_)).count());
    try {
        r = task(office, i);
    } catch (const com::sun::star::uno::Exception& e) {
        // Mostly a DisposedException: the soffice under the call is gone.
        officeBroken = true;
        r = TaskResult();
        r.detail = lo::toUtf8(e.Message);
    } catch (const std::exception& e) {
        r = TaskResult();
        r.detail = e.what();
    }
    if (!slot.watch.end(token)) {
        r = TaskResult();
        r.failure = Status::TimedOut;
        r.detail = "no result within " + formatSeconds(timeout_) + " s; its LibreOffice was replaced";
        officeBroken = true;
    } else if (officeBroken || !office.running()) {
        if (!r.checked) {
            office.running();  // reaps it, if it has ended, for howItEnded()
            const std::string how = office.howItEnded();
            r.detail = "LibreOffice crashed on it (" + (how.empty() ? r.detail : how) + ")";
            crashed = !interrupted();
        }
        officeBroken = true;
    }
    if (officeBroken) {
        office.kill();
        office.stop();
    }
    return r;
}

void WorkerPool::work(Slot& slot, std::size_t count, const Task& task) {
    Board& b = *slot.board;
    Office& office = *slot.office;
    int startFailures = 0;
    bool retrying = false;
    std::size_t i = 0;
    int onThisOffice = 0;  // files since the office was (re)started
    while (!b.stop && !interrupted()) {
        if (!office.running()) {
            try {
                office.start();
                startFailures = 0;
                onThisOffice = 0;
            } catch (const std::exception& e) {
                // Once can be bad luck (a slow machine); twice in a row is not.
                if (++startFailures < 2 && !interrupted()) continue;
                std::lock_guard<std::mutex> lock(b.mutex);
                if (b.fatal.empty()) b.fatal = std::string("LibreOffice could not be started: ") + e.what();
                b.stop = true;
                b.changed.notify_one();
                return;
            } catch (const com::sun::star::uno::Exception& e) {
                if (++startFailures < 2 && !interrupted()) continue;
                std::lock_guard<std::mutex> lock(b.mutex);
                if (b.fatal.empty()) b.fatal = "LibreOffice could not be started: " + lo::toUtf8(e.Message);
                b.stop = true;
                b.changed.notify_one();
                return;
            }
        }
        if (!retrying) {
            i = b.next++;
            if (i >= count) return;
            b.post({false, i, {}});
        }
        bool crashed = false;
        TaskResult r = attempt(slot, i, task, crashed);
        if (interrupted()) return;  // a result cut short by Ctrl-C is no result
        // A crash can come from what earlier files left in that soffice: the
        // file gets one more try on a fresh one before it is called unreadable.
        if (crashed && !retrying) {
            retrying = true;
            continue;
        }
        if (crashed) r.detail += " (twice, each time on a fresh LibreOffice)";
        retrying = false;
        b.post({true, i, std::move(r)});
        // A long batch grows the office's memory: a fresh one now and then.
        if (filesPerOffice_ > 0 && ++onThisOffice >= filesPerOffice_ && office.running()) office.stop();
    }
}

bool WorkerPool::run(std::size_t count, const Task& task, const Started& started, const Finished& finished,
                     const std::function<void()>& tick) {
    Board b;
    const std::size_t workers = std::min(slots_.size(), std::max<std::size_t>(count, 1));
    std::vector<std::thread> threads;
    for (std::size_t w = 0; w < workers; ++w) {
        slots_[w]->board = &b;
        threads.emplace_back([this, w, count, &task] { work(*slots_[w], count, task); });
    }
    std::size_t done = 0;
    bool ok = true;
    while (done < count) {
        std::deque<Event> events;
        bool stopped;
        {
            std::unique_lock<std::mutex> lock(b.mutex);
            b.changed.wait_for(lock, std::chrono::milliseconds(100), [&] { return !b.events.empty() || b.stop; });
            events.swap(b.events);
            stopped = b.stop;
        }
        for (Event& e : events) {
            if (e.finished) {
                ++done;
                finished(e.index, e.result);
            } else {
                started(e.index);
            }
        }
        if (tick) tick();
        // Watchdog: end the soffice of an overdue file; its worker reports it.
        const std::int64_t now = nowTicks();
        for (std::size_t w = 0; w < workers; ++w) {
            Slot& s = *slots_[w];
            s.watch.expire(now, [&s] { s.office->kill(); });
        }
        if (interrupted() || stopped) {
            ok = false;
            break;
        }
    }
    b.stop = true;
    if (!ok) {
        for (std::size_t w = 0; w < workers; ++w) slots_[w]->office->kill();
    }
    for (auto& t : threads) t.join();
    if (!b.fatal.empty()) fatal_ = b.fatal;
    return ok;
}

}  // namespace nianbao::cli
