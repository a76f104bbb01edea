#!/usr/bin/python3
"""Reports as the public makes them: web pages in the layouts real reports use
(tests/fixtures/html_variants.py: split tables, T4 in three tables, the merged
（六） row, header and label variants, a missing 规章 row) opened by LibreOffice
and saved as .docx, .doc and .odt, then checked by the filter. Every value a
variant holds must be read as written, the verdict must be the expected one,
and the error-level findings exactly the variant's own (none for a correct
report: a split or a variant must never cause an error).
Usage: test_html_variants.py OXT [VARIANT…]"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "fixtures"))
from lo_harness import Office  # noqa: E402
import html_variants  # noqa: E402

# How a page becomes a document here: LibreOffice's HTML import into Writer,
# then its own export filters.
SAVED_AS = {"docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97", "odt": "odt:writer8"}


def values_of(result):
    return {t["id"]: {k: c.get("value") for k, c in t.get("cells", {}).items()} for t in result["tables"]}


def problems(result, want):
    """What differs between a filter result and a variant's expectations."""
    out = []
    got = values_of(result)
    for table, cells in want["values"].items():
        for key, value in cells.items():
            g = got.get(table, {}).get(key)
            if g is None or abs(g - value) > 1e-9:
                out.append("%s.%s read as %s, written %s" % (table, key, g, value))
    if result.get("verdict") != want["verdict"]:
        out.append("verdict %s, want %s" % (result.get("verdict"), want["verdict"]))
    errors = sorted((f["rule"], f.get("column", "")) for f in result["findings"] if f["severity"] == "error")
    wanted = sorted(tuple(e) for e in want["errors"])
    if errors != wanted:
        out.append("errors %s, want %s" % (errors, wanted))
    for row in want["missing_rows"]:
        if not any(row in f.get("cells", []) or row + "." in " ".join(f.get("cells", []))
                   for f in result["findings"] if f["rule"] == "C2"):
            out.append("no C2 finding for the missing row %s" % row)
    return out


def main(oxt, only=()):
    with Office(oxt, "nianbao-html") as office:
        pages = os.path.join(office.dir, "pages")
        expected = html_variants.build(pages)
        names = [n for n in sorted(expected) if not only or n in only]
        html = [os.path.join(pages, n + ".html") for n in names]
        saved = os.path.join(office.dir, "saved")
        for ext, spec in SAVED_AS.items():
            _, rc = office.convert(html, filter_spec=spec, outdir=saved,
                                   extra=["--infilter=HTML (StarWriter)"])
            missing = [n for n in names if not os.path.exists(os.path.join(saved, "%s.%s" % (n, ext)))]
            if missing:
                print("FAIL: LibreOffice did not save %s as .%s (exit %s)\n%s" % (missing, ext, rc, office.log()))
                return 1
        checked = os.path.join(office.dir, "checked")
        failed = 0
        for ext in SAVED_AS:
            files = [os.path.join(saved, "%s.%s" % (n, ext)) for n in names]
            out, _ = office.convert(files, outdir=os.path.join(checked, ext))
            for n in names:
                path = os.path.join(out, n + ".json")
                if not os.path.exists(path):
                    failed += 1
                    print("FAIL %s.%s: no findings written" % (n, ext))
                    continue
                with open(path, encoding="utf-8") as f:
                    result = json.load(f)
                bad = problems(result, expected[n])
                if bad:
                    failed += 1
                    print("FAIL %s.%s:\n  %s" % (n, ext, "\n  ".join(bad[:12])))
                else:
                    print("ok: %s.%s (%s)" % (n, ext, result["verdict"]))
        print("%d passed, %d failed" % (len(names) * len(SAVED_AS) - failed, failed))
        return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], set(sys.argv[2:])))
