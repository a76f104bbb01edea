#!/usr/bin/env bash
# Set-up and the main job on a fresh Debian 12 machine: installs what is needed,
# builds build/nianbao.oxt, installs it into a throwaway LibreOffice profile and
# checks the bundled sample report (samples/) headlessly, printing a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNIANBAO_UNO=ON -DNIANBAO_TESTS=ON >/dev/null
cmake --build build --target nianbao_oxt -j"$(nproc)"
/usr/bin/python3 scripts/check_sample.py "$@"
