#!/usr/bin/python3
"""build/nianbao check/fix/template against real headless LibreOffice.
Usage: test_batch.py NIANBAO OXT SAMPLES_DIR CASE
CASE: mixed | sigint | sigterm | crash | timeout | busy_office | shard | csv | help | fix | template

Each run of nianbao gets its own TMPDIR, so "no soffice left" is checked on
exactly the processes it started (their profile lives under that TMPDIR),
whatever else runs on the machine."""
import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lo_harness import Office  # noqa: E402
import batch_fixtures  # noqa: E402

SEED = batch_fixtures.SEED
NOT_CHECKED = {"unreadable", "not-a-report", "timed-out"}


class Failure(Exception):
    pass


def expect(cond, message):
    if not cond:
        raise Failure(message)


def processes_under(tmp):
    """PIDs whose command line mentions tmp (our soffice: -env:UserInstallation=file://tmp/...)."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode("utf-8", "replace")
            with open("/proc/%s/stat" % pid) as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if tmp in cmd and state != "Z":
            found.append((int(pid), cmd))
    return found


class Run:
    """One nianbao process with its own TMPDIR."""

    def __init__(self, nianbao, oxt, work):
        self.nianbao, self.oxt = nianbao, oxt
        self.tmp = tempfile.mkdtemp(prefix="tmp-", dir=work)
        os.chmod(self.tmp, 0o755)  # as root, nianbao runs unopkg as nobody under it

    def env(self):
        env = dict(os.environ)
        env["TMPDIR"] = self.tmp
        env.pop("NIANBAO_FILTER_DUMP", None)
        return env

    def command(self, args):
        return [self.nianbao] + args[:1] + ["--oxt", self.oxt] + args[1:] if args and args[0] in (
            "check", "fix", "template") else [self.nianbao] + args

    def run(self, args, timeout=900):
        p = subprocess.run(self.command(args), env=self.env(), stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
        self.expect_clean()
        return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")

    def start(self, args):
        return subprocess.Popen(self.command(args), env=self.env(), stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def expect_clean(self):
        left = processes_under(self.tmp)
        for pid, _ in left:  # never leave them to the next test
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        expect(not left, "processes left running: %s" % left)
        leftovers = os.listdir(self.tmp)
        expect(not leftovers, "temporary files left in TMPDIR: %s" % leftovers)


def filter_findings(oxt, files):
    """What `soffice --convert-to json:nianbao_findings` says about each file."""
    out = {}
    with Office(oxt, "nianbao-filter") as office:
        # One run per file: the filter names its output after the base name only.
        for i, f in enumerate(files):
            outdir, rc = office.convert([f], outdir=os.path.join(office.dir, "out%d" % i))
            expect(rc == 0, "filter run: soffice exit %s" % rc)
            stem = os.path.splitext(os.path.basename(f))[0]
            with open(os.path.join(outdir, stem + ".json"), encoding="utf-8") as fh:
                out[f] = json.load(fh)
    return out


def seed_copies(samples, dest, count):
    os.makedirs(dest)
    for i in range(count):
        e = batch_fixtures.FORMATS[i % 4]
        shutil.copy(os.path.join(samples, "%s.%s" % (SEED, e)), os.path.join(dest, "r%02d.%s" % (i, e)))


def case_mixed(nianbao, oxt, samples, work):
    folder = os.path.join(work, "in")
    kinds = batch_fixtures.make_mixed_folder(oxt, samples, folder)
    out = os.path.join(work, "out")
    run = Run(nianbao, oxt, work)
    rc, stdout, stderr = run.run(["check", folder, "--format", "json", "--out", out, "-j", "2"])
    print(stderr)
    results = json.loads(stdout)
    by_file = {r["file"]: r for r in results}
    for r in results:
        print("%-28s %-13s %s" % (r["file"], r["status"], r.get("detail", "")))
    expect(set(by_file) == set(kinds), "files %s, want %s" % (sorted(by_file), sorted(kinds)))
    expect(rc == 2, "exit code %s, want 2" % rc)
    expect([r["file"] for r in results] == sorted(kinds, key=lambda k: k.encode()), "output not in input order")
    status = {f: by_file[f]["status"] for f in kinds}
    for f, kind in kinds.items():
        expect(status[f] in {"clean", "warnings", "errors", "incomplete"} | NOT_CHECKED, "%s: status %s" % (f, status[f]))
        if kind == "seed":
            expect(status[f] == "errors", "%s: %s, want errors" % (f, status[f]))
    expect(status["bad/locked.odt"] == "unreadable" and "password" in by_file["bad/locked.odt"]["detail"],
           "password-protected file: %s" % by_file["bad/locked.odt"])
    expect(status["bad/empty.docx"] == "unreadable", "empty file: %s" % status["bad/empty.docx"])
    for f in ("bad/truncated.docx", "bad/random.doc"):
        expect(status[f] in NOT_CHECKED, "%s: %s" % (f, status[f]))
    for f in ("bad/notice.html", "bad/scan.docx", "bad/tables.docx"):
        expect(status[f] == "not-a-report", "%s: %s" % (f, status[f]))
    expect(status["bad/bignum.html"] not in NOT_CHECKED, "numbers past 64 bits: %s" % status["bad/bignum.html"])
    summary = stderr.strip().splitlines()[-1]
    expect("%d files" % len(kinds) in summary and "unreadable" in summary and "timed out" in summary,
           "summary line: %s" % summary)

    # --out: one JSON per input at its relative path; the two 报告.docx both kept.
    for f in kinds:
        path = os.path.join(out, f + ".json")
        expect(os.path.exists(path), "no --out file %s" % path)
    with open(os.path.join(out, "bad/locked.odt.json"), encoding="utf-8") as fh:
        expect("error" in json.load(fh), "unreadable file's JSON has no error member")

    # The samples' findings are the filter's, member for member.
    seeds = [os.path.join(folder, "samples", "%s.%s" % (SEED, e)) for e in batch_fixtures.FORMATS]
    want = filter_findings(oxt, seeds)
    for path in seeds:
        rel = os.path.relpath(path, folder)
        with open(os.path.join(out, rel + ".json"), encoding="utf-8") as fh:
            got = json.load(fh)
        expect(got == want[path], "%s: findings differ from the filter's:\n%s\n%s" % (
            rel, json.dumps(got, ensure_ascii=False)[:1500], json.dumps(want[path], ensure_ascii=False)[:1500]))
        expect(by_file[rel]["findings"] == want[path], "%s: stdout JSON differs from the filter's" % rel)


def read_lines_until(proc, count, timeout):
    """Reads stdout lines until `count` status lines were printed."""
    import selectors
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    lines, buf, end = [], b"", time.time() + timeout
    while len(lines) < count and time.time() < end:
        if sel.select(timeout=1):
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                break
            buf += chunk
            *done, buf = buf.split(b"\n")
            lines += [l for l in done if l and not l.startswith(b" ")]
    return lines


def interrupt(nianbao, oxt, samples, work, signum):
    folder = os.path.join(work, "in")
    seed_copies(samples, folder, 16)
    run = Run(nianbao, oxt, work)
    proc = run.start(["check", folder, "-j", "2"])
    try:
        lines = read_lines_until(proc, 2, 300)
        expect(len(lines) >= 2, "fewer than 2 results before the signal: %s" % lines)
        expect(processes_under(run.tmp), "no soffice running in the middle of the batch")
        proc.send_signal(signum)
        rc = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    err = proc.stderr.read().decode("utf-8", "replace")
    print(err)
    expect(rc == 128 + signum, "exit code %s after signal %d" % (rc, signum))
    run.expect_clean()


def case_sigint(nianbao, oxt, samples, work):
    interrupt(nianbao, oxt, samples, work, signal.SIGINT)


def case_sigterm(nianbao, oxt, samples, work):
    interrupt(nianbao, oxt, samples, work, signal.SIGTERM)


def case_crash(nianbao, oxt, samples, work):
    """A soffice killed under a worker (what a crash looks like from outside):
    the batch goes on with a new one and every file gets its result."""
    folder = os.path.join(work, "in")
    seed_copies(samples, folder, 8)
    run = Run(nianbao, oxt, work)
    proc = run.start(["check", folder, "-j", "2"])
    try:
        lines = read_lines_until(proc, 1, 300)
        expect(lines, "no result before the crash")
        victims = [pid for pid, cmd in processes_under(run.tmp) if "soffice.bin" in cmd]
        expect(victims, "no soffice.bin found")
        os.kill(victims[0], signal.SIGKILL)
        lines += read_lines_until(proc, 8 - len(lines), 600)
        rc = proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    rest = proc.stdout.read().decode("utf-8")
    text = b"\n".join(lines).decode("utf-8") + "\n" + rest
    print(text)
    files = {"r%02d.%s" % (i, batch_fixtures.FORMATS[i % 4]) for i in range(8)}
    seen = {l.split()[1] for l in text.splitlines() if l and not l.startswith(" ") and len(l.split()) > 1
            and l.split()[1] in files}
    expect(seen == files, "files with a status: %s" % sorted(seen))
    # The file under the killed soffice is tried once more on a fresh one:
    # one crash costs no result.
    statuses = {l.split()[0] for l in text.splitlines() if l and not l.startswith(" ") and len(l.split()) > 1
                and l.split()[1] in files}
    expect(statuses == {"errors"}, "statuses after one crash: %s" % statuses)
    expect(rc == 1, "exit code %s" % rc)
    run.expect_clean()


def case_timeout(nianbao, oxt, samples, work):
    folder = os.path.join(work, "in")
    os.makedirs(folder)
    bad = os.path.join(work, "made")
    os.makedirs(bad)
    batch_fixtures.make_office_fixtures(oxt, os.path.join(samples, SEED + ".odt"), bad)
    shutil.copy(os.path.join(bad, "tables.docx"), os.path.join(folder, "slow.docx"))
    shutil.copy(os.path.join(samples, SEED + ".docx"), os.path.join(folder, "seed.docx"))
    run = Run(nianbao, oxt, work)
    rc, stdout, stderr = run.run(["check", folder, "-j", "1", "--timeout", "0.5"])
    print(stdout, stderr)
    status = {l.split()[1]: l.split()[0] for l in stdout.splitlines() if l and not l.startswith(" ")
              and len(l.split()) > 1 and l.split()[1] in ("slow.docx", "seed.docx")}
    expect(status.get("slow.docx") == "timed-out", "slow.docx: %s" % status.get("slow.docx"))
    expect("seed.docx" in status, "seed.docx got no status after the timeout")
    expect(rc == 2, "exit code %s" % rc)


def case_busy_office(nianbao, oxt, samples, work):
    """A file that keeps the office's main thread busy far past its deadline
    (the office loads and checks it there as one job): timed-out, and the
    files after it are checked on a fresh office."""
    folder = os.path.join(work, "in")
    os.makedirs(folder)
    shutil.copy(os.path.join(samples, SEED + ".docx"), os.path.join(folder, "a.docx"))
    # 30000 rows of numbers: about 25 s of Writer's HTML import and the reader here.
    rows = "".join("<tr>" + "".join("<td>%d</td>" % (r * 10 + c) for c in range(10)) + "</tr>" for r in range(30000))
    with open(os.path.join(folder, "b.html"), "w", encoding="utf-8") as f:
        f.write("<html><body><p>x</p><table>%s</table></body></html>" % rows)
    shutil.copy(os.path.join(samples, SEED + ".odt"), os.path.join(folder, "c.odt"))
    run = Run(nianbao, oxt, work)
    start = time.time()
    rc, stdout, stderr = run.run(["check", folder, "-j", "1", "--timeout", "3"])
    elapsed = time.time() - start
    print(stdout, stderr, "%.1f s" % elapsed)
    status = {l.split()[1]: l.split()[0] for l in stdout.splitlines() if l and not l.startswith(" ")
              and len(l.split()) > 1}
    expect(status.get("b.html") == "timed-out", "b.html: %s" % status.get("b.html"))
    expect(status.get("a.docx") == "errors" and status.get("c.odt") == "errors",
           "the files around it: %s" % status)
    expect(elapsed < 20, "the busy office was not ended at the deadline: %.1f s" % elapsed)
    expect(rc == 2, "exit code %s" % rc)


def case_shard(nianbao, oxt, samples, work):
    folder = os.path.join(work, "in")
    for i in range(40):
        d = os.path.join(folder, "d%d" % (i % 5))
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, "报告%02d.docx" % i), "wb").close()
    open(os.path.join(folder, "readme.txt"), "w").close()  # not an input
    run = Run(nianbao, oxt, work)
    rc, out, err = run.run(["check", folder, "--list"])
    everything = out.split()
    expect(rc == 0 and len(everything) == 40, "--list: rc %s, %d files" % (rc, len(everything)))
    expect(everything == sorted(everything, key=lambda s: s.encode()), "--list not sorted")
    for n in (1, 3, 4, 7):
        seen = []
        for k in range(1, n + 1):
            rc, out, err = run.run(["check", folder, "--list", "--shard", "%d/%d" % (k, n)])
            expect(rc == 0, "--shard %d/%d: %s" % (k, n, err))
            seen += out.split()
        expect(sorted(seen) == sorted(everything), "shards of %d: union is not everything" % n)
        expect(len(seen) == len(set(seen)), "shards of %d overlap" % n)
    rc, out, err = run.run(["check", folder, "--list", "--shard", "2/4"])
    rc2, out2, err2 = run.run(["check", folder, "--list", "--shard", "2/4"])
    expect(out == out2, "a shard is not stable between runs")
    for bad in ("0/4", "5/4", "x", "2/0"):
        rc, out, err = run.run(["check", folder, "--shard", bad])
        expect(rc == 3 and "--shard" in err, "--shard %s: rc %s %s" % (bad, rc, err))


def case_csv(nianbao, oxt, samples, work):
    folder = os.path.join(work, "in")
    os.makedirs(folder)
    shutil.copy(os.path.join(samples, SEED + ".docx"), os.path.join(folder, "seed, 1.docx"))
    with open(os.path.join(folder, "notice.htm"), "w", encoding="utf-8") as f:
        f.write("<p>会议通知</p>")
    out = os.path.join(work, "out")
    run = Run(nianbao, oxt, work)
    p = subprocess.run(run.command(["check", folder, "--format", "csv", "--out", out]), env=run.env(),
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=600)
    run.expect_clean()
    expect(p.returncode == 2, "exit code %s (a non-report is in the folder)" % p.returncode)
    data = p.stdout
    expect(data.startswith(b"\xef\xbb\xbf"), "no UTF-8 BOM")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))
    expect(rows[0][:4] == ["file", "status", "rule", "severity"], "header %s" % rows[0])
    with open(os.path.join(out, "seed, 1.docx.json"), encoding="utf-8") as f:
        findings = json.load(f)["findings"]
    seed_rows = [r for r in rows[1:] if r[0] == "seed, 1.docx"]
    expect(len(seed_rows) == len(findings), "%d rows for %d findings" % (len(seed_rows), len(findings)))
    expect([r[2] for r in seed_rows] == [f["rule"] for f in findings], "rules differ")
    expect(all(r[1] == "errors" for r in seed_rows), "seed status column")
    expect(any("自然人" in r[9] for r in seed_rows), "Chinese message lost")
    notice = [r for r in rows[1:] if r[0] == "notice.htm"]
    expect(len(notice) == 1 and notice[0][1] == "not-a-report", "non-report rows %s" % notice)
    expect(all(len(r) == 10 for r in rows), "ragged rows")


def case_help(nianbao, oxt, samples, work):
    run = Run(nianbao, oxt, work)
    for args in (["--help"], ["help", "check"], ["check", "--help"], ["fix", "--help"], ["template", "--help"]):
        rc, out, err = run.run(args)
        expect(rc == 0 and "Examples" in out and "nianbao" in out, "%s: rc %s\n%s" % (args, rc, out))
    rc, out, err = run.run(["check", "--help"])
    for option in ("--jobs", "--format", "--out", "--previous", "--timeout", "--shard"):
        expect(option in out, "check --help lacks %s" % option)
    rc, out, err = run.run(["--version"])
    expect(rc == 0 and out.startswith("nianbao "), "--version: %s" % out)
    for args in ([], ["frobnicate"], ["check"], ["check", "x", "--format", "xml"], ["check", "/nonexistent"],
                 ["fix", "a.docx"], ["template"]):
        rc, out, err = run.run(args)
        expect(rc == 3 and err.startswith("nianbao: "), "%s: rc %s, %s" % (args, rc, err))


def case_previous(nianbao, oxt, samples, work):
    """Pairs by the organ in the title; lists the reports without a partner.
    (Whether the Y1 comparison itself works is the service's test.)"""
    prev, cur = os.path.join(work, "2022"), os.path.join(work, "2023")
    os.makedirs(prev)
    os.makedirs(cur)
    shutil.copy(os.path.join(samples, SEED + ".odt"), os.path.join(prev, "last-year.odt"))
    shutil.copy(os.path.join(samples, SEED + ".docx"), os.path.join(cur, "miyun.docx"))
    with open(os.path.join(samples, SEED + ".html"), encoding="utf-8") as f:
        other = f.read().replace("北京市密云区商务局", "北京市怀柔区商务局")
    with open(os.path.join(cur, "huairou.html"), "w", encoding="utf-8") as f:
        f.write(other)
    with open(os.path.join(cur, "notice.html"), "w", encoding="utf-8") as f:
        f.write("<p>会议通知</p>")
    run = Run(nianbao, oxt, work)
    rc, out, err = run.run(["check", cur, "--previous", prev, "--format", "json"])
    print(err)
    by_file = {r["file"]: r for r in json.loads(out)}
    expect(by_file["miyun.docx"].get("previous") == "last-year.odt", "miyun not paired: %s" % by_file["miyun.docx"])
    expect("previous" not in by_file["huairou.html"], "huairou paired with %s" % by_file["huairou.html"])
    expect("paired with last year's report: 1 of 3" in err, "summary: %s" % err)
    # Whatever the comparison gives, the report itself is checked.
    expect(by_file["miyun.docx"]["status"] == "errors", "miyun: %s" % by_file["miyun.docx"])
    expect("no report of last year for huairou.html (北京市怀柔区商务局)" in err, "unpaired list: %s" % err)
    expect("notice.html" not in err.split("paired with last year")[1], "a non-report listed as unpaired")


def check_one(run, path):
    rc, out, err = run.run(["check", path, "--format", "json"])
    [r] = json.loads(out)
    return r


def case_fix(nianbao, oxt, samples, work):
    run = Run(nianbao, oxt, work)
    src = os.path.join(work, "seed.docx")
    shutil.copy(os.path.join(samples, SEED + ".docx"), src)
    before = open(src, "rb").read()
    for ext in ("docx", "odt"):
        out = os.path.join(work, "fixed." + ext)
        rc, stdout, stderr = run.run(["fix", src, "-o", out])
        print(stdout, stderr)
        expect(os.path.exists(out), "fix wrote no %s (rc %s)" % (out, rc))
        r = check_one(run, out)
        hard = [f for f in r["findings"]["findings"] if f["severity"] == "error" and f["rule"].startswith("H")]
        expect(not hard, "%s: hard-relation errors remain: %s" % (ext, hard))
        expect(open(src, "rb").read() == before, "fix modified its input")
        expect("T3.r_total.np" in stdout, "fix did not say what it changed")
    # Tracked deletions keep the old values visible (T3 r_total.np was "1 0").
    import re
    import zipfile
    with zipfile.ZipFile(os.path.join(work, "fixed.odt")) as z:
        content = z.read("content.xml").decode("utf-8")
    deleted = "".join(re.findall(r"<text:deletion>.*?</text:deletion>", content, re.S))
    expect(re.search(r">1 0<", deleted), "odt: the old value 1 0 is not a tracked deletion")
    with zipfile.ZipFile(os.path.join(work, "fixed.docx")) as z:
        document = z.read("word/document.xml").decode("utf-8")
        comments = z.read("word/comments.xml").decode("utf-8") if "word/comments.xml" in z.namelist() else ""
    deleted = re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", document)
    expect("1 0" in deleted, "docx: the old value 1 0 is not a tracked deletion: %s" % deleted)
    expect("<w:comment " in comments, "docx: no comments on the corrections")


def case_template(nianbao, oxt, samples, work):
    run = Run(nianbao, oxt, work)
    for ext in ("docx", "odt", "doc"):
        out = os.path.join(work, "blank." + ext)
        rc, stdout, stderr = run.run(["template", "-o", out, "--organ", "北京市测试局", "--year", "2021"])
        print(stdout, stderr)
        expect(rc == 0 and os.path.exists(out), "template %s: rc %s %s" % (ext, rc, stderr))
        r = check_one(run, out)["findings"]
        expect(r.get("format_version") == "2021", "%s: format_version %s" % (ext, r.get("format_version")))
        expect(all(s["found"] for s in r["sections"]), "%s: sections missing %s" % (ext, r["sections"]))
        expect(all(t["found"] for t in r["tables"]), "%s: tables missing" % ext)
    import zipfile
    with zipfile.ZipFile(os.path.join(work, "blank.odt")) as z:
        content = z.read("content.xml").decode("utf-8")
    expect("北京市测试局" in content and "〔机关名称〕" not in content, "--organ not filled in")
    expect("〔年度〕" not in content, "--year not filled in")


def case_accounted(nianbao, oxt, samples, work):
    """Every path accounted for (issue 17): a subfolder the user may not read
    is a row of its own (unreadable, with the reason, exit 2) and the walk goes
    on after it; files of other kinds are counted and named in the summary and
    listed in the JSON; --list says the same."""
    folder = os.path.join(work, "accounted")
    os.makedirs(os.path.join(folder, "a-locked"))
    os.makedirs(os.path.join(folder, "z-after"))
    shutil.copy(os.path.join(samples, SEED + ".docx"), os.path.join(folder, "a-locked", "hidden.docx"))
    shutil.copy(os.path.join(samples, SEED + ".docx"), os.path.join(folder, "z-after", "report.docx"))
    with open(os.path.join(folder, "budget.xlsx"), "wb") as f:
        f.write(b"PK\x03\x04 a spreadsheet")
    with open(os.path.join(folder, "readme.txt"), "w") as f:
        f.write("notes")
    os.chmod(os.path.join(folder, "a-locked"), 0)
    run = Run(nianbao, oxt, work)
    # Root reads every folder: the command runs as an ordinary user here.
    os.chmod(run.tmp, 0o777)
    for d in (work, folder, os.path.join(folder, "z-after")):
        os.chmod(d, 0o755)
    home = tempfile.mkdtemp(prefix="home-", dir=work)
    os.chmod(home, 0o777)
    as_user = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "env", "HOME=" + home] \
        if os.getuid() == 0 else []
    listing = subprocess.run(as_user + run.command(["check", folder, "--list"]), env=run.env(),
                             capture_output=True, text=True, timeout=120)
    expect(listing.stdout.split() == ["z-after/report.docx"], "--list: %r" % listing.stdout)
    expect("unreadable: a-locked/" in listing.stderr and "skipped: budget.xlsx" in listing.stderr
           and "skipped: readme.txt" in listing.stderr, "--list says: %r" % listing.stderr)
    p = subprocess.run(as_user + run.command(["check", folder, "--jobs", "1", "--format", "json"]), env=run.env(),
                       capture_output=True, text=True, timeout=600)
    rows = {r["file"]: r for r in json.loads(p.stdout)}
    print("rows:", {k: (v["status"], v.get("detail")) for k, v in rows.items()})
    expect(rows.get("z-after/report.docx", {}).get("status") == "errors", "the report after the locked folder")
    expect(rows.get("a-locked/", {}).get("status") == "unreadable" and "cannot read folder" in rows["a-locked/"]["detail"],
           "the locked folder: %s" % rows.get("a-locked/"))
    expect(rows.get("budget.xlsx", {}).get("status") == "skipped" and rows.get("readme.txt", {}).get("status") == "skipped",
           "skipped files in the JSON: %s" % sorted(rows))
    expect("skipped 2 files of other kinds: budget.xlsx, readme.txt" in p.stderr, "summary: %r" % p.stderr[-400:])
    expect(p.returncode == 2, "exit %s, want 2 (a folder could not be read)" % p.returncode)
    os.chmod(os.path.join(folder, "a-locked"), 0o755)
    run.expect_clean()
    print("ok: accounted")


def case_stale(nianbao, oxt, samples, work):
    """Temporary folders an earlier run could not remove (killed with SIGKILL)
    are removed at the next start: ours by name and marker, their process
    gone. A live run's folder and a stranger's folder are left alone."""
    run = Run(nianbao, oxt, work)
    gone = subprocess.Popen(["true"])
    gone.wait()
    stale, live, stranger = (os.path.join(run.tmp, n) for n in ("nianbao-Stale1", "nianbao-Live22", "nianbao-other"))
    for d, owner in ((stale, gone.pid), (live, os.getpid()), (stranger, None)):
        os.makedirs(os.path.join(d, "installed-profile"))
        if owner:
            with open(os.path.join(d, "owner.pid"), "w") as f:
                f.write("%d\n" % owner)
    p = subprocess.run(run.command(["check", os.path.join(samples, SEED + ".docx"), "--jobs", "1"]), env=run.env(),
                       capture_output=True, text=True, timeout=600)
    expect(p.returncode == 1, "check exit %s: %s" % (p.returncode, p.stderr[-500:]))
    expect(not os.path.exists(stale), "the stale folder of a dead run is still there")
    expect(os.path.isdir(live) and os.path.isdir(stranger), "a live run's or a stranger's folder was removed")
    shutil.rmtree(live)
    shutil.rmtree(stranger)
    run.expect_clean()
    print("ok: stale")


def case_recycle(nianbao, oxt, samples, work):
    """--files-per-office 1: every file on a fresh LibreOffice, results as usual."""
    folder = os.path.join(work, "three")
    seed_copies(samples, folder, 3)
    run = Run(nianbao, oxt, work)
    code, out, err = run.run(["check", folder, "--jobs", "1", "--files-per-office", "1", "--format", "json"])
    rows = json.loads(out)
    expect([r["status"] for r in rows] == ["errors"] * 3, "statuses %s\n%s" % ([r["status"] for r in rows], err[-800:]))
    expect(code == 1, "exit %s" % code)
    code, _, err = run.run(["check", folder, "--files-per-office", "0"])
    expect(code == 3 and "--files-per-office wants a number" in err, "bad --files-per-office: %s %s" % (code, err))
    print("ok: recycle")


def case_profile_cache(nianbao, oxt, samples, work):
    """The installed profile is kept between runs (issue 17): the first run
    installs the extension and keeps the profile under $XDG_CACHE_HOME/nianbao;
    the next run with the same .oxt takes it from there (the kept folder is not
    made again) and checks as before."""
    cache = tempfile.mkdtemp(prefix="cache-", dir=work)
    run = Run(nianbao, oxt, work)
    env = dict(run.env(), XDG_CACHE_HOME=cache)
    file = os.path.join(samples, SEED + ".docx")
    times, kept = [], []
    for _ in range(2):
        start = time.time()
        p = subprocess.run(run.command(["check", file, "--jobs", "1"]), env=env, capture_output=True, text=True,
                           timeout=600)
        times.append(time.time() - start)
        expect(p.returncode == 1, "check exit %s: %s" % (p.returncode, p.stderr[-400:]))
        folders = sorted(os.listdir(os.path.join(cache, "nianbao")))
        expect(len(folders) == 1 and folders[0].startswith("profile-"), "kept: %s" % folders)
        path = os.path.join(cache, "nianbao", folders[0])
        expect(os.path.exists(os.path.join(path, "complete")), "the kept profile is not complete")
        kept.append((folders[0], os.stat(path).st_ino, os.stat(path).st_mtime))
    expect(kept[0] == kept[1], "the second run made the kept profile again: %s" % kept)
    run.expect_clean()
    print("ok: profile_cache (%.1f s, then %.1f s)" % tuple(times))


CASES = {name[5:]: f for name, f in globals().items() if name.startswith("case_")}


def main(nianbao, oxt, samples, case):
    work = tempfile.mkdtemp(prefix="nianbao-batch-%s-" % case)
    os.chmod(work, 0o755)
    try:
        CASES[case](os.path.abspath(nianbao), os.path.abspath(oxt), os.path.abspath(samples), work)
    except Failure as e:
        print("FAIL: %s (kept %s)" % (e, work))
        return 1
    shutil.rmtree(work, ignore_errors=True)
    print("ok: %s" % case)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
