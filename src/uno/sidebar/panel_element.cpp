#include "uno/sidebar/panel_element.hpp"

#include <com/sun/star/ui/UIElementType.hpp>

using namespace com::sun::star;
using com::sun::star::uno::Reference;

namespace nianbao::sidebar {

PanelElement::PanelElement(const rtl::OUString& resourceUrl, const Reference<frame::XFrame>& frame,
                           const rtl::Reference<FindingsPanel>& panel)
    : cppu::WeakComponentImplHelper1<ui::XUIElement>(m_aMutex),
      resourceUrl_(resourceUrl),
      frame_(frame),
      panel_(panel) {}

Reference<frame::XFrame> PanelElement::getFrame() { return Reference<frame::XFrame>(frame_); }

rtl::OUString PanelElement::getResourceURL() { return resourceUrl_; }

sal_Int16 PanelElement::getType() { return ui::UIElementType::TOOLPANEL; }

Reference<uno::XInterface> PanelElement::getRealInterface() {
    if (!panel_.is()) return Reference<uno::XInterface>();
    return Reference<uno::XInterface>(static_cast<cppu::OWeakObject*>(panel_.get()));
}

void PanelElement::disposing() {
    try {
        if (panel_.is()) panel_->dispose();
    } catch (...) {
    }
    panel_.clear();
}

}  // namespace nianbao::sidebar
