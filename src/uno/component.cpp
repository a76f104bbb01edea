// Shared-library entry points: LibreOffice finds our two implementations
// through component_getFactory (registered in nianbao.components).
#include <cppuhelper/implementationentry.hxx>
#include <sal/types.h>
#include <uno/lbnames.h>

#include "uno/dispatch/command_handler.hpp"
#include "uno/filter/findings_filter.hpp"
#include "uno/service/report_checker.hpp"
#include "uno/sidebar/panel_factory.hpp"

using nianbao::lo::CommandHandler;
using nianbao::lo::FindingsFilter;
using nianbao::lo::ReportChecker;
using nianbao::sidebar::PanelFactory;

namespace {

const cppu::ImplementationEntry kEntries[] = {
    {ReportChecker::create, ReportChecker::implementationName, ReportChecker::serviceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {FindingsFilter::create, FindingsFilter::implementationName, FindingsFilter::serviceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {CommandHandler::create, CommandHandler::implementationName, CommandHandler::serviceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {PanelFactory::create, PanelFactory::implementationName, PanelFactory::serviceNames,
     cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0}};

}  // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implName, void* serviceManager,
                                                                     void* registryKey) {
    try {
        return cppu::component_getFactoryHelper(implName, serviceManager, registryKey, kEntries);
    } catch (...) {
        return nullptr;
    }
}

extern "C" SAL_DLLPUBLIC_EXPORT void SAL_CALL component_getImplementationEnvironment(char const** envTypeName,
                                                                                    uno_Environment**) {
    *envTypeName = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}
