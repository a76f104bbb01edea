// The command line of build/nianbao: subcommands check, fix and template.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "cli/shard.hpp"

namespace nianbao::cli {

enum class OutputFormat { Text, Json, Csv };

struct CheckOptions {
    std::vector<std::string> paths;
    int jobs = 0;  // 0: one per core
    OutputFormat format = OutputFormat::Text;
    std::string outDir;
    std::string previousDir;
    double timeoutSeconds = 60;
    int filesPerOffice = 200;  // each soffice is replaced after this many files (its memory grows)
    Shard shard;
    bool listOnly = false;  // --list: print the files this run would check, check nothing
};

struct FixOptions {
    std::string input;
    std::string output;
    double timeoutSeconds = 120;
};

struct TemplateOptions {
    std::string output;
    std::string organ;
    std::string year;
};

struct Command {
    enum class Kind { Check, Fix, Template, Help, Version } kind = Kind::Help;
    std::string helpTopic;  // "", "check", "fix", "template"
    std::string oxt;        // --oxt: the extension to install in the workers' profile
    CheckOptions check;
    FixOptions fix;
    TemplateOptions templ;
};

// A wrong command line; main prints the message and the usage, exits 3.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

Command parseCommandLine(const std::vector<std::string>& args);  // args without argv[0]

}  // namespace nianbao::cli
