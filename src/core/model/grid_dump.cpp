// The document dump format of grid_dump.hpp. Reading validates every member
// (fuzzed input), so malformed input is a readable exception, never UB.
#include "core/model/grid_dump.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace nianbao {

namespace {

using nlohmann::json;

// A grid larger than this is not a report table; refusing it keeps a hostile
// dump from allocating gigabytes.
constexpr long long kMaxSlots = 1 << 20;

json tableToJson(const Table& t) {
    json cells = json::array();
    for (const SourceCell& c : t.cells())
        cells.push_back(json::array({c.row, c.col, c.rowSpan, c.colSpan, c.text, c.address}));
    return json{{"table", t.name()}, {"rows", t.rows()}, {"cols", t.cols()}, {"cells", cells}};
}

[[noreturn]] void fail(const std::string& what) { throw std::runtime_error("document dump: " + what); }

int intMember(const json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer()) fail(std::string("\"") + key + "\" must be an integer");
    const long long v = it->get<long long>();
    if (v < 0 || v > kMaxSlots) fail(std::string("\"") + key + "\" out of range");
    return static_cast<int>(v);
}

int intAt(const json& a, size_t i, const char* what) {
    if (!a[i].is_number_integer()) fail(std::string("cell ") + what + " must be an integer");
    const long long v = a[i].get<long long>();
    if (v < 0 || v > kMaxSlots) fail(std::string("cell ") + what + " out of range");
    return static_cast<int>(v);
}

Table tableFromJson(const json& j) {
    const auto name = j.find("table");
    if (!name->is_string()) fail("\"table\" must be a string");
    const int rows = intMember(j, "rows"), cols = intMember(j, "cols");
    if (static_cast<long long>(rows) * cols > kMaxSlots) fail("table too large");
    Table t(name->get<std::string>(), rows, cols);
    const auto cells = j.find("cells");
    if (cells == j.end() || !cells->is_array()) fail("\"cells\" must be an array");
    for (const json& c : *cells) {
        if (!c.is_array() || c.size() < 5 || c.size() > 6) fail("a cell is [row, col, rowSpan, colSpan, text, address]");
        SourceCell cell;
        cell.row = intAt(c, 0, "row");
        cell.col = intAt(c, 1, "col");
        cell.rowSpan = std::max(1, intAt(c, 2, "rowSpan"));
        cell.colSpan = std::max(1, intAt(c, 3, "colSpan"));
        if (!c[4].is_string()) fail("cell text must be a string");
        cell.text = c[4].get<std::string>();
        if (c.size() == 6) {
            if (!c[5].is_string()) fail("cell address must be a string");
            cell.address = c[5].get<std::string>();
        }
        t.addCell(std::move(cell));
    }
    return t;
}

}  // namespace

std::string documentToJson(const Document& doc) {
    json blocks = json::array();
    for (const Block& b : doc.blocks) {
        if (const auto* p = std::get_if<Paragraph>(&b))
            blocks.push_back(json{{"p", p->text}, {"level", p->outlineLevel}});
        else
            blocks.push_back(tableToJson(std::get<Table>(b)));
    }
    // Replace invalid UTF-8 instead of throwing: a dump must always be writable.
    return json{{"name", doc.name}, {"blocks", blocks}}.dump(1, ' ', false, json::error_handler_t::replace);
}

Document documentFromJson(const std::string& text) {
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception& e) {
        fail(std::string("not JSON: ") + e.what());
    }
    if (!j.is_object()) fail("top level must be an object");
    Document doc;
    if (const auto name = j.find("name"); name != j.end()) {
        if (!name->is_string()) fail("\"name\" must be a string");
        doc.name = name->get<std::string>();
    }
    const auto blocks = j.find("blocks");
    if (blocks == j.end() || !blocks->is_array()) fail("\"blocks\" must be an array");
    for (const json& b : *blocks) {
        if (!b.is_object()) fail("a block must be an object");
        if (const auto p = b.find("p"); p != b.end()) {
            if (!p->is_string()) fail("\"p\" must be a string");
            Paragraph para;
            para.text = p->get<std::string>();
            if (b.contains("level")) para.outlineLevel = intMember(b, "level");
            doc.blocks.emplace_back(std::move(para));
        } else if (b.contains("table")) {
            doc.blocks.emplace_back(tableFromJson(b));
        } else {
            fail("a block is {\"p\": ...} or {\"table\": ...}");
        }
    }
    return doc;
}

}  // namespace nianbao
