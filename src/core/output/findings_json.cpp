// findings.md's JSON shape, with ordered keys so the output is stable.
#include "core/output/findings_json.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

namespace nianbao {

namespace {

using Json = nlohmann::ordered_json;

bool isAmountColumn(const Report& report, const ReportCell& c) {
    const TableDecl* t = report.tableDecl(c.table);
    const AxisDecl* a = t ? findColumn(*t, c.col) : nullptr;
    return a && a->kind == ValueKind::Amount;
}

// Counts print as integers (7, not 7.0).
Json number(double v) {
    if (std::isfinite(v) && std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 9e15)
        return Json(static_cast<long long>(std::llround(v)));
    return Json(v);
}

Json whereJson(const std::vector<Where>& places) {
    Json list = Json::array();
    for (const Where& w : places) {
        Json j;
        switch (w.kind) {
            case Where::Kind::Cell:
                j["table"] = w.table;
                j["cell"] = w.cell;
                break;
            case Where::Kind::Span:
                j["paragraph"] = w.paragraph;
                j["start"] = w.start;
                j["end"] = w.end;
                break;
            case Where::Kind::After:
                j["after_paragraph"] = w.paragraph;  // -1: before the first paragraph
                break;
        }
        list.push_back(std::move(j));
    }
    return list;
}

Json changeJson(const CellChange& c) {
    Json j;
    j["cell"] = c.cell;
    j["from"] = c.from;
    j["to"] = number(c.to);
    j["why"] = c.why;
    j["why_en"] = c.whyEn;
    j["typo"] = c.typo;
    j["where"] = whereJson(c.where);
    return j;
}

Json findingJson(const Finding& f) {
    Json j;
    j["rule"] = f.rule;
    j["severity"] = f.severity;
    if (!f.table.empty()) j["table"] = f.table;
    if (!f.column.empty()) j["column"] = f.column;
    if (!f.row.empty()) j["row"] = f.row;
    j["cells"] = f.cells;
    if (f.lhs) j["lhs"] = number(*f.lhs);
    if (f.rhs) j["rhs"] = number(*f.rhs);
    j["message"] = f.message;
    if (!f.messageEn.empty()) j["message_en"] = f.messageEn;
    j["where"] = whereJson(f.where);
    return j;
}

Json tableJson(const Report& report, const RecognizedTable& t) {
    Json j;
    j["id"] = t.id;
    j["found"] = t.found;
    // The format version whose layout the table is written in (usually the report's).
    const FormatDecl* layout = t.layout ? t.layout : report.format;
    if (t.found && layout) j["layout"] = layout->version;
    j["writer_tables"] = t.writerTables;
    Json cells = Json::object();
    for (const ReportCell& c : t.cells) {
        Json cj;
        cj["text"] = c.text;
        if (!c.reading.ok())
            cj["value"] = nullptr;
        else if (isAmountColumn(report, c))
            cj["value"] = c.reading.value;  // a decimal, printed as one
        else
            cj["value"] = number(c.reading.value);
        cj["at"] = c.at;
        cells[c.row + "." + c.col] = std::move(cj);
    }
    j["cells"] = std::move(cells);
    return j;
}

}  // namespace

std::string toJson(const CheckResult& result, int indent) {
    if (!result.error.empty()) return errorJson(result.document, result.error, indent);
    const Report& report = *result.report;
    Json j;
    j["schema"] = kFindingsSchema;
    j["document"] = result.document;
    j["verdict"] = verdictOf(result);
    if (!result.detail.empty()) j["detail"] = result.detail;
    if (report.format)
        j["format_version"] = report.format->version;
    else
        j["format_version"] = nullptr;
    Json sections = Json::array();
    for (const SectionHit& s : report.sections) {
        Json sj;
        sj["id"] = s.id;
        sj["found"] = s.found;
        if (s.found) sj["title"] = s.title;
        sections.push_back(std::move(sj));
    }
    if (result.year) j["year"] = result.year;
    if (result.previous) {  // last year's report (Y1): which file and year it was
        const PreviousReport& p = *result.previous;
        Json pj;
        pj["document"] = p.document;
        if (p.year) pj["year"] = p.year;
        pj["recognized"] = p.recognized;
        if (!p.error.empty()) pj["error"] = p.error;
        j["previous"] = std::move(pj);
    }
    j["sections"] = std::move(sections);
    Json tables = Json::array();
    for (const RecognizedTable& t : report.tables) tables.push_back(tableJson(report, t));
    j["tables"] = std::move(tables);
    Json findings = Json::array();
    for (const Finding& f : result.findings) findings.push_back(findingJson(f));
    j["findings"] = std::move(findings);
    Json corr;
    corr["status"] = statusName(result.correction.status);
    Json changes = Json::array();
    for (const CellChange& c : result.correction.changes) changes.push_back(changeJson(c));
    corr["changes"] = std::move(changes);
    Json alts = Json::array();
    for (const auto& alt : result.correction.alternatives) {
        Json a = Json::array();
        for (const CellChange& c : alt) a.push_back(changeJson(c));
        alts.push_back(std::move(a));
    }
    corr["alternatives"] = std::move(alts);
    j["correction"] = std::move(corr);
    return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string errorJson(const std::string& document, const std::string& message, int indent) {
    Json j;
    j["schema"] = kFindingsSchema;
    j["document"] = document;
    j["verdict"] = "unreadable";
    j["error"] = message;
    return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace nianbao
