// --shard K/N: the K-th of N stable slices of the input list, so that any
// scheduler can spread a batch over machines. A file's slice depends only on
// its relative path (a hash), not on which other files exist: adding a report
// to the folder does not move the others between machines.
#pragma once

#include <string>
#include <vector>

#include "cli/inputs.hpp"

namespace nianbao::cli {

struct Shard {
    int index = 0;  // K, 1-based; 0: no sharding
    int count = 0;  // N
};

// "K/N" with 1 <= K <= N; throws std::invalid_argument otherwise.
Shard parseShard(const std::string& text);

int shardOf(const std::string& relativePath, int count);  // 1..count

std::vector<InputFile> selectShard(const std::vector<InputFile>& all, const Shard& shard);

}  // namespace nianbao::cli
