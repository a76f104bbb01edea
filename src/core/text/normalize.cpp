#include "core/text/normalize.hpp"

namespace nianbao {

std::u32string decodeUtf8(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    size_t i = 0;
    const size_t n = s.size();
    while (i < n) {
        const unsigned char b = static_cast<unsigned char>(s[i]);
        int len = 0;
        char32_t cp = 0;
        if (b < 0x80) { out.push_back(b); ++i; continue; }
        if ((b & 0xE0) == 0xC0) { len = 2; cp = b & 0x1F; }
        else if ((b & 0xF0) == 0xE0) { len = 3; cp = b & 0x0F; }
        else if ((b & 0xF8) == 0xF0) { len = 4; cp = b & 0x07; }
        else { out.push_back(0xFFFD); ++i; continue; }
        if (i + static_cast<size_t>(len) > n) { out.push_back(0xFFFD); ++i; continue; }
        bool ok = true;
        for (int k = 1; k < len; ++k) {
            const unsigned char c = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
            if ((c & 0xC0) != 0x80) { ok = false; break; }
            cp = (cp << 6) | (c & 0x3F);
        }
        // Reject overlong forms, surrogates and values beyond U+10FFFF.
        static const char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (!ok || cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        out.push_back(cp);
        i += static_cast<size_t>(len);
    }
    return out;
}

std::string encodeUtf8(std::u32string_view s) {
    std::string out;
    out.reserve(s.size() * 3);
    for (char32_t c : s) {
        if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (c >> 12)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (c >> 18)));
            out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return out;
}

bool isSpace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
           c == 0x3000 || c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0xFEFF;
}

char32_t canonicalChar(char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;  // full-width ASCII block
    switch (c) {
        case 0x3000: return ' ';
        case 0x201C: case 0x201D: case 0x201E: case 0x300C: case 0x300D: case 0x300E:
        case 0x300F: case 0x2033:
            return '"';
        case 0x2018: case 0x2019: case 0x201A: case 0x2032:
            return '\'';
        case 0x3014: return '[';  // 〔 〕 as in 国办函〔2020〕
        case 0x3015: return ']';
        case 0x2236: return ':';  // RATIO used as a colon
        case 0xFE50: return ',';
        case 0xFE51: return 0x3001;  // small ideographic comma -> 、
        default: return c;
    }
}

std::u32string canonical(std::string_view s) {
    std::u32string out;
    for (char32_t c : decodeUtf8(s)) {
        if (isSpace(c)) continue;
        out.push_back(canonicalChar(c));
    }
    return out;
}

namespace {

bool isChineseDigit(char32_t c) {
    return std::u32string_view(U"零〇一二三四五六七八九十两").find(c) != std::u32string_view::npos;
}

bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Parses a run of characters satisfying pred starting at i; returns its end.
template <class Pred>
size_t runEnd(std::u32string_view s, size_t i, Pred pred) {
    while (i < s.size() && pred(s[i])) ++i;
    return i;
}

int arabicValue(std::u32string_view digits) {
    int v = 0;
    for (char32_t c : digits) {
        if (v > 100000) return v;  // large enough to mean "not a numbering"
        v = v * 10 + static_cast<int>(c - '0');
    }
    return v;
}

}  // namespace

int parseChineseNumeral(std::u32string_view s) {
    auto digit = [](char32_t c) -> int {
        static const std::u32string_view kDigits = U"零一二三四五六七八九";
        if (c == U'〇') return 0;
        if (c == U'两') return 2;
        const size_t p = kDigits.find(c);
        return p == std::u32string_view::npos ? -1 : static_cast<int>(p);
    };
    if (s.empty() || s.size() > 3) return 0;
    const size_t ten = s.find(U'十');
    if (ten == std::u32string_view::npos) {
        if (s.size() != 1) return 0;
        const int d = digit(s[0]);
        return d > 0 ? d : 0;
    }
    int tens = 1, ones = 0;
    if (ten == 1) {
        tens = digit(s[0]);
        if (tens <= 0) return 0;
    } else if (ten != 0) {
        return 0;
    }
    if (ten + 1 < s.size()) {
        if (ten + 2 != s.size()) return 0;
        ones = digit(s[ten + 1]);
        if (ones <= 0) return 0;
    }
    return tens * 10 + ones;
}

Numbering splitNumbering(std::u32string_view s) {
    Numbering n;
    auto done = [&](Numbering::Style style, int value, size_t restAt) {
        n.style = style;
        n.value = value;
        n.rest = std::u32string(s.substr(restAt));
        return n;
    };
    // （一） / (1)
    if (!s.empty() && s[0] == '(') {
        size_t e = runEnd(s, 1, isChineseDigit);
        if (e > 1 && e < s.size() && s[e] == ')') {
            const int v = parseChineseNumeral(s.substr(1, e - 1));
            if (v > 0) return done(Numbering::Style::ParenChinese, v, e + 1);
        }
        e = runEnd(s, 1, isDigit);
        if (e > 1 && e - 1 <= 3 && e < s.size() && s[e] == ')')
            return done(Numbering::Style::ParenArabic, arabicValue(s.substr(1, e - 1)), e + 1);
    }
    // 第一部分 / 第一、
    if (!s.empty() && s[0] == U'第') {
        const size_t e = runEnd(s, 1, isChineseDigit);
        const int v = e > 1 ? parseChineseNumeral(s.substr(1, e - 1)) : 0;
        if (v > 0 && s.substr(e, 2) == U"部分") {
            size_t r = e + 2;
            if (r < s.size() && (s[r] == U'、' || s[r] == '.' || s[r] == ':')) ++r;
            return done(Numbering::Style::Chinese, v, r);
        }
        if (v > 0 && e < s.size() && s[e] == U'、') return done(Numbering::Style::Chinese, v, e + 1);
    }
    // 一、 / 一.
    {
        const size_t e = runEnd(s, 0, isChineseDigit);
        if (e > 0 && e < s.size() && (s[e] == U'、' || s[e] == '.' || s[e] == ',')) {
            const int v = parseChineseNumeral(s.substr(0, e));
            if (v > 0) return done(Numbering::Style::Chinese, v, e + 1);
        }
    }
    // 1. / 1、 / 1) — but not "1.5" (a number) or "2023年"
    {
        const size_t e = runEnd(s, 0, isDigit);
        if (e > 0 && e <= 3 && e < s.size() && (s[e] == '.' || s[e] == U'、' || s[e] == ')')) {
            const bool decimal = s[e] == '.' && e + 1 < s.size() && isDigit(s[e + 1]);
            if (!decimal) return done(Numbering::Style::Arabic, arabicValue(s.substr(0, e)), e + 1);
        }
    }
    n.rest = std::u32string(s);
    return n;
}

std::u32string labelKey(std::string_view s) { return splitNumbering(canonical(s)).rest; }

std::u32string labelKeyWithoutNotes(std::u32string_view key) {
    std::u32string out;
    int depth = 0;
    for (char32_t c : key) {
        if (c == '(') { ++depth; continue; }
        if (c == ')') { if (depth > 0) --depth; continue; }
        if (depth == 0) out.push_back(c);
    }
    return out;
}

bool labelsMatch(std::string_view written, std::string_view declared) {
    const std::u32string a = labelKey(written), b = labelKey(declared);
    if (a.empty() || b.empty()) return false;
    if (a == b) return true;
    const std::u32string an = labelKeyWithoutNotes(a), bn = labelKeyWithoutNotes(b);
    return !an.empty() && an == bn;
}

int findYear(std::u32string_view s, size_t from) {
    for (size_t i = from; i + 4 < s.size(); ++i) {
        if (!isDigit(s[i]) || (i > 0 && isDigit(s[i - 1]))) continue;
        if (isDigit(s[i + 1]) && isDigit(s[i + 2]) && isDigit(s[i + 3]) && s[i + 4] == U'年') {
            return static_cast<int>((s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 +
                                    (s[i + 2] - '0') * 10 + (s[i + 3] - '0'));
        }
    }
    return 0;
}

}  // namespace nianbao
