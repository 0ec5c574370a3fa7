"""Build a blind set's JSON from its source: `python build_heldout.py heldout5` reads
heldout5_source.py and writes heldout5.json (heldout4 onwards share this format; the earlier
sets keep their own build scripts, their markers differ).

Markers in the source text: {{r:...}} registered private person, {{p:...}} unregistered
private person, {{u:...}} public name (figure, place, organisation, company, ship).
Each passage's "eol" is "lf", "crlf" (every newline becomes CRLF) or "mixed" (the first
half of the newlines become CRLF). Stdlib only.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MARKER = re.compile(r"\{\{([rpu]):(.*?)\}\}", re.DOTALL)
ROLES = {"witness", "supervisor", "coworker", "relative", "official", "other"}
LANGS = {"en", "ko", "mixed"}
SET_NAME = re.compile(r"^heldout(\d+)$")


def load_source(name: str) -> list[dict[str, Any]]:
    spec = importlib.util.spec_from_file_location(f"{name}_source", HERE / f"{name}_source.py")
    if spec is None or spec.loader is None:
        raise SystemExit("cannot load source")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.PASSAGES)


def apply_eol(text: str, eol: str) -> str:
    if eol == "lf":
        return text
    if eol == "crlf":
        return text.replace("\n", "\r\n")
    if eol == "mixed":
        parts = text.split("\n")
        half = (len(parts) - 1) // 2 or 1
        out = parts[0]
        for i, part in enumerate(parts[1:]):
            out += ("\r\n" if i < half else "\n") + part
        return out
    raise SystemExit(f"bad eol {eol!r}")


def parse(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    out: list[str] = []
    private: list[dict[str, Any]] = []
    public: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in MARKER.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
        length += len(plain)
        kind, body = m.group(1), m.group(2)
        start, end = length, length + len(body)
        out.append(body)
        length = end
        if kind == "u":
            public.append({"start": start, "end": end, "text": body})
        else:
            private.append({"start": start, "end": end, "text": body, "registered": kind == "r"})
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), private, public


def need(condition: object, message: str) -> None:
    if not condition:
        raise ValueError(message)


def check(entry: dict[str, Any], id_re: re.Pattern[str]) -> None:
    pid = entry["id"]
    text = entry["text"]
    need(id_re.match(pid), f"bad id {pid!r}")
    need(entry["language"] in LANGS, f"bad language in {pid}")
    need(pid.split("-")[1] == entry["language"], f"id and language disagree in {pid}")
    need("{{" not in text, f"marker left in {pid}")
    need("}}" not in text, f"marker left in {pid}")
    spans = []
    for m in entry["private_mentions"] + entry["public_mentions"]:
        need(text[m["start"] : m["end"]] == m["text"], f"offsets wrong in {pid}: {m}")
        need(m["text"], f"empty mention in {pid}")
        need(m["text"].strip() == m["text"], f"mention with outer spaces in {pid}: {m}")
        spans.append((m["start"], m["end"]))
    spans.sort()
    for (_, e1), (s2, _) in itertools.pairwise(spans):
        need(e1 <= s2, f"overlap in {pid}")
    for p in entry["persons"]:
        need(p["role"] in ROLES, f"bad role in {pid}: {p}")
        need(p["name"], f"person without name in {pid}")
        need(p["hangul"], f"person without hangul in {pid}")
    if any(m["registered"] for m in entry["private_mentions"]):
        need(entry["persons"], f"registered mention without person in {pid}")
    if entry["persons"]:
        need(
            any(m["registered"] for m in entry["private_mentions"]),
            f"registered persons but no registered mention in {pid}",
        )


def build(name: str) -> list[dict[str, Any]]:
    number = SET_NAME.match(name)
    need(number, f"a set is named heldoutN, not {name!r}")
    id_re = re.compile(rf"^h{number[1]}-(en|ko|mixed)-\d{{2}}$")
    entries: list[dict[str, Any]] = []
    seen: set[str] = set()
    for src in load_source(name):
        text, private, public = parse(apply_eol(src["text"], src.get("eol", "lf")))
        persons = []
        for name, hangul, role, aliases in src["persons"]:
            person: dict[str, Any] = {"name": name, "hangul": hangul, "role": role}
            if aliases:
                person["aliases"] = list(aliases)
            persons.append(person)
        entry = {
            "id": src["id"],
            "language": src["language"],
            "text": text,
            "persons": persons,
            "private_mentions": private,
            "public_mentions": public,
            "note": src["note"],
        }
        check(entry, id_re)
        need(entry["id"] not in seen, f"duplicate id {entry['id']}")
        seen.add(entry["id"])
        entries.append(entry)
    return entries


def main() -> int:
    if len(sys.argv) != 2:
        raise SystemExit("usage: build_heldout.py heldoutN")
    name = sys.argv[1]
    entries = build(name)
    (HERE / f"{name}.json").write_text(
        json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    langs = {lang: sum(e["language"] == lang for e in entries) for lang in sorted(LANGS)}
    priv = [m for e in entries for m in e["private_mentions"]]
    reg = sum(m["registered"] for m in priv)
    pub = sum(len(e["public_mentions"]) for e in entries)
    crlf = sum("\r\n" in e["text"] for e in entries)
    print(f"passages: {len(entries)} {langs}")
    print(f"private mentions: {len(priv)} (registered {reg}, unregistered {len(priv) - reg})")
    print(f"public mentions: {pub}")
    print(f"passages with CRLF: {crlf}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
