// The org.nianbao: command URLs of the Tools ▸ 年报 menu and the sidebar:
// "org.nianbao:rebuild?table=T3" -> {"rebuild", {table: T3}}.
#pragma once

#include <map>
#include <string>

namespace nianbao::lo::dispatch {

inline constexpr const char* kProtocol = "org.nianbao:";

struct Command {
    std::string name;                           // "" when the URL is not ours
    std::map<std::string, std::string> params;  // query parameters
    std::string param(const std::string& key, const std::string& fallback) const {
        auto it = params.find(key);
        return it == params.end() || it->second.empty() ? fallback : it->second;
    }
};

Command parseCommand(const std::string& url);

}  // namespace nianbao::lo::dispatch
