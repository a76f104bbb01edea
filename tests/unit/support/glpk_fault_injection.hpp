// Makes GLPK fail on purpose, to show the solver survives it. Linked into the
// unit tests only: its fh::injectedFault replaces the core's empty one.
#pragma once

namespace nianbao {

// The next GLPK run on this thread makes an invalid call, as a GLPK failure
// would; the solver must report Undecided and carry on.
void injectGlpkFaultForTesting();

}  // namespace nianbao
