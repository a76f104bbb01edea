#include "core/pages/pdf_probe.hpp"

#include <fstream>
#include <iterator>

namespace nianbao::pages {

PdfProbe probePdf(const std::string& path) {
    PdfProbe p;
    std::ifstream in(path, std::ios::binary);
    if (!in) return p;
    std::string head(5, '\0');
    if (!in.read(&head[0], 5) || head != "%PDF-") return p;
    p.pdf = true;
    // Encryption is declared in the trailer (or a cross-reference stream's
    // dictionary) as /Encrypt: a plain search finds it in either.
    constexpr std::streamsize kLimit = 64 << 20;
    std::string body(static_cast<size_t>(kLimit), '\0');
    in.read(&body[0], kLimit);
    body.resize(static_cast<size_t>(in.gcount()));
    p.encrypted = body.find("/Encrypt") != std::string::npos;
    return p;
}

}  // namespace nianbao::pages
