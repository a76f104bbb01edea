"""Inputs for the batch-command tests: the seed in its four formats, and one
file for each kind of bad input a reviewer meets. The ones only an office can
make (a password-protected .odt, an image-only .docx, a .docx of hundreds of
tables) are made through UNO in a throwaway soffice."""
import os
import random
import shutil
import struct
import zlib

from lo_harness import Office, listening_args, prop, uno_connect

SEED = "miyun-commerce-2023"
FORMATS = ["docx", "doc", "odt", "html"]


def _png(path, width=64, height=48):
    """A small grey PNG (no imaging library needed)."""
    raw = b"".join(b"\x00" + bytes([128, 128, 128]) * width for _ in range(height))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _connect(office):
    pipe = "nianbao_fixtures_%d" % os.getpid()
    office.start(listening_args(pipe) + ["--nologo"], "fixtures.log")
    ctx = uno_connect(pipe)
    return ctx, ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)


def _props(**kw):
    return tuple(prop(k, v) for k, v in kw.items())


def _url(path):
    import uno
    return uno.systemPathToFileUrl(os.path.abspath(path))


def make_office_fixtures(oxt, seed_odt, dest):
    """locked.odt (password), scan.docx (one image, no text), tables.docx
    (400 small tables) into dest."""
    with Office(oxt, "nianbao-fixtures") as office:
        ctx, desktop = _connect(office)
        # A private copy: loading writes a lock file beside the document, and
        # another test loading the same sample then gets nothing.
        seed = os.path.join(office.dir, "seed.odt")
        shutil.copy(seed_odt, seed)
        doc = desktop.loadComponentFromURL(_url(seed), "_blank", 0, _props(Hidden=True))
        doc.storeToURL(_url(os.path.join(dest, "locked.odt")), _props(FilterName="writer8", Password="secret"))
        doc.close(True)

        png = os.path.join(office.dir, "scan.png")
        _png(png)
        doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, _props(Hidden=True))
        provider = ctx.ServiceManager.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", ctx)
        graphic = provider.queryGraphic(_props(URL=_url(png)))
        shape = doc.createInstance("com.sun.star.text.TextGraphicObject")
        shape.Graphic = graphic
        text = doc.getText()
        text.insertTextContent(text.getEnd(), shape, False)
        doc.storeToURL(_url(os.path.join(dest, "scan.docx")), _props(FilterName="MS Word 2007 XML"))
        doc.close(True)

        html = os.path.join(office.dir, "tables.html")
        with open(html, "w", encoding="utf-8") as f:
            f.write("<html><body>")
            for t in range(400):
                f.write("<p>表%d</p><table border=1>" % (t + 1))
                for r in range(4):
                    f.write("<tr>" + "".join("<td>%d</td>" % (t * 10 + r * 3 + c) for c in range(3)) + "</tr>")
                f.write("</table>")
            f.write("</body></html>")
        doc = desktop.loadComponentFromURL(_url(html), "_blank", 0,
                                           _props(Hidden=True, FilterName="HTML (StarWriter)"))
        doc.storeToURL(_url(os.path.join(dest, "tables.docx")), _props(FilterName="MS Word 2007 XML"))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass


def make_mixed_folder(oxt, samples, dest):
    """The folder of the integration test; returns {relative path: what it is}."""
    kinds = {}
    os.makedirs(os.path.join(dest, "samples"))
    for e in FORMATS:
        rel = "samples/%s.%s" % (SEED, e)
        shutil.copy(os.path.join(samples, "%s.%s" % (SEED, e)), os.path.join(dest, rel))
        kinds[rel] = "seed"
    for sub in ("a", "b"):  # the same name in two folders
        os.makedirs(os.path.join(dest, sub))
        shutil.copy(os.path.join(samples, SEED + ".docx"), os.path.join(dest, sub, "报告.docx"))
        kinds[sub + "/报告.docx"] = "seed"
    bad = os.path.join(dest, "bad")
    os.makedirs(bad)
    with open(os.path.join(samples, SEED + ".docx"), "rb") as f:
        data = f.read()
    with open(os.path.join(bad, "truncated.docx"), "wb") as f:
        f.write(data[: len(data) // 3])
    kinds["bad/truncated.docx"] = "truncated"
    with open(os.path.join(bad, "random.doc"), "wb") as f:
        f.write(bytes(random.Random(11).getrandbits(8) for _ in range(6000)))
    kinds["bad/random.doc"] = "random"
    open(os.path.join(bad, "empty.docx"), "wb").close()
    kinds["bad/empty.docx"] = "empty"
    with open(os.path.join(bad, "notice.html"), "w", encoding="utf-8") as f:
        # A page fragment, no <html>: still read by Writer's HTML filter.
        f.write("<p>会议通知</p><p>请各科室于周五下午三点到会议室开会。</p>")
    kinds["bad/notice.html"] = "not-a-report"
    with open(os.path.join(samples, SEED + ".html"), encoding="utf-8") as f:
        html = f.read()
    big = "123456789012345678901234567890"
    html = html.replace("共收到依申请政府信息公开1件", "共收到依申请政府信息公开%s件" % big, 1)
    html = html.replace("<td> 2<", "<td> 99999999999999999999999<", 1)
    with open(os.path.join(bad, "bignum.html"), "w", encoding="utf-8") as f:
        f.write(html)
    kinds["bad/bignum.html"] = "bignum"
    make_office_fixtures(oxt, os.path.join(samples, SEED + ".odt"), bad)
    kinds["bad/locked.odt"] = "password"
    kinds["bad/scan.docx"] = "image-only"
    kinds["bad/tables.docx"] = "tables"
    for root, dirs, files in os.walk(dest):
        for n in files:
            os.chmod(os.path.join(root, n), 0o644)
    return kinds
