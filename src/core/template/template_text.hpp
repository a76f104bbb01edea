// The words of the blank report that the format declarations do not hold:
// the title, the opening paragraph, S1's customary sub-headings, the S6 fee
// statement, the placeholders, and a few header words of the tables.
#pragma once

#include <string>
#include <vector>

namespace nianbao::tmpl::text {

extern const char* const kTitle;
extern const char* const kIntro;

struct SubHeading {
    const char* heading;      // （一）主动公开
    const char* placeholder;  // 〔…〕 what the author writes there
};
const std::vector<SubHeading>& s1SubHeadings();

// The placeholder paragraph under a section's heading (S5, S6), "" if none.
const char* sectionPlaceholder(const std::string& sectionId);
extern const char* const kFeeStatement;  // S6, required since 国办函〔2020〕109号

// Table header words that are layout, not ids.
extern const char* const kT2ContentHeader;  // 信息内容
extern const char* const kT4LawsuitHeader;  // 行政诉讼
// T3's corner cell wraps the H1 relation's wording in these.
extern const char* const kT3NoteOpen;
extern const char* const kT3NoteClose;

}  // namespace nianbao::tmpl::text
