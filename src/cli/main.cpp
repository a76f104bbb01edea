// build/nianbao: the reviewer's command line. Starts and owns headless
// LibreOffice processes and calls org.nianbao.ReportChecker in them.
#include <sys/prctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

#include <com/sun/star/uno/Exception.hpp>
#include <cppuhelper/bootstrap.hxx>

#include "cli/commands.hpp"
#include "cli/help.hpp"
#include "cli/interrupt.hpp"
#include "cli/profile.hpp"
#include "uno/ustring.hpp"

using namespace nianbao::cli;

namespace {

constexpr int kCannotRun = 3;

int dispatch(const Command& c) {
    switch (c.kind) {
        case Command::Kind::Help: {
            const std::string text = helpText(c.helpTopic);
            if (text.empty()) throw UsageError("no help on '" + c.helpTopic + "' (check, fix or template)");
            std::fputs(text.c_str(), stdout);
            return 0;
        }
        case Command::Kind::Version:
            std::printf("nianbao %s\n", NIANBAO_VERSION);
            return 0;
        default:
            break;
    }
    if (::access((programDir() + "/soffice").c_str(), X_OK) != 0)
        throw std::runtime_error("LibreOffice not found in " + programDir() +
                                 " (install libreoffice-writer, or set NIANBAO_LO_PROGRAM)");
    // The UNO runtime of the installed LibreOffice, found through its fundamentalrc.
    if (!std::getenv("URE_BOOTSTRAP"))
        ::setenv("URE_BOOTSTRAP", ("vnd.sun.star.pathname:" + programDir() + "/fundamentalrc").c_str(), 1);
    const LocalContext local = cppu::defaultBootstrap_InitialComponentContext();
    if (c.kind == Command::Kind::Check) return runCheck(c, local);
    if (c.kind == Command::Kind::Fix) return runFix(c, local);
    return runTemplate(c, local);
}

int run(int argc, char** argv) {
    try {
        return dispatch(parseCommandLine(std::vector<std::string>(argv + 1, argv + argc)));
    } catch (const UsageError& e) {
        std::fprintf(stderr, "nianbao: %s\nTry 'nianbao --help'.\n", e.what());
        return kCannotRun;
    } catch (const std::exception& e) {
        if (interrupted()) return interruptedExitCode();
        std::fprintf(stderr, "nianbao: %s\n", e.what());
    } catch (const cppu::BootstrapException& e) {
        std::fprintf(stderr, "nianbao: cannot start the UNO runtime: %s\n", nianbao::lo::toUtf8(e.getMessage()).c_str());
    } catch (const com::sun::star::uno::Exception& e) {
        if (interrupted()) return interruptedExitCode();
        std::fprintf(stderr, "nianbao: LibreOffice: %s\n", nianbao::lo::toUtf8(e.Message).c_str());
    }
    return kCannotRun;
}

}  // namespace

int main(int argc, char** argv) {
    // soffice.bin is a grandchild (oosplash starts it): as subreaper we
    // inherit it when oosplash dies, and can reap it.
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    installInterruptHandlers();
    const int code = run(argc, argv);
    std::fflush(stdout);
    std::fflush(stderr);
    // Every soffice is ended by now; skip static destructors of the UNO
    // runtime, which can crash after its bridges are gone.
    std::_Exit(interrupted() && code < 128 ? interruptedExitCode() : code);
}
