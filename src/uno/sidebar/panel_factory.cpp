#include "uno/sidebar/panel_factory.hpp"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "uno/sidebar/findings_panel.hpp"
#include "uno/sidebar/panel_element.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::Sequence;
using com::sun::star::uno::UNO_QUERY;
using rtl::OUString;

namespace nianbao::sidebar {

PanelFactory::PanelFactory(const Reference<uno::XComponentContext>& context) : context_(context) {}

OUString PanelFactory::implementationName() { return "org.nianbao.comp.SidebarPanelFactory"; }

Sequence<OUString> PanelFactory::serviceNames() {
    Sequence<OUString> names(2);
    names[0] = "org.nianbao.SidebarPanelFactory";
    names[1] = "com.sun.star.ui.UIElementFactory";
    return names;
}

Reference<uno::XInterface> PanelFactory::create(const Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new PanelFactory(context));
}

Reference<ui::XUIElement> PanelFactory::createUIElement(const OUString& resourceUrl,
                                                        const Sequence<beans::PropertyValue>& args) {
    Reference<frame::XFrame> frame;
    Reference<awt::XWindow> parent;
    Reference<ui::XSidebar> sidebar;
    for (const beans::PropertyValue& p : args) {
        if (p.Name == "Frame") p.Value >>= frame;
        else if (p.Name == "ParentWindow") p.Value >>= parent;
        else if (p.Name == "Sidebar") p.Value >>= sidebar;
    }
    if (!parent.is())
        throw lang::IllegalArgumentException("nianbao: the sidebar gave no parent window",
                                             static_cast<cppu::OWeakObject*>(this), 1);
    try {
        rtl::Reference<FindingsPanel> panel = new FindingsPanel(context_, frame, parent, sidebar);
        panel->start();
        return new PanelElement(resourceUrl, frame, panel);
    } catch (const uno::Exception& e) {
        throw lang::IllegalArgumentException("nianbao: the panel could not be made: " + e.Message,
                                             static_cast<cppu::OWeakObject*>(this), 0);
    } catch (const std::exception& e) {
        throw lang::IllegalArgumentException("nianbao: the panel could not be made: " + lo::fromUtf8(e.what()),
                                             static_cast<cppu::OWeakObject*>(this), 0);
    } catch (...) {
        throw lang::IllegalArgumentException("nianbao: the panel could not be made",
                                             static_cast<cppu::OWeakObject*>(this), 0);
    }
}

OUString PanelFactory::getImplementationName() { return implementationName(); }

sal_Bool PanelFactory::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

Sequence<OUString> PanelFactory::getSupportedServiceNames() { return serviceNames(); }

}  // namespace nianbao::sidebar
