// 国办公开办函〔2021〕30号: the format for reports on 2021 and later.
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
    t.columns = {
        valueColumn("made", {"本年制发件数"}),
        valueColumn("repealed", {"本年废止件数"}),
        valueColumn("valid", {"现行有效件数"}),
        valueColumn("decisions", {"本年处理决定数量", "处理决定数量"}),
        valueColumn("fee_amount", {"本年收费金额（单位：万元）", "本年收费金额"}, ValueKind::Amount),
    };
    const std::vector<std::string> docs = {"made", "repealed", "valid"};
    t.rows = {
        t2Row("rules", {"规章"}, "第二十条第（一）项", docs),
        // 2019 wrote 规范性文件; both versions accept either wording.
        t2Row("normative", {"行政规范性文件", "规范性文件"}, "第二十条第（一）项", docs),
        t2Row("licensing", {"行政许可"}, "第二十条第（五）项", {"decisions"}),
        t2Row("penalty", {"行政处罚"}, "第二十条第（六）项", {"decisions"}),
        t2Row("coercion", {"行政强制"}, "第二十条第（六）项", {"decisions"}),
        t2Row("admin_fees", {"行政事业性收费"}, "第二十条第（八）项", {"fee_amount"}),
    };
    return t;
}

const char* kOther = "（六）其他处理";

// Y1 of T2: the documents in force are last year's plus those made, less those repealed.
CarryDecl t2Carry() {
    CarryDecl c;
    c.table = "T2";
    c.scope = RelationDecl::Scope::EachRow;
    c.now = c.before = "valid";
    c.plus = {"made"};
    c.minus = {"repealed"};
    c.messageZh = "{scope}：{this}的现行有效件数（{N}）不等于{last}的现行有效件数（{B}）加本年制发（{P}）减本年废止（{M}）";
    c.messageEn = "「{scope}」: valid in {this_en} ({N}) differs from {B} valid in {last_en} + made {P} - repealed {M}";
    return c;
}

FormatDecl build() {
    FormatDecl f;
    f.version = "2021";
    f.source = "国办公开办函〔2021〕30号";
    f.firstYear = 2021;
    f.sections = formats::commonSections();
    // 国办函〔2020〕109号: since 2021 the last section reports information processing fees.
    SectionDecl& s6 = f.sections.back();
    s6.mustMention = "处理费";
    s6.mentionWhatZh = "信息处理费收取情况";
    s6.mentionWhatEn = "information processing fees";
    TableDecl t3 = formats::t3Head();
    t3.rows.push_back(axis(
        "other_1", {"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"}, kOther));
    t3.rows.push_back(axis(
        "other_2", {"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
        kOther));
    t3.rows.push_back(axis("other_3", {"3.其他"}, kOther));
    formats::t3Tail(t3);
    f.claims = formats::commonClaims();
    f.carries = {formats::t3Carry(), t2Carry()};
    f.tables = {t2(), t3, formats::t4()};
    f.distinguishingLabels = {
        "本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额",
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    };
    return f;
}

}  // namespace

const FormatDecl& format2021() {
    static const FormatDecl f = build();
    return f;
}

}  // namespace nianbao
