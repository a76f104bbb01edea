// The office-free parts of build/nianbao: option parsing, discovery, shards,
// verdicts and exit codes, organ names, CSV quoting.
#include <filesystem>
#include <fstream>
#include <set>

#include <gtest/gtest.h>

#include <atomic>

#include <thread>
#include <nlohmann/json.hpp>

#include "cli/inputs.hpp"
#include "cli/options.hpp"
#include "cli/organ_name.hpp"
#include "cli/progress.hpp"
#include "cli/attempt_watch.hpp"
#include "cli/reporters.hpp"
#include "cli/shard.hpp"
#include "cli/status.hpp"

namespace fs = std::filesystem;
using namespace nianbao::cli;

TEST(Shard, ParsesKOverN) {
    const Shard s = parseShard("3/8");
    EXPECT_EQ(s.index, 3);
    EXPECT_EQ(s.count, 8);
    for (const char* bad : {"0/8", "9/8", "3/0", "3", "a/b", "3/8x", "-1/2", ""})
        EXPECT_THROW(parseShard(bad), std::invalid_argument) << bad;
}

TEST(Shard, SlicesAreDisjointAndCoverEverything) {
    std::vector<InputFile> all;
    for (int i = 0; i < 200; ++i) all.push_back({"/x/" + std::to_string(i), "d/报告" + std::to_string(i) + ".docx"});
    for (int n : {1, 2, 5, 16}) {
        std::multiset<std::string> seen;
        for (int k = 1; k <= n; ++k)
            for (const InputFile& f : selectShard(all, {k, n})) seen.insert(f.relative);
        EXPECT_EQ(seen.size(), all.size()) << n;
        EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), all.size()) << n;
    }
    // A file's slice depends on its own name only.
    EXPECT_EQ(shardOf("a/报告.docx", 7), shardOf("a/报告.docx", 7));
    std::vector<InputFile> fewer(all.begin(), all.begin() + 50);
    for (const InputFile& f : selectShard(fewer, {2, 4})) EXPECT_EQ(shardOf(f.relative, 4), 2);
}

TEST(Status, DerivedWithTheVerdictPrecedence) {
    using nlohmann::json;
    EXPECT_EQ(verdictOf(json::parse(R"({"error":"x"})")), Status::Unreadable);
    EXPECT_EQ(verdictOf(json::parse(R"({"format_version":null,"findings":[]})")), Status::NotAReport);
    const json errors = json::parse(
        R"({"format_version":"2021","tables":[{"id":"T2","found":false}],
            "findings":[{"rule":"H1","severity":"error"},{"rule":"N1","severity":"warning"}]})");
    EXPECT_EQ(verdictOf(errors), Status::Errors);
    EXPECT_EQ(verdictOf(json::parse(R"({"format_version":"2021","tables":[{"id":"T2","found":false}],"findings":[]})")),
              Status::Incomplete);
    EXPECT_EQ(verdictOf(json::parse(R"({"format_version":"2021","findings":[{"rule":"C1","severity":"warning"}]})")),
              Status::Incomplete);
    EXPECT_EQ(verdictOf(json::parse(R"({"format_version":"2021","findings":[{"rule":"N1","severity":"warning"}]})")),
              Status::Warnings);
    EXPECT_EQ(verdictOf(json::parse(R"({"format_version":"2021","findings":[{"rule":"X","severity":"info"}]})")),
              Status::Clean);
    // The service's own verdict wins when it has one.
    EXPECT_EQ(verdictOf(json::parse(R"({"verdict":"incomplete","format_version":"2021","findings":[]})")),
              Status::Incomplete);
    EXPECT_STREQ(statusWord(Status::NotAReport), "not-a-report");
    EXPECT_STREQ(statusLabel(Status::TimedOut), "timed out");
}

TEST(Status, ExitCodes) {
    int counts[kStatusCount] = {};
    EXPECT_EQ(exitCodeFor(counts), 0);
    counts[static_cast<int>(Status::Warnings)] = 3;
    EXPECT_EQ(exitCodeFor(counts), 0);
    counts[static_cast<int>(Status::Incomplete)] = 1;
    EXPECT_EQ(exitCodeFor(counts), 1);
    counts[static_cast<int>(Status::TimedOut)] = 1;
    EXPECT_EQ(exitCodeFor(counts), 2);
    int notReport[kStatusCount] = {};
    notReport[static_cast<int>(Status::NotAReport)] = 1;
    EXPECT_EQ(exitCodeFor(notReport), 2);
}

TEST(OrganName, FromTitleVariants) {
    EXPECT_EQ(organFromTitle({"", "北京市密云区商务局2023年政府信息公开工作年度报告", "一、总体情况"}), "北京市密云区商务局");
    EXPECT_EQ(organFromTitle({"北京市 密云区 商务局", "2022年度政府信息公开工作年度报告"}), "北京市密云区商务局");
    EXPECT_EQ(organFromTitle({"2021年北京市统计局政府信息公开工作年度报告"}), "北京市统计局");
    EXPECT_EQ(organFromTitle({"关于某某镇人民政府（2020年度）政府信息公开工作年度报告"}), "某某镇人民政府");
    EXPECT_EQ(organFromTitle({"会议通知", "请各科室开会"}), "");
}

TEST(Csv, QuotesAndGuardsFormulas) {
    EXPECT_EQ(csvField("plain", true), "plain");
    EXPECT_EQ(csvField("a,b", true), "\"a,b\"");
    EXPECT_EQ(csvField("say \"x\"", true), "\"say \"\"x\"\"\"");
    EXPECT_EQ(csvField("=1+2", true), "'=1+2");
    EXPECT_EQ(csvField("-3", false), "-3");
}

TEST(Options, ParsesCheck) {
    const Command c = parseCommandLine({"check", "a", "b/", "-j", "3", "--format=csv", "--out", "o", "--timeout",
                                        "2.5", "--shard", "1/2", "--previous", "p"});
    EXPECT_EQ(c.kind, Command::Kind::Check);
    EXPECT_EQ(c.check.paths, (std::vector<std::string>{"a", "b/"}));
    EXPECT_EQ(c.check.jobs, 3);
    EXPECT_EQ(c.check.format, OutputFormat::Csv);
    EXPECT_EQ(c.check.outDir, "o");
    EXPECT_DOUBLE_EQ(c.check.timeoutSeconds, 2.5);
    EXPECT_EQ(c.check.shard.count, 2);
    EXPECT_EQ(c.check.previousDir, "p");
    EXPECT_THROW(parseCommandLine({"check", "a", "--jobs", "0"}), UsageError);
    EXPECT_THROW(parseCommandLine({"check", "a", "--timeout", "-1"}), UsageError);
    EXPECT_THROW(parseCommandLine({"check", "a", "--bogus"}), UsageError);
    EXPECT_THROW(parseCommandLine({"fix", "a.docx"}), UsageError);
    EXPECT_THROW(parseCommandLine({"template", "-o", "x.docx", "--year", "23"}), UsageError);
    EXPECT_EQ(parseCommandLine({"fix", "--help"}).helpTopic, "fix");
}

TEST(Inputs, WalksFoldersInStableOrder) {
    const fs::path root = fs::temp_directory_path() / ("nianbao-inputs-" + std::to_string(::getpid()));
    fs::remove_all(root);
    for (const char* f : {"a/报告.docx", "b/报告.docx", "b/x.HTM", "b/notes.txt", "c/d/e.wps", "a/.~lock.报告.docx#"}) {
        fs::create_directories((root / f).parent_path());
        std::ofstream(root / f) << "x";
    }
    std::vector<std::string> rel;
    for (const InputFile& f : discoverInputs({root.string()})) rel.push_back(f.relative);
    EXPECT_EQ(rel, (std::vector<std::string>{"a/报告.docx", "b/x.HTM", "b/报告.docx", "c/d/e.wps"}));
    // Two arguments: each keeps its own folder name in front.
    rel.clear();
    for (const InputFile& f : discoverInputs({(root / "a").string(), (root / "b").string()})) rel.push_back(f.relative);
    EXPECT_EQ(rel, (std::vector<std::string>{"a/报告.docx", "b/x.HTM", "b/报告.docx"}));
    EXPECT_THROW(discoverInputs({(root / "missing").string()}), std::runtime_error);
    fs::remove_all(root);
}

TEST(Inputs, NamesWhatItPassesOver) {
    const fs::path root = fs::temp_directory_path() / ("nianbao-passed-" + std::to_string(::getpid()));
    fs::remove_all(root);
    for (const char* f : {"a/报告.pdf", "a/预算.xlsx", "b/图.png", "b/.~lock.x.docx#"}) {
        fs::create_directories((root / f).parent_path());
        std::ofstream(root / f) << "x";
    }
    fs::create_directory_symlink(root / "a", root / "link");  // not followed
    const Discovered d = discoverAll({root.string()});
    ASSERT_EQ(d.files.size(), 1u);
    EXPECT_EQ(d.files[0].relative, "a/报告.pdf");
    ASSERT_EQ(d.skipped.size(), 2u);
    EXPECT_EQ(d.skipped[0].relative, "a/预算.xlsx");  // lock files are no one's business
    EXPECT_EQ(d.skipped[1].relative, "b/图.png");
    EXPECT_TRUE(d.unreadable.empty());
    fs::remove_all(root);
}

TEST(OutFile, AWriteThatFailsAtCloseIsAnError) {
    // /dev/full takes the open and the buffered write, and fails the flush.
    const fs::path dir = fs::temp_directory_path() / ("nianbao-out-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::create_symlink("/dev/full", dir / "r.docx.json");
    FileReport r;
    r.input = {"/x/r.docx", "r.docx"};
    r.detail = "not checked";
    EXPECT_THROW(writeOutFile(dir.string(), r), std::runtime_error);
    fs::remove_all(dir);
}

TEST(AttemptWatch, OnlyTheOverdueAttemptIsEnded) {
    AttemptWatch w;
    int kills = 0;
    const auto kill = [&] { ++kills; };
    const std::uint64_t a = w.begin(100);
    EXPECT_FALSE(w.expire(100, kill));  // not past its deadline yet
    EXPECT_TRUE(w.end(a));
    EXPECT_FALSE(w.expire(1000, kill));  // nothing running: a late watchdog ends nothing
    const std::uint64_t b = w.begin(100);
    EXPECT_TRUE(w.expire(101, kill));
    EXPECT_FALSE(w.end(b));  // claimed by the watchdog: timed out
    EXPECT_EQ(kills, 1);
}

TEST(AttemptWatch, ALateDeadlineNeverEndsTheNextFile) {
    // A slow file whose deadline passes just as it finishes, then many fast
    // ones; a watchdog that keeps looking with a clock past the slow file's
    // deadline only. Every kill must fall on the slow file.
    for (int round = 0; round < 200; ++round) {
        AttemptWatch w;
        std::atomic<int> current{0};  // which file the worker is on
        std::atomic<bool> done{false};
        std::atomic<int> wrongKills{0}, kills{0};
        std::thread watchdog([&] {
            while (!done)
                w.expire(50, [&] {
                    ++kills;
                    if (current != 0) ++wrongKills;
                });
        });
        const std::uint64_t slow = w.begin(10);  // overdue at 50
        const bool slowInTime = w.end(slow);
        int fastTimedOut = 0;
        for (int i = 1; i <= 50; ++i) {
            current = i;
            const std::uint64_t t = w.begin(100);  // never overdue at 50
            fastTimedOut += w.end(t) ? 0 : 1;
        }
        done = true;
        watchdog.join();
        EXPECT_EQ(fastTimedOut, 0) << "round " << round;
        EXPECT_EQ(wrongKills, 0) << "round " << round;
        EXPECT_EQ(kills, slowInTime ? 0 : 1) << "round " << round;
    }
}

TEST(Progress, DisplayWidthCountsCjkTwice) {
    EXPECT_EQ(displayWidth("abc"), 3u);
    EXPECT_EQ(displayWidth("报告.docx"), 9u);
}
