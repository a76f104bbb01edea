#!/usr/bin/env python3
"""Installs build/nianbao.oxt into a throwaway LibreOffice profile, checks the
bundled sample report (all four formats) headlessly with the nianbao_findings
filter, and prints a readable summary.
Usage: check_sample.py [--oxt OXT] [--keep DIR] [FILES...]
(--keep: where the JSON goes, build/sample-findings by default)"""
import argparse
import glob
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
sys.path.insert(0, os.path.join(ROOT, "scripts"))

import lo_harness  # noqa: E402
import summarize  # noqa: E402


def distinct_name(path):
    stem, ext = os.path.splitext(os.path.basename(path))
    return "%s-%s%s" % (stem, ext.lstrip("."), ext)


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxt", default=os.path.join(ROOT, "build", "nianbao.oxt"))
    ap.add_argument("--keep", default=os.path.join(ROOT, "build", "sample-findings"))
    ap.add_argument("files", nargs="*")
    args = ap.parse_args(argv)
    files = args.files or sorted(p for p in glob.glob(os.path.join(ROOT, "samples", "*"))
                                 if os.path.splitext(p)[1] in (".docx", ".doc", ".odt", ".html"))
    oxt = args.oxt
    with lo_harness.Office(oxt, name="nianbao-sample") as office:
        # soffice names each output after its input's base name: give the four
        # formats of one report distinct names so their findings don't overwrite.
        inputs = lo_harness.copy_inputs(os.path.join(office.dir, "in"),
                                        [(f, distinct_name(f)) for f in files])
        outdir, rc = office.convert(inputs)
        results = [os.path.join(outdir, os.path.splitext(os.path.basename(f))[0] + ".json")
                   for f in inputs]
        missing = [r for r in results if not os.path.exists(r)]
        if rc != 0 or missing:
            print(office.log(), file=sys.stderr)
            print("nianbao: soffice exited %s; missing %s" % (rc, missing), file=sys.stderr)
            return 3
        worst = 0
        for r in results:
            worst = max(worst, summarize.summarize(r))
            print()
        print("JSON findings: kept in", args.keep)
        os.makedirs(args.keep, exist_ok=True)
        for r in results:
            os.replace(r, os.path.join(args.keep, os.path.basename(r)))
    # Findings in the sample are expected: the check itself succeeded.
    return 0 if worst < 2 else worst


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
