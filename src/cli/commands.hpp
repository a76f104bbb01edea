// The three commands; each returns the process exit code.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include "cli/options.hpp"

namespace nianbao::cli {

using LocalContext = com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>;

int runCheck(const Command& command, const LocalContext& local);
int runFix(const Command& command, const LocalContext& local);
int runTemplate(const Command& command, const LocalContext& local);

// The code for a run cut short by SIGINT/SIGTERM (128 + signal).
int interruptedExitCode();

}  // namespace nianbao::cli
