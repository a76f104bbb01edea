#include "uno/sidebar/findings_panel.hpp"

#include "uno/reader/page_reader.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <stdexcept>

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/WindowAttribute.hpp>
#include <com/sun/star/awt/WindowClass.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <nlohmann/json.hpp>

#include "uno/dispatch/command_client.hpp"
#include "uno/dispatch/command_url.hpp"
#include "uno/sidebar/document_places.hpp"
#include "uno/sidebar/ignored_findings.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::Sequence;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace nianbao::sidebar {

namespace {

// LibreOffice's UI language (Tools ▸ Options ▸ Language Settings), e.g. "zh-CN".
bool uiIsChinese(const Reference<uno::XComponentContext>& context) {
    try {
        Reference<lang::XMultiServiceFactory> provider = configuration::theDefaultProvider::get(context);
        Sequence<uno::Any> args(1);
        args[0] <<= beans::NamedValue("nodepath", uno::Any(OUString("/org.openoffice.Setup/L10N")));
        Reference<container::XNameAccess> l10n(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
            UNO_QUERY_THROW);
        OUString locale;
        l10n->getByName("ooLocale") >>= locale;
        return locale.startsWithIgnoreAsciiCase("zh");
    } catch (...) {
        return false;
    }
}

// The `error` member of a service result, "" when the call succeeded.
std::string errorOf(const std::string& json) {
    const nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
    if (!j.is_object() || !j.contains("error")) return std::string();
    return j["error"].is_string() ? j["error"].get<std::string>() : j["error"].dump();
}

// NIANBAO_SIDEBAR_TIMING=FILE appends one line per refresh (bench/sidebar_refresh.py):
// wall times, and the main thread's CPU time for the check (what a busy
// machine does not inflate); and, for a refresh that changed what the deck
// shows, a line when the findings tree has been painted again.
const char* timingLog() {
    const char* path = std::getenv("NIANBAO_SIDEBAR_TIMING");
    return path && *path ? path : nullptr;
}

void logTiming(const char* format, double a, double b = 0, double c = 0) {
    if (FILE* f = timingLog() ? std::fopen(timingLog(), "a") : nullptr) {
        std::fprintf(f, format, a, b, c);
        std::fclose(f);
    }
}

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double msSince(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

FindingsPanel::FindingsPanel(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                             const Reference<awt::XWindow>& parent, const Reference<ui::XSidebar>& sidebar)
    : cppu::WeakComponentImplHelper3<ui::XToolPanel, ui::XSidebarPanel, awt::XWindowListener>(m_aMutex),
      context_(context),
      frame_(frame),
      parent_(parent),
      sidebar_(sidebar) {}

void FindingsPanel::start() {
    toolkit_.set(awt::Toolkit::create(context_), UNO_QUERY_THROW);
    awt::WindowDescriptor d;
    d.Type = awt::WindowClass_SIMPLE;
    d.WindowServiceName = "window";
    d.Parent.set(parent_, UNO_QUERY_THROW);
    d.ParentIndex = -1;
    d.WindowAttributes = awt::WindowAttribute::SHOW;
    const awt::Rectangle area = parent_->getPosSize();
    d.Bounds = awt::Rectangle(0, 0, area.Width, area.Height);
    window_.set(toolkit_->createWindow(d), UNO_QUERY_THROW);
    window_->setPosSize(0, 0, area.Width, area.Height, awt::PosSize::POSSIZE);
    window_->setVisible(true);
    parent_->addWindowListener(this);
    window_->addWindowListener(this);

    words_ = PanelWords(uiIsChinese(context_));
    // Actions run after the click that asked for them has returned: they
    // replace the controls, including the one that was clicked.
    view_ = new PanelView(
        context_, toolkit_, window_,
        [this](const Action& a) {
            if (refresher_.is()) refresher_->post([this, a] { run(a); });
        },
        [this] { fitHeight(); });
    refresher_ = new Refresher(context_, frame_, [this] { refresh(); });
    refresher_->start();
    refresh();
}

Reference<lang::XComponent> FindingsPanel::document() {
    Reference<frame::XController> controller = frame_.is() ? frame_->getController() : nullptr;
    return Reference<lang::XComponent>(controller.is() ? controller->getModel() : nullptr, UNO_QUERY);
}

Reference<org::nianbao::XReportChecker> FindingsPanel::checker() {
    if (!checker_.is())
        checker_.set(context_->getServiceManager()->createInstanceWithContext("org.nianbao.ReportChecker", context_),
                     UNO_QUERY_THROW);
    return checker_;
}

void FindingsPanel::refresh() {
    if (disposed_) return;
    try {
        const auto t0 = std::chrono::steady_clock::now();
        const double cpu0 = threadCpuMs();
        Reference<lang::XComponent> doc = document();
        if (!doc.is()) return;
        OUString json = previousUrl_.empty() ? checker()->checkDocument(doc)
                                             : checker()->checkWithPrevious(doc, lo::fromUtf8(previousUrl_));
        if (!previousUrl_.empty()) {
            const std::string error = errorOf(lo::toUtf8(json));
            if (!error.empty()) {  // last year's file went away: check this one alone
                notes_.push_back(words_.failure(words_(Word::Compare), error));
                previousUrl_.clear();
                json = checker()->checkDocument(doc);
            }
        }
        const double checkMs = msSince(t0);
        const double checkCpuMs = threadCpuMs() - cpu0;
        const auto t1 = std::chrono::steady_clock::now();
        const bool redrawn = showJson(lo::toUtf8(json));
        logTiming("check_ms=%.2f check_cpu_ms=%.2f draw_ms=%.2f\n", checkMs, checkCpuMs, msSince(t1));
        if (redrawn && timingLog())
            view_->whenPainted([t0] { logTiming("painted_ms=%.2f\n", msSince(t0)); });
    } catch (const uno::Exception& e) {
        note(words_.failure(words_(Word::Check), lo::toUtf8(e.Message)));
    } catch (const std::exception& e) {
        note(words_.failure(words_(Word::Check), e.what()));
    } catch (...) {
        note(words_.failure(words_(Word::Check), "?"));
    }
}

bool FindingsPanel::showJson(const std::string& json, bool force) {
    // An unchanged result keeps the controls: rebuilding them would make a
    // screen reader lose its place (and costs drawing for nothing).
    if (!force && json == lastJson_ && notes_ == shownNotes_) return false;
    lastJson_ = json;
    shownNotes_ = notes_;
    model_ = buildModel(json, ignoredFindings(document()));
    try {
        model_.editable = !lo::isImportedPdf(document());
    } catch (const uno::Exception&) {
        // Unknown: the edits themselves refuse a PDF (EditSession).
    }
    redraw();
    return true;
}

void FindingsPanel::redraw() {
    if (disposed_ || !view_.is()) return;
    view_->show(model_, words_, notes_);
    fitHeight();
}

void FindingsPanel::fitHeight() {
    if (disposed_ || !view_.is() || !window_.is()) return;
    const int height = view_->heightForWidth(window_->getPosSize().Width);
    if (height != lastHeight_) {
        lastHeight_ = height;
        // The deck asks getHeightForWidth again and sizes the panel.
        if (sidebar_.is()) sidebar_->requestLayout();
    }
}

void FindingsPanel::note(const std::string& line) {
    // A check failing at every keystroke says so once.
    if (std::find(notes_.begin(), notes_.end(), line) != notes_.end()) return;
    notes_.push_back(line);
    try {
        redraw();
    } catch (...) {
    }
}

std::string FindingsPanel::pickPreviousReport() {
    Reference<ui::dialogs::XFilePicker3> picker =
        ui::dialogs::FilePicker::createWithMode(context_, ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setTitle(lo::fromUtf8(words_(Word::PickPrevious)));
    if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK) return std::string();
    const Sequence<OUString> files = picker->getSelectedFiles();
    return files.getLength() ? lo::toUtf8(files[0]) : std::string();
}

void FindingsPanel::run(const Action& a) {
    if (disposed_) return;
    std::string what;
    try {
        if (a.kind == Action::Kind::GoTo) {
            what = words_(Word::GoTo);
            Reference<frame::XController> controller = frame_.is() ? frame_->getController() : nullptr;
            if (!selectPlaces(context_, controller, a.where))
                note(words_.failure(what, words_.chinese() ? "文档中找不到该位置" : "the place is not in the document"));
            return;
        }
        if (a.kind == Action::Kind::Choose) {
            view_->choose(a.index);
            return;
        }
        notes_.clear();
        Reference<lang::XComponent> doc = document();
        if (!doc.is()) return;
        // Edits go through the org.nianbao: commands, as the Tools ▸ 年报 menu's do.
        std::string json;
        auto command = [&](const std::string& url) {
            const lo::dispatch::CommandOutcome outcome = lo::dispatch::runCommand(frame_, url);
            if (!outcome.ok) throw std::runtime_error(outcome.result);
            json = outcome.result;
        };
        switch (a.kind) {
            case Action::Kind::Fix:
            case Action::Kind::FixAll: {
                what = words_(a.kind == Action::Kind::Fix ? Word::Fix : Word::FixAll);
                const int alternative = view_->chosenAlternative();
                std::map<std::string, std::string> params{{"alternative", std::to_string(alternative)}};
                if (!a.cells.empty()) params["cells"] = lo::dispatch::joinList(a.cells);
                // What the deck shows is what gets written: the changes go along,
                // and the edit refuses if the document's correction is another now.
                std::vector<std::string> shown;
                if (alternative >= 0 && static_cast<size_t>(alternative) < model_.corrections.size())
                    for (const Change& c : model_.corrections[static_cast<size_t>(alternative)])
                        if (a.cells.empty() || std::find(a.cells.begin(), a.cells.end(), c.cell) != a.cells.end())
                            shown.push_back(c.cell + ":" + c.to);
                if (!shown.empty()) params["expect"] = lo::dispatch::joinList(shown);
                command(lo::dispatch::commandUrl("fixAll", params));
                break;
            }
            case Action::Kind::InsertMissing:
                what = words_(Word::InsertMissing);
                command(lo::dispatch::commandUrl("insertMissing"));
                break;
            case Action::Kind::Rebuild:
                what = fill(words_(Word::Rebuild), tableTitle(model_.formatVersion, a.table));
                command(lo::dispatch::commandUrl("rebuild", {{"table", a.table}}));
                break;
            case Action::Kind::InsertTemplate:
                what = words_(Word::InsertTemplate);
                command(lo::dispatch::commandUrl("insertTemplate", {{"part", "report"}}));
                break;
            case Action::Kind::Ignore:
                ignoreFinding(doc, a.key);
                showJson(lastJson_, true);
                return;
            case Action::Kind::Compare: {
                what = words_(Word::Compare);
                const std::string url = pickPreviousReport();
                if (url.empty()) return;
                json = lo::toUtf8(checker()->checkWithPrevious(doc, lo::fromUtf8(url)));
                // Later re-checks keep comparing only once a comparison worked.
                if (errorOf(json).empty()) previousUrl_ = url;
                break;
            }
            default:
                break;
        }
        const std::string error = json.empty() ? std::string() : errorOf(json);
        if (!error.empty()) notes_.push_back(words_.failure(what, error));
        if (!json.empty() && error.empty()) showJson(json);
        else refresh();
    } catch (const uno::Exception& e) {
        note(words_.failure(what, lo::toUtf8(e.Message)));
    } catch (const std::exception& e) {
        note(words_.failure(what, e.what()));
    } catch (...) {
        note(words_.failure(what, "?"));
    }
}

Reference<awt::XWindow> FindingsPanel::getWindow() { return window_; }

Reference<accessibility::XAccessible> FindingsPanel::createAccessible(const Reference<accessibility::XAccessible>&) {
    try {
        return Reference<accessibility::XAccessible>(window_, UNO_QUERY);
    } catch (...) {
        return Reference<accessibility::XAccessible>();
    }
}

ui::LayoutSize FindingsPanel::getHeightForWidth(sal_Int32 width) {
    try {
        if (view_.is() && !disposed_) {
            const int h = view_->heightForWidth(width);
            return ui::LayoutSize(h, h, h);
        }
    } catch (...) {
    }
    return ui::LayoutSize(100, 100, 100);
}

sal_Int32 FindingsPanel::getMinimalWidth() {
    try {
        // Texts wrap; buttons do not, so the widest one decides.
        if (view_.is() && !disposed_) return std::max(view_->minimalWidth(), 200);
    } catch (...) {
    }
    return 200;
}

void FindingsPanel::windowResized(const awt::WindowEvent& e) {
    try {
        if (disposed_ || !window_.is()) return;
        if (e.Source == Reference<uno::XInterface>(parent_, UNO_QUERY)) {
            const awt::Rectangle area = parent_->getPosSize();
            window_->setPosSize(0, 0, area.Width, area.Height, awt::PosSize::SIZE);
        } else if (view_.is()) {
            view_->layout();
        }
    } catch (...) {
    }
}

void FindingsPanel::disposing() {
    disposed_ = true;
    try {
        if (refresher_.is()) refresher_->stop();
        if (parent_.is()) parent_->removeWindowListener(this);
        if (window_.is()) window_->removeWindowListener(this);
        if (view_.is()) view_->clear();
        Reference<lang::XComponent> w(window_, UNO_QUERY);
        if (w.is()) w->dispose();
    } catch (...) {
    }
    refresher_.clear();
    view_.clear();
    window_.clear();
    parent_.clear();
    frame_.clear();
    sidebar_.clear();
    checker_.clear();
}

}  // namespace nianbao::sidebar
