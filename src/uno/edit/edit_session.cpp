#include "uno/edit/edit_session.hpp"

#include <cstdlib>
#include <stdexcept>

#include <com/sun/star/document/XUndoManagerSupplier.hpp>

#include "uno/reader/page_reader.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::Sequence;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace nianbao::lo::edit {

EditSession::EditSession(const Reference<lang::XComponent>& document, const OUString& title) : title_(title) {
    if (isImportedPdf(document))
        throw std::invalid_argument("a published PDF cannot be corrected: correct the document it was made from "
                                    "(.docx, .doc, .odt) and publish it again");
    Reference<document::XUndoManagerSupplier> supplier(document, UNO_QUERY_THROW);
    undo_ = supplier->getUndoManager();
    if (!undo_.is()) throw uno::RuntimeException("the document has no undo manager");
    // Writer/Web documents cannot record changes: their edits are plain (still one undo step).
    settings_.set(document, UNO_QUERY);
    if (settings_.is() && !settings_->getPropertySetInfo()->hasPropertyByName("RecordChanges")) settings_.clear();
    if (settings_.is()) settings_->getPropertyValue("RecordChanges") >>= userRecording_;
    titlesBefore_ = undo_->getAllUndoActionTitles();
    undo_->enterUndoContext(title);
    open_ = true;
    try {
        // No repaint per cell while the edit runs (a big table otherwise redraws hundreds of times).
        model_.set(document, UNO_QUERY);
        if (model_.is()) {
            model_->lockControllers();
            locked_ = true;
        }
        setRecording(true);
    } catch (...) {
        close();  // a constructor that throws gets no destructor
        throw;
    }
}

void EditSession::setRecording(bool on) {
    if (settings_.is()) settings_->setPropertyValue("RecordChanges", uno::Any(on));
}

void EditSession::leaveContext() {
    try {
        if (settings_.is()) settings_->setPropertyValue("RecordChanges", uno::Any(userRecording_));
    } catch (...) {
    }
    if (open_) {
        open_ = false;
        undo_->leaveUndoContext();
    }
}

void EditSession::unlockViews() {
    if (locked_) {
        locked_ = false;
        try {
            model_->unlockControllers();
        } catch (...) {
        }
    }
}

void EditSession::close() {
    leaveContext();
    unlockViews();
}

void EditSession::commit() {
#ifdef NIANBAO_TEST_HOOKS
    // Fault injection for the rollback test (tests/integration/test_edit.py
    // "rollback"), compiled into the test build's copy of the extension only:
    // everything is written, then the edit fails.
    if (std::getenv("NIANBAO_TEST_FAIL_EDITS")) throw std::runtime_error("injected failure before commit");
#endif
    close();
}

EditSession::~EditSession() {
    if (!open_) return;
    try {
        leaveContext();
        // Undo only what this edit added: an empty context adds no step, and
        // undoing then would take back the user's own last action.
        const Sequence<OUString> now = undo_->getAllUndoActionTitles();
        const bool added = now.getLength() > 0 && now[0] == title_ &&
                           (now.getLength() != titlesBefore_.getLength() || now != titlesBefore_);
        // Undone while the views are still locked: with them unlocked first,
        // deleting the redo step of a rolled-back rebuildTable (a table
        // removed) crashed LibreOffice 7.4 (test edit_rollback).
        if (added) {
            undo_->undo();
            undo_->clearRedo();
        }
    } catch (...) {
        // Nothing more can be done without risking the user's document.
    }
    unlockViews();
}

}  // namespace nianbao::lo::edit
