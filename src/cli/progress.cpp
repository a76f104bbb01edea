#include "cli/progress.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>

namespace nianbao::cli {

namespace {

// Decodes one UTF-8 sequence at s[i]; returns its code point and advances i.
char32_t decodeNext(const std::string& s, std::size_t& i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    char32_t cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
    ++i;
    for (; extra > 0 && i < s.size(); --extra, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    return cp;
}

int width(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                   (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                   (cp >= 0xFFE0 && cp <= 0xFFE6)
               ? 2
               : 1;
}

// The end of s that fits in `columns` (a long path keeps its file name).
std::string fitLeft(const std::string& s, std::size_t columns) {
    if (displayWidth(s) <= columns) return s;
    std::size_t i = 0;
    while (i < s.size() && displayWidth(s.substr(i)) + 1 > columns) decodeNext(s, i);
    return "…" + s.substr(i);
}

std::size_t terminalColumns() {
    winsize ws{};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) return ws.ws_col;
    return 80;
}

std::string clock(double seconds) {
    const long s = static_cast<long>(seconds + 0.5);
    char buf[32];
    if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

}  // namespace

std::size_t displayWidth(const std::string& s) {
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size();) w += width(decodeNext(s, i));
    return w;
}

Progress::Mode Progress::choose(bool textToStdout) {
    if (::isatty(STDERR_FILENO)) return Mode::Bar;
    // Off a terminal the text lines on stdout already are the progress.
    return textToStdout ? Mode::Off : Mode::Lines;
}

Progress::Progress(std::size_t total, Mode mode)
    : total_(total), mode_(mode), start_(std::chrono::steady_clock::now()) {}

void Progress::started(const std::string& name) {
    current_ = name;
    redraw();
}

void Progress::finished(const std::string& name, const std::string& status) {
    ++done_;
    if (mode_ == Mode::Lines) {
        std::fprintf(stderr, "[%zu/%zu] %s: %s\n", done_, total_, name.c_str(), status.c_str());
        std::fflush(stderr);
    }
    redraw();
}

std::string Progress::barLine() const {
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double rate = elapsed > 0 ? done_ / elapsed : 0;
    char stats[96];
    std::snprintf(stats, sizeof stats, " %zu/%zu %.1f/s ETA %s ", done_, total_, rate,
                  done_ && rate > 0 ? clock((total_ - done_) / rate).c_str() : "--:--");
    const std::size_t columns = terminalColumns() - 1;
    const std::size_t barWidth = columns >= 60 ? 20 : 10;
    const std::size_t filled = total_ ? barWidth * done_ / total_ : barWidth;
    std::string line = "[" + std::string(filled, '#') + std::string(barWidth - filled, '.') + "]" + stats;
    const std::size_t used = displayWidth(line);
    if (used < columns) line += fitLeft(current_, columns - used);
    return line;
}

void Progress::clear() {
    if (mode_ != Mode::Bar || !shown_) return;
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    shown_ = false;
}

void Progress::tick() {
    if (mode_ == Mode::Bar && std::chrono::steady_clock::now() - lastDraw_ > std::chrono::milliseconds(500)) redraw();
}

void Progress::redraw() {
    if (mode_ != Mode::Bar) return;
    lastDraw_ = std::chrono::steady_clock::now();
    std::fprintf(stderr, "\r\033[K%s", barLine().c_str());
    std::fflush(stderr);
    shown_ = true;
}

void Progress::finish() {
    clear();
    mode_ = Mode::Off;
}

}  // namespace nianbao::cli
