#!/usr/bin/python3
"""How long the sidebar panel's refresh takes inside Writer: the check through
the service plus updating the panel's controls, as the panel itself measures
them (NIANBAO_SIDEBAR_TIMING), on the seed, on the seed compared with last
year's report (Compare), on a report with about 200 findings (every T3 number
written with its digits split) and on a ~40-page report made by repeating the
seed's prose around its tables. Goals: seed ≤ 50 ms with or without Compare,
200 findings ≤ 100 ms (check + controls, medians). Prints numbers; asserts
nothing. Usage: xvfb-run -a -s "-screen 0 1400x1000x24" bench/sidebar_refresh.py build/nianbao.oxt samples/miyun-commerce-2023.docx"""
import json
import os
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "ui"))
if __name__ == "__main__" and len(sys.argv) > 1:
    # Our types for this client's bridge (build/src/uno/nianbao.rdb beside the
    # package), before the local UNO bootstraps: the service is called directly too.
    rdb = os.path.join(os.path.dirname(os.path.abspath(sys.argv[1])), "src", "uno", "nianbao.rdb")
    os.environ["URE_MORE_TYPES"] = "file:///usr/lib/libreoffice/program/types/offapi.rdb file://" + rdb
from deck_harness import Deck  # noqa: E402
from test_deck import make_last_year  # noqa: E402


def lines(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [dict(kv.split("=") for kv in line.split()) for line in f if line.strip()]


def timings(path):
    """Per refresh: (check_ms, draw_ms, check_cpu_ms)."""
    return [(float(r["check_ms"]), float(r["draw_ms"]), float(r.get("check_cpu_ms", "nan")))
            for r in lines(path) if "check_ms" in r]


def paints(path):
    """Per refresh that changed the deck: ms from its start until the tree was painted."""
    return [float(r["painted_ms"]) for r in lines(path) if "painted_ms" in r]


def measure(deck, log, rounds):
    """Edits one cell back and forth, each time changing the findings (T3's
    total for natural persons, "1 0" in the seed, against 8: the split-number
    warning goes, another relation breaks); returns ([(check_ms, draw_ms,
    check_cpu_ms)], [painted_ms])."""
    cell = deck.doc.TextTables.getByName("Table2").getCellByName("C27")
    original = cell.getString()
    before, painted = len(timings(log)), len(paints(log))
    for k in range(rounds):
        cell.setString(original if k % 2 else "8")
        end = time.time() + 10
        while len(timings(log)) < before + k + 1 and time.time() < end:
            time.sleep(0.05)
        time.sleep(0.2)  # the paint follows the refresh
    cell.setString(original)
    return timings(log)[before:before + rounds], paints(log)[painted:painted + rounds]


def report(what, measured, pages):
    rows, painted = measured
    check = [r[0] for r in rows]
    draw = [r[1] for r in rows]
    cpu = [r[2] for r in rows]
    total = [r[0] + r[1] for r in rows]
    print("%-26s pages=%-3d n=%-2d check median %.1f ms (max %.1f; main-thread CPU %.1f ms), "
          "controls median %.1f ms, total median %.1f ms (max %.1f)"
          % (what, pages, len(rows), statistics.median(check), max(check), statistics.median(cpu),
             statistics.median(draw), statistics.median(total), max(total)))
    if painted:
        print("    until the tree was painted again: median %.1f ms (max %.1f, n=%d)"
              % (statistics.median(painted), max(painted), len(painted)))
    print("    load average now: %.1f" % os.getloadavg()[0])


def split_every_number(doc):
    """Every T3 number written with a space inside ("1 2"), as careless typing
    does: a V2 warning per cell, and the relations they break."""
    table = doc.TextTables.getByName("Table2")
    for name in table.getCellNames():
        cell = table.getCellByName(name)
        text = cell.getString().strip()
        if text.isdigit():
            cell.setString(" ".join(text + "1"))


def grow(doc, target_pages):
    """Repeats the seed's prose paragraphs (not its tables) until the report has target_pages."""
    text = doc.getText()
    prose = []
    e = text.createEnumeration()
    while e.hasMoreElements():
        p = e.nextElement()
        if p.supportsService("com.sun.star.text.Paragraph") and len(p.getString()) > 40:
            prose.append(p.getString())
    controller = doc.getCurrentController()
    cursor = text.createTextCursorByRange(text.getEnd())
    while controller.PageCount < target_pages:
        for s in prose:
            text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
            text.insertString(cursor, s, False)
    return controller.PageCount


def service_of(deck):
    return deck.ctx.ServiceManager.createInstanceWithContext("org.nianbao.ReportChecker", deck.ctx)


def main(oxt, seed, rounds=12):
    log = os.path.join(tempfile.mkdtemp(prefix="nianbao-bench-"), "timing.log")
    deck = Deck(oxt, seed, "nianbao-bench", env={"NIANBAO_SIDEBAR_TIMING": log})
    try:
        deck.open_deck()
        time.sleep(1.0)
        service = service_of(deck)
        rows = measure(deck, log, rounds)
        report("seed, panel refresh", rows, deck.doc.getCurrentController().PageCount)
        t = time.time()
        for _ in range(5):
            service.checkDocument(deck.doc)
        print("seed, checkDocument over the bridge: %.1f ms each" % ((time.time() - t) * 1000 / 5))
        # Compare, as the user sets it: the button and its file dialog.
        previous = os.path.join(os.path.dirname(log), "last-year.docx")
        make_last_year(deck, previous)  # the seed with 3 carried forward: Y1 findings
        deck.press("Compare with last year's report…")
        deck.answer_file_dialog("Choose last year's report", previous)
        deck.wait_texts(lambda t: any(" · Y1" in x for x in t), 60, "the comparison")
        rows = measure(deck, log, rounds)
        report("seed with Compare, refresh", rows, deck.doc.getCurrentController().PageCount)
        deck.close()
        # A report with about 200 findings, in a fresh office.
        deck = Deck(oxt, seed, "nianbao-bench", env={"NIANBAO_SIDEBAR_TIMING": log})
        deck.open_deck()
        split_every_number(deck.doc)
        time.sleep(1.5)
        count = len(json.loads(service_of(deck).checkDocument(deck.doc))["findings"])
        rows = measure(deck, log, rounds)
        report("%d findings, refresh" % count, rows, deck.doc.getCurrentController().PageCount)
        pages = grow(deck.doc, 40)
        time.sleep(1.5)
        rows = measure(deck, log, rounds)
        report("~40 pages, 200 findings, refresh", rows, pages)
        t = time.time()
        for _ in range(5):
            service_of(deck).checkDocument(deck.doc)
        print("~40 pages, checkDocument over the bridge: %.1f ms each" % ((time.time() - t) * 1000 / 5))
    finally:
        deck.close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
