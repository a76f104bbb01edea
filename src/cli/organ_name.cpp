#include "cli/organ_name.hpp"

#include <regex>

namespace nianbao::cli {

namespace {

// Drops ASCII blanks, the ideographic space and no-break spaces: titles are
// often spaced out for layout ("商 务 局").
std::string withoutBlanks(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        if (s.compare(i, 3, "\xE3\x80\x80") == 0) {
            i += 2;
            continue;
        }
        if (s.compare(i, 2, "\xC2\xA0") == 0) {
            ++i;
            continue;
        }
        out += s[i];
    }
    return out;
}

std::string withoutYears(std::string s) {
    static const std::regex year("(（|\\()?(19|20)[0-9][0-9]年(度)?(）|\\))?");
    s = std::regex_replace(s, year, "");
    static const std::regex leadingAbout("^关于");
    return std::regex_replace(s, leadingAbout, "");
}

std::size_t titleMarker(const std::string& p) {
    for (const char* marker : {"政府信息公开", "信息公开工作年度报告", "年度报告"}) {
        const std::size_t at = p.find(marker);
        if (at != std::string::npos) return at;
    }
    return std::string::npos;
}

}  // namespace

std::string organFromTitle(const std::vector<std::string>& paragraphs) {
    std::string previous;
    for (const std::string& raw : paragraphs) {
        const std::string p = withoutBlanks(raw);
        if (p.empty()) continue;
        const std::size_t at = titleMarker(p);
        if (at != std::string::npos) {
            std::string organ = withoutYears(p.substr(0, at));
            if (organ.empty()) organ = withoutYears(previous);
            return organ;
        }
        previous = p;
    }
    return std::string();
}

}  // namespace nianbao::cli
