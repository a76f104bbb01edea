// Reads one Writer table into a core Table with true grid coordinates
// (see table_layout.hpp for how Writer's boxes map onto the grid).
#pragma once

#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include "core/model/grid.hpp"

namespace nianbao::lo {

// acceptChanges: read cell text with tracked changes accepted (slower: walks
// text portions); false reads getString() as is.
nianbao::Table readTable(const com::sun::star::uno::Reference<com::sun::star::text::XTextTable>& table,
                         bool acceptChanges);

}  // namespace nianbao::lo
