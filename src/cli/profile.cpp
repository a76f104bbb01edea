#include "cli/profile.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

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
        install(oxt);
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
