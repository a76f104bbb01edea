#include "uno/reader/table_layout.hpp"

#include <algorithm>
#include <cstdlib>
#include <utility>

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

// Where a box sits on the grid: [first column, end column).
std::pair<int, int> placeOf(const std::vector<int>& lines, const LayoutBox& b) {
    const int col = lineIndex(lines, b.left);
    return {col, std::max(col + 1, lineIndex(lines, b.right))};
}

// The rows a box spans when the office did not say: itself and the covered
// boxes at its place in the rows right below it.
int inferredRowSpan(const std::vector<std::vector<LayoutBox>>& rows, const std::vector<int>& lines, int r,
                    const LayoutBox& box) {
    const auto place = placeOf(lines, box);
    int span = 1;
    for (size_t below = static_cast<size_t>(r) + 1; below < rows.size(); ++below, ++span) {
        const bool covered = std::any_of(rows[below].begin(), rows[below].end(), [&](const LayoutBox& b) {
            return b.covered && placeOf(lines, b) == place;
        });
        if (!covered) break;
    }
    return span;
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
            const auto place = placeOf(lines, b);
            p.col = place.first;
            p.colSpan = place.second - place.first;
            const int span = b.rowSpan > 0 ? b.rowSpan : inferredRowSpan(rows, lines, r, b);
            p.rowSpan = std::clamp(span, 1, out.rows - r);
            out.cells.push_back(p);
        }
    }
    return out;
}

}  // namespace nianbao::lo
