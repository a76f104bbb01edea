// Selecting a finding's place in the document (findings.md `where`): table
// cells, characters of a body paragraph, or the point after a paragraph.
// Writer scrolls the view to what its controller selects; a frame of a
// published PDF is jumped to by name.
#pragma once

#include <vector>

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "uno/sidebar/panel_model.hpp"

namespace nianbao::sidebar {

// Selects `places` (cells of one table as one range, otherwise the first
// place). Returns false when nothing could be found; throws UNO exceptions.
bool selectPlaces(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
                  const com::sun::star::uno::Reference<com::sun::star::frame::XController>& controller,
                  const std::vector<Place>& places);

}  // namespace nianbao::sidebar
