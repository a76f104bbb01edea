#!/usr/bin/env python3
"""The same package must say the same of the same report in every LibreOffice:
compares two folders of findings JSON (scripts/check_sample.py --keep), file by
file, member by member. Exit 1 naming every difference.
Usage: same_findings.py DIR_A DIR_B"""
import json
import os
import sys


def diff(a, b, path=""):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            yield from diff(a.get(k), b.get(k), "%s.%s" % (path, k))
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            yield from diff(x, y, "%s[%d]" % (path, i))
    elif a != b:
        yield "%s: %s / %s" % (path, json.dumps(a, ensure_ascii=False)[:200], json.dumps(b, ensure_ascii=False)[:200])


def main(left, right):
    names = sorted(n for n in os.listdir(left) if n.endswith(".json"))
    if not names or names != sorted(n for n in os.listdir(right) if n.endswith(".json")):
        print("FAIL: different files: %s / %s" % (names, sorted(os.listdir(right))))
        return 1
    failed = 0
    for n in names:
        with open(os.path.join(left, n), encoding="utf-8") as f, open(os.path.join(right, n), encoding="utf-8") as g:
            differences = list(diff(json.load(f), json.load(g)))
        failed += bool(differences)
        print(("FAIL %s\n  " % n + "\n  ".join(differences[:20])) if differences else "same: %s" % n)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
