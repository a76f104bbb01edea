#include "uno/sidebar/panel_view.hpp"

#include <algorithm>

#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyModifier.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/awt/VclWindowPeerAttribute.hpp>
#include <com/sun/star/awt/WindowAttribute.hpp>
#include <com/sun/star/awt/WindowClass.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XVclWindowPeer.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include "uno/ustring.hpp"

// XVclWindowPeer::get/setProperty are marked deprecated in the 7.4 IDL, yet a
// peer made directly by the toolkit has no other way to wrap its text or
// take a bold font.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

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

std::string severityPrefix(const std::string& severity, bool zh) {
    if (severity == "error") return zh ? "错误：" : "Error: ";
    if (severity == "warning") return zh ? "警告：" : "Warning: ";
    return zh ? "提示：" : "Note: ";
}

}  // namespace

PanelView::PanelView(const Reference<awt::XToolkit>& toolkit, const Reference<awt::XWindow>& container,
                     Handler handler)
    : toolkit_(toolkit), container_(container), containerPeer_(container, UNO_QUERY), handler_(std::move(handler)) {}

Reference<awt::XWindow> PanelView::make(const char* service, sal_Int32 attributes) {
    awt::WindowDescriptor d;
    d.Type = awt::WindowClass_SIMPLE;
    d.WindowServiceName = OUString::createFromAscii(service);
    d.Parent = containerPeer_;
    d.ParentIndex = -1;
    d.Bounds = awt::Rectangle(0, 0, 10, 10);
    d.WindowAttributes = attributes;
    Reference<awt::XWindow> w(toolkit_->createWindow(d), UNO_QUERY_THROW);
    return w;
}

namespace {
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
        if (style == Style::Button) Reference<awt::XButton>(item.window, UNO_QUERY_THROW)->setLabel(t);
        else Reference<awt::XFixedText>(item.window, UNO_QUERY_THROW)->setText(t);
        item.text = text;
        item.measuredFor = -1;
    }
    items_.push_back(std::move(item));
    return true;
}

void PanelView::addText(const std::string& text, Style style, int indent, const Action* click) {
    // Clickable texts carry a mouse listener: reused only as clickable ones.
    const Style kind = click ? Style::Clickable : style;
    if (reuse(kind, text)) {
        items_.back().indent = indent;
        if (click) actions_[Reference<uno::XInterface>(items_.back().window, UNO_QUERY).get()] = *click;
        return;
    }
    Reference<awt::XWindow> w = make("fixedtext", awt::WindowAttribute::SHOW);
    Reference<awt::XFixedText>(w, UNO_QUERY_THROW)->setText(lo::fromUtf8(text));
    Reference<awt::XVclWindowPeer> peer(w, UNO_QUERY);
    if (peer.is()) {
        peer->setProperty("MultiLine", uno::Any(true));
        if (style == Style::Heading) {
            awt::FontDescriptor font;
            peer->getProperty("FontDescriptor") >>= font;
            font.Weight = awt::FontWeight::BOLD;
            peer->setProperty("FontDescriptor", uno::Any(font));
        }
    }
    if (click) {
        w->addMouseListener(this);
        actions_[Reference<uno::XInterface>(w, UNO_QUERY).get()] = *click;
    }
    items_.push_back({w, kind, indent, true, text});
}

void PanelView::addButton(const std::string& label, const Action& action, bool newRow, int indent) {
    if (reuse(Style::Button, label)) {
        items_.back().indent = indent;
        items_.back().newRow = newRow;
        actions_[Reference<uno::XInterface>(items_.back().window, UNO_QUERY).get()] = action;
        return;
    }
    Reference<awt::XWindow> w = make("pushbutton", awt::WindowAttribute::SHOW);
    Reference<awt::XButton> button(w, UNO_QUERY_THROW);
    button->setLabel(lo::fromUtf8(label));
    button->addActionListener(this);
    w->addKeyListener(this);
    actions_[Reference<uno::XInterface>(w, UNO_QUERY).get()] = action;
    items_.push_back({w, Style::Button, indent, newRow, label});
}

void PanelView::addChooser(const std::vector<std::string>& entries, int selected) {
    dropPrevious();  // rare: never reused, nor what follows it
    Reference<awt::XWindow> w =
        make("listbox",
             awt::WindowAttribute::SHOW | awt::WindowAttribute::BORDER | awt::VclWindowPeerAttribute::DROPDOWN);
    Reference<awt::XListBox> list(w, UNO_QUERY_THROW);
    for (size_t i = 0; i < entries.size(); ++i) list->addItem(lo::fromUtf8(entries[i]), static_cast<sal_Int16>(i));
    list->setDropDownLineCount(static_cast<sal_Int16>(std::min<size_t>(entries.size(), 8)));
    list->selectItemPos(static_cast<sal_Int16>(selected), true);
    list->addItemListener(this);
    w->addKeyListener(this);
    items_.push_back({w, Style::Chooser, kIndent, true, std::string()});
}


void PanelView::dropPrevious() {
    for (size_t i = nextPrevious_; i < previous_.size(); ++i) dispose(previous_[i].window);
    nextPrevious_ = previous_.size();
}

void PanelView::clear() {
    actions_.clear();
    for (Item& item : items_) dispose(item.window);
    items_.clear();
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
    const bool zh = words.chinese();

    addText(words.summary(m), Style::Heading, 0);
    if (!m.editable) addText(words(Word::PublishedPdf), Style::Text, 0);
    for (const std::string& n : notes_) addText(n, Style::Text, 0);
    if (m.ignored > 0) addText(fill(words(Word::IgnoredCount), std::to_string(m.ignored)), Style::Text, 0);

    if (!m.corrections.empty()) {
        addText(words(Word::Correction), Style::Heading, 0);
        if (m.corrections.size() > 1) {
            std::vector<std::string> names;
            for (size_t i = 0; i < m.corrections.size(); ++i)
                names.push_back(fill(words(Word::Alternative), std::to_string(i + 1)));
            addChooser(names, alternative_);
        }
        for (const Change& c : m.corrections[static_cast<size_t>(alternative_)]) {
            Action go;
            go.kind = Action::Kind::GoTo;
            go.where = c.where;
            addText(words.change(c), Style::Clickable, kIndent, &go);
        }
        Action all;
        all.kind = Action::Kind::FixAll;
        if (m.editable) addButton(words(Word::FixAll), all, true, kIndent);
    }

    addText(words(Word::Findings), Style::Heading, 0);
    if (m.groups.empty()) addText(words(Word::NoFindings), Style::Text, kIndent);
    for (const Group& g : m.groups) {
        addText(words.groupTitle(g), Style::Heading, kIndent / 2);
        for (const Finding& f : g.findings) {
            Action go;
            go.kind = Action::Kind::GoTo;
            go.where = f.where;
            addText(severityPrefix(f.severity, zh) + words.message(f), Style::Clickable, kIndent,
                    f.where.empty() ? nullptr : &go);
            bool first = true;
            if (!f.where.empty()) {
                addButton(words(Word::GoTo), go, first, kIndent);
                first = false;
            }
            if (!f.fixCells.empty() && m.editable) {
                Action fix;
                fix.kind = Action::Kind::Fix;
                fix.cells = f.fixCells;
                addButton(words(Word::Fix), fix, first, kIndent);
                first = false;
            }
            if (f.severity != "error") {
                Action ignore;
                ignore.kind = Action::Kind::Ignore;
                ignore.key = f.key;
                addButton(words(Word::Ignore), ignore, first, kIndent);
            }
        }
    }

    if (!m.missingSections.empty()) {
        addText(words(Word::MissingSections), Style::Heading, 0);
        for (const std::string& s : m.missingSections) addText(s, Style::Text, kIndent);
        Action insert;
        insert.kind = Action::Kind::InsertMissing;
        if (m.editable) addButton(words(Word::InsertMissing), insert, true, kIndent);
    }

    addText(words(Word::Tools), Style::Heading, 0);
    for (const std::string& t : m.editable ? m.rebuildTables : std::vector<std::string>()) {
        Action rebuild;
        rebuild.kind = Action::Kind::Rebuild;
        rebuild.table = t;
        addButton(fill(words(Word::Rebuild), tableTitle(m.formatVersion, t)), rebuild, true, kIndent);
    }
    Action tmpl;
    tmpl.kind = Action::Kind::InsertTemplate;
    if (m.editable) addButton(words(Word::InsertTemplate), tmpl, true, kIndent);
    Action compare;
    compare.kind = Action::Kind::Compare;
    addButton(words(Word::Compare), compare, true, kIndent);
    Action refresh;
    refresh.kind = Action::Kind::Refresh;
    addButton(words(Word::Refresh), refresh, true, kIndent);
    layout();
}

void PanelView::measure(Item& item, int avail) {
    if (item.measuredFor == (item.style == Style::Text || item.style == Style::Heading ||
                                     item.style == Style::Clickable
                                 ? avail
                                 : 0))
        return;
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
        if (item.style == Style::Heading && y > kMargin) y += kGap;
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
        auto it = actions_.find(Reference<uno::XInterface>(e.Source, UNO_QUERY).get());
        if (it != actions_.end()) handler_(it->second);
    } catch (...) {
        // The handler reports its own failures in the panel.
    }
}

void PanelView::mousePressed(const awt::MouseEvent& e) {
    try {
        auto it = actions_.find(Reference<uno::XInterface>(e.Source, UNO_QUERY).get());
        if (it != actions_.end() && e.Buttons == 1) handler_(it->second);
    } catch (...) {
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

void PanelView::keyPressed(const awt::KeyEvent& e) {
    try {
        if (e.KeyCode != awt::Key::TAB) return;
        std::vector<Reference<awt::XWindow>> stops;
        for (const Item& item : items_)
            if (item.style == Style::Button || item.style == Style::Chooser) stops.push_back(item.window);
        const Reference<uno::XInterface> source(e.Source, UNO_QUERY);
        for (size_t i = 0; i < stops.size(); ++i) {
            if (Reference<uno::XInterface>(stops[i], UNO_QUERY) != source) continue;
            const bool back = (e.Modifiers & awt::KeyModifier::SHIFT) != 0;
            const size_t next = back ? (i + stops.size() - 1) % stops.size() : (i + 1) % stops.size();
            stops[next]->setFocus();
            return;
        }
    } catch (...) {
    }
}

}  // namespace nianbao::sidebar
