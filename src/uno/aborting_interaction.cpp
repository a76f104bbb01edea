#include "uno/aborting_interaction.hpp"

#include <com/sun/star/document/BrokenPackageRequest.hpp>
#include <com/sun/star/task/PasswordRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionDisapprove.hpp>
#include <com/sun/star/task/XInteractionRequest.hpp>

#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;

namespace nianbao::lo {

namespace {

std::string describe(const uno::Any& request) {
    // The Document*PasswordRequest* family all derive from PasswordRequest.
    if (request.isExtractableTo(cppu::UnoType<task::PasswordRequest>::get())) return "password-protected";
    if (request.isExtractableTo(cppu::UnoType<document::BrokenPackageRequest>::get()))
        return "damaged file (LibreOffice offered to repair it)";
    return "LibreOffice asked " + toUtf8(request.getValueTypeName());
}

}  // namespace

void AbortingInteraction::handle(const Reference<task::XInteractionRequest>& request) {
    try {
        const std::string why = describe(request->getRequest());
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (reason_.empty()) reason_ = why;
        }
        const uno::Sequence<Reference<task::XInteractionContinuation>> choices = request->getContinuations();
        for (const auto& c : choices)
            if (Reference<task::XInteractionAbort>(c, UNO_QUERY).is()) {
                c->select();
                return;
            }
        for (const auto& c : choices)
            if (Reference<task::XInteractionDisapprove>(c, UNO_QUERY).is()) {
                c->select();
                return;
            }
    } catch (...) {
        // Nothing selected: the office treats that as a refusal too.
    }
}

std::string AbortingInteraction::reason() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return reason_;
}

}  // namespace nianbao::lo
