// UTF-8 std::string <-> OUString at the UNO boundary of the client.
#pragma once

#include <string>

#include <rtl/ustring.hxx>

namespace nianbao::cli {

inline std::string utf8(const rtl::OUString& s) {
    const rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

inline rtl::OUString ou(const std::string& s) {
    return rtl::OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}

}  // namespace nianbao::cli
