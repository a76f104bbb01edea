# nianbao from a Python macro inside LibreOffice (docs/macros.md). Copy to
# ~/.config/libreoffice/4/user/Scripts/python/ and run from Tools > Macros.
import json


def _checker():
    ctx = XSCRIPTCONTEXT.getComponentContext()  # noqa: F821 (provided by the office)
    return ctx.ServiceManager.createInstanceWithContext("org.nianbao.ReportChecker", ctx)


def _document(args):
    # A caller may pass the document; Tools > Macros passes nothing (the
    # current document) and a button passes its event object.
    if args and hasattr(args[0], "supportsService") and args[0].supportsService("com.sun.star.text.TextDocument"):
        return args[0]
    return XSCRIPTCONTEXT.getDocument()  # noqa: F821 (provided by the office)


def check_json(*args):
    """The findings JSON of the document (the current one by default)."""
    return _checker().checkDocument(_document(args))


def error_summary(*args):
    """One line per error-level finding, e.g. "H1 T3 np: 自然人列：…"."""
    result = json.loads(check_json(*args))
    if "error" in result:
        return "cannot check: " + result["error"]
    return "\n".join("%s %s %s: %s" % (f["rule"], f.get("table", ""), f.get("column", ""), f["message"])
                     for f in result["findings"] if f["severity"] == "error")


# The editing methods: one undo step each, tracked changes with comments;
# they return the findings JSON after the edit.

def apply_fixes(*args):
    """Writes the whole proposed correction; apply_fixes(doc, "T3.r_total.np") only that cell."""
    cells = tuple(a for a in args[1:] if isinstance(a, str))
    return _checker().applyFixes(_document(args), cells, 0)


def insert_template(*args):
    """The blank 2021 report at the cursor; insert_template(doc, "T3") one part of it."""
    part = next((a for a in args[1:] if isinstance(a, str)), "report")
    _checker().insertTemplate(_document(args), part)
    return ""


def insert_missing_sections(*args):
    """Every section the check finds missing, each in its place."""
    return _checker().insertMissingSections(_document(args))


def rebuild_table(*args):
    """Redraws a table (T3 by default) as the 2021 format has it, values carried over."""
    table = next((a for a in args[1:] if isinstance(a, str)), "T3")
    return _checker().rebuildTable(_document(args), table)


g_exportedScripts = (check_json, error_summary, apply_fixes, insert_template, insert_missing_sections,
                     rebuild_table)
