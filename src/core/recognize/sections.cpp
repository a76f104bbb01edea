// Section headings (S1..S6), the title year and the statistics year.
#include <algorithm>

#include "core/recognize/internal.hpp"

namespace nianbao::recog {

namespace {

constexpr size_t kMaxHeadingLength = 40;  // code points, spaces removed
constexpr size_t kMaxLooseHeadingLength = 24;

struct Candidate {
    int block;
    const Paragraph* p;
    Label label;
    size_t length;
};

std::vector<Candidate> shortParagraphs(const Document& doc) {
    std::vector<Candidate> out;
    for (size_t b = 0; b < doc.blocks.size(); ++b) {
        const auto* p = std::get_if<Paragraph>(&doc.blocks[b]);
        if (!p) continue;
        const size_t length = canonical(p->text).size();
        if (length == 0 || length > kMaxHeadingLength) continue;
        out.push_back({static_cast<int>(b), p, readLabel(p->text), length});
    }
    return out;
}

std::string trimmedTitle(const std::string& text) {
    const std::u32string s = decodeUtf8(text);
    size_t b = 0, e = s.size();
    while (b < e && isSpace(s[b])) ++b;
    while (e > b && isSpace(s[e - 1])) --e;
    return encodeUtf8(s.substr(b, e - b));
}

SectionHit hitFor(const SectionDecl& s, const Candidate& c, bool titleOk) {
    SectionHit h;
    h.id = s.id;
    h.found = true;
    h.title = trimmedTitle(c.p->text);
    h.block = c.block;
    h.numbered = c.label.numbering.style == Numbering::Style::Chinese;
    h.writtenNumber = h.numbered ? c.label.numbering.value : 0;
    h.titleOk = titleOk;
    return h;
}

}  // namespace

std::vector<SectionHit> findSections(const Document& doc, const FormatDecl& format) {
    const std::vector<Candidate> candidates = shortParagraphs(doc);
    std::vector<SectionHit> hits;
    for (const SectionDecl& s : format.sections) {
        SectionHit h;
        h.id = s.id;
        h.found = false;
        // An accepted title, numbered or not; the first one in the document.
        for (const Candidate& c : candidates) {
            const bool accepted = std::any_of(s.titles.begin(), s.titles.end(),
                                              [&](const std::string& t) { return textMatches(t, c.label); });
            if (accepted) {
                h = hitFor(s, c, true);
                break;
            }
        }
        hits.push_back(h);
    }
    // A heading with the section's own number but another title (titleOk false),
    // only between the neighbouring sections that were found.
    const int sectionNumbers = static_cast<int>(format.sections.size());
    for (int i = 0; i < sectionNumbers; ++i) {
        if (hits[static_cast<size_t>(i)].found) continue;
        int lo = -1, hi = static_cast<int>(doc.blocks.size());
        for (int k = i - 1; k >= 0 && lo < 0; --k)
            if (hits[static_cast<size_t>(k)].found) lo = hits[static_cast<size_t>(k)].block;
        for (int k = i + 1; k < sectionNumbers && hi == static_cast<int>(doc.blocks.size()); ++k)
            if (hits[static_cast<size_t>(k)].found) hi = hits[static_cast<size_t>(k)].block;
        const SectionDecl& s = format.sections[static_cast<size_t>(i)];
        const int number = parseChineseNumeral(decodeUtf8(s.number));
        for (const Candidate& c : candidates) {
            if (c.block <= lo || c.block >= hi) continue;
            if (c.label.numbering.style != Numbering::Style::Chinese || c.label.numbering.value != number) continue;
            if (c.length > kMaxLooseHeadingLength || c.label.key.empty()) continue;
            hits[static_cast<size_t>(i)] = hitFor(s, c, false);
            break;
        }
    }
    return hits;
}

int findTitleYear(const Document& doc, const std::vector<SectionHit>& sections) {
    // The title comes before the first section heading, in the first paragraphs.
    int end = static_cast<int>(doc.blocks.size());
    for (const SectionHit& s : sections)
        if (s.found) end = std::min(end, s.block);
    int seen = 0;
    for (int b = 0; b < end && seen < 5; ++b) {
        const auto* p = std::get_if<Paragraph>(&doc.blocks[static_cast<size_t>(b)]);
        if (!p) continue;
        const std::u32string c = canonical(p->text);
        if (c.empty()) continue;
        ++seen;
        if (c.size() > 60) continue;
        if (const int y = findYear(c)) return y;
    }
    return 0;
}

int findDataYear(const Document& doc) {
    for (const Block& b : doc.blocks) {
        const auto* p = std::get_if<Paragraph>(&b);
        if (!p) continue;
        const std::u32string c = canonical(p->text);
        const size_t at = c.find(U"统计期");
        if (at == std::u32string::npos) continue;
        if (const int y = findYear(c, at)) return y;
    }
    return 0;
}

}  // namespace nianbao::recog
