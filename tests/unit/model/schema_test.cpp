// The declarations are data others rely on: ids unique, relations name
// declared ids, and each version is told apart by labels only it has.
#include <gtest/gtest.h>

#include <set>

#include "core/text/normalize.hpp"
#include "core/formats/formats.hpp"
#include "core/model/schema.hpp"

namespace nianbao {
namespace {

class Declarations : public ::testing::TestWithParam<const FormatDecl*> {};

TEST_P(Declarations, IdsAreUnique) {
    const FormatDecl& f = *GetParam();
    std::set<std::string> sections, tables;
    for (const SectionDecl& s : f.sections) EXPECT_TRUE(sections.insert(s.id).second) << s.id;
    EXPECT_EQ(sections.size(), 6u);
    for (const TableDecl& t : f.tables) {
        EXPECT_TRUE(tables.insert(t.id).second) << t.id;
        EXPECT_NE(f.section(t.section), nullptr) << t.id;
        std::set<std::string> rows, cols;
        for (const AxisDecl& a : t.rows) EXPECT_TRUE(rows.insert(a.id).second) << t.id << "." << a.id;
        for (const AxisDecl& a : t.columns) EXPECT_TRUE(cols.insert(a.id).second) << t.id << "." << a.id;
        for (const AxisDecl& a : t.extraColumns) EXPECT_TRUE(cols.insert(a.id).second) << t.id << "." << a.id;
        for (const AxisDecl& a : t.rows) {
            EXPECT_FALSE(a.labels.empty()) << a.id;
            for (const std::string& c : a.columns) EXPECT_NE(findColumn(t, c), nullptr) << a.id << " " << c;
        }
        for (const AxisDecl& a : t.columns) EXPECT_FALSE(a.labels.empty()) << a.id;
    }
    EXPECT_EQ(tables, (std::set<std::string>{"T2", "T3", "T4"}));
}

TEST_P(Declarations, RelationsReferenceDeclaredIds) {
    const FormatDecl& f = *GetParam();
    for (const TableDecl& t : f.tables)
        for (const RelationDecl& r : t.relations) {
            EXPECT_FALSE(r.lhs.empty());
            EXPECT_FALSE(r.rhs.empty());
            EXPECT_FALSE(r.messageZh.empty());
            EXPECT_FALSE(r.messageEn.empty());
            for (const auto* side : {&r.lhs, &r.rhs})
                for (const std::string& id : *side) {
                    if (r.scope == RelationDecl::Scope::EachColumn) {
                        EXPECT_NE(findRow(t, id), nullptr) << r.rule << " " << id;
                    } else if (r.scope == RelationDecl::Scope::EachRow) {
                        EXPECT_NE(findColumn(t, id), nullptr) << r.rule << " " << id;
                    } else {
                        const size_t dot = id.find('.');
                        ASSERT_NE(dot, std::string::npos) << id;
                        EXPECT_NE(findRow(t, id.substr(0, dot)), nullptr) << id;
                        EXPECT_NE(findColumn(t, id.substr(dot + 1)), nullptr) << id;
                    }
                }
        }
}

TEST_P(Declarations, T3AndT4Shape) {
    const FormatDecl& f = *GetParam();
    const TableDecl* t3 = f.table("T3");
    const TableDecl* t4 = f.table("T4");
    ASSERT_TRUE(t3 && t4);
    EXPECT_EQ(t3->columns.size(), 7u);
    EXPECT_EQ(t3->rows.size(), f.version == "2021" ? 25u : 23u);
    EXPECT_EQ(t4->columns.size(), 15u);
    EXPECT_EQ(t4->relations.size(), 3u);
    // H2 sums every result row: all rows except new, carried_in, r_total, carried_out.
    const RelationDecl& h2 = t3->relations[1];
    EXPECT_EQ(h2.rule, "H2");
    EXPECT_EQ(h2.rhs.size(), t3->rows.size() - 4);
    EXPECT_TRUE(findColumn(*t3, "total")->total);
    EXPECT_TRUE(findRow(*t3, "r_total")->total);
    EXPECT_FALSE(findRow(*t3, "new")->total);
    EXPECT_EQ(findRow(*t3, "deny_3")->group, "（三）不予公开");
    EXPECT_EQ(findColumn(*t4, "ld_keep")->group, "未经复议直接起诉");
    EXPECT_EQ(t3->extraColumns.at(0).id, "org_sub");
}

TEST_P(Declarations, DistinguishingLabelsBelongToNoOtherVersion) {
    const FormatDecl& f = *GetParam();
    ASSERT_FALSE(f.distinguishingLabels.empty());
    for (const FormatDecl* other : knownFormats()) {
        if (other == &f) continue;
        for (const std::string& label : f.distinguishingLabels)
            for (const TableDecl& t : other->tables) {
                for (const AxisDecl& a : t.columns)
                    for (const std::string& l : a.labels) EXPECT_FALSE(labelsMatch(l, label)) << label;
                for (const AxisDecl& a : t.rows)
                    for (const std::string& l : a.labels) EXPECT_FALSE(labelsMatch(l, label)) << label;
            }
    }
}

INSTANTIATE_TEST_SUITE_P(Both, Declarations, ::testing::Values(&format2021(), &format2019()),
                         [](const auto& info) { return "v" + info.param->version; });

TEST(Declarations, VersionSpecifics) {
    EXPECT_EQ(findColumn(*format2021().table("T2"), "fee_amount")->kind, ValueKind::Amount);
    EXPECT_EQ(findColumn(*format2019().table("T2"), "change")->kind, ValueKind::SignedCount);
    EXPECT_EQ(findColumn(*format2019().table("T2"), "amount")->kind, ValueKind::Amount);
    EXPECT_NE(findRow(*format2019().table("T3"), "other"), nullptr);
    EXPECT_EQ(findRow(*format2019().table("T3"), "other_1"), nullptr);
    EXPECT_NE(findRow(*format2021().table("T3"), "other_3"), nullptr);
    EXPECT_NE(findRow(*format2019().table("T2"), "procurement"), nullptr);
    EXPECT_EQ(knownFormats().front()->version, "2021");
}

}  // namespace
}  // namespace nianbao
