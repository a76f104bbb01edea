// Property tests of error localization over random consistent T3/T4 tables
// (fixed seeds). Identifiability, which decides what a test may demand:
// - T3: every cell sits in its own pair (row H3, column H1/H2), so one wrong
//   cell is the only single-cell fix and must be restored uniquely.
// - T4: a group is one relation total = sum of four parts; any of its five
//   cells fixes it alone and the total is lighter. A wrong part is therefore
//   only decidable through the typing-slip preference: corrupted parts are
//   generated as slips that no other cell of the group can explain.
// - Two wrong cells may have a lighter explanation than the truth, so the
//   test demands an exact, no-heavier correction, and the truth among the
//   tied ones when it is as light.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>

#include "core/check_report.hpp"
#include "core/localize/typo.hpp"
#include "support/checker_reports.hpp"

using namespace nianbao;

namespace {

using Values = std::map<std::string, long>;

Values randomConsistent(std::mt19937& rng) {
    Values v;
    const auto rows = ctest::t3Rows();
    const auto cols = ctest::t3Columns();
    std::uniform_int_distribution<int> pick(0, 9);
    auto small = [&] {
        const int k = pick(rng);
        return k < 5 ? 0L : k < 8 ? static_cast<long>(rng() % 10) : static_cast<long>(rng() % 300);
    };
    for (size_t c = 0; c + 1 < cols.size(); ++c) {
        long results = 0;
        for (const std::string& r : rows) {
            if (r == "new" || r == "carried_in" || r == "r_total" || r == "carried_out") continue;
            const long x = small();
            v["T3." + r + "." + cols[c]] = x;
            results += x;
        }
        v["T3.r_total." + cols[c]] = results;
        const long out = small();
        v["T3.carried_out." + cols[c]] = out;
        const long in = static_cast<long>(rng() % static_cast<unsigned>(results + out + 1));
        v["T3.carried_in." + cols[c]] = in;
        v["T3.new." + cols[c]] = results + out - in;
    }
    for (const std::string& r : rows) {
        long s = 0;
        for (size_t c = 0; c + 1 < cols.size(); ++c) s += v["T3." + r + "." + cols[c]];
        v["T3." + r + ".total"] = s;
    }
    for (const char* g : {"rv", "ld", "la"}) {
        long s = 0;
        for (const char* p : {"_keep", "_corr", "_oth", "_pend"}) {
            const long x = small();
            v[std::string("T4.counts.") + g + p] = x;
            s += x;
        }
        v[std::string("T4.counts.") + g + "_tot"] = s;
    }
    return v;
}

ctest::CellTexts textsOf(const Values& v) {
    ctest::CellTexts t;
    for (const auto& [k, x] : v) t[k] = std::to_string(x);
    return t;
}

CheckResult run(const ctest::CellTexts& t) {
    return checkReport(Document{"p", {}}, ctest::buildReport(t), nullptr, CheckOptions{});
}

bool isTotal(const std::string& key) {
    return key.find(".r_total.") != std::string::npos || key.size() > 6 && (key.substr(key.size() - 6) == ".total" || key.substr(key.size() - 4) == "_tot");
}

// Every hard relation holds once the changes are applied.
bool holdsAfter(const Report& report, const std::vector<CellChange>& changes) {
    std::map<std::string, double> x;
    for (const RecognizedTable& t : report.tables)
        for (const ReportCell& c : t.cells) x[c.key()] = c.reading.value;
    for (const CellChange& c : changes) {
        if (c.to < 0 || c.to != std::floor(c.to)) return false;
        x[c.cell] = c.to;
    }
    for (const Relation& r : report.relations) {
        double l = 0, rr = 0;
        for (const auto& k : r.lhs) l += x[k];
        for (const auto& k : r.rhs) rr += x[k];
        if (std::fabs(l - rr) > 1e-9) return false;
    }
    return true;
}

std::map<std::string, double> asMap(const std::vector<CellChange>& cs) {
    std::map<std::string, double> m;
    for (const CellChange& c : cs) m[c.cell] = c.to;
    return m;
}

// A typing slip of `value`: swapped, wrong, extra or missing digit, or a stray split digit.
std::string slipOf(long value, std::mt19937& rng) {
    std::string s = std::to_string(value);
    for (;;) {
        std::string w = s;
        switch (rng() % 5) {
            case 0:
                if (w.size() < 2) continue;
                { const size_t i = rng() % (w.size() - 1); std::swap(w[i], w[i + 1]); }
                break;
            case 1: w[rng() % w.size()] = static_cast<char>('0' + rng() % 10); break;
            case 2: w.insert(w.begin() + static_cast<long>(rng() % (w.size() + 1)), static_cast<char>('0' + rng() % 10)); break;
            case 3:
                if (w.size() < 2) continue;
                w.erase(w.begin() + static_cast<long>(rng() % w.size()));
                break;
            case 4: w = w + " " + std::to_string(rng() % 10); break;
        }
        if (w.size() > 1 && w[0] == '0' && w.find(' ') == std::string::npos) continue;  // "05"
        std::string digits;
        for (char c : w) if (c != ' ') digits += c;
        if (std::stol(digits) != value) return w;
    }
}

}  // namespace

TEST(LocalizerProperty, ConsistentTablesNeedNoCorrection) {
    std::mt19937 rng(20240101);
    for (int i = 0; i < 2000; ++i) {
        const CheckResult r = run(textsOf(randomConsistent(rng)));
        for (const Finding& f : r.findings) ASSERT_NE(f.severity, "error") << f.message;
        ASSERT_EQ(r.correction.status, CorrectionStatus::NoneNeeded);
    }
}

TEST(LocalizerProperty, OneWrongT3CellIsRestoredUniquely) {
    std::mt19937 rng(7);
    const auto rows = ctest::t3Rows();
    const auto cols = ctest::t3Columns();
    for (int i = 0; i < 2000; ++i) {
        const Values v = randomConsistent(rng);
        ctest::CellTexts t = textsOf(v);
        const std::string key = "T3." + rows[rng() % rows.size()] + "." + cols[rng() % cols.size()];
        const long truth = v.at(key);
        switch (rng() % 3) {
            case 0: t[key] = slipOf(truth, rng); break;                  // typing slip
            case 1: t[key] = std::to_string(truth + 1 + rng() % 20); break;  // plainly wrong
            case 2:                                                      // blanked
                if (truth == 0) t[key] = "3"; else t[key] = "";
                break;
        }
        const CheckResult r = run(t);
        ASSERT_EQ(r.correction.status, CorrectionStatus::Unique) << key << " written " << t[key];
        ASSERT_EQ(asMap(r.correction.changes), (std::map<std::string, double>{{key, truth}}))
            << key << " written " << t[key];
    }
}

TEST(LocalizerProperty, OneWrongT4CellGivesTheLightestFix) {
    // A wrong total is restored; a wrong part is answered by its group's
    // total, which weighs less: a typing slip in the part never outweighs it.
    std::mt19937 rng(11);
    const auto cols = ctest::t4Columns();
    int parts = 0;
    for (int i = 0; i < 2000; ++i) {
        const Values v = randomConsistent(rng);
        ctest::CellTexts t = textsOf(v);
        const std::string col = cols[rng() % cols.size()];
        const std::string key = "T4.counts." + col;
        const long truth = v.at(key);
        const bool total = col.size() > 4 && col.substr(col.size() - 4) == "_tot";
        t[key] = total ? std::to_string(truth + 1 + rng() % 20) : slipOf(truth, rng);
        std::string digits;
        for (char c : t[key]) if (c != ' ') digits += c;
        const long written = std::stol(digits);
        const std::string groupTotal = "T4.counts." + col.substr(0, 2) + "_tot";
        const std::map<std::string, double> expected =
            total ? std::map<std::string, double>{{key, truth}}
                  : std::map<std::string, double>{{groupTotal, v.at(groupTotal) + (written - truth)}};
        parts += !total;
        const CheckResult r = run(t);
        ASSERT_EQ(r.correction.status, CorrectionStatus::Unique) << key << " written " << t[key];
        ASSERT_EQ(asMap(r.correction.changes), expected) << key << " written " << t[key];
    }
    EXPECT_GT(parts, 200);
}

TEST(LocalizerProperty, TwoWrongT3CellsGetAnExactCorrectionNoHeavierThanTheTruth) {
    std::mt19937 rng(99);
    const auto rows = ctest::t3Rows();
    const auto cols = ctest::t3Columns();
    int restored = 0;
    const int cases = 150;
    for (int i = 0; i < cases; ++i) {
        const Values v = randomConsistent(rng);
        ctest::CellTexts t = textsOf(v);
        std::map<std::string, double> truth;
        while (truth.size() < 2) {
            const std::string key = "T3." + rows[rng() % rows.size()] + "." + cols[rng() % cols.size()];
            if (truth.count(key)) continue;
            truth[key] = static_cast<double>(v.at(key));
            t[key] = std::to_string(v.at(key) + 1 + static_cast<long>(rng() % 9));
        }
        const CheckResult r = run(t);
        ASSERT_TRUE(r.correction.status == CorrectionStatus::Unique ||
                    r.correction.status == CorrectionStatus::Tied);
        ASSERT_TRUE(holdsAfter(*r.report, r.correction.changes));
        double wTruth = 0, wFound = 0;
        for (const auto& [k, x] : truth) wTruth += isTotal(k) ? 0.75 : 1;
        for (const CellChange& c : r.correction.changes) wFound += isTotal(c.cell) ? 0.75 : 1;
        ASSERT_LE(wFound, wTruth + 1e-9);
        if (std::fabs(wFound - wTruth) < 1e-9) {
            bool among = asMap(r.correction.changes) == truth;
            for (const auto& alt : r.correction.alternatives) among = among || asMap(alt) == truth;
            if (r.correction.alternatives.size() < 5) ASSERT_TRUE(among);
            restored += among;
        }
    }
    EXPECT_GT(restored, cases / 2);
}
