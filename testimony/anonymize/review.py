"""The redaction review of a testimony: proposals, the reviewer's decisions, approval.

Proposals are recomputed from the current version's narrative each time (they are
deterministic for a text and a registry), and a decision is keyed by where its span is:
"<field>:<start>:<end>". Approval applies the accepted proposals and the reviewer's own
redactions, and stores the result as the anonymized text of that version.

An approval made before indicators' passages were reviewed stored none of them: the review of
its passages alone (`passages_only`) decides on that approval's decisions, in the passages only,
and `passages_approve` stores the passages on it, the narratives staying as approved.

Beside the proposals, every remaining word that may be a name (`unresolved/`) and every
quasi-identifier (`quasi.py`) is an unresolved item: approval is refused while any is left.
The decisions of a version, as stored in `Anonymization.decisions` (JSON):

    {"rejected": ["english:10:24"],            proposals the reviewer rejected
     "manual": [{"field": "english", "start": 40, "end": 46},     selections redacted
                {"field": "original", "start": 3, "end": 6,      a listed word redacted
                 "replacement": "[name withheld]", "reason": "..."}],
     "kept": ["original:3:6"],                  listed words or details kept as written
     "generalised": ["english:60:76"]}          quasi-identifiers replaced by their
                                                 generalised form

A name the detector proposes (or a listed word the reviewer redacts) is looked up in the blind
index: if a person of another testimony answers to it, that person's collection-wide
pseudonym replaces it. The page says "registered in another testimony" and never which one:
the reviewer of this testimony may have no access to that one, and its case code next to a name
would link two witnesses' files outside the one door to identities.
"""

import json
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import Literal

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop, ngettext

from testimony.anonymize import names
from testimony.anonymize.detect import REPLACEMENT as NAME_WITHHELD
from testimony.anonymize.detect import fold as without_diacritics
from testimony.anonymize.failure import DetectionFailed
from testimony.anonymize.fit import fit_replacements
from testimony.anonymize.folding import fold_text
from testimony.anonymize.pseudonyms import pseudonyms_assign
from testimony.anonymize.quasi import quasi_identifiers
from testimony.anonymize.redact import anonymize, apply_spans
from testimony.anonymize.review_texts import (
    FIELD_NAME_RE,
    ReviewedText,
    is_passage_field,
    passage_digest,
    passage_release,
    reviewed_texts,
    texts_by_field,
)
from testimony.anonymize.spans import RegisteredPerson, Span
from testimony.anonymize.unresolved import unresolved_tokens
from testimony.audit import audit_record
from testimony.crypto import name_digests
from testimony.models import (
    Anonymization,
    AuditEvent,
    Country,
    Language,
    Narrative,
    PersonNameIndex,
    Province,
    PublicFigure,
    Testimony,
)
from testimony.workflow import APPROVE_ANONYMIZATION, english_refusal, four_eyes_refusal

MANUAL_REPLACEMENT = "[redacted]"
REASON_REDACTED_BY_REVIEWER = gettext_noop("possible name, redacted by a reviewer")
REASON_ELSEWHERE = gettext_noop("registered in another testimony")
REASON_SEVERAL_ELSEWHERE = gettext_noop(
    "matches several persons registered in other testimonies: left as [name withheld]"
)
Choice = Literal["keep", "redact", "generalise"]
NO_PASSAGES_TO_REVIEW = gettext_lazy(
    "There are no passages to review here: this version's passages were reviewed with its "
    "anonymized text, or it has none, or its anonymized text is not approved."
)


class RedactionError(Exception):
    """A redaction the reviewer asked for cannot be made; the message says why."""


@dataclass
class Proposal:
    span: Span
    accepted: bool
    manual: bool = False

    @property
    def key(self) -> str:
        return f"{self.span.start}:{self.span.end}"


@dataclass(frozen=True)
class UnresolvedItem:
    """A word that may be a name ("name") or a quasi-identifier ("quasi") that nobody decided
    yet. A quasi-identifier carries its generalised form as `replacement`."""

    field_name: str
    start: int
    end: int
    text: str
    reason: str
    kind: Literal["name", "quasi"]
    replacement: str = ""
    paragraph: int = 1
    field_label: str = ""  # which text: "Original narrative", "Passage: Deception (...)"
    before: str = ""  # a few words of context on each side, for the list
    after: str = ""
    same_word: int = 1  # unresolved names written the same way, in every field, this one included

    @property
    def key(self) -> str:
        return f"{self.start}:{self.end}"

    @property
    def choices(self) -> tuple[Choice, ...]:
        return ("generalise", "keep") if self.kind == "quasi" else ("keep", "redact")


@dataclass
class FieldReview:
    name: str
    text: str
    proposals: list[Proposal] = field(default_factory=list)
    unresolved: list[UnresolvedItem] = field(default_factory=list)
    kept: list[UnresolvedItem] = field(default_factory=list)  # decided: stays as written
    label: str = ""
    language: str = "en"
    # A finder failed on this text (failure.py): nothing is proposed or listed, and the
    # anonymized texts cannot be approved until detection works on it again.
    failed: bool = False

    @property
    def is_passage(self) -> bool:
        return is_passage_field(self.name)

    def segments(self) -> list[tuple[str, Proposal | UnresolvedItem | None]]:
        """The text cut into plain pieces, proposals and unresolved items, for display."""
        marks: list[tuple[int, int, Proposal | UnresolvedItem]] = [
            (p.span.start, p.span.end, p) for p in self.proposals
        ] + [(item.start, item.end, item) for item in self.unresolved]
        pieces: list[tuple[str, Proposal | UnresolvedItem | None]] = []
        position = 0
        for start, end, mark in sorted(marks, key=lambda m: (m[0], -m[1])):
            if start < position:
                continue
            pieces.append((self.text[position:start], None))
            pieces.append((self.text[start:end], mark))
            position = end
        pieces.append((self.text[position:], None))
        return [(text, mark) for text, mark in pieces if text or mark]

    def redacted(self) -> str:
        """The text with every accepted proposal replaced, the words around each replacement
        fitted to it (fit.py: no "Mr. Witness A", particles for the pseudonym's last sound)."""
        kept: list[Span] = []
        end_of_previous = len(self.text) + 1
        for proposal in sorted(
            (p for p in self.proposals if p.accepted), key=lambda p: p.span.start, reverse=True
        ):
            if proposal.span.end > end_of_previous:
                continue  # overlaps a later replacement already kept
            kept.append(proposal.span)
            end_of_previous = proposal.span.start
        return apply_spans(self.text, fit_replacements(self.text, kept))


def registry_for(testimony: Testimony) -> list[RegisteredPerson]:
    persons = list(testimony.persons.all())
    pseudonyms_assign(persons)
    return [
        RegisteredPerson(
            key=str(person.uuid),
            name=person.name_romanized,
            pseudonym=person.pseudonym,
            hangul=person.name_hangul,
            aliases=tuple(person.alias_list()),
            role=person.role,
        )
        for person in persons
        if person.all_names()
    ]


def public_figure_spellings() -> list[str]:
    spellings: list[str] = []
    for figure in PublicFigure.objects.filter(is_active=True):
        spellings.extend(figure.spellings())
    return spellings


def anonymization_current(testimony: Testimony) -> Anonymization:
    anonymization, _created = Anonymization.objects.get_or_create(
        testimony=testimony, version_number=testimony.revision
    )
    return anonymization


def _decisions(anonymization: Anonymization) -> dict:
    decisions = json.loads(anonymization.decisions) if anonymization.decisions else {}
    for key in ("rejected", "manual", "kept", "generalised"):
        decisions.setdefault(key, [])
    return decisions


def _save_decisions(anonymization: Anonymization, decisions: dict) -> None:
    anonymization.decisions = json.dumps(decisions)
    anonymization.save(update_fields=["decisions"])


def vocabulary_names() -> list[str]:
    """Country and province names in English and Korean: never listed as possible names."""
    terms: list[str] = []
    for model in (Country, Province):
        for english, korean in model.objects.values_list("name", "name_ko"):
            terms.extend(term for term in (english, korean) if term)
    return terms


def _lookup_spellings(name: str) -> set[str]:
    """The spellings of a found name that the blind index may hold for the same person:
    as written, and for a Korean name its other romanizations or its North/South Hangul."""
    name = names.fold(name).strip()
    spellings = {name}
    if names.contains_hangul(name):
        surname, given = names.split_hangul_name(name)
        if given:
            spellings |= {
                s + g
                for s in names.surname_hangul_forms(surname)
                for g in names.hangul_initial_variants(given)
            }
        return spellings
    surname, given = names.split_romanized_name(name)
    variants = names.given_variants(given, limit=16) if given else []
    if surname and surname.lower() in names.ROMANIZED_SURNAMES:
        for spelling in names.surname_spellings(surname):
            spellings.update(f"{spelling} {variant.joined}" for variant in variants)
    elif not surname:
        spellings.update(variant.joined for variant in variants)
    return spellings


def _registered_elsewhere(spans: list[Span], testimony: Testimony) -> list[Span]:
    """Spans of names withheld, given the pseudonym of the person of another testimony the
    blind index finds under that name; several such persons: left withheld, said so."""
    wanted = {
        index: name_digests(sorted(_lookup_spellings(span.text)))
        for index, span in enumerate(spans)
        if span.replacement == NAME_WITHHELD
    }
    every_digest = sorted(set().union(*wanted.values())) if wanted else []
    pseudonyms_by_digest: dict[str, set[str]] = {}
    for chunk in range(0, len(every_digest), 500):
        rows = (
            PersonNameIndex.objects.filter(digest__in=every_digest[chunk : chunk + 500])
            .exclude(person__testimony=testimony)
            .exclude(person__pseudonym="")
            .values_list("digest", "person__pseudonym")
        )
        for digest, pseudonym in rows:
            pseudonyms_by_digest.setdefault(digest, set()).add(pseudonym)
    found = list(spans)
    for index, digests in wanted.items():
        pseudonyms = set().union(*(pseudonyms_by_digest.get(d, set()) for d in digests))
        span = spans[index]
        if len(pseudonyms) == 1:
            found[index] = replace(
                span, replacement=pseudonyms.pop(), reason=f"{span.reason}; {REASON_ELSEWHERE}"
            )
        elif pseudonyms:
            found[index] = replace(span, reason=f"{span.reason}; {REASON_SEVERAL_ELSEWHERE}")
    return found


def _paragraph(text: str, position: int) -> int:
    """Which paragraph (non-blank line) of `text` holds `position`, counting from 1."""
    return sum(1 for line in text[:position].split("\n")[:-1] if line.strip()) + 1


CONTEXT = 40


def _item(
    reviewed: ReviewedText,
    start: int,
    end: int,
    reason: str,
    kind: Literal["name", "quasi"],
    replacement: str,
) -> UnresolvedItem:
    text = reviewed.text
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    if start > CONTEXT and " " in before:
        before = "…" + before[before.index(" ") + 1 :]
    if end + CONTEXT < len(text) and " " in after:
        after = after[: after.rindex(" ")] + "…"
    return UnresolvedItem(
        reviewed.name,
        start,
        end,
        text[start:end],
        reason,
        kind,
        replacement,
        _paragraph(text, start),
        reviewed.label,
        " ".join(before.split("\n")),
        " ".join(after.split("\n")),
    )


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < r_end and r_start < end for r_start, r_end in ranges)


def _ranges(keys: list[str], field_name: str) -> list[tuple[int, int]]:
    ranges = []
    for key in keys:
        name, start, end = key.split(":")
        if name == field_name:
            ranges.append((int(start), int(end)))
    return ranges


def field_reviews(
    testimony: Testimony, anonymization: Anonymization, *, passages_only: bool = False
) -> list[FieldReview]:
    """Each text of the review (the narratives, then the indicators' passages: review_texts.py)
    with its proposals, marked accepted or not by the decisions, and what is still unresolved
    in it. With `passages_only`, the passages alone (the review of an approval's passages,
    `passage_review_anonymization`): the narratives' decisions still count, a name the
    reviewer redacted there being proposed in the passages."""
    narrative = Narrative.objects.filter(testimony=testimony).first()
    if narrative is None:
        return []
    texts = reviewed_texts(testimony, narrative)
    registry = registry_for(testimony)
    figures = public_figure_spellings()
    vocabulary = vocabulary_names()
    known_names = [
        name
        for person in registry
        for name in (person.hangul, *person.aliases)
        if name and names.contains_hangul(name)
    ]
    # Aliases that are also words ("Bear"): in small letters, listed rather than proposed.
    word_aliases = names.word_alias_keys(alias for person in registry for alias in person.aliases)
    decisions = _decisions(anonymization)
    reviewer_names = names_redacted_by_reviewer(
        {reviewed.name: reviewed.text for reviewed in texts}, decisions["manual"]
    )
    reviews = []
    for reviewed in texts:
        if passages_only and not is_passage_field(reviewed.name):
            continue
        name, text = reviewed.name, reviewed.text
        redacted_words = []
        for manual in decisions["manual"]:
            if manual["field"] != name:
                continue
            start, end = manual["start"], manual["end"]
            replacement = manual.get("replacement", MANUAL_REPLACEMENT)
            reason = manual.get("reason", "added by a reviewer")
            redacted_words.append(
                Span(start, end, text[start:end], replacement, "detected", reason)
            )
        try:
            reviews.append(
                _field_review(
                    reviewed,
                    testimony,
                    registry=registry,
                    figures=figures,
                    vocabulary=vocabulary,
                    known_names=known_names,
                    word_aliases=word_aliases,
                    reviewer_names=reviewer_names,
                    redacted_words=redacted_words,
                    decisions=decisions,
                )
            )
        except DetectionFailed:
            # Nothing found can be trusted: the text is shown with the reviewer's own
            # redactions only, and approval is refused while it fails (unresolved_message).
            proposals = [Proposal(span, accepted=True, manual=True) for span in redacted_words]
            reviews.append(
                FieldReview(
                    name,
                    text,
                    proposals,
                    label=reviewed.label,
                    language=reviewed.language,
                    failed=True,
                )
            )
    counts = Counter(
        same_word_key(item.text)
        for review in reviews
        for item in review.unresolved
        if item.kind == "name"
    )
    for review in reviews:
        review.unresolved = [
            replace(item, same_word=counts[same_word_key(item.text)])
            if item.kind == "name"
            else item
            for item in review.unresolved
        ]
    return reviews


def _field_review(
    reviewed: ReviewedText,
    testimony: Testimony,
    *,
    registry: list[RegisteredPerson],
    figures: list[str],
    vocabulary: list[str],
    known_names: list[str],
    word_aliases: Collection[str],
    reviewer_names: list[str],
    redacted_words: list[Span],
    decisions: dict,
) -> FieldReview:
    """One text of the review: its proposals, decided or not, and what is still unresolved.
    Raises `DetectionFailed` when a finder fails on it."""
    name, text = reviewed.name, reviewed.text
    rejected = set(decisions["rejected"])
    generalised = set(decisions["generalised"])
    result = anonymize(
        text,
        registry,
        public_figures=figures,
        detect=True,
        named_by_reviewer=reviewer_names,
    )
    spans = list(result.spans)
    # What a reviewer redacted is decided: a proposal inside it would only repeat it.
    spans = [
        span
        for span in spans
        if not any(w.start <= span.start and span.end <= w.end for w in redacted_words)
    ]
    found = _registered_elsewhere([*spans, *redacted_words], testimony)
    proposals = [
        Proposal(span, accepted=f"{name}:{span.start}:{span.end}" not in rejected)
        for span in found[: len(spans)]
    ]
    proposals += [Proposal(span, accepted=True, manual=True) for span in found[len(spans) :]]
    taken = [(p.span.start, p.span.end) for p in proposals]
    kept = _ranges(decisions["kept"], name)
    unresolved: list[UnresolvedItem] = []
    kept_items: list[UnresolvedItem] = []
    quasi_ranges = []
    for span in quasi_identifiers(text, reviewed.language):
        if _overlaps(span.start, span.end, taken):
            continue  # a name inside it is decided as a name
        quasi_ranges.append((span.start, span.end))
        if f"{name}:{span.start}:{span.end}" in generalised:
            proposals.append(Proposal(span, accepted=True))
            continue
        item = _item(reviewed, span.start, span.end, span.reason, "quasi", span.replacement)
        (kept_items if (span.start, span.end) in kept else unresolved).append(item)
    for token in unresolved_tokens(
        text,
        [*taken, *quasi_ranges],
        vocabulary=vocabulary,
        public_figures=figures,
        known_names=known_names,
        named=[(p.span.start, p.span.end) for p in proposals if p.accepted],
        word_aliases=word_aliases,
    ):
        item = _item(reviewed, token.start, token.end, token.reason, "name", NAME_WITHHELD)
        (kept_items if (token.start, token.end) in kept else unresolved).append(item)
    unresolved.sort(key=lambda item: item.start)
    kept_items.sort(key=lambda item: item.start)
    return FieldReview(
        name,
        text,
        proposals,
        unresolved,
        kept_items,
        label=reviewed.label,
        language=reviewed.language,
    )


# What a reviewer's redaction must look like to be taken as a person's name whose other
# mentions are then proposed: two to four words of letters (Kang Il-bom, Festus Tjiuma) or one
# Hangul word of three to five syllables (배정애, 남궁봉철); not a phrase, a date, a detail.
_NAME_LETTER = "A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff"  # Latin, Vietnamese, Cyrillic
_REVIEWER_LATIN_NAME_RE = re.compile(
    rf"[{_NAME_LETTER}][{_NAME_LETTER}'’.-]*(?:[ .-]+[{_NAME_LETTER}][{_NAME_LETTER}'’-]*){{1,3}}"
)
_REVIEWER_HANGUL_NAME_RE = re.compile(r"[가-힣]{3,5}")


def names_redacted_by_reviewer(texts: dict[str, str], manual: list[dict]) -> list[str]:
    """The names a reviewer redacted in any text of the review (`texts`, by field name: a
    selection, or a listed item decided "redact"), as written, each once: the finders then
    propose their other mentions in every text, the reviewer still deciding each."""
    found: dict[str, str] = {}
    for entry in manual:
        text = texts.get(entry["field"], "")
        word = fold_text(text[entry["start"] : entry["end"]]).text.strip()
        if len(word) > 40 or not (
            _REVIEWER_LATIN_NAME_RE.fullmatch(word) or _REVIEWER_HANGUL_NAME_RE.fullmatch(word)
        ):
            continue
        found.setdefault(same_word_key(word), word)
    return sorted(found.values())


def same_word_key(text: str) -> str:
    """What makes two listed words the same word: fullwidth letters, invisible characters,
    case and accents aside ("Du-ho", "du\u200b-ho", and "du-ho" typed in fullwidth letters)."""
    return without_diacritics(fold_text(text).text).casefold()


def passage_review_anonymization(testimony: Testimony) -> Anonymization | None:
    """The approval of the current version made before passages were reviewed, when the
    testimony has a passage that a bundle therefore withholds: what the review of the passages
    alone (`passages_only`) decides on and completes (`passages_approve`); None otherwise."""
    anonymization = testimony.approved_anonymization()
    if passage_release(anonymization, testimony.indicators.all()) != "withheld":
        return None
    return anonymization


def _anonymization_to_decide(
    testimony: Testimony, field_name: str | None, *, passages_only: bool
) -> Anonymization:
    """The anonymization whose decisions change: the current version's, until it is approved;
    with `passages_only`, its approval made before passages were reviewed, and only in a
    passage (the narratives stay as approved). Refused in words otherwise."""
    if not passages_only:
        anonymization = anonymization_current(testimony)
        if anonymization.is_approved:
            raise RedactionError(_("This version's anonymized text is already approved."))
        return anonymization
    anonymization = passage_review_anonymization(testimony)
    if anonymization is None:
        raise RedactionError(str(NO_PASSAGES_TO_REVIEW))
    if field_name is not None and not is_passage_field(field_name):
        raise RedactionError(
            _(
                "Only the indicators' passages are reviewed here: the narratives stay as they "
                "were approved."
            )
        )
    return anonymization


def _audited(field_name: str) -> str:
    """The field an audit event names for a decision in one text of the review."""
    return "indicators.passage" if is_passage_field(field_name) else f"narrative.{field_name}"


@transaction.atomic
def redaction_decide(
    *,
    testimony: Testimony,
    by: AbstractBaseUser,
    field_name: str,
    start: int,
    end: int,
    accept: bool,
    passages_only: bool = False,
) -> None:
    """Accept or reject one proposal (or remove a reviewer's own redaction). With
    `passages_only`, in a passage of an approval made before passages were reviewed."""
    anonymization = _anonymization_to_decide(testimony, field_name, passages_only=passages_only)
    decisions = _decisions(anonymization)
    key = f"{field_name}:{start}:{end}"
    rejected = set(decisions["rejected"])
    manual = [
        m
        for m in decisions["manual"]
        if (m["field"], m["start"], m["end"]) != (field_name, start, end)
    ]
    decision = "accepted" if accept else "rejected"
    if accept:
        rejected.discard(key)
    elif key in decisions["generalised"] or key in decisions["kept"]:
        # A generalised or kept item taken back is listed again, to be decided afresh.
        for taken_back in ("generalised", "kept"):
            if key in decisions[taken_back]:
                decisions[taken_back].remove(key)
        decision = "reopened"
    elif len(manual) == len(decisions["manual"]):
        rejected.add(key)
    decisions.update(rejected=sorted(rejected), manual=manual)
    _save_decisions(anonymization, decisions)
    audit_record(
        actor=by,
        action=AuditEvent.Action.REDACTION_CHANGED,
        testimony=testimony,
        changed_fields=[_audited(field_name)],
        detail={"decision": decision},
    )


@transaction.atomic
def redaction_add(
    *,
    testimony: Testimony,
    by: AbstractBaseUser,
    field_name: str,
    start: int,
    end: int,
    selected: str,
    passages_only: bool = False,
) -> None:
    """Redact a stretch the reviewer selected. `selected` is the text the browser saw there:
    if the stored text differs (an edit since the page loaded, offsets counted differently),
    nothing is redacted rather than the wrong words. `passages_only`: as in redaction_decide."""
    texts = texts_by_field(testimony) if FIELD_NAME_RE.fullmatch(field_name) else {}
    if field_name not in texts:
        raise RedactionError(_("Select text inside a narrative or a passage, then try again."))
    text = texts[field_name]
    if not (0 <= start < end <= len(text)) or not text[start:end].strip():
        raise RedactionError(_("Select the words to redact inside the text, then try again."))
    if text[start:end] != selected:
        raise RedactionError(_("The text changed since you selected it; select the words again."))
    anonymization = _anonymization_to_decide(testimony, field_name, passages_only=passages_only)
    decisions = _decisions(anonymization)
    decisions["manual"].append({"field": field_name, "start": start, "end": end})
    _save_decisions(anonymization, decisions)
    audit_record(
        actor=by,
        action=AuditEvent.Action.REDACTION_CHANGED,
        testimony=testimony,
        changed_fields=[_audited(field_name)],
        detail={"decision": "added"},
    )


@transaction.atomic
def redaction_resolve(
    *,
    testimony: Testimony,
    by: AbstractBaseUser,
    field_name: str,
    start: int,
    end: int,
    choice: Choice,
    every_mention: bool = False,
    passages_only: bool = False,
) -> None:
    """Keep, redact or generalise one unresolved item. Redacting a possible name makes it a
    reviewer's redaction with "[name withheld]"; generalising a quasi-identifier applies its
    generalised form. Each decision holds for that place only: the same word elsewhere is
    still listed, since one "Song" may be a song and another a person. Only the protective
    decision can be taken for every mention at once: with `every_mention`, redacting a name
    redacts every unresolved name written the same way (`same_word_key`) in both narratives,
    one audit event saying how many. `passages_only`: as in redaction_decide, every mention
    being then every mention in the passages."""
    anonymization = _anonymization_to_decide(testimony, field_name, passages_only=passages_only)
    reviews = {
        review.name: review
        for review in field_reviews(testimony, anonymization, passages_only=passages_only)
    }
    review = reviews.get(field_name)
    item = next(
        (i for i in review.unresolved if (i.start, i.end) == (start, end)) if review else (),
        None,
    )
    if item is None:
        raise RedactionError(
            _("That item is no longer waiting for a decision. The list below is up to date.")
        )
    if choice not in item.choices:
        raise RedactionError(_("That choice does not apply to this item."))
    if every_mention and choice != "redact":
        raise RedactionError(_("Only a redaction can be made for every mention at once."))
    key = f"{field_name}:{start}:{end}"
    decisions = _decisions(anonymization)
    if choice in ("keep", "generalise"):
        chosen = decisions["kept" if choice == "keep" else "generalised"]
        if key not in chosen:
            chosen.append(key)
        targets = [item]
    else:
        word = same_word_key(item.text)
        targets = (
            [
                other
                for other_review in reviews.values()
                for other in other_review.unresolved
                if other.kind == "name" and same_word_key(other.text) == word
            ]
            if every_mention
            else [item]
        )
        decisions["manual"].extend(
            {
                "field": target.field_name,
                "start": target.start,
                "end": target.end,
                "replacement": NAME_WITHHELD,
                "reason": REASON_REDACTED_BY_REVIEWER,
            }
            for target in targets
        )
    _save_decisions(anonymization, decisions)
    detail: dict[str, object] = {
        "decision": {"keep": "kept", "redact": "redacted", "generalise": "generalised"}[choice]
    }
    if every_mention:
        detail["mentions"] = len(targets)
    audit_record(
        actor=by,
        action=AuditEvent.Action.REDACTION_CHANGED,
        testimony=testimony,
        changed_fields=sorted({_audited(target.field_name) for target in targets}),
        detail=detail,
    )


class UnresolvedItemsError(RedactionError):
    """Approval refused while items are unresolved. The message quotes the words themselves:
    show it on the page, never store it (a flash message may fall back to the session table)."""


def unresolved_message(reviews: list[FieldReview]) -> str:
    """How many items are unresolved and where, in words; "" when none is. A text detection
    failed on is said first: nothing in it was looked for."""
    failed = [review for review in reviews if review.failed]
    if failed:
        labels = {"original": _("original narrative"), "english": _("English translation")}
        return ngettext(
            "Automatic name detection failed on the %(texts)s, so nobody can tell which names "
            "it holds. It cannot be approved until detection works on it again: the failure "
            "is logged; tell your administrator.",
            "Automatic name detection failed on %(count)d texts (%(texts)s), so nobody can tell "
            "which names they hold. They cannot be approved until detection works on them "
            "again: the failure is logged; tell your administrator.",
            len(failed),
        ) % {
            "count": len(failed),
            "texts": ", ".join(labels.get(review.name, review.label) for review in failed),
        }
    items = [item for review in reviews for item in review.unresolved]
    if not items:
        return ""
    # Inside a sentence: the narratives in small letters, a passage by its label.
    labels = {"original": _("original narrative"), "english": _("English translation")}
    shown = [
        _("'%(text)s' (%(field)s, paragraph %(paragraph)d)")
        % {
            "text": item.text,
            "field": labels.get(item.field_name, item.field_label),
            "paragraph": item.paragraph,
        }
        for item in items[:5]
    ]
    if len(items) > 5:
        shown.append(_("and %(count)d more") % {"count": len(items) - 5})
    where = ", ".join(shown)
    if all(item.kind == "name" for item in items):
        return ngettext(
            "%(count)d possible name is not resolved yet: %(where)s. Keep or redact it, "
            "then approve.",
            "%(count)d possible names are not resolved yet: %(where)s. Keep or redact each "
            "one, then approve.",
            len(items),
        ) % {"count": len(items), "where": where}
    return ngettext(
        "%(count)d possible name or identifying detail is not resolved yet: %(where)s. Keep, "
        "redact or generalise it, then approve.",
        "%(count)d possible names or identifying details are not resolved yet: %(where)s. "
        "Keep, redact or generalise each one, then approve.",
        len(items),
    ) % {"count": len(items), "where": where}


def english_approval_refusal(
    testimony: Testimony, narrative: Narrative | None, texts: dict[str, str] | None = None
) -> str:
    """Why the anonymized texts cannot be approved for lack of an English text, in words saying
    what to do; "" when they can (workflow.english_refusal). `texts` are the redacted texts
    of the fields (`FieldReview.redacted`); None checks the narrative only."""
    if narrative is None:
        return _("This testimony has no narrative yet: add it on the edit page.")
    english_field = "original" if narrative.language == Language.ENGLISH else "english"
    anonymized = None if texts is None else texts.get(english_field, "")
    return (
        english_refusal(
            testimony,
            language=narrative.language,
            original=narrative.original,
            english=narrative.english,
            anonymized=anonymized,
        )
        or ""
    )


@transaction.atomic
def anonymization_approve(*, testimony: Testimony, by: AbstractBaseUser) -> Anonymization:
    """Store the anonymized texts of the current version as approved."""
    if reason := four_eyes_refusal(testimony, by, APPROVE_ANONYMIZATION):
        raise RedactionError(reason)
    anonymization = anonymization_current(testimony)
    if anonymization.is_approved:
        raise RedactionError(_("This version's anonymized text is already approved."))
    narrative = Narrative.objects.filter(testimony=testimony).first()
    # No English to send is said first: words left undecided in a "TBD" are not the problem.
    if refusal := english_approval_refusal(testimony, narrative):
        raise RedactionError(refusal)
    reviews = field_reviews(testimony, anonymization)
    refusal = unresolved_message(reviews)
    if refusal:
        raise UnresolvedItemsError(refusal)
    texts = {review.name: review.redacted() for review in reviews}
    if refusal := english_approval_refusal(testimony, narrative, texts):
        raise RedactionError(refusal)
    anonymization.original = texts.get("original", "")
    anonymization.english = texts.get("english", "")
    # Each passage as approved, with the digest of the passage it was made from: a bundle
    # releases it only while the passage is still that text (release.py).
    anonymization.passages = {
        review.name: {"digest": passage_digest(review.text), "text": texts[review.name]}
        for review in reviews
        if review.is_passage
    }
    if narrative.language == Language.ENGLISH:
        # Given in English: the anonymized original is the English text a bundle releases.
        anonymization.english = anonymization.original
    anonymization.approved_by = by
    anonymization.approved_at = timezone.now()
    anonymization.save()
    audit_record(actor=by, action=AuditEvent.Action.ANONYMIZATION_APPROVED, testimony=testimony)
    return anonymization


@transaction.atomic
def passages_approve(*, testimony: Testimony, by: AbstractBaseUser) -> Anonymization:
    """Complete an approval made before passages were reviewed: each passage as the review of
    the passages alone leaves it, with its digest, stored on that same anonymization (a bundle
    then releases it, release.py). Its narratives stay as approved. Four eyes and the unresolved
    items refuse as they do for `anonymization_approve`."""
    if reason := four_eyes_refusal(testimony, by, APPROVE_ANONYMIZATION):
        raise RedactionError(reason)
    anonymization = _anonymization_to_decide(testimony, None, passages_only=True)
    reviews = field_reviews(testimony, anonymization, passages_only=True)
    if refusal := unresolved_message(reviews):
        raise UnresolvedItemsError(refusal)
    passages = {
        review.name: {"digest": passage_digest(review.text), "text": review.redacted()}
        for review in reviews
    }
    # Of two approvals sent at once one stores; the other finds the passages stored already.
    stored = Anonymization.objects.filter(pk=anonymization.pk, passages__isnull=True).update(
        passages=passages
    )
    if not stored:
        raise RedactionError(_("The passages of this version were approved a moment ago."))
    anonymization.passages = passages
    audit_record(
        actor=by,
        action=AuditEvent.Action.PASSAGES_APPROVED,
        testimony=testimony,
        changed_fields=["indicators.passage"],
        detail={"version": anonymization.version_number, "passages": len(passages)},
    )
    return anonymization
