// The LibreOffice profile the workers start from: a temporary folder where
// nianbao.oxt is installed with unopkg, or copied from the profile kept in
// ~/.cache/nianbao by an earlier run with the same .oxt and LibreOffice; each
// worker runs on its own copy (two soffice processes cannot share a profile).
// The temporary folder is removed on destruction.
#pragma once

#include <string>

namespace nianbao::cli {

// The extension to install: the explicit path, $NIANBAO_OXT, or nianbao.oxt
// beside this executable. Throws std::runtime_error when none exists.
std::string locateOxt(const std::string& explicitPath);

class ProfileTemplate {
public:
    explicit ProfileTemplate(const std::string& oxt);  // throws std::runtime_error
    ~ProfileTemplate();
    ProfileTemplate(const ProfileTemplate&) = delete;
    ProfileTemplate& operator=(const ProfileTemplate&) = delete;

    const std::string& workDir() const { return dir_; }  // a temporary folder for everything of this run
    void copyTo(const std::string& profileDir) const;    // replaces profileDir

private:
    void install(const std::string& oxt);

    std::string dir_;
    std::string profile_;
};

std::string programDir();

// file:// URL of an absolute path, percent-encoded (for -env:UserInstallation).
std::string profileUrl(const std::string& absolutePath);  // LibreOffice's program folder (soffice, unopkg)

}  // namespace nianbao::cli
