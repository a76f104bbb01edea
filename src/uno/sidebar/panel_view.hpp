// The panel's controls inside one container window, laid out for the panel's
// width: the summary and notes, the findings tree (FindingsTree), the selected
// row's details with Go to / Fix / Ignore for it, and the document's actions.
// Toolkit controls are in the accessibility tree by themselves, each named by
// the words it shows. Main thread only (the sidebar's).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/awt/XFocusListener.hpp>
#include <com/sun/star/awt/XKeyListener.hpp>
#include <com/sun/star/awt/XPaintListener.hpp>
#include <cppuhelper/implbase5.hxx>
#include <rtl/ref.hxx>

#include "uno/sidebar/findings_tree.hpp"
#include "uno/sidebar/panel_model.hpp"
#include "uno/sidebar/panel_words.hpp"

namespace nianbao::sidebar {

// What a button or a click on a finding asks the panel to do.
struct Action {
    enum class Kind { GoTo, Fix, FixAll, Ignore, InsertMissing, Rebuild, InsertTemplate, Compare, Refresh, Choose };
    Kind kind = Kind::Refresh;
    std::vector<Place> where;        // GoTo
    std::vector<std::string> cells;  // Fix
    std::string key;                 // Ignore
    std::string table;               // Rebuild
    int index = 0;                   // Choose: the alternative
};

class PanelView
    : public cppu::WeakImplHelper5<com::sun::star::awt::XActionListener, com::sun::star::awt::XItemListener,
                                   com::sun::star::awt::XKeyListener, com::sun::star::awt::XFocusListener,
                                   com::sun::star::awt::XPaintListener> {
public:
    using Handler = std::function<void(const Action&)>;

    // `resized`: the content's height may have changed without a show()
    // (another row selected, its details longer).
    PanelView(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
              const com::sun::star::uno::Reference<com::sun::star::awt::XToolkit>& toolkit,
              const com::sun::star::uno::Reference<com::sun::star::awt::XWindow>& container, Handler handler,
              std::function<void()> resized);

    // Replaces the controls by those of `model`; `notes` are extra lines shown
    // under the summary (a failed action, an internal error).
    void show(const PanelModel& model, const PanelWords& words, const std::vector<std::string>& notes);
    // Places the controls for the container's current width; returns the height used.
    int layout();
    // The height the content needs at `width` (for XSidebarPanel).
    int heightForWidth(int width);
    // The narrowest width at which every button shows its whole label.
    int minimalWidth();
    int chosenAlternative() const { return alternative_; }
    void choose(int alternative);  // shows another of the tied corrections
    void clear();  // disposes every control
    // `painted` runs once, after the findings tree's next paint (the benchmark's
    // "refresh including drawing").
    void whenPainted(std::function<void()> painted) { painted_ = std::move(painted); }

    // XActionListener / XItemListener
    void SAL_CALL actionPerformed(const com::sun::star::awt::ActionEvent& e) override;
    void SAL_CALL itemStateChanged(const com::sun::star::awt::ItemEvent& e) override;
    // Tab / Shift+Tab move between the tree and the buttons (the container is no dialog).
    void SAL_CALL keyPressed(const com::sun::star::awt::KeyEvent& e) override;
    void SAL_CALL keyReleased(const com::sun::star::awt::KeyEvent&) override {}
    // The sidebar focuses the panel (Tab from the deck's title): the tree takes it.
    void SAL_CALL focusGained(const com::sun::star::awt::FocusEvent& e) override;
    void SAL_CALL focusLost(const com::sun::star::awt::FocusEvent&) override {}
    void SAL_CALL windowPaint(const com::sun::star::awt::PaintEvent&) override;
    void SAL_CALL disposing(const com::sun::star::lang::EventObject&) override {}

private:
    // Title: a heading that also names the control after it (the tree) for
    // screen readers; other texts label nothing.
    enum class Style { Text, Heading, Title, Button, Chooser, Tree };
    struct Item {
        com::sun::star::uno::Reference<com::sun::star::awt::XWindow> window;
        Style style = Style::Text;
        int indent = 0;
        bool newRow = true;  // buttons: start a new row of buttons
        std::string text;    // what it shows (to skip needless updates)
        // Measuring text is the costly part of a refresh: kept until the text
        // or the width changes (measuredFor: the width, -1 = not measured).
        int measuredFor = -1;
        int measuredWidth = 0;
        int measuredHeight = 0;
        int x = -1, y = -1, w = -1, h = -1;  // where it was placed last
        bool enabled = true;
    };

    com::sun::star::uno::Reference<com::sun::star::awt::XWindow> make(
        const char* kind, const std::vector<std::pair<const char*, com::sun::star::uno::Any>>& props);
    void addText(const std::string& text, Style style);
    void addButton(const std::string& label, const Action& action, bool newRow);
    void addChooser(const std::vector<std::string>& entries, int selected);
    void addTree();
    void showSelection();  // details and the row buttons for the selected row
    Action forSelection(Action::Kind kind) const;  // Go to / Fix / Ignore of the selected row
    int place(int width, bool move);
    void measure(Item& item, int avail);
    // The next control of the previous showing when it is of the same kind
    // (updated in place: a refresh with the same shape only changes texts).
    bool reuse(Style style, const std::string& text);
    void dropPrevious();  // disposes the previous controls not reused

    std::vector<Item> previous_;  // during show(): the controls to reuse
    size_t nextPrevious_ = 0;

    com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext> context_;
    com::sun::star::uno::Reference<com::sun::star::awt::XToolkit> toolkit_;
    com::sun::star::uno::Reference<com::sun::star::awt::XWindow> container_;
    com::sun::star::uno::Reference<com::sun::star::awt::XWindowPeer> containerPeer_;
    Handler handler_;
    std::function<void()> resized_;
    std::vector<com::sun::star::uno::Reference<com::sun::star::awt::XWindow>> focusFrom_;  // the container and up
    rtl::Reference<FindingsTree> tree_;  // made once, kept across refreshes
    std::function<void()> painted_;
    std::vector<Item> items_;
    int detailItem_ = -1;  // index in items_ of the selected row's details
    // The row buttons (Go to, Fix, Ignore) act on the selected row.
    std::map<com::sun::star::uno::XInterface*, Action::Kind> rowButtons_;
    std::map<com::sun::star::uno::XInterface*, Action> actions_;  // control -> its action
    PanelModel model_;  // kept to redraw when another alternative is chosen
    PanelWords words_{false};
    std::vector<std::string> notes_;
    int alternative_ = 0;
};

}  // namespace nianbao::sidebar
