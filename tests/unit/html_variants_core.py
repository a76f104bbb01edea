#!/usr/bin/env python3
"""The layouts of tests/fixtures/html_variants.py through the core alone, no
office: each page turned into a grid dump by tests/tools/html_to_grid.py and
checked by nianbao_check_dump; every value, the verdict and the errors as the
variant expects (the same assertions as the LibreOffice round trip in
tests/integration/test_html_variants.py).
Usage: html_variants_core.py CHECK_DUMP_TOOL"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "fixtures"))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
import html_variants  # noqa: E402
from test_html_variants import problems  # noqa: E402

TO_GRID = os.path.join(HERE, "..", "tools", "html_to_grid.py")


def main(tool):
    failed = 0
    with tempfile.TemporaryDirectory() as d:
        expected = html_variants.build(d)
        for name in sorted(expected):
            dump = os.path.join(d, name + ".json")
            subprocess.run([sys.executable, TO_GRID, os.path.join(d, name + ".html"), dump], check=True)
            out = subprocess.run([tool, dump], capture_output=True, text=True, check=True).stdout
            bad = problems(json.loads(out), expected[name])
            failed += bool(bad)
            print(("FAIL %s:\n  " % name + "\n  ".join(bad[:12])) if bad else "ok: " + name)
    print("%d passed, %d failed" % (len(expected) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
