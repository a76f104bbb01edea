// What a value cell says once read: the number, and how it had to be read
// (cleanly, after a repair, as a placeholder, or not at all).
#pragma once

#include <string>
#include <vector>

namespace nianbao {

struct NumberReading {
    enum class Status {
        Number,       // read cleanly
        Repaired,     // read after a repair listed in `repairs` (V2)
        Placeholder,  // blank, "/", "—", "-", "无": read as 0 (V3)
        Invalid,      // not a number of this kind (V1)
    };
    Status status = Status::Invalid;
    double value = 0;                  // 0 for Placeholder and Invalid
    bool blank = false;                // Placeholder because the cell is empty
    std::vector<std::string> repairs;  // "split-digits", "full-width", "thousands", "unit"
    // The number as read, in decimal exactly as written ("12.50", "7"): what
    // messages quote, so an amount never shows binary rounding. "" unless ok().
    std::string exact;
    bool tooLong = false;  // Invalid because it has more digits than a real count or amount can
    // Counts above this many digits are not counts (and past 2^53 a double is no
    // longer exact); amounts keep 15 significant digits, what a double holds exactly.
    static constexpr int kMaxCountDigits = 12;
    static constexpr int kMaxAmountDigits = 15;
    bool ok() const { return status != Status::Invalid; }
};

}  // namespace nianbao
