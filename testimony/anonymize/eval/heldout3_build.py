"""Build heldout3.json from heldout3_source.py.

Markers in the source text:
  [[P|...]]  private mention of a registered person
  [[U|...]]  private mention of an unregistered person
  [[G|...]]  public mention (public figure, place, organisation, ship, company)
Each passage has an "eol" field: "lf" (as written), "crlf" (every newline
becomes CRLF) or "mixed" (every second newline becomes CRLF).
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "heldout3_source.py"
OUTPUT = HERE / "heldout3.json"

MARKER = re.compile(r"\[\[([PUG])\|(.*?)\]\]", re.DOTALL)
ROLES = {"witness", "supervisor", "coworker", "relative", "official", "other"}
LANGS = {"en", "ko", "mixed"}
ID_RE = re.compile(r"^h3-(en|ko|mixed)-\d{2}$")


def load_source() -> list[dict[str, Any]]:
    spec = importlib.util.spec_from_file_location("heldout3_source", SOURCE)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {SOURCE}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    passages = module.PASSAGES
    require(isinstance(passages, list), "PASSAGES must be a list")
    return passages


def require(condition: bool, message: object) -> None:
    if not condition:
        raise ValueError(f"self-check failed: {message}")


def apply_eol(text: str, eol: str) -> str:
    if eol == "lf":
        return text
    if eol == "crlf":
        return text.replace("\n", "\r\n")
    if eol == "mixed":
        parts = text.split("\n")
        out = [parts[0]]
        for i, part in enumerate(parts[1:]):
            out.append(("\r\n" if i % 2 == 0 else "\n") + part)
        return "".join(out)
    raise ValueError(f"bad eol {eol!r}")


def parse(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    text_parts: list[str] = []
    private: list[dict[str, Any]] = []
    public: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        text_parts.append(before)
        length += len(before)
        kind, inner = m.group(1), m.group(2)
        start, end = length, length + len(inner)
        text_parts.append(inner)
        length = end
        if kind == "G":
            public.append({"start": start, "end": end, "text": inner})
        else:
            private.append({"start": start, "end": end, "text": inner, "registered": kind == "P"})
        pos = m.end()
    text_parts.append(marked[pos:])
    return "".join(text_parts), private, public


def check(entry: dict[str, Any], seen: set[str]) -> None:
    pid = entry["id"]
    require(bool(ID_RE.match(pid)), pid)
    require(pid not in seen, f"duplicate id {pid}")
    seen.add(pid)
    require(entry["language"] in LANGS, pid)
    require(pid.split("-")[1] == entry["language"], pid)
    text = entry["text"]
    for bad in ("[[", "]]", "[[P|", "[[U|", "[[G|"):
        require(bad not in text, f"{pid}: marker left: {bad}")
    spans: list[tuple[int, int]] = []
    for mention in entry["private_mentions"] + entry["public_mentions"]:
        s, e = mention["start"], mention["end"]
        require(0 <= s < e <= len(text), (pid, mention))
        require(text[s:e] == mention["text"], (pid, mention))
        require(mention["text"] == mention["text"].strip(), (pid, mention))
        spans.append((s, e))
    spans.sort()
    for (s1, e1), (s2, e2) in itertools.pairwise(spans):
        require(e1 <= s2, f"{pid}: overlap {(s1, e1)} {(s2, e2)}")
    for person in entry["persons"]:
        require(person["role"] in ROLES, (pid, person))
        require(bool(person["name"] and person["hangul"]), (pid, person))
        if "aliases" in person:
            require(isinstance(person["aliases"], list), (pid, person))
    has_registered = any(m["registered"] for m in entry["private_mentions"])
    require(
        not has_registered or bool(entry["persons"]), f"{pid}: registered mention without persons"
    )


def build() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for src in load_source():
        marked = apply_eol(src["text"], src.get("eol", "lf"))
        text, private, public = parse(marked)
        persons = []
        for p in src["persons"]:
            person: dict[str, Any] = {"name": p[0], "hangul": p[1], "role": p[2]}
            if len(p) > 3 and p[3]:
                person["aliases"] = list(p[3])
            persons.append(person)
        entry = {
            "id": src["id"],
            "language": src["id"].split("-")[1],
            "text": text,
            "persons": persons,
            "private_mentions": private,
            "public_mentions": public,
            "note": src.get("note", ""),
        }
        check(entry, seen)
        out.append(entry)
    return out


def main() -> None:
    entries = build()
    OUTPUT.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    by_lang: dict[str, int] = {}
    for e in entries:
        by_lang[e["language"]] = by_lang.get(e["language"], 0) + 1
    priv = sum(len(e["private_mentions"]) for e in entries)
    reg = sum(m["registered"] for e in entries for m in e["private_mentions"])
    pub = sum(len(e["public_mentions"]) for e in entries)
    crlf = sum("\r\n" in e["text"] for e in entries)
    print(f"passages: {len(entries)} {by_lang}")
    print(f"private mentions: {priv} (registered {reg}, unregistered {priv - reg})")
    print(f"public mentions: {pub}")
    print(f"passages with CRLF: {crlf}")
    para = re.compile(r"(?:\r?\n){2,}")
    multi = sum(len(para.split(e["text"])) >= 3 for e in entries)
    print(f"passages with 3+ paragraphs: {multi}")


if __name__ == "__main__":
    main()
