#!/usr/bin/python3
"""What Compare costs on an open document: checkDocument and checkWithPrevious
(last year's report given as a file) through the service, 15 calls each,
alternating, after a warm-up; medians and their ratio (goal: <= 2). Last
year's report is read once and kept while the file stays the same, so the
comparison should cost little more than the check. Not a test.
Usage: bench/previous_vs_plain.py [build/nianbao.oxt] [build/src/uno/nianbao.rdb]"""
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
from lo_harness import Office, copy_inputs, prop, start_service, use_our_types  # noqa: E402

CALLS = 15


def main(oxt=os.path.join(ROOT, "build", "nianbao.oxt"), rdb=os.path.join(ROOT, "build", "src", "uno", "nianbao.rdb")):
    use_our_types(rdb)
    import uno
    with Office(os.path.abspath(oxt), "nianbao-bench-previous") as office:
        seed = os.path.join(ROOT, "samples", "miyun-commerce-2023.")
        this, last = copy_inputs(os.path.join(office.dir, "in"), [(seed + "docx", "this.docx"), (seed + "odt", "last.odt")])
        _, desktop, checker = start_service(office, "nianbao_bench")
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(this), "_blank", 0, (prop("Hidden", True),))
        url = uno.systemPathToFileUrl(last)
        plain, compared = [], []
        checker.checkDocument(doc)
        checker.checkWithPrevious(doc, url)  # the first comparison reads last year's report
        for _ in range(CALLS):
            for calls, run in ((plain, lambda: checker.checkDocument(doc)),
                               (compared, lambda: checker.checkWithPrevious(doc, url))):
                start = time.perf_counter()
                run()
                calls.append(time.perf_counter() - start)
        doc.close(True)
        p, c = statistics.median(plain) * 1000, statistics.median(compared) * 1000
        print("checkDocument      %.1f ms (median of %d)" % (p, CALLS))
        print("checkWithPrevious  %.1f ms (median of %d)" % (c, CALLS))
        print("ratio              %.2f  (goal <= 2)" % (c / p))


if __name__ == "__main__":
    main(*sys.argv[1:3])
