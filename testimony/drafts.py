"""Unsaved work of the entry and edit forms, kept on the server so that nothing typed is lost.

A draft is the form's fields as the browser sends them: a list of (name, value) pairs, whatever
forms and formsets the page holds, so a field added to the page later is kept without a change
here. It comes from three places: the page's autosave (`static/js/drafts.js`, through
`views/drafts.py`), a form sent back with errors or a conflict, and a form sent after its
session ended (`accounts.middleware.SessionTimeoutMiddleware` calls `draft_keep_expired_post`
while it still knows whose session it was).

One draft per author and form (the entry page, or the edit page of one testimony); saving the
testimony deletes it; it expires `TESTIMONY_DRAFT_DAYS` after it was last saved. It is encrypted
at rest like the testimony (`Draft.fields` is an `EncryptedTextField`) and is only ever looked up
through its author, so nobody else can read it.
"""

import json
import re
from uuid import UUID

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.db import IntegrityError, transaction
from django.http import HttpRequest, QueryDict
from django.middleware.csrf import CsrfViewMiddleware
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.translation import gettext as _

from testimony.audit import audit_record
from testimony.models import NEW_ENTRY, AuditEvent, Draft, Testimony
from testimony.workflow import edit_refusal, visible_testimonies

# What a form's field may be called: Django's names and formset prefixes ("persons-0-role").
FIELD_NAME = re.compile(r"[A-Za-z0-9_-]{1,100}")
# Never kept: the token is the session's, and worthless (or harmful) to store.
NOT_KEPT = frozenset({"csrfmiddlewaretoken"})
SURROGATE = re.compile("[\ud800-\udfff]")


class DraftRefused(Exception):
    """A draft that cannot be stored, with the reason in words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


Fields = list[tuple[str, str]]


def form_key(testimony: Testimony | None) -> str:
    return NEW_ENTRY if testimony is None else str(testimony.uuid)


def _clean(pairs: list) -> Fields:
    if len(pairs) > settings.DATA_UPLOAD_MAX_NUMBER_FIELDS:
        raise DraftRefused(
            _("The draft has more than %(limit)s fields and was not saved.")
            % {"limit": f"{settings.DATA_UPLOAD_MAX_NUMBER_FIELDS:,}"}
        )
    fields: Fields = []
    for pair in pairs:
        if (
            not isinstance(pair, list | tuple)
            or len(pair) != 2
            or not all(isinstance(part, str) for part in pair)
        ):
            raise DraftRefused(
                _("The draft was not saved: each field must be a name and a text value.")
            )
        name, value = pair
        if name in NOT_KEPT:
            continue
        if not FIELD_NAME.fullmatch(name):
            raise DraftRefused(
                _("The draft was not saved: %(name)s is not the name of a field of this form.")
                % {"name": json.dumps(name[:40])}
            )
        # A lone surrogate cannot be stored as UTF-8; a browser sending the form would have
        # replaced it the same way.
        fields.append((name, SURROGATE.sub("\ufffd", value)))
    return fields


def fields_from_json(body: bytes) -> Fields:
    """The fields of an autosave: {"fields": [[name, value], ...]}, or DraftRefused."""
    try:
        document = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise DraftRefused(
            _("The draft was not saved: what arrived is not readable JSON.")
        ) from None
    if not isinstance(document, dict) or not isinstance(document.get("fields"), list):
        raise DraftRefused(_("The draft was not saved: it holds no list of fields."))
    return _clean(document["fields"])


def fields_from_post(post: QueryDict) -> Fields:
    return _clean([(name, value) for name, values in post.lists() for value in values])


def draft_save(
    *,
    author: AbstractBaseUser,
    testimony: Testimony | None,
    fields: Fields,
    source: str = Draft.Source.AUTOSAVE,
) -> Draft:
    """Store `fields` as the author's draft of the form, replacing the previous one."""
    values = dict(fields)
    revision = values.get("revision", "")
    # The revision as the edit page wrote it (ASCII digits); anything else, or a number no
    # column holds, is no revision: restoring then compares with nothing and the form's own
    # optimistic lock still decides.
    base_revision = (
        int(revision)
        if testimony is not None
        and revision.isascii()
        and revision.isdigit()
        and len(revision) < 10
        else None
    )
    defaults = {
        "testimony": testimony,
        "base_revision": base_revision,
        "identities_shown": testimony is not None and values.get("identities") == "shown",
        "source": source,
        "fields": json.dumps(fields, ensure_ascii=False),
        "saved_at": timezone.now(),
    }
    # Purged here as well as by the command, so an office without a timer keeps none for long.
    Draft.objects.expired().delete()
    key = form_key(testimony)
    for attempt in (1, 2):
        try:
            with transaction.atomic():
                draft, _created = Draft.objects.update_or_create(
                    author=author, form=key, defaults=defaults
                )
                return draft
        except IntegrityError:
            # Two autosaves of one form at once: the second finds the first's row.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def draft_for(author: AbstractBaseUser, testimony: Testimony | None) -> Draft | None:
    """The author's current draft of the form, if any (an expired one is deleted)."""
    if not author.is_authenticated:
        return None
    key = form_key(testimony)
    Draft.objects.expired().filter(author=author, form=key).delete()
    return Draft.objects.current().filter(author=author, form=key).first()


def draft_fields(draft: Draft) -> list[list[str]]:
    return json.loads(draft.fields)


def draft_discard(author: AbstractBaseUser, testimony: Testimony | None) -> None:
    Draft.objects.filter(author=author, form=form_key(testimony)).delete()


def draft_restore(author: AbstractBaseUser, draft: Draft) -> list[list[str]]:
    """The draft's fields, for the page to put back; audited, since it hands out names."""
    audit_record(
        actor=author,
        action=AuditEvent.Action.DRAFT_RESTORED,
        testimony=draft.testimony,
        detail={"source": draft.source, "form": "edit" if draft.testimony_id else "new"},
    )
    return draft_fields(draft)


def draft_is_stale(draft: Draft, testimony: Testimony | None) -> bool:
    """Whether the testimony was saved again since the edit draft's form was loaded."""
    return (
        testimony is not None
        and draft.base_revision is not None
        and draft.base_revision != testimony.revision
    )


# --- A form sent after its session ended -------------------------------------------------------

# The forms whose content is kept when it arrives after the session ended, by URL name.
KEPT_FORMS = {"testimony:create", "testimony:edit", "testimony:draft_new", "testimony:draft_edit"}


def kept_form_match(request: HttpRequest) -> tuple[str, UUID | None] | None:
    """(URL name, testimony uuid) when the request sends a form whose content is kept."""
    if request.method != "POST":
        return None
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.view_name not in KEPT_FORMS:
        return None
    if match.view_name.startswith("testimony:draft_") and match.kwargs.get("action") != "save":
        return None
    return match.view_name, match.kwargs.get("uuid")


def _csrf_passes(request: HttpRequest) -> bool:
    # The session middleware runs before the CSRF check: a form is kept only if it passes it.
    def view(request: HttpRequest) -> None:
        return None

    return CsrfViewMiddleware(view).process_view(request, view, (), {}) is None


def form_sent_signed_out(request: HttpRequest) -> bool:
    """Whether an anonymous request is this site's entry or edit form sent after signing out
    (it passes the CSRF check: a page of this site sent it, not another site)."""
    if kept_form_match(request) is None:
        return False
    try:
        return _csrf_passes(request)
    except (RequestDataTooBig, TooManyFieldsSent):
        return False


def draft_keep_expired_post(request: HttpRequest) -> Draft | None:
    """Keep what the entry or edit form sent after the session ended, bound to the session's
    user (still signed in on `request` when this runs), or None when it cannot be kept."""
    user = request.user
    found = kept_form_match(request)
    if found is None or not user.is_authenticated or not user.is_verified():
        return None
    view_name, uuid = found
    testimony = None
    if uuid is not None:
        testimony = visible_testimonies(user).filter(uuid=uuid).first()
        if testimony is None or edit_refusal(testimony, user):
            return None
    elif not user.has_perm("testimony.add_testimony"):
        return None
    try:
        if view_name.startswith("testimony:draft_"):
            fields = fields_from_json(request.body)
        else:
            fields = fields_from_post(request.POST)
    except (RequestDataTooBig, TooManyFieldsSent, DraftRefused):
        return None
    if not _csrf_passes(request):
        return None
    draft = draft_save(
        author=user, testimony=testimony, fields=fields, source=Draft.Source.EXPIRED_SESSION
    )
    audit_record(
        actor=user,
        action=AuditEvent.Action.DRAFT_KEPT,
        testimony=testimony,
        detail={"form": "edit" if testimony else "new"},
    )
    return draft
