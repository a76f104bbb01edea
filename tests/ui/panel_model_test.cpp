// The sidebar's model, words and tree rows (src/uno/sidebar/panel_model,
// panel_words, panel_tree):
// what the panel shows for a findings JSON, without an office.
#include <gtest/gtest.h>

#include "uno/sidebar/panel_model.hpp"
#include "uno/sidebar/panel_tree.hpp"
#include "uno/sidebar/panel_words.hpp"

using namespace nianbao::sidebar;

namespace {

// Shaped like the seed's findings (docs/findings.md), cut down.
const char* kSeed = R"json({
  "schema": "nianbao-findings/1", "format_version": "2021",
  "sections": [{"id": "S1", "found": true}, {"id": "S6", "found": false}],
  "tables": [
    {"id": "T2", "found": true, "cells": {}},
    {"id": "T3", "writer_tables": ["表格2"], "found": true,
     "cells": {"r_total.np": {"text": "1 0", "value": 10, "at": "表格2.C27"},
               "new.np": {"text": "7", "value": 7, "at": "表格2.C4"}}},
    {"id": "T4", "found": false}],
  "findings": [
    {"rule": "N3", "severity": "warning", "cells": ["S6"], "message": "缺少第六部分", "message_en": "S6 missing",
     "where": [{"after_paragraph": 57}]},
    {"rule": "V2", "severity": "warning", "table": "T3", "column": "np", "row": "r_total", "cells": ["T3.r_total.np"],
     "message": "写作“1 0”", "message_en": "written \"1 0\""},
    {"rule": "H2", "severity": "error", "table": "T3", "column": "np", "cells": ["T3.r_total.np", "T3.r_open.np"],
     "message": "自然人列：（七）总计（10）不等于各项办理结果之和（8）", "message_en": "Column np: r_total (10)"},
    {"severity": "error", "rule": "H1", "table": "T3", "column": "np",
     "cells": ["T3.new.np", "T3.r_total.np"], "message": "H1 np", "message_en": "H1 np",
     "where": [{"table": "表格2", "cell": "C4"}, {"paragraph": 12, "start": 30, "end": 33}]}],
  "correction": {"status": "tied",
    "changes": [{"cell": "T3.r_total.np", "from": "1 0", "to": 8}],
    "alternatives": [[{"cell": "T3.new.np", "from": "7", "to": 10}]]}
})json";

}  // namespace

TEST(PanelModel, GroupsErrorsFirstAndKeepsTheirOrder) {
    const PanelModel m = buildModel(kSeed, {});
    ASSERT_TRUE(m.error.empty()) << m.error;
    EXPECT_EQ(m.verdict, "errors");
    EXPECT_EQ(m.errors, 2);
    EXPECT_EQ(m.warnings, 2);
    ASSERT_EQ(m.groups.size(), 4u);
    EXPECT_EQ(m.groups[0].rule, "H2");
    EXPECT_EQ(m.groups[1].rule, "H1");
    EXPECT_EQ(m.groups[0].rank, 0);
    EXPECT_EQ(m.groups[2].rule, "N3");  // warnings after errors, JSON order kept
    EXPECT_EQ(m.groups[3].rule, "V2");
    EXPECT_NE(m.groups[0].titleZh.find("三、收到和处理政府信息公开申请情况"), std::string::npos) << m.groups[0].titleZh;
    EXPECT_NE(m.groups[0].titleZh.find("H2"), std::string::npos);
    EXPECT_NE(m.groups[2].titleZh.find("正文与结构"), std::string::npos);
}

TEST(PanelModel, ChangesUseLabelsAndAlternativesFollow) {
    const PanelModel m = buildModel(kSeed, {});
    ASSERT_EQ(m.corrections.size(), 2u);
    const Change& c = m.corrections[0][0];
    EXPECT_EQ(c.label, "（七）总计·自然人");
    EXPECT_EQ(PanelWords(true).change(c), "（七）总计·自然人：“1 0” → 8");
    ASSERT_EQ(c.where.size(), 1u);  // from the tables' cells map
    EXPECT_EQ(c.where[0].table, "表格2");
    EXPECT_EQ(c.where[0].cell, "C27");
    EXPECT_EQ(m.corrections[1][0].cell, "T3.new.np");
}

TEST(PanelModel, PlacesComeFromWhereThenFromCells) {
    const PanelModel m = buildModel(kSeed, {});
    const Finding& h1 = m.groups[1].findings[0];
    ASSERT_EQ(h1.where.size(), 2u);
    EXPECT_EQ(h1.where[0].kind, Place::Kind::Cell);
    EXPECT_EQ(h1.where[0].cell, "C4");
    EXPECT_EQ(h1.where[1].kind, Place::Kind::Text);
    EXPECT_EQ(h1.where[1].paragraph, 12);
    EXPECT_EQ(h1.where[1].end, 33);
    const Finding& h2 = m.groups[0].findings[0];
    ASSERT_EQ(h2.where.size(), 1u);  // T3.r_open.np has no "at": only r_total's place
    EXPECT_EQ(h2.where[0].cell, "C27");
    EXPECT_EQ(h2.fixCells, std::vector<std::string>{"T3.r_total.np"});
    EXPECT_EQ(m.groups[2].findings[0].where[0].kind, Place::Kind::After);
}

TEST(PanelModel, IgnoredFindingsAreHiddenAndCounted) {
    const PanelModel all = buildModel(kSeed, {});
    const std::string key = all.groups[3].findings[0].key;
    const PanelModel m = buildModel(kSeed, {key});
    EXPECT_EQ(m.ignored, 1);
    EXPECT_EQ(m.warnings, 1);
    EXPECT_EQ(m.groups.size(), 3u);
}

TEST(PanelModel, MissingSectionsTablesAndSummary) {
    const PanelModel m = buildModel(kSeed, {});
    ASSERT_EQ(m.missingSections.size(), 1u);
    EXPECT_EQ(m.missingSections[0], "六、其他需要报告的事项");
    EXPECT_EQ(m.tablesFound, (std::vector<std::string>{"T2", "T3"}));
    EXPECT_EQ(PanelWords(false).summary(m), "2 errors, 2 warnings; format 2021; tables 2/3 (T2, T3)");
    EXPECT_EQ(PanelWords(true).summary(m), "2个错误，2个警告；2021年版格式；表格2/3（第二、三部分）");
}

TEST(PanelModel, ErrorsAndBrokenJsonBecomeALine) {
    const PanelModel e = buildModel(R"({"error": "applyFixes is not available"})", {});
    EXPECT_EQ(e.verdict, "unreadable");
    EXPECT_EQ(PanelWords(false).summary(e), "Could not check: applyFixes is not available");
    const PanelModel broken = buildModel("{not json", {});
    EXPECT_FALSE(broken.error.empty());
    const PanelModel none = buildModel(R"({"format_version": null, "findings": []})", {});
    EXPECT_EQ(none.verdict, "not-a-report");
}

TEST(PanelModel, Layout2019OffersRebuild) {
    const PanelModel m = buildModel(
        R"({"format_version": "2019", "tables": [{"id": "T3", "found": true}], "findings": [],
            "correction": {"status": "none-needed", "changes": []}})",
        {});
    EXPECT_EQ(m.rebuildTables, std::vector<std::string>{"T3"});
    EXPECT_EQ(m.verdict, "clean");
    EXPECT_TRUE(m.corrections.empty());
}

TEST(PanelModel, MissingRowOffersRebuildWithoutMakingTheReportIncomplete) {
    const PanelModel m = buildModel(
        R"({"format_version": "2021", "verdict": "warnings",
            "tables": [{"id": "T2", "found": true}, {"id": "T3", "found": true}],
            "findings": [{"rule": "C2", "severity": "warning", "table": "T2", "row": "rules",
                          "cells": ["T2.rules.made"], "message": "缺少「规章」行", "message_en": "no rules row"}],
            "correction": {"status": "none-needed", "changes": []}})",
        {});
    EXPECT_EQ(m.rebuildTables, std::vector<std::string>{"T2"});
    EXPECT_EQ(m.verdict, "warnings");
}

TEST(PanelModel, TableInAnOlderLayoutOffersRebuildAndKeepsItsLabels) {
    const PanelModel m = buildModel(
        R"({"format_version": "2021", "verdict": "warnings",
            "tables": [{"id": "T2", "found": true, "layout": "2021"}, {"id": "T3", "found": true, "layout": "2019"}],
            "findings": [{"rule": "L1", "severity": "warning", "table": "T3", "message": "2019", "message_en": "2019"}],
            "correction": {"status": "unique", "changes": [{"cell": "T3.other.np", "from": "1", "to": 2}]}})",
        {});
    EXPECT_EQ(m.rebuildTables, std::vector<std::string>{"T3"});
    ASSERT_EQ(m.corrections.size(), 1u);
    ASSERT_EQ(m.corrections[0].size(), 1u);
    EXPECT_EQ(m.corrections[0][0].label, "（六）其他处理·自然人");
}

namespace {

const TreeRow* rowStarting(const std::vector<TreeRow>& rows, const std::string& start) {
    for (const TreeRow& r : rows)
        if (r.text.rfind(start, 0) == 0) return &r;
    return nullptr;
}

}  // namespace

TEST(PanelTree, BranchesCountTheirRowsAndRowsPointIntoThem) {
    const PanelModel m = buildModel(kSeed, {});
    const std::vector<TreeRow> rows = treeRows(m, PanelWords(false), 0);
    // correction (1 change), H2, H1, N3, V2, missing sections: 6 branches.
    int branches = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].parent < 0) {
            ++branches;
            continue;
        }
        ASSERT_LT(rows[i].parent, static_cast<int>(i));
        EXPECT_LT(rows[static_cast<size_t>(rows[i].parent)].parent, 0) << "rows nest one level: " << rows[i].text;
    }
    EXPECT_EQ(branches, 6);
    ASSERT_NE(rowStarting(rows, "Proposed correction (1)"), nullptr);
    const TreeRow* h2 = rowStarting(rows, "T3 · H2");
    ASSERT_NE(h2, nullptr);
    EXPECT_EQ(h2->icon, "error");
    EXPECT_NE(h2->text.find("(1)"), std::string::npos) << h2->text;
    EXPECT_NE(h2->detail.find("三、收到和处理政府信息公开申请情况"), std::string::npos) << "the full title as details";
    ASSERT_NE(rowStarting(rows, "Text · N3 (1)"), nullptr);
    EXPECT_EQ(rowStarting(rows, "Text · N3")->icon, "warning");
    ASSERT_NE(rowStarting(rows, "Missing sections (1)"), nullptr);
}

TEST(PanelTree, RowsCarryWhatTheirButtonsDo) {
    const PanelModel m = buildModel(kSeed, {});
    const std::vector<TreeRow> rows = treeRows(m, PanelWords(false), 0);
    const TreeRow* error = rowStarting(rows, "Error: Column np");
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->icon, "error");
    EXPECT_TRUE(error->ignoreKey.empty()) << "errors are not ignored";
    EXPECT_EQ(error->fixCells, std::vector<std::string>{"T3.r_total.np"});
    // The details say which value this finding's cell gets.
    EXPECT_NE(error->detail.find("“1 0” → 8"), std::string::npos) << error->detail;
    const TreeRow* split = rowStarting(rows, "Warning: written");
    ASSERT_NE(split, nullptr);
    EXPECT_FALSE(split->ignoreKey.empty());
    EXPECT_FALSE(split->where.empty());
    const TreeRow* change = rowStarting(rows, "（七）总计·自然人");
    ASSERT_NE(change, nullptr);
    EXPECT_EQ(change->icon, "change");
    EXPECT_EQ(change->fixCells, std::vector<std::string>{"T3.r_total.np"});
    ASSERT_EQ(change->where.size(), 1u);
    EXPECT_EQ(change->where[0].cell, "C27");
    // Branches have no place, no fix, nothing to ignore.
    const TreeRow* branch = rowStarting(rows, "T3 · H1");
    ASSERT_NE(branch, nullptr);
    EXPECT_TRUE(branch->where.empty() && branch->fixCells.empty() && branch->ignoreKey.empty());
}

TEST(PanelTree, ChineseRowsNameTheTableBySection) {
    const PanelModel m = buildModel(kSeed, {});
    const std::vector<TreeRow> rows = treeRows(m, PanelWords(true), 0);
    ASSERT_NE(rowStarting(rows, "表三 · H2"), nullptr);
    ASSERT_NE(rowStarting(rows, "建议更正 (1)"), nullptr);
    ASSERT_NE(rowStarting(rows, "错误：自然人列"), nullptr);
}

TEST(PanelTree, AnotherAlternativeShowsItsChangesAndAPdfOffersNoFix) {
    PanelModel m = buildModel(kSeed, {});
    std::vector<TreeRow> rows = treeRows(m, PanelWords(false), 1);
    EXPECT_EQ(rowStarting(rows, "（七）总计·自然人"), nullptr);
    ASSERT_NE(rowStarting(rows, "一、本年新收政府信息公开申请数量"), nullptr) << "alternative 2: T3.new.np";
    m.editable = false;
    rows = treeRows(m, PanelWords(false), 0);
    for (const TreeRow& r : rows) EXPECT_TRUE(r.fixCells.empty()) << r.text;
}

TEST(PanelTree, KeysStayWhenTheReportChangesAround) {
    const PanelModel m = buildModel(kSeed, {});
    const std::vector<TreeRow> before = treeRows(m, PanelWords(false), 0);
    ASSERT_EQ(m.groups[3].rule, "V2");
    const PanelModel ignored = buildModel(kSeed, {m.groups[3].findings[0].key});  // the V2 warning ignored
    const std::vector<TreeRow> after = treeRows(ignored, PanelWords(false), 0);
    const TreeRow* error = rowStarting(before, "Error: Column np");
    const TreeRow* again = rowStarting(after, "Error: Column np");
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(error->key, again->key) << "the selection follows its row";
    EXPECT_EQ(rowStarting(after, "Warning: written"), nullptr);
}
