#include "uno/sidebar/panel_tree.hpp"

namespace nianbao::sidebar {

namespace {

const char* severityIcon(const std::string& severity) {
    if (severity == "error") return "error";
    if (severity == "warning") return "warning";
    return "info";
}

std::string severityPrefix(const std::string& severity, bool zh) {
    if (severity == "error") return zh ? "错误：" : "Error: ";
    if (severity == "warning") return zh ? "警告：" : "Warning: ";
    return zh ? "提示：" : "Note: ";
}

std::string counted(const std::string& title, size_t n) { return title + " (" + std::to_string(n) + ")"; }

// A group's row: the table by its short name first (表三 / T3), then the
// relation, so that a narrow deck still shows which rule; the full title is
// the row's details.
std::string groupRow(const PanelModel& m, const Group& g, bool zh) {
    std::string table;
    if (g.table.empty()) {
        table = zh ? "正文与结构" : "Text";
    } else if (zh) {
        const std::string title = tableTitle(m.formatVersion, g.table);
        const auto sep = title.find("、");
        table = sep == std::string::npos ? g.table : "表" + title.substr(0, sep);
    } else {
        table = g.table;
    }
    return counted(table + " · " + (zh ? g.ruleZh : g.ruleEn), g.findings.size());
}

int addBranch(std::vector<TreeRow>& rows, const std::string& text, const std::string& icon, const std::string& key) {
    TreeRow r;
    r.text = text;
    r.detail = text;
    r.icon = icon;
    r.key = key;
    rows.push_back(std::move(r));
    return static_cast<int>(rows.size()) - 1;
}

}  // namespace

std::vector<TreeRow> treeRows(const PanelModel& m, const PanelWords& words, int alternative) {
    std::vector<TreeRow> rows;
    const bool zh = words.chinese();
    const std::vector<Change>* shown = nullptr;
    if (alternative >= 0 && static_cast<size_t>(alternative) < m.corrections.size())
        shown = &m.corrections[static_cast<size_t>(alternative)];

    if (shown && !shown->empty()) {
        const int branch = addBranch(rows, counted(words(Word::Correction), shown->size()), "change", "correction");
        for (const Change& c : *shown) {
            TreeRow r;
            r.parent = branch;
            r.text = words.change(c);
            r.detail = r.text;
            r.icon = "change";
            r.key = "change:" + c.cell;
            r.where = c.where;
            if (m.editable) r.fixCells = {c.cell};
            rows.push_back(std::move(r));
        }
    }

    for (const Group& g : m.groups) {
        const int branch = addBranch(rows, groupRow(m, g, zh), g.rank == 0 ? "error" : g.rank == 1 ? "warning" : "info",
                                     "group:" + g.table + ":" + g.rule);
        rows[static_cast<size_t>(branch)].detail = words.groupTitle(g);
        for (const Finding& f : g.findings) {
            TreeRow r;
            r.parent = branch;
            r.text = severityPrefix(f.severity, zh) + words.message(f);
            r.detail = words.message(f);
            // The finding's own share of the correction: the value it would get.
            if (shown)
                for (const Change& c : *shown)
                    for (const std::string& cell : f.fixCells)
                        if (c.cell == cell)
                            r.detail += "\n" + words(Word::Correction) + (zh ? "：" : ": ") + words.change(c);
            r.icon = severityIcon(f.severity);
            r.key = "finding:" + f.key;
            r.where = f.where;
            if (m.editable) r.fixCells = f.fixCells;
            if (f.severity != "error") r.ignoreKey = f.key;
            rows.push_back(std::move(r));
        }
    }
    if (m.groups.empty()) addBranch(rows, words(Word::NoFindings), "info", "none");

    if (!m.missingSections.empty()) {
        const int branch =
            addBranch(rows, counted(words(Word::MissingSections), m.missingSections.size()), "warning", "missing");
        for (const std::string& s : m.missingSections) {
            TreeRow r;
            r.parent = branch;
            r.text = s;
            r.detail = s;
            r.icon = "warning";
            r.key = "missing:" + s;
            rows.push_back(std::move(r));
        }
    }
    return rows;
}

}  // namespace nianbao::sidebar
