"""States, the transitions between them, and who may take each: the one place a status changes.

`transition()` checks the rule table and the user's rights, then moves the status with a
conditional UPDATE (`... WHERE status = <the status the user saw>`), so of two people acting at
once exactly one succeeds, on SQLite and PostgreSQL alike; the audit event is written in the same
transaction. Every refusal is a `TransitionRefused` whose message says why in plain words.

Four eyes, all the way. Three decisions take a testimony from submitted to exportable: verifying
its facts (the "verify" transition), approving its anonymized text
(`anonymize.review.anonymization_approve`) and approving it for export (the "approve"
transition). The rule, whatever anyone's roles:

1. nobody takes any of the three on a testimony they entered (`created_by`) or last edited
   (`updated_by`);
2. whoever approves it for export did not verify it: the verifier is the actor of the latest
   audit event that moved the testimony to "verified" (`transition` writes one for every move,
   and the trail is append-only); when none is recorded, approval is refused, never assumed.

So at least two people other than the author and the last editor are needed: the verifier and
another who approves for export. The anonymized text may be approved by either of them or by a
third: a three-person office works (the author; a reviewer who verifies; a coordinator who
approves the anonymized text and the export), and a single account, however many roles it
holds, cannot go from submitted to exportable. There is no override: a refusal says who must act
instead. `four_eyes_refusal()` is the one place these checks live; the redaction review calls
it for the anonymized text.
"""

import re
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from testimony.audit import audit_record
from testimony.models import (
    Anonymization,
    AuditEvent,
    ConsentWithdrawal,
    Language,
    ReviewComment,
    Status,
    Testimony,
)
from testimony.models.testimony import INTERVIEWED_NOT_ENTERED


class TransitionRefused(Exception):
    """The transition is not allowed; the message says why, for the person who asked."""


@dataclass(frozen=True)
class Rule:
    name: str
    sources: frozenset[str]
    target: str
    permission: str
    label: str
    # Four eyes: refused to whoever entered the testimony or made its last edit (and, for
    # "approve", to whoever verified it): see four_eyes_refusal().
    four_eyes: bool = False
    needs_note: bool = False


ALL_BUT_WITHDRAWN = frozenset(set(Status.values) - {Status.WITHDRAWN})

RULES = [
    Rule(
        "submit",
        frozenset({Status.DRAFT, Status.CHANGES_REQUESTED}),
        Status.SUBMITTED,
        "testimony.change_testimony",
        gettext_lazy("Submit for review"),
    ),
    Rule(
        "start_review",
        frozenset({Status.SUBMITTED}),
        Status.IN_REVIEW,
        "testimony.review_testimony",
        gettext_lazy("Start the review"),
        four_eyes=True,
    ),
    Rule(
        "request_changes",
        frozenset({Status.IN_REVIEW, Status.VERIFIED}),
        Status.CHANGES_REQUESTED,
        "testimony.review_testimony",
        gettext_lazy("Request changes"),
        four_eyes=True,
        needs_note=True,
    ),
    Rule(
        "verify",
        frozenset({Status.IN_REVIEW}),
        Status.VERIFIED,
        "testimony.review_testimony",
        gettext_lazy("Verify facts and indicators"),
        four_eyes=True,
    ),
    Rule(
        "approve",
        frozenset({Status.VERIFIED}),
        Status.APPROVED,
        "testimony.approve_testimony",
        gettext_lazy("Approve for export"),
        four_eyes=True,
    ),
    Rule(
        "reject",
        frozenset({Status.SUBMITTED, Status.IN_REVIEW, Status.VERIFIED}),
        Status.REJECTED,
        "testimony.review_testimony",
        gettext_lazy("Reject"),
        four_eyes=True,
        needs_note=True,
    ),
    Rule(
        "archive",
        frozenset({Status.APPROVED, Status.REJECTED}),
        Status.ARCHIVED,
        "testimony.approve_testimony",
        gettext_lazy("Archive"),
    ),
    Rule(
        "reopen",
        frozenset({Status.REJECTED, Status.ARCHIVED}),
        Status.DRAFT,
        "testimony.approve_testimony",
        gettext_lazy("Reopen as a draft"),
    ),
    Rule(
        "withdraw",
        ALL_BUT_WITHDRAWN,
        Status.WITHDRAWN,
        "testimony.withdraw_consent",
        gettext_lazy("Record withdrawal of consent"),
    ),
]
RULES_BY_NAME = {rule.name: rule for rule in RULES}

# States whose content may still be edited; later ones are fixed until sent back.
EDITABLE_STATES = frozenset(
    {Status.DRAFT, Status.SUBMITTED, Status.IN_REVIEW, Status.CHANGES_REQUESTED}
)

# The step of approving a testimony's anonymized text, which is not a status change.
APPROVE_ANONYMIZATION = "approve_anonymization"

# What a refused user reads, by step: "You entered this testimony; another reviewer must ..."
_SOMEONE_ELSE = {
    "start_review": gettext_lazy("another reviewer must review it"),
    "request_changes": gettext_lazy("another reviewer must review it"),
    "verify": gettext_lazy("another reviewer must verify it"),
    "approve": gettext_lazy("another coordinator must approve it"),
    "reject": gettext_lazy("another reviewer must decide on it"),
    APPROVE_ANONYMIZATION: gettext_lazy("another coordinator must approve its anonymized text"),
}
FOUR_EYES_STEPS = frozenset(_SOMEONE_ELSE)
_WHO_MAY = {
    "testimony.change_testimony": gettext_lazy("interviewers"),
    "testimony.review_testimony": gettext_lazy("reviewers"),
    "testimony.approve_testimony": gettext_lazy("coordinators"),
    "testimony.withdraw_consent": gettext_lazy("staff who record consent"),
}


def visible_testimonies(user: AbstractBaseUser) -> QuerySet[Testimony]:
    """What a user may see: everything for reviewers and up; own and shared ones otherwise."""
    testimonies = Testimony.objects.all()
    if user.has_perm("testimony.view_all_testimonies"):
        return testimonies
    if not user.has_perm("testimony.view_testimony"):
        return testimonies.none()
    shared = Testimony.shared_with.through.objects.filter(user_id=user.pk).values("testimony_id")
    return testimonies.filter(Q(created_by=user) | Q(interviewer=user) | Q(pk__in=shared))


def visible_testimony_ids(user: AbstractBaseUser) -> QuerySet:
    """The ids of `visible_testimonies(user)`, to join other tables to. For a user who sees
    their own testimonies, three disjoint sets one after another (`UNION ALL`: nothing to
    deduplicate): those they entered and those they interviewed and did not enter, each a range
    of an index led by the user (migration 0046), and those shared with them that they neither
    entered nor interviewed; one `OR` over the testimonies read a third of the table for the
    bench's interviewer (docs/BENCHMARKS.md, twenty-first pass). Joined rather than put after
    `IN`: PostgreSQL then guessed 200 ids and probed another table once per id."""
    testimonies = Testimony.objects.order_by()
    if user.has_perm("testimony.view_all_testimonies"):
        return testimonies.values_list("pk")
    if not user.has_perm("testimony.view_testimony"):
        return testimonies.none().values_list("pk")
    shared = Testimony.shared_with.through.objects.filter(user_id=user.pk).values("testimony_id")
    return (
        testimonies.filter(created_by=user)
        .values_list("pk")
        .union(
            testimonies.filter(INTERVIEWED_NOT_ENTERED, interviewer=user).values_list("pk"),
            testimonies.filter(pk__in=shared)
            .exclude(created_by=user)
            .exclude(interviewer=user)
            .values_list("pk"),
            all=True,
        )
        .order_by()
    )


# Returned by `_verifier_id` when no verification of the testimony is on the audit trail.
_NOBODY = object()


def _verifier_id(testimony: Testimony) -> object:
    """The user id of whoever last moved the testimony to "verified", or _NOBODY."""
    event = (
        AuditEvent.objects.filter(
            testimony=testimony,
            action=AuditEvent.Action.STATUS_CHANGED,
            detail__to=Status.VERIFIED,
        )
        .order_by("-sequence")
        .values("actor_id")
        .first()
    )
    if event is None or event["actor_id"] is None:
        return _NOBODY
    return event["actor_id"]


def four_eyes_refusal(testimony: Testimony, user: AbstractBaseUser, step: str) -> str | None:
    """Why four eyes keep `user` from `step` on `testimony`, naming who must act instead, or None.

    `step` is a rule's name ("verify", "approve", ...) or APPROVE_ANONYMIZATION.
    """
    if step not in FOUR_EYES_STEPS:
        raise ValueError(f"{step!r} is not a step four eyes apply to.")
    someone_else = _SOMEONE_ELSE[step]
    if testimony.created_by_id == user.pk:
        return _("You entered this testimony; %(someone_else)s.") % {"someone_else": someone_else}
    if testimony.updated_by_id == user.pk:
        return _("You made the last edit to this testimony; %(someone_else)s.") % {
            "someone_else": someone_else
        }
    if step == "approve":
        verifier = _verifier_id(testimony)
        if verifier is _NOBODY:
            return _(
                "Nobody is recorded as having verified this testimony, so it cannot be approved "
                "for export: a reviewer must request changes and verify it again once it is "
                "resubmitted."
            )
        if verifier == user.pk:
            return _(
                "You verified this testimony; another coordinator who did not verify it must "
                "approve it for export."
            )
    return None


def refusal(testimony: Testimony, rule: Rule, user: AbstractBaseUser) -> str | None:
    """Why `user` may not take `rule` on `testimony` now, or None when they may."""
    if testimony.status == Status.WITHDRAWN:
        return _("Consent was withdrawn: this testimony is locked and nothing more can be done.")
    if testimony.status not in rule.sources:
        return _("A testimony that is “%(status)s” cannot be moved on with “%(action)s”.") % {
            "status": testimony.get_status_display(),
            "action": rule.label,
        }
    if not user.has_perm(rule.permission):
        return _("Only %(who)s can do this: “%(action)s”.") % {
            "who": _WHO_MAY[rule.permission],
            "action": rule.label,
        }
    if rule.four_eyes and (reason := four_eyes_refusal(testimony, user, rule.name)):
        return reason
    if rule.name == "approve" and testimony.approved_anonymization() is None:
        return _(
            "The anonymized text of this version has not been approved yet: review the "
            "redactions first."
        )
    if rule.name == "approve" and (reason := english_refusal_for_export(testimony)):
        return reason
    if rule.name == "approve":
        consent = getattr(testimony, "consent", None)
        if consent is None or not consent.allows_un_submission():
            return _(
                "The witness's consent to submission to the UN is not recorded with its date "
                "and how it was given, so this testimony cannot be approved."
            )
    return None


def available_rules(testimony: Testimony, user: AbstractBaseUser) -> list[tuple[Rule, str | None]]:
    """The actions the detail page offers: those of the current state the user has a role for,
    each with the reason it is refused (four eyes, consent) or None."""
    offered = []
    for rule in RULES:
        if rule.name == "withdraw":
            continue  # a form of its own, not a button
        if testimony.status in rule.sources and user.has_perm(rule.permission):
            offered.append((rule, refusal(testimony, rule, user)))
    return offered


def edit_refusal(testimony: Testimony, user: AbstractBaseUser) -> str | None:
    """Why `user` may not edit the testimony now, or None."""
    if testimony.status == Status.WITHDRAWN:
        return _("Consent was withdrawn: this testimony is locked and cannot be edited.")
    if not user.has_perm("testimony.change_testimony"):
        return _("Only interviewers and reviewers can edit testimonies.")
    if testimony.status not in EDITABLE_STATES:
        return _(
            "A testimony that is “%(status)s” can no longer be edited; a reviewer must first "
            "request changes."
        ) % {"status": testimony.get_status_display()}
    return None


@transaction.atomic
def transition(testimony: Testimony, to: str, *, by: AbstractBaseUser, note: str = "") -> Testimony:
    """Move `testimony` to status `to`, or raise TransitionRefused saying why not."""
    candidates = [rule for rule in RULES if rule.target == to and testimony.status in rule.sources]
    if not candidates:
        rule = next((rule for rule in RULES if rule.target == to), None)
        if rule is None:
            raise TransitionRefused(_("That is not a status a testimony can be moved to."))
    else:
        rule = candidates[0]
    if reason := refusal(testimony, rule, by):
        raise TransitionRefused(reason)
    note = note.strip()
    if rule.needs_note and not note:
        raise TransitionRefused(_("Say why: the author will read your reason."))

    now = timezone.now()
    seen_status = testimony.status
    updates: dict[str, object] = {"status": rule.target}
    if rule.target == Status.SUBMITTED:
        updates["submitted_at"] = now
    if rule.name == "start_review" and testimony.assigned_reviewer_id is None:
        updates["assigned_reviewer"] = by
    moved = Testimony.objects.filter(pk=testimony.pk, status=seen_status).update(**updates)
    if not moved:
        raise TransitionRefused(
            _(
                "Someone else changed the status of this testimony a moment ago. Reload the "
                "page to see where it stands."
            )
        )
    for field, value in updates.items():
        setattr(testimony, field, value)

    if rule.name == "submit":
        # A resubmission answers the open change requests.
        testimony.comments.filter(
            kind=ReviewComment.Kind.CHANGE_REQUEST, resolved_at__isnull=True
        ).update(resolved_at=now, resolved_by=by)
    if note:
        ReviewComment.objects.create(
            testimony=testimony,
            author=by,
            kind=(
                ReviewComment.Kind.CHANGE_REQUEST
                if rule.name == "request_changes"
                else ReviewComment.Kind.COMMENT
            ),
            body=note,
            version_number=testimony.revision,
        )
    audit_record(
        actor=by,
        action=AuditEvent.Action.STATUS_CHANGED,
        testimony=testimony,
        detail={"from": seen_status, "to": rule.target, "rule": rule.name},
    )
    return testimony


@transaction.atomic
def consent_withdraw(
    *, testimony: Testimony, by: AbstractBaseUser, withdrawn_on: date, how: str, note: str = ""
) -> ConsentWithdrawal:
    """Record that the witness withdrew consent and lock the testimony, whatever its state."""
    status_before = testimony.status
    transition(testimony, Status.WITHDRAWN, by=by)
    withdrawal = ConsentWithdrawal.objects.create(
        testimony=testimony,
        withdrawn_on=withdrawn_on,
        how=how,
        note=note,
        recorded_by=by,
        status_before=status_before,
    )
    audit_record(actor=by, action=AuditEvent.Action.CONSENT_WITHDRAWN, testimony=testimony)
    return withdrawal


# --- English before export (issue #17) ---------------------------------------------------------
#
# A special procedure reads English. A testimony is approved for export only with an English
# text: the original narrative when the witness spoke English, otherwise the English translation,
# anonymized and approved in the same Anonymization as the original. "An English text" means, in
# words, at least one sentence in English: three words or more of Latin letters, ten letters or
# more in all, and not only a placeholder ("TBD", "N/A", "translation to follow"). Whitespace,
# zero-width characters, Hangul or punctuation alone are no English text.
#
# The same three regular expressions decide in Python (approval) and in the database
# (`exportable_testimonies()`, through Django's regex lookups: POSIX regular expressions on
# PostgreSQL, Python's `re` on SQLite), so what approval accepts is what export reads. They use
# only what both dialects read alike: bracket ranges, `+`, `*`, `{n}`, `^`, `$` and groups.

ENGLISH_WORDS_RE = r"[A-Za-z]+[^A-Za-z]+[A-Za-z]+[^A-Za-z]+[A-Za-z]+"
ENGLISH_LETTERS_RE = r"([A-Za-z][^A-Za-z]*){10}"
_PLACEHOLDERS = (
    "tbd",
    "tbc",
    "tba",
    "todo",
    "to do",
    "n a",
    "na",
    "none",
    "nil",
    "pending",
    "later",
    "to follow",
    "to be done",
    "to be added",
    "to be added later",
    "to be translated",
    "to be translated later",
    "not translated",
    "not yet translated",
    "not translated yet",
    "translation",
    "translation pending",
    "translation to follow",
    "translation will follow",
    "translation to be added",
    "translation later",
    "english",
    "english to follow",
    "english translation",
    "english translation pending",
    "english translation to follow",
    "english translation to be added",
    "see original",
    "see the original",
    "same as original",
    "same as the original",
    "lorem ipsum",
)
# Case-insensitive: the whole text is nothing but one placeholder, whatever the punctuation.
ENGLISH_PLACEHOLDER_RE = (
    "^[^a-z]*("
    + "|".join(sorted({"[^a-z]+".join(phrase.split()) for phrase in _PLACEHOLDERS}))
    + ")[^a-z]*$"
)
_WORDS = re.compile(ENGLISH_WORDS_RE)
_LETTERS = re.compile(ENGLISH_LETTERS_RE)
_PLACEHOLDER = re.compile(ENGLISH_PLACEHOLDER_RE, re.IGNORECASE)


def is_english_text(text: str) -> bool:
    """Whether `text` holds at least one sentence in English (see above)."""
    return bool(_WORDS.search(text) and _LETTERS.search(text) and not _PLACEHOLDER.search(text))


def _english_q(prefix: str) -> Q:
    """The database's `is_english_text` on the field `prefix` (of Anonymization)."""
    return (
        Q(**{f"{prefix}__regex": ENGLISH_WORDS_RE})
        & Q(**{f"{prefix}__regex": ENGLISH_LETTERS_RE})
        & ~Q(**{f"{prefix}__iregex": ENGLISH_PLACEHOLDER_RE})
    )


def anonymization_has_english(anonymization: Anonymization, language: str) -> bool:
    """Whether an approved anonymization carries the English a bundle needs: its English text,
    or, for a statement given in English, its anonymized original (approvals made before this
    rule left `english` blank for those)."""
    return is_english_text(anonymization.english) or (
        language == Language.ENGLISH and is_english_text(anonymization.original)
    )


def released_english(anonymization: Anonymization, language: str) -> str:
    """The anonymized English text a bundle releases as the description of the facts."""
    if is_english_text(anonymization.english):
        return anonymization.english
    if language == Language.ENGLISH:
        return anonymization.original
    return anonymization.english


def _has_letters(text: str) -> bool:
    return any(char.isalnum() for char in text)


def english_refusal(
    testimony: Testimony, *, language: str, original: str, english: str, anonymized: str | None
) -> str | None:
    """Why the narrative has no English text to approve, in words saying what to do, or None.

    `original` and `english` are the narrative's texts; `anonymized` is the English text the
    approval would store (None when not computed yet)."""
    label = Language(language).label if language in Language.values else language
    if language == Language.ENGLISH:
        if not is_english_text(original):
            message = _(
                "This testimony is recorded as given in English, but its original narrative has "
                "no sentence in English (at least three words and ten letters, not a placeholder "
                "such as “TBD”). Correct the language or the narrative on the edit page, then "
                "review its anonymization."
            )
            return _with_edit_hint(message, testimony)
    elif not _has_letters(english):
        message = _(
            "This testimony was given in %(language)s and has no English translation yet. Add the "
            "English translation on the edit page, then review its anonymization."
        ) % {"language": label}
        return _with_edit_hint(message, testimony)
    elif not is_english_text(english):
        message = _(
            "This testimony was given in %(language)s and its English translation is not a "
            "translation yet: it needs at least one sentence in English (three words and ten "
            "letters or more), not a placeholder such as “TBD”. Complete the English translation "
            "on the edit page, then review its anonymization."
        ) % {"language": label}
        return _with_edit_hint(message, testimony)
    if anonymized is not None and not is_english_text(anonymized):
        return _(
            "Once its redactions are applied, the English text of this testimony has no sentence "
            "left (at least three words and ten letters). Check the redactions of the English "
            "text: a bundle needs the facts in English."
        )
    return None


def _with_edit_hint(message: str, testimony: Testimony) -> str:
    if testimony.status in EDITABLE_STATES:
        return message
    return "{} {}".format(
        message,
        _(
            "A testimony that is “%(status)s” cannot be edited: a reviewer must first request "
            "changes."
        )
        % {"status": testimony.get_status_display()},
    )


def english_refusal_for_export(testimony: Testimony) -> str | None:
    """Why the approved anonymized text of the current version lacks English, or None (also
    None when there is no approved text: that refusal is said first, elsewhere)."""
    anonymization = testimony.approved_anonymization()
    if anonymization is None:
        return None
    narrative = getattr(testimony, "narrative", None)
    language = narrative.language if narrative else Language.KOREAN
    if anonymization_has_english(anonymization, language):
        return None
    reason = None
    if narrative is not None:
        reason = english_refusal(
            testimony,
            language=language,
            original=narrative.original,
            english=narrative.english,
            anonymized=released_english(anonymization, language),
        )
    return reason or _(
        "The approved anonymized text of this version has no English: a bundle needs the facts "
        "in English. Add the English translation on the edit page, then review its anonymization."
    )


def exportable_testimonies() -> QuerySet[Testimony]:
    """The only testimonies any export may read: approved, consented, never withdrawn, with an
    approved anonymized text of their current version (at most one: one per version) that
    carries English (`anonymization_has_english`: approvals made before that rule are checked
    here, at export time, not migrated)."""
    with_english = Anonymization.objects.filter(
        testimony=OuterRef("pk"),
        version_number=OuterRef("revision"),
        approved_at__isnull=False,
    ).filter(
        _english_q("english")
        | (Q(testimony__narrative__language=Language.ENGLISH) & _english_q("original"))
    )
    return (
        Testimony.objects.filter(
            status=Status.APPROVED,
            withdrawal__isnull=True,
            consent__un_submission=True,
            consent__given_on__isnull=False,
            anonymizations__version_number=F("revision"),
            anonymizations__approved_at__isnull=False,
        )
        .filter(Exists(with_english))
        .exclude(consent__method="")
    )
