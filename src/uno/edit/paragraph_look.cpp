#include "uno/edit/paragraph_look.hpp"

#include <cstring>
#include <initializer_list>
#include <set>

#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::Sequence;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace nianbao::lo::edit {

namespace {

// Character properties are read at the paragraph's first character, the
// paragraph ones from the paragraph.
const char* const kCharProps[] = {"CharFontName",   "CharFontNameAsian", "CharFontFamily", "CharFontFamilyAsian",
                                  "CharHeight",     "CharHeightAsian",   "CharWeight",     "CharWeightAsian",
                                  "CharPosture",    "CharPostureAsian",  "CharColor"};
const char* const kParaProps[] = {"ParaAdjust",         "ParaFirstLineIndent", "ParaLeftMargin", "ParaRightMargin",
                                  "ParaTopMargin",      "ParaBottomMargin",    "ParaLineSpacing", "OutlineLevel"};

beans::PropertyValue prop(const char* name, const uno::Any& value) {
    beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

void readInto(ParagraphLook& look, const Reference<beans::XPropertySet>& from, const char* const* names, size_t n) {
    if (!from.is()) return;
    Reference<beans::XPropertySetInfo> info = from->getPropertySetInfo();
    for (size_t i = 0; i < n; ++i) {
        const OUString name = OUString::createFromAscii(names[i]);
        try {
            if (!info->hasPropertyByName(name)) continue;
            uno::Any v = from->getPropertyValue(name);
            if (v.hasValue()) look.properties.push_back(prop(names[i], v));
        } catch (...) {
            // A property the paragraph does not have uniformly: not copied.
        }
    }
}

std::set<OUString> installedFonts(const Reference<uno::XComponentContext>& context) {
    std::set<OUString> names;
    try {
        Reference<awt::XToolkit> toolkit(awt::Toolkit::create(context), UNO_QUERY_THROW);
        Reference<awt::XDevice> device(toolkit->createScreenCompatibleDevice(16, 16), UNO_QUERY_THROW);
        const Sequence<awt::FontDescriptor> fonts = device->getFontDescriptors();
        for (const awt::FontDescriptor& f : fonts) names.insert(f.Name);
    } catch (...) {
        // No font list (no display at all): the Noto fall-backs are used.
    }
    return names;
}

OUString firstInstalled(const std::set<OUString>& installed, std::initializer_list<const char*> wanted,
                        const char* fallback) {
    for (const char* w : wanted) {
        const OUString name(w, static_cast<sal_Int32>(strlen(w)), RTL_TEXTENCODING_UTF8);
        if (installed.count(name)) return name;
    }
    return OUString::createFromAscii(fallback);
}

void font(ParagraphLook& look, const OUString& name, double points, bool bold) {
    look.properties.push_back(prop("CharFontName", uno::Any(name)));
    look.properties.push_back(prop("CharFontNameAsian", uno::Any(name)));
    look.properties.push_back(prop("CharHeight", uno::Any(static_cast<float>(points))));
    look.properties.push_back(prop("CharHeightAsian", uno::Any(static_cast<float>(points))));
    const float weight = bold ? awt::FontWeight::BOLD : awt::FontWeight::NORMAL;
    look.properties.push_back(prop("CharWeight", uno::Any(weight)));
    look.properties.push_back(prop("CharWeightAsian", uno::Any(weight)));
}

void adjust(ParagraphLook& look, style::ParagraphAdjust a) {
    look.properties.push_back(prop("ParaAdjust", uno::Any(static_cast<sal_Int16>(a))));
}

}  // namespace

ParagraphLook lookOf(const Reference<text::XTextRange>& paragraph) {
    ParagraphLook look;
    Reference<beans::XPropertySet> para(paragraph, UNO_QUERY);
    if (para.is()) {
        try {
            para->getPropertyValue("ParaStyleName") >>= look.style;
        } catch (...) {
        }
    }
    readInto(look, para, kParaProps, sizeof kParaProps / sizeof *kParaProps);
    try {
        Reference<text::XTextCursor> first = paragraph->getText()->createTextCursorByRange(paragraph->getStart());
        first->goRight(1, true);
        readInto(look, Reference<beans::XPropertySet>(first, UNO_QUERY), kCharProps,
                 sizeof kCharProps / sizeof *kCharProps);
    } catch (...) {
    }
    return look;
}

void applyLook(const Reference<text::XTextDocument>& doc, const Reference<beans::XPropertySet>& cursor,
               const ParagraphLook& look) {
    if (!look.style.isEmpty()) {
        Reference<style::XStyleFamiliesSupplier> families(doc, UNO_QUERY);
        Reference<container::XNameAccess> styles;
        if (families.is()) styles.set(families->getStyleFamilies()->getByName("ParagraphStyles"), UNO_QUERY);
        if (styles.is() && styles->hasByName(look.style))
            cursor->setPropertyValue("ParaStyleName", uno::Any(look.style));
    }
    Reference<beans::XPropertySetInfo> info = cursor->getPropertySetInfo();
    for (const beans::PropertyValue& p : look.properties) {
        try {
            if (info->hasPropertyByName(p.Name)) cursor->setPropertyValue(p.Name, p.Value);
        } catch (...) {
            // A value this target refuses (e.g. a read-only one): keep its own.
        }
    }
}

TemplateLooks::TemplateLooks(const Reference<uno::XComponentContext>& context) {
    const std::set<OUString> fonts = installedFonts(context);
    fang_ = firstInstalled(fonts, {"仿宋_GB2312", "仿宋", "FangSong", "STFangsong"}, "Noto Serif CJK SC");
    song_ = firstInstalled(fonts, {"宋体", "SimSun", "仿宋_GB2312", "仿宋", "FangSong"}, "Noto Serif CJK SC");
    hei_ = firstInstalled(fonts, {"黑体", "SimHei", "STHeiti"}, "Noto Sans CJK SC");
    kai_ = firstInstalled(fonts, {"楷体_GB2312", "楷体", "KaiTi", "STKaiti"}, "Noto Serif CJK SC");
}

ParagraphLook TemplateLooks::paragraph(tmpl::Role role) const {
    ParagraphLook look;
    switch (role) {
        case tmpl::Role::Title:
            look.style = "Title";
            font(look, hei_, 22, true);  // 二号, bold
            adjust(look, style::ParagraphAdjust_CENTER);
            break;
        case tmpl::Role::Heading1:
            look.style = "Heading 1";
            font(look, hei_, 16, false);  // 三号
            look.properties.push_back(prop("ParaFirstLineIndent", uno::Any(sal_Int32(1129))));  // 2 characters
            break;
        case tmpl::Role::Heading2:
            look.style = "Heading 2";
            font(look, kai_, 16, false);
            look.properties.push_back(prop("ParaFirstLineIndent", uno::Any(sal_Int32(1129))));
            break;
        case tmpl::Role::Body:
        case tmpl::Role::Placeholder:
            look.style = "Text body";
            font(look, fang_, 16, false);
            adjust(look, style::ParagraphAdjust_BLOCK);
            look.properties.push_back(prop("ParaFirstLineIndent", uno::Any(sal_Int32(1129))));
            break;
    }
    return look;
}

ParagraphLook TemplateLooks::cell(tmpl::CellKind kind) const {
    ParagraphLook look;
    look.style = "Table Contents";
    font(look, song_, 10.5, false);  // 五号
    adjust(look, kind == tmpl::CellKind::RowLabel ? style::ParagraphAdjust_LEFT : style::ParagraphAdjust_CENTER);
    look.properties.push_back(prop("ParaFirstLineIndent", uno::Any(sal_Int32(0))));
    return look;
}

}  // namespace nianbao::lo::edit
