"""Attachment pages: adding a file to a testimony, downloading it, deleting it.

Every view first finds the testimony among those the user may see (404 otherwise) and then the
attachment among that testimony's own, so an attachment id pasted under another testimony's URL
is a 404 too. Files are only ever sent as downloads, with a generic name.
"""

import logging
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.reauth import reauthentication_redirect, recently_authenticated
from testimony.attachments import (
    AttachmentDamaged,
    AttachmentForm,
    attachment_delete,
    attachment_open,
    attachment_upload,
)
from testimony.models import Attachment, Testimony
from testimony.workflow import edit_refusal, visible_testimonies

logger = logging.getLogger(__name__)


def _get_testimony_for_user(request: HttpRequest, uuid: UUID) -> Testimony:
    return get_object_or_404(visible_testimonies(request.user), uuid=uuid)


def _get_attachment_for_user(request: HttpRequest, uuid: UUID, attachment: UUID) -> Attachment:
    """The live attachment of a testimony the user may see; 404 for anything else."""
    testimony = _get_testimony_for_user(request, uuid)
    return get_object_or_404(
        Attachment.objects.select_related("testimony"),
        uuid=attachment,
        testimony=testimony,
        deleted_at__isnull=True,
    )


def attachment_context(testimony: Testimony, user: AbstractBaseUser) -> dict:
    """What the detail page's attachments section needs; empty for users who may not see it."""
    if not user.has_perm("testimony.view_attachment"):
        return {}
    attachments = list(
        testimony.attachments.select_related("uploaded_by", "deleted_by").prefetch_related(
            "custody__actor"
        )
    )
    may_add = user.has_perm("testimony.add_attachment") and edit_refusal(testimony, user) is None
    return {
        "attachments": attachments,
        "attachment_form": AttachmentForm() if may_add else None,
        "can_delete_attachments": may_add and user.has_perm("testimony.delete_attachment"),
    }


@login_required
@permission_required("testimony.add_attachment", raise_exception=True)
def attachment_add(request: HttpRequest, uuid: UUID) -> HttpResponse:
    """Upload a file; a refused file comes back on this page with the reason in words."""
    testimony = _get_testimony_for_user(request, uuid)
    if reason := edit_refusal(testimony, request.user):
        messages.error(request, reason)
        return redirect(testimony)
    form = AttachmentForm()
    if request.method == "POST":
        files = request.FILES  # parsing the body is what marks an oversized upload
        form = AttachmentForm(
            request.POST,
            files,
            request_too_large=getattr(request, "upload_too_large", False),
        )
        if form.is_valid():
            attachment_upload(
                testimony=testimony,
                by=request.user,
                upload=form.cleaned_data["file"],
                category=form.cleaned_data["category"],
            )
            messages.success(
                request,
                _("The file was added to %(case)s, encrypted.") % {"case": testimony.case_code},
            )
            return redirect(f"{testimony.get_absolute_url()}#attachments")
    ctx = {"testimony": testimony, "form": form}
    return render(request, "testimony/attachment_add.html", ctx)


@login_required
@permission_required("testimony.view_attachment", raise_exception=True)
def attachment_download(request: HttpRequest, uuid: UUID, attachment: UUID) -> HttpResponse:
    """The decrypted file as a download with a generic name; every download is recorded.

    A consent form carries the witness's name and signature, so, as for revealing identities,
    the password must have been confirmed within the last minutes.
    """
    found = _get_attachment_for_user(request, uuid, attachment)
    if not recently_authenticated(request):
        return reauthentication_redirect(request.path)
    try:
        chunks = attachment_open(found, by=request.user)
    except (AttachmentDamaged, FileNotFoundError):
        logger.error("Attachment %s cannot be read from storage.", found.uuid)
        raise Http404 from None
    response = StreamingHttpResponse(chunks, content_type=found.content_type)
    response["Content-Length"] = str(found.size)
    response["Content-Disposition"] = content_disposition_header(True, found.download_name())
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    return response


@login_required
@permission_required("testimony.delete_attachment", raise_exception=True)
@require_POST
def attachment_remove(request: HttpRequest, uuid: UUID, attachment: UUID) -> HttpResponse:
    """Delete the file and its key; what it was and who touched it stay on record."""
    found = _get_attachment_for_user(request, uuid, attachment)
    if reason := edit_refusal(found.testimony, request.user):
        messages.error(request, reason)
    else:
        attachment_delete(attachment=found, by=request.user)
        messages.success(request, _("The file was deleted. Its record of custody is kept."))
    return redirect(f"{found.testimony.get_absolute_url()}#attachments")
