#!/usr/bin/env python3
"""Turn a report saved as HTML into a nianbao document dump (grid_dump.hpp).

A stand-in for the UNO document reader, so the core can be tested without
LibreOffice: paragraphs and headings in document order, tables as grids with
rowspan/colspan honoured. Tables are named 表格1, 表格2, ... in document order
and a cell's address is the A1-style name of its top-left grid slot
(e.g. "表格2.D4"). <br> becomes a line break; source line breaks are dropped.

usage: html_to_grid.py REPORT.html [OUT.json] [--name NAME]
"""
import argparse
import json
import os
import sys
from html.parser import HTMLParser

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def column_name(col):
    name = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        name = chr(ord("A") + rem) + name
    return name


class Grid:
    def __init__(self):
        self.rows = []  # rows of [rowspan, colspan, text]
        self.cell = None

    def to_block(self, name):
        occupied = set()
        cells = []
        ncols = 0
        for r, row in enumerate(self.rows):
            c = 0
            for rowspan, colspan, text in row:
                while (r, c) in occupied:
                    c += 1
                for dr in range(rowspan):
                    for dc in range(colspan):
                        occupied.add((r + dr, c + dc))
                cells.append([r, c, rowspan, colspan, text, f"{name}.{column_name(c)}{r + 1}"])
                c += colspan
                ncols = max(ncols, c)
        nrows = max([r + 1 for r, _ in occupied] + [len(self.rows)])
        ncols = max([c + 1 for _, c in occupied] + [ncols])
        return {"table": name, "rows": nrows, "cols": ncols, "cells": cells}


class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.tables = 0
        self.grid = None
        self.para = None  # [text, level]

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.grid = Grid()
        elif self.grid is not None:
            if tag == "tr":
                self.grid.rows.append([])
            elif tag in ("td", "th"):
                span = lambda k: max(1, int(a.get(k) or 1))
                self.grid.cell = [span("rowspan"), span("colspan"), ""]
                if not self.grid.rows:
                    self.grid.rows.append([])
                self.grid.rows[-1].append(self.grid.cell)
            elif tag == "br" and self.grid.cell is not None:
                self.grid.cell[2] += "\n"
            elif tag == "p" and self.grid.cell is not None and self.grid.cell[2]:
                self.grid.cell[2] += "\n"  # a second paragraph inside a cell
        elif tag == "p" or tag in HEADINGS:
            self.para = ["", HEADINGS.get(tag, 0)]
        elif tag == "br" and self.para is not None:
            self.para[0] += "\n"

    def handle_endtag(self, tag):
        if tag == "table" and self.grid is not None:
            self.tables += 1
            self.blocks.append(self.grid.to_block(f"表格{self.tables}"))
            self.grid = None
        elif self.grid is not None:
            if tag in ("td", "th"):
                self.grid.cell = None
        elif (tag == "p" or tag in HEADINGS) and self.para is not None:
            self.blocks.append({"p": self.para[0], "level": self.para[1]})
            self.para = None

    def handle_data(self, data):
        data = data.replace("\r", "").replace("\n", "")
        if self.grid is not None:
            if self.grid.cell is not None:
                self.grid.cell[2] += data
        elif self.para is not None:
            self.para[0] += data


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("html")
    ap.add_argument("out", nargs="?")
    ap.add_argument("--name", help="document name (default: the HTML file name)")
    args = ap.parse_args()
    with open(args.html, encoding="utf-8") as f:
        reader = Reader()
        reader.feed(f.read())
        reader.close()
    doc = {"name": args.name or os.path.basename(args.html), "blocks": reader.blocks}
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
