// Positioned text and rulings -> Document: tables from the grid the rulings
// draw (a missing inner ruling merges the slots it would separate), runs into
// cells by their centre (a run drawn across several cells split between
// them), a table that goes on over a page break joined into one, and the rest
// into lines and paragraphs.
#include "core/pages/page_content.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>

#include "core/text/normalize.hpp"

namespace nianbao::pages {

namespace {

// Rulings closer than this (0.25 mm at 1/100 mm) are one line: borders of
// neighbouring WPS cell rectangles, and strokes drawn twice.
constexpr double kTolerance = 25;

int findRoot(std::vector<int>& parent, int i) {
    while (parent[static_cast<size_t>(i)] != i) {
        parent[static_cast<size_t>(i)] = parent[static_cast<size_t>(parent[static_cast<size_t>(i)])];
        i = parent[static_cast<size_t>(i)];
    }
    return i;
}

void unite(std::vector<int>& parent, int a, int b) {
    parent[static_cast<size_t>(findRoot(parent, a))] = findRoot(parent, b);
}

// Positions within kTolerance of each other become one (their mean).
std::vector<double> clusters(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    std::vector<double> out, group;
    auto flush = [&] {
        if (!group.empty()) out.push_back(std::accumulate(group.begin(), group.end(), 0.0) / group.size());
        group.clear();
    };
    for (double v : values) {
        if (!group.empty() && v - group.back() > kTolerance) flush();
        group.push_back(v);
    }
    flush();
    return out;
}

// The interval [lines[k], lines[k+1]) holding v, clamped to the grid.
size_t slotOf(const std::vector<double>& lines, double v) {
    const auto it = std::upper_bound(lines.begin(), lines.end(), v);
    const size_t k = it == lines.begin() ? 0 : static_cast<size_t>(it - lines.begin()) - 1;
    return std::min(k, lines.size() - 2);
}

// The grid line nearest to v.
size_t lineOf(const std::vector<double>& lines, double v) {
    size_t best = 0;
    for (size_t i = 1; i < lines.size(); ++i)
        if (std::fabs(lines[i] - v) < std::fabs(lines[best] - v)) best = i;
    return best;
}

struct Grid {
    std::vector<double> xs, ys;  // grid lines, ascending
    std::vector<Ruling> horizontal, vertical;
    bool contains(double x, double y) const {
        return x > xs.front() - kTolerance && x < xs.back() + kTolerance && y > ys.front() - kTolerance &&
               y < ys.back() + kTolerance;
    }
};

// Is there a ruling along this line through that point?
bool ruled(const std::vector<Ruling>& rulings, bool horizontal, double at, double along) {
    for (const Ruling& r : rulings) {
        const double pos = horizontal ? r.y1 : r.x1;
        const double from = horizontal ? std::min(r.x1, r.x2) : std::min(r.y1, r.y2);
        const double to = horizontal ? std::max(r.x1, r.x2) : std::max(r.y1, r.y2);
        if (std::fabs(pos - at) <= kTolerance && along >= from - kTolerance && along <= to + kTolerance) return true;
    }
    return false;
}

bool touches(const Ruling& h, const Ruling& v) {
    return v.x1 >= std::min(h.x1, h.x2) - kTolerance && v.x1 <= std::max(h.x1, h.x2) + kTolerance &&
           h.y1 >= std::min(v.y1, v.y2) - kTolerance && h.y1 <= std::max(v.y1, v.y2) + kTolerance;
}

// Groups of rulings that touch each other and draw a grid (two lines each way at least).
std::vector<Grid> gridsOf(const Page& page) {
    std::vector<Ruling> h, v;
    for (const Ruling& r : page.rulings) (r.horizontal() ? h : v).push_back(r);
    std::vector<int> parent(h.size() + v.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (size_t i = 0; i < h.size(); ++i)
        for (size_t j = 0; j < v.size(); ++j)
            if (touches(h[i], v[j])) unite(parent, static_cast<int>(i), static_cast<int>(h.size() + j));
    std::map<int, Grid> byRoot;
    for (size_t i = 0; i < h.size(); ++i) byRoot[findRoot(parent, static_cast<int>(i))].horizontal.push_back(h[i]);
    for (size_t j = 0; j < v.size(); ++j)
        byRoot[findRoot(parent, static_cast<int>(h.size() + j))].vertical.push_back(v[j]);
    std::vector<Grid> out;
    for (auto& [root, g] : byRoot) {
        std::vector<double> xs, ys;
        for (const Ruling& r : g.vertical) xs.push_back(r.x1);
        for (const Ruling& r : g.horizontal) ys.push_back(r.y1);
        g.xs = clusters(xs);
        g.ys = clusters(ys);
        if (g.xs.size() >= 2 && g.ys.size() >= 2) out.push_back(std::move(g));
    }
    std::sort(out.begin(), out.end(), [](const Grid& a, const Grid& b) { return a.ys.front() < b.ys.front(); });
    return out;
}

// Runs into lines: a run joins the line whose middle its own middle is near.
struct Line {
    std::vector<const TextRun*> runs;
    double top = 0, bottom = 0, left = 0, right = 0;
    double middle() const { return (top + bottom) / 2; }
};

std::vector<Line> linesOf(std::vector<const TextRun*> runs) {
    std::sort(runs.begin(), runs.end(), [](const TextRun* a, const TextRun* b) {
        return a->y + a->height / 2 < b->y + b->height / 2;
    });
    std::vector<Line> lines;
    for (const TextRun* r : runs) {
        const double mid = r->y + r->height / 2;
        if (lines.empty() || std::fabs(lines.back().middle() - mid) > std::max(r->height, 1.0) * 0.5) {
            lines.push_back({{r}, r->y, r->y + r->height, r->x, r->x + r->width});
            continue;
        }
        Line& l = lines.back();
        l.runs.push_back(r);
        l.top = std::min(l.top, r->y);
        l.bottom = std::max(l.bottom, r->y + r->height);
        l.left = std::min(l.left, r->x);
        l.right = std::max(l.right, r->x + r->width);
    }
    for (Line& l : lines)
        std::sort(l.runs.begin(), l.runs.end(), [](const TextRun* a, const TextRun* b) { return a->x < b->x; });
    return lines;
}

// A line's text: runs left to right, a space where a visible gap parts them
// ("1 0" drawn as two runs reads as written).
std::string textOf(const Line& l) {
    std::string s;
    const TextRun* previous = nullptr;
    for (const TextRun* r : l.runs) {
        if (previous && r->x - (previous->x + previous->width) > 0.25 * std::max(r->height, previous->height))
            s += ' ';
        s += r->text;
        previous = r;
    }
    return s;
}

// --- runs drawn across cells -------------------------------------------------

// How wide a character is drawn, in halves of a CJK character.
int halfWidths(char32_t c) { return c < 0x2E80 ? 1 : 2; }

// A run that crosses inner rulings (PDF import joins the texts of neighbouring
// cells on one line into one frame) is cut at them: at its spaces when they
// part it into as many pieces, else by the characters' drawn widths.
std::vector<TextRun> splitAcross(const TextRun& run, const Grid& g) {
    const double mid = run.y + run.height / 2;
    std::vector<double> cuts;
    for (double x : g.xs)
        if (x > run.x + kTolerance && x < run.x + run.width - kTolerance && ruled(g.vertical, false, x, mid))
            cuts.push_back(x);
    if (cuts.empty()) return {run};
    // At its spaces when they part it into as many words as cells; more words
    // than the cells the frame covers: the import measured the frame short (it
    // does when cells' texts were joined with spaces), and the words go on into
    // the ruled cells further right.
    const double right = run.x + run.width;
    for (double x : g.xs)
        if (x >= right - kTolerance && x < g.xs.back() - kTolerance && ruled(g.vertical, false, x, mid))
            cuts.push_back(x);
    const std::u32string text = decodeUtf8(run.text);
    std::vector<std::u32string> parts;
    std::vector<std::u32string> words;
    for (size_t i = 0, start = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == U' ') {
            if (i > start) words.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    size_t covered = 0;  // the cuts inside the frame itself
    while (covered < cuts.size() && cuts[covered] < right - kTolerance) ++covered;
    if (words.size() >= covered + 1) {
        parts = words;  // one word a cell, from the frame's first cell on
        if (parts.size() > cuts.size() + 1) {
            for (size_t i = cuts.size() + 1; i < parts.size(); ++i) parts[cuts.size()] += U" " + parts[i];
            parts.resize(cuts.size() + 1);
        }
        cuts.resize(parts.size() - 1);
    } else {
        cuts.resize(covered);
        double total = 0;
        for (char32_t c : text) total += halfWidths(c);
        const double perUnit = total > 0 ? run.width / total : 0;
        parts.assign(cuts.size() + 1, std::u32string());
        double x = run.x;
        size_t part = 0;
        for (char32_t c : text) {
            const double w = halfWidths(c) * perUnit;
            while (part < cuts.size() && x + w / 2 > cuts[part]) ++part;
            parts[part] += c;
            x += w;
        }
    }
    std::vector<TextRun> out;
    double left = run.x;
    for (size_t i = 0; i < parts.size(); ++i) {
        const double end = i < cuts.size() ? cuts[i] : std::max(right, left + 1);
        out.push_back({left, run.y, end - left, run.height, encodeUtf8(parts[i]), run.shape});
        left = end;
    }
    return out;
}

// --- tables ------------------------------------------------------------------

// A cell by its place on the page, before pieces of a table are joined.
struct CellBox {
    double left = 0, right = 0, top = 0, bottom = 0;
    std::string text;
    std::string address;
};

struct Piece {
    int page = 0;
    std::string name;
    double top = 0, bottom = 0, left = 0, right = 0;
    std::vector<CellBox> cells;
};

Piece pieceOf(const Grid& g, const std::vector<const TextRun*>& runs, int page, const std::string& name) {
    const size_t rows = g.ys.size() - 1, cols = g.xs.size() - 1;
    std::vector<int> parent(rows * cols);
    std::iota(parent.begin(), parent.end(), 0);
    auto id = [&](size_t r, size_t c) { return static_cast<int>(r * cols + c); };
    for (size_t r = 0; r < rows; ++r)
        for (size_t c = 0; c < cols; ++c) {
            const double midY = (g.ys[r] + g.ys[r + 1]) / 2, midX = (g.xs[c] + g.xs[c + 1]) / 2;
            if (c + 1 < cols && !ruled(g.vertical, false, g.xs[c + 1], midY)) unite(parent, id(r, c), id(r, c + 1));
            if (r + 1 < rows && !ruled(g.horizontal, true, g.ys[r + 1], midX)) unite(parent, id(r, c), id(r + 1, c));
        }
    struct Span {
        size_t r0 = SIZE_MAX, c0 = SIZE_MAX, r1 = 0, c1 = 0, slots = 0;
        std::vector<TextRun> runs;
    };
    std::map<int, Span> spans;
    for (size_t r = 0; r < rows; ++r)
        for (size_t c = 0; c < cols; ++c) {
            Span& s = spans[findRoot(parent, id(r, c))];
            s.r0 = std::min(s.r0, r), s.c0 = std::min(s.c0, c), s.r1 = std::max(s.r1, r), s.c1 = std::max(s.c1, c);
            ++s.slots;
        }
    for (const TextRun* run : runs)
        for (const TextRun& part : splitAcross(*run, g)) {
            const size_t r = slotOf(g.ys, part.y + part.height / 2), c = slotOf(g.xs, part.x + part.width / 2);
            spans[findRoot(parent, id(r, c))].runs.push_back(part);
        }
    Piece p{page, name, g.ys.front(), g.ys.back(), g.xs.front(), g.xs.back(), {}};
    for (auto& [root, s] : spans) {
        // An L-shaped union (rulings drawn oddly) keeps only its first slot.
        const bool rectangle = s.slots == (s.r1 - s.r0 + 1) * (s.c1 - s.c0 + 1);
        const size_t r1 = rectangle ? s.r1 : s.r0, c1 = rectangle ? s.c1 : s.c0;
        CellBox box{g.xs[s.c0], g.xs[c1 + 1], g.ys[s.r0], g.ys[r1 + 1], {}, {}};
        std::vector<const TextRun*> refs;
        for (const TextRun& r : s.runs) refs.push_back(&r);
        // A cell's lines joined as they wrap: "1 " and "0" read "1 0", "商业" and "企业" "商业企业".
        for (const Line& l : linesOf(refs)) box.text += textOf(l);
        int shape = -1;
        for (const TextRun& r : s.runs)
            if (r.shape >= 0 && (shape < 0 || r.shape < shape)) shape = r.shape;
        box.address = name + "." +
                      (shape >= 0 ? "S" + std::to_string(shape)
                                  : "R" + std::to_string(s.r0 + 1) + "C" + std::to_string(s.c0 + 1));
        p.cells.push_back(std::move(box));
    }
    return p;
}

bool hasDigit(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// `next` goes on where `piece` stops, on the next page: the same left and right
// edges. A row broken by the page (its lines on both pages) is put back
// together: in a first row without a number whose written cells each have the
// same edges as a written cell above (its other half) or sit under a wider one,
// the halves give their text to the cells above.
void join(Piece& piece, Piece next) {
    const double shift = piece.bottom - next.top;
    std::vector<CellBox*> lastRow, firstRow;
    for (CellBox& c : piece.cells)
        if (std::fabs(c.bottom - piece.bottom) <= kTolerance) lastRow.push_back(&c);
    for (CellBox& c : next.cells)
        if (std::fabs(c.top - next.top) <= kTolerance) firstRow.push_back(&c);
    // The cell right above, with the same edges (the other half of the same cell).
    auto above = [&](const CellBox& c) -> CellBox* {
        for (CellBox* a : lastRow)
            if (std::fabs(a->left - c.left) <= kTolerance && std::fabs(a->right - c.right) <= kTolerance &&
                !a->text.empty())
                return a;
        return nullptr;
    };
    // A narrower cell under a wider one above: the next header row beside the
    // broken one (T4's 结果维持 … under 未经复议直接起诉 while 行政复议's own
    // labels run on from the last page).
    auto under = [&](const CellBox& c) {
        for (const CellBox* a : lastRow)
            if (a->left <= c.left + kTolerance && a->right >= c.right - kTolerance &&
                a->right - a->left > c.right - c.left + kTolerance)
                return true;
        return false;
    };
    bool brokenRow = false, fragments = true;
    for (const CellBox* c : firstRow) {
        if (c->text.empty()) continue;
        fragments = fragments && !hasDigit(c->text) && (above(*c) || under(*c));
        brokenRow = brokenRow || above(*c);
    }
    if (brokenRow && fragments)
        for (CellBox* c : firstRow)
            if (CellBox* a = c->text.empty() ? nullptr : above(*c)) {
                a->text += c->text;
                c->text.clear();
            }
    for (CellBox& c : next.cells) {
        c.top += shift;
        c.bottom += shift;
        piece.cells.push_back(std::move(c));
    }
    piece.bottom = next.bottom + shift;
}

Table tableOf(const Piece& p) {
    std::vector<double> xs, ys;
    for (const CellBox& c : p.cells) {
        xs.push_back(c.left), xs.push_back(c.right);
        ys.push_back(c.top), ys.push_back(c.bottom);
    }
    xs = clusters(xs);
    ys = clusters(ys);
    Table t(p.name, static_cast<int>(ys.size()) - 1, static_cast<int>(xs.size()) - 1);
    std::vector<const CellBox*> order;
    for (const CellBox& c : p.cells) order.push_back(&c);
    std::sort(order.begin(), order.end(), [](const CellBox* a, const CellBox* b) {
        return std::make_pair(a->top, a->left) < std::make_pair(b->top, b->left);
    });
    for (const CellBox* c : order) {
        SourceCell cell;
        cell.text = c->text;
        cell.address = c->address;
        cell.row = static_cast<int>(lineOf(ys, c->top));
        cell.col = static_cast<int>(lineOf(xs, c->left));
        cell.rowSpan = std::max(1, static_cast<int>(lineOf(ys, c->bottom)) - cell.row);
        cell.colSpan = std::max(1, static_cast<int>(lineOf(xs, c->right)) - cell.col);
        t.addCell(std::move(cell));
    }
    return t;
}

// --- paragraphs --------------------------------------------------------------

bool endsSentence(const std::string& text) {
    for (const std::string end : {"。", "！", "？", "；", "：", ":"})
        if (text.size() >= end.size() && text.compare(text.size() - end.size(), std::string::npos, end) == 0)
            return true;
    return false;
}

struct Placed {
    double top = 0;
    std::string text;   // a paragraph, or
    int piece = -1;     // a table piece
};

// Lines into paragraphs: a line that runs to the right margin without ending
// a sentence continues into the next when that one follows closely and starts
// at the left margin; anything else ends the paragraph (a heading, a short
// last line, a right-aligned signature).
std::vector<Placed> paragraphsOf(const std::vector<Line>& lines) {
    std::vector<Placed> out;
    double right = 0, left = 1e300;
    for (const Line& l : lines) right = std::max(right, l.right), left = std::min(left, l.left);
    const Line* previous = nullptr;
    std::string previousText;
    for (const Line& l : lines) {
        const double height = l.bottom - l.top;
        const std::string text = textOf(l);
        const bool continues = previous && !out.empty() && previous->right >= right - 1.5 * height &&
                               !endsSentence(previousText) && l.left <= left + 2.5 * height &&
                               l.top - previous->bottom <= 0.9 * height;
        if (continues) out.back().text += text;
        else out.push_back({l.top, text, -1});
        previous = &l;
        previousText = text;
    }
    return out;
}

// A page number or running header between the pieces of a table.
bool pageFurniture(const std::string& text) {
    const std::u32string t = decodeUtf8(text);
    if (t.size() > 12) return false;
    for (char32_t c : t)
        if (!(c == U' ' || c == U'-' || c == U'—' || c == U'/' || c == U'第' || c == U'页' || c == U'共' ||
              (c >= U'0' && c <= U'9')))
            return false;
    return true;
}

}  // namespace

void addLine(Page& page, double x1, double y1, double x2, double y2) {
    if (std::fabs(y1 - y2) <= 1) page.rulings.push_back({std::min(x1, x2), y1, std::max(x1, x2), y1});
    else if (std::fabs(x1 - x2) <= 1) page.rulings.push_back({x1, std::min(y1, y2), x1, std::max(y1, y2)});
}

void addRect(Page& page, const Rect& r) {
    if (r.height <= kTolerance) return addLine(page, r.x, r.y + r.height / 2, r.x + r.width, r.y + r.height / 2);
    if (r.width <= kTolerance) return addLine(page, r.x + r.width / 2, r.y, r.x + r.width / 2, r.y + r.height);
    addLine(page, r.x, r.y, r.x + r.width, r.y);
    addLine(page, r.x, r.y + r.height, r.x + r.width, r.y + r.height);
    addLine(page, r.x, r.y, r.x, r.y + r.height);
    addLine(page, r.x + r.width, r.y, r.x + r.width, r.y + r.height);
}

Document documentFromPages(const std::vector<Page>& pages, const std::string& name) {
    std::vector<Piece> pieces;
    std::vector<Placed> flow;  // every page's blocks in reading order
    for (size_t p = 0; p < pages.size(); ++p) {
        const Page& page = pages[p];
        const std::vector<Grid> grids = gridsOf(page);
        std::vector<std::vector<const TextRun*>> inTable(grids.size());
        std::vector<const TextRun*> prose;
        for (const TextRun& r : page.runs) {
            const double cx = r.x + r.width / 2, cy = r.y + r.height / 2;
            size_t g = 0;
            while (g < grids.size() && !grids[g].contains(cx, cy)) ++g;
            (g < grids.size() ? inTable[g] : prose).push_back(&r);
        }
        std::vector<Placed> blocks = paragraphsOf(linesOf(prose));
        for (size_t g = 0; g < grids.size(); ++g) {
            const std::string table = "第" + std::to_string(p + 1) + "页表格" + std::to_string(g + 1);
            pieces.push_back(pieceOf(grids[g], inTable[g], static_cast<int>(p), table));
            blocks.push_back({grids[g].ys.front(), {}, static_cast<int>(pieces.size()) - 1});
        }
        std::stable_sort(blocks.begin(), blocks.end(), [](const Placed& a, const Placed& b) { return a.top < b.top; });
        flow.insert(flow.end(), blocks.begin(), blocks.end());
    }
    // A piece that follows one on the previous page with nothing but page
    // furniture between, under the same edges, goes on that table.
    std::vector<int> joinedInto(pieces.size(), -1);
    int lastPiece = -1;
    for (const Placed& b : flow) {
        if (b.piece < 0) {
            if (!pageFurniture(b.text)) lastPiece = -1;
            continue;
        }
        const int into = lastPiece >= 0 ? (joinedInto[static_cast<size_t>(lastPiece)] >= 0
                                               ? joinedInto[static_cast<size_t>(lastPiece)]
                                               : lastPiece)
                                        : -1;
        const Piece& now = pieces[static_cast<size_t>(b.piece)];
        if (into >= 0) {
            Piece& open = pieces[static_cast<size_t>(into)];
            const Piece& previous = pieces[static_cast<size_t>(lastPiece)];
            if (now.page == previous.page + 1 && std::fabs(now.left - open.left) <= 2 * kTolerance &&
                std::fabs(now.right - open.right) <= 2 * kTolerance) {
                join(open, now);
                joinedInto[static_cast<size_t>(b.piece)] = into;
            }
        }
        lastPiece = b.piece;
    }
    Document doc;
    doc.name = name;
    int paragraphIndex = 0;
    for (const Placed& b : flow) {
        if (b.piece < 0) {
            Paragraph para;
            para.text = b.text;
            para.index = paragraphIndex++;
            doc.blocks.emplace_back(std::move(para));
        } else if (joinedInto[static_cast<size_t>(b.piece)] < 0) {
            doc.blocks.emplace_back(tableOf(pieces[static_cast<size_t>(b.piece)]));
        }
    }
    return doc;
}

bool scannedWithoutText(const std::vector<Page>& pages) {
    bool pictures = false;
    for (const Page& p : pages) {
        for (const TextRun& r : p.runs)
            if (r.text.find_first_not_of(" \t\r\n") != std::string::npos) return false;
        pictures = pictures || p.images > 0;
    }
    return pictures;
}

}  // namespace nianbao::pages
