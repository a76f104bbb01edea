#include "uno/sidebar/panel_view.hpp"

#include <algorithm>

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyModifier.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>

#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace nianbao::sidebar {

namespace {

constexpr int kMargin = 6;
constexpr int kGap = 4;
constexpr int kIndent = 10;
constexpr int kMinWidth = 120;

constexpr int kMaxTreeRows = 16;  // taller, and the tree scrolls
constexpr int kMinTreeRows = 3;

}  // namespace

PanelView::PanelView(const Reference<uno::XComponentContext>& context, const Reference<awt::XToolkit>& toolkit,
                     const Reference<awt::XWindow>& container, Handler handler, std::function<void()> resized)
    : context_(context),
      toolkit_(toolkit),
      container_(container),
      containerPeer_(container, UNO_QUERY),
      handler_(std::move(handler)),
      resized_(std::move(resized)) {
    // The sidebar gives the focus to the window it made for the panel (7.0:
    // our container; 7.4: a box two levels up, in which it finds no tab stop):
    // they pass it on to the findings tree. A VCL window's accessible parent
    // is its parent's peer, which is how the box is reached.
    Reference<uno::XInterface> up(container_, UNO_QUERY);
    for (int level = 0; level < 3 && up.is(); ++level) {
        Reference<awt::XWindow> window(up, UNO_QUERY);
        if (!window.is()) break;
        window->addFocusListener(this);
        focusFrom_.push_back(window);
        try {
            Reference<accessibility::XAccessible> self(up, UNO_QUERY);
            Reference<accessibility::XAccessibleContext> context = self.is() ? self->getAccessibleContext() : nullptr;
            up = context.is() ? Reference<uno::XInterface>(context->getAccessibleParent(), UNO_QUERY) : nullptr;
        } catch (const uno::Exception&) {
            break;
        }
    }
}

// A control from its model ("FixedText" -> UnoControlFixedTextModel and
// UnoControlFixedText), as dialogs make theirs: every property through the
// model, none through the peer.
Reference<awt::XWindow> PanelView::make(const char* kind, const std::vector<std::pair<const char*, uno::Any>>& props) {
    Reference<lang::XMultiComponentFactory> smgr = context_->getServiceManager();
    const OUString name = OUString::createFromAscii(kind);
    Reference<awt::XControlModel> model(
        smgr->createInstanceWithContext("com.sun.star.awt.UnoControl" + name + "Model", context_), UNO_QUERY_THROW);
    Reference<beans::XPropertySet> set(model, UNO_QUERY_THROW);
    for (const auto& p : props) set->setPropertyValue(OUString::createFromAscii(p.first), p.second);
    Reference<awt::XControl> control(smgr->createInstanceWithContext("com.sun.star.awt.UnoControl" + name, context_),
                                     UNO_QUERY_THROW);
    control->setModel(model);
    control->createPeer(toolkit_, containerPeer_);
    Reference<awt::XWindow> w(control, UNO_QUERY_THROW);
    w->setVisible(true);
    return w;
}

namespace {
// A control's words, through its model (texts and buttons alike).
void setLabel(const Reference<awt::XWindow>& window, const OUString& text) {
    Reference<awt::XControl> control(window, UNO_QUERY_THROW);
    Reference<beans::XPropertySet>(control->getModel(), UNO_QUERY_THROW)->setPropertyValue("Label", uno::Any(text));
}

void dispose(const Reference<awt::XWindow>& window) {
    try {
        Reference<lang::XComponent> c(window, UNO_QUERY);
        if (c.is()) c->dispose();
    } catch (...) {
        // A control already gone with its parent: nothing left to free.
    }
}
}  // namespace

bool PanelView::reuse(Style style, const std::string& text) {
    if (nextPrevious_ >= previous_.size() || previous_[nextPrevious_].style != style) {
        dropPrevious();  // the shapes differ from here on: new controls
        return false;
    }
    Item item = std::move(previous_[nextPrevious_++]);
    if (item.text != text) {
        const OUString t = lo::fromUtf8(text);
        setLabel(item.window, t);
        item.text = text;
        item.measuredFor = -1;
    }
    items_.push_back(std::move(item));
    return true;
}

void PanelView::addText(const std::string& text, Style style) {
    if (reuse(style, text)) return;
    std::vector<std::pair<const char*, uno::Any>> props{{"Label", uno::Any(lo::fromUtf8(text))},
                                                        {"MultiLine", uno::Any(true)},
                                                        {"NoLabel", uno::Any(style != Style::Title)}};
    if (style == Style::Heading || style == Style::Title)
        props.emplace_back("FontWeight", uno::Any(awt::FontWeight::BOLD));
    Reference<awt::XWindow> w = make("FixedText", props);
    items_.push_back({w, style, 0, true, text});
}

void PanelView::addButton(const std::string& label, const Action& action, bool newRow) {
    if (reuse(Style::Button, label)) {
        items_.back().newRow = newRow;
        actions_[Reference<uno::XInterface>(items_.back().window, UNO_QUERY).get()] = action;
        return;
    }
    Reference<awt::XWindow> w = make("Button", {{"Label", uno::Any(lo::fromUtf8(label))}, {"Tabstop", uno::Any(true)}});
    Reference<awt::XButton>(w, UNO_QUERY_THROW)->addActionListener(this);
    w->addKeyListener(this);
    actions_[Reference<uno::XInterface>(w, UNO_QUERY).get()] = action;
    items_.push_back({w, Style::Button, 0, newRow, label});
}

void PanelView::addChooser(const std::vector<std::string>& entries, int selected) {
    dropPrevious();  // rare: never reused, nor what follows it
    uno::Sequence<OUString> names(static_cast<sal_Int32>(entries.size()));
    for (size_t i = 0; i < entries.size(); ++i) names[static_cast<sal_Int32>(i)] = lo::fromUtf8(entries[i]);
    uno::Sequence<sal_Int16> chosen(1);
    chosen[0] = static_cast<sal_Int16>(selected);
    Reference<awt::XWindow> w =
        make("ListBox", {{"StringItemList", uno::Any(names)},
                         {"SelectedItems", uno::Any(chosen)},
                         {"Dropdown", uno::Any(true)},
                         {"LineCount", uno::Any(static_cast<sal_Int16>(std::min<size_t>(entries.size(), 8)))},
                         {"Tabstop", uno::Any(true)}});
    Reference<awt::XListBox>(w, UNO_QUERY_THROW)->addItemListener(this);
    w->addKeyListener(this);
    items_.push_back({w, Style::Chooser, kIndent, true, std::string()});
}

void PanelView::addTree() {
    // Never reused through the previous controls, never disposed by them:
    // one tree for the panel's life.
    if (!tree_.is()) {
        tree_ = new FindingsTree(context_, toolkit_, containerPeer_, [this] { showSelection(); },
                                 [this] {
                                     const Action go = forSelection(Action::Kind::GoTo);
                                     if (!go.where.empty()) handler_(go);
                                 });
        tree_->window()->addKeyListener(this);
        tree_->window()->addPaintListener(this);
    }
    Item item;
    item.window = tree_->window();
    item.style = Style::Tree;
    items_.push_back(item);
}

Action PanelView::forSelection(Action::Kind kind) const {
    Action a;
    a.kind = kind;
    const TreeRow* row = tree_.is() ? tree_->selected() : nullptr;
    if (!row) return a;
    a.where = row->where;
    a.cells = row->fixCells;
    a.key = row->ignoreKey;
    return a;
}

void PanelView::showSelection() {
    const TreeRow* row = tree_.is() ? tree_->selected() : nullptr;
    if (detailItem_ >= 0) {
        Item& detail = items_[static_cast<size_t>(detailItem_)];
        const std::string text = row ? row->detail : words_(Word::SelectRow);
        if (text != detail.text) {
            setLabel(detail.window, lo::fromUtf8(text));
            detail.text = text;
            detail.measuredFor = -1;
        }
    }
    for (Item& item : items_) {
        auto it = rowButtons_.find(Reference<uno::XInterface>(item.window, UNO_QUERY).get());
        if (it == rowButtons_.end()) continue;
        const bool can = row && (it->second == Action::Kind::GoTo   ? !row->where.empty()
                                 : it->second == Action::Kind::Fix  ? !row->fixCells.empty()
                                                                    : !row->ignoreKey.empty());
        if (can != item.enabled) item.window->setEnable(can);
        item.enabled = can;
    }
    layout();
    if (resized_) resized_();
}


void PanelView::dropPrevious() {
    for (size_t i = nextPrevious_; i < previous_.size(); ++i)
        if (previous_[i].style != Style::Tree) dispose(previous_[i].window);
    nextPrevious_ = previous_.size();
}

void PanelView::clear() {
    for (const Reference<awt::XWindow>& w : focusFrom_) {
        try {
            w->removeFocusListener(this);
        } catch (...) {
        }
    }
    focusFrom_.clear();
    actions_.clear();
    rowButtons_.clear();
    for (Item& item : items_)
        if (item.style != Style::Tree) dispose(item.window);
    items_.clear();
    if (tree_.is()) tree_->dispose();
    tree_.clear();
}

void PanelView::choose(int alternative) {
    alternative_ = alternative;
    show(model_, words_, notes_);
}

void PanelView::show(const PanelModel& model, const PanelWords& words, const std::vector<std::string>& notes) {
    // The controls shown now become candidates for reuse, in order.
    previous_ = std::move(items_);
    items_.clear();
    actions_.clear();
    rowButtons_.clear();
    detailItem_ = -1;
    nextPrevious_ = 0;
    struct DropUnused {
        PanelView& view;
        ~DropUnused() {
            view.dropPrevious();
            view.previous_.clear();
        }
    } dropUnused{*this};
    if (&model != &model_) model_ = model;
    words_ = words;
    if (&notes != &notes_) notes_ = notes;
    if (alternative_ >= static_cast<int>(model_.corrections.size())) alternative_ = 0;
    const PanelModel& m = model_;

    addText(words.summary(m), Style::Heading);
    if (!m.editable) addText(words(Word::PublishedPdf), Style::Text);
    for (const std::string& n : notes_) addText(n, Style::Text);
    if (m.ignored > 0) addText(fill(words(Word::IgnoredCount), std::to_string(m.ignored)), Style::Text);
    if (m.correctionStatus == "undecided") addText(words(Word::Undecided), Style::Text);
    if (m.correctionStatus == "impossible") addText(words(Word::Impossible), Style::Text);

    if (m.corrections.size() > 1) {
        std::vector<std::string> names;
        for (size_t i = 0; i < m.corrections.size(); ++i)
            names.push_back(fill(words(Word::Alternative), std::to_string(i + 1)));
        addChooser(names, alternative_);
    }
    addText(words(Word::Findings), Style::Title);
    addTree();
    tree_->show(treeRows(m, words, alternative_));
    addText(std::string(), Style::Text);  // the selected row's details (showSelection)
    detailItem_ = static_cast<int>(items_.size()) - 1;
    const Action::Kind forRow[] = {Action::Kind::GoTo, Action::Kind::Fix, Action::Kind::Ignore};
    const Word rowWords[] = {Word::GoTo, Word::Fix, Word::Ignore};
    for (size_t i = 0; i < 3; ++i) {
        if (forRow[i] == Action::Kind::Fix && !m.editable) continue;
        Action a;
        a.kind = forRow[i];
        addButton(words(rowWords[i]), a, i == 0);
        rowButtons_[Reference<uno::XInterface>(items_.back().window, UNO_QUERY).get()] = forRow[i];
    }

    addText(words(Word::Tools), Style::Heading);
    if (m.editable && !m.corrections.empty()) {
        Action all;
        all.kind = Action::Kind::FixAll;
        addButton(words(Word::FixAll), all, true);
    }
    if (m.editable && !m.missingSections.empty()) {
        Action insert;
        insert.kind = Action::Kind::InsertMissing;
        addButton(words(Word::InsertMissing), insert, true);
    }
    for (const std::string& t : m.editable ? m.rebuildTables : std::vector<std::string>()) {
        Action rebuild;
        rebuild.kind = Action::Kind::Rebuild;
        rebuild.table = t;
        addButton(fill(words(Word::Rebuild), tableTitle(m.formatVersion, t)), rebuild, true);
    }
    Action tmpl;
    tmpl.kind = Action::Kind::InsertTemplate;
    if (m.editable) addButton(words(Word::InsertTemplate), tmpl, true);
    Action compare;
    compare.kind = Action::Kind::Compare;
    addButton(words(Word::Compare), compare, true);
    Action refresh;
    refresh.kind = Action::Kind::Refresh;
    addButton(words(Word::Refresh), refresh, true);
    showSelection();
}

void PanelView::measure(Item& item, int avail) {
    if (item.style == Style::Tree) {
        const int rows = std::clamp<int>(static_cast<int>(tree_->rowCount()), kMinTreeRows, kMaxTreeRows);
        item.measuredHeight = rows * tree_->rowHeight() + 4;
        item.measuredWidth = avail;
        return;
    }
    const bool wraps = item.style == Style::Text || item.style == Style::Heading || item.style == Style::Title;
    if (item.measuredFor == (wraps ? avail : 0)) return;
    Reference<awt::XLayoutConstrains> size(item.window, UNO_QUERY);
    if (item.style == Style::Button || item.style == Style::Chooser) {
        const awt::Size pref = size.is() ? size->getPreferredSize() : awt::Size(80, 24);
        item.measuredWidth = pref.Width;
        item.measuredHeight = pref.Height;
        item.measuredFor = 0;
    } else {
        // A word-wrapping text reports the height it needs at this width.
        item.measuredHeight = size.is() ? size->calcAdjustedSize(awt::Size(avail, 0)).Height : 20;
        item.measuredWidth = avail;
        item.measuredFor = avail;
    }
}

// Rows of text take the full width (wrapping); buttons flow left to right and
// wrap to a new row when the next one does not fit.
int PanelView::place(int width, bool move) {
    width = std::max(width, kMinWidth);
    int y = kMargin;
    int x = kMargin;
    int rowHeight = 0;
    bool inRow = false;
    auto put = [move](Item& item, int px, int py, int pw, int ph) {
        if (!move || (item.x == px && item.y == py && item.w == pw && item.h == ph)) return;
        item.window->setPosSize(px, py, pw, ph, awt::PosSize::POSSIZE);
        item.x = px, item.y = py, item.w = pw, item.h = ph;
    };
    for (Item& item : items_) {
        const int avail = std::max(width - 2 * kMargin - item.indent, 40);
        measure(item, avail);
        if (item.style == Style::Button) {
            // VCL pads buttons generously; the sidebar is narrow, so keep them
            // compact (the label still fits: the padding is what goes).
            const int w = std::min<int>(item.measuredWidth, avail);
            const int h = std::clamp<int>(item.measuredHeight - 6, 22, 28);
            if (item.newRow || !inRow || x + w > width - kMargin) {
                if (inRow) y += rowHeight + kGap;
                x = kMargin + item.indent;
                rowHeight = 0;
            }
            put(item, x, y, w, h);
            x += w + kGap;
            rowHeight = std::max(rowHeight, h);
            inRow = true;
            continue;
        }
        if (inRow) {
            y += rowHeight + kGap;
            inRow = false;
        }
        if ((item.style == Style::Heading || item.style == Style::Title) && y > kMargin) y += kGap;
        const int h = std::max(item.measuredHeight, item.style == Style::Chooser ? 22 : 14);
        put(item, kMargin + item.indent, y, avail, h);
        y += h + kGap;
    }
    if (inRow) y += rowHeight + kGap;
    return y + kMargin;
}

int PanelView::layout() {
    if (!container_.is()) return 0;
    return place(container_->getPosSize().Width, true);
}

int PanelView::heightForWidth(int width) { return place(width, false); }

int PanelView::minimalWidth() {
    int widest = kMinWidth;
    for (Item& item : items_) {
        if (item.style != Style::Button) continue;
        measure(item, 0);
        widest = std::max(widest, item.measuredWidth + 2 * kMargin + item.indent);
    }
    return widest;
}

void PanelView::actionPerformed(const awt::ActionEvent& e) {
    try {
        uno::XInterface* source = Reference<uno::XInterface>(e.Source, UNO_QUERY).get();
        auto row = rowButtons_.find(source);
        if (row != rowButtons_.end()) {
            handler_(forSelection(row->second));
            return;
        }
        auto it = actions_.find(source);
        if (it != actions_.end()) handler_(it->second);
    } catch (...) {
        // The handler reports its own failures in the panel.
    }
}

void PanelView::itemStateChanged(const awt::ItemEvent& e) {
    try {
        Action choose;
        choose.kind = Action::Kind::Choose;
        choose.index = e.Selected;
        handler_(choose);
    } catch (...) {
    }
}

void PanelView::focusGained(const awt::FocusEvent& e) {
    try {
        const Reference<uno::XInterface> source(e.Source, UNO_QUERY);
        for (const Reference<awt::XWindow>& w : focusFrom_)
            if (tree_.is() && source == Reference<uno::XInterface>(w, UNO_QUERY)) tree_->window()->setFocus();
    } catch (...) {
    }
}

void PanelView::windowPaint(const awt::PaintEvent&) {
    try {
        if (!painted_) return;
        const std::function<void()> painted = std::move(painted_);
        painted_ = nullptr;
        painted();
    } catch (...) {
    }
}

void PanelView::keyPressed(const awt::KeyEvent& e) {
    try {
        // The container is no dialog: Tab / Shift+Tab go round the tree, the
        // enabled buttons and the chooser here.
        if (e.KeyCode != awt::Key::TAB) return;
        std::vector<Reference<awt::XWindow>> stops;
        for (const Item& item : items_)
            if ((item.style == Style::Button && item.enabled) || item.style == Style::Chooser ||
                item.style == Style::Tree)
                stops.push_back(item.window);
        const Reference<uno::XInterface> source(e.Source, UNO_QUERY);
        for (size_t i = 0; i < stops.size(); ++i) {
            if (Reference<uno::XInterface>(stops[i], UNO_QUERY) != source) continue;
            const bool back = (e.Modifiers & awt::KeyModifier::SHIFT) != 0;
            stops[back ? (i + stops.size() - 1) % stops.size() : (i + 1) % stops.size()]->setFocus();
            return;
        }
    } catch (...) {
    }
}

}  // namespace nianbao::sidebar
