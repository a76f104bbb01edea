// Typing slips (format.md, "Which cell is wrong"): could `value` be what was
// meant when `written` was typed? Used to prefer cells whose implied value is
// explained by a slip of the hand.
#pragma once

#include <string>
#include <string_view>

namespace nianbao {

enum class Slip {
    None,
    SwappedDigits,   // 21 for 12
    WrongDigit,      // 17 for 18 (numbers of two or more digits only)
    ExtraDigit,      // 110 for 10
    MissingDigit,    // 1 for 10
    SplitDigits,     // "1 0" where one of the parts was meant
};

// The slip that turns the meant non-negative integer `value` into `written`,
// Slip::None when there is none (also for non-integers and equal values).
Slip typingSlip(std::string_view written, double value);
inline bool isTypingSlip(std::string_view written, double value) {
    return typingSlip(written, value) != Slip::None;
}
const char* slipZh(Slip s);
const char* slipEn(Slip s);

}  // namespace nianbao
