#include "uno/sidebar/deck_opener.hpp"

#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::Sequence;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;

namespace nianbao::sidebar {

namespace {

bool openThroughSidebar(const Reference<frame::XFrame>& frame) {
    Reference<frame::XController2> controller(frame->getController(), UNO_QUERY);
    Reference<ui::XSidebarProvider> sidebar = controller.is() ? controller->getSidebar() : nullptr;
    if (!sidebar.is()) return false;
    sidebar->setVisible(true);
    sidebar->showDecks(true);
    Reference<ui::XDecks> decks = sidebar->getDecks();
    const rtl::OUString id = rtl::OUString::createFromAscii(kDeckId);
    if (!decks.is() || !decks->hasByName(id)) return false;
    Reference<ui::XDeck> deck(decks->getByName(id), UNO_QUERY);
    if (!deck.is()) return false;
    deck->activate(true);
    return true;
}

}  // namespace

void openDeck(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame) {
    try {
        if (openThroughSidebar(frame)) return;
    } catch (const uno::RuntimeException&) {
        // A controller without a working sidebar: the command below is all that is left.
    }
    Reference<frame::XDispatchHelper> helper = frame::DispatchHelper::create(context);
    helper->executeDispatch(Reference<frame::XDispatchProvider>(frame, UNO_QUERY_THROW),
                            rtl::OUString::createFromAscii(".uno:SidebarDeck.") + rtl::OUString::createFromAscii(kDeckId),
                            "", 0, Sequence<beans::PropertyValue>());
}

}  // namespace nianbao::sidebar
