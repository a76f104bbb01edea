#include "uno/dispatch/command_url.hpp"

namespace nianbao::lo::dispatch {

Command parseCommand(const std::string& url) {
    Command c;
    const std::string protocol = kProtocol;
    if (url.compare(0, protocol.size(), protocol) != 0) return c;
    const std::string rest = url.substr(protocol.size());
    const size_t q = rest.find('?');
    c.name = rest.substr(0, q);
    if (q == std::string::npos) return c;
    std::string query = rest.substr(q + 1);
    size_t start = 0;
    while (start <= query.size()) {
        size_t amp = query.find('&', start);
        if (amp == std::string::npos) amp = query.size();
        const std::string pair = query.substr(start, amp - start);
        const size_t eq = pair.find('=');
        if (!pair.empty()) c.params[pair.substr(0, eq)] = eq == std::string::npos ? "" : pair.substr(eq + 1);
        start = amp + 1;
    }
    return c;
}

std::string commandUrl(const std::string& name, const std::map<std::string, std::string>& params) {
    std::string url = kProtocol + name;
    char sep = '?';
    for (const auto& [key, value] : params) {
        url += sep + key + "=" + value;
        sep = '&';
    }
    return url;
}

std::string joinList(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& i : items) out += (out.empty() ? "" : ",") + i;
    return out;
}

std::vector<std::string> splitList(const std::string& value) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < value.size()) {
        size_t comma = value.find(',', start);
        if (comma == std::string::npos) comma = value.size();
        if (comma > start) out.push_back(value.substr(start, comma - start));
        start = comma + 1;
    }
    return out;
}

}  // namespace nianbao::lo::dispatch
