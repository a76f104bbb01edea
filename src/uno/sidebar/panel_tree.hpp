// The rows of the deck's findings tree, made from a PanelModel: the proposed
// correction, one branch per group (its count in the title, its worst
// severity as the icon) and the missing sections. UNO-free, so that what the
// tree shows is unit-tested without an office; FindingsTree puts the rows
// into a TreeControl.
#pragma once

#include <string>
#include <vector>

#include "uno/sidebar/panel_model.hpp"
#include "uno/sidebar/panel_words.hpp"

namespace nianbao::sidebar {

struct TreeRow {
    int parent = -1;     // index of the branch row, -1 for a branch
    std::string text;    // the row as shown and as a screen reader names it
    std::string icon;    // error | warning | info | change (extension/severity/<icon>.png)
    std::string detail;  // shown under the tree while the row is selected
    std::string key;     // identity across refreshes (the selection follows it)
    std::vector<Place> where;           // Go to (empty: nothing to go to)
    std::vector<std::string> fixCells;  // Fix writes these changes (empty: no Fix)
    std::string ignoreKey;              // Ignore hides this finding (empty: no Ignore)
};

// `alternative` picks which of tied corrections the correction branch shows;
// Fix is offered only when the document can be edited.
std::vector<TreeRow> treeRows(const PanelModel& model, const PanelWords& words, int alternative);

}  // namespace nianbao::sidebar
