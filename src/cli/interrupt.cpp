#include "cli/interrupt.hpp"

#include <signal.h>
#include <unistd.h>

#include <atomic>

#include "cli/child_process.hpp"

namespace nianbao::cli {

namespace {

std::atomic<int> received{0};

void onSignal(int signum) {
    killAllGroups();
    // A second signal means "now": the groups are ended already.
    if (received.exchange(signum) != 0) ::_exit(128 + signum);
}

}  // namespace

void installInterruptHandlers() {
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGHUP, &sa, nullptr);
    signal(SIGPIPE, SIG_IGN);  // a closed stdout (| head) ends output, not the cleanup
}

bool interrupted() { return received.load() != 0; }

int interruptSignal() { return received.load(); }

}  // namespace nianbao::cli
