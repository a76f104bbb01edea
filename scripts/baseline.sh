#!/usr/bin/env bash
# The oldest build and test baseline we can get here: a Debian 11 ("bullseye")
# root with glibc 2.31, GCC 10 and LibreOffice 7.0 and its SDK, the level of the
# desktops reports are written on (Ubuntu 20.04, UOS 20, Kylin V10). Built once
# with debootstrap into .deps/bullseye-root and kept; rebuilt when the package
# list below changes. The way manylinux builds wheels: what is compiled here runs
# on that level and everything newer.
#
#   scripts/baseline.sh ensure          create or update the root
#   scripts/baseline.sh sync            copy the work tree's sources to /src/nianbao in the root
#   scripts/baseline.sh run CMD [ARG…]  run CMD inside the root (proc mounted, cwd /src/nianbao)
#
# Needs root (debootstrap, chroot, mount): CI and the developer machines are.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
ROOT=${NIANBAO_BASELINE_ROOT:-$REPO/.deps/bullseye-root}
MIRROR=${NIANBAO_BASELINE_MIRROR:-http://deb.debian.org/debian}

# What the baseline needs: the compiler, LibreOffice 7.0 with its SDK and Python
# bridge (integration tests), Xvfb, fonts, xdotool and the Chinese UI (the
# deck's UI tests).
PACKAGES=(
  g++ make cmake file binutils ca-certificates
  libreoffice-writer libreoffice-draw libreoffice-dev libreoffice-dev-common python3-uno
  libreoffice-script-provider-python
  nlohmann-json3-dev libgtest-dev libgmock-dev
  xvfb xauth fonts-noto-cjk imagemagick xdotool libreoffice-l10n-zh-cn
)
STAMP="$ROOT/.nianbao-packages"

die() { echo "baseline: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot and mount)"

mounted_below() { findmnt -rn -o TARGET | grep -q "^$ROOT/" ; }

ensure() {
  local want="${PACKAGES[*]}"
  if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then return 0; fi
  command -v debootstrap >/dev/null || {
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -q -y --no-install-recommends debootstrap; }
  if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
    mounted_below && die "something is still mounted below $ROOT; unmount it first"
    rm -rf "$ROOT"
    echo "baseline: debootstrap bullseye into $ROOT"
    debootstrap --variant=minbase bullseye "$ROOT" "$MIRROR" >"$REPO/.deps/debootstrap.log" 2>&1 \
      || { tail -20 "$REPO/.deps/debootstrap.log"; die "debootstrap failed"; }
  fi
  echo "baseline: installing ${PACKAGES[*]}"
  run_in env DEBIAN_FRONTEND=noninteractive sh -c \
    "apt-get update -q >/dev/null && apt-get install -q -y --no-install-recommends $want >/dev/null"
  echo "$want" >"$STAMP"
}

# The sources as they are in the work tree (committed or not), without build
# output; modification times kept so that the build inside stays incremental.
sync_sources() {
  local dst="$ROOT/src/nianbao"
  rm -rf "$dst" && mkdir -p "$dst"
  tar -C "$REPO" --exclude='./build*' --exclude=./.deps --exclude=./.git --exclude=./dist \
      --exclude='__pycache__' -cf - . | tar -C "$dst" -xf -
  mkdir -p "$dst/.deps"
  cp -p "$REPO"/.deps/glpk_*.orig.tar.gz "$dst/.deps/" 2>/dev/null || true
}

run_in() {
  mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
  mountpoint -q "$ROOT/dev/pts" || mount -t devpts devpts "$ROOT/dev/pts" 2>/dev/null || true
  trap 'umount "$ROOT/dev/pts" 2>/dev/null || true; umount "$ROOT/proc" 2>/dev/null || true' EXIT
  local rc=0
  chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      LANG=C.UTF-8 CI="${CI:-}" /bin/sh -c 'cd /src/nianbao 2>/dev/null || cd /; exec "$@"' sh "$@" || rc=$?
  return $rc
}

case "${1:-}" in
  ensure) ensure ;;
  sync) sync_sources ;;
  run) shift; [ $# -gt 0 ] || die "run what?"; run_in "$@" ;;
  *) die "usage: scripts/baseline.sh ensure | sync | run CMD [ARG…]" ;;
esac
