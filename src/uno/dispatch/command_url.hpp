// The org.nianbao: command URLs of the Tools ▸ 年报 menu and the sidebar:
// "org.nianbao:rebuild?table=T3" -> {"rebuild", {table: T3}};
// "org.nianbao:fixAll?cells=T3.new.np,T3.new.biz&alternative=1" writes those
// cells of the second tied correction (no cells: the whole correction).
#pragma once

#include <map>
#include <string>
#include <vector>

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

// The URL of a command; parameter values must not hold '&' or '='
// (ids and numbers only), the list of a parameter is joined by ','.
std::string commandUrl(const std::string& name, const std::map<std::string, std::string>& params = {});
std::string joinList(const std::vector<std::string>& items);
std::vector<std::string> splitList(const std::string& value);  // "" -> {}

}  // namespace nianbao::lo::dispatch
