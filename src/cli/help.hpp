// The --help texts, with examples for each command.
#pragma once

#include <string>

namespace nianbao::cli {

// topic: "" (overview), "check", "fix" or "template"; empty for an unknown topic.
std::string helpText(const std::string& topic);

}  // namespace nianbao::cli
