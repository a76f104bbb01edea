"""Throwaway LibreOffice profiles with nianbao.oxt installed, and soffice runs
that always end: every soffice started here is killed by process group in
teardown, its output goes to a file (platform.md: inherited pipes hang)."""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

PROGRAM = "/usr/lib/libreoffice/program"

# ctest ends a test that times out with a signal: turn SIGTERM into an
# exception so that the `with Office(...)` teardown still kills soffice.
signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
SOFFICE = os.path.join(PROGRAM, "soffice")
UNOPKG = os.path.join(PROGRAM, "unopkg")


def _as_nobody(cmd, home):
    # unopkg refuses root without --shared; an unprivileged owner of the profile works.
    if os.getuid() != 0:
        return cmd
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
            "env", "HOME=" + home] + cmd


def _chown_tree(path, uid, gid):
    for root, dirs, files in os.walk(path):
        for n in dirs + files:
            os.lchown(os.path.join(root, n), uid, gid)
    os.lchown(path, uid, gid)


class Office:
    """A temp dir holding a fresh profile with the extension installed."""

    def __init__(self, oxt, name="nianbao"):
        self.dir = tempfile.mkdtemp(prefix=name + "-")
        self.profile = os.path.join(self.dir, "profile")
        self.profile_url = "file://" + self.profile
        self.procs = []
        self.extra_env = {}
        os.mkdir(self.profile)
        self._install(oxt)

    def _unopkg(self, *args):
        cmd = _as_nobody([UNOPKG] + list(args) + ["-env:UserInstallation=" + self.profile_url],
                         self.profile)
        return subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=120)

    def _install(self, oxt):
        if os.getuid() == 0:
            os.chmod(self.dir, 0o755)
            _chown_tree(self.profile, *_nobody())
            staged = os.path.join(self.dir, os.path.basename(oxt))
            shutil.copy(oxt, staged)
            os.chmod(staged, 0o644)
            oxt = staged
        try:
            add = self._unopkg("add", "-f", "-s", oxt)
            if add.returncode != 0:
                raise RuntimeError("unopkg add failed: " + add.stdout + add.stderr)
            listing = self._unopkg("list")
            self.unopkg_list = listing.stdout
        finally:
            if os.getuid() == 0:
                _chown_tree(self.profile, 0, 0)
        if "org.nianbao.writer" not in self.unopkg_list or "is registered: no" in self.unopkg_list:
            raise RuntimeError("extension not registered:\n" + self.unopkg_list)

    def env(self):
        env = dict(os.environ)
        env.pop("NIANBAO_FILTER_DUMP", None)
        env.update(self.extra_env)
        return env

    def start(self, args, log_name):
        """Starts soffice in its own process group; output to a log file."""
        log = open(os.path.join(self.dir, log_name), "w")
        proc = subprocess.Popen([SOFFICE, "-env:UserInstallation=" + self.profile_url] + args,
                                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True, env=self.env())
        log.close()
        self.procs.append(proc)
        return proc

    def convert(self, files, filter_spec="json:nianbao_findings", outdir=None, timeout=180, extra=()):
        outdir = outdir or os.path.join(self.dir, "out")
        os.makedirs(outdir, exist_ok=True)
        proc = self.start(["--headless", "--norestore"] + list(extra) + ["--convert-to", filter_spec,
                           "--outdir", outdir] + list(files), "convert.log")
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill(proc)
            raise RuntimeError("soffice --convert-to did not finish in %ss" % timeout)
        return outdir, proc.returncode

    def log(self, log_name="convert.log"):
        with open(os.path.join(self.dir, log_name), errors="replace") as f:
            return f.read()

    def kill(self, proc):
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                pass
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # oosplash children share the group
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass

    def close(self, keep=False):
        for p in self.procs:
            self.kill(p)
        if not keep:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        # Keep the temp dir (logs) of a failed test for the post-mortem.
        self.close(keep=exc_type is not None)
        if exc_type is not None:
            print("kept", self.dir)
        return False


def _nobody():
    import pwd
    import grp
    return pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid


def copy_inputs(dest, files):
    """Copies fixtures into dest (lock files are written beside inputs)."""
    os.makedirs(dest, exist_ok=True)
    out = []
    for src, name in files:
        path = os.path.join(dest, name)
        shutil.copy(src, path)
        os.chmod(path, 0o644)
        out.append(path)
    return out


def wait_for(predicate, timeout, what):
    end = time.time() + timeout
    while time.time() < end:
        if predicate():
            return
        time.sleep(0.2)
    raise RuntimeError("timed out waiting for " + what)


def prop(name, value):
    """A com.sun.star.beans.PropertyValue (load and store arguments)."""
    import uno  # only /usr/bin/python3 has it
    p = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
    p.Name, p.Value = name, value
    return p


def uno_connect(pipe, timeout=180):
    """The component context of the soffice listening on `pipe`, retried
    until it accepts (a loaded machine starts soffice slowly)."""
    import uno
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    end = time.time() + timeout
    while True:
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:  # NoConnectException until soffice listens
            if time.time() > end:
                raise RuntimeError("soffice did not accept the connection on pipe %s" % pipe)
            time.sleep(0.1)


def body_paragraphs(doc):
    """The top-level paragraphs of a Writer document's body, tables skipped:
    the paragraph index of the findings' `where` counts these."""
    out = []
    e = doc.getText().createEnumeration()
    while e.hasMoreElements():
        p = e.nextElement()
        if p.supportsService("com.sun.star.text.Paragraph"):
            out.append(p)
    return out


def use_our_types(rdb):
    """This process's UNO bridge learns our types (call before the first
    `import uno`): the service's interface, for calls to it from Python."""
    os.environ["URE_MORE_TYPES"] = "file://%s/types/offapi.rdb file://%s" % (PROGRAM, os.path.abspath(rdb))


def start_service(office, name):
    """A headless soffice of `office` listening for us; its component
    context, Desktop and org.nianbao.ReportChecker."""
    pipe = "%s_%d" % (name, os.getpid())
    office.start(listening_args(pipe), name + ".log")
    ctx = uno_connect(pipe)
    smgr = ctx.ServiceManager
    return (ctx, smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx),
            smgr.createInstanceWithContext("org.nianbao.ReportChecker", ctx))


def listening_args(pipe):
    """soffice arguments for a headless office a UNO client connects to."""
    return ["--headless", "--invisible", "--norestore", "--accept=pipe,name=%s;urp;" % pipe]


def run_generator(office, script, args, timeout=240):
    """Runs a fixture generator (tests/fixtures/make_*.py, which gets the pipe
    as its last argument) against a soffice of `office` started for it."""
    pipe = "nianbao_gen_%d" % os.getpid()
    proc = office.start(listening_args(pipe), "generator-soffice.log")
    try:
        return subprocess.run(["/usr/bin/python3", script] + list(args) + [pipe], capture_output=True,
                              text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    finally:
        office.kill(proc)
