#include "core/formats/common_parts.hpp"

namespace nianbao::formats {

AxisDecl axis(std::string id, std::vector<std::string> labels, std::string group, bool total) {
    AxisDecl a;
    a.id = std::move(id);
    a.labels = std::move(labels);
    a.group = std::move(group);
    a.total = total;
    return a;
}

AxisDecl valueColumn(std::string id, std::vector<std::string> labels, ValueKind kind) {
    AxisDecl a = axis(std::move(id), std::move(labels));
    a.kind = kind;
    return a;
}

AxisDecl t2Row(std::string id, std::vector<std::string> labels, std::string block,
               std::vector<std::string> columns) {
    AxisDecl a = axis(std::move(id), std::move(labels), std::move(block));
    a.columns = std::move(columns);
    return a;
}

std::vector<SectionDecl> commonSections() {
    auto section = [](std::string id, std::string number, std::vector<std::string> titles) {
        SectionDecl s;
        s.id = std::move(id);
        s.number = std::move(number);
        s.titles = std::move(titles);
        return s;
    };
    return {
        section("S1", "一", {"总体情况"}),
        section("S2", "二", {"主动公开政府信息情况", "行政机关主动公开政府信息情况"}),
        section("S3", "三", {"收到和处理政府信息公开申请情况"}),
        section("S4", "四",
         {"政府信息公开行政复议、行政诉讼情况",
          "因政府信息公开工作被申请行政复议和提起行政诉讼情况",
          "因政府信息公开被申请行政复议和提起行政诉讼情况",
          "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
          "因政府信息公开被申请行政复议、提起行政诉讼情况",
          "因政府信息公开工作被申请行政复议提起行政诉讼情况",
          "因政府信息公开被申请行政复议提起行政诉讼情况"}),
        section("S5", "五", {"存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况"}),
        section("S6", "六", {"其他需要报告的事项"}),
    };
}

namespace {
const char* kResults = "三、本年度办理结果";
const char* kDeny = "（三）不予公开";
const char* kUnable = "（四）无法提供";
const char* kNoproc = "（五）不予处理";
}  // namespace

TableDecl t3Head() {
    TableDecl t;
    t.id = "T3";
    t.section = "S3";
    const char* org = "法人或其他组织";
    t.columns = {
        axis("np", {"自然人"}, "申请人情况"),
        axis("biz", {"商业企业"}, org),
        axis("res", {"科研机构"}, org),
        axis("ngo", {"社会公益组织"}, org),
        axis("law", {"法律服务机构"}, org),
        axis("oth", {"其他"}, org),
        axis("total", {"总计", "合计"}, "申请人情况", true),
    };
    t.extraColumns = {axis("org_sub", {"法人或其他组织小计", "法人或其他组织合计", "小计"}, org, true)};
    t.subtotalLabels = {"小计", "合计"};
    t.rows = {
        axis("new", {"一、本年新收政府信息公开申请数量"}),
        axis("carried_in", {"二、上年结转政府信息公开申请数量"}),
        axis("r_open", {"（一）予以公开"}, kResults),
        axis("r_partial", {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）"}, kResults),
        axis("deny_1", {"1.属于国家秘密"}, kDeny),
        axis("deny_2", {"2.其他法律行政法规禁止公开"}, kDeny),
        axis("deny_3", {"3.危及“三安全一稳定”"}, kDeny),
        axis("deny_4", {"4.保护第三方合法权益"}, kDeny),
        axis("deny_5", {"5.属于三类内部事务信息"}, kDeny),
        axis("deny_6", {"6.属于四类过程性信息"}, kDeny),
        axis("deny_7", {"7.属于行政执法案卷"}, kDeny),
        axis("deny_8", {"8.属于行政查询事项"}, kDeny),
        axis("unable_1", {"1.本机关不掌握相关政府信息"}, kUnable),
        axis("unable_2", {"2.没有现成信息需要另行制作"}, kUnable),
        axis("unable_3", {"3.补正后申请内容仍不明确"}, kUnable),
        axis("noproc_1", {"1.信访举报投诉类申请"}, kNoproc),
        axis("noproc_2", {"2.重复申请"}, kNoproc),
        axis("noproc_3", {"3.要求提供公开出版物"}, kNoproc),
        axis("noproc_4", {"4.无正当理由大量反复申请"}, kNoproc),
        axis("noproc_5", {"5.要求行政机关确认或重新出具已获取信息"}, kNoproc),
    };
    return t;
}

void t3Tail(TableDecl& t) {
    t.rows.push_back(axis("r_total", {"（七）总计"}, kResults, true));
    t.rows.push_back(axis("carried_out", {"四、结转下年度继续办理"}));

    std::vector<std::string> results;
    for (const AxisDecl& r : t.rows)
        if (r.group != "" && r.id != "r_total") results.push_back(r.id);

    RelationDecl h1;
    h1.rule = "H1";
    h1.scope = RelationDecl::Scope::EachColumn;
    h1.lhs = {"new", "carried_in"};
    h1.rhs = {"r_total", "carried_out"};
    h1.messageZh = "{scope}：第一项加第二项之和（{L}）不等于第三项加第四项之和（{R}）";
    h1.messageEn = "{scope_en}: new + carried over ({L}) differs from total handled + carried forward ({R})";
    h1.descriptionZh = "第一项加第二项之和，等于第三项加第四项之和";
    h1.descriptionEn = "new + carried over = total handled + carried forward";
    h1.statedInHeader = true;

    RelationDecl h2;
    h2.rule = "H2";
    h2.scope = RelationDecl::Scope::EachColumn;
    h2.lhs = {"r_total"};
    h2.rhs = results;
    h2.messageZh = "{scope}：{total}（{T}）不等于各项办理结果之和（{P}）";
    h2.messageEn = "{scope_en}: {total_en} ({T}) differs from the sum of its rows ({P})";
    h2.descriptionZh = "（七）总计等于各项办理结果之和";
    h2.descriptionEn = "total handled = sum of all results";

    RelationDecl h3;
    h3.rule = "H3";
    h3.scope = RelationDecl::Scope::EachRow;
    h3.lhs = {"total"};
    h3.rhs = {"np", "biz", "res", "ngo", "law", "oth"};
    h3.messageZh = "{scope}：{total}（{T}）不等于{parts}之和（{P}）";
    h3.messageEn = "{scope_en}: {total_en} ({T}) differs from the sum of its columns ({P})";
    h3.descriptionZh = "总计等于自然人与各类法人或其他组织之和";
    h3.descriptionEn = "total = natural persons + all organisations";

    t.relations = {h1, h2, h3};
    t.subtotalRow.messageZh = "{scope}：{total}（{T}）不等于各分项之和（{P}）";
    t.subtotalRow.messageEn = "{scope_en}: {total_en} ({T}) differs from the sum of its rows ({P})";
    t.subtotalColumn.messageZh = h3.messageZh;
    t.subtotalColumn.messageEn = h3.messageEn;
}

TableDecl t4() {
    TableDecl t;
    t.id = "T4";
    t.section = "S4";
    t.rows = {axis("counts", {"数量", "件数"})};
    struct Group { const char* prefix; const char* label; };
    const Group groups[] = {{"rv", "行政复议"}, {"ld", "未经复议直接起诉"}, {"la", "复议后起诉"}};
    for (const Group& g : groups) {
        const std::string p = g.prefix;
        t.columns.push_back(axis(p + "_keep", {"结果维持"}, g.label));
        t.columns.push_back(axis(p + "_corr", {"结果纠正"}, g.label));
        t.columns.push_back(axis(p + "_oth", {"其他结果"}, g.label));
        t.columns.push_back(axis(p + "_pend", {"尚未审结"}, g.label));
        t.columns.push_back(axis(p + "_tot", {"总计", "合计"}, g.label, true));
        RelationDecl h4;
        h4.rule = "H4";
        h4.scope = RelationDecl::Scope::Single;
        h4.lhs = {"counts." + p + "_tot"};
        h4.rhs = {"counts." + p + "_keep", "counts." + p + "_corr", "counts." + p + "_oth",
                  "counts." + p + "_pend"};
        h4.messageZh = "{scope}：{total}（{T}）不等于{parts}之和（{P}）";
        h4.messageEn = "{scope_en}: {total_en} ({T}) differs from the sum of its parts ({P})";
        h4.descriptionZh = "各组总计等于结果维持、结果纠正、其他结果、尚未审结之和";
        h4.descriptionEn = "each group's total = upheld + corrected + other + pending";
        t.relations.push_back(h4);
    }
    return t;
}

std::vector<ClaimDecl> commonClaims() {
    return {
        {"共收到", "申请", 30, {"T3.new.total"}, "本年新收政府信息公开申请数量", "new requests"},
        {"新收", "申请", 30, {"T3.new.total"}, "本年新收政府信息公开申请数量", "new requests"},
        {"上年结转", "", 16, {"T3.carried_in.total"}, "上年结转政府信息公开申请数量", "requests carried over"},
        {"予以公开", "", 6, {"T3.r_open.total"}, "予以公开数量", "requests granted"},
        {"行政复议", "", 10, {"T4.counts.rv_tot"}, "行政复议总计", "reconsiderations"},
        {"行政诉讼", "", 10, {"T4.counts.ld_tot", "T4.counts.la_tot"}, "行政诉讼总计", "lawsuits"},
    };
}

CarryDecl t3Carry() {
    CarryDecl c;
    c.table = "T3";
    c.scope = RelationDecl::Scope::EachColumn;
    c.now = "carried_in";
    c.before = "carried_out";
    c.messageZh = "{scope}列：{this}的上年结转（{N}）不等于{last}的结转下年度继续办理（{B}）";
    c.messageEn = "Column 「{scope}」: carried in by {this_en} ({N}) differs from carried forward by {last_en} ({B})";
    return c;
}

}  // namespace nianbao::formats
