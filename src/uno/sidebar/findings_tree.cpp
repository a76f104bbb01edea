#include "uno/sidebar/findings_tree.hpp"

#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/view/SelectionType.hpp>

#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace nianbao::sidebar {

FindingsTree::FindingsTree(const Reference<uno::XComponentContext>& context, const Reference<awt::XToolkit>& toolkit,
                           const Reference<awt::XWindowPeer>& parent, std::function<void()> selected,
                           std::function<void()> activated)
    : context_(context), onSelect_(std::move(selected)), onActivate_(std::move(activated)) {
    Reference<lang::XMultiComponentFactory> smgr = context_->getServiceManager();
    Reference<awt::XControlModel> model(
        smgr->createInstanceWithContext("com.sun.star.awt.tree.TreeControlModel", context_), UNO_QUERY_THROW);
    model_.set(model, UNO_QUERY_THROW);
    Reference<beans::XPropertySet> props(model, UNO_QUERY_THROW);
    props->setPropertyValue("RootDisplayed", uno::Any(false));
    props->setPropertyValue("ShowsHandles", uno::Any(true));
    props->setPropertyValue("ShowsRootHandles", uno::Any(true));
    props->setPropertyValue("Editable", uno::Any(false));
    props->setPropertyValue("SelectionType", uno::Any(view::SelectionType_SINGLE));
    props->setPropertyValue("RowHeight", uno::Any(static_cast<sal_Int32>(rowHeight_)));
    // A tab stop: Tab from the deck's title lands on the findings first.
    props->setPropertyValue("Tabstop", uno::Any(true));
    Reference<awt::XControl> control(smgr->createInstanceWithContext("com.sun.star.awt.tree.TreeControl", context_),
                                     UNO_QUERY_THROW);
    control->setModel(model);
    control->createPeer(toolkit, parent);
    tree_.set(control, UNO_QUERY_THROW);
    window_.set(control, UNO_QUERY_THROW);
    window_->setVisible(true);
    tree_->addSelectionChangeListener(this);
    window_->addMouseListener(this);
    window_->addKeyListener(this);
}

std::string FindingsTree::iconUrl(const std::string& icon) {
    if (!iconBase_) {  // looked up once per tree, found or not
        iconBase_ = std::string();
        try {
            // The identifier of description.xml.
            *iconBase_ = lo::toUtf8(deployment::PackageInformationProvider::get(context_)->getPackageLocation(
                "org.nianbao.writer"));
        } catch (const uno::Exception&) {
            // No icons: the rows still say error / warning in words.
        }
    }
    return iconBase_->empty() ? std::string() : *iconBase_ + "/extension/severity/" + icon + ".png";
}

void FindingsTree::show(std::vector<TreeRow> rows) {
    // The same rows: nothing to redo (a screen reader keeps its place).
    auto same = [&] {
        if (rows.size() != rows_.size()) return false;
        for (size_t i = 0; i < rows.size(); ++i)
            if (rows[i].text != rows_[i].text || rows[i].key != rows_[i].key || rows[i].parent != rows_[i].parent)
                return false;
        return true;
    };
    if (same()) {
        rows_ = std::move(rows);  // places and details may have moved
        return;
    }
    const int before = selectedIndex();
    const std::string selectedKey = before >= 0 ? rows_[static_cast<size_t>(before)].key : std::string();
    filling_ = true;
    struct Done {
        bool& flag;
        ~Done() { flag = false; }
    } done{filling_};

    rows_ = std::move(rows);
    nodes_.clear();
    // A new data model, filled before the control sees it: the control
    // redraws once instead of once per row.
    data_.set(context_->getServiceManager()->createInstanceWithContext("com.sun.star.awt.tree.MutableTreeDataModel",
                                                                        context_),
              UNO_QUERY_THROW);
    Reference<awt::tree::XMutableTreeNode> root = data_->createNode(uno::Any(OUString()), false);
    int reselect = -1;
    for (size_t i = 0; i < rows_.size(); ++i) {
        const TreeRow& r = rows_[i];
        Reference<awt::tree::XMutableTreeNode> node = data_->createNode(uno::Any(lo::fromUtf8(r.text)), false);
        node->setDataValue(uno::Any(static_cast<sal_Int32>(i)));
        const std::string url = iconUrl(r.icon);
        if (!url.empty()) node->setNodeGraphicURL(lo::fromUtf8(url));
        if (r.parent >= 0) nodes_[static_cast<size_t>(r.parent)]->appendChild(node);
        else root->appendChild(node);
        nodes_.push_back(node);
        if (!selectedKey.empty() && r.key == selectedKey) reselect = static_cast<int>(i);
    }
    data_->setRoot(root);
    model_->setPropertyValue("DataModel", uno::Any(Reference<awt::tree::XTreeDataModel>(data_, UNO_QUERY_THROW)));
    for (size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].parent >= 0) continue;
        try {
            tree_->expandNode(Reference<awt::tree::XTreeNode>(nodes_[i], UNO_QUERY));
        } catch (const uno::Exception&) {
            // A branch that stays folded still shows its title and count.
        }
    }
    if (reselect >= 0) tree_->select(uno::Any(Reference<awt::tree::XTreeNode>(nodes_[static_cast<size_t>(reselect)], UNO_QUERY)));
}

int FindingsTree::selectedIndex() const {
    if (!tree_.is()) return -1;
    Reference<awt::tree::XMutableTreeNode> node(tree_->getSelection(), UNO_QUERY);
    sal_Int32 index = -1;
    if (!node.is() || !(node->getDataValue() >>= index)) return -1;
    return index >= 0 && static_cast<size_t>(index) < rows_.size() ? index : -1;
}

const TreeRow* FindingsTree::selected() const {
    const int i = selectedIndex();
    return i >= 0 ? &rows_[static_cast<size_t>(i)] : nullptr;
}

void FindingsTree::dispose() {
    try {
        if (tree_.is()) tree_->removeSelectionChangeListener(this);
        Reference<lang::XComponent> c(window_, UNO_QUERY);
        if (c.is()) c->dispose();
    } catch (...) {
        // Already gone with its parent window.
    }
    tree_.clear();
    window_.clear();
    data_.clear();
    model_.clear();
    nodes_.clear();
}

void FindingsTree::selectionChanged(const lang::EventObject&) {
    try {
        if (!filling_ && onSelect_) onSelect_();
    } catch (...) {
    }
}

void FindingsTree::mousePressed(const awt::MouseEvent& e) {
    try {
        if (e.Buttons == 1 && e.ClickCount == 2 && onActivate_) onActivate_();
    } catch (...) {
    }
}

void FindingsTree::keyPressed(const awt::KeyEvent& e) {
    try {
        if (e.KeyCode == awt::Key::RETURN && onActivate_) onActivate_();
    } catch (...) {
    }
}

}  // namespace nianbao::sidebar
