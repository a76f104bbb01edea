// A published PDF as LibreOffice's PDF import gives it: per page, runs of
// positioned text and the rulings tables are drawn with (LibreOffice-made PDFs
// draw cell borders as lines, WPS fills each cell as a rectangle). No text
// tables exist there; documentFromPages() rebuilds them, and the paragraphs
// in reading order, as the core's Document. UNO-free: the shape walk that
// fills these structs is src/uno/reader/page_reader.cpp.
//
// Coordinates are page-relative, in any one unit (the reader passes 1/100 mm),
// x to the right and y downwards.
#pragma once

#include <string>
#include <vector>

#include "core/model/grid.hpp"

namespace nianbao::pages {

struct TextRun {
    double x = 0, y = 0, width = 0, height = 0;
    std::string text;
    int shape = -1;  // the reader's index of the shape it came from (Go to selects it)
};

// A horizontal or vertical line segment (a line, or a rectangle's edge).
struct Ruling {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    bool horizontal() const { return y1 == y2; }
};

struct Rect {
    double x = 0, y = 0, width = 0, height = 0;
};

struct Page {
    std::vector<TextRun> runs;
    std::vector<Ruling> rulings;
    int images = 0;  // pictures on the page (a scan has pictures and no text)
};

// The rulings of a drawn line (kept when horizontal or vertical) and of a
// rectangle (its four edges; one that thin is a line).
void addLine(Page& page, double x1, double y1, double x2, double y2);
void addRect(Page& page, const Rect& r);

// Tables from the rulings, text runs into their cells and into paragraphs,
// everything in reading order, page after page. Tables are named
// "第N页表格K"; a cell's address is TABLE.S<shape> (its first run's shape) or
// TABLE.R<row>C<col> when empty.
Document documentFromPages(const std::vector<Page>& pages, const std::string& name);

// Pages with pictures and no text at all: a scan without a text layer.
bool scannedWithoutText(const std::vector<Page>& pages);

}  // namespace nianbao::pages
