#include "core/check/layout_findings.hpp"

#include "core/model/labels.hpp"

namespace nianbao {

std::vector<Finding> layoutFindings(const Report& report) {
    std::vector<Finding> out;
    if (!report.format) return out;
    for (const RecognizedTable& t : report.tables) {
        if (!t.found || !t.layout || t.layout == report.format) continue;
        Finding f;
        f.rule = "L1";
        f.severity = "warning";
        f.table = t.id;
        const std::string old = t.layout->version, now = report.format->version;
        f.message = tableTitle(report, t.id) + "按" + old + "年版格式（" + t.layout->source + "）填写，本报告其余部分为" +
                    now + "年版格式：已按" + old + "年版核对，建议按" + now + "年版重建该表";
        f.messageEn = "Table " + t.id + " is laid out as in the " + old + " format, the rest of the report as in the " +
                      now + " format: checked as " + old + "; rebuild it in the " + now + " layout";
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace nianbao
