// Runs a piece of document work on the office's main thread. A call that
// reaches the service on a UNO bridge thread would otherwise take and hand
// back the SolarMutex with the main thread on every office call it makes
// (measured: loading, checking and closing a report over the bridge cost
// 1.5x what the same work costs on the main thread).
#pragma once

#include <chrono>
#include <functional>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace nianbao::lo {

// On the main thread: runs job at once. Elsewhere: posts it through
// com.sun.star.awt.AsyncCallback and waits (holding nothing of the office's)
// until it has run there; what it threw is thrown here. When the main thread
// does not take it within `grace` (the office is shutting down and drops
// callbacks, or the caller holds the SolarMutex the main thread waits for),
// job runs on the calling thread instead, as it did before.
void runOnMainThread(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
                     const std::function<void()>& job,
                     std::chrono::milliseconds grace = std::chrono::milliseconds(5000));

}  // namespace nianbao::lo
