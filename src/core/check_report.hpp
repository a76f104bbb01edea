// Checking a recognized report: every relation, reading and prose check, then
// error localization. check() = recognize() + this; tests call it directly.
#pragma once

#include "core/checker.hpp"
#include "core/model/findings.hpp"

namespace nianbao {

// `previous`: last year's recognized report (enables Y1), or nullptr.
CheckResult checkReport(const Document& doc, std::shared_ptr<const Report> report, const Report* previous,
                        const CheckOptions& options);
inline CheckResult checkReport(const Document& doc, Report report, const Report* previous,
                               const CheckOptions& options) {
    return checkReport(doc, std::make_shared<const Report>(std::move(report)), previous, options);
}

}  // namespace nianbao
