#!/usr/bin/python3
"""Tracked changes read as accepted: tests/fixtures/make_tracked_variants.py
edits the seed through UNO with change tracking on (cell value, a deletion
across paragraphs, a row deleted and one inserted, an attribute change) and
saves it in odt, docx and doc (html cannot hold tracked changes), plus the same with every change accepted. The
filter's JSON of each tracked file equals that of its accepted twin, except
for the places (`where`, `at`, Writer table names), which name the document
as it is, with its tracked rows and paragraphs.
Usage: test_tracked_variants.py OXT SEED_ODT FIXTURES_DIR"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lo_harness import Office, copy_inputs, run_generator  # noqa: E402

FORMATS = ["odt", "docx", "doc"]


# A cell's address as messages quote it: "（表格2.C27）", " (表格2.C27)".
ADDRESS = re.compile(r"（[^（）]*\.[A-Z]+[0-9]+）| \([^()]*\.[A-Z]+[0-9]+\)")


def without_places(value, key=None):
    if isinstance(value, dict):
        return {k: without_places(v, k) for k, v in value.items()
                if k not in ("where", "at", "writer_tables", "document")}
    if isinstance(value, list):
        return [without_places(v) for v in value]
    if key in ("message", "message_en") and isinstance(value, str):
        return ADDRESS.sub("", value)
    return value


def main(oxt, seed, fixtures):
    with Office(oxt, "nianbao-tracked") as office:
        [seed_copy] = copy_inputs(os.path.join(office.dir, "in"), [(seed, "seed.odt")])
        made = os.path.join(office.dir, "made")
        gen = run_generator(office, os.path.join(fixtures, "make_tracked_variants.py"), [seed_copy, made])
        if gen.returncode != 0:
            print("FAIL: generator:", gen.stdout[-2000:], gen.stderr[-2000:])
            return 1
        files = [os.path.join(made, "%s-%s.%s" % (kind, ext, ext)) for ext in FORMATS
                 for kind in ("tracked", "accepted")]
        outdir, _ = office.convert(files)
        failed = 0
        for ext in FORMATS:
            results = {}
            for kind in ("tracked", "accepted"):
                with open(os.path.join(outdir, "%s-%s.json" % (kind, ext)), encoding="utf-8") as f:
                    results[kind] = json.load(f)
            a, b = without_places(results["tracked"]), without_places(results["accepted"])
            if a != b:
                failed += 1
                print("FAIL %s: tracked reads differently from accepted" % ext)
                for key in a:
                    if a.get(key) != b.get(key):
                        print("  %s:\n    tracked  %s\n    accepted %s" % (
                            key, json.dumps(a.get(key), ensure_ascii=False)[:1500],
                            json.dumps(b.get(key), ensure_ascii=False)[:1500]))
            else:
                t3 = [t for t in results["tracked"]["tables"] if t["id"] == "T3"][0]
                print("ok: %s (T3 r_total.np reads %r)" % (ext, t3["cells"]["r_total.np"]["text"]))
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
