"""Candidate resolution: a registered candidate made into a span (with its pseudonym or
"[name withheld]"), parts of a name already named in full, ranges kept on purpose, and the
mapping of spans from the folded text back onto the original."""

import dataclasses
import re
from typing import TYPE_CHECKING

from testimony.anonymize.folding import FoldedText
from testimony.anonymize.names import name_forms
from testimony.anonymize.redact.candidates import (
    PRIORITY_FULL,
    PRIORITY_KEEP,
    PRIORITY_OTHER_SURNAME,
    Candidate,
)
from testimony.anonymize.redact.patterns import PARTS_ALONE
from testimony.anonymize.redact.vocabulary import AMBIGUOUS_REPLACEMENT
from testimony.anonymize.spans import Span

if TYPE_CHECKING:
    from testimony.anonymize.redact.matcher import NameMatcher


UNDOTTED_REASON = "initials in capitals, with the full name"
PERSON_BEFORE_INITIALS_RE = re.compile(
    r"\b(?:[Ww]itness|[Ii]nterviewee|[Ii]nformant|[Ss]urvivor|[Vv]ictim|[Aa]pplicant|"
    r"[Rr]espondent|[Dd]efector|[Ww]orker|[Ss]ubject|[Cc]laimant)[ \t]+$"
)
# Between a surname (with its title) and the full name in apposition right after it: "한 반장,
# 한명길", "Kim (Kim Chol-min)".
APPOSITION_GAP_RE = re.compile(
    r"[ \u00a0]?(?:[가-힣]{1,5}[ \u00a0]?)?[,(（:=][ \u00a0]?=?[ \u00a0]?"
)


# Where an e-mail reply quotes the messages before it: what stands above was written after
# them, so a person named in full in a quoted message counts as named before the reply's
# "Yu confirmed the figures".
QUOTED_MESSAGE_RE = re.compile(
    r"(?m)^(?:>|-{2,}[ \t]*(?:Original Message|Forwarded message)|On .{4,120} wrote:[ \t]*$)"
)
_LATIN_RUN_BEFORE_RE = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,8}$")
_HANGUL_RUN_BEFORE_RE = re.compile(r"(?<![가-힣])[가-힣]{1,2}$")


def surnames_in_other_script(
    matcher: "NameMatcher", text: str, chosen: list[Candidate]
) -> list[Candidate]:
    """ "Ha광철", "박Yong-nam": a registered given name typed right after the person's surname in
    the other script (the keyboard switched halfway). The surname joins the span, and a
    candidate for the surname alone inside it goes: a leftover "Ha" or "박" would say whose
    name was redacted."""
    widened: list[Candidate] = []
    for candidate in chosen:
        widened.append(_with_surname_before(matcher, text, candidate))
    grown = [c for c, old in zip(widened, chosen, strict=True) if c is not old]
    if not grown:
        return chosen
    return [
        candidate
        for candidate in widened
        if not any(
            other is not candidate and other.start <= candidate.start and candidate.end <= other.end
            for other in grown
        )
    ]


def _with_surname_before(matcher: "NameMatcher", text: str, candidate: Candidate) -> Candidate:
    if candidate.priority == PRIORITY_KEEP or candidate.start == 0:
        return candidate
    first = text[candidate.start]
    if "가" <= first <= "힣":
        before = _LATIN_RUN_BEFORE_RE.search(text, max(0, candidate.start - 8), candidate.start)
    elif first.isascii() and first.isalpha():
        before = _HANGUL_RUN_BEFORE_RE.search(text, max(0, candidate.start - 2), candidate.start)
    else:
        return candidate
    if before is None:
        return candidate
    word = before.group()
    for eid in candidate.entries:
        person = matcher._entries[eid].person
        if person is None:
            continue
        forms = name_forms(person)
        if word.lower() in forms.surnames or word in forms.hangul_surnames:
            return dataclasses.replace(candidate, start=before.start())
    return candidate


def keep_unless_named(candidates: list[Candidate], start: int, end: int, reason: str) -> None:
    """A range kept on purpose (a vessel, a place), unless a registered name is in it."""
    if not any(
        candidate.priority != PRIORITY_KEEP and candidate.start < end and start < candidate.end
        for candidate in candidates
    ):
        candidates.append(Candidate(start, end, PRIORITY_KEEP, frozenset(), reason))


def after_full_name(
    matcher: "NameMatcher", text: str, candidates: list[Candidate], pending: list[Candidate]
) -> list[Candidate]:
    """The pending parts of a name whose person was named in full earlier in the text."""
    named_at: dict[int, set[int]] = {eid: {at} for eid, at in matcher._named_at.items()}
    if matcher.named_before:
        for eid, entry in enumerate(matcher._entries):
            if entry.person is not None:
                named_at.setdefault(eid, set()).add(-1)
    for candidate in candidates:
        if candidate.priority != PRIORITY_FULL or "initials" in candidate.reason:
            continue
        for eid in candidate.entries:
            if matcher._entries[eid].person is not None:
                named_at.setdefault(eid, set()).add(candidate.start)
    quoted_at = [match.start() for match in QUOTED_MESSAGE_RE.finditer(text)]
    accepted = []
    for candidate in pending:
        # Named before, or in brackets right after: "HOS (Han Ok-sun)", or in a message the
        # reply quotes below it.
        eids = frozenset(
            eid
            for eid in candidate.entries
            if eid in named_at
            and (
                min(named_at[eid]) < candidate.start
                or (
                    # Not a label: "To:" heads the e-mail, it speaks no line of a chat.
                    "label" not in candidate.reason
                    and any(candidate.start < quoted <= max(named_at[eid]) for quoted in quoted_at)
                )
                # "witness KJN" in a heading, "Kim Jong-nam" in the body: three initials
                # in capitals after a word for the person are that person's wherever the
                # full name stands ("HSC notes" before it is a file's name).
                or (
                    candidate.reason == UNDOTTED_REASON
                    and PERSON_BEFORE_INITIALS_RE.search(
                        text, max(0, candidate.start - 16), candidate.start
                    )
                    is not None
                )
                or (
                    candidate.end + 2 in named_at[eid]
                    and text[candidate.end : candidate.end + 2] == " ("
                )
                or any(
                    candidate.end < at <= candidate.end + 12
                    and APPOSITION_GAP_RE.fullmatch(text, candidate.end, at)
                    for at in named_at[eid]
                )
            )
        )
        if eids:
            accepted.append(
                Candidate(
                    candidate.start,
                    candidate.end,
                    candidate.priority,
                    eids,
                    candidate.reason,
                    candidate.surname,
                )
            )
    return accepted


def span(matcher: "NameMatcher", text: str, candidate: Candidate, shared_with: str = "") -> Span:
    # A surname after a title can point at hundreds of persons in a large registry: look
    # at no more pseudonyms than needed to know whether they are all the same person.
    pseudonyms: set[str] = set()
    key = ""
    for eid in candidate.entries:
        person = matcher._entries[eid].person
        if person is None:
            continue
        pseudonyms.add(person.pseudonym)
        key = person.key if not key or key == person.key else "several"
        if len(pseudonyms) > 3:
            break
    if len(pseudonyms) == 1 and candidate.priority != PRIORITY_OTHER_SURNAME and not shared_with:
        replacement = next(iter(pseudonyms))
        key = "" if key == "several" else key
        reason = f"registered: {candidate.reason} of {replacement}"
    else:
        replacement, key = AMBIGUOUS_REPLACEMENT, ""
        named = sorted(pseudonyms)[:3]
        more = len(candidate.entries) - len(named)
        listed = " or ".join(named) + (f" or {more} other registered persons" if more > 0 else "")
        reason = f"registered: {candidate.reason} of {listed}"
        if shared_with:
            reason += (
                f"; the public figure {shared_with} in this text has it too: check who is meant"
            )
    return Span(
        candidate.start,
        candidate.end,
        text[candidate.start : candidate.end],
        replacement,
        "registered",
        reason,
        key,
    )


def _is_part_alone(span: Span) -> bool:
    return any(part in span.reason for part in PARTS_ALONE)


def _to_original(folded: FoldedText, spans: list[Span]) -> list[Span]:
    """Spans found on the folded copy, moved onto the original text's characters."""
    if folded.identical:
        return spans
    moved: list[Span] = []
    for span in sorted(spans, key=lambda span: span.start):
        start, end = folded.original_span(span.start, span.end)
        if moved and start < moved[-1].end:
            continue  # two names inside one folded character: the first keeps it
        moved.append(
            Span(
                start,
                end,
                folded.original[start:end],
                span.replacement,
                span.source,
                span.reason,
                span.person_key,
            )
        )
    return moved


def _ranges_to_original(folded: FoldedText, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [folded.original_span(start, end) for start, end in ranges]
