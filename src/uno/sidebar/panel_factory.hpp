// The UI element factory registered for private:resource/toolpanel/NianbaoPanelFactory/...
// (registry/SidebarFactory.xcu): the sidebar calls it with the frame, the
// parent window and itself when the deck NianbaoDeck is shown.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace nianbao::sidebar {

class PanelFactory
    : public cppu::WeakImplHelper2<com::sun::star::ui::XUIElementFactory, com::sun::star::lang::XServiceInfo> {
public:
    explicit PanelFactory(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

    static rtl::OUString implementationName();
    static com::sun::star::uno::Sequence<rtl::OUString> serviceNames();
    static com::sun::star::uno::Reference<com::sun::star::uno::XInterface> SAL_CALL create(
        const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

    com::sun::star::uno::Reference<com::sun::star::ui::XUIElement> SAL_CALL createUIElement(
        const rtl::OUString& resourceUrl,
        const com::sun::star::uno::Sequence<com::sun::star::beans::PropertyValue>& args) override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    com::sun::star::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext> context_;
};

}  // namespace nianbao::sidebar
