// Runs the panel's work on the office's main thread: a re-check about half a
// second after the last change of the frame's document (and when the frame
// shows another document or becomes active), and the actions the panel's
// controls ask for. Modify events can arrive on a UNO bridge thread; a small
// timer thread only posts through com.sun.star.awt.AsyncCallback, so the
// document is read on the main thread alone.
#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include "uno/monotonic_condition.hpp"

#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XRequestCallback.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XFrameActionListener.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase3.hxx>

namespace nianbao::sidebar {

class Refresher : public cppu::WeakImplHelper3<com::sun::star::util::XModifyListener,
                                               com::sun::star::frame::XFrameActionListener,
                                               com::sun::star::awt::XCallback> {
public:
    using Task = std::function<void()>;

    // `refresh` runs on the main thread after changes settle.
    Refresher(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
              const com::sun::star::uno::Reference<com::sun::star::frame::XFrame>& frame, Task refresh,
              std::chrono::milliseconds delay = std::chrono::milliseconds(500));
    ~Refresher() override;

    void start();      // listens to the frame and its document
    void stop();       // stops listening and drops pending work; idempotent
    void schedule();   // a debounced refresh
    void post(Task t);  // runs t on the main thread soon

    // XModifyListener / XFrameActionListener / XCallback
    void SAL_CALL modified(const com::sun::star::lang::EventObject& e) override;
    void SAL_CALL frameAction(const com::sun::star::frame::FrameActionEvent& e) override;
    void SAL_CALL notify(const com::sun::star::uno::Any& data) override;
    void SAL_CALL disposing(const com::sun::star::lang::EventObject& e) override;

private:
    void watchDocument();  // (re)binds the modify listener to the frame's model
    void unwatchDocument();
    void timerLoop();

    com::sun::star::uno::Reference<com::sun::star::awt::XRequestCallback> async_;
    com::sun::star::uno::Reference<com::sun::star::frame::XFrame> frame_;
    com::sun::star::uno::Reference<com::sun::star::util::XModifyBroadcaster> document_;
    Task refresh_;
    const std::chrono::milliseconds delay_;

    std::mutex mutex_;  // guards everything below
    MonotonicCondition wake_;  // not std::condition_variable: see monotonic_condition.hpp
    std::deque<Task> tasks_;
    bool stopped_ = false;
    bool due_ = false;
    std::chrono::steady_clock::time_point deadline_;
    std::thread timer_;
};

}  // namespace nianbao::sidebar
