#include "cli/options.hpp"

#include <cmath>
#include <regex>

namespace nianbao::cli {

namespace {

// Walks the arguments; accepts "--name value" and "--name=value".
class ArgReader {
public:
    explicit ArgReader(const std::vector<std::string>& args) : args_(args) {}
    bool done() const { return i_ >= args_.size(); }
    std::string next() { return args_[i_++]; }

    // When the current argument is the option `name`, consumes it and its value.
    bool option(const std::string& arg, const char* name, std::string& value) {
        const std::string n(name);
        if (arg == n) {
            if (done()) throw UsageError(n + " needs a value");
            value = next();
            return true;
        }
        if (arg.rfind(n + "=", 0) == 0) {
            value = arg.substr(n.size() + 1);
            return true;
        }
        return false;
    }

private:
    const std::vector<std::string>& args_;
    std::size_t i_ = 0;
};

double parseSeconds(const std::string& v) {
    try {
        std::size_t used = 0;
        const double s = std::stod(v, &used);
        if (used == v.size() && std::isfinite(s) && s > 0) return s;
    } catch (const std::exception&) {
    }
    throw UsageError("--timeout wants a positive number of seconds, not '" + v + "'");
}

int parseCount(const std::string& option, const std::string& v, int low, int high) {
    try {
        std::size_t used = 0;
        const int n = std::stoi(v, &used);
        if (used == v.size() && n >= low && n <= high) return n;
    } catch (const std::exception&) {
    }
    throw UsageError(option + " wants a number from " + std::to_string(low) + " to " + std::to_string(high) +
                     ", not '" + v + "'");
}

int parseJobs(const std::string& v) {
    try {
        std::size_t used = 0;
        const int n = std::stoi(v, &used);
        if (used == v.size() && n >= 1 && n <= 256) return n;
    } catch (const std::exception&) {
    }
    throw UsageError("--jobs wants a number from 1 to 256, not '" + v + "'");
}

OutputFormat parseFormat(const std::string& v) {
    if (v == "text") return OutputFormat::Text;
    if (v == "json") return OutputFormat::Json;
    if (v == "csv") return OutputFormat::Csv;
    throw UsageError("--format is text, json or csv, not '" + v + "'");
}

bool isHelp(const std::string& a) { return a == "--help" || a == "-h" || a == "help"; }

void unknown(const std::string& a) {
    if (a.size() > 1 && a[0] == '-') throw UsageError("unknown option " + a);
}

void parseCheck(ArgReader& r, Command& c) {
    std::string v;
    while (!r.done()) {
        const std::string a = r.next();
        if (isHelp(a)) {
            c.kind = Command::Kind::Help;
            c.helpTopic = "check";
            return;
        }
        if (a == "--list") {
            c.check.listOnly = true;
        } else if (a == "--") {
            while (!r.done()) c.check.paths.push_back(r.next());
        } else if (r.option(a, "--jobs", v) || r.option(a, "-j", v)) {
            c.check.jobs = parseJobs(v);
        } else if (r.option(a, "--format", v)) {
            c.check.format = parseFormat(v);
        } else if (r.option(a, "--out", v)) {
            c.check.outDir = v;
        } else if (r.option(a, "--previous", v)) {
            c.check.previousDir = v;
        } else if (r.option(a, "--timeout", v)) {
            c.check.timeoutSeconds = parseSeconds(v);
        } else if (r.option(a, "--files-per-office", v)) {
            c.check.filesPerOffice = parseCount("--files-per-office", v, 1, 1000000);
        } else if (r.option(a, "--shard", v)) {
            try {
                c.check.shard = parseShard(v);
            } catch (const std::invalid_argument& e) {
                throw UsageError(e.what());
            }
        } else if (r.option(a, "--oxt", v)) {
            c.oxt = v;
        } else {
            unknown(a);
            c.check.paths.push_back(a);
        }
    }
    if (c.check.paths.empty()) throw UsageError("check: name at least one file or folder");
}

void parseFix(ArgReader& r, Command& c) {
    std::string v;
    while (!r.done()) {
        const std::string a = r.next();
        if (isHelp(a)) {
            c.kind = Command::Kind::Help;
            c.helpTopic = "fix";
            return;
        }
        if (r.option(a, "-o", v) || r.option(a, "--output", v)) {
            c.fix.output = v;
        } else if (r.option(a, "--timeout", v)) {
            c.fix.timeoutSeconds = parseSeconds(v);
        } else if (r.option(a, "--oxt", v)) {
            c.oxt = v;
        } else {
            unknown(a);
            if (!c.fix.input.empty()) throw UsageError("fix: one input file only");
            c.fix.input = a;
        }
    }
    if (c.fix.input.empty()) throw UsageError("fix: name the report to fix");
    if (c.fix.output.empty()) throw UsageError("fix: name the output with -o OUT");
}

void parseTemplate(ArgReader& r, Command& c) {
    std::string v;
    while (!r.done()) {
        const std::string a = r.next();
        if (isHelp(a)) {
            c.kind = Command::Kind::Help;
            c.helpTopic = "template";
            return;
        }
        if (r.option(a, "-o", v) || r.option(a, "--output", v)) {
            c.templ.output = v;
        } else if (r.option(a, "--organ", v)) {
            c.templ.organ = v;
        } else if (r.option(a, "--year", v)) {
            if (!std::regex_match(v, std::regex("(19|20|21)[0-9][0-9]")))
                throw UsageError("--year wants a year like 2024, not '" + v + "'");
            c.templ.year = v;
        } else if (r.option(a, "--oxt", v)) {
            c.oxt = v;
        } else {
            unknown(a);
            throw UsageError("template: unexpected argument " + a);
        }
    }
    if (c.templ.output.empty()) throw UsageError("template: name the output with -o OUT");
}

}  // namespace

Command parseCommandLine(const std::vector<std::string>& args) {
    Command c;
    ArgReader r(args);
    if (r.done()) throw UsageError("name a command: check, fix or template");
    const std::string first = r.next();
    if (isHelp(first)) {
        c.kind = Command::Kind::Help;
        if (!r.done()) c.helpTopic = r.next();
        return c;
    }
    if (first == "--version" || first == "-V" || first == "version") {
        c.kind = Command::Kind::Version;
        return c;
    }
    if (first == "check") {
        c.kind = Command::Kind::Check;
        parseCheck(r, c);
    } else if (first == "fix") {
        c.kind = Command::Kind::Fix;
        parseFix(r, c);
    } else if (first == "template") {
        c.kind = Command::Kind::Template;
        parseTemplate(r, c);
    } else {
        throw UsageError("unknown command '" + first + "' (check, fix or template)");
    }
    return c;
}

}  // namespace nianbao::cli
