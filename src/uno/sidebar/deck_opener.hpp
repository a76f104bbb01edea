// Shows the deck NianbaoDeck in a frame's sidebar, expanded. Through the
// controller's sidebar (XSidebarProvider, every LibreOffice we support): the
// command .uno:SidebarDeck.NianbaoDeck opens an extension's deck only from
// LibreOffice 7.x on (7.0 ignores it, and starts with the sidebar collapsed);
// it is the fallback should the controller offer no sidebar.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace nianbao::sidebar {

inline constexpr const char* kDeckId = "NianbaoDeck";

void openDeck(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
              const com::sun::star::uno::Reference<com::sun::star::frame::XFrame>& frame);

}  // namespace nianbao::sidebar
