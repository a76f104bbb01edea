// Text normalization for matching labels as publishers type them: spaces and
// line breaks inside labels, full-/half-width punctuation, quote styles and
// numbering styles must not decide whether a label matches (format.md).
#pragma once

#include <string>
#include <string_view>

namespace nianbao {

// UTF-8 <-> code points. Invalid or truncated sequences decode to U+FFFD, one
// per offending byte, so any byte string is safe to decode.
std::u32string decodeUtf8(std::string_view s);
std::string encodeUtf8(std::u32string_view s);

// Spaces of any width (ASCII, U+3000, U+00A0, U+2000..U+200B, U+FEFF) and line breaks.
bool isSpace(char32_t c);

// Full-width ASCII (U+FF01..U+FF5E) and U+3000 to ASCII; curly and corner
// quotes to '"' / '\''; dash look-alikes to '-' only where they stand for a dash.
char32_t canonicalChar(char32_t c);

// Canonical text: every space removed, every character canonical.
std::u32string canonical(std::string_view s);

// Leading numbering of a label: "一、", "（一）", "(1)", "1.", "1、", "1．", "第一部分".
struct Numbering {
    enum class Style { None, Chinese, ParenChinese, Arabic, ParenArabic };
    Style style = Style::None;
    int value = 0;           // 0 when Style::None
    std::u32string rest;     // canonical text after the numbering
};
Numbering splitNumbering(std::u32string_view canonicalText);

// The matching key of a label: canonical, numbering stripped.
std::u32string labelKey(std::string_view s);
// The same key with every parenthesized part removed ("（单位：万元）", "（区分处理的…）"),
// so a label still matches when a publisher drops or rewords a parenthetical note.
std::u32string labelKeyWithoutNotes(std::u32string_view key);
// True when the two labels match after normalization (with or without notes).
bool labelsMatch(std::string_view written, std::string_view declared);

// "一".."九十九" -> 1..99; 0 when the text is not such a numeral.
int parseChineseNumeral(std::u32string_view s);
// The first year written as four digits followed by 年 (e.g. "2023年"), 0 if none.
// Starts looking at code point `from` of the canonical text.
int findYear(std::u32string_view canonicalText, size_t from = 0);

}  // namespace nianbao
