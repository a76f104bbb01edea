#!/usr/bin/python3
"""Nothing may freeze Writer: on the sample with 24 T3 cells filled in
carelessly (random 1-40, fixed seed), how long checkDocument, applyFixes,
insertMissingSections and rebuildTable take through the service, each on a
fresh copy (goal: each under 1 s; the correction search has 200 ms and then
says 'undecided'). Not a test.
Usage: bench/edits_bounded.py [dist/nianbao.oxt] [build/src/uno/nianbao.rdb]"""
import json
import os
import random
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
from lo_harness import Office, copy_inputs, prop, start_service, use_our_types  # noqa: E402

WRONG = 24


def main(oxt=os.path.join(ROOT, "dist", "nianbao.oxt"), rdb=os.path.join(ROOT, "build", "src", "uno", "nianbao.rdb")):
    use_our_types(rdb)
    import uno
    rng = random.Random(7)
    with Office(os.path.abspath(oxt), "nianbao-bench-edits") as office:
        [seed] = copy_inputs(os.path.join(office.dir, "in"),
                             [(os.path.join(ROOT, "samples", "miyun-commerce-2023.odt"), "seed.odt")])
        _, desktop, checker = start_service(office, "nianbao_edits")

        def careless():
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(seed), "_blank", 0, (prop("Hidden", True),))
            t3 = doc.getTextTables().getByIndex(1)
            cells = [n for n in t3.getCellNames() if n[0] in "DEFGHIJ" and 4 <= int(n[1:]) <= 28]
            for name in rng.sample(cells, WRONG):
                t3.getCellByName(name).setString(str(rng.randint(1, 40)))
            return doc

        for what, call in (("checkDocument", lambda d: checker.checkDocument(d)),
                           ("applyFixes", lambda d: checker.applyFixes(d, (), 0)),
                           ("insertMissingSections", lambda d: checker.insertMissingSections(d)),
                           ("rebuildTable", lambda d: checker.rebuildTable(d, "T3"))):
            doc = careless()
            start = time.perf_counter()
            r = json.loads(call(doc))
            took = time.perf_counter() - start
            said = r.get("error") or "correction %s" % r.get("correction", {}).get("status")
            print("%-22s %.2f s  (goal < 1 s)  %s" % (what, took, said[:70]))
            doc.close(True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
