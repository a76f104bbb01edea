// Ctrl-C and SIGTERM: every soffice group is ended at once from the handler
// (no soffice outlives the command), then the batch stops and cleans up.
#pragma once

namespace nianbao::cli {

void installInterruptHandlers();
bool interrupted();
int interruptSignal();  // the signal received, 0 if none

}  // namespace nianbao::cli
