// N1's raw material: the numbers the prose states about the tables
// ("共收到…申请8件"), read once at recognition by the claims the format declares.
#include "core/recognize/stated_numbers.hpp"

#include <optional>

#include "core/text/normalize.hpp"

namespace nianbao {

namespace {

bool isClauseEnd(char32_t c) { return c == U'。' || c == U'；' || c == U';' || c == U'\n'; }

int chineseDigit(char32_t c) {
    static const std::u32string digits = U"零一二三四五六七八九";
    const size_t p = digits.find(c);
    if (p != std::u32string::npos) return static_cast<int>(p);
    if (c == U'两') return 2;
    if (c == U'〇') return 0;
    return -1;
}

// A number written in Arabic (ASCII or full-width) or simple Chinese numerals
// (up to 九百九十九) starting at s[i]; advances i past it.
std::optional<double> numberAt(const std::u32string& s, size_t& i) {
    const size_t start = i;
    double v = 0;
    bool any = false;
    while (i < s.size()) {
        char32_t c = s[i];
        if (c >= U'０' && c <= U'９') c = U'0' + (c - U'０');
        if (c >= U'0' && c <= U'9') {
            v = v * 10 + (c - U'0');
            any = true;
            ++i;
        } else if ((c == U',' || c == U'，') && any && i + 1 < s.size() && s[i + 1] >= U'0' &&
                   s[i + 1] <= U'9') {
            ++i;
        } else {
            break;
        }
    }
    if (any) return v;
    i = start;
    int total = 0, cur = -1;
    while (i < s.size()) {
        const char32_t c = s[i];
        const int d = chineseDigit(c);
        if (d >= 0) {
            cur = d;
        } else if (c == U'十' || c == U'百') {
            total += (cur < 0 ? 1 : cur) * (c == U'十' ? 10 : 100);
            cur = -1;
        } else {
            break;
        }
        any = true;
        ++i;
    }
    if (!any) return std::nullopt;
    return total + (cur < 0 ? 0 : cur);
}

// Writer counts characters in UTF-16 units: code points past U+FFFF are two.
int utf16Offset(const std::u32string& s, size_t i) {
    int n = 0;
    for (size_t k = 0; k < i && k < s.size(); ++k) n += s[k] > 0xFFFF ? 2 : 1;
    return n;
}

}  // namespace

std::vector<StatedNumber> statedNumbers(const Document& doc, const FormatDecl& format) {
    const std::vector<ClaimDecl>& all = format.claims;
    std::vector<StatedNumber> out;
    std::vector<bool> found(all.size(), false);  // one statement per kind: the first
    std::vector<std::u32string> keywords, contexts;
    for (const ClaimDecl& c : all) keywords.push_back(decodeUtf8(c.keyword)), contexts.push_back(decodeUtf8(c.mustContain));
    for (size_t block = 0; block < doc.blocks.size(); ++block) {
        const auto* p = std::get_if<Paragraph>(&doc.blocks[block]);
        if (!p) continue;
        bool any = false;  // UTF-8 substrings match where the decoded ones do
        for (size_t k = 0; k < all.size() && !any; ++k)
            any = !found[k] && p->text.find(all[k].keyword) != std::string::npos;
        if (!any) continue;
        const std::u32string s = decodeUtf8(p->text);
        for (size_t k = 0; k < all.size(); ++k) {
            const std::u32string& kw = keywords[k];
            const std::u32string& must = contexts[k];
            for (size_t at = s.find(kw); at != std::u32string::npos && !found[k]; at = s.find(kw, at + 1)) {
                // The first number after the keyword in the same clause, followed by 件.
                for (size_t i = at + kw.size(); i < s.size() && i < at + kw.size() + all[k].window; ++i) {
                    if (isClauseEnd(s[i])) break;
                    size_t j = i;
                    const std::optional<double> n = numberAt(s, j);
                    if (!n) continue;
                    // "1件", or "1 件" as PDFs and some typists space a number off.
                    size_t unit = j;
                    while (unit < s.size() && (s[unit] == U' ' || s[unit] == U'\u00A0' || s[unit] == U'\u3000')) ++unit;
                    const bool counted = unit < s.size() && (s[unit] == U'件' || s[unit] == U'个');
                    const bool context = must.empty() || s.substr(at, i - at).find(must) != std::u32string::npos;
                    if (counted && context) {
                        out.push_back({static_cast<int>(k), *n, static_cast<int>(block), utf16Offset(s, i),
                                       utf16Offset(s, j)});
                        // 共收到 and 新收 state the same cell: the first statement speaks for both.
                        for (size_t o = 0; o < all.size(); ++o)
                            found[o] = found[o] || all[o].cells[0] == all[k].cells[0];
                    }
                    break;
                }
            }
        }
    }
    return out;
}

}  // namespace nianbao
