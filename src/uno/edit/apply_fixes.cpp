// applyFixes: writes the proposed correction (or some of its cells) into
// the cells it names, each as a tracked replacement with a comment saying
// which relations it restores and what was written before.
#include <algorithm>
#include <stdexcept>

#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include "uno/edit/comment.hpp"
#include "uno/edit/document_access.hpp"
#include "uno/edit/edit_commands.hpp"
#include "uno/edit/edit_session.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY_THROW;

namespace nianbao::lo::edit {

namespace {

std::vector<CellChange> chosenChanges(const Correction& c, int alternative, const std::vector<std::string>& cells) {
    if (alternative < 0 || static_cast<size_t>(alternative) > c.alternatives.size())
        throw std::invalid_argument("no correction alternative " + std::to_string(alternative));
    const std::vector<CellChange>& all =
        alternative == 0 ? c.changes : c.alternatives[static_cast<size_t>(alternative - 1)];
    if (cells.empty()) return all;
    std::vector<CellChange> out;
    for (const std::string& id : cells) {
        auto it = std::find_if(all.begin(), all.end(), [&](const CellChange& ch) { return ch.cell == id; });
        if (it == all.end()) throw std::invalid_argument(id + " is not a cell of the proposed correction");
        const bool listed = std::any_of(out.begin(), out.end(), [&](const CellChange& ch) { return ch.cell == id; });
        if (!listed) out.push_back(*it);  // a cell named twice is written once
    }
    return out;
}

// 「按H1、H2更正：原为“1 0”」: the rules of the error findings about the cell.
std::string reason(const CheckResult& r, const CellChange& ch) {
    std::vector<std::string> rules;
    for (const Finding& f : r.findings)
        if (f.severity == "error" && std::find(f.cells.begin(), f.cells.end(), ch.cell) != f.cells.end() &&
            std::find(rules.begin(), rules.end(), f.rule) == rules.end())
            rules.push_back(f.rule);
    std::string s = "按";
    for (size_t i = 0; i < rules.size(); ++i) s += (i ? "、" : "") + rules[i];
    if (rules.empty()) s += "勾稽关系";
    s += "更正：原为";
    s += ch.from.empty() ? std::string("空白") : "“" + ch.from + "”";
    return s;
}

}  // namespace

std::string applyFixes(const ContextRef&, const DocumentRef& document, const std::vector<std::string>& cells,
                       int alternative, const std::vector<std::string>& expected) {
    TextDocumentRef doc(document, UNO_QUERY_THROW);
    const Checked checked = checkOpenDocument(doc);
    const CheckResult& r = checked.result;
    if (r.correction.status == CorrectionStatus::Undecided)
        throw std::runtime_error("没有在时限内得出更正方案，未作修改 / no correction was decided within the time "
                                 "budget: nothing was written");
    const std::vector<CellChange> changes = chosenChanges(r.correction, alternative, cells);
    if (!expected.empty()) {
        std::vector<std::string> now;
        for (const CellChange& ch : changes) now.push_back(ch.cell + ":" + valueText(ch.to));
        std::vector<std::string> shown = expected;
        std::sort(now.begin(), now.end());
        std::sort(shown.begin(), shown.end());
        if (now != shown)
            throw std::runtime_error("文档在显示更正方案后已有改动，未作修改，请重新检查 / the document changed after "
                                     "this correction was shown: nothing was written; check again");
    }
    if (changes.empty()) return findingsNow(doc);

    // Every cell is found before anything is written.
    std::vector<Reference<text::XText>> targets;
    for (const CellChange& ch : changes) {
        const ReportCell* cell = r.report->cell(ch.cell);
        if (!cell || cell->at.empty()) throw std::runtime_error("cannot find cell " + ch.cell + " in the document");
        targets.push_back(cellText(doc, cell->at));
    }

    EditSession session(document, fromUtf8("年报：按勾稽关系更正"));
    for (size_t i = 0; i < changes.size(); ++i) {
        const Reference<text::XText>& text = targets[i];
        Reference<text::XTextCursor> all = text->createTextCursor();
        all->gotoStart(false);
        all->gotoEnd(true);
        all->setString(fromUtf8(valueText(changes[i].to)));  // keeps the cell's paragraph formatting
        session.setRecording(false);  // the comment is a note, not a change of the text
        addComment(doc, text->getEnd(), reason(r, changes[i]));
        session.setRecording(true);
    }
    session.commit();
    return findingsNow(doc);
}

}  // namespace nianbao::lo::edit
