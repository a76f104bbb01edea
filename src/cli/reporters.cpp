#include "cli/reporters.hpp"

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace nianbao::cli {

nlohmann::json findingsOrError(const FileReport& r) {
    if (!r.findings.is_null()) return r.findings;
    nlohmann::json e = nlohmann::json::object();
    e["schema"] = "nianbao-findings/1";
    e["document"] = std::filesystem::path(r.input.path).filename().string();
    e["verdict"] = statusWord(r.status);
    e["error"] = r.detail;
    return e;
}

namespace {

int countSeverity(const nlohmann::json& f, const char* severity) {
    int n = 0;
    if (f.is_object() && f.contains("findings"))
        for (const auto& x : f["findings"])
            if (x.is_object() && x.value("severity", "") == severity) ++n;
    return n;
}

std::string plural(int n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string scalar(const nlohmann::json& v) {
    if (v.is_null()) return std::string();
    if (v.is_string()) return v.get<std::string>();
    return v.dump();
}

std::string joined(const nlohmann::json& list) {
    std::string out;
    if (!list.is_array()) return scalar(list);
    for (const auto& x : list) out += (out.empty() ? "" : " ") + scalar(x);
    return out;
}

class TextReporter : public Reporter {
public:
    explicit TextReporter(std::FILE* out) : out_(out) {}
    void file(const FileReport& r) override {
        std::fprintf(out_, "%s\n", statusLine(r).c_str());
        if (r.findings.is_object() && r.findings.contains("findings"))
            for (const auto& f : r.findings["findings"]) {
                if (!f.is_object()) continue;
                const std::string severity = f.value("severity", "");
                if (severity != "error" && severity != "warning") continue;
                std::fprintf(out_, "    %-7s %-3s %s\n", severity.c_str(), f.value("rule", "").c_str(),
                             f.value("message", "").c_str());
            }
        std::fflush(out_);
    }

private:
    std::FILE* out_;
};

// One array, written as the files finish: a consumer may stream it.
class JsonReporter : public Reporter {
public:
    explicit JsonReporter(std::FILE* out) : out_(out) {}
    void begin() override { std::fputs("[", out_); }
    void file(const FileReport& r) override {
        nlohmann::json o = nlohmann::json::object();
        o["file"] = r.input.relative;
        o["status"] = statusWord(r.status);
        if (!r.detail.empty()) o["detail"] = r.detail;
        if (!r.pairedWith.empty()) o["previous"] = r.pairedWith;
        if (!r.note.empty()) o["note"] = r.note;
        o["findings"] = findingsOrError(r);
        std::fprintf(out_, "%s\n%s", first_ ? "" : ",", o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        first_ = false;
        std::fflush(out_);
    }
    void skipped(const std::vector<PassedOver>& files) override {
        for (const PassedOver& s : files) {
            const nlohmann::json o = {{"file", s.relative}, {"status", "skipped"}, {"detail", s.why}};
            std::fprintf(out_, "%s\n%s", first_ ? "" : ",",
                         o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
            first_ = false;
        }
    }
    void end() override {
        std::fputs("\n]\n", out_);
        std::fflush(out_);
    }

private:
    std::FILE* out_;
    bool first_ = true;
};

// One row per finding; a file without findings (or not checked) still gets
// one row, so a merged sheet lists every file.
class CsvReporter : public Reporter {
public:
    explicit CsvReporter(std::FILE* out) : out_(out) {}
    void begin() override {
        std::fputs("\xEF\xBB\xBF", out_);  // BOM: WPS and Excel then read UTF-8
        row({"file", "status", "rule", "severity", "table", "column", "cells", "lhs", "rhs", "message"}, true);
    }
    void file(const FileReport& r) override {
        const std::string status = statusWord(r.status);
        bool any = false;
        if (r.findings.is_object() && r.findings.contains("findings"))
            for (const auto& f : r.findings["findings"]) {
                if (!f.is_object()) continue;
                row({r.input.relative, status, scalar(f.value("rule", nlohmann::json())),
                     scalar(f.value("severity", nlohmann::json())), scalar(f.value("table", nlohmann::json())),
                     scalar(f.value("column", nlohmann::json())), joined(f.value("cells", nlohmann::json())),
                     scalar(f.value("lhs", nlohmann::json())), scalar(f.value("rhs", nlohmann::json())),
                     scalar(f.value("message", nlohmann::json()))},
                    false);
                any = true;
            }
        if (!any) row({r.input.relative, status, "", "", "", "", "", "", "", r.detail}, false);
        std::fflush(out_);
    }

private:
    void row(const std::vector<std::string>& fields, bool header) {
        std::string line;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const bool text = header || i == 0 || i == fields.size() - 1;
            line += (i ? "," : "") + csvField(fields[i], text);
        }
        line += "\r\n";
        std::fputs(line.c_str(), out_);
    }
    std::FILE* out_;
};

}  // namespace

std::string csvField(const std::string& value, bool text) {
    std::string v = value;
    // A cell starting with = + - @ is a formula to a spreadsheet: keep it text.
    if (text && !v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v = "'" + v;
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string q = "\"";
    for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

std::string statusLine(const FileReport& r) {
    std::string what;
    if (!r.detail.empty()) {
        what = r.detail;
    } else if (r.status == Status::NotAReport) {
        what = "read, but no annual report was recognized in it";
    } else {
        const int errors = countSeverity(r.findings, "error");
        const int warnings = countSeverity(r.findings, "warning");
        what = plural(errors, "error") + ", " + plural(warnings, "warning");
    }
    if (!r.note.empty()) what += " (" + r.note + ")";
    else if (!r.pairedWith.empty()) what += " (compared with " + r.pairedWith + ")";
    char head[32];
    std::snprintf(head, sizeof head, "%-12s ", statusWord(r.status));
    return head + r.input.relative + "  " + what;
}

void writeOutFile(const std::string& outDir, const FileReport& r) {
    const std::filesystem::path target = std::filesystem::path(outDir) / (r.input.relative + ".json");
    std::error_code ec;
    std::filesystem::create_directories(target.parent_path(), ec);
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    out << findingsOrError(r).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    out.close();  // what was buffered is written here: a full disk shows now, not never
    if (!out) throw std::runtime_error("cannot write " + target.string());
}

std::unique_ptr<Reporter> makeReporter(OutputFormat format, std::FILE* out) {
    switch (format) {
        case OutputFormat::Json: return std::make_unique<JsonReporter>(out);
        case OutputFormat::Csv: return std::make_unique<CsvReporter>(out);
        case OutputFormat::Text: break;
    }
    return std::make_unique<TextReporter>(out);
}

}  // namespace nianbao::cli
