#include "uno/edit/template_writer.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>

#include "uno/edit/table_writer.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY_THROW;

namespace nianbao::lo::edit {

namespace {

// A cursor in an empty paragraph of its own at `at`: the paragraph `at` is
// in is split there (twice when `at` is inside its text). Writer leaves a
// cursor at a split point at the start of the second paragraph.
Reference<text::XParagraphCursor> emptyParagraphAt(const Reference<text::XTextRange>& at) {
    Reference<text::XText> text = at->getText();
    Reference<text::XParagraphCursor> c(text->createTextCursorByRange(at->getStart()), UNO_QUERY_THROW);
    const Reference<text::XTextRange> here(c, UNO_QUERY_THROW);
    const bool start = c->isStartOfParagraph(), end = c->isEndOfParagraph();
    if (start && end) return c;  // already empty
    text->insertControlCharacter(here, text::ControlCharacter::PARAGRAPH_BREAK, false);
    if (end) return c;  // the new paragraph after it
    if (start) {        // the new paragraph before it
        c->gotoPreviousParagraph(false);
        return c;
    }
    // Now at the start of the paragraph's tail: one more break, and step back.
    text->insertControlCharacter(here, text::ControlCharacter::PARAGRAPH_BREAK, false);
    c->gotoPreviousParagraph(false);
    return c;
}

}  // namespace

WrittenPart writePart(const Reference<text::XTextDocument>& doc, const Reference<text::XTextRange>& at,
                      const tmpl::TemplatePart& part, const LookOfRole& look, const TemplateLooks& tableLooks,
                      EditSession& session) {
    WrittenPart out;
    Reference<text::XParagraphCursor> c = emptyParagraphAt(at);
    Reference<text::XText> text = c->getText();
    const Reference<text::XTextRange> here(c, UNO_QUERY_THROW);
    for (size_t i = 0; i < part.blocks.size(); ++i) {
        const tmpl::TemplateBlock& block = part.blocks[i];
        if (const auto* t = std::get_if<tmpl::TemplateTable>(&block)) {
            // Goes before the cursor's (empty) paragraph, which stays after it.
            out.tables.push_back(writeTable(doc, here, *t, tableLooks, session));
            continue;
        }
        const auto& p = std::get<tmpl::TemplateParagraph>(block);
        c->gotoStartOfParagraph(false);
        text->insertString(here, fromUtf8(p.text), false);
        Reference<text::XParagraphCursor> para(text->createTextCursorByRange(here), UNO_QUERY_THROW);
        para->gotoStartOfParagraph(false);
        para->gotoEndOfParagraph(true);
        if (!out.firstParagraph.is())
            out.firstParagraph.set(text->createTextCursorByRange(para->getStart()), UNO_QUERY_THROW);
        session.setRecording(false);
        applyLook(doc, Reference<beans::XPropertySet>(para, UNO_QUERY_THROW), look(p.role));
        session.setRecording(true);
        // The next block needs an empty paragraph; the last one leaves none behind.
        const bool more = i + 1 < part.blocks.size();
        c->gotoEndOfParagraph(false);
        if (more) text->insertControlCharacter(here, text::ControlCharacter::PARAGRAPH_BREAK, false);
    }
    return out;
}

}  // namespace nianbao::lo::edit
