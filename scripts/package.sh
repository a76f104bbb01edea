#!/usr/bin/env bash
# Builds the .oxt users download, dist/nianbao.oxt, on the oldest baseline we
# can get (scripts/baseline.sh: Debian 11, glibc 2.31, GCC 10, LibreOffice 7.0
# SDK) and refuses it when a library inside asks for a glibc symbol above 2.28 or
# a libstdc++ symbol above GCC 10's. The developer build (build/nianbao.oxt) is
# untouched by this.
#
#   scripts/package.sh            build dist/nianbao.oxt (the baseline root is made once, ~2 min)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh >/dev/null              # the GLPK source tarball, python3 for the check
scripts/baseline.sh ensure
scripts/baseline.sh sync

BUILD=/build/nianbao                    # inside the root; kept between runs (incremental)
scripts/baseline.sh run sh -c "
  set -e
  cmake -S . -B $BUILD -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNIANBAO_UNO=ON -DNIANBAO_TESTS=ON \
        -DNIANBAO_BENCH=OFF -DNIANBAO_GLPK_TARBALL=\$(ls /src/nianbao/.deps/glpk_*.orig.tar.gz) >/dev/null
  cmake --build $BUILD --target nianbao_oxt -j$(nproc) >$BUILD/build.log 2>&1 || { tail -40 $BUILD/build.log; exit 1; }
  test -s $BUILD/nianbao.oxt"

mkdir -p dist
cp .deps/bullseye-root$BUILD/nianbao.oxt dist/nianbao.oxt.new
if ! python3 scripts/check_abi.py dist/nianbao.oxt.new; then
  rm -f dist/nianbao.oxt.new
  echo "package: dist/nianbao.oxt not written" >&2
  exit 1
fi
mv dist/nianbao.oxt.new dist/nianbao.oxt
echo "package: dist/nianbao.oxt ($(stat -c %s dist/nianbao.oxt) bytes), built on Debian 11 / LibreOffice 7.0"
