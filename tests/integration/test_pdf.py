#!/usr/bin/python3
"""Published PDFs, checked as the report was published (issue 15).

case same_as_source: the sample and every web-page layout of
  tests/fixtures/html_variants.py (split tables, T4 in three tables, the merged
  （六） row, ...) saved as .docx by LibreOffice, then exported to PDF: the
  filter (--infilter=writer_pdf_import) reads every PDF with the same values,
  verdict, findings and correction as its .docx — T3 runs over page breaks in
  them; and the sample with its cells drawn as filled rectangles (as WPS
  draws tables) too. Cells are named by page and shape.
case front_ends: the service's checkURL on a PDF (same findings as the filter),
  on a password-protected PDF (unreadable at once), a scan (not-a-report,
  "scanned pages, no text") and a PDF that is no report; `nianbao check` over a
  folder of them (statuses and exit code), `nianbao fix` on a PDF (exit 2).
Usage: test_pdf.py OXT NIANBAO_CLI RDB CASE"""
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "fixtures"))
from lo_harness import Office, copy_inputs, run_generator, start_service, use_our_types  # noqa: E402
import html_variants  # noqa: E402
from test_html_variants import problems  # noqa: E402

SEED = os.path.join(ROOT, "samples", "miyun-commerce-2023.docx")
PICTURE = os.path.join(ROOT, "docs", "images", "template.png")
PDF_IN = "--infilter=writer_pdf_import"


class Failure(Exception):
    pass


def expect(cond, message):
    if not cond:
        raise Failure(message)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def comparable(r):
    """What a PDF must say like its source: values, verdict, findings, correction
    (places aside: a message quoting a cell's address says @ instead)."""
    addresses = sorted((c["at"] for t in r["tables"] for c in t.get("cells", {}).values()), key=len, reverse=True)

    def message(text):
        for a in addresses:
            text = text.replace(a, "@")
        return text

    return {
        "verdict": r["verdict"],
        "format_version": r["format_version"],
        "sections": [(s["id"], s["found"]) for s in r["sections"]],
        "values": {t["id"]: {k: c["value"] for k, c in t.get("cells", {}).items()} for t in r["tables"]},
        "findings": sorted((f["rule"], f["severity"], message(f["message"])) for f in r["findings"]),
        "correction": (r["correction"]["status"],
                       sorted((c["cell"], c["to"]) for c in r["correction"]["changes"])),
    }


def make_pdfs(office, docs):
    out = os.path.join(office.dir, "pdf")
    gen = run_generator(office, os.path.join(ROOT, "tests", "fixtures", "make_pdfs.py"), [out, PICTURE] + docs)
    expect(gen.returncode == 0, "make_pdfs: %s %s" % (gen.stdout[-1500:], gen.stderr[-1500:]))
    return out


def case_same_as_source(office, cli, rdb):
    pages = os.path.join(office.dir, "pages")
    expected = html_variants.build(pages)
    names = sorted(expected)
    saved = os.path.join(office.dir, "docx")
    office.convert([os.path.join(pages, n + ".html") for n in names], filter_spec="docx:MS Word 2007 XML",
                   outdir=saved, extra=["--infilter=HTML (StarWriter)"])
    [seed] = copy_inputs(saved, [(SEED, "seed.docx")])
    docs = [seed] + [os.path.join(saved, n + ".docx") for n in names]
    pdf = make_pdfs(office, docs)
    from_docx, _ = office.convert(docs, outdir=os.path.join(office.dir, "from-docx"))
    from_pdf, _ = office.convert([os.path.join(pdf, os.path.basename(d)[:-5] + ".pdf") for d in docs],
                                 outdir=os.path.join(office.dir, "from-pdf"), extra=[PDF_IN])
    failed = 0
    for d in docs:
        name = os.path.basename(d)[:-5]
        a, b = load(os.path.join(from_docx, name + ".json")), load(os.path.join(from_pdf, name + ".json"))
        bad = [k for k, v in comparable(a).items() if comparable(b)[k] != v]
        if name in expected:
            bad += problems(b, expected[name])
        t3 = [t for t in b["tables"] if t["id"] == "T3"][0]
        if any("页表格" not in c["at"] for c in t3.get("cells", {}).values()):
            bad.append("T3 cells not named by page: %s" % list(t3["cells"].values())[:1])
        if bad:
            failed += 1
            print("FAIL %s.pdf: %s" % (name, bad[:8]))
            for k in ("findings", "values", "correction"):
                if comparable(a)[k] != comparable(b)[k]:
                    print("  %s\n    docx %s\n    pdf  %s" % (k, str(comparable(a)[k])[:600], str(comparable(b)[k])[:600]))
        else:
            print("ok: %s.pdf (%s, T3 from %s)" % (name, b["verdict"], t3["writer_tables"]))
    # Cells drawn as filled rectangles (WPS's way) read like the ruled ones.
    filled, _ = office.convert([os.path.join(pdf, "filled.pdf")], outdir=os.path.join(office.dir, "filled"),
                               extra=[PDF_IN])
    seed_docx = load(os.path.join(from_docx, "seed.json"))
    seed_filled = load(os.path.join(filled, "filled.json"))
    if comparable(seed_filled) != comparable(seed_docx):
        failed += 1
        print("FAIL filled.pdf: %s" % [k for k, v in comparable(seed_docx).items() if comparable(seed_filled)[k] != v])
    else:
        print("ok: filled.pdf (cells as filled rectangles, %s)" % seed_filled["verdict"])
    expect(failed == 0, "%d of %d PDFs read differently from their .docx" % (failed, len(docs) + 1))


def case_front_ends(office, cli, rdb):
    [seed] = copy_inputs(os.path.join(office.dir, "in"), [(SEED, "seed.docx")])
    pdf = make_pdfs(office, [seed])
    filtered, _ = office.convert([os.path.join(pdf, "seed.pdf")], outdir=os.path.join(office.dir, "f"),
                                 extra=[PDF_IN])
    via_filter = load(os.path.join(filtered, "seed.json"))
    expect(via_filter["verdict"] == "errors", "filter on seed.pdf: %s" % via_filter["verdict"])

    _, _, checker = start_service(office, "nianbao_pdf")
    import uno
    url = lambda name: uno.systemPathToFileUrl(os.path.join(pdf, name))  # noqa: E731
    r = json.loads(checker.checkURL(url("seed.pdf")))
    expect(comparable(r) == comparable(via_filter), "checkURL and the filter differ on seed.pdf")
    started = time.time()
    r = json.loads(checker.checkURL(url("locked.pdf")))
    expect(r.get("verdict") == "unreadable" and "password" in r.get("error", ""), "locked.pdf: %s" % r)
    expect(time.time() - started < 5, "locked.pdf took %.1f s" % (time.time() - started))
    r = json.loads(checker.checkURL(url("scan.pdf")))
    expect(r["verdict"] == "not-a-report" and r.get("detail") == "scanned pages, no text", "scan.pdf: %s" % r)
    r = json.loads(checker.checkURL(url("notice.pdf")))
    expect(r["verdict"] == "not-a-report" and "detail" not in r, "notice.pdf: %s" % r)
    print("ok: checkURL on seed, locked, scan and notice PDFs")

    env = dict(os.environ, TMPDIR=office.dir)
    run = subprocess.run([cli, "check", pdf, "--oxt", office.oxt, "--jobs", "1", "--format", "json"],
                         capture_output=True, text=True, timeout=600, env=env)
    rows = {os.path.basename(f["file"]): f for f in json.loads(run.stdout)}
    print("nianbao check:", {k: (v["status"], v.get("detail")) for k, v in rows.items()})
    expect(rows["seed.pdf"]["status"] == "errors", "batch seed.pdf %s" % rows["seed.pdf"])
    expect(rows["locked.pdf"]["status"] == "unreadable" and rows["locked.pdf"].get("detail") == "password-protected",
           "batch locked.pdf %s" % rows["locked.pdf"])
    expect(rows["scan.pdf"]["status"] == "not-a-report" and rows["scan.pdf"].get("detail") == "scanned pages, no text",
           "batch scan.pdf %s" % rows["scan.pdf"])
    expect(rows["notice.pdf"]["status"] == "not-a-report", "batch notice.pdf %s" % rows["notice.pdf"])
    expect(run.returncode == 2, "batch exit %s, want 2 (unreadable and not-a-report files)" % run.returncode)
    fix = subprocess.run([cli, "fix", os.path.join(pdf, "seed.pdf"), "-o", os.path.join(office.dir, "out.docx"),
                          "--oxt", office.oxt], capture_output=True, text=True, timeout=120, env=env)
    expect(fix.returncode == 2 and "fix the document it was made from" in fix.stderr,
           "fix on a PDF: exit %s, %s" % (fix.returncode, fix.stderr))
    print("ok: nianbao check over PDFs, nianbao fix refuses a PDF")


CASES = {"same_as_source": case_same_as_source, "front_ends": case_front_ends}


def main(oxt, cli, rdb, case):
    oxt, cli, rdb = (os.path.abspath(p) for p in (oxt, cli, rdb))
    use_our_types(rdb)  # before this process's UNO bridge starts: checkURL's interface
    with Office(oxt, "nianbao-pdf-" + case) as office:
        office.oxt = oxt
        try:
            CASES[case](office, cli, rdb)
        except Failure as e:
            print("FAIL:", e)
            return 1
    print("PASS", case)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
