#include "cli/inputs.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <system_error>

namespace fs = std::filesystem;

namespace nianbao::cli {

bool isReportExtension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".docx" || ext == ".doc" || ext == ".wps" || ext == ".odt" || ext == ".html" || ext == ".htm" ||
           ext == ".pdf";
}

namespace {

// Office lock files (.~lock.X#) and editor temporaries (~$X.docx) are not reports.
bool isLeftover(const fs::path& p) {
    const std::string name = p.filename().string();
    return name.rfind(".~lock.", 0) == 0 || name.rfind("~$", 0) == 0;
}

void walk(const fs::path& root, const std::string& prefix, std::vector<InputFile>& out) {
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) throw std::runtime_error("cannot read folder " + root.string() + ": " + ec.message());
    for (; it != end; it.increment(ec)) {
        if (ec) break;
        const fs::path& p = it->path();
        if (!it->is_regular_file(ec) || isLeftover(p) || !isReportExtension(p.string())) continue;
        out.push_back({fs::absolute(p).lexically_normal().string(), prefix + p.lexically_relative(root).generic_string()});
    }
}

std::string lastName(const fs::path& p) {
    fs::path n = p.lexically_normal();
    if (n.filename().empty()) n = n.parent_path();
    const std::string s = n.filename().string();
    return s.empty() || s == "." || s == ".." ? fs::absolute(n).lexically_normal().filename().string() : s;
}

}  // namespace

std::vector<InputFile> discoverInputs(const std::vector<std::string>& arguments) {
    std::vector<InputFile> out;
    const bool prefixed = arguments.size() > 1;
    for (const std::string& a : arguments) {
        const fs::path p(a);
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            walk(p, prefixed ? lastName(p) + "/" : std::string(), out);
        } else if (fs::exists(p, ec)) {
            out.push_back({fs::absolute(p).lexically_normal().string(), p.filename().string()});
        } else {
            throw std::runtime_error("no such file or folder: " + a);
        }
    }
    std::sort(out.begin(), out.end(), [](const InputFile& a, const InputFile& b) { return a.relative < b.relative; });
    // The same file given twice is checked once; different files whose names
    // still collide (two folders of the same name) are told apart by a suffix.
    out.erase(std::unique(out.begin(), out.end(), [](const InputFile& a, const InputFile& b) { return a.path == b.path; }),
              out.end());
    std::map<std::string, int> seen;
    for (InputFile& f : out)
        if (int n = seen[f.relative]++) f.relative += "#" + std::to_string(n + 1);
    return out;
}

}  // namespace nianbao::cli
