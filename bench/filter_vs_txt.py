#!/usr/bin/python3
"""How much a check costs on top of what LibreOffice spends anyway: converts
the same 24 copies of the seed (6 each of .docx/.doc/.odt/.html) once with
json:nianbao_findings and once with plain txt, in one profile with the
extension installed, after a warm-up run; alternates the two, repeats, and
prints the median times and their ratio (goal: <= 1.10). Not a test.
Usage: bench/filter_vs_txt.py [build/nianbao.oxt] [rounds]"""
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
from lo_harness import Office, copy_inputs  # noqa: E402

COPIES = 6
FORMATS = ["docx", "doc", "odt", "html"]


def timed_convert(office, inputs, spec, tag):
    outdir = os.path.join(office.dir, "out-" + tag)
    start = time.monotonic()
    _, rc = office.convert(inputs, spec, outdir=outdir, timeout=600)
    elapsed = time.monotonic() - start
    produced = len([n for n in os.listdir(outdir)])
    if rc != 0 or produced != len(inputs):
        raise RuntimeError("%s: exit %s, %d of %d outputs\n%s" % (spec, rc, produced, len(inputs), office.log()))
    return elapsed


def main(oxt=os.path.join(ROOT, "build", "nianbao.oxt"), rounds="3"):
    rounds = int(rounds)
    with Office(oxt, "nianbao-bench") as office:
        seed = os.path.join(ROOT, "samples", "miyun-commerce-2023.")
        inputs = copy_inputs(os.path.join(office.dir, "in"),
                             [(seed + e, "report-%02d-%s.%s" % (i, e, e)) for i in range(COPIES) for e in FORMATS])
        timed_convert(office, inputs[:4], "txt", "warmup")  # first start builds the profile caches
        json_times, txt_times = [], []
        for r in range(rounds):
            order = [("json:nianbao_findings", json_times), ("txt", txt_times)]
            if r % 2:
                order.reverse()
            for spec, times in order:
                times.append(timed_convert(office, inputs, spec, "%s-%d" % (spec.split(":")[0], r)))
        j, t = statistics.median(json_times), statistics.median(txt_times)
        print("%d files, %d rounds (median)" % (len(inputs), rounds))
        print("json:nianbao_findings  %.2f s   %s" % (j, " ".join("%.2f" % x for x in json_times)))
        print("txt                    %.2f s   %s" % (t, " ".join("%.2f" % x for x in txt_times)))
        print("ratio                  %.3f  (goal <= 1.10)" % (j / t))


if __name__ == "__main__":
    main(*sys.argv[1:3])
