// Label normalization: what may differ between the format and a report
// without changing which label it is.
#include <gtest/gtest.h>

#include "core/text/normalize.hpp"

namespace nianbao {
namespace {

std::string key(const char* s) { return encodeUtf8(labelKey(s)); }

TEST(Normalize, Utf8RoundTripsAndSurvivesGarbage) {
    const std::string text = "商业企业 ＡＢ１ \xF0\x9F\x98\x80";
    EXPECT_EQ(encodeUtf8(decodeUtf8(text)), text);
    EXPECT_EQ(decodeUtf8("\xff").front(), char32_t{0xFFFD});
    EXPECT_EQ(decodeUtf8("\xe4\xb8").size(), 2u);   // truncated: one U+FFFD per byte
    EXPECT_EQ(decodeUtf8("\xc0\xaf")[0], char32_t{0xFFFD});  // overlong '/'
    EXPECT_EQ(decodeUtf8("\xed\xa0\x80")[0], char32_t{0xFFFD});  // a surrogate
}

TEST(Normalize, SpacesAndLineBreaksVanish) {
    EXPECT_EQ(key("商业\n企业"), "商业企业");
    EXPECT_EQ(key(" 自 然\u3000人\r\n"), "自然人");
    EXPECT_EQ(key("社会公益\u00a0组织"), "社会公益组织");
}

TEST(Normalize, FullWidthAndQuotesAreCanonical) {
    EXPECT_EQ(key("（二）部分公开（区分处理的）"), "部分公开(区分处理的)");
    EXPECT_EQ(key("危及“三安全一稳定”"), "危及\"三安全一稳定\"");
    EXPECT_EQ(key("危及\"三安全一稳定\""), "危及\"三安全一稳定\"");
    EXPECT_EQ(key("本年收费金额（单位：万元）"), "本年收费金额(单位:万元)");
    EXPECT_EQ(key("本年增／减"), "本年增/减");
}

TEST(Normalize, NumberingIsStripped) {
    for (const char* s : {"1.属于国家秘密", "1、属于国家秘密", "1．属于国家秘密", "１．属于国家秘密",
                          "(1)属于国家秘密", "1) 属于国家秘密", "属于国家秘密"})
        EXPECT_EQ(key(s), "属于国家秘密") << s;
    for (const char* s : {"一、总体情况", "（一）总体情况", "(一)总体情况", "一.总体情况", "第一部分 总体情况", "总体情况"})
        EXPECT_EQ(key(s), "总体情况") << s;
    EXPECT_EQ(key("2023年工作"), "2023年工作");  // a year is not numbering
    EXPECT_EQ(key("1.5"), "1.5");
}

TEST(Normalize, NumberingIsReported) {
    Numbering n = splitNumbering(canonical("（十二）其他"));
    EXPECT_EQ(n.style, Numbering::Style::ParenChinese);
    EXPECT_EQ(n.value, 12);
    n = splitNumbering(canonical("四、结转下年度继续办理"));
    EXPECT_EQ(n.style, Numbering::Style::Chinese);
    EXPECT_EQ(n.value, 4);
    n = splitNumbering(canonical("８、属于行政查询事项"));
    EXPECT_EQ(n.style, Numbering::Style::Arabic);
    EXPECT_EQ(n.value, 8);
    EXPECT_EQ(splitNumbering(canonical("总计")).style, Numbering::Style::None);
}

TEST(Normalize, LabelsMatchWithOrWithoutNotes) {
    EXPECT_TRUE(labelsMatch("（二）部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
    EXPECT_TRUE(labelsMatch("本年收费金额", "本年收费金额（单位：万元）"));
    EXPECT_TRUE(labelsMatch("商业\n企业", "商业企业"));
    EXPECT_FALSE(labelsMatch("行政规范性文件", "规范性文件"));  // equal only through declared variants
    EXPECT_FALSE(labelsMatch("", ""));
    EXPECT_FALSE(labelsMatch("其他", "其他结果"));
}

TEST(Normalize, ChineseNumerals) {
    EXPECT_EQ(parseChineseNumeral(U"一"), 1);
    EXPECT_EQ(parseChineseNumeral(U"十"), 10);
    EXPECT_EQ(parseChineseNumeral(U"十一"), 11);
    EXPECT_EQ(parseChineseNumeral(U"二十"), 20);
    EXPECT_EQ(parseChineseNumeral(U"九十九"), 99);
    EXPECT_EQ(parseChineseNumeral(U"两"), 2);
    EXPECT_EQ(parseChineseNumeral(U""), 0);
    EXPECT_EQ(parseChineseNumeral(U"零"), 0);
    EXPECT_EQ(parseChineseNumeral(U"十十"), 0);
    EXPECT_EQ(parseChineseNumeral(U"一二"), 0);
}

TEST(Normalize, Years) {
    EXPECT_EQ(findYear(canonical("北京市密云区商务局2023年")), 2023);
    EXPECT_EQ(findYear(canonical("统计期为２０２２年1月1日")), 2022);
    EXPECT_EQ(findYear(canonical("共12023年")), 0);  // five digits are not a year
    EXPECT_EQ(findYear(canonical("2023")), 0);
    const std::u32string s = canonical("2021年报告，统计期为2020年");
    EXPECT_EQ(findYear(s, s.find(U"统计期")), 2020);
}

}  // namespace
}  // namespace nianbao
