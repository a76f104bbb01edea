#include "core/template/section_placement.hpp"

#include <regex>

namespace nianbao::tmpl {

namespace {

const Paragraph* paragraphAt(const Document& doc, int block) {
    if (block < 0 || block >= static_cast<int>(doc.blocks.size())) return nullptr;
    return std::get_if<Paragraph>(&doc.blocks[static_cast<size_t>(block)]);
}

std::string squeezed(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') continue;
        if (s.compare(i, 3, "\xE3\x80\x80") == 0) {  // ideographic space
            i += 2;
            continue;
        }
        out += s[i];
    }
    return out;
}

bool isDateLine(const std::string& text) {
    static const std::regex date("^[0-9０-９〇零一二三四五六七八九十]{2,4}年[0-9０-９〇零一二三四五六七八九十]{1,2}月"
                                 "([0-9０-９〇零一二三四五六七八九十]{1,3}日)?$");
    return std::regex_match(squeezed(text), date);
}

// A signature line: short, no sentence punctuation (an organ's name).
bool isSignatureLine(const std::string& text) {
    const std::string s = squeezed(text);
    return !s.empty() && s.size() <= 30 * 3 && s.find("。") == std::string::npos &&
           s.find("，") == std::string::npos;
}

int sectionIndex(const Report& report, const std::string& id) {
    for (size_t i = 0; i < report.sections.size(); ++i)
        if (report.sections[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace

int placementAfter(const Document& doc, const Report& report, const std::string& sectionId) {
    const int k = sectionIndex(report, sectionId);
    if (k < 0) return static_cast<int>(doc.blocks.size()) - 1;
    for (size_t j = static_cast<size_t>(k) + 1; j < report.sections.size(); ++j)
        if (report.sections[j].found) return report.sections[j].block - 1;

    // The last section: at the end, above a trailing signature and date.
    int floor = -1;
    for (int j = k - 1; j >= 0; --j)
        if (report.sections[static_cast<size_t>(j)].found) {
            floor = report.sections[static_cast<size_t>(j)].block;
            break;
        }
    int end = static_cast<int>(doc.blocks.size()) - 1;
    auto blank = [&](int b) {
        const Paragraph* p = paragraphAt(doc, b);
        return p && squeezed(p->text).empty();
    };
    while (end > floor && blank(end)) --end;
    const Paragraph* last = paragraphAt(doc, end);
    if (end > floor && last && isDateLine(last->text)) {
        --end;
        for (int names = 0; names < 2 && end > floor; ++names) {
            while (end > floor && blank(end)) --end;
            const Paragraph* p = paragraphAt(doc, end);
            if (!p || !isSignatureLine(p->text) || end == floor) break;
            --end;
        }
        while (end > floor && blank(end)) --end;
    }
    return end;
}

int headingToImitate(const Report& report, const std::string& sectionId) {
    const int k = sectionIndex(report, sectionId);
    for (int j = k - 1; j >= 0; --j)
        if (report.sections[static_cast<size_t>(j)].found) return report.sections[static_cast<size_t>(j)].block;
    for (size_t j = static_cast<size_t>(k < 0 ? 0 : k); j < report.sections.size(); ++j)
        if (report.sections[j].found) return report.sections[j].block;
    return -1;
}

}  // namespace nianbao::tmpl
