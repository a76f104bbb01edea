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

// One folder and, recursively, those below it; a folder that cannot be
// listed is reported and the walk goes on with the next (symbolic links to
// folders are not followed: no loops, no walking out of the tree).
void walk(const fs::path& root, const fs::path& dir, const std::string& prefix, Discovered& out) {
    auto relative = [&](const fs::path& p) { return prefix + p.lexically_relative(root).generic_string(); };
    const std::string folder = dir == root ? (prefix.empty() ? root.generic_string() + "/" : prefix)
                                           : relative(dir) + "/";
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    if (ec) {
        out.unreadable.push_back({folder, "cannot read folder: " + ec.message()});
        return;
    }
    std::vector<fs::path> subfolders;
    for (; it != end; it.increment(ec)) {
        if (ec) {
            out.unreadable.push_back({folder, "cannot read folder: " + ec.message()});
            break;
        }
        const fs::path& p = it->path();
        std::error_code kind;
        if (it->is_directory(kind) && !it->is_symlink(kind)) {
            subfolders.push_back(p);
        } else if (it->is_regular_file(kind) && !isLeftover(p)) {
            if (isReportExtension(p.string()))
                out.files.push_back({fs::absolute(p).lexically_normal().string(), relative(p)});
            else
                out.skipped.push_back({relative(p), "not a report format"});
        }
    }
    for (const fs::path& sub : subfolders) walk(root, sub, prefix, out);
}

std::string lastName(const fs::path& p) {
    fs::path n = p.lexically_normal();
    if (n.filename().empty()) n = n.parent_path();
    const std::string s = n.filename().string();
    return s.empty() || s == "." || s == ".." ? fs::absolute(n).lexically_normal().filename().string() : s;
}

}  // namespace

std::vector<InputFile> discoverInputs(const std::vector<std::string>& arguments) {
    return discoverAll(arguments).files;
}

Discovered discoverAll(const std::vector<std::string>& arguments) {
    Discovered found;
    std::vector<InputFile>& out = found.files;
    const bool prefixed = arguments.size() > 1;
    for (const std::string& a : arguments) {
        const fs::path p(a);
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            // A folder named on the command line that cannot be read is no
            // missing path: it is reported like any folder below it.
            walk(p, p, prefixed ? lastName(p) + "/" : std::string(), found);
        } else if (fs::exists(p, ec)) {
            out.push_back({fs::absolute(p).lexically_normal().string(), p.filename().string()});
        } else {
            throw std::runtime_error("no such file or folder: " + a);
        }
    }
    auto byName = [](const PassedOver& a, const PassedOver& b) { return a.relative < b.relative; };
    std::sort(found.unreadable.begin(), found.unreadable.end(), byName);
    std::sort(found.skipped.begin(), found.skipped.end(), byName);
    std::sort(out.begin(), out.end(), [](const InputFile& a, const InputFile& b) { return a.relative < b.relative; });
    // The same file given twice is checked once; different files whose names
    // still collide (two folders of the same name) are told apart by a suffix.
    out.erase(std::unique(out.begin(), out.end(), [](const InputFile& a, const InputFile& b) { return a.path == b.path; }),
              out.end());
    std::map<std::string, int> seen;
    for (InputFile& f : out)
        if (int n = seen[f.relative]++) f.relative += "#" + std::to_string(n + 1);
    return found;
}

}  // namespace nianbao::cli
