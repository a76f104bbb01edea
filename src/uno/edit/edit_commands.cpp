#include "uno/edit/edit_commands.hpp"

#include <stdexcept>

namespace nianbao::lo::edit {

// Placeholders until the editing issue lands: each reports that it cannot edit yet.
std::string applyFixes(const ContextRef&, const DocumentRef&, const std::vector<std::string>&, int) {
    throw std::runtime_error("applyFixes is not available in this build");
}
void insertTemplate(const ContextRef&, const DocumentRef&, const std::string&) {
    throw std::runtime_error("insertTemplate is not available in this build");
}
std::string insertMissingSections(const ContextRef&, const DocumentRef&) {
    throw std::runtime_error("insertMissingSections is not available in this build");
}
std::string rebuildTable(const ContextRef&, const DocumentRef&, const std::string&) {
    throw std::runtime_error("rebuildTable is not available in this build");
}

}  // namespace nianbao::lo::edit
