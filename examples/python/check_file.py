#!/usr/bin/python3
"""nianbao from a Python process outside LibreOffice (docs/macros.md).
Start the office:   soffice --headless --accept="pipe,name=nianbao;urp;"
Then:  URE_MORE_TYPES="file:///usr/lib/libreoffice/program/types/offapi.rdb file:///PATH/nianbao.rdb" \\
       /usr/bin/python3 check_file.py nianbao /path/report.docx
Our interface type must be known on this side of the bridge too: without
nianbao.rdb in URE_MORE_TYPES the bridge is disposed on the first call."""
import json
import os
import sys

import uno


def main(pipe, path):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
    checker = ctx.ServiceManager.createInstanceWithContext("org.nianbao.ReportChecker", ctx)
    result = json.loads(checker.checkURL(uno.systemPathToFileUrl(os.path.abspath(path))))
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0 if "error" not in result else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
