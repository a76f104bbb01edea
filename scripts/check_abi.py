#!/usr/bin/env python3
"""Fails when a native library in an .oxt asks for more than the oldest desktop
we support has: glibc symbols above GLIBC_2.28, libstdc++ symbols above GCC 10's
(GLIBCXX_3.4.28, CXXABI_1.3.12). Names every offending symbol.

    scripts/check_abi.py dist/nianbao.oxt
"""
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

LIMITS = {"GLIBC": (2, 28), "GLIBCXX": (3, 4, 28), "CXXABI": (1, 3, 12)}
VERSIONED = re.compile(r"\(?\b(GLIBC|GLIBCXX|CXXABI)_([0-9.]+)\)?\s+(\S+)\s*$")


def too_new(lib: Path):
    """(symbol, version) pairs of LIB's undefined dynamic symbols above LIMITS."""
    out = subprocess.run(["objdump", "-T", str(lib)], check=True, capture_output=True, text=True).stdout
    bad = []
    for line in out.splitlines():
        if "*UND*" not in line:
            continue
        m = VERSIONED.search(line)
        if not m:
            continue
        family, version, symbol = m.groups()
        if tuple(int(p) for p in version.split(".")) > LIMITS[family]:
            bad.append((symbol, f"{family}_{version}"))
    return bad


def main(oxt: str) -> int:
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(oxt) as z:
        libs = [n for n in z.namelist() if re.search(r"\.so(\.[0-9]+)*$", n)]
        if not libs:
            print(f"check_abi: {oxt} holds no native library", file=sys.stderr)
            return 1
        failed = False
        for name in libs:
            path = Path(z.extract(name, tmp))
            bad = too_new(path)
            for symbol, version in bad:
                print(f"check_abi: {name} needs {symbol}@{version}, newer than the oldest supported desktop",
                      file=sys.stderr)
            failed |= bool(bad)
            if not bad:
                print(f"check_abi: {name}: no glibc symbol above 2.28, no libstdc++ symbol above GCC 10's")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
