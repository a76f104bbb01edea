// format.md "Reading a value cell", rule by rule and kind by kind.
#include <gtest/gtest.h>

#include "core/recognize/number_reader.hpp"

namespace nianbao {
namespace {

using S = NumberReading::Status;
using Repairs = std::vector<std::string>;

TEST(NumberReader, PlainAndPaddedCountsReadCleanly) {
    for (const char* text : {"7", " 7", "0 ", "\u3000\u30000", " \u30000", "\t12\n", "\u00a03"}) {
        const NumberReading r = readNumber(text, ValueKind::Count);
        EXPECT_EQ(r.status, S::Number) << text;
        EXPECT_TRUE(r.repairs.empty()) << text;
    }
    EXPECT_EQ(readNumber(" 7", ValueKind::Count).value, 7);
    EXPECT_EQ(readNumber("\u3000\u300012", ValueKind::Count).value, 12);
    EXPECT_EQ(readNumber("007", ValueKind::Count).value, 7);
}

TEST(NumberReader, SplitDigitsAreJoinedAndFlagged) {
    NumberReading r = readNumber("1 0", ValueKind::Count);
    EXPECT_EQ(r.status, S::Repaired);
    EXPECT_EQ(r.value, 10);
    EXPECT_EQ(r.repairs, Repairs{"split-digits"});
    r = readNumber(" 1\u30002 3 ", ValueKind::Count);
    EXPECT_EQ(r.value, 123);
    EXPECT_EQ(r.repairs, Repairs{"split-digits"});
    EXPECT_EQ(readNumber("1\n0", ValueKind::Count).value, 10);
}

TEST(NumberReader, FullWidthDigitsAreMapped) {
    NumberReading r = readNumber("１２", ValueKind::Count);
    EXPECT_EQ(r.status, S::Repaired);
    EXPECT_EQ(r.value, 12);
    EXPECT_EQ(r.repairs, Repairs{"full-width"});
    r = readNumber("３．５", ValueKind::Amount);
    EXPECT_EQ(r.value, 3.5);
    EXPECT_EQ(r.repairs, Repairs{"full-width"});
}

TEST(NumberReader, ThousandsSeparatorsAreDropped) {
    NumberReading r = readNumber("1,234", ValueKind::Count);
    EXPECT_EQ(r.status, S::Repaired);
    EXPECT_EQ(r.value, 1234);
    EXPECT_EQ(r.repairs, Repairs{"thousands"});
    EXPECT_EQ(readNumber("12,345.25", ValueKind::Amount).value, 12345.25);
    EXPECT_EQ(readNumber("1，234", ValueKind::Count).value, 1234);  // full-width comma
    EXPECT_EQ(readNumber("1,23", ValueKind::Count).status, S::Invalid);
    EXPECT_EQ(readNumber("1234,567", ValueKind::Count).status, S::Invalid);
    EXPECT_EQ(readNumber(",123", ValueKind::Count).status, S::Invalid);
}

TEST(NumberReader, TrailingUnitsAreDropped) {
    NumberReading r = readNumber("3件", ValueKind::Count);
    EXPECT_EQ(r.status, S::Repaired);
    EXPECT_EQ(r.value, 3);
    EXPECT_EQ(r.repairs, Repairs{"unit"});
    r = readNumber("2.5万元", ValueKind::Amount);
    EXPECT_EQ(r.value, 2.5);
    EXPECT_EQ(r.repairs, Repairs{"unit"});
    EXPECT_EQ(readNumber("300 元", ValueKind::Amount).value, 300);
    EXPECT_EQ(readNumber("3万元", ValueKind::Count).status, S::Invalid);  // money in a count column
    EXPECT_EQ(readNumber("件", ValueKind::Count).status, S::Invalid);
}

TEST(NumberReader, RepairsCombine) {
    const NumberReading r = readNumber("１ ０件", ValueKind::Count);
    EXPECT_EQ(r.value, 10);
    EXPECT_EQ(r.repairs, (Repairs{"full-width", "unit", "split-digits"}));
}

TEST(NumberReader, PlaceholdersReadAsZero) {
    const NumberReading blank = readNumber(" \u3000 ", ValueKind::Count);
    EXPECT_EQ(blank.status, S::Placeholder);
    EXPECT_TRUE(blank.blank);
    EXPECT_EQ(readNumber("", ValueKind::Count).status, S::Placeholder);
    for (const char* text : {"/", "／", "—", "-", "－", "无", "——", " / "}) {
        const NumberReading r = readNumber(text, ValueKind::Count);
        EXPECT_EQ(r.status, S::Placeholder) << text;
        EXPECT_FALSE(r.blank) << text;
        EXPECT_EQ(r.value, 0) << text;
        EXPECT_TRUE(r.ok());
    }
    EXPECT_EQ(readNumber("-", ValueKind::SignedCount).status, S::Placeholder);
}

TEST(NumberReader, CountsAreNonNegativeIntegers) {
    for (const char* text : {"-1", "+1", "1.5", "abc", "1a", "一", "1 a", "1-2", "1/2", ". 5", "∞"}) {
        const NumberReading r = readNumber(text, ValueKind::Count);
        EXPECT_EQ(r.status, S::Invalid) << text;
        EXPECT_EQ(r.value, 0) << text;
        EXPECT_FALSE(r.ok()) << text;
    }
}

TEST(NumberReader, SignedCountsTakeASign) {
    EXPECT_EQ(readNumber("-3", ValueKind::SignedCount).value, -3);
    EXPECT_EQ(readNumber("+3", ValueKind::SignedCount).value, 3);
    EXPECT_EQ(readNumber("-3", ValueKind::SignedCount).status, S::Number);
    const NumberReading r = readNumber("－2", ValueKind::SignedCount);
    EXPECT_EQ(r.value, -2);
    EXPECT_EQ(r.repairs, Repairs{"full-width"});
    EXPECT_EQ(readNumber("＋2", ValueKind::SignedCount).value, 2);
    EXPECT_EQ(readNumber("1.5", ValueKind::SignedCount).status, S::Invalid);
    EXPECT_EQ(readNumber("--2", ValueKind::SignedCount).status, S::Invalid);
}

TEST(NumberReader, AmountsAreNonNegativeDecimals) {
    EXPECT_EQ(readNumber("0.35", ValueKind::Amount).value, 0.35);
    EXPECT_EQ(readNumber("12", ValueKind::Amount).value, 12);
    EXPECT_EQ(readNumber("0.35", ValueKind::Amount).status, S::Number);
    for (const char* text : {"-1.5", "1.", ".5", "1.2.3", "1,2"})
        EXPECT_EQ(readNumber(text, ValueKind::Amount).status, S::Invalid) << text;
}

TEST(NumberReader, BrokenUtf8IsInvalidNotACrash) {
    EXPECT_EQ(readNumber("\xff\xfe", ValueKind::Count).status, S::Invalid);
    EXPECT_EQ(readNumber("1\xe4", ValueKind::Count).status, S::Invalid);
}

}  // namespace
}  // namespace nianbao
