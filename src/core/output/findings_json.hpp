// Findings JSON (findings.md): the public, versioned output of every front end.
#pragma once

#include <string>

#include "core/model/findings.hpp"

namespace nianbao {

inline constexpr const char* kFindingsSchema = "nianbao-findings/1";

std::string toJson(const CheckResult& result, int indent = 2);
// The JSON object for a document that could not be checked at all.
std::string errorJson(const std::string& document, const std::string& message, int indent = 2);

}  // namespace nianbao
