#include "uno/main_thread.hpp"

#include <sys/syscall.h>
#include <unistd.h>

#include <exception>
#include <memory>
#include <mutex>

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XRequestCallback.hpp>
#include <cppuhelper/implbase1.hxx>

#include "uno/monotonic_condition.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;

namespace nianbao::lo {

namespace {

enum class Stage { Queued, Running, Done, Abandoned };

// Between the waiting caller and the main thread; outlives whichever ends first.
struct Handoff {
    std::mutex mutex;
    MonotonicCondition changed;  // not std::condition_variable: see monotonic_condition.hpp
    Stage stage = Stage::Queued;
    const std::function<void()>* job = nullptr;  // the caller's; valid until Done or Abandoned
    std::exception_ptr error;
};

class MainThreadJob : public cppu::WeakImplHelper1<awt::XCallback> {
public:
    explicit MainThreadJob(std::shared_ptr<Handoff> handoff) : handoff_(std::move(handoff)) {}

    // The main thread, holding the SolarMutex.
    void SAL_CALL notify(const uno::Any&) override {
        try {
            {
                std::lock_guard<std::mutex> lock(handoff_->mutex);
                if (handoff_->stage != Stage::Queued) return;  // the caller gave up and ran it itself
                handoff_->stage = Stage::Running;
            }
            std::exception_ptr error;
            try {
                (*handoff_->job)();
            } catch (...) {
                error = std::current_exception();
            }
            std::lock_guard<std::mutex> lock(handoff_->mutex);
            handoff_->error = error;
            handoff_->stage = Stage::Done;
            handoff_->changed.notify_all();
        } catch (...) {
            // Nothing may escape into the office's event loop.
        }
    }

private:
    std::shared_ptr<Handoff> handoff_;
};

// Posts the job; false when the office has no toolkit to post to.
bool post(const Reference<uno::XComponentContext>& context, const std::shared_ptr<Handoff>& handoff) {
    try {
        Reference<awt::XRequestCallback> async(awt::AsyncCallback::create(context), uno::UNO_QUERY_THROW);
        async->addCallback(Reference<awt::XCallback>(new MainThreadJob(handoff)), uno::Any());
        return true;
    } catch (...) {
        return false;
    }
}

// soffice runs its event loop on the process's first thread.
bool onMainThread() { return static_cast<pid_t>(::syscall(SYS_gettid)) == ::getpid(); }

}  // namespace

void runOnMainThread(const Reference<uno::XComponentContext>& context, const std::function<void()>& job,
                     std::chrono::milliseconds grace) {
    if (onMainThread()) {
        job();
        return;
    }
    auto handoff = std::make_shared<Handoff>();
    handoff->job = &job;
    if (post(context, handoff)) {
        std::unique_lock<std::mutex> lock(handoff->mutex);
        const auto deadline = std::chrono::steady_clock::now() + grace;
        while (handoff->stage == Stage::Queued && std::chrono::steady_clock::now() < deadline)
            handoff->changed.wait_until(lock, deadline);
        if (handoff->stage != Stage::Queued) {
            // Taken: it ends there, or the office ends with it (the caller's deadline).
            while (handoff->stage != Stage::Done) handoff->changed.wait(lock);
            if (handoff->error) std::rethrow_exception(handoff->error);
            return;
        }
        handoff->stage = Stage::Abandoned;
        handoff->job = nullptr;
    }
    job();
}

}  // namespace nianbao::lo
