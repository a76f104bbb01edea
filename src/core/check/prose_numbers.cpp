// N1: the numbers the prose states (read at recognition) held to the tables.
#include <cmath>

#include "core/check/prose_checks.hpp"
#include "core/model/labels.hpp"

namespace nianbao {

std::vector<Finding> proseNumberFindings(const Report& report) {
    std::vector<Finding> out;
    if (!report.format) return out;
    const std::vector<ClaimDecl>& all = report.format->claims;
    for (const StatedNumber& stated : report.stated) {
        if (stated.claim < 0 || static_cast<size_t>(stated.claim) >= all.size()) continue;
        const ClaimDecl& c = all[static_cast<size_t>(stated.claim)];
        double tableValue = 0;
        bool have = true;  // a statement about a cell the report lacks is not checkable
        for (const std::string& key : c.cells) {
            const ReportCell* cell = report.cell(key);
            if (!cell || !cell->reading.ok()) have = false;
            else tableValue += cell->reading.value;
        }
        if (!have || std::fabs(stated.value - tableValue) <= 1e-9) continue;
        Finding f;
        f.rule = "N1";
        f.severity = "warning";
        f.table = c.cells[0].substr(0, c.cells[0].find('.'));
        for (const std::string& key : c.cells) f.cells.push_back(key);
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
