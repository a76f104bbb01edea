// The parts of the blank report (title, intro, S1..S6, T2..T4) and the
// whole report, in the order the format prescribes.
#include <algorithm>
#include <stdexcept>

#include "core/template/template_model.hpp"
#include "core/template/template_text.hpp"

namespace nianbao::tmpl {

namespace {

TemplateParagraph para(Role role, std::string text) {
    TemplateParagraph p;
    p.role = role;
    p.text = std::move(text);
    return p;
}

void addSection(TemplatePart& part, const FormatDecl& format, const SectionDecl& s) {
    part.blocks.emplace_back(para(Role::Heading1, s.number + "、" + s.titles.front()));
    if (s.id == "S1")
        for (const text::SubHeading& sub : text::s1SubHeadings()) {
            part.blocks.emplace_back(para(Role::Heading2, sub.heading));
            part.blocks.emplace_back(para(Role::Placeholder, sub.placeholder));
        }
    for (const TableDecl& t : format.tables)
        if (t.section == s.id) part.blocks.emplace_back(buildTable(format, t.id));
    if (s.id == "S6") part.blocks.emplace_back(para(Role::Body, text::kFeeStatement));
    const std::string placeholder = text::sectionPlaceholder(s.id);
    if (!placeholder.empty()) part.blocks.emplace_back(para(Role::Placeholder, placeholder));
}

void addPart(TemplatePart& part, const FormatDecl& format, const std::string& id) {
    if (id == "title") {
        part.blocks.emplace_back(para(Role::Title, text::kTitle));
    } else if (id == "intro") {
        part.blocks.emplace_back(para(Role::Body, text::kIntro));
    } else if (const SectionDecl* s = format.section(id)) {
        addSection(part, format, *s);
    } else if (format.table(id)) {
        part.blocks.emplace_back(buildTable(format, id));
    } else {
        throw std::invalid_argument("unknown template part: " + id);
    }
}

}  // namespace

const std::vector<std::string>& partIds() {
    static const std::vector<std::string> ids = {"title", "intro", "S1", "S2", "S3", "S4",
                                                 "S5",    "S6",    "T2", "T3", "T4"};
    return ids;
}

bool isPartId(const std::string& id) {
    return id == "report" || std::find(partIds().begin(), partIds().end(), id) != partIds().end();
}

TemplatePart buildPart(const std::string& id, const FormatDecl& format) {
    if (!isPartId(id)) throw std::invalid_argument("unknown template part: " + id);
    TemplatePart part;
    part.id = id;
    if (id == "report") {
        for (const char* p : {"title", "intro", "S1", "S2", "S3", "S4", "S5", "S6"}) addPart(part, format, p);
    } else {
        addPart(part, format, id);
    }
    return part;
}

namespace {

std::string columnName(int c) {
    std::string s;
    for (++c; c > 0; c = (c - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
    return s;
}

int outlineLevel(Role r) {
    switch (r) {
        case Role::Heading1: return 1;
        case Role::Heading2: return 2;
        default: return 0;
    }
}

}  // namespace

Document toDocument(const TemplatePart& part, const std::string& name) {
    Document d;
    d.name = name;
    int tableNo = 0;
    for (const TemplateBlock& b : part.blocks) {
        if (const auto* p = std::get_if<TemplateParagraph>(&b)) {
            Paragraph out;
            out.text = p->text;
            out.outlineLevel = outlineLevel(p->role);
            d.blocks.emplace_back(out);
            continue;
        }
        const TemplateTable& t = std::get<TemplateTable>(b);
        Table out("表格" + std::to_string(++tableNo), t.rows, t.cols);
        for (const TemplateCell& c : t.cells)
            out.addCell({c.text, out.name() + "." + columnName(c.col) + std::to_string(c.row + 1), c.row, c.col,
                         c.rowSpan, c.colSpan});
        d.blocks.emplace_back(std::move(out));
    }
    return d;
}

}  // namespace nianbao::tmpl
