#include "cli/help.hpp"

namespace nianbao::cli {

namespace {

const char* kOverview = R"(nianbao - checks 政府信息公开工作年度报告 with LibreOffice, many at a time

Usage:
  nianbao check PATH... [options]     check reports (files or folders, recursively)
  nianbao fix IN -o OUT               write the unique correction and missing sections
  nianbao template -o OUT [options]   write a blank statutory report
  nianbao help COMMAND                options and examples of one command
  nianbao --version

Examples:
  nianbao check 2024年报/
  nianbao check 2024年报/ --format csv > 2024.csv
  nianbao fix 商务局.docx -o 商务局-修订.docx
  nianbao template -o 空白年报.docx --organ 北京市密云区商务局 --year 2024

Exit codes: 0 every report clean or with warnings only; 1 some report has errors
or is incomplete; 2 some file could not be checked (unreadable, timed out, not a
report); 3 the command could not run (bad arguments, LibreOffice or the extension
missing) or an --out file could not be written; 130/143/129 interrupted
(SIGINT/SIGTERM/SIGHUP).
)";

const char* kCheck = R"(nianbao check PATH... [options]

Checks every .docx .doc .wps .odt .html .htm .pdf under each folder (recursively)
and each file named, in headless LibreOffice processes it starts and ends itself.

Options:
  -j, --jobs N        LibreOffice processes working in parallel (default: cores)
  --format F          text (default), json (one array) or csv (one row per finding,
                      UTF-8 with BOM for WPS/Excel)
  --out DIR           also write one findings JSON per input, at the input's
                      relative path plus .json (a/报告.docx -> DIR/a/报告.docx.json)
  --previous DIR      last year's reports: each report is paired with the one of
                      the same organ (from the title) and compared (rule Y1);
                      the reports without a partner are listed
  --timeout S         seconds allowed per file (default 60); a file past it is
                      reported as timed out and its LibreOffice is replaced
  --files-per-office N
                      replace each LibreOffice after N files (default 200), so
                      that its memory does not grow over a long batch
  --shard K/N         check only the K-th of N stable slices of the files, to
                      spread a batch over machines (see docs/batch.md)
  --list              print the files that would be checked (after --shard), stop
  --oxt FILE          the extension to use (default: nianbao.oxt beside this program)

Each file gets one status: clean, warnings, errors, incomplete, not-a-report,
unreadable or timed-out. Progress goes to stderr (a bar on a terminal).

Examples:
  nianbao check 区县年报/ -j 4
  nianbao check 区县年报/ --format csv > 问题清单.csv
  nianbao check 区县年报/ --out 结果/ --format json > all.json
  nianbao check 2024/ --previous 2023/
  nianbao check 全省/ --shard 2/8 --format csv > part2.csv
)";

const char* kFix = R"(nianbao fix IN -o OUT [--timeout S]

Opens IN, writes the unique minimal correction of its tables and inserts the
sections it lacks, all as tracked changes with comments (the old values stay
visible as deletions), and saves OUT in the format of its extension (.docx,
.doc or .odt). When several corrections are equally small the tables are left
alone and the candidates are listed. IN is never modified.

Examples:
  nianbao fix 商务局2023.docx -o 商务局2023-修订.docx
  nianbao fix report.odt -o report-fixed.odt
)";

const char* kTemplate = R"(nianbao template -o OUT [--organ NAME] [--year YYYY]

Writes a blank report in the statutory structure (2021 format: six sections,
tables 二 三 四) in the format of OUT's extension (.docx, .doc or .odt). The
placeholders 〔机关名称〕 and 〔年度〕 are filled where given.

Examples:
  nianbao template -o 空白年报.docx
  nianbao template -o 2024年报.odt --organ 北京市密云区商务局 --year 2024
)";

}  // namespace

std::string helpText(const std::string& topic) {
    if (topic.empty()) return kOverview;
    if (topic == "check") return kCheck;
    if (topic == "fix") return kFix;
    if (topic == "template") return kTemplate;
    return std::string();
}

}  // namespace nianbao::cli
