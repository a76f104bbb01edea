#include "uno/dispatch/command_handler.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "uno/check_runner.hpp"
#include "uno/dispatch/command_url.hpp"
#include "uno/edit/edit_commands.hpp"
#include "uno/sidebar/deck_opener.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::Sequence;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace nianbao::lo {

CommandHandler::CommandHandler(const Reference<uno::XComponentContext>& context) : context_(context) {}

OUString CommandHandler::implementationName() { return "org.nianbao.comp.CommandHandler"; }

Sequence<OUString> CommandHandler::serviceNames() {
    Sequence<OUString> names(1);
    names[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

Reference<uno::XInterface> CommandHandler::create(const Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new CommandHandler(context));
}

void CommandHandler::initialize(const Sequence<uno::Any>& args) {
    for (const uno::Any& a : args) {
        Reference<frame::XFrame> frame(a, UNO_QUERY);
        if (frame.is()) {
            frame_ = frame;
            return;
        }
    }
}

Reference<frame::XDispatch> CommandHandler::queryDispatch(const util::URL& url, const OUString&, sal_Int32) {
    if (!url.Complete.startsWith(OUString::createFromAscii(dispatch::kProtocol))) return nullptr;
    return this;
}

Sequence<Reference<frame::XDispatch>> CommandHandler::queryDispatches(
    const Sequence<frame::DispatchDescriptor>& requests) {
    Sequence<Reference<frame::XDispatch>> out(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        out[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return out;
}

bool CommandHandler::run(const std::string& url, std::string& result) {
    try {
        const dispatch::Command command = dispatch::parseCommand(url);
        Reference<frame::XFrame> frame(frame_);
        if (!frame.is()) throw std::runtime_error("no frame");
        Reference<frame::XController> controller = frame->getController();
        Reference<frame::XModel> model = controller.is() ? controller->getModel() : nullptr;
        Reference<lang::XComponent> doc(model, UNO_QUERY);
        if (!doc.is()) throw std::runtime_error("no document in this frame");

        if (command.name == "check") {
            // The sidebar deck shows the findings; the JSON is the result for scripts.
            sidebar::openDeck(context_, frame);
            result = findingsJson(doc, safeFileName(doc));
        } else if (command.name == "insertTemplate") {
            edit::insertTemplate(context_, doc, command.param("part", "report"));
            result.clear();
        } else if (command.name == "insertMissing") {
            result = edit::insertMissingSections(context_, doc);
        } else if (command.name == "rebuild") {
            result = edit::rebuildTable(context_, doc, command.param("table", "T3"));
        } else if (command.name == "fixAll") {
            const std::string alternative = command.param("alternative", "0");
            if (alternative.find_first_not_of("0123456789") != std::string::npos || alternative.size() > 4)
                throw std::invalid_argument("alternative must be a small number, not \"" + alternative + "\"");
            result = edit::applyFixes(context_, doc, dispatch::splitList(command.param("cells", "")),
                                      std::stoi(alternative), dispatch::splitList(command.param("expect", "")));
        } else {
            throw std::invalid_argument("unknown command " + url);
        }
        return true;
    } catch (const uno::Exception& e) {
        result = "LibreOffice: " + toUtf8(e.Message);
    } catch (const std::exception& e) {
        result = e.what();
    } catch (...) {
        result = "unexpected failure";
    }
    return false;
}

void CommandHandler::dispatch(const util::URL& url, const Sequence<beans::PropertyValue>&) {
    std::string result;
    if (!run(toUtf8(url.Complete), result)) tellUser(result);
}

// A menu command has no caller to return a failure to: the user is told,
// when there is a visible window to tell them in (never headless).
void CommandHandler::tellUser(const std::string& message) {
    try {
        Reference<frame::XFrame> frame(frame_);
        Reference<awt::XWindow2> window(frame.is() ? frame->getContainerWindow() : nullptr, UNO_QUERY);
        Reference<awt::XWindowPeer> peer(window, UNO_QUERY);
        if (!window.is() || !peer.is() || !window->isVisible()) return;
        Reference<awt::XMessageBoxFactory> boxes(awt::Toolkit::create(context_), UNO_QUERY_THROW);
        Reference<awt::XMessageBox> box = boxes->createMessageBox(
            peer, awt::MessageBoxType_ERRORBOX, awt::MessageBoxButtons::BUTTONS_OK, fromUtf8("年报 nianbao"),
            fromUtf8("未能完成操作 / The command failed:\n" + message));
        if (box.is()) box->execute();
    } catch (...) {
    }
}

void CommandHandler::dispatchWithNotification(const util::URL& url, const Sequence<beans::PropertyValue>&,
                                              const Reference<frame::XDispatchResultListener>& listener) {
    std::string result;
    const bool ok = run(toUtf8(url.Complete), result);
    if (!listener.is()) return;
    frame::DispatchResultEvent event;
    event.Source = static_cast<cppu::OWeakObject*>(this);
    event.State = ok ? frame::DispatchResultState::SUCCESS : frame::DispatchResultState::FAILURE;
    event.Result <<= fromUtf8(result);
    try {
        listener->dispatchFinished(event);
    } catch (...) {
    }
}

void CommandHandler::addStatusListener(const Reference<frame::XStatusListener>& listener, const util::URL& url) {
    if (!listener.is()) return;
    frame::FeatureStateEvent state;
    state.Source = static_cast<cppu::OWeakObject*>(this);
    state.FeatureURL = url;
    state.IsEnabled = true;
    try {
        listener->statusChanged(state);
    } catch (...) {
    }
}

void CommandHandler::removeStatusListener(const Reference<frame::XStatusListener>&, const util::URL&) {}

OUString CommandHandler::getImplementationName() { return implementationName(); }

sal_Bool CommandHandler::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

Sequence<OUString> CommandHandler::getSupportedServiceNames() { return serviceNames(); }

}  // namespace nianbao::lo
