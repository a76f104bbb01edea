#include "uno/sidebar/refresher.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;

namespace nianbao::sidebar {

Refresher::Refresher(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                     Task refresh, std::chrono::milliseconds delay)
    : async_(awt::AsyncCallback::create(context), UNO_QUERY),
      frame_(frame),
      refresh_(std::move(refresh)),
      delay_(delay) {}

Refresher::~Refresher() {
    std::unique_lock<std::mutex> lock(mutex_);
    stopped_ = true;
    wake_.notify_all();
    lock.unlock();
    if (timer_.joinable()) {
        if (timer_.get_id() == std::this_thread::get_id()) timer_.detach();
        else timer_.join();
    }
}

void Refresher::start() {
    timer_ = std::thread([this] { timerLoop(); });
    if (frame_.is()) frame_->addFrameActionListener(this);
    watchDocument();
}

void Refresher::stop() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (stopped_) return;
        stopped_ = true;
        tasks_.clear();
        wake_.notify_all();
    }
    if (timer_.joinable() && timer_.get_id() != std::this_thread::get_id()) timer_.join();
    try {
        if (frame_.is()) frame_->removeFrameActionListener(this);
    } catch (...) {
    }
    unwatchDocument();
    frame_.clear();
    refresh_ = nullptr;
}

void Refresher::watchDocument() {
    unwatchDocument();
    try {
        Reference<frame::XController> controller = frame_.is() ? frame_->getController() : nullptr;
        Reference<util::XModifyBroadcaster> doc(controller.is() ? controller->getModel() : nullptr, UNO_QUERY);
        if (doc.is()) doc->addModifyListener(this);
        document_ = doc;
    } catch (...) {
        document_.clear();
    }
}

void Refresher::unwatchDocument() {
    try {
        if (document_.is()) document_->removeModifyListener(this);
    } catch (...) {
    }
    document_.clear();
}

void Refresher::schedule() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopped_) return;
    due_ = true;
    deadline_ = std::chrono::steady_clock::now() + delay_;
    wake_.notify_all();
}

void Refresher::post(Task t) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (stopped_) return;
        tasks_.push_back(std::move(t));
    }
    try {
        async_->addCallback(this, uno::Any());
    } catch (...) {
    }
}

// Waits until no change came for `delay_`, then posts one refresh.
void Refresher::timerLoop() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stopped_) {
        if (!due_) {
            wake_.wait(lock);
            continue;
        }
        if (std::chrono::steady_clock::now() < deadline_) {
            wake_.wait_until(lock, deadline_);
            continue;
        }
        due_ = false;
        tasks_.push_back([this] {
            if (refresh_) refresh_();
        });
        lock.unlock();
        try {
            async_->addCallback(this, uno::Any());
        } catch (...) {
        }
        lock.lock();
    }
}

void Refresher::modified(const lang::EventObject&) {
    try {
        schedule();
    } catch (...) {
        // Typing must never fail because of us: this change just goes unnoticed.
    }
}

void Refresher::frameAction(const frame::FrameActionEvent& e) {
    try {
        switch (e.Action) {
            case frame::FrameAction_COMPONENT_ATTACHED:
            case frame::FrameAction_COMPONENT_REATTACHED:
                watchDocument();
                schedule();
                break;
            case frame::FrameAction_COMPONENT_DETACHING:
                unwatchDocument();
                break;
            case frame::FrameAction_FRAME_ACTIVATED:
                schedule();
                break;
            default:
                break;
        }
    } catch (...) {
    }
}

// Main thread (AsyncCallback): runs what is queued.
void Refresher::notify(const uno::Any&) {
    Reference<uno::XInterface> keepAlive(static_cast<cppu::OWeakObject*>(this));
    for (;;) {
        Task t;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (stopped_ || tasks_.empty()) return;
            t = std::move(tasks_.front());
            tasks_.pop_front();
        }
        try {
            t();
        } catch (...) {
            // Tasks report their failures in the panel; nothing may escape here.
        }
    }
}

void Refresher::disposing(const lang::EventObject& e) {
    try {
        if (document_.is() && e.Source == Reference<uno::XInterface>(document_, UNO_QUERY)) document_.clear();
        if (frame_.is() && e.Source == Reference<uno::XInterface>(frame_, UNO_QUERY)) frame_.clear();
    } catch (...) {
    }
}

}  // namespace nianbao::sidebar
