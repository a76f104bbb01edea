// rebuildTable: replaces a recognized table (every piece of it, when split)
// by the official 2021 table with every recognized value in its cell and
// the unique correction applied; what could not be carried is listed in the
// result, never dropped silently.
#include <stdexcept>

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

std::string commentText(const std::string& tableId, const Report& report, const tmpl::CarriedValues& carried) {
    const FormatDecl& newest = *knownFormats().front();
    std::string s = "按" + newest.source + "格式重建" + tableId + "，原表数值逐格移入";
    if (report.format && report.format != &newest) s += "（原表为" + report.format->version + "年版格式）";
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

// The findings after the edit, with what the rebuild moved, corrected and
// could not carry, and a finding for each cell carried under another row.
std::string resultJson(const std::string& findings, const std::string& tableId, const Report& before,
                       const tmpl::CarriedValues& carried) {
    json j = json::parse(findings);
    json rebuilt = {{"table", tableId},
                    {"from_version", before.format ? json(before.format->version) : json(nullptr)},
                    {"moved", json::array()},
                    {"corrected", json::array()},
                    {"not_carried", json::array()}};
    // A value carried under another row (a row the newer format renamed or
    // split) is said in a finding of its own, in the formats' own labels.
    Report target;
    target.format = knownFormats().front();
    const std::string was = before.format ? before.format->version : std::string("?");
    for (const tmpl::CarriedCell& m : carried.moved) {
        rebuilt["moved"].push_back({{"from", m.from}, {"to", m.to}, {"text", m.text}});
        if (!j.contains("findings") || !j["findings"].is_array()) continue;
        const std::string from = "「" + rowLabel(before, tableId, rowOfKey(m.from)) + "」";
        const std::string to = "「" + rowLabel(target, tableId, rowOfKey(m.to)) + "」";
        j["findings"].push_back(
            {{"rule", "R1"},
             {"severity", "info"},
             {"table", tableId},
             {"cells", json::array({m.to})},
             {"message", "原" + was + "年版" + from + "的数值（" + m.text + "）已移入" + target.format->version +
                             "年版" + to},
             {"message_en", "the " + was + " table's value in " + from + " (" + m.text + ") went to " + to +
                                " of the " + target.format->version + " table"}});
    }
    for (const CellChange& c : carried.corrected)
        rebuilt["corrected"].push_back({{"cell", c.cell}, {"from", c.from}, {"to", c.to}});
    for (const tmpl::CarriedCell& d : carried.dropped)
        rebuilt["not_carried"].push_back({{"cell", d.from}, {"text", d.text}});
    j["rebuilt"] = rebuilt;
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
    const RecognizedTable* found = report.table(tableId);
    if (!report.format || !found || !found->found || found->writerTables.empty())
        throw std::invalid_argument("table " + tableId + " is not recognized in the document");

    const tmpl::CarriedValues carried = tmpl::carryValues(report, checked.result.correction, tableId);
    tmpl::TemplatePart part;
    part.id = tableId;
    tmpl::TemplateTable table = tmpl::buildTable(format2021(), tableId);
    tmpl::fillValues(table, carried.values);
    part.blocks.emplace_back(table);

    // The new table goes where the first piece is: after the block before it.
    std::vector<Reference<text::XTextTable>> old;
    for (const std::string& name : found->writerTables) old.push_back(tableNamed(doc, name));
    const std::vector<BodyBlock> blocks = bodyBlocks(doc);
    size_t first = 0;
    while (first < blocks.size() && !sameTable(blocks[first].table, old.front())) ++first;
    if (first == 0 || first == blocks.size() || !blocks[first - 1].paragraph.is())
        throw std::runtime_error("no paragraph before table " + tableId + " to insert the new one after");

    const TemplateLooks looks(context);
    EditSession session(document, fromUtf8("年报：重建" + tableId));
    const WrittenPart written =
        writePart(doc, blocks[first - 1].paragraph->getEnd(), part, [&](tmpl::Role r) { return looks.paragraph(r); },
                  looks, session);
    // The old pieces go as a whole: a table deleted with tracking on would
    // stay in the text (and be read) until accepted.
    session.setRecording(false);
    for (const Reference<text::XTextTable>& t : old)
        doc->getText()->removeTextContent(Reference<text::XTextContent>(t, UNO_QUERY_THROW));
    dropEmptyParagraphAfter(doc, written.tables.at(0));
    Reference<text::XText> a1(written.tables.at(0)->getCellByName("A1"), UNO_QUERY_THROW);
    addComment(doc, a1->getEnd(), commentText(tableId, report, carried));
    session.setRecording(true);
    session.commit();
    return resultJson(findingsNow(doc), tableId, report, carried);
}

}  // namespace nianbao::lo::edit
