#include "cli/profile.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>
#include <vector>

#include "cli/child_process.hpp"

namespace fs = std::filesystem;

namespace nianbao::cli {

std::string programDir() {
    if (const char* p = std::getenv("NIANBAO_LO_PROGRAM")) return p;
    return NIANBAO_LO_PROGRAM_DIR;
}

std::string locateOxt(const std::string& explicitPath) {
    std::vector<fs::path> candidates;
    if (!explicitPath.empty()) {
        candidates.push_back(explicitPath);
    } else {
        if (const char* env = std::getenv("NIANBAO_OXT")) candidates.push_back(env);
        std::error_code ec;
        const fs::path self = fs::read_symlink("/proc/self/exe", ec);
        if (!ec) {
            candidates.push_back(self.parent_path() / "nianbao.oxt");
            candidates.push_back(self.parent_path().parent_path() / "share" / "nianbao" / "nianbao.oxt");
        }
    }
    for (const fs::path& c : candidates) {
        std::error_code ec;
        if (fs::is_regular_file(c, ec)) return fs::absolute(c).string();
    }
    throw std::runtime_error(explicitPath.empty()
                                 ? "cannot find nianbao.oxt beside this program; name it with --oxt FILE"
                                 : "no such extension file: " + explicitPath);
}

namespace {

void chownTree(const fs::path& root, uid_t uid, gid_t gid) {
    ::lchown(root.c_str(), uid, gid);
    for (const auto& e : fs::recursive_directory_iterator(root)) ::lchown(e.path().c_str(), uid, gid);
}

std::string readFile(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

std::string profileUrl(const std::string& absolutePath) {
    // -env:UserInstallation wants a URL: anything but plain characters is percent-encoded.
    static const char* hex = "0123456789ABCDEF";
    std::string url = "file://";
    for (unsigned char c : absolutePath) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            url += static_cast<char>(c);
        } else {
            url += '%';
            url += hex[c >> 4];
            url += hex[c & 15];
        }
    }
    return url;
}

namespace {

constexpr const char* kOwnerFile = "owner.pid";

// Temporary folders of earlier runs that could not clean up after themselves
// (a second signal, SIGKILL, a power cut): ours by name, marker and owner,
// their process gone. Anything else under TMPDIR is left alone.
void removeStaleFolders(const fs::path& tmp) {
    std::error_code ec;
    for (fs::directory_iterator it(tmp, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() != 14 || name.rfind("nianbao-", 0) != 0 || !it->is_directory(ec) || it->is_symlink(ec)) continue;
        struct stat st {};
        if (::lstat(it->path().c_str(), &st) != 0 || st.st_uid != ::geteuid()) continue;
        std::ifstream owner(it->path() / kOwnerFile);
        long pid = 0;
        if (!(owner >> pid) || pid <= 0) continue;
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;  // alive, or not ours to ask
        std::error_code removing;
        fs::remove_all(it->path(), removing);
    }
}

// FNV-1a over bytes: a stable key, not a security measure.
void mix(std::uint64_t& h, const std::string& bytes) {
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ULL;
    }
}

// Where a profile with this .oxt installed into this LibreOffice is kept
// between runs ($XDG_CACHE_HOME or ~/.cache, nianbao/profile-<key>): unopkg
// then runs once per extension and office, not once per batch. "" when there
// is no home to keep it in.
std::string cachedProfileDir(const std::string& oxt) {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const char* home = std::getenv("HOME");
    const fs::path root = xdg && *xdg ? fs::path(xdg) : home && *home ? fs::path(home) / ".cache" : fs::path();
    if (root.empty()) return std::string();
    std::uint64_t key = 14695981039346656037ULL;
    mix(key, readFile(oxt));
    mix(key, readFile(fs::path(programDir()) / "versionrc"));  // another LibreOffice: another profile
    struct stat st {};
    if (::stat((programDir() + "/soffice.bin").c_str(), &st) == 0)
        mix(key, std::to_string(st.st_size) + ":" + std::to_string(st.st_mtime));
    mix(key, std::to_string(::geteuid()));
    char name[32];
    std::snprintf(name, sizeof name, "profile-%016llx", static_cast<unsigned long long>(key));
    return (root / "nianbao" / name).string();
}

// Keeps the freshly installed profile for the next runs (best effort): built
// beside the final folder and renamed into place, so that a run never sees a
// half-copied one; older profiles than the three newest go.
void keepProfile(const std::string& profile, const std::string& cached) {
    try {
        const fs::path final(cached);
        fs::create_directories(final.parent_path());
        const fs::path building = final.string() + ".building-" + std::to_string(::getpid());
        fs::remove_all(building);
        fs::create_directories(building);
        fs::copy(profile, building / "profile", fs::copy_options::recursive | fs::copy_options::copy_symlinks);
        std::ofstream(building / "complete") << "\n";
        std::error_code ec;
        fs::rename(building, final, ec);
        if (ec) fs::remove_all(building, ec);  // another run kept one first
        std::vector<std::pair<fs::file_time_type, fs::path>> kept;
        for (const auto& e : fs::directory_iterator(final.parent_path()))
            if (e.path().filename().string().rfind("profile-", 0) == 0 && e.is_directory())
                kept.push_back({fs::last_write_time(e.path()), e.path()});
        std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (size_t i = 3; i < kept.size(); ++i)
            if (kept[i].second != final) fs::remove_all(kept[i].second, ec);
    } catch (const std::exception&) {
        // Not kept: the next run installs again.
    }
}

}  // namespace

ProfileTemplate::ProfileTemplate(const std::string& oxt) {
    const char* tmp = std::getenv("TMPDIR");
    const std::string root = tmp && *tmp ? tmp : "/tmp";
    removeStaleFolders(root);
    std::string pattern = root + "/nianbao-XXXXXX";
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder in " + pattern);
    dir_ = fs::absolute(pattern).lexically_normal().string();
    std::ofstream(dir_ + "/" + kOwnerFile) << ::getpid() << "\n";
    profile_ = dir_ + "/installed-profile";
    try {
        const std::string cached = cachedProfileDir(oxt);
        std::error_code ec;
        bool reused = false;
        if (!cached.empty() && fs::exists(cached + "/complete", ec)) {
            try {
                fs::copy(cached + "/profile", profile_, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
                reused = true;
            } catch (const std::exception&) {
                fs::remove_all(profile_, ec);  // a damaged cache: install as if there were none
            }
        }
        if (!reused) {
            install(oxt);
            if (!cached.empty()) keepProfile(profile_, cached);
        }
    } catch (...) {
        std::error_code ec;
        fs::remove_all(dir_, ec);
        throw;
    }
}

void ProfileTemplate::install(const std::string& oxt) {
    fs::create_directory(profile_);

    // unopkg refuses to run as root: as root, the profile is handed to nobody
    // for the install and taken back afterwards.
    const bool root = ::geteuid() == 0;
    std::string package = oxt;
    if (root) {
        uid_t uid;
        gid_t gid;
        nobodyIds(uid, gid);
        for (fs::path p = fs::path(dir_).parent_path(); !p.empty() && p != p.root_path(); p = p.parent_path()) {
            std::error_code ec;
            if ((fs::status(p, ec).permissions() & fs::perms::others_exec) == fs::perms::none) {
                throw std::runtime_error("unopkg runs as nobody here (it refuses root), and nobody cannot enter " +
                                         p.string() + ": set TMPDIR to a folder everyone may enter (chmod o+x)");
            }
        }
        fs::permissions(dir_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);
        package = dir_ + "/nianbao.oxt";
        fs::copy_file(oxt, package, fs::copy_options::overwrite_existing);
        fs::permissions(package, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                                     fs::perms::others_read);
        chownTree(profile_, uid, gid);
    }
    // unopkg leaves temporary folders (lu*.tmp) behind in $TMPDIR: it gets
    // one of its own, removed with the rest (and as root one nobody may write).
    fs::create_directory(dir_ + "/unopkg-tmp");
    if (root) {
        uid_t uid;
        gid_t gid;
        nobodyIds(uid, gid);
        chownTree(dir_ + "/unopkg-tmp", uid, gid);
    }
    SpawnSpec spec;
    spec.argv = {programDir() + "/unopkg", "add", "-f", "-s", package, "-env:UserInstallation=" + profileUrl(profile_)};
    spec.env = {"HOME=" + profile_};
    spec.env.push_back("TMPDIR=" + dir_ + "/unopkg-tmp");
    spec.logPath = dir_ + "/unopkg.log";
    spec.asNobody = root;
    const int rc = runToEnd(spec, 180);
    if (root) chownTree(profile_, ::geteuid(), ::getegid());
    fs::remove_all(dir_ + "/unopkg-tmp");
    if (rc != 0) {
        const std::string log = readFile(spec.logPath);
        throw std::runtime_error("unopkg could not install " + oxt + " (exit " + std::to_string(rc) + "):\n" + log);
    }
}

ProfileTemplate::~ProfileTemplate() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
}

void ProfileTemplate::copyTo(const std::string& profileDir) const {
    std::error_code ec;
    fs::remove_all(profileDir, ec);
    fs::copy(profile_, profileDir, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
}

}  // namespace nianbao::cli
