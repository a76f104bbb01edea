// Output formats of `nianbao check`: text lines, one JSON array, or CSV with
// one row per finding; plus the per-input JSON files of --out.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/file_report.hpp"
#include "cli/options.hpp"

namespace nianbao::cli {

class Reporter {
public:
    virtual ~Reporter() = default;
    virtual void begin() {}
    virtual void file(const FileReport& r) = 0;
    // Files of other kinds the walk passed over (before end()).
    virtual void skipped(const std::vector<PassedOver>&) {}
    virtual void end() {}
};

std::unique_ptr<Reporter> makeReporter(OutputFormat format, std::FILE* out);

// One line for the status of a file ("errors  a/报告.docx  3 errors, 2 warnings").
std::string statusLine(const FileReport& r);

// Writes DIR/<relative path>.json; throws std::runtime_error on I/O failure.
void writeOutFile(const std::string& outDir, const FileReport& r);

// CSV field quoting (RFC 4180) with a guard against spreadsheet formulas.
std::string csvField(const std::string& value, bool text);

}  // namespace nianbao::cli
