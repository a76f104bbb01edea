// The panel's own words in the two languages it speaks. A table in code rather
// than .properties resources: a dozen short labels, kept next to the code that
// shows them, and nothing to load or to go missing from the package. Finding
// messages are not here: they come from the findings (message / message_en).
#pragma once

#include <string>

#include "uno/sidebar/panel_model.hpp"

namespace nianbao::sidebar {

enum class Word {
    Correction,     // heading of the proposed correction
    FixAll,         // 全部更正
    Alternative,    // "Correction %1" in the chooser of tied corrections
    Findings,       // heading of the findings
    NoFindings,
    GoTo,
    Fix,
    Ignore,
    MissingSections,
    InsertMissing,  // 插入缺失部分
    Rebuild,        // "Rebuild table %1"
    Tools,          // heading of the document actions
    InsertTemplate,
    Compare,
    Refresh,
    Check,          // the check itself (in a failure line)
    PickPrevious,   // file picker title
    IgnoredCount,   // "%1 ignored"
    PublishedPdf,   // why a PDF gets no edit buttons
    SelectRow,      // the details line while no row of the tree is selected
    Undecided,      // why no correction is proposed (too many changes, or no time)
    Impossible,     // no values make every relation hold
};

class PanelWords {
public:
    explicit PanelWords(bool chinese) : zh_(chinese) {}
    bool chinese() const { return zh_; }
    std::string operator()(Word w) const;
    // The verdict in words with format version and tables found.
    std::string summary(const PanelModel& m) const;
    const std::string& message(const Finding& f) const { return zh_ ? f.message : f.messageEn; }
    const std::string& groupTitle(const Group& g) const { return zh_ ? g.titleZh : g.titleEn; }
    std::string change(const Change& c) const;  // 「（七）总计·自然人：“1 0” → 8」
    std::string failure(const std::string& what, const std::string& detail) const;

private:
    bool zh_;
};

// "%1" in a word replaced by a value.
std::string fill(std::string pattern, const std::string& value);

}  // namespace nianbao::sidebar
