// insertMissingSections: every section the check finds missing, written
// from the template at the place it belongs, its heading made to look like
// the document's other section headings and its text like the text around;
// a section heading written without its number (总体情况) gets it, since the
// check reports that as a section not in the format (N3) too.
#include <stdexcept>

#include <com/sun/star/text/XText.hpp>

#include "core/template/section_placement.hpp"
#include "uno/edit/comment.hpp"
#include "uno/edit/document_access.hpp"
#include "uno/edit/edit_commands.hpp"
#include "uno/edit/edit_session.hpp"
#include "uno/edit/template_writer.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY_THROW;

namespace nianbao::lo::edit {

namespace {

struct Plan {
    const SectionDecl* section = nullptr;
    Reference<text::XTextRange> at;
    ParagraphLook heading, body;
    bool ownHeading = false, ownBody = false;
};

// The position right after block `after` (a paragraph's end, or the start
// of what follows a table); -1: the start of the text.
Reference<text::XTextRange> positionAfter(const TextDocumentRef& doc, const std::vector<BodyBlock>& blocks, int after) {
    if (after < 0) return doc->getText()->getStart();
    const BodyBlock& b = blocks.at(static_cast<size_t>(after));
    if (b.paragraph.is()) return b.paragraph->getEnd();
    if (static_cast<size_t>(after) + 1 < blocks.size() && blocks[static_cast<size_t>(after) + 1].paragraph.is())
        return blocks[static_cast<size_t>(after) + 1].paragraph->getStart();
    return doc->getText()->getEnd();
}

bool isParagraph(const std::vector<BodyBlock>& blocks, int b) {
    return b >= 0 && static_cast<size_t>(b) < blocks.size() && blocks[static_cast<size_t>(b)].paragraph.is();
}

}  // namespace

std::string insertMissingSections(const ContextRef& context, const DocumentRef& document) {
    TextDocumentRef doc(document, UNO_QUERY_THROW);
    const Checked checked = checkOpenDocument(doc, false);  // sections only: no correction needed
    const Report& report = *checked.result.report;
    if (!report.format) throw std::runtime_error("the document is not recognized as a report");
    const std::vector<BodyBlock> blocks = bodyBlocks(doc);
    if (blocks.size() != checked.grid.blocks.size()) throw std::runtime_error("the document changed while read");

    const TemplateLooks looks(context);
    std::vector<Plan> plans;
    for (const SectionHit& hit : report.sections) {
        if (hit.found) continue;
        Plan p;
        p.section = report.format->section(hit.id);
        const int after = tmpl::placementAfter(checked.grid, report, hit.id);
        p.at = positionAfter(doc, blocks, after);
        const int heading = tmpl::headingToImitate(report, hit.id);
        if ((p.ownHeading = isParagraph(blocks, heading)))
            p.heading = lookOf(blocks[static_cast<size_t>(heading)].paragraph);
        // The text it follows is body text unless it is a heading itself.
        bool afterHeading = false;
        for (const SectionHit& h : report.sections) afterHeading |= h.found && h.block == after;
        if ((p.ownBody = isParagraph(blocks, after) && !afterHeading))
            p.body = lookOf(blocks[static_cast<size_t>(after)].paragraph);
        plans.push_back(p);
    }
    std::vector<std::pair<const SectionDecl*, Reference<text::XTextRange>>> unnumbered;
    for (const SectionHit& hit : report.sections)
        if (hit.found && !hit.numbered && hit.titleOk && isParagraph(blocks, hit.block))
            unnumbered.emplace_back(report.format->section(hit.id), blocks[static_cast<size_t>(hit.block)].paragraph);
    if (plans.empty() && unnumbered.empty()) return findingsNow(doc);

    EditSession session(document, fromUtf8("年报：补入缺少的部分"));
    // Last first: sections that share a place then end up in format order.
    for (auto it = plans.rbegin(); it != plans.rend(); ++it) {
        const Plan& p = *it;
        const tmpl::TemplatePart part = tmpl::buildPart(p.section->id, *report.format);
        auto look = [&](tmpl::Role role) {
            if (role == tmpl::Role::Heading1 && p.ownHeading) return p.heading;
            if ((role == tmpl::Role::Body || role == tmpl::Role::Placeholder) && p.ownBody) return p.body;
            return looks.paragraph(role);
        };
        const WrittenPart written = writePart(doc, p.at, part, look, looks, session);
        if (written.firstParagraph.is()) {
            session.setRecording(false);
            addComment(doc, written.firstParagraph->getStart(),
                       "按格式补入缺少的第" + p.section->number + "部分“" + p.section->number + "、" +
                           p.section->titles.front() + "”，请填写〔〕内的内容");
            session.setRecording(true);
        }
    }
    for (const auto& [section, heading] : unnumbered) {
        const Reference<text::XTextRange> start = heading->getStart();
        heading->getText()->insertString(start, fromUtf8(section->number + "、"), false);
        session.setRecording(false);
        addComment(doc, heading->getStart(), "按格式补上第" + section->number + "部分的序号“" + section->number + "、”");
        session.setRecording(true);
    }
    session.commit();
    return findingsNow(doc);
}

}  // namespace nianbao::lo::edit
