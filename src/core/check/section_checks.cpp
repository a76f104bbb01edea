// N2 and N3: the six sections of the format, and S6's 信息处理费 statement.
#include <string>

#include "core/check/prose_checks.hpp"
#include "core/formats/formats.hpp"

namespace nianbao {

namespace {

const SectionDecl* declOf(const Report& r, const std::string& id) {
    for (const SectionDecl& s : r.format->sections)
        if (s.id == id) return &s;
    return nullptr;
}

std::string canonicalTitle(const SectionDecl* d) {
    return d ? d->number + "、" + d->titles[0] : std::string();
}

Finding sectionFinding(const char* rule, const char* severity, const std::string& id) {
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.cells = {id};  // the finding is about a section: name it
    return f;
}

// Text from a section's heading to the next found heading (or the end).
std::string sectionText(const Document& doc, const Report& report, const SectionHit& hit) {
    int end = static_cast<int>(doc.blocks.size());
    for (const SectionHit& other : report.sections)
        if (other.found && other.block > hit.block && other.block < end) end = other.block;
    std::string text;
    for (int b = hit.block + 1; b >= 0 && b < end; ++b)
        if (const auto* p = std::get_if<Paragraph>(&doc.blocks[static_cast<size_t>(b)])) text += p->text;
    return text;
}

}  // namespace

std::vector<Finding> sectionFindings(const Document& doc, const Report& report) {
    std::vector<Finding> out;
    if (!report.format) return out;
    int lastBlock = -1;
    std::string lastTitle;
    for (const SectionHit& s : report.sections) {
        const SectionDecl* d = declOf(report, s.id);
        const std::string canon = canonicalTitle(d);
        if (!s.found) {
            if (d && !d->required) continue;
            Finding f = sectionFinding("N3", "warning", s.id);
            f.message = "缺少第" + (d ? d->number : s.id) + "部分“" + canon + "”";
            f.messageEn = "Section " + s.id + " (" + canon + ") is missing";
            out.push_back(std::move(f));
            continue;
        }
        if (!s.titleOk) {
            Finding f = sectionFinding("N3", "warning", s.id);
            f.message = "第" + (d ? d->number : s.id) + "部分标题“" + s.title + "”与格式规定的“" +
                        canon + "”不符";
            f.messageEn = "Section " + s.id + " is titled \"" + s.title + "\", the format says \"" +
                          canon + "\"";
            out.push_back(std::move(f));
        } else if (!s.numbered) {
            // Accepted by the format's readers, but the format numbers its headings.
            Finding f = sectionFinding("N3", "info", s.id);
            f.message = "标题“" + s.title + "”缺少序号，格式规定为“" + canon + "”";
            f.messageEn = "Heading \"" + s.title + "\" lacks its number (" + canon + ")";
            out.push_back(std::move(f));
        }
        if (s.block >= 0) {
            if (s.block < lastBlock) {
                Finding f = sectionFinding("N3", "warning", s.id);
                f.message = "“" + s.title + "”出现在“" + lastTitle + "”之前，顺序与格式不符";
                f.messageEn = "Section " + s.id + " comes before the section preceding it in the format";
                out.push_back(std::move(f));
            } else {
                lastBlock = s.block;
                lastTitle = s.title;
            }
        }
    }
    // N2: sections the format requires to mention something.
    for (const SectionHit& s : report.sections) {
        const SectionDecl* d = declOf(report, s.id);
        if (!d || d->mustMention.empty()) continue;
        const std::string title = canonicalTitle(d);
        if (!s.found) {
            Finding f = sectionFinding("N2", "warning", s.id);
            f.message = "缺少“" + title + "”，未报告" + d->mentionWhatZh;
            f.messageEn = "Section " + s.id + " is missing, so the report says nothing on " + d->mentionWhatEn;
            out.push_back(std::move(f));
        } else if (s.block >= 0 && sectionText(doc, report, s).find(d->mustMention) == std::string::npos) {
            Finding f = sectionFinding("N2", "warning", s.id);
            f.message = "“" + title + "”未说明" + d->mentionWhatZh;
            f.messageEn = "Section " + s.id + " does not report " + d->mentionWhatEn;
            out.push_back(std::move(f));
        }
    }
    return out;
}

std::vector<Finding> yearFindings(const Report& report) {
    std::vector<Finding> out;
    if (!report.format) return out;
    if (report.titleYear && report.dataYear && report.titleYear != report.dataYear) {
        Finding f;
        f.rule = "N4";
        f.severity = "warning";
        f.lhs = report.dataYear;
        f.rhs = report.titleYear;
        f.message = "统计期为" + std::to_string(report.dataYear) + "年，但标题为" +
                    std::to_string(report.titleYear) + "年";
        f.messageEn = "The statistics cover " + std::to_string(report.dataYear) + " but the title says " +
                      std::to_string(report.titleYear);
        out.push_back(std::move(f));
    }
    const int year = report.dataYear ? report.dataYear : report.titleYear;
    const FormatDecl& used = *report.format;
    if (year && !used.appliesTo(year)) {
        const FormatDecl* fits = nullptr;
        for (const FormatDecl* f : knownFormats())
            if (!fits && f->appliesTo(year)) fits = f;
        Finding f;
        f.rule = "N4";
        f.severity = "warning";
        f.lhs = year;
        const std::string y = std::to_string(year);
        f.message = y + "年度报告使用了" + used.version + "年版格式（" + used.source + "）";
        f.messageEn = "A report on " + y + " uses the " + used.version + " format";
        if (fits) {
            f.message += "，应使用" + fits->version + "年版";
            f.messageEn += "; the " + fits->version + " format applies";
        }
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace nianbao
