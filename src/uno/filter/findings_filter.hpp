// The export filter "nianbao_findings" (registry/Filter.xcu): writes the
// findings JSON of the source document, so that
//   soffice --headless --convert-to json:nianbao_findings a.docx
// writes a.json. The office calls initialize, setSourceDocument, filter.
#pragma once

#include <com/sun/star/document/XExporter.hpp>
#include <com/sun/star/document/XFilter.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

namespace nianbao::lo {

class FindingsFilter
    : public cppu::WeakImplHelper4<com::sun::star::document::XFilter, com::sun::star::document::XExporter,
                                   com::sun::star::lang::XInitialization, com::sun::star::lang::XServiceInfo> {
public:
    explicit FindingsFilter(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

    static rtl::OUString implementationName();
    static com::sun::star::uno::Sequence<rtl::OUString> serviceNames();
    static com::sun::star::uno::Reference<com::sun::star::uno::XInterface> SAL_CALL create(
        const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

    // XFilter
    sal_Bool SAL_CALL filter(const com::sun::star::uno::Sequence<com::sun::star::beans::PropertyValue>& descriptor) override;
    void SAL_CALL cancel() override;
    // XExporter
    void SAL_CALL setSourceDocument(const com::sun::star::uno::Reference<com::sun::star::lang::XComponent>& document) override;
    // XInitialization
    void SAL_CALL initialize(const com::sun::star::uno::Sequence<com::sun::star::uno::Any>& arguments) override;
    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    com::sun::star::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext> context_;
    com::sun::star::uno::Reference<com::sun::star::lang::XComponent> source_;
};

}  // namespace nianbao::lo
