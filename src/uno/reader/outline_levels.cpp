#include "uno/reader/outline_levels.hpp"

#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;
using rtl::OUString;

namespace nianbao::lo {

namespace {

sal_Int16 shortProperty(const Reference<beans::XPropertySet>& props, const char* name) {
    sal_Int16 v = 0;
    const OUString n = OUString::createFromAscii(name);
    if (props.is() && props->getPropertySetInfo()->hasPropertyByName(n)) props->getPropertyValue(n) >>= v;
    return v;
}

// Writer/Web (HTML) has no chapter numbering: its "Heading 1".."Heading 6"
// styles carry outline level 0, so the level comes from the style's name
// (the programmatic name, the same in every UI language).
int levelFromHeadingName(const OUString& style) {
    const OUString prefix("Heading ");
    if (!style.startsWith(prefix)) return 0;
    const sal_Int32 n = style.copy(prefix.getLength()).toInt32();
    return n >= 1 && n <= 10 && OUString::number(n) == style.copy(prefix.getLength()) ? n : 0;
}

}  // namespace

OutlineLevels::OutlineLevels(const Reference<text::XTextDocument>& doc) {
    Reference<style::XStyleFamiliesSupplier> supplier(doc, UNO_QUERY);
    if (supplier.is() && supplier->getStyleFamilies()->hasByName("ParagraphStyles"))
        styles_.set(supplier->getStyleFamilies()->getByName("ParagraphStyles"), UNO_QUERY);
}

int OutlineLevels::of(const Reference<beans::XPropertySet>& paragraph) {
    const sal_Int16 own = shortProperty(paragraph, "OutlineLevel");
    if (own > 0 || !styles_.is() || !paragraph.is()) return own;
    OUString style;
    paragraph->getPropertyValue("ParaStyleName") >>= style;
    auto it = cache_.find(style);
    if (it != cache_.end()) return it->second;
    int level = 0;
    if (styles_->hasByName(style))
        level = shortProperty(Reference<beans::XPropertySet>(styles_->getByName(style), UNO_QUERY), "OutlineLevel");
    if (level == 0) level = levelFromHeadingName(style);
    cache_.emplace(style, level);
    return level;
}

}  // namespace nianbao::lo
