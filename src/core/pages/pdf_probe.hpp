// What a file says about itself before an office is asked to open it: a PDF
// (by its header, whatever its name), and one encrypted with a password that
// LibreOffice would only stop to ask for.
#pragma once

#include <string>

namespace nianbao::pages {

struct PdfProbe {
    bool pdf = false;        // starts with %PDF-
    bool encrypted = false;  // its trailer names an /Encrypt dictionary
};

// Reads at most the first 64 MiB; a file that cannot be read is no PDF.
PdfProbe probePdf(const std::string& path);

}  // namespace nianbao::pages
