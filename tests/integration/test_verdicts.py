#!/usr/bin/python3
"""Issue 8 through the office: `where` names the Writer cells and paragraph
ranges the findings are about, and last year's report gives Y1 through the
service (checkWithPrevious) and the filter (its filter options).
Usage: test_verdicts.py OXT RDB SEED_DOCX CASE     CASE: where | previous"""
import json
import os
import time
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lo_harness import Office, body_paragraphs, copy_inputs, listening_args, prop, uno_connect, use_our_types  # noqa: E402


def expect(cond, message):
    if not cond:
        raise AssertionError(message)


def connect(office, pipe):
    office.start(listening_args(pipe), "soffice.log")
    return uno_connect(pipe)


def load(desktop, path):
    import uno
    return desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))


def table_cells(result):
    """"T3.new.np" -> {"text", "value", "at"} over every table of the JSON."""
    return {t["id"] + "." + k: v for t in result["tables"] for k, v in t["cells"].items()}


def check_where(doc, result, what):
    cells = table_cells(result)
    tables = doc.getTextTables()
    paragraphs = [p.getString() for p in body_paragraphs(doc)]
    checked = 0
    items = list(result["findings"]) + list(result["correction"]["changes"])
    for item in items:
        expect(item.get("where"), "%s: no where on %s" % (what, item))
        for w in item["where"]:
            if "cell" in w:
                text = tables.getByName(w["table"]).getCellByName(w["cell"]).getString()
                keys = item.get("cells") or [item["cell"]]
                mine = [cells[k] for k in keys if k in cells and cells[k]["at"] == w["table"] + "." + w["cell"]]
                expect(mine, "%s: %s names no cell of its finding %s" % (what, w, keys))
                expect(text == mine[0]["text"], "%s: Writer %s.%s holds %r, the finding's cell %r"
                       % (what, w["table"], w["cell"], text, mine[0]["text"]))
                checked += 1
            elif "paragraph" in w:
                expect(0 <= w["paragraph"] < len(paragraphs) and 0 <= w["start"] < w["end"]
                       <= len(paragraphs[w["paragraph"]]), "%s: bad span %s" % (what, w))
            else:
                expect(-1 <= w["after_paragraph"] < len(paragraphs), "%s: bad insertion point %s" % (what, w))
    n1 = [f for f in result["findings"] if f["rule"] == "N1"]
    expect(n1, "%s: no N1" % what)
    span = [w for w in n1[0]["where"] if "paragraph" in w][0]
    expect(paragraphs[span["paragraph"]][span["start"]:span["end"]] == "1", "%s: N1 span %s" % (what, span))
    expect(checked > 10, "%s: only %d cell places checked" % (what, checked))
    print("ok: %s (%d cell places)" % (what, checked))


def case_where(office, ctx, checker, inputs):
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    for path in inputs:
        doc = load(desktop, path)
        result = json.loads(checker.checkDocument(doc))
        expect(result["verdict"] == "errors", "%s: verdict %r" % (path, result["verdict"]))
        expect(not [f for f in result["findings"] if f["rule"] == "C1"], "%s: C1 on the seed" % path)
        check_where(doc, result, os.path.basename(path))
        doc.close(True)


def set_cell(table, name, text):
    table.getCellByName(name).setString(text)


def make_last_year(desktop, seed, out, seed_result):
    """Last year's report from the seed: year 2022, carried-out numbers equal
    to this year's carried-in except the 商业企业 column (off by 3), and T2
    valid counts that agree for 规章 and are off by one for 规范性文件."""
    import uno
    cells = table_cells(seed_result)
    doc = load(desktop, seed)
    tables = doc.getTextTables()
    for col in ["np", "biz", "res", "ngo", "law", "oth", "total"]:
        carried_in = cells["T3.carried_in." + col]["value"]
        target = cells["T3.carried_out." + col]["at"]
        value = carried_in + (3 if col in ("biz", "total") else 0)
        table, name = target.split(".", 1)
        set_cell(tables.getByName(table), name, str(value))
    for row, off in (("rules", 0), ("normative", 1)):
        valid = cells["T2.%s.valid" % row]["value"]
        made = cells["T2.%s.made" % row]["value"]
        repealed = cells["T2.%s.repealed" % row]["value"]
        table, name = cells["T2.%s.valid" % row]["at"].split(".", 1)
        set_cell(tables.getByName(table), name, str(valid - made + repealed + off))
    replace = doc.createReplaceDescriptor()
    replace.SearchString, replace.ReplaceString = "2023年", "2022年"
    doc.replaceAll(replace)
    doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", "MS Word 2007 XML"),))
    doc.close(True)


def check_y1(result, what):
    y1 = sorted((f["table"], f.get("column") or f.get("row")) for f in result["findings"] if f["rule"] == "Y1")
    want = [("T2", "normative"), ("T3", "biz"), ("T3", "total")]
    expect(y1 == want, "%s: Y1 on %s, want %s" % (what, y1, want))
    expect(result.get("year") == 2023 and result["previous"].get("year") == 2022,
           "%s: years %s / %s" % (what, result.get("year"), result.get("previous")))
    for f in result["findings"]:
        if f["rule"] == "Y1":
            expect("2023年报告" in f["message"] and "2022年报告" in f["message"], "%s: %s" % (what, f["message"]))
    print("ok:", what, y1)


def main(oxt, rdb, seed, case):
    use_our_types(rdb)
    import uno
    with Office(oxt, "nianbao-verdicts") as office:
        inputs = copy_inputs(os.path.join(office.dir, "in"),
                             [(seed, "seed.docx")] + ([(seed[:-4] + "odt", "seed.odt")] if case == "where" else []))
        pipe = "nianbao_verdicts_%d" % os.getpid()
        try:
            ctx = connect(office, pipe)
            checker = ctx.ServiceManager.createInstanceWithContext("org.nianbao.ReportChecker", ctx)
            if case == "where":
                case_where(office, ctx, checker, inputs)
            else:
                desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
                doc = load(desktop, inputs[0])
                seed_result = json.loads(checker.checkDocument(doc))
                last = os.path.join(office.dir, "in", "last.docx")
                make_last_year(desktop, inputs[0], last, seed_result)
                result = json.loads(checker.checkWithPrevious(doc, uno.systemPathToFileUrl(last)))
                check_y1(result, "checkWithPrevious")
                expect(result["previous"]["document"] == "last.docx", "previous %s" % result["previous"])
                # Read once, kept while the file stays the same (issue 16): the same
                # answer again; a changed file is read anew.
                again = json.loads(checker.checkWithPrevious(doc, uno.systemPathToFileUrl(last)))
                check_y1(again, "checkWithPrevious, last year's report kept")
                kept = last + ".kept"
                shutil.copy(last, kept)
                shutil.copy(inputs[0], last)  # now "last year" is this year's own report
                os.utime(last, (time.time() + 5, time.time() + 5))
                changed = json.loads(checker.checkWithPrevious(doc, uno.systemPathToFileUrl(last)))
                y1 = sorted((f["table"], f.get("column") or f.get("row")) for f in changed["findings"] if f["rule"] == "Y1")
                expect(("T3", "biz") not in y1, "a changed last-year file was not read again: Y1 %s" % y1)
                shutil.copy(kept, last)
                print("ok: last year's report kept, and read again when it changed")
                bad = json.loads(checker.checkWithPrevious(doc, "file:///nonexistent/last.docx"))
                expect("error" in bad["previous"] and not [f for f in bad["findings"] if f["rule"] == "Y1"],
                       "missing previous report: %s" % bad.get("previous"))
                doc.close(True)
                try:
                    desktop.terminate()
                except Exception:
                    pass  # the bridge goes away with the office
                for p in list(office.procs):
                    office.kill(p)
                url = uno.systemPathToFileUrl(last)
                for n, spec in enumerate(['json:nianbao_findings:{"previous":"%s"}' % url,
                                          "json:nianbao_findings:" + url]):
                    outdir, _ = office.convert([inputs[0]], spec, outdir=os.path.join(office.dir, "out%d" % n))
                    with open(os.path.join(outdir, "seed.json"), encoding="utf-8") as f:
                        check_y1(json.load(f), "filter options " + spec)
        except Exception as e:
            print("FAIL:", e)
            print("soffice log:\n" + office.log("soffice.log"))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
