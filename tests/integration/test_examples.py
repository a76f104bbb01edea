#!/usr/bin/python3
"""The macro examples of docs/macros.md work against the installed extension:
the external Python client (examples/python/check_file.py), the Python macro
(examples/python/nianbao_macro.py) and the Basic module
(examples/basic/NianbaoCheck.bas), run inside a headless soffice.
Usage: test_examples.py OXT RDB EXAMPLES_DIR SEED_DOCX"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lo_harness import Office, PROGRAM, copy_inputs, listening_args, uno_connect  # noqa: E402


def expect(cond, message):
    if not cond:
        raise AssertionError(message)


def check_seed_json(text, what):
    r = json.loads(text)
    expect("error" not in r, "%s: %s" % (what, r.get("error")))
    expect(r["format_version"] == "2021", "%s: format_version %r" % (what, r["format_version"]))
    errors = {(f["rule"], f.get("column")) for f in r["findings"] if f["severity"] == "error"}
    expect(("H1", "np") in errors, "%s: no H1 np error" % what)
    print("ok:", what)


def hard_errors(result):
    return [f for f in result["findings"] if f["severity"] == "error" and f["rule"].startswith("H")]


def edit_examples(desktop, provider, doc, hidden, python_doc_path):
    """The editing examples: Basic on `doc` (its library is there), Python on a copy of the seed."""
    import uno

    def basic(name, *args):
        return provider.getScript("vnd.sun.star.script:Standard.NianbaoCheck.%s?language=Basic&location=document"
                                  % name).invoke(args, (), ())[0]

    def python(name, *args):
        return provider.getScript("vnd.sun.star.script:nianbao_macro.py$%s?language=Python&location=user"
                                  % name).invoke(args, (), ())[0]

    one = json.loads(basic("FixOneCell", "T3.r_total.np", doc))
    expect("error" not in one and one["tables"][1]["cells"]["r_total.np"]["text"] == "8",
           "FixOneCell: %s" % one.get("error"))
    doc.getUndoManager().undo()
    r = json.loads(basic("FixAll", doc))
    expect("error" not in r and not hard_errors(r), "FixAll: %s" % r.get("error"))
    r = json.loads(basic("InsertMissing", doc))
    expect(next(s for s in r["sections"] if s["id"] == "S6")["found"], "InsertMissing: no S6")
    r = json.loads(basic("RebuildT3", doc))
    expect(r.get("rebuilt", {}).get("table") == "T3", "RebuildT3: %s" % r.get("error"))
    blank = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (hidden,))
    basic("InsertReportTemplate", blank, "report")
    r = json.loads(python("check_json", blank))
    expect(r["format_version"] == "2021" and all(s["found"] for s in r["sections"]),
           "InsertReportTemplate: %s" % r.get("format_version"))
    blank.close(True)
    print("ok: examples/basic editing functions")

    pdoc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(python_doc_path), "_blank", 0, (hidden,))
    r = json.loads(python("apply_fixes", pdoc))
    expect("error" not in r and not hard_errors(r), "apply_fixes: %s" % r.get("error"))
    r = json.loads(python("insert_missing_sections", pdoc))
    expect(next(s for s in r["sections"] if s["id"] == "S6")["found"], "insert_missing_sections: no S6")
    r = json.loads(python("rebuild_table", pdoc, "T3"))
    expect(r.get("rebuilt", {}).get("table") == "T3", "rebuild_table: %s" % r.get("error"))
    python("insert_template", pdoc, "T4")
    r = json.loads(python("check_json", pdoc))
    expect("error" not in r, "insert_template: %s" % r.get("error"))
    expect(pdoc.getTextTables().getCount() == 4, "insert_template T4: %d tables" % pdoc.getTextTables().getCount())
    pdoc.close(True)
    print("ok: examples/python editing functions")


def main(oxt, rdb, examples, seed):
    types = "file://%s/types/offapi.rdb file://%s" % (PROGRAM, rdb)
    os.environ["URE_MORE_TYPES"] = types  # before the local UNO bootstraps
    import uno
    from com.sun.star.beans import PropertyValue

    with Office(oxt, "nianbao-examples") as office:
        scripts = os.path.join(office.profile, "user", "Scripts", "python")
        os.makedirs(scripts, exist_ok=True)
        shutil.copy(os.path.join(examples, "python", "nianbao_macro.py"), scripts)
        [doc_path] = copy_inputs(os.path.join(office.dir, "in"), [(seed, "example.docx")])
        pipe = "nianbao_examples_%d" % os.getpid()
        office.start(listening_args(pipe), "soffice.log")
        try:
            # 1. External client (waits for the office by retrying).
            client = [sys.executable, os.path.join(examples, "python", "check_file.py"), pipe, doc_path]
            ctx = uno_connect(pipe)
            run = subprocess.run(client, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
            expect(run.returncode == 0, "check_file.py: %s %s" % (run.stdout[-500:], run.stderr[-500:]))
            check_seed_json(run.stdout, "examples/python/check_file.py")

            desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            hidden = PropertyValue()
            hidden.Name, hidden.Value = "Hidden", True
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(doc_path), "_blank", 0, (hidden,))
            provider = doc.getScriptProvider()

            # 2. Python macro from the user profile.
            script = provider.getScript("vnd.sun.star.script:nianbao_macro.py$check_json?language=Python&location=user")
            check_seed_json(script.invoke((doc,), (), ())[0], "examples/python/nianbao_macro.py check_json")
            script = provider.getScript("vnd.sun.star.script:nianbao_macro.py$error_summary?language=Python&location=user")
            summary = script.invoke((doc,), (), ())[0]
            expect(summary.count("\n") == 4 and "H2" in summary, "error_summary: %r" % summary)

            # 3. Basic module, inserted into the document's Standard library.
            with open(os.path.join(examples, "basic", "NianbaoCheck.bas"), encoding="utf-8") as f:
                source = f.read()
            doc.BasicLibraries.loadLibrary("Standard")
            doc.BasicLibraries.getByName("Standard").insertByName("NianbaoCheck", source)
            script = provider.getScript(
                "vnd.sun.star.script:Standard.NianbaoCheck.CheckJson?language=Basic&location=document")
            check_seed_json(script.invoke((), (), ())[0], "examples/basic CheckJson")
            script = provider.getScript(
                "vnd.sun.star.script:Standard.NianbaoCheck.ExportFindings?language=Basic&location=document")
            url = script.invoke((), (), ())[0]
            expect(url == uno.systemPathToFileUrl(doc_path[:-len("docx")] + "json"), "ExportFindings: %r" % url)
            with open(doc_path[:-len("docx")] + "json", encoding="utf-8") as f:
                check_seed_json(f.read(), "examples/basic ExportFindings (storeToURL with the filter)")
            edit_examples(desktop, provider, doc, hidden, copy_inputs(os.path.join(office.dir, "in"),
                                                                      [(seed, "python-edits.docx")])[0])
            doc.close(True)
            try:
                desktop.terminate()
            except Exception:
                pass  # the bridge goes away with the office
        except Exception as e:
            print("FAIL:", e)
            print("soffice log:\n" + office.log("soffice.log"))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
