#!/usr/bin/env bash
# The package users download, tested where it must run: dist/nianbao.oxt (built
# by scripts/package.sh on Debian 11) installed into LibreOffice 7.0 inside the
# Debian 11 root, then the unit tests (GCC 10), the integration tests (filter,
# service, macros, edits, batch) and every UI test of the deck under Xvfb (7.0
# differs: no cell RowSpan, no jump to a drawing object, another sidebar).
# scripts/test.sh runs this after the Debian 12 suite; alone:
#
#   scripts/test_baseline.sh            (makes the root and dist/nianbao.oxt if needed)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/package.sh
ROOT=.deps/bullseye-root
mkdir -p "$ROOT/dist"
cp dist/nianbao.oxt "$ROOT/dist/nianbao.oxt"

BUILD=/build/nianbao
echo "== LibreOffice $(chroot "$ROOT" dpkg-query -W -f '${Version}' libreoffice-core) in the Debian 11 root:" \
     "unit, integration and UI tests with dist/nianbao.oxt"
scripts/baseline.sh run sh -c "
  set -e
  cmake -S . -B $BUILD -DNIANBAO_TEST_OXT=/dist/nianbao.oxt >/dev/null
  cmake --build $BUILD -j$(nproc) >$BUILD/build.log 2>&1 || { tail -40 $BUILD/build.log; exit 1; }
  (cd $BUILD && ctest --output-on-failure -L ui)
  rm -rf /tmp/sample-lo70 && python3 scripts/check_sample.py --oxt /dist/nianbao.oxt --keep /tmp/sample-lo70 >/dev/null"

echo "== the sample's findings: LibreOffice 7.0 (Debian 11) against this machine's LibreOffice"
rm -rf build/sample-lo-host
/usr/bin/python3 scripts/check_sample.py --oxt dist/nianbao.oxt --keep build/sample-lo-host >/dev/null
/usr/bin/python3 tests/integration/same_findings.py "$ROOT/tmp/sample-lo70" build/sample-lo-host

echo "== unit and integration tests in LibreOffice 7.0"
scripts/baseline.sh run sh -c "cd $BUILD && ctest --output-on-failure -j$(nproc) -LE ui"
