#include "uno/sidebar/ignored_findings.hpp"

#include <map>
#include <mutex>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XEventListener.hpp>
#include <cppuhelper/implbase1.hxx>

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;

namespace nianbao::sidebar {

namespace {

std::mutex gMutex;
// Keyed by the document's XInterface identity; the entry goes when it is disposed.
std::map<uno::XInterface*, std::set<std::string>> gIgnored;

class ForgetOnClose : public cppu::WeakImplHelper1<lang::XEventListener> {
public:
    void SAL_CALL disposing(const lang::EventObject& e) override {
        try {
            std::lock_guard<std::mutex> lock(gMutex);
            gIgnored.erase(Reference<uno::XInterface>(e.Source, UNO_QUERY).get());
        } catch (...) {
        }
    }
};

}  // namespace

std::set<std::string> ignoredFindings(const Reference<uno::XInterface>& document) {
    std::lock_guard<std::mutex> lock(gMutex);
    auto it = gIgnored.find(Reference<uno::XInterface>(document, UNO_QUERY).get());
    return it == gIgnored.end() ? std::set<std::string>() : it->second;
}

void ignoreFinding(const Reference<uno::XInterface>& document, const std::string& key) {
    Reference<uno::XInterface> id(document, UNO_QUERY);
    if (!id.is()) return;
    bool first = false;
    {
        std::lock_guard<std::mutex> lock(gMutex);
        first = gIgnored.find(id.get()) == gIgnored.end();
        gIgnored[id.get()].insert(key);
    }
    if (first) {
        Reference<lang::XComponent> component(id, UNO_QUERY);
        if (component.is()) component->addEventListener(new ForgetOnClose);
    }
}

}  // namespace nianbao::sidebar
