#include "uno/dispatch/command_client.hpp"

#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/util/URL.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;

namespace nianbao::lo::dispatch {

namespace {

// Our handler answers before dispatchWithNotification returns.
class Outcome : public cppu::WeakImplHelper1<frame::XDispatchResultListener> {
public:
    CommandOutcome value;
    bool heard = false;
    void SAL_CALL dispatchFinished(const frame::DispatchResultEvent& event) override {
        heard = true;
        value.ok = event.State == frame::DispatchResultState::SUCCESS;
        rtl::OUString text;
        event.Result >>= text;
        value.result = toUtf8(text);
    }
    void SAL_CALL disposing(const lang::EventObject&) override {}
};

}  // namespace

CommandOutcome runCommand(const Reference<frame::XFrame>& frame, const std::string& url) {
    Reference<frame::XDispatchProvider> provider(frame, UNO_QUERY_THROW);
    util::URL target;
    target.Complete = fromUtf8(url);
    Reference<frame::XNotifyingDispatch> dispatch(provider->queryDispatch(target, "_self", 0), UNO_QUERY);
    CommandOutcome out;
    if (!dispatch.is()) {
        out.result = "the command " + url + " is not available in this window";
        return out;
    }
    rtl::Reference<Outcome> listener(new Outcome);
    dispatch->dispatchWithNotification(target, {}, Reference<frame::XDispatchResultListener>(listener.get()));
    if (!listener->heard) out.result = "the command " + url + " gave no answer";
    else out = listener->value;
    return out;
}

}  // namespace nianbao::lo::dispatch
