#!/usr/bin/env bash
# Installs every package nianbao needs on Debian 12 and fetches the GLPK source
# (Debian's own source package) so that GLPK can be compiled position-independent
# and linked statically into the extension: Debian's libglpk.a is not PIC, and
# LibreOffice does not ship GLPK.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

PACKAGES=(
  build-essential cmake pkg-config git ca-certificates dpkg-dev
  libreoffice-writer libreoffice-draw libreoffice-dev libreoffice-dev-common python3-uno
  libreoffice-script-provider-python
  libboost-dev nlohmann-json3-dev libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev
  xvfb xauth fonts-noto-cjk imagemagick xdotool
  poppler-utils
  libreoffice-l10n-zh-cn
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "nianbao: installing ${missing[*]}"
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -q -y --no-install-recommends "${missing[@]}"
fi

# GLPK source from Debian's archive (deb-src), kept in .deps/ (git-ignored).
GLPK_TAR=.deps/glpk_5.0.orig.tar.gz
if [ ! -f "$GLPK_TAR" ]; then
  mkdir -p .deps
  SRC_LIST=/etc/apt/sources.list.d/nianbao-deb-src.sources
  if [ ! -f "$SRC_LIST" ]; then
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      | $SUDO tee "$SRC_LIST" >/dev/null
  fi
  # Package lists of the source archive alone, in a folder of ours: apt's own
  # lists (what later installs read) stay as they are.
  LISTS="$PWD/.deps/apt-lists"
  mkdir -p "$LISTS/partial"
  APT_SRC=(-o Dir::Etc::sourcelist="$SRC_LIST" -o Dir::Etc::sourceparts=- -o Dir::State::Lists="$LISTS")
  $SUDO apt-get update -q "${APT_SRC[@]}" >/dev/null
  (cd .deps && apt-get source --download-only "${APT_SRC[@]}" glpk=5.0-1 2>&1 | grep -v '^W: Download is performed unsandboxed' || true)
  [ -f "$GLPK_TAR" ] || { echo "nianbao: could not fetch the GLPK source package" >&2; exit 1; }
fi
