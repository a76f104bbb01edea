// insertTemplate: a part of the blank 2021 report (or all of it) at the
// view cursor, or at the end of the text when the document has no view.
#include <stdexcept>

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include "uno/edit/comment.hpp"
#include "uno/edit/document_access.hpp"
#include "uno/edit/edit_commands.hpp"
#include "uno/edit/edit_session.hpp"
#include "uno/edit/template_writer.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;

namespace nianbao::lo::edit {

namespace {

Reference<text::XTextRange> insertionPoint(const TextDocumentRef& doc) {
    Reference<frame::XModel> model(doc, UNO_QUERY);
    Reference<frame::XController> controller = model.is() ? model->getCurrentController() : nullptr;
    Reference<text::XTextViewCursorSupplier> views(controller, UNO_QUERY);
    if (views.is()) {
        try {
            Reference<text::XTextRange> cursor(views->getViewCursor(), UNO_QUERY);
            // Only the body text: a template does not go into a header or a frame.
            if (cursor.is() && cursor->getText() == doc->getText()) return cursor->getStart();
        } catch (const uno::RuntimeException&) {
            // A view cursor on a selection that is not text (a frame, a
            // drawing object): the end of the text then.
        }
    }
    return doc->getText()->getEnd();
}

void write(const ContextRef& context, const DocumentRef& document, const tmpl::TemplatePart& part) {
    const std::string& partId = part.id;
    TextDocumentRef doc(document, UNO_QUERY_THROW);
    const TemplateLooks looks(context);
    const Reference<text::XTextRange> at = insertionPoint(doc);

    EditSession session(document, fromUtf8("年报：插入模板"));
    const WrittenPart written =
        writePart(doc, at, part, [&](tmpl::Role r) { return looks.paragraph(r); }, looks, session);
    Reference<text::XTextRange> note = written.firstParagraph;
    if (!note.is() && !written.tables.empty())
        note.set(written.tables.front()->getCellByName("A1"), UNO_QUERY);
    if (note.is()) {
        session.setRecording(false);
        addComment(doc, note->getStart(),
                   "插入国办公开办函〔2021〕30号格式模板（" + (partId == "report" ? std::string("报告全文") : partId) +
                       "），〔〕内为待填写内容");
        session.setRecording(true);
    }
    session.commit();
}

}  // namespace

void insertTemplate(const ContextRef& context, const DocumentRef& document, const std::string& partId) {
    const tmpl::TemplatePart part = tmpl::buildPart(partId);  // std::invalid_argument for a bad id
    try {
        write(context, document, part);
    } catch (const uno::Exception& e) {
        // The service method declares no office exceptions but its own.
        throw std::runtime_error("LibreOffice: " + toUtf8(e.Message));
    }
}

}  // namespace nianbao::lo::edit
