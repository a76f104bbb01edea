// Progress on stderr: a bar redrawn in place on a terminal (done/total, the
// file being read, rate, ETA), or one plain line per finished file otherwise.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace nianbao::cli {

class Progress {
public:
    enum class Mode { Bar, Lines, Off };
    Progress(std::size_t total, Mode mode);

    void started(const std::string& name);
    void finished(const std::string& name, const std::string& status);
    void clear();   // before other output to the same terminal
    void redraw();  // after it
    void finish();  // removes the bar for good
    void tick();    // redraws now and then (rate and ETA move during a long file)

    static Mode choose(bool textToStdout);

private:
    std::string barLine() const;

    std::size_t total_;
    std::size_t done_ = 0;
    Mode mode_;
    std::string current_;
    std::chrono::steady_clock::time_point start_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point lastDraw_;
};

// How many terminal columns a UTF-8 string takes (CJK counts two).
std::size_t displayWidth(const std::string& s);

}  // namespace nianbao::cli
