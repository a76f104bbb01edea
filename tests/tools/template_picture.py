#!/usr/bin/python3
"""Makes docs/images/template.png: a blank report inserted into an empty
document by the installed extension, its changes accepted, saved as .odt, exported to PDF by
soffice --convert-to pdf and rendered with pdftoppm (pages side by side).
Usage: template_picture.py OXT RDB TEMPLATE_DUMP SAMPLES OUT_PNG"""
import glob
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))
from lo_harness import Office, PROGRAM  # noqa: E402
import test_edit  # noqa: E402


def main(oxt, rdb, dump_tool, samples, out_png):
    os.environ["URE_MORE_TYPES"] = "file://%s/types/offapi.rdb file://%s" % (PROGRAM, rdb)
    with Office(oxt, "nianbao-picture") as office:
        s = test_edit.Session(office, dump_tool, samples)
        try:
            doc = s.new_document()
            s.checker.insertTemplate(doc, "report")
            # The picture shows the template as the author keeps it: the
            # insertion's tracked changes accepted (else PDF shows them marked).
            helper = s.ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", s.ctx)
            helper.executeDispatch(doc.getCurrentController().getFrame(), ".uno:AcceptAllTrackedChanges", "", 0, ())
            odt = s.save_as(doc, "blank-report.odt", "writer8")
        finally:
            s.close_all()
        for p in office.procs:
            office.kill(p)
        outdir = os.path.join(office.dir, "pdf")
        office.convert([odt], "pdf", outdir)
        pdf = os.path.join(outdir, "blank-report.pdf")
        prefix = os.path.join(office.dir, "page")
        subprocess.run(["pdftoppm", "-png", "-r", "70", pdf, prefix], check=True)
        pages = sorted(glob.glob(prefix + "*.png"))
        subprocess.run(["convert"] + pages + ["-bordercolor", "gray", "-border", "1", "+append", out_png], check=True)
        print("wrote", out_png, "from", len(pages), "pages")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:6]))
