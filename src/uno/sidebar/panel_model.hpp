// What the sidebar panel shows, read from a findings JSON (docs/findings.md):
// UNO-free so that it can be unit-tested and so that the panel's drawing code
// only deals with ready-made lines.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace nianbao::sidebar {

// A place in the document a finding or change is about (findings.md `where`).
struct Place {
    enum class Kind { Cell, Text, After };
    Kind kind = Kind::Cell;
    std::string table;  // Writer table name (Cell)
    std::string cell;   // Writer cell name (Cell)
    int paragraph = -1;  // body paragraph index (Text, After)
    int start = 0;       // character offsets (Text)
    int end = 0;
};

struct Change {
    std::string cell;   // "T3.r_total.np" (passed back to applyFixes)
    std::string label;  // "（七）总计·自然人"
    std::string from;   // as written
    std::string to;     // the proposed number
    std::vector<Place> where;
};

struct Finding {
    std::string key;  // stable identity (Ignore remembers it)
    std::string rule;
    std::string severity;  // error | warning | info
    std::string message;
    std::string messageEn;
    std::vector<std::string> fixCells;  // proposed changes that belong to it
    std::vector<Place> where;
};

struct Group {
    std::string table;  // "T3", "" for text and structure
    std::string rule;
    std::string titleZh;
    std::string titleEn;
    std::string ruleZh;  // the relation alone ("H1: …"), for narrow places
    std::string ruleEn;
    int rank = 2;  // 0 error, 1 warning, 2 info: its worst finding
    std::vector<Finding> findings;
};

struct PanelModel {
    std::string error;          // the JSON's `error` member (or a parse failure)
    std::string verdict;        // findings.md `verdict`, derived when absent
    std::string formatVersion;  // "" when not a report
    std::vector<std::string> tablesFound;  // "T2", ... in order
    int tablesExpected = 0;
    int errors = 0;  // shown (not ignored) findings
    int warnings = 0;
    int infos = 0;
    int ignored = 0;
    std::string correctionStatus;  // unique | tied | none-needed | impossible | undecided
    std::vector<std::vector<Change>> corrections;  // [0] = proposed, then the alternatives
    std::vector<Group> groups;              // errors first
    std::vector<std::string> missingSections;  // "六、其他需要报告的事项"
    std::vector<std::string> rebuildTables;     // table ids a rebuild is offered for
    bool editable = true;  // false for a published PDF: findings and Go to, no edits
};

// Builds the model; `ignored` holds Finding::key values the user chose to hide.
// Never throws: a malformed JSON gives a model with `error` set.
PanelModel buildModel(const std::string& json, const std::set<std::string>& ignored);

// "三、收到和处理政府信息公开申请情况" for "T3" (its section's heading), the id when unknown.
std::string tableTitle(const std::string& formatVersion, const std::string& tableId);

}  // namespace nianbao::sidebar
