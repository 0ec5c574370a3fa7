"""A reviewer's redaction decisions carried from one version of a testimony to the next.

Decisions are keyed by where their span is ("<field>:<start>:<end>", review.py), and every
save makes a new version with a redaction review of its own. Without carrying, an edit (a
typo fixed, a person registered halfway through the review) would throw away every
rejection, redaction and kept word the reviewer had decided. Carried, they follow their words:

- the narratives and the indicators' passages are compared paragraph by paragraph (lines,
  the texts being LF-only); a decision inside a paragraph that is unchanged moves with it,
  whatever was inserted or removed before it;
- a reviewer's own redaction inside a paragraph that changed is looked for, as selected, in
  what replaced that paragraph and carried there if found: redacting is the protective
  choice, so it is kept wherever it can be placed;
- a rejection or a word kept as written is carried only from an unchanged paragraph, and never
  when it is a word of a name that this save registered (a reviewer who rejected "Song" as a
  song and then registered Song Il-ho has not decided that this "Song" is no person);
- anything not carried is simply not decided: the finders propose again, the approval gate
  lists it again, and the page says how many decisions have to be made again.

Nothing approved is carried: approval belongs to one version, and the new one waits for its
own.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from testimony.anonymize import names
from testimony.anonymize.review import same_word_key
from testimony.anonymize.review_texts import texts_by_field
from testimony.models import Anonymization, Person, Testimony

_KEY_LISTS = ("rejected", "kept", "generalised")
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@dataclass(frozen=True)
class _Block:
    """A run of paragraphs: where it was, where it is now, and whether it is unchanged."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int
    equal: bool


def _line_starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def _blocks(old: str, new: str) -> list[_Block]:
    if old == new:
        return [_Block(0, len(old), 0, len(new), True)]
    a = old.splitlines(keepends=True)
    b = new.splitlines(keepends=True)
    at, bt = _line_starts(a), _line_starts(b)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return [
        _Block(at[i1], at[i2], bt[j1], bt[j2], tag == "equal")
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def _moved(blocks: list[_Block], start: int, end: int) -> tuple[int, int] | None:
    """Where the stretch start..end of an unchanged paragraph is now; None if it changed."""
    for block in blocks:
        if block.equal and block.old_start <= start and end <= block.old_end:
            shift = block.new_start - block.old_start
            return start + shift, end + shift
    return None


def _found_again(
    blocks: list[_Block], old: str, new: str, start: int, end: int, taken: set[tuple[int, int]]
) -> tuple[int, int] | None:
    """A redacted stretch of a changed paragraph, looked for as written in what replaced it."""
    selected = old[start:end]
    for block in blocks:
        if block.equal or not (block.old_start <= start < block.old_end):
            continue
        position = new.find(selected, block.new_start, block.new_end)
        while position != -1:
            if (position, position + len(selected)) not in taken:
                return position, position + len(selected)
            position = new.find(selected, position + 1, block.new_end)
    return None


def name_words(registered_names: set[str]) -> set[str]:
    """The words a rejection must not be carried over: each name as written, its words, and a
    Hangul name's surname and given name, folded as the review compares listed words."""
    words: set[str] = set()
    for name in registered_names:
        words.add(same_word_key(name))
        for word in _WORD_RE.findall(name):
            words.add(same_word_key(word))
            if names.contains_hangul(word):
                surname, given = names.split_hangul_name(word)
                words.update(same_word_key(part) for part in (surname, given) if part)
    words.discard("")
    return words


def _touches_a_name(text: str, words: set[str]) -> bool:
    if not words:
        return False
    return same_word_key(text) in words or any(
        same_word_key(word) in words for word in _WORD_RE.findall(text)
    )


def carried_decisions(
    decisions: dict,
    old_texts: dict[str, str],
    new_texts: dict[str, str],
    *,
    new_name_words: set[str] = frozenset(),  # type: ignore[assignment]
) -> tuple[dict, int, int]:
    """The decisions made on `old_texts`, placed on `new_texts`: (decisions, carried, dropped)."""
    fields = sorted(set(old_texts) | set(new_texts))
    blocks = {name: _blocks(old_texts.get(name, ""), new_texts.get(name, "")) for name in fields}
    carried: dict = {"rejected": [], "manual": [], "kept": [], "generalised": []}
    moved = dropped = 0
    for key_list in _KEY_LISTS:
        for key in decisions.get(key_list, []):
            name, start, end = _parse_key(key)
            old = old_texts.get(name, "")
            place = _moved(blocks[name], start, end) if name in blocks else None
            if (
                place is not None
                and key_list != "generalised"
                and _touches_a_name(old[start:end], new_name_words)
            ):
                place = None
            if place is None:
                dropped += 1
                continue
            carried[key_list].append(f"{name}:{place[0]}:{place[1]}")
            moved += 1
    taken: dict[str, set[tuple[int, int]]] = {name: set() for name in fields}
    for entry in decisions.get("manual", []):
        name, start, end = entry.get("field"), entry.get("start"), entry.get("end")
        if name not in blocks or not isinstance(start, int) or not isinstance(end, int):
            dropped += 1
            continue
        old, new = old_texts.get(name, ""), new_texts.get(name, "")
        place = _moved(blocks[name], start, end) or _found_again(
            blocks[name], old, new, start, end, taken[name]
        )
        if place is None:
            dropped += 1
            continue
        taken[name].add(place)
        carried["manual"].append({**entry, "start": place[0], "end": place[1]})
        moved += 1
    return carried, moved, dropped


def _parse_key(key: str) -> tuple[str, int, int]:
    name, _sep, rest = key.partition(":")
    start, _sep, end = rest.partition(":")
    try:
        return name, int(start), int(end)
    except ValueError:
        return "", 0, 0


def narrative_texts(testimony: Testimony) -> dict[str, str]:
    """The texts of the redaction review as stored now, by field: the narratives and the
    indicators' passages (review_texts.py)."""
    return texts_by_field(testimony)


def registered_names(testimony: Testimony) -> set[str]:
    """Every name registered for the testimony's persons, as stored now."""
    # Read afresh, not through a relation a form may have prefetched before the save.
    persons = Person.objects.filter(testimony=testimony)
    return {name for person in persons for name in person.all_names()}


def decisions_carry(
    *,
    testimony: Testimony,
    from_revision: int,
    old_texts: dict[str, str],
    old_names: set[str],
) -> None:
    """Give the testimony's current version the decisions of `from_revision`, carried (call it
    in the transaction that saved the new version, after its narrative and persons)."""
    previous = Anonymization.objects.filter(
        testimony=testimony, version_number=from_revision
    ).first()
    if previous is None or not previous.decisions:
        return
    decisions = json.loads(previous.decisions)
    new_names = registered_names(testimony) - old_names
    carried, moved, dropped = carried_decisions(
        decisions,
        old_texts,
        narrative_texts(testimony),
        new_name_words=name_words(new_names),
    )
    if not moved and not dropped:
        return
    carried["carried"] = {"from": from_revision, "carried": moved, "dropped": dropped}
    Anonymization.objects.get_or_create(
        testimony=testimony,
        version_number=testimony.revision,
        defaults={"decisions": json.dumps(carried)},
    )
