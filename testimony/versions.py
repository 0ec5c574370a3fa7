"""Versions of a testimony: what an editor can change, frozen as JSON, and the changes between two.

A snapshot holds the fields of the entry forms (the testimony's facts, narrative, persons, consent
and indicators), so a field added to a form is versioned without touching this module. It names
people, so it is stored encrypted (`TestimonyVersion.snapshot`).
"""

import difflib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import FieldDoesNotExist
from django.db import IntegrityError, models, transaction
from django.db.models import Max
from django.utils.formats import number_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from testimony.forms import (
    FACT_FIELDS,
    ConsentForm,
    IndicatorTagForm,
    NarrativeForm,
    PersonForm,
)
from testimony.models import (
    CaseNotes,
    Consent,
    IndicatorTag,
    Narrative,
    Person,
    Posting,
    Testimony,
    TestimonyEntity,
    TestimonyVersion,
    Vocabulary,
)
from testimony.posting_forms import CaseNotesForm, PostingForm

type JSONValue = str | int | bool | None

# Free texts (narratives, passages, aliases, notes), and any value longer than this or spanning
# lines, are shown as one text with the removed words struck and the added ones inserted.
LONG_TEXT = 80
# A "word" longer than this is Korean (or other) text typed without spaces: compare characters.
LONG_WORD = 20

# Han ideographs and kana are written without spaces, so each character is a word of its own.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN_RE = re.compile(rf"\s+|[{_UNSPACED}]|[^\W{_UNSPACED}]+|[^\w\s]+")
# Only spaces are tokens that can hold a space, so no token spans these two places.
_WORD_AFTER_SPACE = re.compile(r"\s(?=\S)")
_SPACE_AFTER_WORD = re.compile(r"\S(?=\s)")

# Person fields that the detail page hides until real names are shown.
IDENTIFYING_PERSON_FIELDS = frozenset(
    {"name_romanized", "name_hangul", "aliases", "contact_details"}
)

# "Currency" and "period" each label two fields; say which wage they belong to.
_QUALIFIED_BY = {
    "promised_wage_currency": "promised_wage_amount",
    "promised_wage_period": "promised_wage_amount",
    "received_wage_currency": "received_wage_amount",
    "received_wage_period": "received_wage_amount",
}


@dataclass
class FieldChange:
    """One difference between two snapshots, as the diff partial shows it."""

    section: str
    label: str
    old_display: str
    new_display: str
    # (kind, text) runs with kind "same", "removed" or "added"; empty for short values.
    segments: list[tuple[str, str]] = field(default_factory=list)
    kind: str = "changed"  # "changed", "added" (a person or indicator) or "removed"
    identifying: bool = False  # a real name or contact: hidden unless names are revealed
    lang: str = ""  # language of the text, for the lang attribute


# Snapshots


def _natural_key(obj: models.Model) -> str:
    if isinstance(obj, Vocabulary):
        return obj.code
    if isinstance(obj, AbstractBaseUser):
        return obj.get_username()
    return str(obj.pk)


def _plain_value(instance: models.Model, name: str) -> JSONValue:
    model_field = instance._meta.get_field(name)
    if model_field.is_relation:
        related = getattr(instance, name)
        return None if related is None else _natural_key(related)
    value = model_field.to_python(model_field.value_from_object(instance))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        # Quantized, so that 14 and 14.00 (form input and database value) compare equal.
        return str(value.quantize(Decimal(1).scaleb(-model_field.decimal_places)))
    return value


def _plain_fields(instance: models.Model | None, names: list[str]) -> dict[str, JSONValue] | None:
    if instance is None:
        return None
    return {name: _plain_value(instance, name) for name in names}


POSTING_FIELDS = [*PostingForm.Meta.fields, "employer", "site"]


def _posting_snapshot(posting: Posting) -> dict[str, JSONValue]:
    plain = _plain_fields(posting, PostingForm.Meta.fields) or {}
    # Entities by name: a snapshot must read the same after an entity is renamed or merged.
    plain["employer"] = posting.employer.name if posting.employer else None
    plain["site"] = posting.site.name if posting.site else None
    return plain


def _entity_link_snapshot(link: TestimonyEntity) -> dict[str, JSONValue]:
    return {"entity": link.entity.name, "role": link.role, "passage": link.passage}


def testimony_snapshot(testimony: Testimony) -> dict:
    """Everything an editor can change, as JSON-serializable values (foreign keys by code).

    The parts are read from the database, not from the testimony's cached relations, so the
    snapshot is what was saved even when the caller saved them through other instances.
    """
    persons = testimony.persons.select_related("home_province").order_by("id")
    indicators = [
        _plain_fields(tag, IndicatorTagForm.Meta.fields) for tag in testimony.indicators.all()
    ]
    return {
        "facts": _plain_fields(testimony, FACT_FIELDS),
        "narrative": _plain_fields(
            Narrative.objects.filter(testimony=testimony).first(), NarrativeForm.Meta.fields
        ),
        "persons": [
            {"uuid": str(person.uuid), **_plain_fields(person, PersonForm.Meta.fields)}
            for person in persons
        ],
        "consent": _plain_fields(
            Consent.objects.filter(testimony=testimony).first(), ConsentForm.Meta.fields
        ),
        "indicators": sorted(indicators, key=lambda tag: json.dumps(tag, sort_keys=True)),
        "postings": [
            _posting_snapshot(posting)
            for posting in testimony.postings.select_related(
                "country", "sector", "employer", "site"
            ).order_by("order", "id")
        ],
        "entities": sorted(
            (
                _entity_link_snapshot(link)
                for link in testimony.entity_links.select_related("entity").order_by("id")
            ),
            key=lambda link: json.dumps(link, sort_keys=True),
        ),
        "notes": _plain_fields(
            CaseNotes.objects.filter(testimony=testimony).first(), CaseNotesForm.Meta.fields
        ),
    }


def version_record(*, testimony: Testimony, by: AbstractBaseUser) -> TestimonyVersion:
    """Save the testimony as it now is as its next version.

    Call it in the transaction that saved the edit, so an edit never lands without its version.
    """
    if not transaction.get_connection().in_atomic_block:
        raise transaction.TransactionManagementError(
            "version_record must run inside the transaction that saves the testimony."
        )
    text = json.dumps(testimony_snapshot(testimony), ensure_ascii=False, sort_keys=True)
    try:
        return _version_insert(testimony, by, text)
    except IntegrityError:
        # A concurrent save took the number and has committed: the one after it is free.
        return _version_insert(testimony, by, text)


def _version_insert(testimony: Testimony, by: AbstractBaseUser, text: str) -> TestimonyVersion:
    last = TestimonyVersion.objects.filter(testimony=testimony).aggregate(last=Max("number"))
    # A savepoint, so that a clash on the number leaves the caller's transaction usable.
    with transaction.atomic():
        return TestimonyVersion.objects.create(
            testimony=testimony, number=(last["last"] or 0) + 1, created_by=by, snapshot=text
        )


def version_snapshot(version: TestimonyVersion) -> dict:
    """The snapshot a version holds, decrypted and parsed."""
    return json.loads(version.snapshot)


# Differences


def _model_field(model: type[models.Model], name: str) -> models.Field | None:
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _label(model: type[models.Model], name: str) -> str:
    model_field = _model_field(model, name)
    if model_field is None:
        return capfirst(name.replace("_", " "))
    label = str(model_field.verbose_name)
    if model is Testimony and name in _QUALIFIED_BY:
        whole = str(Testimony._meta.get_field(_QUALIFIED_BY[name]).verbose_name)
        label = _("%(whole)s, %(part)s") % {"whole": whole, "part": label}
    return capfirst(label)


def _display(model: type[models.Model], name: str, value: JSONValue) -> str:
    model_field = _model_field(model, name)
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if value is None:
        if isinstance(model_field, models.BooleanField):
            return _("Not stated")
        return "—"
    if value == "":
        return "—"
    if model_field is not None and model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if model_field is not None and model_field.is_relation:
        related_model = model_field.related_model
        if issubclass(related_model, Vocabulary):
            term = related_model.objects.filter(code=value).first()
            return str(term) if term else str(value)
    return str(value)


def _tokens(text: str, limit: int | None = None) -> list[str] | None:
    """The words, spaces and signs of `text`; None as soon as there are more than `limit`."""
    tokens: list[str] = []
    for match in _TOKEN_RE.finditer(text):
        token = match.group()
        if len(token) > LONG_WORD and not token.isspace():
            tokens.extend(token)
        else:
            tokens.append(token)
        if limit is not None and len(tokens) > limit:
            return None
    return tokens


def _common_prefix(old: str, new: str) -> int:
    """How many leading characters the two texts share, compared a block at a time."""
    limit = min(len(old), len(new))
    start, block = 0, 4096
    while start < limit:
        stop = min(start + block, limit)
        if old[start:stop] != new[start:stop]:
            return start + next(
                (
                    i
                    for i, pair in enumerate(zip(old[start:stop], new[start:stop], strict=True))
                    if pair[0] != pair[1]
                ),
                stop - start,
            )
        start = stop
    return limit


def _token_start_before(old: str, new: str, end: int) -> int:
    """The last place at or before `end` (where the texts first differ) at which a word
    follows a space in both texts, else 0. No token spans it (only runs of spaces hold a
    space), so each side tokenizes there as it does in the whole."""
    if (
        0 < end < min(len(old), len(new))
        and old[end - 1].isspace()
        and not old[end].isspace()
        and not new[end].isspace()
    ):
        return end
    high = end
    while high > 0:
        low = max(0, high - 4096)
        # Before `end` the texts are equal, so a place found in `old` holds in `new`.
        found = [match.end() for match in _WORD_AFTER_SPACE.finditer(old, low, high)]
        if found:
            return found[-1]
        # One character of overlap, so a place right at `low` is still seen.
        high = low + 1 if low else 0
    return 0


def _token_end_after(old: str, new: str, start: int, new_start: int) -> int:
    """The mirror of `_token_start_before`: the first place in `old` at or after `start`
    (where the common end begins; `new_start` in `new`) at which a space follows a word in
    both texts, else the end of `old`."""
    if (
        0 < start < len(old)
        and new_start > 0
        and old[start].isspace()
        and not old[start - 1].isspace()
        and not new[new_start - 1].isspace()
    ):
        return start
    match = _SPACE_AFTER_WORD.search(old, start)
    return len(old) if match is None else match.start() + 1


def _changed_region(old: str, new: str) -> tuple[int, int, int]:
    """(prefix, old_end, new_end): `old[:prefix]` equals `new[:prefix]` and `old[old_end:]`
    equals `new[new_end:]`, both cut between tokens. Linear in the length of the texts."""
    prefix = _token_start_before(old, new, _common_prefix(old, new))
    suffix = _common_prefix(old[prefix:][::-1], new[prefix:][::-1])
    old_end = _token_end_after(old, new, len(old) - suffix, len(new) - suffix)
    new_end = len(new) - (len(old) - old_end)
    return prefix, old_end, new_end


type Piece = tuple[str, list[str], list[str]]  # (difflib tag, old tokens, new tokens)


def _pieces(old: list[str], new: list[str]) -> list[Piece]:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [(tag, old[i1:i2], new[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def _line_pieces(old: str, new: str, limit: int) -> list[Piece]:
    """The lines of `old` and `new` compared, then each changed block by words while the words
    so compared stay within `limit` on each side in all: the cost is bounded as the word
    diff's is (the sum of the blocks' products is at most `limit` squared)."""
    pieces: list[Piece] = []
    old_budget = new_budget = limit
    for tag, old_lines, new_lines in _pieces(
        old.splitlines(keepends=True), new.splitlines(keepends=True)
    ):
        old_words = _tokens("".join(old_lines), old_budget) if tag != "equal" else None
        new_words = _tokens("".join(new_lines), new_budget) if old_words is not None else None
        if old_words is None or new_words is None:
            pieces.append((tag, old_lines, new_lines))
            continue
        old_budget -= len(old_words)
        new_budget -= len(new_words)
        pieces.extend(_pieces(old_words, new_words))
    return pieces


def _too_large(characters: int) -> str:
    return ngettext(
        "Too large to compare word by word: %(count)s character changed between these versions.",
        "Too large to compare word by word: %(count)s characters changed between these versions.",
        characters,
    ) % {"count": number_format(characters, force_grouping=True)}


def text_segments(old: str, new: str) -> list[tuple[str, str]]:
    """The new text as runs of kept, removed and added words, in reading order.

    Only the region between the common beginning and end is compared, so a small edit of a long
    text costs a pass over it. The comparison grows with the square of that region, so it is
    bounded by `TESTIMONY_DIFF_MAX_TOKENS`: a region of more words than that on either side is
    compared by lines (and the changed lines by words, within the same bound); one of more lines
    than that gives a single ("note", sentence) run saying how much changed.
    """
    if old == new:
        return [("same", old)] if old else []
    limit = settings.TESTIMONY_DIFF_MAX_TOKENS
    prefix, old_end, new_end = _changed_region(old, new)
    old_middle, new_middle = old[prefix:old_end], new[prefix:new_end]
    old_tokens, new_tokens = _tokens(old_middle, limit), _tokens(new_middle, limit)
    if old_tokens is not None and new_tokens is not None:
        pieces = _pieces(old_tokens, new_tokens)
    elif max(old_middle.count("\n"), new_middle.count("\n")) < limit:
        pieces = _line_pieces(old_middle, new_middle, limit)
    else:
        return [("note", _too_large(max(len(old_middle), len(new_middle))))]
    segments: list[tuple[str, str]] = []

    def emit(kind: str, tokens: list[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if segments and segments[-1][0] == kind:
            segments[-1] = (kind, segments[-1][1] + text)
        else:
            segments.append((kind, text))

    emit("same", [old[:prefix]])
    removed: list[str] = []
    added: list[str] = []
    for index, (tag, old_part, new_part) in enumerate(pieces):
        # A space kept between two changed words would cut "construction site" -> "logging
        # camp" into two pairs of changes; it reads better as one phrase replaced by another.
        first = index == 0 and not prefix
        last = index == len(pieces) - 1 and old_end == len(old)
        bridge = not first and not last and "".join(old_part).isspace()
        if tag == "equal" and not bridge:
            emit("removed", removed)
            emit("added", added)
            removed, added = [], []
            emit("same", old_part)
        else:
            removed.extend(old_part)
            added.extend(new_part)
    emit("removed", removed)
    emit("added", added)
    emit("same", [old[old_end:]])
    return segments


def _is_long(value: JSONValue) -> bool:
    return isinstance(value, str) and (len(value) > LONG_TEXT or "\n" in value)


def _field_changes(
    section: str,
    model: type[models.Model],
    names: list[str],
    old: dict | None,
    new: dict | None,
    *,
    identifying: frozenset[str] = frozenset(),
    langs: dict[str, str] | None = None,
) -> list[FieldChange]:
    old, new = old or {}, new or {}
    # Fields a form no longer has (or not yet had) still show, after those it has.
    extra = sorted((old.keys() | new.keys()) - set(names) - {"uuid"})
    changes = []
    for name in [*names, *extra]:
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        segments = []
        if isinstance(_model_field(model, name), models.TextField) or (
            _is_long(before) or _is_long(after)
        ):
            segments = text_segments(before or "", after or "")
        changes.append(
            FieldChange(
                section=section,
                label=_label(model, name),
                old_display=_display(model, name, before),
                new_display=_display(model, name, after),
                segments=segments,
                identifying=name in identifying,
                lang=(langs or {}).get(name, ""),
            )
        )
    return changes


def _person_section(person: dict) -> str:
    role = _display(Person, "role", person.get("role"))
    name = person.get("pseudonym") or f"{role} ({str(person.get('uuid', ''))[:8]})"
    return _("Person: %(name)s") % {"name": name}


def _person_changes(old: list[dict], new: list[dict]) -> list[FieldChange]:
    old_by_uuid = {person["uuid"]: person for person in old}
    new_uuids = {person["uuid"] for person in new}
    changes = []
    for person in new:
        before = old_by_uuid.get(person["uuid"])
        if before is None:
            role = _display(Person, "role", person.get("role"))
            changes.append(
                FieldChange(
                    section=_person_section(person),
                    label=_("Person"),
                    old_display="—",
                    new_display=_("Added (%(role)s)") % {"role": role},
                    kind="added",
                )
            )
        else:
            changes.extend(
                _field_changes(
                    _person_section(person),
                    Person,
                    PersonForm.Meta.fields,
                    before,
                    person,
                    identifying=IDENTIFYING_PERSON_FIELDS,
                    langs={"name_hangul": "ko"},
                )
            )
    for person in old:
        if person["uuid"] not in new_uuids:
            changes.append(
                FieldChange(
                    section=_person_section(person),
                    label=_("Person"),
                    old_display=_display(Person, "role", person.get("role")),
                    new_display=_("Removed"),
                    kind="removed",
                )
            )
    return changes


def _indicator_label(tag: dict) -> str:
    indicator = _display(IndicatorTag, "indicator", tag.get("indicator"))
    phase = _display(IndicatorTag, "phase", tag.get("phase"))
    return f"{indicator} ({phase})"


def _indicator_changes(old: list[dict], new: list[dict]) -> list[FieldChange]:
    # A testimony tags an indicator once per phase, so (indicator, phase) names a tag and a
    # changed passage is shown as an edit of that tag rather than a removal and an addition.
    old_by_key = {(tag.get("indicator"), tag.get("phase")): tag for tag in old}
    new_by_key = {(tag.get("indicator"), tag.get("phase")): tag for tag in new}
    section = _("Indicators")
    changes = []
    for key in sorted(old_by_key.keys() | new_by_key.keys(), key=lambda k: (str(k[0]), str(k[1]))):
        before, after = old_by_key.get(key), new_by_key.get(key)
        if before == after:
            continue
        tag = after or before
        passage_before = (before or {}).get("passage") or ""
        passage_after = (after or {}).get("passage") or ""
        if before is None:
            kind, old_display, new_display = "added", "—", passage_after or "—"
        elif after is None:
            kind, old_display, new_display = "removed", passage_before or "—", _("Removed")
        else:
            kind, old_display, new_display = "changed", passage_before, passage_after
        segments = []
        if kind == "changed":
            segments = text_segments(passage_before, passage_after)
        changes.append(
            FieldChange(
                section=section,
                label=_indicator_label(tag),
                old_display=old_display,
                new_display=new_display,
                segments=segments,
                kind=kind,
            )
        )
    return changes


def _posting_changes(old: list[dict], new: list[dict]) -> list[FieldChange]:
    """Postings compared by their place in the order: posting 2 against posting 2."""
    changes = []
    for index in range(max(len(old), len(new))):
        section = _("Posting %(number)s") % {"number": index + 1}
        before = old[index] if index < len(old) else None
        after = new[index] if index < len(new) else None
        if before is None or after is None:
            row = after or before
            changes.append(
                FieldChange(
                    section=section,
                    label=_("Posting"),
                    old_display="—"
                    if before is None
                    else _display(Posting, "country", row.get("country")),
                    new_display=(
                        _("Added (%(country)s)")
                        % {"country": _display(Posting, "country", row.get("country"))}
                        if before is None
                        else _("Removed")
                    ),
                    kind="added" if before is None else "removed",
                )
            )
            continue
        changes.extend(_field_changes(section, Posting, POSTING_FIELDS, before, after))
    return changes


def _entity_link_changes(old: list[dict], new: list[dict]) -> list[FieldChange]:
    old_by_key = {(link.get("entity"), link.get("role")): link for link in old}
    new_by_key = {(link.get("entity"), link.get("role")): link for link in new}
    section = _("Companies, bodies and sites")
    changes = []
    for key in sorted(old_by_key.keys() | new_by_key.keys(), key=lambda k: (str(k[0]), str(k[1]))):
        before, after = old_by_key.get(key), new_by_key.get(key)
        if before == after:
            continue
        role = _display(TestimonyEntity, "role", key[1])
        label = f"{key[0]} ({role})"
        if before is None:
            kind, old_display, new_display = "added", "—", after.get("passage") or _("Added")
        elif after is None:
            kind, old_display, new_display = "removed", before.get("passage") or "—", _("Removed")
        else:
            kind, old_display, new_display = (
                "changed",
                before.get("passage") or "—",
                after.get("passage") or "—",
            )
        segments = []
        if kind == "changed":
            segments = text_segments(before.get("passage") or "", after.get("passage") or "")
        changes.append(
            FieldChange(
                section=section,
                label=label,
                old_display=old_display,
                new_display=new_display,
                segments=segments,
                kind=kind,
            )
        )
    return changes


def snapshot_diff(old: dict, new: dict) -> list[FieldChange]:
    """Changes between two snapshots: facts, narrative, persons, consent, then indicators."""
    narrative_language = (new.get("narrative") or old.get("narrative") or {}).get("language", "")
    return [
        *_field_changes(_("Facts"), Testimony, FACT_FIELDS, old.get("facts"), new.get("facts")),
        *_posting_changes(old.get("postings") or [], new.get("postings") or []),
        *_field_changes(
            _("Narrative"),
            Narrative,
            NarrativeForm.Meta.fields,
            old.get("narrative"),
            new.get("narrative"),
            langs={
                "original": narrative_language if narrative_language != "other" else "",
                "english": "en",
            },
        ),
        *_person_changes(old.get("persons") or [], new.get("persons") or []),
        *_field_changes(
            _("Consent"), Consent, ConsentForm.Meta.fields, old.get("consent"), new.get("consent")
        ),
        *_indicator_changes(old.get("indicators") or [], new.get("indicators") or []),
        *_entity_link_changes(old.get("entities") or [], new.get("entities") or []),
        *_field_changes(
            _("Steps taken domestically and internal notes"),
            CaseNotes,
            CaseNotesForm.Meta.fields,
            old.get("notes"),
            new.get("notes"),
            identifying=frozenset(CaseNotesForm.Meta.fields),
        ),
    ]
