// Finding the files a check is about: folders are walked recursively for the
// formats Writer reads reports from; each file keeps a relative path that
// names it in outputs (two 报告.docx in different folders stay apart).
#pragma once

#include <string>
#include <vector>

namespace nianbao::cli {

struct InputFile {
    std::string path;      // as found on disk (absolute)
    std::string relative;  // stable name: relative to the folder argument
};

bool isReportExtension(const std::string& path);  // .docx .doc .wps .odt .html .htm .pdf, any case

// A path the walk could not take: a folder it may not read (with the
// reason), or a file of another kind it passed over.
struct PassedOver {
    std::string relative;
    std::string why;
};

struct Discovered {
    std::vector<InputFile> files;         // as discoverInputs
    std::vector<PassedOver> unreadable;   // folders that could not be read: every path is accounted for
    std::vector<PassedOver> skipped;      // files of other kinds in the folders walked
};

// discoverInputs, and what the walk could not take or passed over, sorted.
Discovered discoverAll(const std::vector<std::string>& arguments);

// Files named directly are taken whatever their extension. Sorted by relative
// path (byte order, stable across machines); throws std::runtime_error when a
// path does not exist. With several arguments each relative path starts with
// the argument's own name so that they cannot collide.
std::vector<InputFile> discoverInputs(const std::vector<std::string>& arguments);

}  // namespace nianbao::cli
