#!/usr/bin/python3
"""How much a check costs on top of what LibreOffice spends anyway: converts
the same 24 copies of the seed (6 each of .docx/.doc/.odt/.html) once with
json:nianbao_findings and once with plain txt, in one profile with the
extension installed, after a warm-up run; alternates the two, repeats, and
prints the median times and their ratio (goal: <= 1.10). With --pdf, 24 copies
of the seed exported to PDF, both conversions through the PDF import
(goal: <= 1.20). Not a test.
Usage: bench/filter_vs_txt.py [--pdf] [build/nianbao.oxt] [rounds]"""
import os
import resource
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
from lo_harness import Office, copy_inputs  # noqa: E402

COPIES = 6
FORMATS = ["docx", "doc", "odt", "html"]


def cpu_of_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed_convert(office, inputs, spec, tag, extra=()):
    """Wall time and CPU time (user+sys of soffice: steadier on a shared machine)."""
    outdir = os.path.join(office.dir, "out-" + tag)
    start, cpu = time.monotonic(), cpu_of_children()
    _, rc = office.convert(inputs, spec, outdir=outdir, timeout=600, extra=extra)
    elapsed = (time.monotonic() - start, cpu_of_children() - cpu)
    produced = len([n for n in os.listdir(outdir)])
    if rc != 0 or produced != len(inputs):
        raise RuntimeError("%s: exit %s, %d of %d outputs\n%s" % (spec, rc, produced, len(inputs), office.log()))
    return elapsed


def main(*args):
    pdf = "--pdf" in args
    args = [a for a in args if a != "--pdf"]
    oxt = args[0] if args else os.path.join(ROOT, "build", "nianbao.oxt")
    rounds = int(args[1]) if len(args) > 1 else 3
    goal = 1.20 if pdf else 1.10
    extra = ["--infilter=writer_pdf_import"] if pdf else []
    with Office(oxt, "nianbao-bench") as office:
        seed = os.path.join(ROOT, "samples", "miyun-commerce-2023.")
        if pdf:
            made, _ = office.convert([seed + "docx"], "pdf", outdir=os.path.join(office.dir, "pdf"))
            sources = [(os.path.join(made, "miyun-commerce-2023.pdf"), "report-%02d.pdf" % i)
                       for i in range(COPIES * len(FORMATS))]
        else:
            sources = [(seed + e, "report-%02d-%s.%s" % (i, e, e)) for i in range(COPIES) for e in FORMATS]
        inputs = copy_inputs(os.path.join(office.dir, "in"), sources)
        timed_convert(office, inputs[:4], "txt", "warmup", extra)  # first start builds the profile caches
        json_times, txt_times = [], []
        for r in range(rounds):
            order = [("json:nianbao_findings", json_times), ("txt", txt_times)]
            if r % 2:
                order.reverse()
            for spec, times in order:
                times.append(timed_convert(office, inputs, spec, "%s-%d" % (spec.split(":")[0], r), extra))
        print("%d files, %d rounds (median; each run starts soffice once)" % (len(inputs), rounds))
        for k, what in ((0, "wall"), (1, "cpu")):
            j = statistics.median(x[k] for x in json_times)
            t = statistics.median(x[k] for x in txt_times)
            print("%-4s json:nianbao_findings %.2f s  [%s]" % (what, j, " ".join("%.2f" % x[k] for x in json_times)))
            print("%-4s txt                   %.2f s  [%s]" % (what, t, " ".join("%.2f" % x[k] for x in txt_times)))
            print("%-4s ratio                 %.3f  (goal <= %.2f)" % (what, j / t, goal))


if __name__ == "__main__":
    main(*sys.argv[1:])
