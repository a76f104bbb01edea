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

}  // namespace nianbao::lo::dispatch
