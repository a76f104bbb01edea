// One headless soffice owned by this command: started on a private copy of
// the profile, in its own process group, reached over a named pipe.
#pragma once

#include <sys/types.h>

#include <mutex>
#include <string>

#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/nianbao/XReportChecker.hpp>

#include "cli/profile.hpp"

namespace nianbao::cli {

class Office {
public:
    using ContextRef = com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>;

    Office(const ContextRef& local, const ProfileTemplate& profile, const std::string& name);
    ~Office();
    Office(const Office&) = delete;
    Office& operator=(const Office&) = delete;

    // Starts soffice on a fresh profile copy and connects; throws std::runtime_error.
    void start(double timeoutSeconds = 120);
    // Closes soffice (gently, then by force); idempotent.
    void stop();
    // Ends the process group now; safe from another thread (watchdog).
    void kill();
    bool running();  // false once soffice has exited (reaps it)
    const std::string& workDir() const { return dir_; }  // this office's temporary folder
    // How the last soffice ended, in words ("killed by signal 11"); empty while it runs.
    std::string howItEnded() const;

    const ContextRef& context() const { return context_; }
    const com::sun::star::uno::Reference<org::nianbao::XReportChecker>& checker() const { return checker_; }
    const com::sun::star::uno::Reference<com::sun::star::frame::XComponentLoader>& loader() const { return loader_; }

private:
    void forget();

    ContextRef local_;
    const ProfileTemplate& profile_;
    std::string name_;
    std::string dir_;
    int generation_ = 0;
    std::mutex mutex_;  // guards pid_ between the worker and the watchdog
    pid_t pid_ = 0;
    int lastStatus_ = -1;  // wait status of the last soffice that exited by itself
    ContextRef context_;
    com::sun::star::uno::Reference<org::nianbao::XReportChecker> checker_;
    com::sun::star::uno::Reference<com::sun::star::frame::XComponentLoader> loader_;
};

}  // namespace nianbao::cli
