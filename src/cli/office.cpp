#include "cli/office.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/bridge/XUnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>

#include "cli/child_process.hpp"
#include "cli/interrupt.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;

namespace nianbao::cli {

namespace {

std::string tail(const std::string& path, std::size_t max = 2000) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    const std::string all = s.str();
    return all.size() > max ? all.substr(all.size() - max) : all;
}

}  // namespace

Office::Office(const ContextRef& local, const ProfileTemplate& profile, const std::string& name)
    : local_(local), profile_(profile), name_(name), dir_(profile.workDir() + "/" + name) {
    std::filesystem::create_directories(dir_);
}

Office::~Office() { stop(); }

void Office::start(double timeoutSeconds) {
    stop();
    lastStatus_ = -1;
    ++generation_;
    const std::string profileDir = dir_ + "/profile";
    profile_.copyTo(profileDir);  // a fresh copy: a killed soffice may leave its profile broken
    const std::string pipe =
        "nianbao-" + std::to_string(::getpid()) + "-" + name_ + "-" + std::to_string(generation_);
    SpawnSpec spec;
    spec.argv = {programDir() + "/soffice", "-env:UserInstallation=" + profileUrl(profileDir), "--headless", "--invisible",
                 "--nologo", "--norestore", "--nodefault", "--nolockcheck",
                 "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext"};
    spec.logPath = dir_ + "/soffice.log";
    // soffice's own temporary files: inside our folder, so that what a killed
    // soffice leaves behind goes with it.
    std::filesystem::create_directories(dir_ + "/tmp");
    spec.env = {"TMPDIR=" + dir_ + "/tmp"};
    {
        std::lock_guard<std::mutex> lock(mutex_);
        pid_ = spawnGroup(spec);
    }

    Reference<bridge::XUnoUrlResolver> resolver = bridge::UnoUrlResolver::create(local_);
    const rtl::OUString url = lo::fromUtf8("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext");
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeoutSeconds);
    for (;;) {
        try {
            context_.set(resolver->resolve(url), UNO_QUERY_THROW);
            break;
        } catch (const connection::NoConnectException&) {
        }
        if (interrupted()) throw std::runtime_error("interrupted");
        if (!running()) throw std::runtime_error("soffice exited while starting:\n" + tail(spec.logPath));
        if (std::chrono::steady_clock::now() > end) {
            stop();
            throw std::runtime_error("soffice did not accept a connection within " +
                                     std::to_string(static_cast<int>(timeoutSeconds)) + " s");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    checker_.set(context_->getServiceManager()->createInstanceWithContext("org.nianbao.ReportChecker", context_),
                 UNO_QUERY);
    if (!checker_.is()) {
        stop();
        throw std::runtime_error("the service org.nianbao.ReportChecker is missing: the extension did not register");
    }
    loader_.set(frame::Desktop::create(context_), UNO_QUERY_THROW);
}

void Office::forget() {
    checker_.clear();
    loader_.clear();
    context_.clear();
}

void Office::stop() {
    // The profile is thrown away, so nothing is lost by not asking soffice to
    // quit: ending the group at once saves the seconds a clean exit takes.
    forget();
    pid_t pid;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        pid = pid_;
    }
    if (pid == 0) return;
    killGroup(pid);
    waitLeader(pid, 10);
    std::lock_guard<std::mutex> lock(mutex_);
    pid_ = 0;
}

void Office::kill() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (pid_ != 0) killGroup(pid_);
}

bool Office::running() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (pid_ == 0) return false;
    const int status = waitLeader(pid_, 0);
    if (status == -1) return true;
    lastStatus_ = status;
    pid_ = 0;
    return false;
}

std::string Office::howItEnded() const {
    if (lastStatus_ == -1) return std::string();
    if (WIFSIGNALED(lastStatus_)) return "killed by signal " + std::to_string(WTERMSIG(lastStatus_));
    return "exit code " + std::to_string(WEXITSTATUS(lastStatus_));
}

}  // namespace nianbao::cli
