// The deck's findings as a com.sun.star.awt.tree.TreeControl: one control
// however many findings there are, branches expanded, an icon per severity.
// Screen readers read its rows as tree items named by their text. A refresh
// with the same rows keeps the control's nodes (and the reader's place); with
// other rows, the selection follows its row's key. Main thread only.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <com/sun/star/awt/XKeyListener.hpp>
#include <com/sun/star/awt/XMouseListener.hpp>
#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/awt/tree/XMutableTreeDataModel.hpp>
#include <com/sun/star/awt/tree/XMutableTreeNode.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/implbase3.hxx>

#include "uno/sidebar/panel_tree.hpp"

namespace nianbao::sidebar {

class FindingsTree
    : public cppu::WeakImplHelper3<com::sun::star::view::XSelectionChangeListener,
                                   com::sun::star::awt::XMouseListener, com::sun::star::awt::XKeyListener> {
public:
    // `selected`: the selection moved; `activated`: a row was double-clicked
    // or Return pressed on it (Go to).
    FindingsTree(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
                 const com::sun::star::uno::Reference<com::sun::star::awt::XToolkit>& toolkit,
                 const com::sun::star::uno::Reference<com::sun::star::awt::XWindowPeer>& parent,
                 std::function<void()> selected, std::function<void()> activated);

    void show(std::vector<TreeRow> rows);
    const TreeRow* selected() const;  // nullptr when nothing is selected
    int rowHeight() const { return rowHeight_; }
    size_t rowCount() const { return rows_.size(); }
    com::sun::star::uno::Reference<com::sun::star::awt::XWindow> window() const { return window_; }
    void dispose();

    // XSelectionChangeListener / XMouseListener / XKeyListener
    void SAL_CALL selectionChanged(const com::sun::star::lang::EventObject&) override;
    void SAL_CALL mousePressed(const com::sun::star::awt::MouseEvent& e) override;
    void SAL_CALL mouseReleased(const com::sun::star::awt::MouseEvent&) override {}
    void SAL_CALL mouseEntered(const com::sun::star::awt::MouseEvent&) override {}
    void SAL_CALL mouseExited(const com::sun::star::awt::MouseEvent&) override {}
    void SAL_CALL keyPressed(const com::sun::star::awt::KeyEvent& e) override;
    void SAL_CALL keyReleased(const com::sun::star::awt::KeyEvent&) override {}
    void SAL_CALL disposing(const com::sun::star::lang::EventObject&) override {}

private:
    int selectedIndex() const;
    std::string iconUrl(const std::string& icon);

    com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext> context_;
    com::sun::star::uno::Reference<com::sun::star::awt::tree::XTreeControl> tree_;
    com::sun::star::uno::Reference<com::sun::star::beans::XPropertySet> model_;  // the control's model
    com::sun::star::uno::Reference<com::sun::star::awt::tree::XMutableTreeDataModel> data_;
    com::sun::star::uno::Reference<com::sun::star::awt::XWindow> window_;
    std::function<void()> onSelect_;
    std::function<void()> onActivate_;
    std::vector<TreeRow> rows_;
    std::vector<com::sun::star::uno::Reference<com::sun::star::awt::tree::XMutableTreeNode>> nodes_;
    std::optional<std::string> iconBase_;  // the package's folder URL ("" when unknown), once looked up
    int rowHeight_ = 20;
    bool filling_ = false;  // selection events while the rows are replaced are ours
};

}  // namespace nianbao::sidebar
