#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/check_report.hpp"
#include "core/output/findings_json.hpp"
#include "core/recognize/number_reader.hpp"
#include "core/recognize/internal.hpp"
#include "support/checker_reports.hpp"

using namespace nianbao;
using Json = nlohmann::ordered_json;

TEST(FindingsJson, SeedShapeFollowsFindingsMd) {
    Report seed = ctest::buildReport(ctest::seedTexts());
    seed.sections.back().found = false;  // S6 as in the seed
    const CheckResult r = checkReport(Document{"miyun-commerce-2023.docx", {}}, std::move(seed), nullptr,
                                      CheckOptions{});
    const std::string text = toJson(r);
    const Json j = Json::parse(text);
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    std::vector<std::string> want = {"schema", "document", "verdict", "format_version", "sections",
                                     "tables", "findings", "correction"};
    if (j.contains("year")) want.insert(want.begin() + 4, "year");
    EXPECT_EQ(keys, want);
    EXPECT_EQ(j["verdict"], "errors");
    EXPECT_EQ(j["schema"], "nianbao-findings/1");
    EXPECT_EQ(j["format_version"], "2021");
    EXPECT_EQ(j["sections"].back(), Json::parse(R"({"id":"S6","found":false})"));
    const Json& t3 = j["tables"][1];
    EXPECT_EQ(t3["id"], "T3");
    EXPECT_EQ(t3["cells"]["r_total.np"]["text"], "1 0");
    EXPECT_TRUE(t3["cells"]["r_total.np"]["value"].is_number_integer());
    EXPECT_EQ(t3["cells"]["r_total.np"]["value"], 10);
    EXPECT_NE(text.find("\"value\": 7,"), std::string::npos);  // 7, not 7.0
    bool sawH1np = false;
    for (const Json& f : j["findings"])
        if (f["rule"] == "H1" && f.value("column", "") == "np") {
            sawH1np = true;
            std::vector<std::string> fk;
            for (auto it = f.begin(); it != f.end(); ++it) fk.push_back(it.key());
            EXPECT_EQ(fk, (std::vector<std::string>{"rule", "severity", "table", "column", "cells",
                                                    "lhs", "rhs", "message", "message_en", "where"}));
            EXPECT_TRUE(f["lhs"].is_number_integer());
            EXPECT_EQ(f["rhs"], 10);
        }
    EXPECT_TRUE(sawH1np);
    EXPECT_EQ(j["correction"]["status"], "unique");
    ASSERT_EQ(j["correction"]["changes"].size(), 4u);
    const Json& c0 = j["correction"]["changes"][0];
    std::vector<std::string> ck;
    for (auto it = c0.begin(); it != c0.end(); ++it) ck.push_back(it.key());
    EXPECT_EQ(ck, (std::vector<std::string>{"cell", "from", "to", "why", "why_en", "typo", "where"}));
    // The change's place is its cell's address, split into Writer table and cell.
    const std::string cell = c0["cell"].get<std::string>();
    const std::string at = j["tables"][1]["cells"][cell.substr(3)]["at"].get<std::string>();
    ASSERT_EQ(c0["where"].size(), 1u);
    EXPECT_EQ(c0["where"][0]["table"].get<std::string>() + "." + c0["where"][0]["cell"].get<std::string>(), at);
    EXPECT_TRUE(j["correction"]["alternatives"].is_array());
}

TEST(FindingsJson, AmountsPrintAsDecimalsAndNotAReportHasNullVersion) {
    CheckResult r;
    r.document = "x.docx";
    EXPECT_TRUE(Json::parse(toJson(r))["format_version"].is_null());
    ctest::CellTexts t;
    Report report = ctest::buildReport(t);
    // T2 cells are not built by the helper; add an amount by hand.
    ReportCell c;
    c.table = "T2", c.row = "admin_fees", c.col = "fee_amount", c.text = "1.5";
    c.reading = readNumber("1.5", ValueKind::Amount);
    report.tables[0].cells.push_back(c);
    report.relations = recog::expandRelations(report, *report.format, {});  // T3's cells moved up one
    r = checkReport(Document{"a", {}}, std::move(report), nullptr, CheckOptions{});
    const Json j = Json::parse(toJson(r));
    EXPECT_TRUE(j["tables"][0]["cells"]["admin_fees.fee_amount"]["value"].is_number_float());
    EXPECT_DOUBLE_EQ(j["tables"][0]["cells"]["admin_fees.fee_amount"]["value"].get<double>(), 1.5);
}

TEST(FindingsJson, ErrorObjectForUnreadableDocuments) {
    const Json j = Json::parse(errorJson("bad.doc", "cannot open"));
    EXPECT_EQ(j["schema"], "nianbao-findings/1");
    EXPECT_EQ(j["document"], "bad.doc");
    EXPECT_EQ(j["error"], "cannot open");
    CheckResult r;
    r.document = "bad.doc";
    r.error = "boom";
    EXPECT_EQ(Json::parse(toJson(r))["error"], "boom");
}
