#include "cli/child_process.hpp"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace nianbao::cli {

namespace {

// A fixed table of atomics: the signal handler may read it at any moment.
constexpr int kMaxGroups = 1024;
std::atomic<pid_t> groups[kMaxGroups];

void registerGroup(pid_t pid) {
    for (auto& g : groups) {
        pid_t expected = 0;
        if (g.compare_exchange_strong(expected, pid)) return;
    }
}

void unregisterGroup(pid_t pid) {
    for (auto& g : groups) {
        pid_t expected = pid;
        if (g.compare_exchange_strong(expected, 0)) return;
    }
}

std::vector<std::string> mergedEnvironment(const std::vector<std::string>& extra) {
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        const std::string entry(*e);
        const std::string name = entry.substr(0, entry.find('='));
        bool replaced = false;
        for (const std::string& x : extra)
            if (x.substr(0, x.find('=')) == name) replaced = true;
        if (!replaced) env.push_back(entry);
    }
    env.insert(env.end(), extra.begin(), extra.end());
    return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> p;
    for (std::string& s : strings) p.push_back(s.data());
    p.push_back(nullptr);
    return p;
}

}  // namespace

void nobodyIds(uid_t& uid, gid_t& gid) {
    const passwd* pw = getpwnam("nobody");
    const group* gr = getgrnam("nogroup");
    if (!pw) throw std::runtime_error("no user 'nobody' to run unopkg as");
    uid = pw->pw_uid;
    gid = gr ? gr->gr_gid : pw->pw_gid;
}

pid_t spawnGroup(const SpawnSpec& spec) {
    // Everything the child needs is prepared before fork: between fork and exec
    // a multithreaded parent's child may only make async-signal-safe calls.
    std::vector<std::string> argv = spec.argv;
    std::vector<std::string> env = mergedEnvironment(spec.env);
    std::vector<char*> argp = pointers(argv), envp = pointers(env);
    uid_t uid = 0;
    gid_t gid = 0;
    if (spec.asNobody) nobodyIds(uid, gid);
    const int log = ::open(spec.logPath.empty() ? "/dev/null" : spec.logPath.c_str(),
                           O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (log < 0) throw std::runtime_error("cannot open " + spec.logPath + ": " + std::strerror(errno));
    const int devnull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);

    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(log);
        ::close(devnull);
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    }
    if (pid == 0) {
        ::setpgid(0, 0);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGTERM, SIG_DFL);
        ::dup2(devnull, 0);
        ::dup2(log, 1);
        ::dup2(log, 2);
        if (spec.asNobody && (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)) ::_exit(126);
        ::execve(argp[0], argp.data(), envp.data());
        ::_exit(127);
    }
    ::setpgid(pid, pid);  // also from the parent: no window where a kill would miss it
    ::close(log);
    ::close(devnull);
    registerGroup(pid);
    return pid;
}

void killGroup(pid_t leader) {
    if (leader <= 0) return;
    ::kill(-leader, SIGKILL);
}

int waitLeader(pid_t leader, double timeoutSeconds) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeoutSeconds);
    int status = 0;
    for (;;) {
        const pid_t r = ::waitpid(leader, &status, WNOHANG);
        if (r == leader) break;
        if (r < 0 && errno == ECHILD) {
            status = 0;
            break;
        }
        if (std::chrono::steady_clock::now() >= end) return -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    // The leader is gone; what it started (soffice.bin) may still run. As the
    // child subreaper (main) we inherit those orphans and reap them here.
    ::kill(-leader, SIGKILL);
    const auto reapEnd = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    for (;;) {
        int s = 0;
        const pid_t r = ::waitpid(-leader, &s, WNOHANG);
        if (r < 0) break;  // ECHILD: none left
        if (r == 0) {
            if (std::chrono::steady_clock::now() >= reapEnd) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    unregisterGroup(leader);
    return status;
}

int runToEnd(const SpawnSpec& spec, double timeoutSeconds) {
    const pid_t pid = spawnGroup(spec);
    int status = waitLeader(pid, timeoutSeconds);
    if (status == -1) {
        killGroup(pid);
        waitLeader(pid, 10);
        return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void killAllGroups() {
    for (auto& g : groups) {
        const pid_t pid = g.load();
        if (pid > 0) ::kill(-pid, SIGKILL);
    }
}

}  // namespace nianbao::cli
