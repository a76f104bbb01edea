// rebuildTable: replaces a recognized table (every piece of it, when split)
// by the official 2021 table with every recognized value in its cell and
// the unique correction applied; what could not be carried is listed in the
// result, never dropped silently.
#include <map>
#include <stdexcept>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>

#include "core/template/carried_values.hpp"
#include "core/formats/formats.hpp"
#include "core/model/labels.hpp"
#include "uno/edit/comment.hpp"
#include "uno/edit/document_access.hpp"
#include "uno/edit/edit_commands.hpp"
#include "uno/edit/edit_session.hpp"
#include "uno/edit/table_writer.hpp"
#include "uno/edit/template_writer.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY_THROW;
using nlohmann::json;

namespace nianbao::lo::edit {

namespace {

// The version a table is written in: its own layout's, else the report's.
const FormatDecl* layoutOf(const Report& report, const std::string& tableId) {
    const RecognizedTable* t = report.table(tableId);
    return t && t->layout ? t->layout : report.format;
}

std::string commentText(const std::string& tableId, const Report& report, const tmpl::CarriedValues& carried) {
    const FormatDecl& newest = *knownFormats().front();
    std::string s = "按" + newest.source + "格式重建" + tableId + "，原表数值逐格移入";
    const FormatDecl* was = layoutOf(report, tableId);
    if (was && was != &newest) s += "（原表为" + was->version + "年版格式）";
    for (const CellChange& ch : carried.corrected)
        s += "；" + ch.cell + "按勾稽关系更正为" + tmpl::plainNumber(ch.to) + "（原为“" + ch.from + "”）";
    if (!carried.dropped.empty()) s += "；" + std::to_string(carried.dropped.size()) + "格在新表中无对应位置，见结果";
    return s;
}

// "T3.other.np" -> "other".
std::string rowOfKey(const std::string& key) {
    const size_t a = key.find('.');
    const size_t b = key.rfind('.');
    return a == std::string::npos || b <= a ? key : key.substr(a + 1, b - a - 1);
}

// Same rows and columns, by id and order: rebuilding changes nothing but looks.
bool sameLayout(const TableDecl& a, const TableDecl& b) {
    auto ids = [](const std::vector<AxisDecl>& axes) {
        std::vector<std::string> out;
        for (const AxisDecl& x : axes) out.push_back(x.id);
        return out;
    };
    return ids(a.rows) == ids(b.rows) && ids(a.columns) == ids(b.columns);
}

// The tables a rebuild of `tableId` writes: that one, and every other table
// found in an older version's layout that differs from the newest — rebuilding
// one table of a 2019 report converts the report, not a patchwork of versions.
std::vector<std::string> tablesToRebuild(const Report& report, const std::string& tableId) {
    const FormatDecl& newest = *knownFormats().front();
    std::vector<std::string> out{tableId};
    for (const RecognizedTable& t : report.tables) {
        if (t.id == tableId || !t.found || t.writerTables.empty()) continue;
        const FormatDecl* was = layoutOf(report, t.id);
        const TableDecl* old = was ? was->table(t.id) : nullptr;
        const TableDecl* now = newest.table(t.id);
        if (was && was != &newest && old && now && !sameLayout(*old, *now)) out.push_back(t.id);
    }
    return out;
}

struct Rebuilt {
    std::string table;
    tmpl::CarriedValues carried;
};

// The findings after the edit, with what the rebuild moved, corrected and
// could not carry, and one finding per row carried under another row's name.
std::string resultJson(const std::string& findings, const Report& before, const std::vector<Rebuilt>& done) {
    json j = json::parse(findings);
    Report target;
    target.format = knownFormats().front();
    json all = json::array();
    for (const Rebuilt& r : done) {
        const FormatDecl* was = layoutOf(before, r.table);
        json rebuilt = {{"table", r.table},
                        {"from_version", was ? json(was->version) : json(nullptr)},
                        {"moved", json::array()},
                        {"corrected", json::array()},
                        {"not_carried", json::array()}};
        // Cells carried under another row (a row the newer format renamed or
        // split), said once per row pair, in the formats' own labels.
        std::map<std::pair<std::string, std::string>, std::vector<const tmpl::CarriedCell*>> byRow;
        std::vector<std::pair<std::string, std::string>> order;
        for (const tmpl::CarriedCell& m : r.carried.moved) {
            rebuilt["moved"].push_back({{"from", m.from}, {"to", m.to}, {"text", m.text}});
            const auto rows = std::make_pair(rowOfKey(m.from), rowOfKey(m.to));
            if (rows.first == rows.second) continue;  // a renamed column only
            if (!byRow.count(rows)) order.push_back(rows);
            byRow[rows].push_back(&m);
        }
        const std::string version = was ? was->version : std::string("?");
        for (const auto& rows : order) {
            if (!j.contains("findings") || !j["findings"].is_array()) break;
            const std::string from = "「" + rowLabel(before, r.table, rows.first) + "」";
            const std::string to = "「" + rowLabel(target, r.table, rows.second) + "」";
            json cells = json::array();
            std::string texts;
            for (const tmpl::CarriedCell* m : byRow[rows]) {
                cells.push_back(m->to);
                texts += (texts.empty() ? "" : "、") + m->text;
            }
            j["findings"].push_back(
                {{"rule", "R1"},
                 {"severity", "info"},
                 {"table", r.table},
                 {"row", rows.second},
                 {"cells", cells},
                 {"message", "原" + version + "年版" + from + "的数值（" + texts + "）已移入" + target.format->version +
                                 "年版" + to},
                 {"message_en", "the " + version + " table's values in " + from + " (" + texts + ") went to " + to +
                                    " of the " + target.format->version + " table"}});
        }
        for (const CellChange& c : r.carried.corrected)
            rebuilt["corrected"].push_back({{"cell", c.cell}, {"from", c.from}, {"to", c.to}});
        for (const tmpl::CarriedCell& d : r.carried.dropped)
            rebuilt["not_carried"].push_back({{"cell", d.from}, {"text", d.text}});
        all.push_back(std::move(rebuilt));
    }
    j["rebuilt"] = all.at(0);       // the table asked for
    j["rebuilt_tables"] = all;      // with every table converted alongside it
    return j.dump(2);
}

// Writing the table left an empty paragraph after it, where the old table
// was: taken out when a paragraph follows, so the text around keeps its shape.
void dropEmptyParagraphAfter(const TextDocumentRef& doc, const Reference<text::XTextTable>& table) {
    const std::vector<BodyBlock> blocks = bodyBlocks(doc);
    size_t i = 0;
    while (i < blocks.size() && !sameTable(blocks[i].table, table)) ++i;
    if (i + 2 >= blocks.size() || !blocks[i + 1].paragraph.is() || !blocks[i + 2].paragraph.is()) return;
    if (!blocks[i + 1].paragraph->getString().isEmpty()) return;
    Reference<text::XParagraphCursor> c(
        doc->getText()->createTextCursorByRange(blocks[i + 1].paragraph->getStart()), UNO_QUERY_THROW);
    // Joined from an empty paragraph, the next one keeps its own formatting.
    if (c->gotoNextParagraph(true)) c->setString(rtl::OUString());
}

}  // namespace

std::string rebuildTable(const ContextRef& context, const DocumentRef& document, const std::string& tableId) {
    TextDocumentRef doc(document, UNO_QUERY_THROW);
    const Checked checked = checkOpenDocument(doc);
    const Report& report = *checked.result.report;
    const RecognizedTable* asked = report.table(tableId);
    if (!report.format || !asked || !asked->found || asked->writerTables.empty())
        throw std::invalid_argument("table " + tableId + " is not recognized in the document");

    const TemplateLooks looks(context);
    std::vector<Rebuilt> done;
    EditSession session(document, fromUtf8("年报：重建" + tableId));
    for (const std::string& id : tablesToRebuild(report, tableId)) {
        const RecognizedTable* found = report.table(id);
        Rebuilt r{id, tmpl::carryValues(report, checked.result.correction, id)};
        tmpl::TemplatePart part;
        part.id = id;
        tmpl::TemplateTable table = tmpl::buildTable(format2021(), id);
        tmpl::fillValues(table, r.carried.values);
        part.blocks.emplace_back(table);

        // The new table goes where the first piece is: after the block before it.
        std::vector<Reference<text::XTextTable>> old;
        for (const std::string& name : found->writerTables) old.push_back(tableNamed(doc, name));
        const std::vector<BodyBlock> blocks = bodyBlocks(doc);
        size_t first = 0;
        while (first < blocks.size() && !sameTable(blocks[first].table, old.front())) ++first;
        if (first == 0 || first == blocks.size() || !blocks[first - 1].paragraph.is())
            throw std::runtime_error("no paragraph before table " + id + " to insert the new one after");

        const WrittenPart written = writePart(doc, blocks[first - 1].paragraph->getEnd(), part,
                                              [&](tmpl::Role role) { return looks.paragraph(role); }, looks, session);
        // The old pieces go as a whole: a table deleted with tracking on would
        // stay in the text (and be read) until accepted.
        session.setRecording(false);
        for (const Reference<text::XTextTable>& t : old)
            doc->getText()->removeTextContent(Reference<text::XTextContent>(t, UNO_QUERY_THROW));
        dropEmptyParagraphAfter(doc, written.tables.at(0));
        Reference<text::XText> a1(written.tables.at(0)->getCellByName("A1"), UNO_QUERY_THROW);
        addComment(doc, a1->getEnd(), commentText(id, report, r.carried));
        session.setRecording(true);
        done.push_back(std::move(r));
    }
    session.commit();
    return resultJson(findingsNow(doc), report, done);
}

}  // namespace nianbao::lo::edit
