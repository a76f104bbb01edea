#!/usr/bin/python3
"""Starts soffice with --accept on a private pipe and a throwaway profile with
the extension, runs the C++ client against it, and always ends soffice.
Usage: run_uno_client.py OXT CLIENT SEED_DOCX VERSION"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lo_harness import Office, copy_inputs  # noqa: E402


def main(oxt, client, seed, version):
    with Office(oxt, "nianbao-client") as office:
        pipe = "nianbao_client_%d" % os.getpid()
        name = "client-seed.docx"
        [path] = copy_inputs(os.path.join(office.dir, "in"), [(seed, name)])
        office.start(["--headless", "--invisible", "--norestore", "--nologo",
                      "--accept=pipe,name=%s;urp;" % pipe], "soffice.log")
        env = dict(os.environ)
        env["URE_BOOTSTRAP"] = "vnd.sun.star.pathname:/usr/lib/libreoffice/program/fundamentalrc"
        try:
            run = subprocess.run([client, pipe, "file://" + path, name, version], env=env,
                                 stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=180)
        except subprocess.TimeoutExpired as e:
            print("FAIL: client timed out\n", e.stdout, e.stderr)
            return 1
        print(run.stdout + run.stderr)
        if run.returncode != 0:
            print("soffice log:\n" + office.log("soffice.log"))
        return run.returncode


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
