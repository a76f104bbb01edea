#!/usr/bin/python3
"""The editing commands of org.nianbao.ReportChecker (issue 9) in a real
headless soffice with the extension installed: each case loads its own
documents, edits them through the service (or the org.nianbao: dispatcher)
and reads the result back through the service's reader and the Writer API.
Usage: test_edit.py OXT RDB TEMPLATE_DUMP SAMPLES_DIR CASE"""
import difflib
import html
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lo_harness import Office, copy_inputs, listening_args, prop, uno_connect, use_our_types  # noqa: E402

SEED = "miyun-commerce-2023.docx"


def expect(cond, message):
    if not cond:
        raise AssertionError(message)


class Session:
    """One soffice with the extension, connected over a pipe."""

    def __init__(self, office, dump_tool, samples):
        import uno
        self.uno = uno
        self.office = office
        self.dump_tool = dump_tool
        self.samples = samples
        pipe = "nianbao_edit_%d" % os.getpid()
        office.start(listening_args(pipe), "soffice.log")
        self.ctx = uno_connect(pipe)
        smgr = self.ctx.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.checker = smgr.createInstanceWithContext("org.nianbao.ReportChecker", self.ctx)
        expect(self.checker is not None, "org.nianbao.ReportChecker is not registered")
        self.docs = []
        self.indir = os.path.join(office.dir, "in")

    prop = staticmethod(prop)

    def load(self, path):
        doc = self.desktop.loadComponentFromURL(self.uno.systemPathToFileUrl(path), "_blank", 0,
                                                (self.prop("Hidden", True),))
        expect(doc is not None, "could not load " + path)
        self.docs.append(doc)
        return doc

    def seed(self, name="seed.docx"):
        [path] = copy_inputs(self.indir, [(os.path.join(self.samples, SEED), name)])
        return self.load(path)

    def new_document(self):
        doc = self.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                                (self.prop("Hidden", True),))
        self.docs.append(doc)
        return doc

    def save_as(self, doc, name, filter_name):
        path = os.path.join(self.indir, name)
        os.makedirs(self.indir, exist_ok=True)
        doc.storeToURL(self.uno.systemPathToFileUrl(path), (self.prop("FilterName", filter_name),))
        return path

    def close_all(self):
        for d in self.docs:
            try:
                d.close(True)
            except Exception:
                pass
        try:
            self.desktop.terminate()
        except Exception:
            pass  # the bridge goes away with the office

    # --- reading back -------------------------------------------------------
    def findings(self, doc):
        r = json.loads(self.checker.checkDocument(doc))
        expect("error" not in r, "check failed: %s" % r.get("error"))
        return r

    def dump(self, doc):
        return json.loads(self.checker.dumpDocument(doc))

    def template(self, part, version="2021"):
        out = subprocess.run([self.dump_tool, part, version], capture_output=True, text=True, check=True)
        return json.loads(out.stdout)


# --- helpers on results -----------------------------------------------------

def errors(r):
    return [f for f in r["findings"] if f["severity"] == "error"]


def hard_errors(r):
    return [f for f in r["findings"] if f["severity"] == "error" and f["rule"].startswith("H")]


def rules(r):
    return {f["rule"] for f in r["findings"]}


def table_of(r, tid):
    return next(t for t in r["tables"] if t["id"] == tid)


def grids(dump):
    """Tables of a dump as (rows, cols, sorted cells (row, col, rowspan, colspan, text))."""
    out = []
    for b in dump["blocks"]:
        if "table" in b:
            cells = sorted((c[0], c[1], c[2], c[3], c[4].strip()) for c in b["cells"])
            out.append((b["rows"], b["cols"], cells))
    return out


def template_grids(model):
    out = []
    for b in model["blocks"]:
        if "table" in b:
            cells = sorted((c[0], c[1], c[2], c[3], c[4]) for c in b["cells"])
            out.append((b["rows"], b["cols"], cells))
    return out


def raw_cell_texts(doc):
    """Every cell's getString() (tracked deletions included), byte for byte,
    keyed by the table's place in the text (undo may give a table back under
    another name) and the cell's name."""
    out = {}
    e = doc.getText().createEnumeration()
    n = 0
    while e.hasMoreElements():
        t = e.nextElement()
        if not t.supportsService("com.sun.star.text.TextTable"):
            continue
        n += 1
        for cell in t.getCellNames():
            out["#%d.%s" % (n, cell)] = t.getCellByName(cell).getString()
    return out


def accepted_cell_texts(dump):
    out = {}
    for b in dump["blocks"]:
        if "table" in b:
            for c in b["cells"]:
                out[c[5]] = c[4]
    return out


def redlines(doc):
    out = []
    e = doc.getRedlines().createEnumeration()
    while e.hasMoreElements():
        r = e.nextElement()
        out.append(r)
    return out


def annotations(doc):
    out = []
    e = doc.getTextFields().createEnumeration()
    while e.hasMoreElements():
        f = e.nextElement()
        if f.supportsService("com.sun.star.text.textfield.Annotation"):
            out.append(f)
    return out


def cell_of(doc, text):
    """Name 'Table.C27' of the cell whose text object is `text`, or None."""
    tables = doc.getTextTables()
    for name in tables.getElementNames():
        t = tables.getByName(name)
        for cell in t.getCellNames():
            if t.getCellByName(cell) == text:
                return name + "." + cell
    return None


def cell_look(doc, at):
    """Paragraph style, alignment and font at the end of a cell ('表格2.C27')."""
    table, cell = at.rsplit(".", 1)
    text = doc.getTextTables().getByName(table).getCellByName(cell)
    c = text.createTextCursorByRange(text.getEnd())
    return (c.ParaStyleName, c.ParaAdjust, c.CharFontNameAsian, c.CharHeight)


FOUR = "四、政府信息公开行政复议、行政诉讼情况"


def paragraph_look(doc, text):
    """Style, alignment and first-character font of the body paragraph that reads `text`."""
    e = doc.getText().createEnumeration()
    while e.hasMoreElements():
        p = e.nextElement()
        if p.supportsService("com.sun.star.text.Paragraph") and p.getString().strip() == text:
            c = p.getText().createTextCursorByRange(p.getStart())
            c.goRight(1, True)
            return (p.ParaStyleName, p.ParaAdjust, c.CharFontNameAsian, c.CharHeightAsian, c.CharWeightAsian)
    raise AssertionError("no paragraph " + text)


def sections(r):
    return {s["id"]: s for s in r["sections"]}


def paragraphs(dump):
    """(block index, text) of the body paragraphs."""
    return [(i, b["p"]) for i, b in enumerate(dump["blocks"]) if "p" in b]


# --- cases ------------------------------------------------------------------

def expect_complete_report(r, what):
    expect(r["format_version"] == "2021", "%s: format %r" % (what, r["format_version"]))
    for s in r["sections"]:
        expect(s["found"], "%s: section %s not found" % (what, s["id"]))
    for tid in ("T2", "T3", "T4"):
        expect(table_of(r, tid)["found"], "%s: %s not found" % (what, tid))
    expect(not errors(r), "%s: error findings %s" % (what, [f["message"] for f in errors(r)]))


def installed_fonts():
    out = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, check=True).stdout
    return {name.strip() for line in out.splitlines() for name in line.split(",")}


def expect_table_look(doc, table, value_cell, label_cell):
    """Full width, 0.5 pt borders everywhere, values centered, labels left."""
    expect(table.HoriOrient == 6, "table not full width: HoriOrient %s" % table.HoriOrient)  # FULL
    b = table.TableBorder2
    for line in (b.TopLine, b.BottomLine, b.LeftLine, b.RightLine, b.HorizontalLine, b.VerticalLine):
        expect(15 <= line.LineWidth <= 20, "border width %s" % line.LineWidth)
    value = table.getCellByName(value_cell).createTextCursor()
    label = table.getCellByName(label_cell).createTextCursor()
    expect(value.ParaAdjust.value == "CENTER" if hasattr(value.ParaAdjust, "value") else value.ParaAdjust == 3,
           "value cell not centered: %r" % value.ParaAdjust)
    expect(label.ParaAdjust in (0,) or getattr(label.ParaAdjust, "value", None) == "LEFT",
           "label cell not left: %r" % label.ParaAdjust)


def case_template(s):
    doc = s.new_document()
    s.checker.insertTemplate(doc, "report")
    r = s.findings(doc)
    expect_complete_report(r, "inserted template")
    expect(not ({"N2", "N3"} & rules(r)), "template: N2/N3 fire: %s" % rules(r))
    got = grids(s.dump(doc))
    want = template_grids(s.template("report"))
    expect(len(got) == 3, "template: %d tables" % len(got))
    for g, w, tid in zip(got, want, ("T2", "T3", "T4")):
        expect(g[:2] == w[:2], "%s: %sx%s, want %sx%s" % (tid, g[0], g[1], w[0], w[1]))
        diff = set(g[2]) ^ set(w[2])
        expect(not diff, "%s: cells differ from the official layout: %s" % (tid, sorted(diff)[:6]))
    # Writer table properties: repeated header rows on T3, full width.
    tables = doc.getTextTables()
    t3 = tables.getByName(table_of(r, "T3")["writer_tables"][0])
    expect(t3.RepeatHeadline and t3.HeaderRowCount == 3, "T3 header rows not repeated")
    expect_table_look(doc, t3, "C6", "A6")  # （一）予以公开·自然人, and 三、本年度办理结果
    installed = installed_fonts()
    used = set()
    e = doc.getText().createEnumeration()
    while e.hasMoreElements():
        block = e.nextElement()
        if block.supportsService("com.sun.star.text.Paragraph") and block.getString():
            used.add(block.CharFontNameAsian)
    used.add(t3.getCellByName("A4").createTextCursor().CharFontNameAsian)
    expect(used and used <= installed, "fonts not installed: %s" % (used - installed))
    # One undo step takes the whole insertion back.
    undo = doc.getUndoManager()
    expect(undo.getAllUndoActionTitles()[0] == "年报：插入模板", "undo title %r" % undo.getAllUndoActionTitles()[0])
    undo.undo()
    expect(doc.getTextTables().getCount() == 0, "undo left tables")
    expect(doc.getText().getString() == "", "undo left text %r" % doc.getText().getString()[:40])
    # A part at the view cursor, inside a paragraph: its text stays on both sides.
    doc.getText().setString("前文。后文。")
    cursor = doc.getCurrentController().getViewCursor()
    cursor.gotoStart(False)
    cursor.goRight(3, False)
    s.checker.insertTemplate(doc, "S6")
    texts = [p for _, p in paragraphs(s.dump(doc))]
    expect(texts[0] == "前文。" and texts[1] == "六、其他需要报告的事项" and texts[-1] == "后文。",
           "S6 at the cursor: %s" % texts)
    s.checker.insertTemplate(doc, "T3")
    expect(table_of(s.findings(doc), "T3")["found"], "T3 part not recognized")
    try:
        s.checker.insertTemplate(doc, "T9")
        expect(False, "insertTemplate accepted T9")
    except Exception as e:  # IllegalArgumentException
        expect("IllegalArgument" in type(e).__name__ or "T9" in str(e), "T9: %r" % e)
    # Writer/Web (an .html report) records no changes, but takes the edit as one undo step.
    [html_path] = copy_inputs(s.indir, [(os.path.join(s.samples, "miyun-commerce-2023.html"), "web.html")])
    web = s.load(html_path)
    expect(web.supportsService("com.sun.star.text.WebDocument"), "the .html did not load as Writer/Web")
    count = web.getTextTables().getCount()
    s.checker.insertTemplate(web, "T4")
    expect(web.getTextTables().getCount() == count + 1, "no T4 inserted into the Writer/Web document")
    web.getUndoManager().undo()
    expect(web.getTextTables().getCount() == count, "Writer/Web: undo left the table")
    print("ok: template")


def case_roundtrip(s):
    doc = s.new_document()
    s.checker.insertTemplate(doc, "report")
    original = grids(s.dump(doc))
    for ext, filt in (("docx", "MS Word 2007 XML"), ("doc", "MS Word 97"), ("odt", "writer8")):
        path = s.save_as(doc, "template." + ext, filt)
        again = s.load(path)
        r = s.findings(again)
        expect_complete_report(r, "template ." + ext)
        got = grids(s.dump(again))
        expect(len(got) == 3, ".%s: %d tables" % (ext, len(got)))
        for g, o, tid in zip(got, original, ("T2", "T3", "T4")):
            diff = set(g[2]) ^ set(o[2])
            expect(g[:2] == o[:2] and not diff, ".%s %s: grid differs: %s %s" % (ext, tid, g[:2], sorted(diff)[:6]))
        t3 = again.getTextTables().getByName(table_of(r, "T3")["writer_tables"][0])
        expect(t3.RepeatHeadline and t3.HeaderRowCount == 3, ".%s: T3 header rows not repeated" % ext)
        print("ok: roundtrip ." + ext)


def changed_cells(before, after):
    return {k for k in set(before) | set(after) if before.get(k) != after.get(k)}


def case_apply_fixes(s):
    doc = s.seed()
    r0 = s.findings(doc)
    changes = r0["correction"]["changes"]
    expect(r0["correction"]["status"] == "unique" and len(changes) == 4, "seed correction %r" % r0["correction"])
    cells = {}
    for c in changes:
        tid, row, col = c["cell"].split(".")
        cells[c["cell"]] = table_of(r0, tid)["cells"][row + "." + col]["at"]
    raw_before = raw_cell_texts(doc)
    accepted_before = accepted_cell_texts(s.dump(doc))
    record_before = doc.RecordChanges
    looks_before = {at: cell_look(doc, at) for at in cells.values()}

    r = json.loads(s.checker.applyFixes(doc, (), 0))
    expect("error" not in r, "applyFixes: %s" % r.get("error"))
    expect(not hard_errors(r), "hard errors after applyFixes: %s" % [f["message"] for f in hard_errors(r)])
    expect(r["correction"]["status"] == "none-needed", "correction after: %s" % r["correction"]["status"])
    expect(doc.RecordChanges == record_before, "RecordChanges not restored")

    accepted_after = accepted_cell_texts(s.dump(doc))
    changed = changed_cells(accepted_before, accepted_after)
    expect(changed == set(cells.values()), "changed cells %s, want %s" % (sorted(changed), sorted(cells.values())))
    for c in changes:
        got = accepted_after[cells[c["cell"]]]
        expect(got == str(c["to"]), "%s reads %r" % (c["cell"], got))
    for at, look in looks_before.items():
        expect(cell_look(doc, at) == look, "%s lost its formatting: %s -> %s" % (at, look, cell_look(doc, at)))

    # Tracked: every redline sits in a changed cell, and every changed cell has
    # its replacement (Writer records one as a deletion and an insertion, or an
    # insertion alone where the cell was empty).
    marks = redlines(doc)
    where = [cell_of(doc, m.RedlineStart.getText()) for m in marks]
    expect(set(where) == set(cells.values()), "redlines in %s" % where)
    for name in cells.values():
        kinds = sorted(m.RedlineType for m, w in zip(marks, where) if w == name)
        expect(kinds in (["Delete", "Insert"], ["Insert"]), "%s: redlines %s" % (name, kinds))
    notes = annotations(doc)
    expect(len(notes) == len(changes), "%d comments for %d changes" % (len(notes), len(changes)))
    noted = {cell_of(doc, n.getAnchor().getText()): n.Content for n in notes}
    expect(set(noted) == set(cells.values()), "comments in %s" % sorted(noted))
    text = noted[cells["T3.r_total.np"]]
    expect(text.startswith("按H1、H2更正") and "原为“1 0”" in text, "comment %r" % text)

    undo = doc.getUndoManager()
    expect(undo.getAllUndoActionTitles()[0] == "年报：按勾稽关系更正", "undo title")
    undo.undo()
    expect(raw_cell_texts(doc) == raw_before, "undo did not restore every cell text")
    expect(not redlines(doc) and not annotations(doc), "undo left redlines or comments")
    expect(s.findings(doc)["correction"] == r0["correction"], "findings after undo differ")
    print("ok: apply_fixes")


def case_apply_one(s):
    doc = s.seed()
    r0 = s.findings(doc)
    target = table_of(r0, "T3")["cells"]["r_total.np"]["at"]
    before = accepted_cell_texts(s.dump(doc))
    raw_before = raw_cell_texts(doc)
    r = json.loads(s.checker.applyFixes(doc, ("T3.r_total.np", "T3.r_total.np"), 0))
    expect("error" not in r, "applyFixes: %s" % r.get("error"))
    after = accepted_cell_texts(s.dump(doc))
    expect(changed_cells(before, after) == {target}, "changed %s" % changed_cells(before, after))
    expect(after[target] == "8", "r_total.np reads %r" % after[target])
    expect(len(annotations(doc)) == 1, "comments: %d" % len(annotations(doc)))
    # No second correction to choose on the seed (it is unique).
    bad = json.loads(s.checker.applyFixes(doc, (), 1))
    expect("error" in bad and "alternative" in bad["error"], "alternative 1 accepted: %s" % bad.get("error"))
    # A cell outside the correction is refused, nothing written.
    bad = json.loads(s.checker.applyFixes(doc, ("T3.new.res",), 0))
    expect("error" in bad, "applyFixes accepted a cell outside the correction")
    doc.getUndoManager().undo()
    expect(raw_cell_texts(doc) == raw_before, "undo did not restore the cell")
    print("ok: apply_one")


def case_insert_missing(s):
    doc = s.seed()
    r0 = s.findings(doc)
    expect({"N2", "N3"} <= rules(r0), "seed lacks N2/N3: %s" % rules(r0))
    text_before = doc.getText().getString()
    r = json.loads(s.checker.insertMissingSections(doc))
    expect("error" not in r, "insertMissingSections: %s" % r.get("error"))
    expect(not ({"N2", "N3"} & rules(r)),
           "N2/N3 still fire: %s" % [f["message"] for f in r["findings"] if f["rule"] in ("N2", "N3")])
    secs = sections(r)
    expect(secs["S6"]["found"], "S6 not found after the edit")
    d = s.dump(doc)
    paras = paragraphs(d)
    heading = {text.strip(): i for i, text in paras}
    six = heading.get("六、其他需要报告的事项")
    five = heading.get("五、存在的主要问题及改进情况")
    sign = heading.get("北京市密云区商务局")
    expect(six is not None and five is not None and five < six, "六 not after 五: %s %s" % (five, six))
    expect(sign is not None and six < sign, "六 not above the signature: %s %s" % (six, sign))
    # The paragraph right before 六 is 五's own last paragraph.
    before_six = [t for i, t in paras if i < six][-1]
    expect(before_six.startswith("2023年区商务局信息公开"), "before 六: %r" % before_six[:20])
    # Its heading looks like 五's.
    blocks = []
    e = doc.getText().createEnumeration()
    while e.hasMoreElements():
        blocks.append(e.nextElement())
    by_text = {b.getString().strip(): b for b in blocks if b.supportsService("com.sun.star.text.Paragraph")}
    h5, h6 = by_text["五、存在的主要问题及改进情况"], by_text["六、其他需要报告的事项"]
    for p in ("ParaStyleName", "ParaAdjust"):
        expect(h5.getPropertyValue(p) == h6.getPropertyValue(p), "heading %s differs" % p)
    c5 = h5.getText().createTextCursorByRange(h5.getStart())
    c5.goRight(1, True)
    c6 = h6.getText().createTextCursorByRange(h6.getStart())
    c6.goRight(1, True)
    for p in ("CharFontNameAsian", "CharHeightAsian", "CharWeightAsian"):
        expect(c5.getPropertyValue(p) == c6.getPropertyValue(p),
               "heading %s differs: %r vs %r" % (p, c5.getPropertyValue(p), c6.getPropertyValue(p)))
    # One comment on the new section, one on 总体情况's added number.
    expect(len(annotations(doc)) == 2, "comments: %d" % len(annotations(doc)))
    expect(secs["S1"]["title"] == "一、总体情况", "S1 title %r" % secs["S1"]["title"])
    doc.getUndoManager().undo()
    expect(doc.getText().getString() == text_before, "undo did not restore the text")
    expect(not annotations(doc), "undo left the comment")
    print("ok: insert_missing")


def case_insert_missing_middle(s):
    """三 and its table missing between 二's table and 四: written in between."""
    model = s.template("report")
    blocks = model["blocks"]
    start = next(i for i, b in enumerate(blocks) if b.get("p") == "三、收到和处理政府信息公开申请情况")
    end = next(i for i, b in enumerate(blocks) if b.get("p") == "四、政府信息公开行政复议、行政诉讼情况")
    model["blocks"] = blocks[:start] + blocks[end:]
    doc = load_html(s, "no-three", html_document(model, {}))
    r0 = s.findings(doc)
    expect(not sections(r0)["S3"]["found"] and not table_of(r0, "T3")["found"], "fixture still has 三")
    r = json.loads(s.checker.insertMissingSections(doc))
    expect("error" not in r, "insertMissingSections: %s" % r.get("error"))
    expect(sections(r)["S3"]["found"] and table_of(r, "T3")["found"], "三 or T3 not found after the edit")
    expect("N3" not in rules(r), "N3 still fires: %s" % [f["message"] for f in r["findings"] if f["rule"] == "N3"])
    order = [b.get("p", "#" + str(b.get("table"))) for b in s.dump(doc)["blocks"]]
    two = order.index("二、主动公开政府信息情况")
    three = order.index("三、收到和处理政府信息公开申请情况")
    four = order.index("四、政府信息公开行政复议、行政诉讼情况")
    expect(two < three < four, "order: 二 %d 三 %d 四 %d" % (two, three, four))
    expect(order[three + 1].startswith("#"), "三 is not followed by its table: %r" % order[three + 1])
    expect(not errors(r), "error findings: %s" % [f["message"] for f in errors(r)])
    print("ok: insert_missing_middle")


def html_document(model, values):
    rows = []
    for b in model["blocks"]:
        if "p" in b:
            rows.append("<p>%s</p>" % html.escape(b["p"]))
            continue
        grid = {}
        for r, c, rs, cs, text, key in b["cells"]:
            grid.setdefault(r, []).append((c, rs, cs, values.get(key, text) if key else text))
        out = ["<table border=1>"]
        for r in range(b["rows"]):
            out.append("<tr>" + "".join(
                '<td rowspan="%d" colspan="%d">%s</td>' % (rs, cs, html.escape(str(t)))
                for c, rs, cs, t in sorted(grid.get(r, []))) + "</tr>")
        out.append("</table>")
        rows.append("\n".join(out))
    return "<html><head><meta charset='utf-8'></head><body>%s</body></html>" % "\n".join(rows)


def consistent_t3_values(row_ids):
    """Values that satisfy H1-H3 with every cell distinct enough to trace."""
    results = [r for r in row_ids if r not in ("new", "carried_in", "r_total", "carried_out")]
    cols = ["np", "biz", "res", "ngo", "law", "oth"]
    v = {}
    for j, col in enumerate(cols):
        for i, row in enumerate(results):
            v[row + "." + col] = (i * 7 + j * 3) % 11 + 1
        total = sum(v[r + "." + col] for r in results)
        v["r_total." + col] = total
        v["carried_out." + col] = j + 2
        v["carried_in." + col] = j + 1
        v["new." + col] = total + (j + 2) - (j + 1)
    for row in row_ids:
        v[row + ".total"] = sum(v[row + "." + c] for c in cols)
    return {k: str(x) for k, x in v.items()}


def load_html(s, name, text):
    """An HTML fixture loaded as a Writer document (not Writer/Web), saved as .odt and reloaded."""
    os.makedirs(s.indir, exist_ok=True)
    path = os.path.join(s.indir, name + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    web = s.desktop.loadComponentFromURL(s.uno.systemPathToFileUrl(path), "_blank", 0,
                                         (s.prop("Hidden", True), s.prop("FilterName", "HTML (StarWriter)")))
    s.docs.append(web)
    return s.load(s.save_as(web, name + ".odt", "writer8"))


def case_rebuild_2019(s):
    model = s.template("S3", "2019")
    t3 = next(b for b in model["blocks"] if "table" in b)
    row_ids = []
    for c in t3["cells"]:
        if c[5] and c[5].endswith(".np"):
            row_ids.append(c[5][:-3])
    values = consistent_t3_values(row_ids)
    t2_model = s.template("S2", "2019")
    t2_values = {c[5]: str(10 + i) for i, c in enumerate(next(b for b in t2_model["blocks"] if "table" in b)["cells"])
                 if c[5]}
    doc = load_html(s, "t3-2019", html_document(model, values))
    r0 = s.findings(doc)
    expect(r0["format_version"] == "2019", "fixture format %r" % r0["format_version"])
    expect(table_of(r0, "T3")["found"] and not hard_errors(r0),
           "fixture T3 %s" % [f["message"] for f in hard_errors(r0)])
    raw_before = raw_cell_texts(doc)

    r = json.loads(s.checker.rebuildTable(doc, "T3"))
    expect("error" not in r, "rebuildTable: %s" % r.get("error"))
    expect(r["format_version"] == "2021", "after rebuild: format %r" % r["format_version"])
    t = table_of(r, "T3")
    expect(t["found"], "T3 not found after rebuild")
    for key, text in values.items():
        row, col = key.split(".")
        new_key = ("other_3" if row == "other" else row) + "." + col
        got = t["cells"][new_key]["text"]
        expect(got == text, "%s -> %s: %r, want %r" % (key, new_key, got, text))
    for row in ("other_1", "other_2"):
        for col in ("np", "total"):
            expect(t["cells"][row + "." + col]["text"] in ("", "0"), "%s.%s not empty" % (row, col))
    expect(not hard_errors(r), "hard errors after rebuild")
    moved = {m["from"]: m["to"] for m in r["rebuilt"]["moved"]}
    expect(moved.get("T3.other.np") == "T3.other_3.np", "moved: %s" % moved)
    moved = [f for f in r["findings"] if f["rule"] == "R1"]
    expect(moved, "no finding says where 2019's other row went")
    print("R1:", moved[0]["message"], "/", moved[0]["message_en"])
    expect(all("2019年版「" in f["message"] and "（六）其他处理」的数值" in f["message"] and "2021年版「（六）其他处理·3.其他」" in f["message"]
               for f in moved), "R1 does not name both rows: %r" % moved[0]["message"])
    expect(len([b for b in s.dump(doc)["blocks"] if "table" in b]) == 1, "old table left behind")
    got = grids(s.dump(doc))[0]
    want = template_grids(s.template("T3"))[0]
    labels = lambda g: {c for c in g[2] if not (c[0] >= 3 and c[1] >= 3)}  # noqa: E731
    expect(labels(got) == labels(want), "rebuilt T3 labels differ: %s" % sorted(labels(got) ^ labels(want))[:6])
    doc.getUndoManager().undo()
    expect(raw_cell_texts(doc) == raw_before, "undo did not restore the 2019 table")

    # T2: 2019's columns without a 2021 cell are listed, none dropped silently.
    doc = load_html(s, "t2-2019", html_document(t2_model, t2_values))
    raw_before = raw_cell_texts(doc)
    expect(s.findings(doc)["format_version"] == "2019", "T2 fixture not 2019")
    r = json.loads(s.checker.rebuildTable(doc, "T2"))
    expect("error" not in r, "rebuildTable T2: %s" % r.get("error"))
    listed = {d["cell"]: d["text"] for d in r["rebuilt"]["not_carried"]}
    carried = {m["from"]: m["to"] for m in r["rebuilt"]["moved"]}
    for key, text in t2_values.items():
        row, col = key.split(".")
        full = "T2." + key
        if col == "decisions" and row in ("licensing", "penalty", "coercion"):
            expect(table_of(r, "T2")["cells"][key]["text"] == text, "%s not carried" % key)
        elif col == "new_made":
            expect(carried.get(full) == "T2.%s.made" % row, "%s not moved to made: %s" % (key, carried))
            expect(table_of(r, "T2")["cells"][row + ".made"]["text"] == text, "%s value lost" % key)
        else:
            expect(listed.get(full) == text, "%s neither carried nor listed" % full)
    expect(r["format_version"] == "2021" and table_of(r, "T2")["found"], "rebuilt T2 not a 2021 T2")
    doc.getUndoManager().undo()
    expect(raw_cell_texts(doc) == raw_before, "undo did not restore the 2019 T2")
    print("ok: rebuild_2019")


def case_rebuild_report_2019(s):
    """A whole 2019 report (T2, T3, T4 in the 2019 layout): rebuilding T3
    converts the report — T2 rebuilt alongside in the same undo step, the
    document reads as 2021 afterwards, nothing unchecked, one R1 per moved row."""
    model = s.template("report", "2019")
    tables = [b for b in model["blocks"] if "table" in b]
    row_ids = [c[5][:-3] for c in tables[1]["cells"] if c[5] and c[5].endswith(".np")]
    t3_values = {k: str(v) for k, v in consistent_t3_values(row_ids).items()}
    values = dict(t3_values)  # the dump names cells ROW.COL; no id is in two tables
    values.update({c[5]: "0" for t in (tables[0], tables[2]) for c in t["cells"] if c[5]})
    doc = load_html(s, "report-2019", html_document(model, values))
    r0 = s.findings(doc)
    expect(r0["format_version"] == "2019" and not hard_errors(r0),
           "fixture: format %r, %s" % (r0["format_version"], [f["message"] for f in hard_errors(r0)]))
    raw_before = raw_cell_texts(doc)
    tables_before = doc.getTextTables().getCount()

    r = json.loads(s.checker.rebuildTable(doc, "T3"))
    expect("error" not in r, "rebuildTable: %s" % r.get("error"))
    expect(r["format_version"] == "2021", "after rebuild: format %r" % r["format_version"])
    expect(r["verdict"] != "incomplete" and not [f for f in r["findings"] if f["rule"] in ("C1", "L1")],
           "after rebuild: %s, %s" % (r["verdict"], [f["message"] for f in r["findings"] if f["rule"] in ("C1", "L1")]))
    expect([t["table"] for t in r["rebuilt_tables"]] == ["T3", "T2"], "rebuilt %s" % r["rebuilt_tables"])
    for t in ("T2", "T3", "T4"):
        expect(table_of(r, t).get("layout") == "2021", "%s layout %r" % (t, table_of(r, t).get("layout")))
    for key, text in t3_values.items():
        row, col = key.split(".")
        new_key = ("other_3" if row == "other" else row) + "." + col
        expect(table_of(r, "T3")["cells"][new_key]["text"] == text, "%s lost" % key)
    r1 = [f for f in r["findings"] if f["rule"] == "R1"]
    expect(len(r1) == 1 and len(r1[0]["cells"]) == 7, "R1 once for the moved row, all its cells: %s" % r1)
    expect(doc.getTextTables().getCount() == tables_before, "tables left behind or lost")
    doc.getUndoManager().undo()
    expect(raw_cell_texts(doc) == raw_before, "one undo did not restore both 2019 tables")
    expect(s.findings(doc)["format_version"] == "2019", "undo: not a 2019 report again")
    print("ok: rebuild_report_2019")


def split_table(block, at_row):
    """The table block as two tables, as publishers split T3 at a page end:
    cells spanning the cut go on in an empty cell of the second table."""
    first, second = [], []
    for r, c, rs, cs, text, key in block["cells"]:
        if r < at_row:
            first.append([r, c, min(rs, at_row - r), cs, text, key])
            if r + rs > at_row:
                second.append([0, c, r + rs - at_row, cs, "", ""])
        else:
            second.append([r - at_row, c, rs, cs, text, key])
    return ({"table": block["table"], "rows": at_row, "cols": block["cols"], "cells": first},
            {"table": block["table"], "rows": block["rows"] - at_row, "cols": block["cols"], "cells": second})


def case_rebuild_split(s):
    model = s.template("S3")
    t3 = next(b for b in model["blocks"] if "table" in b)
    row_ids = [c[5][:-3] for c in t3["cells"] if c[5].endswith(".np")]
    values = consistent_t3_values(row_ids)
    a, b = split_table(t3, 14)  # inside （三）不予公开
    model["blocks"] = [model["blocks"][0], a, {"p": ""}, b, {"p": "（续表完）"}]
    doc = load_html(s, "t3-split", html_document(model, values))
    r0 = s.findings(doc)
    expect(len(table_of(r0, "T3")["writer_tables"]) == 2, "fixture: T3 in %s" % table_of(r0, "T3")["writer_tables"])
    expect(not hard_errors(r0), "fixture has hard errors")
    raw_before = raw_cell_texts(doc)

    r = json.loads(s.checker.rebuildTable(doc, "T3"))
    expect("error" not in r, "rebuildTable: %s" % r.get("error"))
    t = table_of(r, "T3")
    expect(len(t["writer_tables"]) == 1 and doc.getTextTables().getCount() == 1,
           "pieces left: %s, %d tables" % (t["writer_tables"], doc.getTextTables().getCount()))
    for key, text in values.items():
        expect(t["cells"][key]["text"] == text, "%s: %r, want %r" % (key, t["cells"][key]["text"], text))
    got = grids(s.dump(doc))[0]
    want = template_grids(s.template("T3"))[0]
    labels = lambda g: {c for c in g[2] if not (c[0] >= 3 and c[1] >= 3)}  # noqa: E731
    expect(got[:2] == want[:2] and labels(got) == labels(want), "rebuilt T3 is not the official layout")
    doc.getUndoManager().undo()
    after_undo = raw_cell_texts(doc)
    diff = sorted(k for k in set(raw_before) | set(after_undo) if raw_before.get(k) != after_undo.get(k))
    expect(not diff,
           "undo did not restore both pieces: %s" % [(k, raw_before.get(k), after_undo.get(k)) for k in diff[:5]])
    print("ok: rebuild_split")


def case_rebuild_seed(s):
    doc = s.seed()
    r0 = s.findings(doc)
    fixes = {c["cell"]: str(c["to"]) for c in r0["correction"]["changes"]}
    before = table_of(r0, "T3")["cells"]
    raw_before = raw_cell_texts(doc)
    tables_before = doc.getTextTables().getCount()
    shape_before = [("p:" + b["p"]) if "p" in b else "table" for b in s.dump(doc)["blocks"]]
    four_look = paragraph_look(doc, FOUR)
    r = json.loads(s.checker.rebuildTable(doc, "T3"))
    expect("error" not in r, "rebuildTable: %s" % r.get("error"))
    expect(not hard_errors(r), "hard errors after rebuild: %s" % [f["message"] for f in hard_errors(r)])
    after = table_of(r, "T3")["cells"]
    for key, cell in before.items():
        want = fixes.get("T3." + key)
        if want is None:
            want = cell["text"].strip() or "0"
        expect(after[key]["text"] == want, "%s: %r, want %r" % (key, after[key]["text"], want))
    got = grids(s.dump(doc))
    names = [b.get("table") for b in s.dump(doc)["blocks"] if "table" in b]
    t3_index = names.index(table_of(r, "T3")["writer_tables"][0])
    want = template_grids(s.template("T3"))[0]
    labels = lambda g: {c for c in g[2] if not (c[0] >= 3 and c[1] >= 3)}  # noqa: E731
    expect(got[t3_index][:2] == want[:2] and labels(got[t3_index]) == labels(want),
           "rebuilt T3 is not the official layout: %s" % sorted(labels(got[t3_index]) ^ labels(want))[:6])
    expect(doc.getTextTables().getCount() == tables_before, "table count changed")
    shape_after = [("p:" + b["p"]) if "p" in b else "table" for b in s.dump(doc)["blocks"]]
    expect(shape_after == shape_before, "the text around T3 changed: %s" %
           [x for x in difflib.unified_diff(shape_before, shape_after, lineterm="")][:8])
    expect(paragraph_look(doc, FOUR) == four_look, "四's heading lost its formatting")
    doc.getUndoManager().undo()
    expect(raw_cell_texts(doc) == raw_before, "undo did not restore the seed's T3")
    expect(s.findings(doc)["correction"] == r0["correction"], "findings after undo differ")
    print("ok: rebuild_seed")


def case_dispatch(s):
    helper = s.ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", s.ctx)

    def run(doc, url):
        frame = doc.getCurrentController().getFrame()
        # Our handler notifies: the helper hands back its DispatchResultEvent.
        event = helper.executeDispatch(frame, url, "", 0, ())
        expect(event.State == 1, "%s failed: %s" % (url, event.Result))  # DispatchResultState.SUCCESS
        return event.Result

    # The menu and the handler are in the office's configuration.
    provider = s.ctx.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", s.ctx)

    def node(path):
        return provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                    (s.prop("nodepath", path),))
    menu = node("/org.openoffice.Office.Addons/AddonUI/OfficeMenuBarMerging/org.nianbao.writer.menu/m1")
    expect(menu.MergePoint.startswith(".uno:ToolsMenu"), "menu merge point %r" % menu.MergePoint)
    sub = menu.MenuItems.getByName("nianbao").Submenu
    urls = [sub.getByName(n).URL for n in sorted(sub.getElementNames())]
    expect(urls == ["org.nianbao:check", "org.nianbao:insertTemplate?part=report", "org.nianbao:insertMissing",
                    "org.nianbao:rebuild?table=T3", "org.nianbao:fixAll"], "menu URLs %s" % urls)
    handler = node("/org.openoffice.Office.ProtocolHandler/HandlerSet/org.nianbao.comp.CommandHandler")
    expect(list(handler.Protocols) == ["org.nianbao:*"], "protocols %s" % list(handler.Protocols))

    doc = s.seed("dispatch.docx")
    r = json.loads(run(doc, "org.nianbao:check"))
    expect(r["format_version"] == "2021", "check: %r" % r.get("format_version"))
    r = json.loads(run(doc, "org.nianbao:fixAll"))
    expect(not hard_errors(r), "fixAll left hard errors")
    r = json.loads(run(doc, "org.nianbao:insertMissing"))
    expect(sections(r)["S6"]["found"], "insertMissing: S6 not found")
    r = json.loads(run(doc, "org.nianbao:rebuild?table=T3"))
    expect(r.get("rebuilt", {}).get("table") == "T3", "rebuild: %s" % r.get("error"))
    titles = doc.getUndoManager().getAllUndoActionTitles()
    expect(list(titles[:3]) == ["年报：重建T3", "年报：补入缺少的部分", "年报：按勾稽关系更正"], "undo titles %s" % list(titles[:3]))
    # The sidebar's Fix: chosen cells of a chosen alternative.
    one = s.seed("dispatch-one.docx")
    before = raw_cell_texts(one)
    r = json.loads(run(one, "org.nianbao:fixAll?cells=T3.r_total.np&alternative=0"))
    after = raw_cell_texts(one)
    changed = [k for k in before if before[k] != after[k]]
    expect(len(changed) == 1 and after[changed[0]].endswith("8"), "fixAll?cells= changed %r" % changed)
    frame = one.getCurrentController().getFrame()
    bad = helper.executeDispatch(frame, "org.nianbao:fixAll?alternative=x", "", 0, ())
    expect(bad.State == 0 and "alternative" in bad.Result, "a bad alternative: %r" % (bad.Result,))
    # What the deck showed is what gets written: a correction shown before the
    # document changed is refused, and nothing is written (issue 16).
    shown = s.seed("dispatch-shown.docx")
    before = raw_cell_texts(shown)
    stale = helper.executeDispatch(shown.getCurrentController().getFrame(),
                                   "org.nianbao:fixAll?cells=T3.r_total.np&expect=T3.r_total.np:9", "", 0, ())
    expect(stale.State == 0 and "changed" in stale.Result, "a correction the document no longer has: %r" % (stale.Result,))
    expect(raw_cell_texts(shown) == before, "a refused fix wrote something")
    run(shown, "org.nianbao:fixAll?cells=T3.r_total.np&expect=T3.r_total.np:8")
    expect(raw_cell_texts(shown) != before, "the correction shown was not written")
    empty = s.new_document()
    run(empty, "org.nianbao:insertTemplate?part=report")
    expect_complete_report(s.findings(empty), "dispatched insertTemplate")
    print("ok: dispatch")


def case_rollback(s):
    """An edit that fails after writing everything leaves the document as it
    was: same text and cells, no redline or comment, the user's undo stack
    and RecordChanges setting untouched, nothing to redo."""
    doc = s.seed()
    undo = doc.getUndoManager()
    # A user action of their own first: the rollback must not undo it.
    doc.getText().insertString(doc.getText().getEnd(), "用户自己的修改", False)
    titles = list(undo.getAllUndoActionTitles())
    for record in (False, True):
        doc.RecordChanges = record
        text, cells = doc.getText().getString(), raw_cell_texts(doc)
        marks = len(redlines(doc))
        for what, call in (("applyFixes", lambda: s.checker.applyFixes(doc, (), 0)),
                           ("insertMissingSections", lambda: s.checker.insertMissingSections(doc)),
                           ("rebuildTable", lambda: s.checker.rebuildTable(doc, "T3"))):
            r = json.loads(call())
            expect("injected failure" in r.get("error", ""), "%s did not fail: %s" % (what, r.get("error")))
            expect(doc.getText().getString() == text and raw_cell_texts(doc) == cells, "%s left changes" % what)
            expect(len(redlines(doc)) == marks and not annotations(doc), "%s left redlines/comments" % what)
            expect(list(undo.getAllUndoActionTitles()) == titles, "%s changed the undo stack" % what)
            expect(not undo.isRedoPossible(), "%s left something to redo" % what)
            expect(doc.RecordChanges == record, "%s did not restore RecordChanges" % what)
        try:
            s.checker.insertTemplate(doc, "report")
            expect(False, "insertTemplate did not fail")
        except Exception as e:
            expect("injected failure" in str(e), "insertTemplate: %r" % e)
        expect(doc.getText().getString() == text and raw_cell_texts(doc) == cells, "insertTemplate left changes")
        expect(list(undo.getAllUndoActionTitles()) == titles, "insertTemplate changed the undo stack")
    print("ok: rollback")


def case_no_test_hooks(s):
    """The package users get has no fault hook: with the rollback test's
    variable set, an edit still does its work (issue 16)."""
    doc = s.seed()
    r = json.loads(s.checker.applyFixes(doc, (), 0))
    expect("error" not in r, "applyFixes failed where it must not: %s" % r.get("error"))
    expect(not [f for f in r["findings"] if f["severity"] == "error"], "the fixes were not written")
    print("ok: no_test_hooks")


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


def main(oxt, rdb, dump_tool, samples, case):
    use_our_types(rdb)
    with Office(oxt, "nianbao-edit-" + case) as office:
        if case in ("rollback", "no_test_hooks"):
            office.extra_env["NIANBAO_TEST_FAIL_EDITS"] = "1"
        s = Session(office, dump_tool, samples)
        try:
            CASES[case](s)
        except Exception as e:
            print("FAIL:", case, type(e).__name__, e)
            print("soffice log:\n" + office.log("soffice.log")[-3000:])
            s.close_all()
            return 1
        s.close_all()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:6]))
