// A UNO client in its own process: connects to an soffice started with
// --accept=pipe,name=NAME;urp; (run_uno_client.py), loads the seed hidden,
// calls org.nianbao.ReportChecker through the bridge and checks the result.
// Usage: nianbao_uno_client PIPE_NAME FILE_URL FILE_NAME VERSION
// Needs URE_BOOTSTRAP=vnd.sun.star.pathname:/usr/lib/libreoffice/program/fundamentalrc
#include <chrono>
#include <cstdio>
#include <set>
#include <string>
#include <thread>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/bridge/XUnoUrlResolver.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <nlohmann/json.hpp>
#include <org/nianbao/XReportChecker.hpp>

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

int failures = 0;

void expect(bool ok, const std::string& what) {
    std::printf("%s: %s\n", ok ? "ok" : "FAIL", what.c_str());
    if (!ok) ++failures;
}

std::string utf8(const OUString& s) { return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr(); }
OUString ou(const std::string& s) { return OUString(s.c_str(), s.size(), RTL_TEXTENCODING_UTF8); }

// soffice takes a few seconds to accept connections after start.
Reference<uno::XComponentContext> connect(const Reference<uno::XComponentContext>& local, const std::string& pipe) {
    Reference<bridge::XUnoUrlResolver> resolver = bridge::UnoUrlResolver::create(local);
    const OUString url = ou("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext");
    for (int attempt = 0;; ++attempt) {
        try {
            return Reference<uno::XComponentContext>(resolver->resolve(url), UNO_QUERY_THROW);
        } catch (const connection::NoConnectException&) {
            if (attempt > 600) throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
}

Reference<lang::XComponent> loadHidden(const Reference<uno::XComponentContext>& ctx, const std::string& url) {
    Reference<frame::XComponentLoader> loader(frame::Desktop::create(ctx), UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> args(1);
    args[0].Name = "Hidden";
    args[0].Value <<= true;
    return loader->loadComponentFromURL(ou(url), "_blank", 0, args);
}

void checkSeed(const std::string& json, const std::string& name) {
    const nlohmann::json r = nlohmann::json::parse(json);
    expect(!r.contains("error"), "no error member");
    expect(r.value("document", "") == name, "document is the file name " + name);
    expect(r["format_version"] == "2021", "format_version 2021");
    std::set<std::string> errors;
    for (const auto& f : r["findings"])
        if (f["severity"] == "error") errors.insert(f["rule"].get<std::string>() + "." + f.value("column", ""));
    expect(errors == std::set<std::string>{"H1.np", "H1.biz", "H1.total", "H2.np", "H2.total"},
           "error findings are exactly H1 np/biz/total and H2 np/total");
    for (const auto& t : r["tables"]) {
        if (t["id"] != "T3") continue;
        const auto& cell = t["cells"]["r_total.np"];
        expect(cell["value"] == 10, "T3 r_total.np reads 10");
        expect(cell["at"] == t["writer_tables"][0].get<std::string>() + ".C27", "T3 r_total.np at <table>.C27");
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s PIPE FILE_URL FILE_NAME VERSION\n", argv[0]);
        return 2;
    }
    try {
        Reference<uno::XComponentContext> local = cppu::defaultBootstrap_InitialComponentContext();
        Reference<uno::XComponentContext> ctx = connect(local, argv[1]);
        Reference<org::nianbao::XReportChecker> checker(
            ctx->getServiceManager()->createInstanceWithContext("org.nianbao.ReportChecker", ctx), UNO_QUERY);
        expect(checker.is(), "service org.nianbao.ReportChecker is registered");
        if (!checker.is()) return 1;
        expect(utf8(checker->version()) == argv[4], std::string("version() is ") + argv[4]);

        Reference<lang::XComponent> doc = loadHidden(ctx, argv[2]);
        expect(doc.is(), "seed loads");
        if (!doc.is()) return 1;
        Reference<util::XModifiable> modifiable(doc, UNO_QUERY_THROW);
        const bool modifiedBefore = modifiable->isModified();
        checkSeed(utf8(checker->checkDocument(doc)), argv[3]);
        expect(modifiable->isModified() == modifiedBefore, "checkDocument leaves the modified flag alone");

        const nlohmann::json dump = nlohmann::json::parse(utf8(checker->dumpDocument(doc)));
        int tables = 0;
        for (const auto& b : dump["blocks"])
            if (b.contains("table") && b["cols"] == 10 && b["rows"] == 28) ++tables;
        expect(tables == 1, "dumpDocument shows T3 as a 28 x 10 grid");

        bool threw = false;
        try {
            checker->checkDocument(Reference<lang::XComponent>());
        } catch (const lang::IllegalArgumentException&) {
            threw = true;
        }
        expect(threw, "checkDocument(null) raises IllegalArgumentException");

        const nlohmann::json viaUrl = nlohmann::json::parse(utf8(checker->checkURL(ou(argv[2]))));
        expect(viaUrl["format_version"] == "2021", "checkURL checks the seed too");
        const nlohmann::json missing = nlohmann::json::parse(utf8(checker->checkURL("file:///nonexistent/x.docx")));
        expect(missing.contains("error"), "checkURL of a missing file gives an error JSON");

        rtl::OUString failure;
        sal_Bool notText = true;
        checkSeed(utf8(checker->checkFile(ou(argv[2]), failure, notText)), argv[3]);
        expect(!notText, "checkFile: the seed is a text document");
        const rtl::OUString none = checker->checkFile("file:///nonexistent/x.docx", failure, notText);
        expect(none.isEmpty() && !failure.isEmpty() && !notText, "checkFile of a missing file: no JSON, a reason");

        Reference<util::XCloseable>(doc, UNO_QUERY_THROW)->close(true);
        try {
            frame::Desktop::create(ctx)->terminate();
        } catch (const uno::RuntimeException&) {
            // The bridge drops while soffice exits.
        }
    } catch (const uno::Exception& e) {
        std::fprintf(stderr, "FAIL: UNO exception: %s\n", utf8(e.Message).c_str());
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "FAIL: %s\n", e.what());
        return 1;
    }
    std::printf("%d failure(s)\n", failures);
    return failures ? 1 : 0;
}
