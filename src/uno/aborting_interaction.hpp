// An interaction handler for loading without anyone to answer: every question
// (password, repair a damaged file, filter options) is answered "abort", and
// what was asked is kept so the file's status can say why it was not read.
#pragma once

#include <mutex>
#include <string>

#include <com/sun/star/task/XInteractionHandler.hpp>
#include <cppuhelper/implbase1.hxx>

namespace nianbao::lo {

class AbortingInteraction : public cppu::WeakImplHelper1<com::sun::star::task::XInteractionHandler> {
public:
    void SAL_CALL handle(const com::sun::star::uno::Reference<com::sun::star::task::XInteractionRequest>& request) override;

    // Why the load was refused, in words for the status line; empty if nothing was asked.
    std::string reason() const;

private:
    mutable std::mutex mutex_;
    std::string reason_;
};

}  // namespace nianbao::lo
