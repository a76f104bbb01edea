#!/usr/bin/env python3
"""Prints nianbao findings JSON files (nianbao-findings/1) as a readable summary."""
import json
import sys

STATUS_ZH = {"none-needed": "无需更正", "unique": "唯一更正方案", "tied": "多个同等方案",
             "impossible": "无法更正"}


def summarize(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    name = doc.get("document", path)
    if "error" in doc:
        print(f"{name}: 无法检查 / cannot check: {doc['error']}")
        return 2
    version = doc.get("format_version")
    if version is None:
        print(f"{name}: 不是政府信息公开工作年度报告 / not an annual report")
        return 0
    findings = doc.get("findings", [])
    errors = [f for f in findings if f.get("severity") == "error"]
    warnings = [f for f in findings if f.get("severity") == "warning"]
    verdict = doc.get("verdict", "")
    print(f"{name}: 格式 {version} 版 — {len(errors)} 个错误, {len(warnings)} 个提示 (verdict: {verdict})")
    tables = ", ".join(f"{t['id']}{'' if t.get('found') else '(未找到)'}" for t in doc.get("tables", []))
    print(f"  表格: {tables}")
    for f in findings:
        if f.get("severity") in ("error", "warning"):
            mark = "✗" if f["severity"] == "error" else "!"
            print(f"  {mark} [{f['rule']}] {f['message']}")
    corr = doc.get("correction") or {}
    status = corr.get("status")
    if status:
        print(f"  更正 / correction: {STATUS_ZH.get(status, status)} ({status})")
        for c in corr.get("changes", []):
            print(f"    {c['cell']}: “{c['from']}” → {c['to']}  {c.get('why', '')}")
        alts = corr.get("alternatives", [])
        if alts:
            print(f"    另有 {len(alts)} 个同等方案 / {len(alts)} tied alternative(s)")
    return 1 if errors else 0


def main(paths):
    worst = 0
    for p in paths:
        worst = max(worst, summarize(p))
    return worst


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
