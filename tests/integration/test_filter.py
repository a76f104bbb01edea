#!/usr/bin/python3
"""soffice --headless --convert-to json:nianbao_findings on real files, with
build/nianbao.oxt installed into a throwaway profile.
Usage: test_filter.py OXT SAMPLES_DIR FIXTURES_DIR CASE
CASE: seed | not_a_report | broken | tracked_change"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lo_harness import Office, copy_inputs  # noqa: E402

FORMATS = ["docx", "doc", "odt", "html"]
SEED = "miyun-commerce-2023"

# findings.md: the seed's real mistakes, and nothing else at error level.
SEED_ERRORS = {("H1", "np"), ("H1", "biz"), ("H1", "total"), ("H2", "np"), ("H2", "total")}


class Failure(Exception):
    pass


def expect(cond, message):
    if not cond:
        raise Failure(message)


def load(outdir, stem):
    path = os.path.join(outdir, stem + ".json")
    expect(os.path.exists(path), "no output %s" % path)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def t3(result):
    tables = [t for t in result["tables"] if t["id"] == "T3"]
    expect(tables and tables[0]["found"], "T3 not found")
    return tables[0]


def check_seed(result, name):
    expect(result.get("schema") == "nianbao-findings/1", "schema: %r" % result.get("schema"))
    expect("error" not in result, "%s: error %r" % (name, result.get("error")))
    expect(result["document"] == name, "document %r, want %r" % (result["document"], name))
    expect(result["format_version"] == "2021", "format_version %r" % result["format_version"])
    errors = {(f["rule"], f.get("column")) for f in result["findings"] if f["severity"] == "error"}
    expect(errors == SEED_ERRORS, "%s: errors %s, want %s" % (name, sorted(errors), sorted(SEED_ERRORS)))
    n1 = [f for f in result["findings"] if f["rule"] == "N1" and f["severity"] == "warning"
          and {f.get("lhs"), f.get("rhs")} == {1, 8}]
    expect(n1, "%s: no N1 warning for 共收到…1件 vs new.total 8" % name)
    s6 = [s for s in result["sections"] if s["id"] == "S6"]
    expect(s6 and s6[0]["found"] is False, "%s: S6 should be missing: %s" % (name, s6))
    table = t3(result)
    cell = table["cells"].get("r_total.np")
    expect(cell is not None, "%s: no T3 r_total.np" % name)
    expect(cell["text"].strip() == "1 0" and cell["value"] == 10, "%s: r_total.np %s" % (name, cell))
    # The address is the real Writer table and cell: grid column 3 of row 27 is cell C27.
    expect(len(table["writer_tables"]) == 1, "writer_tables %s" % table["writer_tables"])
    expect(cell["at"] == table["writer_tables"][0] + ".C27", "%s: r_total.np at %s" % (name, cell["at"]))
    expect(table["cells"]["new.total"]["value"] == 8, "new.total %s" % table["cells"]["new.total"])
    # Issue 8: the seed is checked completely (no C1) and every finding says where it is.
    expect(result.get("verdict") == "errors", "%s: verdict %r" % (name, result.get("verdict")))
    expect(not [f for f in result["findings"] if f["rule"] == "C1"], "%s: C1 on the seed" % name)
    expect(all(f.get("where") for f in result["findings"]), "%s: a finding without where" % name)


def without_addresses(result):
    """The result with what legitimately differs between formats removed."""
    r = json.loads(json.dumps(result))
    r.pop("document", None)
    for t in r["tables"]:
        t.pop("writer_tables", None)
        for c in t["cells"].values():
            c.pop("at", None)
    return r


def case_seed(office, samples, fixtures):
    inputs = copy_inputs(os.path.join(office.dir, "in"),
                         [(os.path.join(samples, "%s.%s" % (SEED, e)), "seed-%s.%s" % (e, e))
                          for e in FORMATS])
    outdir, rc = office.convert(inputs)
    expect(rc == 0, "soffice exit %s\n%s" % (rc, office.log()))
    results = {e: load(outdir, "seed-" + e) for e in FORMATS}
    for e, r in results.items():
        check_seed(r, "seed-%s.%s" % (e, e))
    base = without_addresses(results["docx"])
    for e in FORMATS[1:]:
        expect(without_addresses(results[e]) == base, "%s differs from docx beyond addresses" % e)


def case_not_a_report(office, samples, fixtures):
    d = os.path.join(office.dir, "in")
    os.makedirs(d)
    with open(os.path.join(d, "note.txt"), "w", encoding="utf-8") as f:
        f.write("会议通知\n\n请各科室于周五下午三点到会议室开会。共收到材料3件。\n")
    with open(os.path.join(d, "page.html"), "w", encoding="utf-8") as f:
        # A nested table and merged cells: read safely (the inner table as its cell's text).
        f.write("<html><body><h1>Hello</h1><table border=1><tr><td rowspan=2>1</td><td>2</td></tr>"
                "<tr><td><table><tr><td>inner</td><td>3</td></tr></table></td></tr>"
                "<tr><td colspan=2>4</td></tr></table></body></html>")
    outdir, rc = office.convert([os.path.join(d, "note.txt"), os.path.join(d, "page.html")])
    expect(rc == 0, "soffice exit %s\n%s" % (rc, office.log()))
    for stem in ("note", "page"):
        r = load(outdir, stem)
        expect("error" not in r, "%s: error %r" % (stem, r.get("error")))
        expect(r["format_version"] is None, "%s: format_version %r" % (stem, r["format_version"]))
        bad = [f for f in r["findings"] if f["severity"] == "error"]
        expect(not bad, "%s: error findings %s" % (stem, bad))
        expect(r.get("verdict") == "not-a-report", "%s: verdict %r" % (stem, r.get("verdict")))


def case_broken(office, samples, fixtures):
    """A .docx that is not a zip and a truncated .odt. soffice 7.4 either fails
    to load them ("Error: source file could not be loaded", no output) or
    falls back to another import; either way it must end, and any output must
    be a findings or error object, never a crash."""
    d = os.path.join(office.dir, "in")
    os.makedirs(d)
    with open(os.path.join(d, "garbage.docx"), "wb") as f:
        f.write(b"PK\x03\x04" + bytes(random.Random(7).getrandbits(8) for _ in range(3000)))
    with open(os.path.join(samples, SEED + ".odt"), "rb") as f:
        data = f.read()
    with open(os.path.join(d, "truncated.odt"), "wb") as f:
        f.write(data[: len(data) // 3])
    outdir, rc = office.convert([os.path.join(d, "garbage.docx"), os.path.join(d, "truncated.odt")],
                                timeout=120)
    print(office.log())
    expect(rc == 0, "soffice exit %s (crash?)" % rc)
    for stem in ("garbage", "truncated"):
        path = os.path.join(outdir, stem + ".json")
        if not os.path.exists(path):
            print("%s: soffice did not load it (no output)" % stem)
            continue
        with open(path, encoding="utf-8") as f:
            r = json.load(f)
        expect(r.get("schema") == "nianbao-findings/1", "%s: %s" % (stem, r))
        expect("error" in r or r.get("format_version") is None, "%s: %s" % (stem, r))
        expect(r.get("verdict") == ("unreadable" if "error" in r else "not-a-report"), "%s: %s" % (stem, r))
        print("%s: %s" % (stem, r.get("error") or "format_version null"))


def case_tracked_change(office, samples, fixtures):
    inputs = copy_inputs(os.path.join(office.dir, "in"),
                         [(os.path.join(fixtures, "tracked-change.odt"), "tracked-change.odt")])
    outdir, rc = office.convert(inputs)
    expect(rc == 0, "soffice exit %s\n%s" % (rc, office.log()))
    r = load(outdir, "tracked-change")
    cell = t3(r)["cells"]["r_total.np"]
    # getString() would say "1 08": the deleted "1 0" must not be read.
    expect(cell["text"].strip() == "8" and cell["value"] == 8, "r_total.np %s" % cell)
    errors = {(f["rule"], f.get("column")) for f in r["findings"] if f["severity"] == "error"}
    expect(("H2", "np") not in errors, "H2 np still fails: %s" % sorted(errors))
    s1 = [s for s in r["sections"] if s["id"] == "S1"]
    expect(s1 and s1[0].get("title") == "一、总体情况", "S1 %s" % s1)


def case_reader_dump(office, samples, fixtures):
    """What the reader makes of merged cells, a nested table and a heading
    style in HTML (NIANBAO_FILTER_DUMP=1: the filter writes the grid dump)."""
    d = os.path.join(office.dir, "in")
    os.makedirs(d)
    with open(os.path.join(d, "merged.html"), "w", encoding="utf-8") as f:
        f.write("<html><body><h1>标题</h1><p>正文</p><table border=1>"
                "<tr><td rowspan=2>a</td><td colspan=2>b</td></tr>"
                "<tr><td>c</td><td>d</td></tr>"
                "<tr><td colspan=3>e</td></tr></table></body></html>")
    office.extra_env["NIANBAO_FILTER_DUMP"] = "1"
    outdir, rc = office.convert([os.path.join(d, "merged.html")])
    expect(rc == 0, "soffice exit %s\n%s" % (rc, office.log()))
    dump = load(outdir, "merged")
    paragraphs = [(b["p"], b["level"]) for b in dump["blocks"] if "p" in b]
    expect(("标题", 1) in paragraphs and ("正文", 0) in paragraphs, "levels %s" % paragraphs)
    [table] = [b for b in dump["blocks"] if "table" in b]
    expect((table["rows"], table["cols"]) == (3, 3), "grid %sx%s" % (table["rows"], table["cols"]))
    cells = {c[4]: tuple(c[:4]) for c in table["cells"]}
    want = {"a": (0, 0, 2, 1), "b": (0, 1, 1, 2), "c": (1, 1, 1, 1), "d": (1, 2, 1, 1), "e": (2, 0, 1, 3)}
    expect(cells == want, "cells (row, col, rowSpan, colSpan) %s, want %s" % (cells, want))
    expect(all(c[5].startswith(table["table"] + ".") for c in table["cells"]), "addresses %s" % table["cells"])


def case_templates(office, samples, fixtures):
    """Smoke run over LibreOffice's own Writer templates (letters, faxes,
    agendas: frames, fields, sections, 200+ tables): every one gives a
    findings object, none an error, none a report."""
    import glob
    # Writer templates only: draw/bpmn.ott is a Draw drawing despite its name.
    sources = sorted(p for p in glob.glob("/usr/lib/libreoffice/share/template/**/*.ott", recursive=True)
                     if "/draw/" not in p)
    expect(len(sources) >= 10, "only %d templates found" % len(sources))
    inputs = copy_inputs(os.path.join(office.dir, "in"),
                         [(src, "t%03d-%s" % (i, os.path.basename(src))) for i, src in enumerate(sources)])
    outdir, rc = office.convert(inputs, timeout=280)
    expect(rc == 0, "soffice exit %s\n%s" % (rc, office.log()))
    for path in inputs:
        r = load(outdir, os.path.splitext(os.path.basename(path))[0])
        expect("error" not in r, "%s: error %r" % (path, r.get("error")))
        expect(r["format_version"] is None, "%s: format_version %r" % (path, r["format_version"]))
    print("%d templates checked" % len(inputs))


CASES = {"reader_dump": case_reader_dump, "templates": case_templates, "seed": case_seed, "not_a_report": case_not_a_report, "broken": case_broken,
         "tracked_change": case_tracked_change}


def main(oxt, samples, fixtures, case):
    with Office(oxt, "nianbao-" + case) as office:
        try:
            CASES[case](office, samples, fixtures)
        except Failure as e:
            print("FAIL:", e)
            print("soffice log:\n" + office.log())
            return 1
    print("PASS", case)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
