"""One door to identities: the only way a page shows a real name.

Every page that would show an identifying value (names in any script, aliases, contact details,
the original narrative and indicator passages, comments that may quote them) asks
`identities_for(request, testimony)` and shows what it returns: the masked or machine-redacted
form, or the original once the user holds a grant for that testimony.

A grant comes from one POST (`testimony_identities`) that names a reason from a fixed list and
needs the password within the re-authentication window (`accounts.reauth`). It writes one audit
event (IDENTITIES_VIEWED, detail {"reason": ...}) and lives in the session as the testimony's
uuid, the reason and an expiry time: never a name. It ends after REVEAL_MAX_AGE, at logout, or
when the user hides the names again. A grant covers one testimony in one session.
"""

from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from testimony.anonymize.detect import REPLACEMENT as NAME_WITHHELD
from testimony.anonymize.detect import korean_analyser_enabled
from testimony.anonymize.failure import DetectionFailed
from testimony.anonymize.redact import NameMatcher
from testimony.anonymize.region import anonymize_region
from testimony.anonymize.review import public_figure_spellings
from testimony.anonymize.review_texts import approved_passage_text
from testimony.anonymize.spans import RegisteredPerson
from testimony.audit import audit_record
from testimony.diff_context import Window, change_windows, in_context
from testimony.mask_cache import cache_key, fingerprint, masked_texts
from testimony.models import Anonymization, AuditEvent, IndicatorTag, Narrative, Person, Testimony
from testimony.versions import FieldChange, text_segments

SESSION_KEY = "identity_grants"
MASK = "•••"
CONTACT_WITHHELD = "[contact withheld]"
# Shown instead of a text the finders failed on (anonymize/failure.py): with nothing found in
# it, any word may be a name.
DETECTION_FAILED = _(
    "[Withheld: automatic name detection failed on this text, so it cannot be shown masked. "
    "Reveal identities to read it; the failure is logged.]"
)

# Why someone asks to see the originals; the code is what the session and the audit keep.
REASONS = {
    "narrative": _("review the narrative"),
    "facts": _("verify facts"),
    "edit": _("edit identities"),
    "redaction": _("redaction review"),
}


def reveal_max_age() -> int:
    """Seconds a grant lasts: as long as the password confirmed for it counts as fresh."""
    return settings.REAUTHENTICATION_MAX_AGE


@dataclass(frozen=True)
class Grant:
    reason: str  # a key of REASONS
    until: datetime

    @property
    def reason_label(self) -> str:
        return str(REASONS.get(self.reason, self.reason))


def _session_grants(request: HttpRequest) -> dict[str, dict[str, float]]:
    """{testimony uuid: {reason: expiry timestamp}} with expired grants dropped."""
    stored = request.session.get(SESSION_KEY) or {}
    now = timezone.now().timestamp()
    live = {
        uuid: {reason: until for reason, until in reasons.items() if until > now}
        for uuid, reasons in stored.items()
    }
    live = {uuid: reasons for uuid, reasons in live.items() if reasons}
    if live != stored:
        request.session[SESSION_KEY] = live
    return live


def active_grants(request: HttpRequest, testimony: Testimony) -> list[Grant]:
    reasons = _session_grants(request).get(str(testimony.uuid), {})
    return sorted(
        (
            Grant(reason, datetime.fromtimestamp(until, tz=timezone.get_current_timezone()))
            for reason, until in reasons.items()
        ),
        key=lambda grant: grant.until,
    )


def revealed(request: HttpRequest, testimony: Testimony, reason: str | None = None) -> bool:
    """Whether this session may see the originals of `testimony` (for `reason`, if given)."""
    grants = active_grants(request, testimony)
    return any(reason is None or grant.reason == reason for grant in grants)


def reveal_grant(request: HttpRequest, testimony: Testimony, reason: str) -> bool:
    """Open the door for `testimony` in this session. The caller has checked the password
    (`recently_authenticated`). One audit event per testimony and reason: asking again while
    the grant lasts neither extends it nor records it twice. True if a grant was made."""
    if reason not in REASONS:
        raise ValueError(f"Unknown reason for revealing identities: {reason!r}")
    if revealed(request, testimony, reason):
        return False
    grants = _session_grants(request)
    until = timezone.now().timestamp() + reveal_max_age()
    grants.setdefault(str(testimony.uuid), {})[reason] = until
    request.session[SESSION_KEY] = grants
    audit_record(
        actor=request.user,
        action=AuditEvent.Action.IDENTITIES_VIEWED,
        testimony=testimony,
        detail={"reason": reason},
    )
    _forget(request, testimony)
    return True


def reveal_end(request: HttpRequest, testimony: Testimony) -> None:
    """Close the door for `testimony` before its grants run out."""
    grants = _session_grants(request)
    if grants.pop(str(testimony.uuid), None) is not None:
        request.session[SESSION_KEY] = grants
    _forget(request, testimony)


def _registry(persons: list[Person]) -> list[RegisteredPerson]:
    """The testimony's persons for the matcher, without assigning pseudonyms (a page that
    only reads writes nothing): one not yet given a pseudonym is replaced as withheld."""
    return [
        RegisteredPerson(
            key=str(person.uuid),
            name=person.name_romanized,
            pseudonym=person.pseudonym or NAME_WITHHELD,
            hangul=person.name_hangul,
            aliases=tuple(person.alias_list()),
            role=person.role,
        )
        for person in persons
        if person.all_names()
    ]


def _person_values(person: RegisteredPerson) -> tuple[str, ...]:
    return (
        person.key,
        person.name,
        person.pseudonym,
        person.hangul,
        "\n".join(person.aliases),
        person.role,
    )


class Identities:
    """What one request may see of one testimony's identities. Masking runs the anonymizer
    with the testimony's registry; a masked text is kept in this process's memory
    (`mask_cache`), keyed by the text and everything else its redaction depends on, so a page
    shown again does not run the anonymizer again."""

    def __init__(
        self, request: HttpRequest, testimony: Testimony, persons: list[Person] | None = None
    ) -> None:
        self.testimony = testimony
        self.grants = active_grants(request, testimony)
        self.revealed = bool(self.grants)
        self._persons = persons
        self._masked: dict[str, str] = {}
        self._digests: dict[int, tuple[str, bytes]] = {}
        self.extra_persons: list[RegisteredPerson] = []

    @property
    def grant(self) -> Grant | None:
        """The grant that lasts longest, for the banner."""
        return self.grants[-1] if self.grants else None

    @property
    def reason_choices(self) -> list[tuple[str, str]]:
        return [(code, str(label)) for code, label in REASONS.items()]

    @property
    def reasons(self) -> str:
        return ", ".join(grant.reason_label for grant in self.grants)

    @cached_property
    def persons(self) -> list[Person]:
        if self._persons is None:
            self._persons = list(self.testimony.persons.all())
        return self._persons

    @cached_property
    def _registered(self) -> list[RegisteredPerson]:
        return [*_registry(self.persons), *self.extra_persons]

    @cached_property
    def _public_figures(self) -> list[str]:
        return public_figure_spellings()

    @cached_property
    def _matcher(self) -> NameMatcher:
        return NameMatcher(self._registered, self._public_figures)

    @cached_property
    def _region_matcher(self) -> NameMatcher:
        return NameMatcher(self._registered, self._public_figures, named_before=True)

    @cached_property
    def _fingerprint(self) -> bytes:
        """Everything a masked text depends on besides the text itself."""
        values: list[str | int] = [len(self._registered)]
        for person in self._registered:
            values.extend(_person_values(person))
        values.append(len(self._public_figures))
        values.extend(self._public_figures)
        values.append(len(self._contacts))
        values.extend(self._contacts)
        values.append(int(korean_analyser_enabled()))
        return fingerprint(values)

    def _forget_registry(self) -> None:
        for name in ("_registered", "_matcher", "_region_matcher", "_fingerprint"):
            self.__dict__.pop(name, None)
        self._masked.clear()

    @cached_property
    def _contacts(self) -> list[str]:
        lines = {
            line.strip()
            for person in self.persons
            for line in person.contact_details.splitlines()
            if len(line.strip()) >= 4
        }
        return sorted(lines, key=len, reverse=True)

    def mask(self, text: str) -> str:
        """`text` machine-redacted: registered names become pseudonyms, names the detector
        finds become "[name withheld]", registered contact details "[contact withheld]"."""
        if not text:
            return text
        if text not in self._masked:
            try:
                self._masked[text] = masked_texts.get_or_make(
                    cache_key(b"whole", self._fingerprint, text), lambda: self._mask_now(text)
                )
            except DetectionFailed:
                return str(DETECTION_FAILED)  # not kept: the next request tries again
        return self._masked[text]

    def _without_contacts(self, masked: str) -> str:
        for contact in self._contacts:
            masked = masked.replace(contact, CONTACT_WITHHELD)
        return masked

    def _mask_now(self, text: str) -> str:
        return self._without_contacts(self._matcher.anonymize(text, detect=True).text)

    def _digest(self, text: str) -> bytes:
        """The keyed hash of a long text, made once per request however many parts of it
        are redacted."""
        kept = self._digests.get(id(text))
        if kept is None or kept[0] is not text:
            kept = (text, cache_key(text))
            self._digests[id(text)] = kept
        return kept[1]

    def mask_region(self, text: str, start: int, end: int) -> str:
        """`text[start:end]` machine-redacted as it reads inside `text`, widened to whole
        names and contact details (`anonymize.region`): never a name that `mask(text)` hides.
        The cost grows with the stretch, not with the text."""
        for contact in self._contacts:
            # A contact detail across an edge is taken whole, so it is replaced whole.
            for edge in (start, end):
                low, high = max(0, edge - len(contact) + 1), edge + len(contact) - 1
                at = text.find(contact, low, high)
                while at != -1:
                    if at < edge < at + len(contact):
                        start, end = min(start, at), max(end, at + len(contact))
                    at = text.find(contact, at + 1, high)
        digest = self._digest(text)

        def make() -> str:
            _start, _end, redacted = anonymize_region(self._region_matcher, text, start, end)
            return self._without_contacts(redacted)

        try:
            return masked_texts.get_or_make(
                cache_key(b"region", self._fingerprint, digest, start, end), make
            )
        except DetectionFailed:
            return str(DETECTION_FAILED)

    def shown(self, text: str) -> str:
        """The original when the door is open, the machine-redacted text otherwise."""
        return text if self.revealed else self.mask(text)

    def shown_passage(self, tag: IndicatorTag) -> str:
        """An indicator's passage as this request may see it: the original, or the passage as
        approved in the redaction review (while it is still the passage stored), or the
        machine-redacted passage."""
        if self.revealed:
            return tag.passage
        approved = approved_passage_text(self._approved, tag)
        return approved if approved is not None else self.mask(tag.passage)

    @cached_property
    def _approved(self) -> Anonymization | None:
        return self.testimony.approved_anonymization()

    @cached_property
    def narrative(self) -> dict[str, str]:
        """Both narratives as this request may see them: the originals, or the approved
        anonymized text of the current version, or the anonymizer's proposals applied."""
        try:
            narrative = self.testimony.narrative
        except Narrative.DoesNotExist:
            narrative = None
        if narrative is None:
            return {"original": "", "english": ""}
        if self.revealed:
            return {"original": narrative.original, "english": narrative.english}
        approved = self._approved
        if approved is not None:
            return {"original": approved.original, "english": approved.english}
        return {"original": self.mask(narrative.original), "english": self.mask(narrative.english)}

    def changes(self, changes: list[FieldChange], snapshots: list[dict]) -> list[FieldChange]:
        """Differences between versions as this request may see them. A long text shows each
        change with its context and says how much is left out between (`diff_context`).
        Unless revealed, both sides are machine-redacted (with the persons of the compared
        versions registered too, so a name since changed is still caught), only the parts
        shown, and the word diff is taken between the redacted parts. Names and contact fields
        stay marked `identifying` for the diff partial."""
        if self.revealed:
            return [self._in_context(change, masked=False) for change in changes]
        for snapshot in snapshots:
            self.extra_persons.extend(
                RegisteredPerson(
                    key=str(person.get("uuid", "")),
                    name=person.get("name_romanized") or "",
                    pseudonym=person.get("pseudonym") or NAME_WITHHELD,
                    hangul=person.get("name_hangul") or "",
                    aliases=tuple(
                        line.strip()
                        for line in (person.get("aliases") or "").splitlines()
                        if line.strip()
                    ),
                    role=person.get("role") or "",
                )
                for person in snapshot.get("persons", [])
                if person.get("name_romanized") or person.get("name_hangul")
            )
        self._forget_registry()
        masked = []
        for change in changes:
            if change.identifying:
                masked.append(change)
            elif change.segments:
                masked.append(self._in_context(change, masked=True))
            else:
                old, new = self.mask(change.old_display), self.mask(change.new_display)
                masked.append(replace(change, old_display=old, new_display=new))
        return masked

    def _in_context(self, change: FieldChange, *, masked: bool) -> FieldChange:
        """`change` with its word runs cut to the windows around its changes, each compared
        again: between the originals, or between the redacted windows if `masked`."""
        if not change.segments or change.identifying:
            return change
        # The runs hold both texts whole: the old without the added runs, the new without
        # the removed ones.
        old = "".join(text for kind, text in change.segments if kind != "added")
        new = "".join(text for kind, text in change.segments if kind != "removed")
        windows = change_windows(old, new, change.segments)
        if windows is None:
            # Not compared (the "too large" sentence): no text to show, nothing to redact.
            if masked:
                return replace(change, old_display="", new_display="")
            return change

        def compare(window: Window) -> list[tuple[str, str]]:
            if not masked:
                return text_segments(
                    old[window.old_start : window.old_end],
                    new[window.new_start : window.new_end],
                )
            return text_segments(
                self.mask_region(old, window.old_start, window.old_end),
                self.mask_region(new, window.new_start, window.new_end),
            )

        segments = in_context(old, windows, compare)
        if not masked:
            return replace(change, segments=segments)
        shown_old = "".join(text for kind, text in segments if kind in ("same", "removed"))
        shown_new = "".join(text for kind, text in segments if kind in ("same", "added"))
        return replace(change, old_display=shown_old, new_display=shown_new, segments=segments)


def identities_for(
    request: HttpRequest, testimony: Testimony, persons: list[Person] | None = None
) -> Identities:
    """The request's view of `testimony`'s identities, made once per request."""
    cache = request.__dict__.setdefault("_identities", {})
    if testimony.pk not in cache:
        cache[testimony.pk] = Identities(request, testimony, persons)
    return cache[testimony.pk]


def _forget(request: HttpRequest, testimony: Testimony) -> None:
    request.__dict__.get("_identities", {}).pop(testimony.pk, None)
