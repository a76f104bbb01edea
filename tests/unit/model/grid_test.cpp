#include <gtest/gtest.h>

#include "core/model/grid.hpp"

using nianbao::SourceCell;
using nianbao::Table;

TEST(Grid, MergedCellCoversAllItsSlotsAndIsReadOnce) {
    Table t("表格1", 3, 3);
    t.addCell({"note", "表格1.A1", 0, 0, 2, 2});
    t.addCell({"x", "表格1.B1", 0, 2, 1, 1});
    ASSERT_EQ(t.cells().size(), 2u);
    EXPECT_EQ(t.at(1, 1), t.at(0, 0));
    EXPECT_TRUE(t.isOrigin(0, 0));
    EXPECT_FALSE(t.isOrigin(1, 1));
    EXPECT_EQ(t.textAt(0, 2), "x");
    EXPECT_EQ(t.at(2, 2), nullptr);
    EXPECT_EQ(t.textAt(2, 2), "");
}

TEST(Grid, SpansAreClippedAndNeverOverwrite) {
    Table t("t", 2, 2);
    t.addCell({"a", "", 0, 0, 5, 1});
    t.addCell({"b", "", 0, 0, 1, 2});
    EXPECT_EQ(t.textAt(1, 0), "a");
    EXPECT_EQ(t.textAt(0, 0), "a");
    EXPECT_EQ(t.textAt(0, 1), "b");
    EXPECT_EQ(t.at(-1, 0), nullptr);
    EXPECT_EQ(t.at(0, 7), nullptr);
}
