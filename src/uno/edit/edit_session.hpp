// One edit of a document as the user sees it: a single undo step, tracked
// changes recorded while it runs (the user's RecordChanges setting restored
// after), and a rollback that leaves the document as it was when the edit
// fails half-way.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>

namespace nianbao::lo::edit {

class EditSession {
public:
    // Opens the undo context `title` and starts recording changes.
    EditSession(const com::sun::star::uno::Reference<com::sun::star::lang::XComponent>& document,
                const rtl::OUString& title);
    ~EditSession();  // not committed: rolls back (never throws)
    EditSession(const EditSession&) = delete;
    EditSession& operator=(const EditSession&) = delete;

    // Structure and formatting are not content changes: they run with
    // recording off, the texts written with it on.
    void setRecording(bool on);
    void commit();  // closes the undo context, keeps the edit

private:
    void close();
    void leaveContext();  // restores RecordChanges, closes the undo context
    void unlockViews();

    com::sun::star::uno::Reference<com::sun::star::document::XUndoManager> undo_;
    com::sun::star::uno::Reference<com::sun::star::beans::XPropertySet> settings_;
    com::sun::star::uno::Reference<com::sun::star::frame::XModel> model_;
    com::sun::star::uno::Sequence<rtl::OUString> titlesBefore_;
    rtl::OUString title_;
    bool userRecording_ = false;
    bool open_ = false;
    bool locked_ = false;
};

}  // namespace nianbao::lo::edit
