// N1: "共收到…申请N件" and friends, read from the prose and held to the tables.
#include <cmath>
#include <cstring>
#include <functional>
#include <optional>
#include <string_view>

#include "core/labels.hpp"
#include "core/prose_checks.hpp"

namespace nianbao {

namespace {

std::u32string decode(const std::string& s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < n && i + static_cast<size_t>(k) < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
        out.push_back(cp);
        i += static_cast<size_t>(n);
    }
    return out;
}

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

struct Claim {
    const char* keyword;     // where the statement starts
    const char* mustContain; // in the same clause, between keyword and number ("" = none)
    size_t window;           // code points from the keyword to the number
    std::vector<const char*> cells;  // summed
    const char* whatZh;
    const char* whatEn;
};

const std::vector<Claim>& claims() {
    static const std::vector<Claim> c = {
        {"共收到", "申请", 30, {"T3.new.total"}, "本年新收政府信息公开申请数量", "new requests"},
        {"新收", "申请", 30, {"T3.new.total"}, "本年新收政府信息公开申请数量", "new requests"},
        {"上年结转", "", 16, {"T3.carried_in.total"}, "上年结转政府信息公开申请数量", "requests carried over"},
        {"予以公开", "", 6, {"T3.r_open.total"}, "予以公开数量", "requests granted"},
        {"行政复议", "", 10, {"T4.counts.rv_tot"}, "行政复议总计", "reconsiderations"},
        {"行政诉讼", "", 10, {"T4.counts.ld_tot", "T4.counts.la_tot"}, "行政诉讼总计", "lawsuits"},
    };
    return c;
}

// Whether UTF-8 `text` holds claim k's keyword. Horspool skips ahead on a
// mismatch; plain find() stops at every lead byte of the CJK text.
bool mentions(const std::string& text, size_t k) {
    using Finder = std::boyer_moore_horspool_searcher<const char*>;
    static const std::vector<Finder> finders = [] {
        std::vector<Finder> f;
        for (const Claim& c : claims()) f.emplace_back(c.keyword, c.keyword + std::strlen(c.keyword));
        return f;
    }();
    const char* end = text.data() + text.size();
    return finders[k](text.data(), end).first != end;
}

}  // namespace

std::vector<StatedNumber> statedNumbers(const Document& doc) {
    const std::vector<Claim>& all = claims();
    std::vector<StatedNumber> out;
    std::vector<bool> found(all.size(), false);  // one statement per kind: the first
    std::vector<std::u32string> keywords, contexts;
    for (const Claim& c : all) keywords.push_back(decode(c.keyword)), contexts.push_back(decode(c.mustContain));
    for (const Block& b : doc.blocks) {
        const auto* p = std::get_if<Paragraph>(&b);
        if (!p) continue;
        bool any = false;  // UTF-8 substrings match where the decoded ones do
        for (size_t k = 0; k < all.size() && !any; ++k) any = !found[k] && mentions(p->text, k);
        if (!any) continue;
        const std::u32string s = decode(p->text);
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
                    const bool counted = j < s.size() && (s[j] == U'件' || s[j] == U'个');
                    const bool context = must.empty() || s.substr(at, i - at).find(must) != std::u32string::npos;
                    if (counted && context) {
                        out.push_back({static_cast<int>(k), *n});
                        // 共收到 and 新收 state the same cell: the first statement speaks for both.
                        for (size_t o = 0; o < all.size(); ++o)
                            found[o] = found[o] || std::string_view(all[o].cells[0]) == all[k].cells[0];
                    }
                    break;
                }
            }
        }
    }
    return out;
}

std::vector<Finding> proseNumberFindings(const Report& report) {
    std::vector<Finding> out;
    const std::vector<Claim>& all = claims();
    for (const StatedNumber& stated : report.stated) {
        if (stated.claim < 0 || static_cast<size_t>(stated.claim) >= all.size()) continue;
        const Claim& c = all[static_cast<size_t>(stated.claim)];
        double tableValue = 0;
        bool have = true;  // a statement about a cell the report lacks is not checkable
        for (const char* key : c.cells) {
            const ReportCell* cell = report.cell(key);
            if (!cell || !cell->reading.ok()) have = false;
            else tableValue += cell->reading.value;
        }
        if (!have || std::fabs(stated.value - tableValue) <= 1e-9) continue;
        Finding f;
        f.rule = "N1";
        f.severity = "warning";
        f.table = std::string(c.cells[0]).substr(0, 2);
        for (const char* key : c.cells) f.cells.push_back(key);
        f.lhs = stated.value;
        f.rhs = tableValue;
        f.message = std::string("正文称") + c.keyword + "…" + formatNumber(stated.value) + "件，与表中" + c.whatZh +
                    "（" + formatNumber(tableValue) + "）不一致";
        f.messageEn = std::string("The text states ") + formatNumber(stated.value) + " " + c.whatEn +
                      ", the table " + formatNumber(tableValue);
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace nianbao
