// 国办公开办函〔2019〕60号 格式（试行): reports on 2019 and 2020.
#include "core/formats/common_parts.hpp"
#include "core/formats/formats.hpp"

namespace nianbao {

using formats::axis;
using formats::t2Row;
using formats::valueColumn;

namespace {

TableDecl t2() {
    TableDecl t;
    t.id = "T2";
    t.section = "S2";
    AxisDecl newMade = valueColumn("new_made", {"本年新制作数量"});
    newMade.successor = "made";  // 2021's 本年制发件数
    t.columns = {
        newMade,
        valueColumn("new_published", {"本年新公开数量"}),
        valueColumn("total_published", {"对外公开总数量"}),
        valueColumn("prev_items", {"上一年项目数量"}),
        valueColumn("change", {"本年增/减", "本年增减", "本年增(减)"}, ValueKind::SignedCount),
        valueColumn("decisions", {"处理决定数量", "本年处理决定数量"}),
        valueColumn("items", {"采购项目数量"}),
        valueColumn("amount", {"采购总金额", "采购总金额（单位：万元）", "采购总金额（单位：元）"},
                    ValueKind::Amount),
    };
    const std::vector<std::string> docs = {"new_made", "new_published", "total_published"};
    const std::vector<std::string> items = {"prev_items", "change", "decisions"};
    t.rows = {
        t2Row("rules", {"规章"}, "第二十条第（一）项", docs),
        t2Row("normative", {"规范性文件", "行政规范性文件"}, "第二十条第（一）项", docs),
        t2Row("licensing", {"行政许可"}, "第二十条第（五）项", items),
        t2Row("other_services", {"其他对外管理服务事项"}, "第二十条第（五）项", items),
        t2Row("penalty", {"行政处罚"}, "第二十条第（六）项", items),
        t2Row("coercion", {"行政强制"}, "第二十条第（六）项", items),
        t2Row("admin_fees", {"行政事业性收费"}, "第二十条第（八）项", {"prev_items", "change"}),
        t2Row("procurement", {"政府集中采购"}, "第二十条第（九）项", {"items", "amount"}),
    };
    return t;
}

FormatDecl build() {
    FormatDecl f;
    f.version = "2019";
    f.source = "国办公开办函〔2019〕60号";
    f.lastYear = 2020;  // and every earlier year: nothing older is checked
    f.sections = formats::commonSections();
    TableDecl t3 = formats::t3Head();
    // 2019: （六）其他处理 is a single row of its own.
    t3.rows.push_back(axis("other", {"（六）其他处理"}, "三、本年度办理结果"));
    t3.rows.back().successor = "other_3";  // 2021 splits the row; what it held is 3.其他
    formats::t3Tail(t3);
    f.claims = formats::commonClaims();
    f.carries = {formats::t3Carry()};  // its T2 has no count of documents in force
    f.tables = {t2(), t3, formats::t4()};
    f.distinguishingLabels = {"本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
                              "本年增/减", "其他对外管理服务事项", "采购项目数量"};
    return f;
}

}  // namespace

const FormatDecl& format2019() {
    static const FormatDecl f = build();
    return f;
}

}  // namespace nianbao
