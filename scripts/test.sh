#!/usr/bin/env bash
# Set-up and every test on a fresh Debian 12 machine: installs what is needed,
# runs the unit tests under ASan/UBSan and a bounded libFuzzer run, builds the
# package users download (dist/nianbao.oxt, on the Debian 11 baseline), then runs
# the unit, property, integration and UI tests with that package in this
# machine's LibreOffice, and again in LibreOffice 7.0 in the Debian 11 root.
# Exit code 0 only when all of them pass.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=$(nproc)

scripts/deps.sh

echo "== sanitizer build of the core and its unit tests"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNIANBAO_SANITIZE=ON \
      -DNIANBAO_UNO=OFF -DNIANBAO_BENCH=OFF >/dev/null
cmake --build build-asan -j"$JOBS"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j"$JOBS")

if [ -f fuzz/CMakeLists.txt ] && grep -q add_executable fuzz/CMakeLists.txt; then
  echo "== bounded fuzz run"
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNIANBAO_FUZZ=ON \
        -DNIANBAO_UNO=OFF -DNIANBAO_TESTS=OFF -DNIANBAO_BENCH=OFF >/dev/null
  cmake --build build-fuzz -j"$JOBS"
  (cd build-fuzz && ctest --output-on-failure -L fuzz)
fi

echo "== dist/nianbao.oxt, built on the Debian 11 baseline"
scripts/package.sh

echo "== extension build; unit, integration and UI tests with dist/nianbao.oxt in LibreOffice $(dpkg-query -W -f '${Version}' libreoffice-core)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNIANBAO_UNO=ON -DNIANBAO_TESTS=ON \
      -DNIANBAO_TEST_OXT="$PWD/dist/nianbao.oxt" >/dev/null
cmake --build build -j"$JOBS"
(cd build && ctest --output-on-failure -j"$JOBS")

echo "== the same package in LibreOffice 7.0 (Debian 11)"
scripts/test_baseline.sh
