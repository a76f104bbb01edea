#!/usr/bin/python3
"""UI tests of the sidebar deck NianbaoDeck in a real Writer under Xvfb.
Usage (inside xvfb-run): test_deck.py OXT SEED_DOCX ARTIFACT_DIR CASE
CASE: read | many | live | select | fixall | ignore | chinese | fix_one | insert_missing |
      switch_template | compare | keyboard | select_text | tie | rebuild | pdf"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from deck_harness import COMBO_BOX, ENABLED, Deck, LABEL, PUSH_BUTTON, TREE, TREE_ITEM, expect, role, walk  # noqa: E402  (before uno: it sets our types)
from lo_harness import body_paragraphs  # noqa: E402
import uno  # noqa: E402

# English UI (a fresh profile under C/en locales); the Chinese words are
# accepted too so that the tests hold on a zh-CN machine.
NO_ERRORS = ("No errors", "没有错误")


def summary(texts):
    return texts[0] if texts else ""


def error_lines(texts):
    return [t for t in texts if t.startswith("Error: ") or t.startswith("错误：")]


def case_read(deck, artifacts):
    texts = deck.wait_texts(lambda t: any("error" in x or "错误" in x for x in t[:1]), 20, "the summary")
    first = summary(texts)
    print("summary:", first)
    expect(first.startswith("5 errors") or first.startswith("5个错误"), "summary: %r" % first)
    expect("2021" in first and "3/3" in first, "format and tables missing from %r" % first)
    errors = error_lines(texts)
    print("errors:", errors)
    expect(len(errors) == 5, "five errors expected, got %r" % errors)
    rules = {"H1": 3, "H2": 2}
    for rule, count in rules.items():
        group = [t for t in texts if " · %s" % rule in t]
        expect(group, "no group heading for %s in %r" % (rule, texts))
        # A group's row counts its findings.
        expect(group[0].endswith("(%d)" % count), "the %s row does not count %d: %r" % (rule, count, group[0]))
    expect(sum("differs from the sum" in e or "不等于各项办理结果之和" in e for e in errors) == 2, "two H2 errors")
    expect(sum("new + carried over" in e or "第一项加第二项之和" in e for e in errors) == 3, "three H1 errors")
    change = [t for t in texts if "“1 0” → 8" in t]
    expect(change and "（七）总计·自然人" in change[0], "the change “1 0” → 8 with its labels: %r" % texts)
    for name in ("Fix all", "Insert missing sections", "Insert blank template", "Compare with last year's report…"):
        deck.button(name)
    # The tree is named by the title above it, as a screen reader announces it.
    tree = next(n for n in deck.nodes() if n.role == TREE)
    expect(tree.name == "Findings", "the tree is named %r, not by its title" % tree.name)
    # Every control is named by the words it shows: no nameless label or button.
    unnamed = [n for n in deck.nodes() if n.role in (LABEL, PUSH_BUTTON, TREE_ITEM) and not n.name.strip()]
    expect(not unnamed, "controls without an accessible name: %r" % unnamed)
    # Nothing is cut off on the right at the deck's width: every control fits the panel.
    width = deck.panel.getSize().Width
    wide = [(n.name[:30], n.context.getBounds().X + n.context.getBounds().Width) for n in deck.nodes()
            if n.role in (LABEL, PUSH_BUTTON, COMBO_BOX, TREE)
            and n.context.getBounds().X + n.context.getBounds().Width > width]
    expect(width > 100 and not wide, "controls past the panel's width %d: %r" % (width, wide))
    deck.screenshot(os.path.join(artifacts, "deck-seed.png"))


def case_live(deck, artifacts):
    deck.wait_texts(lambda t: summary(t).startswith("5 errors"), 20, "the first check")
    before = deck.texts()
    table = deck.doc.TextTables.getByName("Table2")
    start = time.time()
    table.getCellByName("C27").setString("8")  # the split "1 0" written as the result rows' sum
    while time.time() - start < 5 and deck.first_line() in (summary(before), None):
        time.sleep(0.02)
    elapsed = time.time() - start
    after = deck.texts()
    # How fast is the benchmarks' business (bench/sidebar_refresh.py); here:
    # it changes by itself, without a click.
    print("panel changed after %.2f s: %r" % (elapsed, summary(after)))
    expect(deck.first_line() != summary(before), "the panel did not change within 5 s of the edit")
    # "1 0" -> "8": the split-number warning and the change “1 0” → 8 go, H2
    # (np) holds, and the row 总计 now disagrees with itself (H3: 10 vs 8).
    expect(summary(after).startswith("5 errors, 3 warnings"), "after the edit: %r" % summary(after))
    expect(not any("“1 0” → 8" in t for t in after), "the old change is still shown")
    expect(not any("is written \"1 0\"" in t for t in after), "the V2 warning is still shown")
    expect(any(" · H3" in t for t in after), "no H3 group after the edit: %r" % after)
    # Undo brings the old findings back.
    deck.doc.getUndoManager().undo()
    deck.wait_texts(lambda t: summary(t).startswith("5 errors"), 5, "the findings after undo")


def on_screen_centre(node):
    comp = node.context  # XAccessibleComponent on the same object
    p = comp.getLocationOnScreen()
    s = comp.getSize()
    return p.X + s.Width // 2, p.Y + min(s.Height // 2, 8)


def selected_cell(deck):
    sel = deck.doc.getCurrentController().getSelection()
    if hasattr(sel, "getCount") and sel.getCount() > 0:
        rng = sel.getByIndex(0)
        cell, table = rng.Cell, rng.TextTable
        if cell is not None and table is not None:
            return table.getName(), cell.CellName
    if hasattr(sel, "getRangeName"):
        return "range", sel.getRangeName()
    return None, None


def case_select(deck, artifacts):
    deck.wait_texts(lambda t: summary(t).startswith("5 errors"), 20, "the first check")
    # The mouse way: a double-click on the change “1 0” → 8 selects its cell.
    deck.doc.getCurrentController().select(deck.doc.getText().getStart())
    x, y = on_screen_centre(deck.row("（七）总计·自然人"))
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "--repeat", "2", "--delay", "80", "1"],
                   check=True, timeout=30)
    end = time.time() + 5
    where = None
    while time.time() < end:
        where = selected_cell(deck)
        if where == ("Table2", "C27"):
            break
        time.sleep(0.1)
    print("selection after the double-click:", where)
    expect(where == ("Table2", "C27"), "selection is %r, not Table2.C27" % (where,))
    # The screen reader's way: the V2 warning's row selected, then Go to.
    deck.doc.getCurrentController().select(deck.doc.getText().getStart())
    deck.press_for_row("Warning", "(Table2.C27)", "Go to")
    end = time.time() + 5
    while time.time() < end and selected_cell(deck) != ("Table2", "C27"):
        time.sleep(0.1)
    expect(selected_cell(deck) == ("Table2", "C27"), "Go to selected %r" % (selected_cell(deck),))
    # A branch has no place: Go to is not offered for it.
    deck.select_row("Proposed correction")
    time.sleep(0.5)
    expect(not deck.button("Go to").context.getAccessibleStateSet().contains(ENABLED),
           "Go to enabled on a branch row")


def case_ignore(deck, artifacts):
    deck.wait_texts(lambda t: summary(t).startswith("5 errors, 4 warnings"), 20, "the first check")
    deck.press_for_row("Warning", "(Table2.C27)", "Ignore")
    texts = deck.wait_texts(lambda t: summary(t).startswith("5 errors, 3 warnings"), 5, "the warning to go")
    expect("1 ignored" in texts, "no count of ignored findings: %r" % texts[:4])
    expect(not any("(Table2.C27)" in t for t in texts), "the ignored warning is still shown")
    # It stays hidden when the document changes and is checked again.
    deck.doc.TextTables.getByName("Table1").getCellByName("B3").setString("99")
    texts = deck.wait_texts(lambda t: summary(t).startswith("5 errors") and "1 ignored" in t, 5, "a re-check")
    expect(not any("(Table2.C27)" in t for t in texts), "the ignored warning came back")


def case_chinese(deck, artifacts):
    texts = deck.wait_texts(lambda t: summary(t).startswith("5个错误"), 20, "the Chinese summary")
    print("summary:", summary(texts))
    expect("2021年版格式" in summary(texts), summary(texts))
    for name in ("全部更正", "插入缺失部分", "插入空白模板", "与上年报告比较…", "定位", "更正", "忽略"):
        deck.button(name)
    expect(any(t.startswith("错误：自然人列") for t in texts), "Chinese messages: %r" % texts)
    expect("（七）总计·自然人：“1 0” → 8" in texts, "the change in Chinese: %r" % texts)
    deck.screenshot(os.path.join(artifacts, "deck-seed-zh.png"))


def case_fix_one(deck, artifacts):
    deck.wait_texts(lambda t: summary(t).startswith("5 errors, 4 warnings"), 20, "the first check")
    # The Fix of the split-number warning writes only its own change (C27: “1 0” → 8).
    deck.press_for_row("Warning", "(Table2.C27)", "Fix")
    texts = deck.wait_texts(lambda t: not any("“1 0” → 8" in x for x in t) and summary(t) != "", 20,
                            "the change “1 0” → 8 to go")
    print("after Fix:", summary(texts))
    expect(any("“7” → 8" in t for t in texts), "the other changes stay proposed: %r" % texts[:8])
    t = deck.doc.TextTables.getByName("Table2")
    untouched = (t.getCellByName("B4").getString(), t.getCellByName("C4").getString())
    expect(untouched == ("7", "1"), "Fix touched other cells: B4, C4 = %r" % (untouched,))
    expect(deck.doc.getRedlines().createEnumeration().hasMoreElements(), "no tracked change")
    deck.doc.getUndoManager().undo()
    expect(t.getCellByName("C27").getString() == "1 0", "undo left %r" % t.getCellByName("C27").getString())


def case_insert_missing(deck, artifacts):
    texts = deck.wait_texts(lambda t: summary(t).startswith("5 errors"), 20, "the first check")
    missing = lambda t: any(x.startswith("Missing sections") for x in t)  # noqa: E731
    expect(missing(texts), "no missing sections: %r" % texts)
    deck.press("Insert missing sections")
    texts = deck.wait_texts(lambda t: not missing(t) or any(x.startswith("Failed") for x in t), 20,
                            "the missing section to be inserted")
    expect(not any(x.startswith("Failed") for x in texts), "Insert failed: %r" % texts[:3])
    expect(not any("S6" in x for x in texts), "S6 findings remain: %r" % texts)
    deck.doc.getUndoManager().undo()
    deck.wait_texts(missing, 5, "the missing section after undo")


def case_switch_template(deck, artifacts):
    deck.wait_texts(lambda t: summary(t).startswith("5 errors"), 20, "the first check")
    # Another document in its own window, as the user switches to it: its
    # own panel checks it. (Loading into the same frame hid the sidebar of the
    # new view under Xvfb, so that path is not exercised here.)
    deck.doc = deck.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
    expect(deck.doc is not None, "no blank document")
    deck.frame = deck.doc.getCurrentController().getFrame()
    deck.frame.getContainerWindow().setPosSize(0, 0, 1400, 1000, 15)
    deck.open_deck()
    texts = deck.wait_texts(lambda t: summary(t).startswith("Not an annual report"), 20, "the blank document's check")
    expect("Fix all" not in texts, "a blank document offers Fix all: %r" % texts)
    # The blank statutory report, inserted from the panel, is checked at once.
    deck.press("Insert blank template")
    texts = deck.wait_texts(lambda t: "format 2021" in summary(t) or any(x.startswith("Failed") for x in t), 20,
                            "the template's check")
    print("after Insert blank template:", summary(texts))
    expect("format 2021" in summary(texts) and "3/3" in summary(texts), "after the template: %r" % texts[:3])
    deck.screenshot(os.path.join(artifacts, "deck-template.png"))


def make_last_year(deck, path):
    """Last year's report: the seed with 3 requests carried forward for natural
    persons, which this year's carried-over row (0) then contradicts (Y1)."""
    shutil.copy(deck.path, path)
    hidden = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
    hidden.Name, hidden.Value = "Hidden", True
    url = uno.systemPathToFileUrl(path)
    doc = deck.desktop.loadComponentFromURL(url, "_blank", 0, (hidden,))
    try:
        t3 = doc.TextTables.getByName("Table2")
        # 四、结转下年度继续办理, the row after （七）总计; its label spans three
        # columns, so 自然人 is B28 (as 一、本年新收… has it at B4).
        t3.getCellByName("B28").setString("3")
        doc.store()
    finally:
        doc.close(True)


def case_compare(deck, artifacts):
    deck.wait_texts(lambda t: summary(t).startswith("5 errors"), 20, "the first check")
    previous = os.path.join(os.path.dirname(deck.path), "last-year.docx")
    make_last_year(deck, previous)
    deck.press("Compare with last year's report…")
    deck.answer_file_dialog("Choose last year's report", previous)
    # Generous upper bounds: loading last year's report on a loaded CI machine is slow.
    texts = deck.wait_texts(lambda t: any(" · Y1" in x for x in t), 90, "the Y1 findings")
    print("after Compare:", texts[:2])
    expect(summary(texts).startswith("5 errors"), "after Compare: %r" % texts[:3])
    # The comparison stays in later re-checks.
    deck.doc.TextTables.getByName("Table1").getCellByName("B3").setString("99")
    texts = deck.wait_texts(lambda t: summary(t).startswith("5 errors") and any(" · Y1" in x for x in t), 60,
                            "a re-check that keeps the comparison")
    expect(not summary(texts).startswith("Could not check"), "re-check after Compare: %r" % texts[:3])
    deck.screenshot(os.path.join(artifacts, "deck-compare.png"))


def case_keyboard(deck, artifacts):
    deck.wait_texts(lambda t: summary(t).startswith("5 errors"), 20, "the first check")
    focused_state = uno.getConstantByName("com.sun.star.accessibility.AccessibleStateType.FOCUSED")

    def focused():
        return [("tree" if n.role == TREE else n.name) for n in deck.nodes() if n.role in (PUSH_BUTTON, TREE) and
                n.context.getAccessibleStateSet().contains(focused_state)]

    def key(name):
        subprocess.run(["xdotool", "key", name], check=True, timeout=30)
        time.sleep(0.4)

    # From the document, F6 reaches the deck's title bar (7.4: its close
    # button; 7.0: the bar, and Tab then its close button); Tab from there
    # goes into the panel, to the findings tree first.
    root = deck.frame.getContainerWindow().getAccessibleContext()

    def on_title():
        return any(n.context.getAccessibleStateSet().contains(focused_state) and
                   ((n.role == PUSH_BUTTON and n.name == "Close Sidebar Deck") or
                    (n.role == role("PANEL") and n.name == "Annual report check")) for n in walk(root))
    for _ in range(12):
        key("F6")
        if on_title():
            break
    else:
        raise AssertionError("F6 never reached the deck's title")
    for _ in range(2):
        key("Tab")
        if focused() == ["tree"]:
            break
    expect(focused() == ["tree"], "Tab from the deck's title went to %r, not the tree" % focused())
    # Return on a row goes to its place.
    deck.select_row("Warning", "(Table2.C27)")
    deck.doc.getCurrentController().select(deck.doc.getText().getStart())
    next(n for n in deck.nodes() if n.role == TREE).context.grabFocus()
    time.sleep(0.4)
    key("Return")
    end = time.time() + 5
    while time.time() < end and selected_cell(deck) != ("Table2", "C27"):
        time.sleep(0.1)
    expect(selected_cell(deck) == ("Table2", "C27"), "Return on the row selected %r" % (selected_cell(deck),))
    # Tab from the tree reaches the row's buttons, Shift+Tab comes back.
    next(n for n in deck.nodes() if n.role == TREE).context.grabFocus()
    time.sleep(0.4)
    key("Tab")
    expect(focused() == ["Go to"], "Tab from the tree went to %r" % focused())
    key("Tab")
    expect(focused() == ["Fix"], "Tab from Go to went to %r" % focused())
    key("shift+Tab")
    key("shift+Tab")
    expect(focused() == ["tree"], "Shift+Tab went to %r" % focused())


def cell_texts(doc):
    t = doc.TextTables.getByName("Table2")
    return {c: t.getCellByName(c).getString() for c in ("B4", "C4", "C27", "I27")}


def show_table(deck):
    """Scrolls the view to T3's total row, for the screenshots (the cells Fix all changes)."""
    table = deck.doc.TextTables.getByName("Table2")
    deck.doc.getCurrentController().select(table.getCellByName("A27").getStart())
    time.sleep(0.5)


def case_fixall(deck, artifacts):
    deck.wait_texts(lambda t: summary(t).startswith("5 errors"), 20, "the first check")
    show_table(deck)
    deck.screenshot(os.path.join(artifacts, "deck-before-fix.png"))
    original = cell_texts(deck.doc)
    deck.press("Fix all")
    texts = deck.wait_texts(lambda t: summary(t).startswith(NO_ERRORS) or any(x.startswith("Failed") for x in t),
                            20, "the check after Fix all")
    show_table(deck)
    deck.screenshot(os.path.join(artifacts, "deck-after-fix.png"))
    print("after Fix all:", texts[:3])
    expect(summary(texts).startswith(NO_ERRORS), "after Fix all: %r" % texts[:3])
    expect(deck.doc.getRedlines().createEnumeration().hasMoreElements(), "no tracked changes after Fix all")
    deck.doc.getUndoManager().undo()
    restored = cell_texts(deck.doc)
    expect(restored == original, "one undo gave %r, not %r" % (restored, original))
    deck.wait_texts(lambda t: summary(t).startswith("5 errors"), 5, "the findings after undo")


def view_selection_text(deck):
    """The text the view has selected ('' for a bare cursor), or None."""
    sel = deck.doc.getCurrentController().getSelection()
    if hasattr(sel, "getCount") and sel.getCount() > 0:
        return sel.getByIndex(0).getString()
    return None


def case_select_text(deck, artifacts):
    """Go to of a finding about the prose selects its characters; Go to of a
    missing section puts the cursor where the section belongs."""
    deck.wait_texts(lambda t: summary(t).startswith("5 errors"), 20, "the first check")
    findings = deck.findings()
    heading = next(f for f in findings["findings"] if f["rule"] == "N3" and "start" in f["where"][0])
    place = heading["where"][0]
    want = body_paragraphs(deck.doc)[place["paragraph"]].getString()[place["start"]:place["end"]]
    expect(want.strip(), "the N3 finding points at no text: %r" % place)
    deck.doc.getCurrentController().select(deck.doc.getText().getStart())
    deck.press_for_row("Note", want, "Go to")
    end = time.time() + 5
    while time.time() < end and view_selection_text(deck) != want:
        time.sleep(0.1)
    expect(view_selection_text(deck) == want, "Go to selected %r, not %r" % (view_selection_text(deck), want))

    missing = next(f for f in findings["findings"] if f["rule"] == "N3" and "after_paragraph" in f["where"][0])
    after = body_paragraphs(deck.doc)[missing["where"][0]["after_paragraph"]]
    deck.press_for_row("Warning", "六、", "Go to")
    end = time.time() + 5
    at_end = False
    while time.time() < end and not at_end:
        sel = deck.doc.getCurrentController().getSelection()
        if hasattr(sel, "getCount") and sel.getCount() > 0:
            r = sel.getByIndex(0)
            at_end = r.getString() == "" and after.getText().compareRegionEnds(r, after) == 0
        time.sleep(0.1)
    expect(at_end, "Go to of the missing section did not put the cursor after paragraph %d (%r)"
           % (missing["where"][0]["after_paragraph"], after.getString()[:20]))


def case_tie(deck, artifacts):
    """Corrections that tie are offered as a choice; Fix all writes the chosen one."""
    deck.wait_texts(lambda t: summary(t).startswith("5 errors"), 20, "the first check")
    table = deck.doc.TextTables.getByName("Table2")
    # One more inconsistency in T3 (a request under 商业企业 in a result row)
    # makes two corrections of the same cost.
    table.getCellByName("D11").setString("1")
    deck.wait_texts(lambda t: "Correction 2" in t, 10, "the chooser of tied corrections")
    tied = deck.findings()["correction"]
    expect(tied["status"] == "tied" and tied.get("alternatives"), "not a tie: %r" % tied["status"])
    second = tied["alternatives"][0]
    boxes = [n for n in deck.nodes() if n.role == COMBO_BOX]
    expect(len(boxes) == 1, "one chooser expected: %r" % boxes)
    chooser = boxes[0]
    # As a user does: open the drop-down with the mouse, take the next entry.
    x, y = on_screen_centre(chooser)
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], check=True, timeout=30)
    time.sleep(0.5)
    subprocess.run(["xdotool", "key", "Down", "Return"], check=True, timeout=30)
    # The list shows the second alternative's changes.
    want_line = "“%s” → %s" % (second[0]["from"], second[0]["to"])
    deck.wait_texts(lambda t: any(want_line in x for x in t), 5, "the second alternative's changes")
    deck.screenshot(os.path.join(artifacts, "deck-tie.png"))
    deck.press("Fix all")
    texts = deck.wait_texts(lambda t: "Correction 2" not in t and summary(t) != "", 20, "the check after Fix all")
    print("after Fix all of alternative 2:", summary(texts))
    cells = next(t for t in deck.findings()["tables"] if t["id"] == "T3")["cells"]
    for ch in second:
        got = cells[ch["cell"].split(".", 1)[1]]["text"]
        expect(got == str(ch["to"]), "%s is %r, alternative 2 wants %s" % (ch["cell"], got, ch["to"]))
    expect(not any(x.startswith("Error") for x in texts), "errors after Fix all: %r" % texts[:6])


def case_rebuild(deck, artifacts):
    """A table the checker cannot read whole gets a Rebuild button; pressing it
    writes the official table (one undo step) and the table is checked again."""
    deck.wait_texts(lambda t: summary(t).startswith("5 errors"), 20, "the first check")
    table = deck.doc.TextTables.getByName("Table2")
    rows_before = table.getRows().getCount()
    undo = deck.doc.getUndoManager()
    # Row 8 is （一）予以公开; without it T3's result rows cannot be read whole.
    table.getRows().removeByIndex(5, 1)
    label = "Rebuild table: 三、收到和处理政府信息公开申请情况"
    deck.wait_texts(lambda t: label in t, 10, "the Rebuild button")
    deck.screenshot(os.path.join(artifacts, "deck-rebuild-offered.png"))
    deck.press(label)
    texts = deck.wait_texts(lambda t: label not in t and summary(t) != "", 20, "the check after Rebuild")
    print("after Rebuild:", summary(texts))
    expect(not any(x.startswith("Failed") for x in texts), "Rebuild failed: %r" % texts[:3])
    r = deck.findings()
    t3 = next(t for t in r["tables"] if t["id"] == "T3")
    expect(t3["found"], "T3 not found after the rebuild")
    expect(not any(f["rule"] == "C1" and f.get("table") == "T3" for f in r["findings"]),
           "T3 still not read whole after the rebuild")
    expect(undo.getAllUndoActionTitles()[0] == "年报：重建T3", "undo step %r" % undo.getAllUndoActionTitles()[0])
    undo.undo()
    deck.wait_texts(lambda t: label in t, 10, "the Rebuild button after undo")
    counts = sorted(deck.doc.TextTables.getByName(n).getRows().getCount()
                    for n in deck.doc.TextTables.getElementNames())
    expect(rows_before - 1 in counts, "undo did not bring back the table without its row: %r" % counts)


def case_many(deck, artifacts):
    """A report with some 200 findings (every T3 number typed with its digits
    split): one row each in the tree, the counts in the summary and branches."""
    deck.wait_texts(lambda t: summary(t).startswith("5 errors"), 20, "the first check")
    table = deck.doc.TextTables.getByName("Table2")
    for name in table.getCellNames():
        cell = table.getCellByName(name)
        text = cell.getString().strip()
        if text.isdigit():
            cell.setString(" ".join(text + "1"))
    findings = None
    end = time.time() + 20
    while time.time() < end:
        findings = deck.findings()["findings"]
        rows = deck.rows()
        if len(findings) >= 150 and len([r for r in rows if r.name.startswith(("Error", "Warning", "Note"))]) \
                == len(findings):
            break
        time.sleep(0.5)
    rows = deck.rows()
    shown = [r.name for r in rows if r.name.startswith(("Error", "Warning", "Note"))]
    print("%d findings, %d finding rows, %d rows" % (len(findings), len(shown), len(rows)))
    expect(len(findings) >= 150, "only %d findings" % len(findings))
    expect(len(shown) == len(findings), "%d rows for %d findings" % (len(shown), len(findings)))
    expect(any(t.startswith("No correction proposed: it would change too many cells") for t in deck.texts()),
           "no word on why there is no correction: %r" % deck.texts()[:4])
    v2 = deck.row("T3 · V2")
    expect(v2.name.endswith("(%d)" % sum(f["rule"] == "V2" for f in findings)), "V2 count: %r" % v2.name)
    deck.screenshot(os.path.join(artifacts, "deck-many.png"))


CASES = {"read": case_read, "many": case_many, "live": case_live, "select": case_select, "fixall": case_fixall,
         "ignore": case_ignore, "chinese": case_chinese, "fix_one": case_fix_one,
         "insert_missing": case_insert_missing, "switch_template": case_switch_template,
         "compare": case_compare, "keyboard": case_keyboard, "select_text": case_select_text, "tie": case_tie,
         "rebuild": case_rebuild, "pdf": lambda deck, artifacts: case_pdf(deck, artifacts)}
LOCALES = {"chinese": "zh-CN"}


def case_pdf(deck, artifacts):
    """The sample as published in PDF, opened in Writer through the PDF import:
    the same findings, no edits, and the reason why."""
    texts = deck.wait_texts(lambda t: summary(t).startswith("5 errors"), 30, "the check of the PDF")
    expect(any(t.startswith("A published PDF") for t in texts), "no word on why a PDF is not edited: %r" % texts)
    names = {n.name for n in deck.nodes() if n.role == PUSH_BUTTON}
    for edit in ("Fix all", "Fix", "Insert missing sections", "Insert blank template"):
        expect(edit not in names, "a PDF offers %r" % edit)
    expect("Go to" in names, "no Go to on a PDF: %r" % sorted(names))
    deck.row("Warning", '"1 0"')  # the V2 warning on the split “1 0”
    # Go to on a PDF finding selects the frame holding the cell's text, at
    # once after loading too (Writer lays out the pages it had not reached).
    deck.press_for_row("Warning", '"1 0"', "Go to")
    end = time.time() + 5
    while time.time() < end and not selected_shapes(deck):
        time.sleep(0.1)
    shapes = selected_shapes(deck)
    print("selected after Go to:", shapes)
    expect(len(shapes) == 1 and shapes[0] in ("1 0", "1", "0"),
           "Go to on the PDF's “1 0” selected %r" % shapes)
    # ... and shows it: the view's visible area (its view data, in twips)
    # holds the frame. A page-anchored frame's position is relative to its
    # page; Writer lays pages out one under another with about 5 mm around
    # each (allowed for, give or take 2 cm: before Go to the view is 3 pages away).
    controller = deck.doc.getCurrentController()
    frame = controller.getSelection().getByIndex(0)
    style = deck.doc.getStyleFamilies().getByName("PageStyles").getByName(
        deck.doc.getText().getStart().getPropertyValue("PageStyleName"))
    page = frame.getPropertyValue("AnchorPageNo")
    y = (page - 1) * (style.Height + 500) + 500 + frame.getPosition().Y
    data = controller.getViewData().split(";")
    top, bottom = int(data[4]) * 2540 // 1440, int(data[6]) * 2540 // 1440
    print("frame on page %d at about %d, view shows %d..%d" % (page, y, top, bottom))
    expect(top - 2000 <= y <= bottom, "Go to left the frame (page %d, about %d) outside the view's %d..%d"
           % (page, y, top, bottom))
    after = deck.texts()
    expect(summary(after).startswith("5 errors") and not any("failed" in t or "失败" in t for t in after),
           "the deck after Go to on a PDF: %r" % after[:4])
    deck.screenshot(os.path.join(artifacts, "deck-pdf.png"))


def selected_shapes(deck):
    """The texts of the drawing shapes selected in the view (empty: none)."""
    selection = deck.doc.getCurrentController().getSelection()
    if selection is None or not selection.supportsService("com.sun.star.drawing.ShapeCollection"):
        return []
    return [selection.getByIndex(k).getString() for k in range(selection.getCount())]


def pdf_of(seed, folder):
    """The sample exported to PDF by LibreOffice (a profile of its own)."""
    os.makedirs(folder, exist_ok=True)
    subprocess.run(["/usr/lib/libreoffice/program/soffice", "-env:UserInstallation=file://" + folder + "/profile",
                    "--headless", "--convert-to", "pdf", "--outdir", folder, seed],
                   check=True, timeout=180, stdin=subprocess.DEVNULL, capture_output=True)
    return os.path.join(folder, os.path.splitext(os.path.basename(seed))[0] + ".pdf")


def main(oxt, seed, artifacts, case):
    if case == "pdf":
        seed = pdf_of(seed, tempfile.mkdtemp(prefix="nianbao-ui-pdf-"))
    deck = Deck(oxt, seed, "nianbao-ui-" + case, locale=LOCALES.get(case))
    failed = True
    try:
        # The Chinese test opens the deck the way the menu does (Tools ▸ 年报 ▸ 检查报告).
        deck.open_deck(command="org.nianbao:check" if case == "chinese" else ".uno:SidebarDeck.NianbaoDeck")
        CASES[case](deck, artifacts)
        failed = False
        print("ok:", case)
    finally:
        if failed:
            try:
                deck.screenshot(os.path.join(artifacts, "failed-%s.png" % case))
                print("panel:", deck.texts())
            except Exception as e:  # noqa: BLE001
                print("no post-mortem:", e)
        deck.close(failed)


if __name__ == "__main__":
    main(*sys.argv[1:5])
