"""Build heldout2.json from heldout2_source.py.

Markers in the source text (U+27E6 / U+27E7 brackets):
    ⟦r:NAME⟧  private mention of a registered person
    ⟦u:NAME⟧  private mention of an unregistered person
    ⟦p:NAME⟧  public mention (public figure, place, organisation, ship...)
The NAME may contain invisible characters; they are kept in the text and
counted in the offsets.  Offsets are Python str indices (code points).
Line endings: each passage has "eol": "lf" (text kept as written), "crlf"
(every "\n" becomes "\r\n") or "mixed" (text kept as written; the source
spells some "\r\n" explicitly).
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout2_source import PASSAGES  # noqa: E402

MARK = re.compile(r"⟦([rup]):(.*?)⟧", re.DOTALL)
ROLES = {"witness", "supervisor", "coworker", "relative", "official", "other"}
LANGS = {"en", "ko", "mixed"}


def convert_eol(text: str, eol: str) -> str:
    if eol == "crlf":
        return text.replace("\r\n", "\n").replace("\n", "\r\n")
    if eol in ("lf", "mixed"):
        return text
    raise ValueError(f"unknown eol {eol!r}")


def parse(raw: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    out: list[str] = []
    private: list[dict[str, Any]] = []
    public: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(raw):
        chunk = raw[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        kind, name = m.group(1), m.group(2)
        start, end = length, length + len(name)
        out.append(name)
        length = end
        if kind == "p":
            public.append({"start": start, "end": end, "text": name})
        else:
            private.append({"start": start, "end": end, "text": name, "registered": kind == "r"})
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), private, public


def build() -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = []
    for p in PASSAGES:
        raw = convert_eol(p["text"], p.get("eol", "lf"))
        text, private, public = parse(raw)
        result.append(
            {
                "id": p["id"],
                "language": p["language"],
                "text": text,
                "persons": p["persons"],
                "private_mentions": private,
                "public_mentions": public,
                "note": p["note"],
            }
        )
    return result


def need(cond: object, msg: str) -> None:
    if not cond:
        raise ValueError(msg)


def check(items: list[dict[str, Any]]) -> Counter[str]:
    stats: Counter[str] = Counter()
    ids: set[str] = set()
    for it in items:
        pid = it["id"]
        need(pid not in ids, f"duplicate id {pid}")
        ids.add(pid)
        need(it["language"] in LANGS, pid)
        need(pid.startswith(f"h2-{it['language']}-"), pid)
        text = it["text"]
        need("⟦" not in text, f"{pid}: marker left")
        need("⟧" not in text, f"{pid}: marker left")
        spans = []
        for m in it["private_mentions"] + it["public_mentions"]:
            need(text[m["start"] : m["end"]] == m["text"], f"{pid}: {m}")
            need(m["text"], f"{pid}: empty {m}")
            need(m["text"].strip() == m["text"], f"{pid}: {m}")
            spans.append((m["start"], m["end"]))
        spans.sort()
        for (_, e1), (s2, _) in itertools.pairwise(spans):
            need(e1 <= s2, f"{pid}: overlapping mentions")
        for person in it["persons"]:
            need(person["role"] in ROLES, f"{pid}: {person}")
            need(person["name"], f"{pid}: {person}")
            need(person["hangul"], f"{pid}: {person}")
        has_reg = any(m["registered"] for m in it["private_mentions"])
        need(has_reg == bool(it["persons"]), f"{pid}: persons vs registered")
        stats["passages"] += 1
        stats[f"lang_{it['language']}"] += 1
        stats["private"] += len(it["private_mentions"])
        stats["private_registered"] += sum(m["registered"] for m in it["private_mentions"])
        stats["public"] += len(it["public_mentions"])
        stats["persons"] += len(it["persons"])
        if "\r\n" in text:
            stats["with_crlf"] += 1
            if re.search(r"(?<!\r)\n", text):
                stats["mixed_lf_crlf"] += 1
        if re.search(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]", text):
            stats["with_invisible"] += 1
        if re.search(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f]", text):
            stats["with_bidi"] += 1
        if re.search(r"[\uff21-\uff5a]", text):
            stats["with_fullwidth"] += 1
        if any(ord(c) > 0xFFFF for c in text):
            stats["with_astral"] += 1
        if text.count("\n") >= 2:
            stats["multi_paragraph"] += 1
    return stats


def main() -> None:
    items = build()
    stats = check(items)
    out = HERE / "heldout2.json"
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for key in sorted(stats):
        print(f"{key}: {stats[key]}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
