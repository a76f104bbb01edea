// The panel's controls: AWT toolkit windows (fixed texts, buttons, a list box)
// inside one container window, rebuilt from a PanelModel and laid out for the
// panel's width. Toolkit controls are in the accessibility tree by themselves,
// each named by the words it shows. Main thread only (the sidebar's).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XKeyListener.hpp>
#include <com/sun/star/awt/XMouseListener.hpp>
#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <cppuhelper/implbase4.hxx>

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
    : public cppu::WeakImplHelper4<com::sun::star::awt::XActionListener, com::sun::star::awt::XMouseListener,
                                   com::sun::star::awt::XItemListener, com::sun::star::awt::XKeyListener> {
public:
    using Handler = std::function<void(const Action&)>;

    PanelView(const com::sun::star::uno::Reference<com::sun::star::awt::XToolkit>& toolkit,
              const com::sun::star::uno::Reference<com::sun::star::awt::XWindow>& container, Handler handler);

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

    // XActionListener / XMouseListener / XItemListener
    void SAL_CALL actionPerformed(const com::sun::star::awt::ActionEvent& e) override;
    void SAL_CALL mousePressed(const com::sun::star::awt::MouseEvent& e) override;
    void SAL_CALL mouseReleased(const com::sun::star::awt::MouseEvent&) override {}
    void SAL_CALL mouseEntered(const com::sun::star::awt::MouseEvent&) override {}
    void SAL_CALL mouseExited(const com::sun::star::awt::MouseEvent&) override {}
    void SAL_CALL itemStateChanged(const com::sun::star::awt::ItemEvent& e) override;
    // Tab / Shift+Tab move between the panel's buttons (the container is no dialog).
    void SAL_CALL keyPressed(const com::sun::star::awt::KeyEvent& e) override;
    void SAL_CALL keyReleased(const com::sun::star::awt::KeyEvent&) override {}
    void SAL_CALL disposing(const com::sun::star::lang::EventObject&) override {}

private:
    enum class Style { Text, Heading, Clickable, Button, Chooser };
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
    };

    com::sun::star::uno::Reference<com::sun::star::awt::XWindow> make(const char* service, sal_Int32 attributes);
    void addText(const std::string& text, Style style, int indent, const Action* click = nullptr);
    void addButton(const std::string& label, const Action& action, bool newRow, int indent = 0);
    void addChooser(const std::vector<std::string>& entries, int selected);
    int place(int width, bool move);
    void measure(Item& item, int avail);
    // The next control of the previous showing when it is of the same kind
    // (updated in place: a refresh with the same shape only changes texts).
    bool reuse(Style style, const std::string& text);
    void dropPrevious();  // disposes the previous controls not reused

    std::vector<Item> previous_;  // during show(): the controls to reuse
    size_t nextPrevious_ = 0;

    com::sun::star::uno::Reference<com::sun::star::awt::XToolkit> toolkit_;
    com::sun::star::uno::Reference<com::sun::star::awt::XWindow> container_;
    com::sun::star::uno::Reference<com::sun::star::awt::XWindowPeer> containerPeer_;
    Handler handler_;
    std::vector<Item> items_;
    std::map<com::sun::star::uno::XInterface*, Action> actions_;  // control -> its action
    PanelModel model_;  // kept to redraw when another alternative is chosen
    PanelWords words_{false};
    std::vector<std::string> notes_;
    int alternative_ = 0;
};

}  // namespace nianbao::sidebar
