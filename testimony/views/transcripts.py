"""Importing transcripts (DOCX, ODT, TXT, PDF, or a ZIP of them) as draft testimonies."""

import uuid as uuid_module
from contextlib import ExitStack
from uuid import UUID

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.reauth import reauthentication_redirect, recently_authenticated
from testimony.audit import audit_record
from testimony.forms import PastDateField
from testimony.importing.readers import ImportRefused, max_bytes
from testimony.importing.transcripts import (
    Transcript,
    transcript_kind,
    transcripts_import,
    transcripts_open,
)
from testimony.importing.uploads import (
    memory_uploads,
    upload_bytes,
    upload_discard,
    upload_store,
)
from testimony.models import AuditEvent, Country, ImportUpload, Language, Person, Sector
from testimony.views.importing import PERMISSION


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: object, initial: object = None) -> list:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


class TranscriptFactsForm(forms.Form):
    """The facts every transcript of an import shares (editable later); the page's form and
    `manage.py import_transcripts` check them alike."""

    interview_date = PastDateField(
        label=gettext_lazy("Interview date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    interview_place = forms.CharField(label=gettext_lazy("Interview place"), max_length=200)
    interviewer = forms.ModelChoiceField(
        label=gettext_lazy("Interviewer"),
        queryset=get_user_model().objects.filter(is_active=True).order_by("username"),
    )
    interview_language = forms.ChoiceField(
        label=gettext_lazy("Interview language"), choices=Language.choices
    )
    country = forms.ModelChoiceField(
        label=gettext_lazy("Country of work"), queryset=Country.objects.filter(is_active=True)
    )
    sector = forms.ModelChoiceField(
        label=gettext_lazy("Sector"), queryset=Sector.objects.filter(is_active=True)
    )

    def facts(self) -> dict[str, str]:
        data = self.cleaned_data
        return {
            "interview_date": data["interview_date"].isoformat(),
            "interview_place": data["interview_place"],
            "interviewer": str(data["interviewer"].pk),
            "interview_language": data["interview_language"],
            "country": str(data["country"].pk),
            "sector": str(data["sector"].pk),
        }


class TranscriptForm(TranscriptFactsForm):
    """The files, and the facts every transcript of this import shares."""

    field_order = ["files"]
    files = MultipleFileField(
        label=gettext_lazy("Transcripts"),
        help_text=gettext_lazy("DOCX, ODT, TXT or PDF with a text layer, or a ZIP of them."),
    )


def _batch_uploads(request: HttpRequest, batch: UUID) -> list[ImportUpload]:
    return list(
        ImportUpload.objects.filter(uploaded_by=request.user, mapping__batch=batch.hex).order_by(
            "uploaded_at", "id"
        )
    )


@memory_uploads  # the transcripts are received in memory only, never in a temporary file
@login_required
@permission_required(PERMISSION, raise_exception=True)
def transcripts_start(request: HttpRequest) -> HttpResponse:
    posted = request.method == "POST"
    form = TranscriptForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        initial={"interviewer": request.user},
    )
    # Read after the body: the upload handler marks a file cut off while it arrived.
    too_large = getattr(request, "upload_too_large", False)
    if request.method == "POST":
        if too_large:
            form.is_valid()  # the other fields' errors too; the file field only says "missing"
            form.errors.pop("file", None)
            form.errors.pop("files", None)
            form.add_error(
                None,
                _(
                    "The files sent are larger than %(limit)s together, the most accepted at "
                    "once. Send fewer files at a time."
                )
                % {"limit": filesizeformat(max_bytes())},
            )
        elif form.is_valid():
            batch = uuid_module.uuid4().hex
            mapping = {"batch": batch, "facts": form.facts()}
            stored: list[ImportUpload] = []
            try:
                for upload in form.cleaned_data["files"]:
                    stored.append(
                        upload_store(
                            upload=upload, by=request.user, kind_of=transcript_kind, mapping=mapping
                        )
                    )
            except ImportRefused as refused:
                for record in stored:
                    upload_discard(record)
                form.add_error("files", str(refused))
            else:
                return redirect("testimony:transcripts_preview", batch=UUID(batch))
    ctx = {"form": form, "limit": filesizeformat(max_bytes())}
    return render(
        request, "testimony/transcripts_start.html", ctx, status=413 if too_large else 200
    )


def _role_choices() -> list[tuple[str, str]]:
    return [("", _("do not register")), *Person.Role.choices]


@login_required
@permission_required(PERMISSION, raise_exception=True)
def transcripts_preview(request: HttpRequest, batch: UUID) -> HttpResponse:
    uploads = _batch_uploads(request, batch)
    if not uploads:
        return redirect("testimony:transcripts_start")
    show_names = request.GET.get("names") == "shown"
    if show_names and not recently_authenticated(request):
        return reauthentication_redirect(request.get_full_path())
    try:
        with ExitStack() as stack:
            transcripts: list[Transcript] = []
            for record in uploads:
                found = stack.enter_context(
                    transcripts_open(upload_bytes(record), record.original_name)
                )
                for transcript in found:
                    transcript.number = len(transcripts) + 1
                    transcripts.append(transcript)
            if request.method == "POST":
                roles = {
                    (transcript.number, index): request.POST.get(
                        f"role-{transcript.number}-{index}", ""
                    )
                    for transcript in transcripts
                    for index in range(len(transcript.names))
                }
                roles = {key: role for key, role in roles.items() if role in Person.Role.values}
                result = transcripts_import(
                    transcripts,
                    by=request.user,
                    facts=uploads[0].mapping["facts"],
                    roles=roles,
                    source=batch.hex,
                )
                if result.created:
                    for record in uploads:
                        upload_discard(record)
                    return render(request, "testimony/import_done.html", {"report": result})
                for problem in result.problems:
                    messages.error(request, problem)
            ctx = {
                "batch": batch,
                "transcripts": transcripts,
                "show_names": show_names,
                "role_choices": _role_choices(),
            }
            if show_names:
                audit_record(
                    actor=request.user,
                    action=AuditEvent.Action.IDENTITIES_VIEWED,
                    object_type="import",
                    object_id=batch.hex,
                    detail={"reason": "import"},
                )
            return render(request, "testimony/transcripts_preview.html", ctx)
    except ImportRefused as refused:
        messages.error(request, str(refused))
        for record in uploads:
            upload_discard(record)
        return redirect("testimony:transcripts_start")
