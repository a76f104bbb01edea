#include "core/localize/typo.hpp"

#include <cmath>
#include <vector>

namespace nianbao {

namespace {

// The digit groups of the written text (ASCII or full-width digits), split at
// spaces; empty when anything else is written (a sign, a decimal point, words).
std::vector<std::string> digitGroups(std::string_view s) {
    std::vector<std::string> groups;
    std::string cur;
    auto flush = [&] {
        if (!cur.empty()) groups.push_back(cur), cur.clear();
    };
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= '0' && c <= '9') {
            cur += static_cast<char>(c);
            ++i;
        } else if (c == ' ' || c == '\t' || c == 0xA0) {
            flush();
            ++i;
        } else if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   static_cast<unsigned char>(s[i + 2]) == 0x80) {
            flush();  // U+3000 ideographic space
            i += 3;
        } else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
                   static_cast<unsigned char>(s[i + 2]) >= 0x90 &&
                   static_cast<unsigned char>(s[i + 2]) <= 0x99) {
            cur += static_cast<char>('0' + (static_cast<unsigned char>(s[i + 2]) - 0x90));
            i += 3;  // full-width digit
        } else if (c == 0xE4 && s.substr(i, 3) == "件") {
            i += 3;  // trailing unit
        } else if (c == ',') {
            ++i;  // thousands separator
        } else {
            return {};
        }
    }
    flush();
    return groups;
}

Slip slipBetween(const std::string& w, const std::string& m) {
    if (w == m) return Slip::None;
    if (w.size() == m.size()) {
        std::vector<size_t> diff;
        for (size_t i = 0; i < w.size(); ++i)
            if (w[i] != m[i]) diff.push_back(i);
        // Any one-digit number is one wrong digit away from any other: no
        // evidence of a slip, so only longer numbers count.
        if (diff.size() == 1) return w.size() >= 2 ? Slip::WrongDigit : Slip::None;
        if (diff.size() == 2 && diff[1] == diff[0] + 1 && w[diff[0]] == m[diff[1]] &&
            w[diff[1]] == m[diff[0]])
            return Slip::SwappedDigits;
        return Slip::None;
    }
    // One digit more or less: deleting one character of the longer gives the shorter.
    const bool extra = w.size() == m.size() + 1;
    const bool missing = m.size() == w.size() + 1;
    if (!extra && !missing) return Slip::None;
    const std::string& longer = extra ? w : m;
    const std::string& shorter = extra ? m : w;
    for (size_t i = 0; i < longer.size(); ++i)
        if (longer.compare(0, i, shorter, 0, i) == 0 &&
            longer.compare(i + 1, std::string::npos, shorter, i, std::string::npos) == 0)
            return extra ? Slip::ExtraDigit : Slip::MissingDigit;
    return Slip::None;
}

}  // namespace

Slip typingSlip(std::string_view written, double value) {
    if (!std::isfinite(value) || value < 0 || value > 1e15 || value != std::floor(value))
        return Slip::None;
    const std::vector<std::string> groups = digitGroups(written);
    if (groups.empty()) return Slip::None;
    const std::string meant = std::to_string(static_cast<long long>(value));
    std::string joined;
    for (const std::string& g : groups) joined += g;
    if (groups.size() > 1)
        for (const std::string& g : groups)
            if (g == meant) return Slip::SplitDigits;
    return slipBetween(joined, meant);
}

const char* slipZh(Slip s) {
    switch (s) {
        case Slip::SwappedDigits: return "相邻数字颠倒";
        case Slip::WrongDigit: return "一位数字写错";
        case Slip::ExtraDigit: return "多写了一位数字";
        case Slip::MissingDigit: return "漏写了一位数字";
        case Slip::SplitDigits: return "数字被空格隔开";
        case Slip::None: break;
    }
    return "";
}

const char* slipEn(Slip s) {
    switch (s) {
        case Slip::SwappedDigits: return "swapped adjacent digits";
        case Slip::WrongDigit: return "one wrong digit";
        case Slip::ExtraDigit: return "an extra digit";
        case Slip::MissingDigit: return "a missing digit";
        case Slip::SplitDigits: return "digits split by a space";
        case Slip::None: break;
    }
    return "";
}

}  // namespace nianbao
