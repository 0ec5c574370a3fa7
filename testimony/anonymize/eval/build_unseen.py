"""Build unseen.json (held-out anonymizer evaluation set) from unseen_source.py.

Marker syntax inside the source texts (markers are removed, offsets are computed on the
resulting text, as Python str indices, i.e. Unicode code points):

    [[P:Pak Chol-min]]          private mention of a REGISTERED person
    [[U:Zhang Wei]]             private mention of an unregistered person
    {{Kim Jong-un}}             public mention (figure, place, organisation, ship): keep
    <<So>>                      decoy: ordinary word that looks like a name; NOT a mention,
                                only counted by the self-check
    [[P:Pak|bare,engword]]      optional category tags after "|" (self-check statistics only)

Special characters are written as escapes in the source (\\r\\n, \\uff30, \\u200b ...).

Usage: python3 testimony/anonymize/eval/build_unseen.py
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "unseen_source.py"
OUTPUT = HERE / "unseen.json"

MARKER = re.compile(
    r"\[\[(?P<kind>[PU]):(?P<priv>[^\]|]+)(?:\|(?P<ptags>[^\]]+))?\]\]"
    r"|\{\{(?P<pub>[^}|]+)(?:\|(?P<qtags>[^}]+))?\}\}"
    r"|<<(?P<decoy>[^>]+)>>"
)
ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad"}
BIDI = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
ROLES = {"witness", "supervisor", "coworker", "relative", "official", "other"}
LANGUAGES = {"en", "ko", "mixed"}


def load_source(path: Path) -> list[dict[str, Any]]:
    spec = importlib.util.spec_from_file_location("unseen_source", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.PASSAGES)


def parse(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    """Strip markers; return text, private mentions (with tags), public mentions, decoys."""
    out: list[str] = []
    length = 0
    pos = 0
    private: list[dict[str, Any]] = []
    public: list[dict[str, Any]] = []
    decoys: list[str] = []
    for match in MARKER.finditer(marked):
        plain = marked[pos : match.start()]
        out.append(plain)
        length += len(plain)
        pos = match.end()
        if match.group("kind"):
            name = match.group("priv")
            tags = (match.group("ptags") or "").split(",")
            private.append(
                {
                    "start": length,
                    "end": length + len(name),
                    "text": name,
                    "registered": match.group("kind") == "P",
                    "_tags": [t.strip() for t in tags if t.strip()],
                }
            )
        elif match.group("pub"):
            name = match.group("pub")
            tags = (match.group("qtags") or "").split(",")
            public.append(
                {
                    "start": length,
                    "end": length + len(name),
                    "text": name,
                    "_tags": [t.strip() for t in tags if t.strip()],
                }
            )
        else:
            name = match.group("decoy")
            decoys.append(name)
        out.append(name)
        length += len(name)
    out.append(marked[pos:])
    return "".join(out), private, public, decoys


def has_hangul(s: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e" for ch in s)


def has_fullwidth(s: str) -> bool:
    return any("\uff01" <= ch <= "\uff5e" for ch in s)


def has_zero_width(s: str) -> bool:
    return any(ch in ZERO_WIDTH for ch in s)


def check(entry: dict[str, Any], errors: list[str]) -> None:
    pid = entry["id"]
    text = entry["text"]
    if entry["language"] not in LANGUAGES:
        errors.append(f"{pid}: bad language")
    for person in entry["persons"]:
        if person["role"] not in ROLES:
            errors.append(f"{pid}: bad role {person['role']}")
    if any(m in text for m in ("[[", "]]", "{{", "}}", "<<", ">>")):
        errors.append(f"{pid}: leftover marker in text")
    spans = []
    for mention in entry["private_mentions"] + entry["public_mentions"]:
        if text[mention["start"] : mention["end"]] != mention["text"]:
            errors.append(f"{pid}: offset mismatch for {mention['text']!r}")
        if mention["text"] != mention["text"].strip():
            errors.append(f"{pid}: mention with outer whitespace {mention['text']!r}")
        spans.append((mention["start"], mention["end"], mention["text"]))
    spans.sort()
    for (_s1, e1, t1), (s2, _e2, t2) in pairwise(spans):
        if s2 < e1:
            errors.append(f"{pid}: overlapping mentions {t1!r} / {t2!r}")
    if any(m["registered"] for m in entry["private_mentions"]) and not entry["persons"]:
        errors.append(f"{pid}: registered mention but no persons")


def main() -> int:
    source = load_source(SOURCE)
    entries: list[dict[str, Any]] = []
    errors: list[str] = []
    stats: Counter[str] = Counter()
    tag_counts: Counter[str] = Counter()
    seen_ids: set[str] = set()
    for item in source:
        text, private, public, decoys = parse(item["text"])
        if item["id"] in seen_ids:
            errors.append(f"{item['id']}: duplicate id")
        seen_ids.add(item["id"])
        for mention in private:
            kind = "registered" if mention["registered"] else "unregistered"
            tags = set(mention.pop("_tags"))
            script = "hangul" if has_hangul(mention["text"]) else "latin/other"
            stats[f"private {kind}"] += 1
            stats[f"private in {script}"] += 1
            if has_fullwidth(mention["text"]):
                tags.add("fullwidth")
            if has_zero_width(mention["text"]) or any(
                ch in ZERO_WIDTH for ch in text[max(0, mention["start"] - 1) : mention["end"] + 1]
            ):
                tags.add("zero-width/soft-hyphen in or next to name")
            before = text[max(0, mention["start"] - 3) : mention["start"]]
            if any(ord(ch) > 0xFFFF for ch in before):
                tags.add("astral char before name")
            if mention["start"] == 0 or not text[: mention["start"]].strip():
                tags.add("name at very start")
            if not text[mention["end"] :].strip(" .\r\n"):
                tags.add("name at very end")
            for tag in tags:
                tag_counts[f"private: {tag}"] += 1
        for mention in public:
            for tag in mention.pop("_tags"):
                tag_counts[f"public: {tag}"] += 1
        stats["public"] += len(public)
        stats["decoys (look-alike words, not mentions)"] += len(decoys)
        entry = {
            "id": item["id"],
            "language": item["language"],
            "note": item["note"],
            "text": text,
            "persons": item["persons"],
            "private_mentions": private,
            "public_mentions": public,
        }
        check(entry, errors)
        stats[f"passages {item['language']}"] += 1
        if "\r\n" in text:
            stats["passages with CRLF"] += 1
            if re.search(r"(?<!\r)\n", text):
                stats["passages with mixed LF and CRLF"] += 1
        if has_fullwidth(text):
            stats["passages with fullwidth"] += 1
        if has_zero_width(text):
            stats["passages with zero-width/soft hyphen"] += 1
        if any(ch in BIDI for ch in text):
            stats["passages with bidi control"] += 1
        if any(ord(ch) > 0xFFFF for ch in text):
            stats["passages with astral chars"] += 1
        if text.count("\n") >= 2:
            stats["passages with 3+ paragraphs/lines"] += 1
        if not unicodedata.is_normalized("NFC", text):
            stats["passages not NFC"] += 1
        entries.append(entry)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    OUTPUT.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(entries)} passages)")
    for key in sorted(stats):
        print(f"  {key}: {stats[key]}")
    print("categories:")
    for key in sorted(tag_counts):
        print(f"  {key}: {tag_counts[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
