#include "core/model/grid.hpp"

#include <algorithm>
#include <utility>

namespace nianbao {

namespace {
const std::string kEmpty;
}

Table::Table(std::string name, int rows, int cols)
    : name_(std::move(name)),
      rows_(std::max(rows, 0)),
      cols_(std::max(cols, 0)),
      slots_(static_cast<size_t>(rows_) * static_cast<size_t>(cols_), -1) {}

int Table::addCell(SourceCell cell) {
    cell.rowSpan = std::max(cell.rowSpan, 1);
    cell.colSpan = std::max(cell.colSpan, 1);
    const int index = static_cast<int>(cells_.size());
    const int r0 = std::max(cell.row, 0), c0 = std::max(cell.col, 0);
    const int r1 = std::min(cell.row + cell.rowSpan, rows_);
    const int c1 = std::min(cell.col + cell.colSpan, cols_);
    for (int r = r0; r < r1; ++r)
        for (int c = c0; c < c1; ++c) {
            int& slot = slots_[static_cast<size_t>(r) * cols_ + c];
            if (slot < 0) slot = index;
        }
    cells_.push_back(std::move(cell));
    return index;
}

int Table::cellIndexAt(int r, int c) const {
    if (r < 0 || c < 0 || r >= rows_ || c >= cols_) return -1;
    return slots_[static_cast<size_t>(r) * cols_ + c];
}

const SourceCell* Table::at(int r, int c) const {
    const int i = cellIndexAt(r, c);
    return i < 0 ? nullptr : &cells_[static_cast<size_t>(i)];
}

bool Table::isOrigin(int r, int c) const {
    const SourceCell* cell = at(r, c);
    return cell && std::max(cell->row, 0) == r && std::max(cell->col, 0) == c;
}

const std::string& Table::textAt(int r, int c) const {
    const SourceCell* cell = at(r, c);
    return cell ? cell->text : kEmpty;
}

}  // namespace nianbao
