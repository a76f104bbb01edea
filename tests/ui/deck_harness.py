"""Writer with nianbao.oxt under Xvfb, the deck NianbaoDeck open on a copy of
a document, and the panel read the way a screen reader reads it: through the
accessibility tree of the frame's container window. Run by /usr/bin/python3
(`import uno`) inside `xvfb-run -a`; soffice is always ended (lo_harness)."""
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from lo_harness import Office, copy_inputs, uno_connect, use_our_types  # noqa: E402

# Our IDL types, for calling org.nianbao.ReportChecker from this process:
# made known before the local UNO bootstraps.
if os.environ.get("NIANBAO_RDB"):
    use_our_types(os.environ["NIANBAO_RDB"])
import uno  # noqa: E402
from com.sun.star.beans import PropertyValue  # noqa: E402


def role(name):
    return uno.getConstantByName("com.sun.star.accessibility.AccessibleRole." + name)


DOCUMENT_TEXT = role("DOCUMENT_TEXT")
PUSH_BUTTON = role("PUSH_BUTTON")
LABEL = role("LABEL")
TEXT = role("TEXT")
COMBO_BOX = role("COMBO_BOX")
TREE = role("TREE")
TREE_ITEM = role("TREE_ITEM")
ENABLED = uno.getConstantByName("com.sun.star.accessibility.AccessibleStateType.ENABLED")


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def expect(cond, message):
    if not cond:
        raise AssertionError(message)


# LibreOffice gives the buttons of a dialog-like window mnemonics, shown
# in CJK UIs after the label ("定位(B)"): the words are what the tests look for.
MNEMONIC = re.compile(r"\([A-Z]\)$")


class Node:
    def __init__(self, context, parent=None, index=-1):
        self.context = context
        self.name = MNEMONIC.sub("", context.getAccessibleName())
        self.role = context.getAccessibleRole()
        self.parent = parent  # the parent's context, and our index among its children
        self.index = index

    def __repr__(self):
        return "%d:%s" % (self.role, self.name)


def walk(context, skip_document=True, depth=0):
    """Every accessible node under context (the document's text skipped)."""
    out = []
    try:
        n = context.getAccessibleChildCount()
    except Exception:
        return out
    for i in range(n):
        try:  # the tree changes under us while the panel refreshes
            child = context.getAccessibleChild(i)
            ctx = child.getAccessibleContext() if child else None
            node = Node(ctx, context, i) if ctx is not None else None
        except Exception:
            continue
        if node is None:
            continue
        if skip_document and node.role == DOCUMENT_TEXT:
            continue
        out.append(node)
        if depth < 40:
            out.extend(walk(ctx, skip_document, depth + 1))
    return out


class Deck:
    """A running Writer showing `document` with the deck open."""

    def __init__(self, oxt, document, name="nianbao-ui", locale=None, env=None):
        self.office = Office(oxt, name)
        self.office.extra_env["SAL_USE_VCLPLUGIN"] = "gen"
        self.office.extra_env.update(env or {})
        self.locale = locale
        if locale:
            self._set_locale(locale)
        [self.path] = copy_inputs(os.path.join(self.office.dir, "in"), [(document, os.path.basename(document))])
        self.pipe = "nianbao_ui_%d" % os.getpid()
        self.office.start(["--norestore", "--nologo", "--nodefault",
                           "--accept=pipe,name=%s;urp;" % self.pipe], "soffice.log")
        self.ctx = self._connect()
        smgr = self.ctx.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        # A PDF into Writer through the PDF import (by default it would open in Draw).
        args = (prop("FilterName", "writer_pdf_import"),) if self.path.lower().endswith(".pdf") else ()
        self.doc = self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(self.path), "_blank", 0, args)
        expect(self.doc is not None, "Writer did not open " + self.path)
        self.frame = self.doc.getCurrentController().getFrame()
        self.frame.getContainerWindow().setPosSize(0, 0, 1400, 1000, 15)
        self.dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", self.ctx)
        self.panel = None

    def _set_locale(self, locale):
        # The UI language chosen in Tools ▸ Options (needs its language pack);
        # LibreOffice derives ooLocale, which the panel reads, from it.
        user = os.path.join(self.office.profile, "user")
        os.makedirs(user, exist_ok=True)
        with open(os.path.join(user, "registrymodifications.xcu"), "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                    'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                    '<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" '
                    'oor:op="fuse"><value>%s</value></prop></item>\n'
                    '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse">'
                    '<value>%s</value></prop></item>\n</oor:items>\n' % (locale, locale))

    def _connect(self):
        return uno_connect(self.pipe, timeout=120)

    def dispatch(self, command):
        self.dispatcher.executeDispatch(self.frame, command, "", 0, ())

    def findings(self):
        """The findings of the document now, from the service (needs NIANBAO_RDB)."""
        checker = self.ctx.ServiceManager.createInstanceWithContext("org.nianbao.ReportChecker", self.ctx)
        r = json.loads(checker.checkDocument(self.doc))
        expect("error" not in r, "checkDocument: %r" % r.get("error"))
        return r

    def open_deck(self, timeout=30, command=".uno:SidebarDeck.NianbaoDeck"):
        """Opens NianbaoDeck; returns the panel's accessible root (our container window)."""
        self.dispatch(command)
        end = time.time() + timeout
        retried = False
        while time.time() < end:
            if not retried and time.time() > end - timeout / 2:
                # As a click on the deck's tab would: a view that starts with its
                # sidebar hidden or collapsed (LibreOffice 7.0 always does, and
                # ignores .uno:SidebarDeck for an extension's deck) shows it.
                retried = True
                self.show_deck_through_sidebar()
            root = self.frame.getContainerWindow().getAccessibleContext()
            for node in walk(root):
                if node.role == PUSH_BUTTON and node.name in ("Check again", "重新检查"):
                    try:  # a refresh may just have replaced the button
                        self.panel = node.context.getAccessibleParent().getAccessibleContext()
                        return self.panel
                    except Exception:
                        break
            time.sleep(0.5)
        raise AssertionError("the deck's panel did not appear")

    def show_deck_through_sidebar(self):
        sidebar = self.doc.getCurrentController().getSidebar()
        sidebar.setVisible(True)
        sidebar.showDecks(True)
        sidebar.getDecks().getByName("NianbaoDeck").activate(True)

    def nodes(self):
        return walk(self.panel)

    def texts(self):
        return [n.name for n in self.nodes()]

    def first_line(self):
        """The summary line alone (the panel's first control): cheap to poll."""
        try:
            return self.panel.getAccessibleChild(0).getAccessibleContext().getAccessibleName()
        except Exception:  # being replaced
            return None

    def button(self, name):
        for n in self.nodes():
            if n.role == PUSH_BUTTON and n.name == name:
                return n
        raise AssertionError("no button %r in %r" % (name, self.texts()))

    def press(self, name):
        node = self.button(name)
        node.context.doAccessibleAction(0)

    def rows(self):
        """The findings tree's rows (every branch expanded or not)."""
        return [n for n in self.nodes() if n.role == TREE_ITEM]

    def row(self, start, part=""):
        for n in self.rows():
            if n.name.startswith(start) and part in n.name:
                return n
        raise AssertionError("no row %r…%r in %r" % (start, part, [n.name for n in self.rows()]))

    def select_row(self, start, part=""):
        """Selects a row as a screen reader does (the parent's XAccessibleSelection)."""
        node = self.row(start, part)
        node.parent.selectAccessibleChild(node.index)
        return node

    def press_for_row(self, start, part, button, timeout=5):
        """Selects the row, waits for its button `button` to be enabled, presses it."""
        self.select_row(start, part)
        end = time.time() + timeout
        while time.time() < end:
            node = self.button(button)
            if node.context.getAccessibleStateSet().contains(ENABLED):
                node.context.doAccessibleAction(0)
                return
            time.sleep(0.1)
        raise AssertionError("%r stayed disabled for the row %r…%r" % (button, start, part))

    def wait_texts(self, predicate, timeout, what):
        end = time.time() + timeout
        last = None
        while time.time() < end:
            last = self.texts()
            if predicate(last):
                return last
            time.sleep(0.1)
        raise AssertionError("timed out waiting for %s; panel: %r" % (what, last))

    def top_window(self, title, timeout):
        """The accessible context of the office's top window named title (a dialog)."""
        toolkit = self.ctx.ServiceManager.createInstanceWithContext("com.sun.star.awt.Toolkit", self.ctx)
        end = time.time() + timeout
        while time.time() < end:
            for i in range(toolkit.getTopWindowCount()):
                try:
                    ctx = toolkit.getTopWindow(i).getAccessibleContext()
                    if ctx.getAccessibleName() == title:
                        return ctx
                except Exception:
                    pass
            time.sleep(0.3)
        raise AssertionError("no window titled %r" % title)

    def answer_file_dialog(self, title, path, timeout=60):
        """LibreOffice's own file dialog (gen plugin), answered through its
        accessibility tree: the file name set in its text field (typing races
        the field's completion), then Open."""
        dialog = self.top_window(title, timeout)
        nodes = walk(dialog)
        fields = [n for n in nodes if n.role == TEXT and n.name.startswith("File name")]
        expect(fields, "no file name field in the file dialog: %r" % nodes)
        fields[0].context.setText(path)
        next(n for n in nodes if n.role == PUSH_BUTTON and n.name == "Open").context.doAccessibleAction(0)

    def screenshot(self, path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        subprocess.run(["import", "-window", "root", path], check=True, timeout=60)

    def close(self, failed=False):
        try:
            if self.doc is not None:
                self.doc.setModified(False)
                self.doc.close(True)
        except Exception:
            pass
        self.office.__exit__(AssertionError if failed else None, None, None)
