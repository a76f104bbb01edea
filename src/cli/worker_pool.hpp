// N worker threads, each owning one soffice. A file that crashes its soffice
// or runs past the timeout is reported as failed and the soffice is replaced;
// the batch always goes on. The calling thread is the watchdog: it ends an
// overdue soffice's process group, which makes the stuck UNO call return.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cli/office.hpp"
#include "cli/tasks.hpp"

namespace nianbao::cli {

class WorkerPool {
public:
    using Task = std::function<TaskResult(Office&, std::size_t index)>;
    using Started = std::function<void(std::size_t index)>;
    using Finished = std::function<void(std::size_t index, const TaskResult&)>;

    // Each worker's soffice is replaced after `filesPerOffice` files (0: never).
    WorkerPool(const Office::ContextRef& local, const ProfileTemplate& profile, int workers, double timeoutSeconds,
               int filesPerOffice = 0);
    ~WorkerPool();  // ends every soffice

    // Runs task(i) for every i < count; started/finished are called on this
    // thread. Returns false when interrupted (SIGINT/SIGTERM) or when no
    // soffice could be started (then fatalError() says why).
    // tick, if given, is called about ten times a second (progress redraws).
    bool run(std::size_t count, const Task& task, const Started& started, const Finished& finished,
             const std::function<void()>& tick = nullptr);

    void shutdown();  // closes every soffice, in parallel
    const std::string& fatalError() const { return fatal_; }

private:
    struct Slot;
    void work(Slot& slot, std::size_t count, const Task& task);
    // One try of task(i); crashed: its soffice died under it (not a timeout).
    TaskResult attempt(Slot& slot, std::size_t i, const Task& task, bool& crashed);

    double timeout_;
    int filesPerOffice_ = 0;
    std::vector<std::unique_ptr<Slot>> slots_;
    std::string fatal_;
};

}  // namespace nianbao::cli
