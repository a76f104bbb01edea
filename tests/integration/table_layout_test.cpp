// The grid arithmetic of the UNO reader, on boxes as Writer 7.4 reports them
// for the seed's T3 header (see src/uno/table_layout.hpp).
#include <gtest/gtest.h>

#include "uno/reader/table_layout.hpp"

using nianbao::lo::cellName;
using nianbao::lo::LayoutBox;
using nianbao::lo::layoutTable;

namespace {

std::vector<LayoutBox> row(int r, std::vector<int> seps, std::vector<bool> covered, std::vector<int> spans = {}) {
    std::vector<LayoutBox> out;
    int left = 0;
    seps.push_back(10000);
    for (std::size_t k = 0; k < seps.size(); ++k) {
        LayoutBox b;
        b.name = cellName(static_cast<int>(k), r);
        b.left = left;
        b.right = seps[k];
        b.covered = covered[k];
        b.rowSpan = k < spans.size() ? spans[k] : 1;
        left = seps[k];
        out.push_back(b);
    }
    return out;
}

}  // namespace

TEST(CellName, FollowsWriter) {
    EXPECT_EQ(cellName(0, 0), "A1");
    EXPECT_EQ(cellName(2, 26), "C27");
    EXPECT_EQ(cellName(25, 0), "Z1");
    EXPECT_EQ(cellName(26, 0), "a1");
    EXPECT_EQ(cellName(51, 0), "z1");
    EXPECT_EQ(cellName(52, 0), "AA1");
}

TEST(LayoutTable, SeedT3HeaderAndFirstDataRow) {
    const std::vector<int> data = {1137, 1978, 4738, 5582, 6190, 6799, 7593, 8765, 9374};
    std::vector<std::vector<LayoutBox>> rows = {
        row(0, {4738}, {false, false}, {3, 1}),
        row(1, {4738, 5582, 9374}, {true, false, false, false}, {1, 2, 1, 2}),
        row(2, {4738, 5582, 6190, 6799, 7593, 8765, 9374}, {true, true, false, false, false, false, false, true}),
        // a data row whose label spans the three label columns; .doc rounding shifts a line by 2
        row(3, {4740, 5582, 6190, 6799, 7593, 8765, 9374}, std::vector<bool>(8, false)),
        row(4, data, std::vector<bool>(10, false)),
    };
    const auto layout = layoutTable(rows, 20);
    EXPECT_EQ(layout.rows, 5);
    EXPECT_EQ(layout.cols, 10);
    auto find = [&](const std::string& name) {
        for (const auto& c : layout.cells)
            if (c.name == name) return c;
        ADD_FAILURE() << name;
        return nianbao::lo::PlacedBox{};
    };
    const auto note = find("A1");
    EXPECT_EQ(note.col, 0);
    EXPECT_EQ(note.colSpan, 3);
    EXPECT_EQ(note.rowSpan, 3);
    EXPECT_EQ(find("B1").colSpan, 7);
    EXPECT_EQ(find("B2").col, 3);
    EXPECT_EQ(find("B2").rowSpan, 2);
    EXPECT_EQ(find("C2").colSpan, 5);
    EXPECT_EQ(find("D2").col, 9);
    EXPECT_EQ(find("C3").col, 4);   // first visible box of row 3 sits in grid column 4
    EXPECT_EQ(find("A4").colSpan, 3);
    EXPECT_EQ(find("B4").col, 3);   // "B4" is grid column 3 (names shift left)
    EXPECT_EQ(find("H4").col, 9);
    EXPECT_EQ(find("C5").col, 2);
    EXPECT_EQ(layout.cells.size(), 2u + 3 + 5 + 8 + 10);  // covered boxes are not cells
}

TEST(LayoutTable, MisalignedRowsShareGridLinesWithinTolerance) {
    // Two rows drawn by hand: the inner line sits at 5000 and 5080.
    std::vector<std::vector<LayoutBox>> rows = {row(0, {5000}, {false, false}), row(1, {5080}, {false, false})};
    const auto layout = layoutTable(rows, 100);
    EXPECT_EQ(layout.cols, 2);
    EXPECT_EQ(layoutTable(rows, 50).cols, 3);  // outside the tolerance they are two lines
}

TEST(LayoutTable, RowSpanIsClippedToTheTable) {
    std::vector<std::vector<LayoutBox>> rows = {row(0, {}, {false}, {5})};
    const auto layout = layoutTable(rows, 1);
    ASSERT_EQ(layout.cells.size(), 1u);
    EXPECT_EQ(layout.cells[0].rowSpan, 1);
}

TEST(LayoutTable, RowSpanWithoutTheOfficeSayingIsTheCoveredRunBelow) {
    // LibreOffice 7.0: no RowSpan property (0). A cell over three rows in the
    // first column, a cell over two rows in the last, as in T3's label columns.
    std::vector<std::vector<LayoutBox>> rows = {
        row(0, {3000, 6000}, {false, false, false}, {0, 0, 0}),
        row(1, {3000, 6000}, {true, false, true}, {0, 0, 0}),
        row(2, {3000, 6000}, {true, false, false}, {0, 0, 0}),
        row(3, {3000, 6000}, {false, false, false}, {0, 0, 0}),
    };
    const auto layout = layoutTable(rows, 1);
    ASSERT_EQ(layout.cells.size(), 9u);
    EXPECT_EQ(layout.cells[0].name, "A1");
    EXPECT_EQ(layout.cells[0].rowSpan, 3);
    EXPECT_EQ(layout.cells[1].rowSpan, 1);  // B1: the box below it is a cell of its own
    EXPECT_EQ(layout.cells[2].rowSpan, 2);  // C1
    for (std::size_t i = 3; i < layout.cells.size(); ++i) EXPECT_EQ(layout.cells[i].rowSpan, 1) << i;
}

TEST(LayoutTable, AKnownRowSpanIsTakenAsSaid) {
    std::vector<std::vector<LayoutBox>> rows = {row(0, {5000}, {false, false}, {2, 1}),
                                                row(1, {5000}, {true, false}), row(2, {5000}, {true, false})};
    const auto layout = layoutTable(rows, 1);
    EXPECT_EQ(layout.cells[0].rowSpan, 2);  // the office's word, not the covered run of 2 below
}
