#include "cli/shard.hpp"

#include <cstdint>
#include <stdexcept>

namespace nianbao::cli {

Shard parseShard(const std::string& text) {
    const auto slash = text.find('/');
    Shard s;
    try {
        if (slash == std::string::npos) throw std::invalid_argument("");
        std::size_t used = 0;
        s.index = std::stoi(text.substr(0, slash), &used);
        if (used != slash) throw std::invalid_argument("");
        s.count = std::stoi(text.substr(slash + 1), &used);
        if (used != text.size() - slash - 1) throw std::invalid_argument("");
    } catch (const std::exception&) {
        throw std::invalid_argument("--shard wants K/N, e.g. 3/8, not '" + text + "'");
    }
    if (s.count < 1 || s.index < 1 || s.index > s.count)
        throw std::invalid_argument("--shard K/N needs 1 <= K <= N, not '" + text + "'");
    return s;
}

int shardOf(const std::string& relativePath, int count) {
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a: fixed, so every machine agrees
    for (unsigned char c : relativePath) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return static_cast<int>(h % static_cast<std::uint64_t>(count)) + 1;
}

std::vector<InputFile> selectShard(const std::vector<InputFile>& all, const Shard& shard) {
    if (shard.count == 0) return all;
    std::vector<InputFile> out;
    for (const InputFile& f : all)
        if (shardOf(f.relative, shard.count) == shard.index) out.push_back(f);
    return out;
}

}  // namespace nianbao::cli
