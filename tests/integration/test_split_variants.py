#!/usr/bin/python3
"""Tables split across pages read as one: tests/fixtures/make_split_variants.py
splits the seed's tables with Writer's own Split Table command (T3 with and
without its heading repeated and with a （续） caption between the pieces, T2
into its four blocks, T4's values row split off) and saves each in odt, docx
and doc. The filter's JSON of each equals the unsplit seed's, places aside
(`where`, `at`, Writer table names), and the table really is in pieces.
Usage: test_split_variants.py OXT SEED_ODT FIXTURES_DIR"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lo_harness import Office, copy_inputs, run_generator  # noqa: E402
from test_tracked_variants import without_places  # noqa: E402

FORMATS = ["odt", "docx", "doc"]
# Variant -> the table it splits and into how many pieces.
VARIANTS = {"t3-plain": ("T3", 2), "t3-heading": ("T3", 2), "t3-caption": ("T3", 2),
            "t2-blocks": ("T2", 4), "t4-values": ("T4", 2)}


def main(oxt, seed, fixtures):
    with Office(oxt, "nianbao-split") as office:
        [seed_copy] = copy_inputs(os.path.join(office.dir, "in"), [(seed, "seed.odt")])
        made = os.path.join(office.dir, "made")
        gen = run_generator(office, os.path.join(fixtures, "make_split_variants.py"), [seed_copy, made])
        if gen.returncode != 0:
            print("FAIL: generator:", gen.stdout[-2000:], gen.stderr[-2000:])
            return 1
        files = [seed_copy] + [os.path.join(made, "%s-%s.%s" % (v, ext, ext)) for v in VARIANTS for ext in FORMATS]
        outdir, _ = office.convert(files)
        with open(os.path.join(outdir, "seed.json"), encoding="utf-8") as f:
            want = without_places(json.load(f))
        failed = 0
        for v, (table, pieces) in VARIANTS.items():
            for ext in FORMATS:
                name = "%s-%s" % (v, ext)
                with open(os.path.join(outdir, name + ".json"), encoding="utf-8") as f:
                    result = json.load(f)
                split = [t for t in result["tables"] if t["id"] == table][0]["writer_tables"]
                got = without_places(result)
                if len(split) != pieces:
                    failed += 1
                    print("FAIL %s: %s read from %s, want %d pieces" % (name, table, split, pieces))
                elif got != want:
                    failed += 1
                    print("FAIL %s: reads differently from the unsplit seed" % name)
                    for key in want:
                        a, b = got.get(key), want.get(key)
                        if a == b:
                            continue
                        if isinstance(a, list) and isinstance(b, list):
                            a = [x for x in a if x not in b]
                            b = [x for x in want.get(key) if x not in got.get(key)]
                        print("  %s:\n    split only    %s\n    unsplit only  %s" % (
                            key, json.dumps(a, ensure_ascii=False)[:1500], json.dumps(b, ensure_ascii=False)[:1500]))
                else:
                    print("ok: %s (%s from %s)" % (name, table, split))
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
