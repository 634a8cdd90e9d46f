#!/usr/bin/env python3
"""Convert the 2024 cross-border e-commerce performance target forms to JSON.

Reads the text transcription of the thirteen 附件2 forms (path as the first
argument; default ../shared/seed/2024-cross-border-ecommerce-targets.txt
relative to the repository root), prints the fund and its sheets as JSON on
stdout, and prints consistency checks on stderr. Exits non-zero when the input
cannot be parsed or a check fails.

Usage: python3 scripts/seed_to_json.py [SEED_FILE] > examples/2024-cross-border-ecommerce.json
"""

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEED = REPO_ROOT / "../shared/seed/2024-cross-border-ecommerce-targets.txt"

FORM_MARKER = "附件2"
DESCRIPTION_SUFFIX = "湖南省各市州"

REGIONS = [
    ("长沙市", "430100"),
    ("株洲市", "430200"),
    ("湘潭市", "430300"),
    ("衡阳市", "430400"),
    ("邵阳市", "430500"),
    ("岳阳市", "430600"),
    ("常德市", "430700"),
    ("张家界市", "430800"),
    ("益阳市", "430900"),
    ("郴州市", "431000"),
    ("永州市", "431100"),
    ("怀化市", "431200"),
    ("娄底市", "431300"),
    ("湘西土家族苗族自治州", "433100"),
    ("湘西州", "433100"),
]

EXPECTED = {
    "sheets": 13,
    "indicators": 145,
    "provincial_sum": Decimal("2000"),
    "matching_sum": Decimal("335"),
    "matching_blank": 7,
    "matching_zero": 1,
}

AMOUNT_RE = re.compile(r"^(\d+(?:\.\d+)?)(?:\s*[（(]([^（）()]*)[）)])?$")
DEPARTMENT_SEP_RE = re.compile(r"[、，,]")
YEAR_RE = re.compile(r"^(\d{4})年")


class SeedError(Exception):
    pass


def split_forms(text):
    """Split the file into forms, each a list of (line number, line) after its 附件2 line."""
    forms = []
    current = None
    for number, line in enumerate(re.split(r"\r?\n", text), start=1):
        if not line.startswith("\t") and line.strip() == FORM_MARKER:
            current = []
            forms.append(current)
        elif current is None:
            if line.strip():
                raise SeedError(f"line {number}: text before the first {FORM_MARKER}: {line!r}")
        else:
            current.append((number, line))
    return forms


def parse_table(lines):
    """Return (preamble lines, rows); a row is a list of cell texts.

    A line starting with a tab opens a cell; a non-blank line without a tab
    continues the previous cell (the line break is dropped); a blank line ends
    the row. Non-blank lines before the first cell are the form's heading.
    """
    preamble = []
    rows = []
    row = None
    for number, line in lines:
        if line.startswith("\t"):
            content = line[1:]
            if "\t" in content:
                raise SeedError(f"line {number}: more than one tab: {line!r}")
            if row is None:
                row = []
                rows.append(row)
            row.append([content])
        elif not line.strip():
            row = None
        elif not rows:
            preamble.append(line.strip())
        elif row is None:
            raise SeedError(f"line {number}: continuation line outside a cell: {line!r}")
        else:
            row[-1].append(line)
    return preamble, [["".join(parts).strip() for parts in cells] for cells in rows]


def expect_row(rows, index, length, what):
    if index >= len(rows):
        raise SeedError(f"missing row {index + 1} ({what})")
    row = rows[index]
    if len(row) != length:
        raise SeedError(f"row {index + 1} ({what}): expected {length} cells, got {row}")
    return row


def parse_amount(text, what):
    """Return (amount, note); amount is None for a blank cell."""
    if text == "":
        return None, None
    match = AMOUNT_RE.match(text)
    if not match:
        raise SeedError(f"{what}: not an amount: {text!r}")
    note = match.group(2)
    if note is not None:
        note = note.strip()
        if not note:
            raise SeedError(f"{what}: empty remark in {text!r}")
    return match.group(1), note


def split_departments(text):
    departments = [d.strip() for d in DEPARTMENT_SEP_RE.split(text)]
    if not text or any(not d for d in departments):
        raise SeedError(f"bad department list: {text!r}")
    return departments


def region_code(departments):
    codes = set()
    for department in departments:
        found = {code for name, code in REGIONS if department.startswith(name)}
        if len(found) != 1:
            raise SeedError(f"cannot determine the region of department {department!r}")
        codes |= found
    if len(codes) != 1:
        raise SeedError(f"departments belong to different regions: {departments}")
    return codes.pop()


def parse_indicators(rows, form_no):
    indicators = []
    level1 = level2 = ""
    for offset, row in enumerate(rows):
        where = f"form {form_no}, indicator row {offset + 1}"
        if len(row) != 5 or row[0] != "":
            raise SeedError(f"{where}: expected ['', 一级, 二级, 三级, 指标值], got {row}")
        _, l1, l2, name, target = row
        if l1:
            level1 = l1
            if not l2:
                raise SeedError(f"{where}: new 一级 {l1!r} without a 二级 label")
        if l2:
            level2 = l2
        indicators.append({"level1": level1, "level2": level2, "name": name, "target": target})
    return indicators


def parse_form(lines, form_no):
    preamble, rows = parse_table(lines)
    if len(preamble) != 1:
        raise SeedError(f"form {form_no}: expected one heading line, got {preamble}")
    title = preamble[0]

    label, fund_name = expect_row(rows, 0, 2, "专项名称")
    if label != "专项名称" or not fund_name:
        raise SeedError(f"form {form_no}: bad 专项名称 row {rows[0]}")

    label, departments_text = expect_row(rows, 1, 2, "主管部门名称")
    if label != "主管部门名称":
        raise SeedError(f"form {form_no}: bad 主管部门名称 row {rows[1]}")
    departments = split_departments(departments_text)

    label, sub, provincial_text = expect_row(rows, 2, 3, "省级资金")
    if not label.startswith("年度金额") or sub != "省级资金":
        raise SeedError(f"form {form_no}: bad 省级资金 row {rows[2]}")
    provincial, provincial_note = parse_amount(provincial_text, f"form {form_no} 省级资金")
    if provincial is None or provincial_note is not None:
        raise SeedError(f"form {form_no}: 省级资金 must be a plain amount: {provincial_text!r}")

    label, sub, matching_text = expect_row(rows, 3, 3, "市、区拟配套资金")
    if label != "" or sub != "市、区拟配套资金":
        raise SeedError(f"form {form_no}: bad 市、区拟配套资金 row {rows[3]}")
    matching, matching_note = parse_amount(matching_text, f"form {form_no} 市、区拟配套资金")

    label, overall_goal = expect_row(rows, 4, 2, "年度总体目标")
    if label != "年度总体目标" or not overall_goal:
        raise SeedError(f"form {form_no}: bad 年度总体目标 row {rows[4]}")

    header = expect_row(rows, 5, 5, "绩效指标")
    if header != ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]:
        raise SeedError(f"form {form_no}: bad indicator header {header}")

    sheet = {
        "region_code": region_code(departments),
        "departments": departments,
        "provincial_funds": provincial,
        "matching_funds": matching,
        "matching_funds_note": matching_note,
        "overall_goal": overall_goal,
        "indicators": parse_indicators(rows[6:], form_no),
    }
    return title, fund_name, sheet


# The fund's template (SPEC §1.5): the indicators that at least TEMPLATE_MIN_SHEETS of the
# sheets share, in the order they first appear, with these floors.
TEMPLATE_MIN_SHEETS = 12
TEMPLATE_FLOORS = {
    "资金使用合规性": "=100%",
    "年度跨境电商重点工作完成率": "≥90%",
    "预算资金执行率": "≥90%",
    "资金拨付及时性": "≥90%",
    "服务跨境电商企业满意度": "≥90%",
}


def template_of(sheets):
    counts, order = {}, []
    for sheet in sheets:
        keys = {(i["level1"], i["level2"], i["name"]) for i in sheet["indicators"]}
        for i in sheet["indicators"]:
            key = (i["level1"], i["level2"], i["name"])
            if key not in counts:
                counts[key] = 0
                order.append(key)
        for key in keys:
            counts[key] += 1
    entries = [
        {"level1": l1, "level2": l2, "name": name, "floor": TEMPLATE_FLOORS.get(name)}
        for (l1, l2, name) in order
        if counts[(l1, l2, name)] >= TEMPLATE_MIN_SHEETS
    ]
    return {"strict": False, "indicators": entries}


def build(text):
    forms = split_forms(text)
    titles, names, sheets = set(), set(), []
    for form_no, lines in enumerate(forms, start=1):
        title, fund_name, sheet = parse_form(lines, form_no)
        titles.add(title)
        names.add(fund_name)
        sheets.append(sheet)
    if len(names) != 1:
        raise SeedError(f"the forms name different funds: {sorted(names)}")
    if len(titles) != 1:
        raise SeedError(f"the forms have different headings: {sorted(titles)}")
    fund_name, title = names.pop(), titles.pop()
    year = YEAR_RE.match(fund_name)
    if not year:
        raise SeedError(f"no year in fund name {fund_name!r}")
    provincial_sum = sum((Decimal(s["provincial_funds"]) for s in sheets), Decimal(0))
    fund = {
        "name": fund_name,
        "year": int(year.group(1)),
        "total_provincial_funds": str(provincial_sum),
        "description": f"{title}（{FORM_MARKER}），{DESCRIPTION_SUFFIX}",
        "template": template_of(sheets),
    }
    return {"fund": fund, "sheets": sheets}


def run_checks(doc):
    sheets = doc["sheets"]
    indicators = [i for s in sheets for i in s["indicators"]]
    matching = [s["matching_funds"] for s in sheets]
    provincial_sum = sum((Decimal(s["provincial_funds"]) for s in sheets), Decimal(0))
    matching_sum = sum((Decimal(m) for m in matching if m is not None), Decimal(0))
    incomplete = [
        i for i in indicators
        if not all(i[k] for k in ("level1", "level2", "name", "target"))
    ]
    codes = [s["region_code"] for s in sheets]
    checks = [
        ("sheets", len(sheets), EXPECTED["sheets"]),
        ("indicators", len(indicators), EXPECTED["indicators"]),
        ("provincial funds sum", provincial_sum, EXPECTED["provincial_sum"]),
        ("stated matching funds sum", matching_sum, EXPECTED["matching_sum"]),
        ("blank matching funds", matching.count(None), EXPECTED["matching_blank"]),
        ('matching funds "0"', matching.count("0"), EXPECTED["matching_zero"]),
        ("incomplete indicators", len(incomplete), 0),
        ("duplicate region codes", len(codes) - len(set(codes)), 0),
        ("fund total equals provincial sum",
         Decimal(doc["fund"]["total_provincial_funds"]), provincial_sum),
    ]
    ok = True
    for label, actual, expected in checks:
        passed = actual == expected
        ok &= passed
        status = "ok" if passed else "FAIL"
        print(f"{status:4} {label}: {actual} (expected {expected})", file=sys.stderr)
    return ok


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_SEED
    try:
        doc = build(path.read_text(encoding="utf-8"))
    except SeedError as err:
        print(f"error: {path}: {err}", file=sys.stderr)
        return 2
    if not run_checks(doc):
        print("error: checks failed; no output written", file=sys.stderr)
        return 1
    sys.stdout.reconfigure(encoding="utf-8")
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
