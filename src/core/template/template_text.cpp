#include "core/template/template_text.hpp"

namespace nianbao::tmpl::text {

const char* const kTitle = "〔机关名称〕〔年度〕年政府信息公开工作年度报告";

const char* const kIntro =
    "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息"
    "公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。本报告中所列数据的统计期限自〔年度〕"
    "年1月1日起至〔年度〕年12月31日止。本报告电子版可在〔网站名称〕（〔网址〕）查阅或下载。如对本"
    "报告有疑问，请与〔机关名称〕联系（地址：〔地址〕；邮编：〔邮编〕；电话：〔电话〕）。";

const std::vector<SubHeading>& s1SubHeadings() {
    static const std::vector<SubHeading> list = {
        {"（一）主动公开", "〔主动公开工作情况〕"},
        {"（二）依申请公开", "〔依申请公开工作情况〕"},
        {"（三）政府信息管理", "〔政府信息管理工作情况〕"},
        {"（四）政府信息公开平台建设", "〔政府信息公开平台建设情况〕"},
        {"（五）监督保障", "〔监督保障工作情况〕"},
    };
    return list;
}

const char* sectionPlaceholder(const std::string& id) {
    if (id == "S5") return "〔存在的主要问题及改进情况〕";
    if (id == "S6") return "〔其他需要报告的事项〕";
    return "";
}

const char* const kFeeStatement =
    "本年度〔机关名称〕共发出收费通知〔数量〕件，总金额〔金额〕元，实际收取信息处理费〔金额〕元。";

const char* const kT2ContentHeader = "信息内容";
const char* const kT4LawsuitHeader = "行政诉讼";
const char* const kT3NoteOpen = "（本列数据的勾稽关系为：";
const char* const kT3NoteClose = "）";

}  // namespace nianbao::tmpl::text
