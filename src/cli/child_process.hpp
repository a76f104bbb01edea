// Child processes in their own process group, so that ending the group ends
// soffice with everything it started (oosplash -> soffice.bin). Every live
// group is registered: a SIGINT/SIGTERM handler can end them all at once.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace nianbao::cli {

struct SpawnSpec {
    std::vector<std::string> argv;
    std::vector<std::string> env;  // extra or replaced NAME=VALUE entries
    std::string logPath;           // stdout and stderr go here (never a pipe of ours)
    bool asNobody = false;         // drop root to nobody:nogroup (unopkg refuses root)
};

// The ids of nobody:nogroup; throws std::runtime_error when there is no such user.
void nobodyIds(uid_t& uid, gid_t& gid);

// Starts the child as the leader of a new process group and registers it.
// Throws std::runtime_error when it cannot start.
pid_t spawnGroup(const SpawnSpec& spec);

// Ends the whole group (SIGKILL) — safe from any thread, idempotent.
void killGroup(pid_t leader);

// Waits up to timeoutSeconds for the leader to exit; returns its wait status
// or -1 when it still runs. Unregisters the group once reaped.
int waitLeader(pid_t leader, double timeoutSeconds);

// Runs a child to completion (killed after timeoutSeconds); its exit code, or -1.
int runToEnd(const SpawnSpec& spec, double timeoutSeconds);

// Ends every registered group; async-signal-safe (the signal handler calls it).
void killAllGroups();

}  // namespace nianbao::cli
