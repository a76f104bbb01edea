// The UI element the sidebar asks the factory for: a thin wrapper that hands
// out the panel (getRealInterface) and disposes it with itself.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase1.hxx>
#include <rtl/ref.hxx>

#include "uno/sidebar/findings_panel.hpp"

namespace nianbao::sidebar {

class PanelElement : public cppu::BaseMutex, public cppu::WeakComponentImplHelper1<com::sun::star::ui::XUIElement> {
public:
    PanelElement(const rtl::OUString& resourceUrl,
                 const com::sun::star::uno::Reference<com::sun::star::frame::XFrame>& frame,
                 const rtl::Reference<FindingsPanel>& panel);

    com::sun::star::uno::Reference<com::sun::star::frame::XFrame> SAL_CALL getFrame() override;
    rtl::OUString SAL_CALL getResourceURL() override;
    sal_Int16 SAL_CALL getType() override;
    com::sun::star::uno::Reference<com::sun::star::uno::XInterface> SAL_CALL getRealInterface() override;

private:
    void SAL_CALL disposing() override;

    rtl::OUString resourceUrl_;
    com::sun::star::uno::WeakReference<com::sun::star::frame::XFrame> frame_;
    rtl::Reference<FindingsPanel> panel_;
};

}  // namespace nianbao::sidebar
