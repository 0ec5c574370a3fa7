"""The entry and edit forms' drafts: autosave, restore and discard (testimony/drafts.py).

`save` and `restore` answer JSON to `static/js/drafts.js`; `discard` is an ordinary form that
comes back to the page. A draft is only ever the signed-in user's own: there is no way to name
another person's, so a draft that is not yours is simply not found (404).
"""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.middleware import idle_seconds_left
from testimony.drafts import (
    DraftRefused,
    draft_discard,
    draft_for,
    draft_is_stale,
    draft_restore,
    draft_save,
    fields_from_json,
)
from testimony.models import Testimony
from testimony.reveal import revealed
from testimony.views.access import get_testimony_for_user
from testimony.workflow import edit_refusal

ACTIONS = ("save", "restore", "discard")


def _refusal(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _form_url(testimony: Testimony | None) -> str:
    if testimony is None:
        return reverse("testimony:create")
    return reverse("testimony:edit", kwargs={"uuid": testimony.uuid})


def _time(moment: object) -> str:
    return formats.time_format(timezone.localtime(moment), "H:i")


@login_required
@require_POST
def draft_action(request: HttpRequest, action: str, uuid: UUID | None = None) -> HttpResponse:
    if action not in ACTIONS:
        raise Http404
    user = request.user
    testimony = None
    if uuid is None:
        if not user.has_perm("testimony.add_testimony"):
            return _refusal(_("Only interviewers can enter testimonies."), 403)
    else:
        testimony = get_testimony_for_user(request, uuid)
        if reason := edit_refusal(testimony, user):
            return _refusal(reason, 409)

    if action == "save":
        try:
            fields = fields_from_json(request.body)
        except RequestDataTooBig:
            return _refusal(_("The draft is larger than the form's limit and was not saved."), 413)
        except DraftRefused as refused:
            return _refusal(refused.message, 400)
        draft = draft_save(author=user, testimony=testimony, fields=fields)
        return JsonResponse(
            {
                "saved_at": draft.saved_at.isoformat(),
                "message": _("Draft saved at %(time)s.") % {"time": _time(draft.saved_at)},
                "seconds_left": idle_seconds_left(request),
            }
        )

    draft = draft_for(user, testimony)
    if action == "discard":
        draft_discard(user, testimony)
        messages.info(request, _("Your unsaved work was discarded."))
        return redirect(_form_url(testimony))

    if draft is None:
        return _refusal(_("There is no unsaved work to restore: it was saved or discarded."), 404)
    if testimony is not None and draft.identities_shown and not revealed(request, testimony):
        return _refusal(
            _("Your unsaved work holds names and the narrative: reveal them first, then restore."),
            403,
        )
    if testimony is not None and not draft.identities_shown and revealed(request, testimony):
        # Restored into a form showing the originals, its blanks would read as "keep" while the
        # page shows names and a narrative that saving would ignore.
        return _refusal(
            _("Your unsaved work was typed with names hidden: hide them first, then restore."),
            409,
        )
    fields = draft_restore(user, draft)
    message = _("Your work from %(time)s is back in the form. Check it, then save.") % {
        "time": _time(draft.saved_at)
    }
    if draft_is_stale(draft, testimony):
        message += " " + _(
            "Someone saved this testimony after you loaded it: saving will show you what "
            "they changed before anything is replaced."
        )
    return JsonResponse({"fields": fields, "message": message})
