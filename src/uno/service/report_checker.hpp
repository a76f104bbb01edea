// The UNO service org.nianbao.ReportChecker (idl/org/nianbao/XReportChecker.idl).
#pragma once

#include <chrono>

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/nianbao/XReportChecker.hpp>

#include "uno/check_runner.hpp"

namespace nianbao::lo {

class ReportChecker
    : public cppu::WeakImplHelper2<org::nianbao::XReportChecker, com::sun::star::lang::XServiceInfo> {
public:
    explicit ReportChecker(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

    static rtl::OUString implementationName();
    static com::sun::star::uno::Sequence<rtl::OUString> serviceNames();
    static com::sun::star::uno::Reference<com::sun::star::uno::XInterface> SAL_CALL create(
        const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

    // XReportChecker
    rtl::OUString SAL_CALL checkDocument(
        const com::sun::star::uno::Reference<com::sun::star::lang::XComponent>& document) override;
    rtl::OUString SAL_CALL checkURL(const rtl::OUString& url) override;
    rtl::OUString SAL_CALL checkFile(const rtl::OUString& url, rtl::OUString& failure, sal_Bool& notText) override;
    rtl::OUString SAL_CALL dumpDocument(
        const com::sun::star::uno::Reference<com::sun::star::lang::XComponent>& document) override;
    rtl::OUString SAL_CALL checkWithPrevious(
        const com::sun::star::uno::Reference<com::sun::star::lang::XComponent>& document,
        const rtl::OUString& previousURL) override;
    rtl::OUString SAL_CALL applyFixes(
        const com::sun::star::uno::Reference<com::sun::star::lang::XComponent>& document,
        const com::sun::star::uno::Sequence<rtl::OUString>& cells, sal_Int32 alternative) override;
    void SAL_CALL insertTemplate(
        const com::sun::star::uno::Reference<com::sun::star::lang::XComponent>& document,
        const rtl::OUString& part) override;
    rtl::OUString SAL_CALL insertMissingSections(
        const com::sun::star::uno::Reference<com::sun::star::lang::XComponent>& document) override;
    rtl::OUString SAL_CALL rebuildTable(
        const com::sun::star::uno::Reference<com::sun::star::lang::XComponent>& document,
        const rtl::OUString& tableId) override;
    rtl::OUString SAL_CALL version() override;
    sal_Int32 SAL_CALL getSolverBudget() override;
    void SAL_CALL setSolverBudget(sal_Int32 milliseconds) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    com::sun::star::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    std::chrono::milliseconds solverBudget() const;
    template <class Edit>
    rtl::OUString editing(const com::sun::star::uno::Reference<com::sun::star::lang::XComponent>& document,
                          Edit edit);

    com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext> context_;
    sal_Int32 budgetMs_ = static_cast<sal_Int32>(kDefaultSolverBudget.count());
};

}  // namespace nianbao::lo
