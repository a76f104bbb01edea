#!/usr/bin/python3
"""Ways a batch client can check one file in a running soffice, per file,
in one office, taking turns over 24 copies of the seed (.docx .doc .odt
.html): the service's checkURL (load, check and close as one job on the
office's main thread), the client loading, checking with checkDocument and
closing (three calls over the bridge, the load driven from the client's
thread), the client loading and storing through the nianbao_findings
export filter, and the same with the plain txt export (no check).
Medians in ms. Not a test: nothing is asserted.
Usage: bench/batch_paths.py [build/nianbao.oxt] [build/src/uno/nianbao.rdb] [rounds]"""
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
from lo_harness import Office, copy_inputs, prop, start_service, use_our_types  # noqa: E402

FORMATS = ["docx", "doc", "odt", "html"]


def main(oxt=os.path.join(ROOT, "build", "nianbao.oxt"), rdb=os.path.join(ROOT, "build", "src", "uno", "nianbao.rdb"),
         rounds="3"):
    use_our_types(rdb)
    import uno
    with Office(os.path.abspath(oxt), "nianbao-bench-paths") as office:
        seed = os.path.join(ROOT, "samples", "miyun-commerce-2023.")
        inputs = copy_inputs(os.path.join(office.dir, "in"),
                             [(seed + e, "r%d.%s" % (i, e)) for i in range(6) for e in FORMATS])
        out = os.path.join(office.dir, "out")
        os.makedirs(out)
        _, desktop, checker = start_service(office, "nianbao_bench_paths")
        load_args = (prop("Hidden", True), prop("ReadOnly", True))

        def load(path):
            return desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, load_args)

        def check_url(path):
            checker.checkURL(uno.systemPathToFileUrl(path))

        def load_check_close(path):
            doc = load(path)
            checker.checkDocument(doc)
            doc.close(True)

        def store(filter_name, ext):
            def run(path):
                doc = load(path)
                target = os.path.join(out, os.path.basename(path) + ext)
                doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", filter_name),))
                doc.close(True)
            return run

        ways = [("checkURL (main-thread job)", check_url),
                ("load + checkDocument + close", load_check_close),
                ("load + store nianbao_findings", store("nianbao_findings", ".json")),
                ("load + store txt (no check)", store("Text", ".txt"))]
        for _, run in ways:  # warm-up: libraries, filters, caches
            run(inputs[0])
        times = {name: [] for name, _ in ways}
        for _ in range(int(rounds)):
            for path in inputs:
                for name, run in ways:
                    start = time.perf_counter()
                    run(path)
                    times[name].append(time.perf_counter() - start)
        for name, _ in ways:
            print("%-32s %6.1f ms per file (median of %d)" % (name, statistics.median(times[name]) * 1000,
                                                                len(times[name])))


if __name__ == "__main__":
    main(*sys.argv[1:4])
