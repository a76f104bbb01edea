#!/usr/bin/python3
"""What build/nianbao check gains from parallel workers, and what it costs
over LibreOffice alone: 48 copies of the seed (12 each of .docx/.doc/.odt/
.html) checked with --jobs 1 and --jobs 2, and the same files converted to
txt by one plain `soffice --convert-to txt` (one process, no check) for the
floor. Every run includes its soffice start-up(s). Prints files per second
and the ratios (goals: --jobs 2 / --jobs 1 >= 1.8 on 2 cores; --jobs 1
within 1.15x of the plain conversion). Not a test: nothing is asserted.
Usage: bench/batch_bench.py [build/nianbao] [build/nianbao.oxt] [copies per format]"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
from lo_harness import Office, copy_inputs  # noqa: E402

FORMATS = ["docx", "doc", "odt", "html"]


def timed(what, fn):
    start = time.monotonic()
    fn()
    elapsed = time.monotonic() - start
    print("  %-34s %6.1f s" % (what, elapsed), flush=True)
    return elapsed


def run_nianbao(nianbao, oxt, folder, jobs, work):
    tmp = tempfile.mkdtemp(dir=work)
    os.chmod(tmp, 0o755)  # as root, nianbao runs unopkg as nobody under it
    env = dict(os.environ, TMPDIR=tmp)
    p = subprocess.run([nianbao, "check", "--oxt", oxt, folder, "--jobs", str(jobs), "--format", "csv"],
                       env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=3600)
    if p.returncode not in (0, 1):  # the seed has errors: 1 is the expected code
        raise RuntimeError("nianbao --jobs %d: exit %d\n%s" % (jobs, p.returncode, p.stderr.decode()))
    shutil.rmtree(tmp, ignore_errors=True)


def main(nianbao=os.path.join(ROOT, "build", "nianbao"), oxt=os.path.join(ROOT, "build", "nianbao.oxt"),
         copies="12"):
    copies = int(copies)
    work = tempfile.mkdtemp(prefix="nianbao-batch-bench-")
    os.chmod(work, 0o755)
    try:
        seed = os.path.join(ROOT, "samples", "miyun-commerce-2023.")
        folder = os.path.join(work, "in")
        inputs = copy_inputs(folder, [(seed + e, "r%02d-%s.%s" % (i, e, e)) for i in range(copies) for e in FORMATS])
        n = len(inputs)
        print("%d files; each run starts its own LibreOffice (cold profile)" % n, flush=True)
        with Office(oxt, "nianbao-bench-floor") as office:
            def convert():
                _, rc = office.convert(inputs, "txt", outdir=os.path.join(office.dir, "txt"), timeout=3600)
                if rc != 0:
                    raise RuntimeError("soffice --convert-to txt: exit %s" % rc)
            floor = timed("soffice --convert-to txt (1 process)", convert)
        one = timed("nianbao check --jobs 1", lambda: run_nianbao(nianbao, oxt, folder, 1, work))
        two = timed("nianbao check --jobs 2", lambda: run_nianbao(nianbao, oxt, folder, 2, work))
        print()
        print("files/s: txt floor %.2f, --jobs 1 %.2f, --jobs 2 %.2f" % (n / floor, n / one, n / two))
        print("speed-up --jobs 2 over --jobs 1: %.2fx (goal >= 1.8 on 2 free cores)" % (one / two))
        print("--jobs 1 over the plain conversion: %.2fx (goal <= 1.15)" % (one / floor))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
