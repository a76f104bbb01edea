#include "uno/reader/table_layout.hpp"

#include <algorithm>
#include <cstdlib>

namespace nianbao::lo {

std::string cellName(int col, int row) {
    std::string letters;
    int n = col;
    do {
        const int d = n % 52;
        letters.insert(letters.begin(), static_cast<char>(d < 26 ? 'A' + d : 'a' + d - 26));
        n = n / 52 - 1;
    } while (n >= 0);
    return letters + std::to_string(row + 1);
}

namespace {

// Sorted grid lines: each boundary joins the previous line when within tolerance.
std::vector<int> gridLines(const std::vector<std::vector<LayoutBox>>& rows, int tolerance) {
    std::vector<int> all;
    for (const auto& row : rows)
        for (const auto& b : row) {
            all.push_back(b.left);
            all.push_back(b.right);
        }
    std::sort(all.begin(), all.end());
    std::vector<int> lines;
    for (int x : all)
        if (lines.empty() || x - lines.back() > tolerance) lines.push_back(x);
    return lines;
}

int lineIndex(const std::vector<int>& lines, int x) {
    int best = 0;
    for (int i = 1; i < static_cast<int>(lines.size()); ++i)
        if (std::abs(lines[i] - x) < std::abs(lines[best] - x)) best = i;
    return best;
}

}  // namespace

TableLayout layoutTable(const std::vector<std::vector<LayoutBox>>& rows, int tolerance) {
    TableLayout out;
    out.rows = static_cast<int>(rows.size());
    const std::vector<int> lines = gridLines(rows, tolerance);
    out.cols = std::max(0, static_cast<int>(lines.size()) - 1);
    for (int r = 0; r < out.rows; ++r) {
        for (const auto& b : rows[r]) {
            if (b.covered) continue;
            PlacedBox p;
            p.name = b.name;
            p.row = r;
            p.col = lineIndex(lines, b.left);
            p.colSpan = std::max(1, lineIndex(lines, b.right) - p.col);
            p.rowSpan = std::clamp(b.rowSpan, 1, out.rows - r);
            out.cells.push_back(p);
        }
    }
    return out;
}

}  // namespace nianbao::lo
