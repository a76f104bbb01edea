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


g_exportedScripts = (check_json, error_summary)
