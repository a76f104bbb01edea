// The protocol handler for org.nianbao: URLs (registry/ProtocolHandler.xcu):
// the Tools ▸ 年报 menu (registry/Addons.xcu) and the sidebar's buttons
// dispatch these commands on the frame of the document they act on.
#pragma once

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/weakref.hxx>

namespace nianbao::lo {

class CommandHandler
    : public cppu::WeakImplHelper4<com::sun::star::frame::XDispatchProvider, com::sun::star::frame::XNotifyingDispatch,
                                   com::sun::star::lang::XInitialization, com::sun::star::lang::XServiceInfo> {
public:
    explicit CommandHandler(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

    static rtl::OUString implementationName();
    static com::sun::star::uno::Sequence<rtl::OUString> serviceNames();
    static com::sun::star::uno::Reference<com::sun::star::uno::XInterface> SAL_CALL create(
        const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

    // XInitialization: the frame the handler works for.
    void SAL_CALL initialize(const com::sun::star::uno::Sequence<com::sun::star::uno::Any>& args) override;

    // XDispatchProvider
    com::sun::star::uno::Reference<com::sun::star::frame::XDispatch> SAL_CALL queryDispatch(
        const com::sun::star::util::URL& url, const rtl::OUString& target, sal_Int32 flags) override;
    com::sun::star::uno::Sequence<com::sun::star::uno::Reference<com::sun::star::frame::XDispatch>> SAL_CALL
    queryDispatches(const com::sun::star::uno::Sequence<com::sun::star::frame::DispatchDescriptor>& requests) override;

    // XDispatch / XNotifyingDispatch
    void SAL_CALL dispatch(const com::sun::star::util::URL& url,
                           const com::sun::star::uno::Sequence<com::sun::star::beans::PropertyValue>& args) override;
    void SAL_CALL dispatchWithNotification(
        const com::sun::star::util::URL& url,
        const com::sun::star::uno::Sequence<com::sun::star::beans::PropertyValue>& args,
        const com::sun::star::uno::Reference<com::sun::star::frame::XDispatchResultListener>& listener) override;
    void SAL_CALL addStatusListener(const com::sun::star::uno::Reference<com::sun::star::frame::XStatusListener>& l,
                                    const com::sun::star::util::URL& url) override;
    void SAL_CALL removeStatusListener(const com::sun::star::uno::Reference<com::sun::star::frame::XStatusListener>& l,
                                       const com::sun::star::util::URL& url) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    com::sun::star::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    // Runs the command; true and the findings JSON (or "") on success, false and a message on failure.
    bool run(const std::string& url, std::string& result);
    void tellUser(const std::string& message);

    com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext> context_;
    com::sun::star::uno::WeakReference<com::sun::star::frame::XFrame> frame_;  // the frame owns us, not we it
};

}  // namespace nianbao::lo
