// UTF-8 <-> OUString at the boundary between the office and the core.
#pragma once

#include <string>

#include <rtl/ustring.hxx>

namespace nianbao::lo {

inline std::string toUtf8(const rtl::OUString& s) {
    const rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

inline rtl::OUString fromUtf8(const std::string& s) {
    return rtl::OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}

}  // namespace nianbao::lo
