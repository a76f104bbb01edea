// format.md "Reading a value cell". Each repair is recorded so V2 can say
// what had to be done to read the cell.
#include "core/recognize/number_reader.hpp"

#include <algorithm>

#include "core/text/normalize.hpp"

namespace nianbao {

namespace {

bool digit(char32_t c) { return c >= '0' && c <= '9'; }

void addRepair(NumberReading& r, const char* what) {
    if (std::find(r.repairs.begin(), r.repairs.end(), what) == r.repairs.end()) r.repairs.push_back(what);
}

std::u32string trimmed(std::u32string s) {
    size_t b = 0, e = s.size();
    while (b < e && isSpace(s[b])) ++b;
    while (e > b && isSpace(s[e - 1])) --e;
    return s.substr(b, e - b);
}

bool isPlaceholder(const std::u32string& s) {
    if (s == U"/" || s == U"／" || s == U"无" || s == U"\\") return true;
    // "-", "－", "—", "——", "–": a run of dashes means "nothing".
    return std::all_of(s.begin(), s.end(), [](char32_t c) {
        return c == '-' || c == 0xFF0D || c == 0x2014 || c == 0x2013 || c == 0x2012 || c == 0x2015 ||
               c == 0x2212;
    });
}

// Drops a trailing unit the column allows (件/个; 万元/元 for amounts).
bool dropUnit(std::u32string& s, ValueKind kind) {
    static const std::u32string_view kCountUnits[] = {U"件", U"个", U"项"};
    static const std::u32string_view kAmountUnits[] = {U"万元", U"元"};
    auto tryUnits = [&](const std::u32string_view* units, size_t n) {
        for (size_t i = 0; i < n; ++i) {
            const std::u32string_view u = units[i];
            if (s.size() > u.size() && s.compare(s.size() - u.size(), u.size(), u) == 0) {
                s.resize(s.size() - u.size());
                s = trimmed(s);
                return true;
            }
        }
        return false;
    };
    return kind == ValueKind::Amount ? tryUnits(kAmountUnits, 2) : tryUnits(kCountUnits, 3);
}

// Thousands separators: "1,234" / "12,345.5" — groups of exactly three digits.
bool dropThousands(std::u32string& s) {
    if (s.find(',') == std::u32string::npos) return false;
    const size_t point = std::min(s.find('.'), s.size());
    size_t groupStart = 0;
    bool first = true;
    for (size_t i = 0; i <= point; ++i) {
        if (i == point || s[i] == ',') {
            const size_t len = i - groupStart;
            if (len == 0 || len > 3 || (!first && len != 3)) return false;
            first = false;
            groupStart = i + 1;
        } else if (!digit(s[i])) {
            return false;
        }
    }
    if (s.find(',', point) != std::u32string::npos) return false;
    s.erase(std::remove(s.begin(), s.end(), U','), s.end());
    return true;
}

// The digits as written, without leading zeros of the integer part.
std::string exactDecimal(const std::u32string& digits, bool negative) {
    std::string out = negative ? "-" : "";
    size_t i = 0;
    while (i + 1 < digits.size() && digits[i] == '0' && digits[i + 1] != '.') ++i;
    for (; i < digits.size(); ++i) out += static_cast<char>(digits[i]);
    return out;
}

}  // namespace

NumberReading readNumber(std::string_view text, ValueKind kind) {
    NumberReading r;
    std::u32string s = trimmed(decodeUtf8(text));
    if (s.empty()) {
        r.status = NumberReading::Status::Placeholder;
        r.blank = true;
        return r;
    }
    if (isPlaceholder(s)) {
        r.status = NumberReading::Status::Placeholder;
        return r;
    }
    // Full-width digits, signs, point and comma.
    for (char32_t& c : s) {
        if ((c >= 0xFF10 && c <= 0xFF19) || c == 0xFF0B || c == 0xFF0D || c == 0xFF0E || c == 0xFF0C) {
            c -= 0xFEE0;
            addRepair(r, "full-width");
        } else if (c == 0x2212) {
            c = '-';  // the Unicode minus sign is just a minus
        }
    }
    if (dropUnit(s, kind)) addRepair(r, "unit");

    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        if (kind != ValueKind::SignedCount) return NumberReading{};  // a sign on a count is invalid
        negative = s[0] == '-';
        s = trimmed(s.substr(1));
    }
    // Digits split only by spaces ("1 0"): join them.
    if (std::any_of(s.begin(), s.end(), isSpace)) {
        for (size_t i = 0; i < s.size(); ++i) {
            if (!isSpace(s[i])) continue;
            size_t j = i;
            while (j < s.size() && isSpace(s[j])) ++j;
            if (i == 0 || j == s.size() || !digit(s[i - 1]) || !digit(s[j])) return NumberReading{};
            i = j - 1;
        }
        s.erase(std::remove_if(s.begin(), s.end(), isSpace), s.end());
        addRepair(r, "split-digits");
    }
    if (dropThousands(s)) addRepair(r, "thousands");

    // What is left must be digits, with one decimal point for amounts.
    if (s.empty() || !digit(s[0])) return NumberReading{};
    double mantissa = 0;
    int fractionDigits = -1;  // -1: no decimal point seen
    int significant = 0;      // digits after the leading zeros
    for (char32_t c : s) {
        if (digit(c)) {
            if (significant > 0 || c != '0') ++significant;
            const int limit = kind == ValueKind::Amount ? NumberReading::kMaxAmountDigits
                                                        : NumberReading::kMaxCountDigits;
            if (significant > limit) {  // not a plausible value, and no longer exact in a double
                NumberReading bad;
                bad.tooLong = true;
                return bad;
            }
            mantissa = mantissa * 10 + static_cast<double>(c - '0');
            if (fractionDigits >= 0) ++fractionDigits;
        } else if (c == '.' && kind == ValueKind::Amount && fractionDigits < 0) {
            fractionDigits = 0;
        } else {
            return NumberReading{};
        }
    }
    if (fractionDigits == 0) return NumberReading{};  // "5." has no digits after the point
    // The mantissa is an exact integer (< 10^15) and so is the power of ten:
    // one division rounds once, to the double nearest the written decimal.
    double scale = 1;
    for (int i = 0; i < fractionDigits; ++i) scale *= 10;
    const double value = mantissa / scale;
    r.value = negative && value != 0 ? -value : value;
    r.exact = exactDecimal(s, negative && value != 0);
    r.status = r.repairs.empty() ? NumberReading::Status::Number : NumberReading::Status::Repaired;
    return r;
}

}  // namespace nianbao
