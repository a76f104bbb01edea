// Runs an org.nianbao: command in a frame the way a menu entry does, through
// the frame's dispatch chain (our protocol handler), and hands back what it
// returned: the sidebar's buttons and the Tools ▸ 年报 menu share one path.
#pragma once

#include <string>

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace nianbao::lo::dispatch {

struct CommandOutcome {
    bool ok = false;
    std::string result;  // the findings JSON after an edit, or why it failed
};

// Throws uno::Exception only when the frame cannot dispatch at all.
CommandOutcome runCommand(const com::sun::star::uno::Reference<com::sun::star::frame::XFrame>& frame,
                          const std::string& url);

}  // namespace nianbao::lo::dispatch
