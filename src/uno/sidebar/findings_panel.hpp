// The sidebar panel (XToolPanel + XSidebarPanel): owns its container window,
// the controls (PanelView) and the refresher; checks the frame's document
// through the service org.nianbao.ReportChecker and runs the panel's actions
// through the same service. Nothing escapes a UNO entry point: failures
// become a line in the panel.
#pragma once

#include <string>
#include <vector>

#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/compbase3.hxx>
#include <cppuhelper/basemutex.hxx>
#include <org/nianbao/XReportChecker.hpp>
#include <rtl/ref.hxx>

#include "uno/sidebar/panel_model.hpp"
#include "uno/sidebar/panel_view.hpp"
#include "uno/sidebar/panel_words.hpp"
#include "uno/sidebar/refresher.hpp"

namespace nianbao::sidebar {

class FindingsPanel
    : public cppu::BaseMutex,
      public cppu::WeakComponentImplHelper3<com::sun::star::ui::XToolPanel, com::sun::star::ui::XSidebarPanel,
                                            com::sun::star::awt::XWindowListener> {
public:
    FindingsPanel(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
                  const com::sun::star::uno::Reference<com::sun::star::frame::XFrame>& frame,
                  const com::sun::star::uno::Reference<com::sun::star::awt::XWindow>& parent,
                  const com::sun::star::uno::Reference<com::sun::star::ui::XSidebar>& sidebar);
    void start();  // after construction: builds the window and shows the first check

    // XToolPanel
    com::sun::star::uno::Reference<com::sun::star::awt::XWindow> SAL_CALL getWindow() override;
    com::sun::star::uno::Reference<com::sun::star::accessibility::XAccessible> SAL_CALL createAccessible(
        const com::sun::star::uno::Reference<com::sun::star::accessibility::XAccessible>& parent) override;
    // XSidebarPanel
    com::sun::star::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;
    // XWindowListener (the parent's size and our own)
    void SAL_CALL windowResized(const com::sun::star::awt::WindowEvent& e) override;
    void SAL_CALL windowMoved(const com::sun::star::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const com::sun::star::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const com::sun::star::lang::EventObject&) override {}
    void SAL_CALL disposing(const com::sun::star::lang::EventObject&) override {}

private:
    void SAL_CALL disposing() override;  // WeakComponentImplHelper

    com::sun::star::uno::Reference<com::sun::star::lang::XComponent> document();
    com::sun::star::uno::Reference<org::nianbao::XReportChecker> checker();
    void refresh();                            // main thread
    void run(const Action& action);            // main thread
    bool showJson(const std::string& json, bool force = false);  // model from JSON, then draw; false: unchanged
    void redraw();
    void fitHeight();  // asks the deck for another height when the content's changed
    void note(const std::string& line);        // a line under the summary until the next action
    std::string pickPreviousReport();

    com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext> context_;
    com::sun::star::uno::Reference<com::sun::star::frame::XFrame> frame_;
    com::sun::star::uno::Reference<com::sun::star::awt::XWindow> parent_;
    com::sun::star::uno::Reference<com::sun::star::ui::XSidebar> sidebar_;
    com::sun::star::uno::Reference<com::sun::star::awt::XToolkit> toolkit_;
    com::sun::star::uno::Reference<com::sun::star::awt::XWindow> window_;
    com::sun::star::uno::Reference<org::nianbao::XReportChecker> checker_;
    rtl::Reference<PanelView> view_;
    rtl::Reference<Refresher> refresher_;
    PanelWords words_{false};
    PanelModel model_;
    std::string lastJson_;
    std::vector<std::string> notes_;
    std::vector<std::string> shownNotes_;
    std::string previousUrl_;  // set by Compare: later checks include Y1
    int lastHeight_ = 0;
    bool disposed_ = false;
};

}  // namespace nianbao::sidebar
