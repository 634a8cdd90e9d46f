#!/usr/bin/env python3
"""Checks that the layers of src/ only point down (README "Layers").

Reads every `crate::…` path in the code of each module (comments and string literals left out)
and every use of actix, and fails, naming file and line, when a module reaches a layer it may not:

    domain    → domain
    exchange  → domain, exchange
    db        → domain, db
    json      → domain, json, error
    error     → domain, db, exchange, json, error   (the service-level error type)
    config    → domain, db, config
    service   → domain, db, exchange, json, error, config, service   (never http, never actix)
    http      → domain, service, json, error, config, http, telemetry (never db)
    cli, startup, telemetry, lib.rs, main.rs: anything (the top: the commands, and the server
    built from its parts)

`python3 scripts/check_layers.py` exits 0 when every import points down; `--self-test` shows
that a `use crate::http` in service is caught.
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "src"

ALLOWED = {
    "domain": {"domain"},
    "exchange": {"domain", "exchange"},
    "db": {"domain", "db"},
    "json": {"domain", "json", "error"},
    "error": {"domain", "db", "exchange", "json", "error"},
    "config": {"domain", "db", "config"},
    "service": {"domain", "db", "exchange", "json", "error", "config", "service"},
    "http": {"domain", "service", "json", "error", "config", "http", "telemetry"},
}

# Layers below HTTP may not name the web framework.
NO_ACTIX = {"domain", "exchange", "db", "json", "error", "config", "service"}

CRATE_PATH = re.compile(r"\bcrate::([a-z_]+)")
# `use crate::{a, b::c}` names several top-level modules at once.
CRATE_GROUP = re.compile(r"\bcrate::\{([^}]*)\}", re.S)
ACTIX = re.compile(r"\bactix(_web|_http|_cors|_service|_rt)?::")


def layer_of(path: pathlib.Path) -> str:
    rel = path.relative_to(ROOT)
    first = rel.parts[0]
    return first[:-3] if first.endswith(".rs") else first


def strip_comments_and_strings(text: str) -> str:
    """Blanks out comments and string literals, keeping line numbers."""
    out = []
    i, n = 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif text.startswith('r#"', i) or text.startswith('r"', i):
            hashes = 1 if text.startswith('r#"', i) else 0
            end = '"' + "#" * hashes
            j = text.find(end, i + 2 + hashes)
            j = n if j < 0 else j + len(end)
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif text[i] == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif text[i] == "'" and i + 2 < n and (text[i + 2] == "'" or text[i + 1] == "\\"):
            # A char literal such as '"' or '\n' (lifetimes have no closing quote).
            j = text.find("'", i + 2)
            j = n if j < 0 else j + 1
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def test_section_start(code: str) -> int:
    """Offset of a trailing `#[cfg(test)] mod tests`, whose imports are not the module's."""
    m = re.search(r"#\[cfg\(test\)\]\s*mod\s+tests\b", code)
    return m.start() if m else len(code)


def violations(path: pathlib.Path, text: str):
    layer = layer_of(path)
    allowed = ALLOWED.get(layer)
    if allowed is None:
        return
    code = strip_comments_and_strings(text)
    code = code[: test_section_start(code)]
    for lineno, line in enumerate(code.splitlines(), 1):
        if layer in NO_ACTIX and ACTIX.search(line):
            yield lineno, f"{layer} names actix"
    names = []
    for m in CRATE_GROUP.finditer(code):
        line = code.count("\n", 0, m.start()) + 1
        for part in m.group(1).split(","):
            part = part.strip()
            if part:
                names.append((line, re.split(r"[:\s]", part)[0]))
    for m in CRATE_PATH.finditer(code):
        names.append((code.count("\n", 0, m.start()) + 1, m.group(1)))
    for line, target in names:
        if target not in allowed:
            yield line, f"{layer} imports crate::{target}"


def check(root: pathlib.Path = ROOT, extra: dict | None = None) -> list:
    found = []
    for path in sorted(root.rglob("*.rs")):
        text = (extra or {}).get(path) or path.read_text(encoding="utf-8")
        for line, what in violations(path, text):
            found.append(f"{path.relative_to(root.parent)}:{line}: {what}")
    return found


def main() -> int:
    if "--self-test" in sys.argv:
        service = ROOT / "service" / "mod.rs"
        bad = "use crate::http::problem::ApiError;\n" + service.read_text(encoding="utf-8")
        found = [f for f in check(extra={service: bad}) if "service imports crate::http" in f]
        print("\n".join(found) or "a `use crate::http` in service was NOT caught")
        return 0 if found else 1
    found = check()
    for f in found:
        print(f)
    if found:
        print(f"{len(found)} import(s) point up or sideways; see scripts/check_layers.py", file=sys.stderr)
        return 1
    print("layers: every import points down")
    return 0


if __name__ == "__main__":
    sys.exit(main())
