"""Linking entities: proposals while typing a name on the entry page, and merging duplicate
entities (and undoing a merge) for reviewers. Entities are named plainly; nothing here shows or
reads a person."""

import uuid

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from accounts.middleware import wants_json
from testimony.entity_linking import (
    QUERY_MAX_LENGTH,
    MergeRefused,
    merge_entities,
    merge_refusal,
    suggestions,
    testimony_counts,
    undo_merge,
)
from testimony.models import Entity, EntityMerge, entity_key
from testimony.posting_forms import EMPLOYER_KINDS, SITE_KINDS, entity_datalists, not_same_uuids

# What the entry page's inputs ask for: the kinds each one proposes.
SUGGEST_KINDS = {
    "employer": EMPLOYER_KINDS,
    "site": SITE_KINDS,
    "all": (),
    **{kind: (kind,) for kind in Entity.Kind.values},
}


def _refused(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message, "results": []}, status=status)


@require_GET
def entity_suggest(request: HttpRequest) -> HttpResponse:
    """Up to ten recorded entities matching the typed `q`, of `kind` (employer, site, all or an
    entity kind), as JSON: {"results": [{uuid, name, name_ko, kind, kind_label, testimonies,
    exact}], "query": the folded text}. `not` (uuids, comma-separated): proposals the user set
    aside; `linked` (uuid): the entity the field is linked to, whose "not the same" entities are
    left out. A bad request is answered with a sentence and status 400, never a 500."""
    if not request.user.is_authenticated:
        if wants_json(request):
            return _refused(_("You are signed out: sign in again to keep working."), 401)
        return redirect_to_login(request.get_full_path())
    user = request.user
    if not (
        user.has_perm("testimony.add_testimony") or user.has_perm("testimony.change_testimony")
    ):
        return _refused(_("You may not enter testimonies, so no entity is proposed."), 403)
    text = request.GET.get("q", "")
    kind = request.GET.get("kind", "all") or "all"
    if kind not in SUGGEST_KINDS:
        return _refused(
            _("“%(kind)s” is not a kind of entity: ask for employer, site or all.")
            % {"kind": kind[:40]},
            400,
        )
    if len(text) > QUERY_MAX_LENGTH:
        return _refused(
            _("The name is too long to look up: an entity's name has at most %(limit)s characters.")
            % {"limit": QUERY_MAX_LENGTH},
            400,
        )
    excluded = tuple(str(value) for value in not_same_uuids(request.GET.get("not", "")))
    linked = None
    if linked_uuids := not_same_uuids(request.GET.get("linked", "")):
        linked = Entity.objects.filter(uuid=linked_uuids[0]).first()
    found = suggestions(
        text, kinds=SUGGEST_KINDS[kind], user=user, excluded=excluded, linked=linked
    )
    return JsonResponse(
        {"query": entity_key(text), "results": [suggestion.as_json() for suggestion in found]}
    )


def entity_from_text(text: str) -> tuple[Entity | None, str | None]:
    """The entity a merge form names, by uuid or by name (any spelling); or why it is not
    found, in words."""
    text = (text or "").strip()
    try:
        entity = Entity.objects.filter(uuid=uuid.UUID(text)).first()
    except ValueError:
        key = entity_key(text)
        found = (
            list(Entity.objects.filter(Q(match_key=key) | Q(match_key_ko=key))[:5]) if key else []
        )
        if len(found) > 1:
            choices = "; ".join(f"{entity.get_kind_display()}: {entity.uuid}" for entity in found)
            return None, _(
                "Several entities have this name (%(choices)s): enter the identifier of the one "
                "you mean."
            ) % {"choices": choices}
        entity = found[0] if found else None
    if entity is None:
        return None, _("No entity is recorded under this name or identifier.")
    return entity, None


class MergeForm(forms.Form):
    kept = forms.CharField(
        label=gettext_lazy("Keep this entity"),
        max_length=200,
        help_text=gettext_lazy("Its name or identifier. It keeps its name and receives the links."),
        widget=forms.TextInput(attrs={"list": "entity-all", "autocomplete": "off"}),
    )
    merged = forms.CharField(
        label=gettext_lazy("Merge this duplicate into it"),
        max_length=200,
        help_text=gettext_lazy(
            "Its name or identifier. Its testimonies move to the kept entity; it is kept "
            "aside, so the merge can be undone."
        ),
        widget=forms.TextInput(attrs={"list": "entity-all", "autocomplete": "off"}),
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        for field in ("kept", "merged"):
            if field not in cleaned:
                continue
            entity, error = entity_from_text(cleaned[field])
            if error:
                self.add_error(field, error)
            cleaned[f"{field}_entity"] = entity
        kept, merged = cleaned.get("kept_entity"), cleaned.get("merged_entity")
        if kept is not None and merged is not None and (reason := merge_refusal(kept, merged)):
            raise forms.ValidationError(reason)
        return cleaned


def _entity_rows(entities: list[Entity], user: object) -> list[dict]:
    counts = testimony_counts([entity.pk for entity in entities], user)
    return [{"entity": entity, "testimonies": counts[entity.pk]} for entity in entities]


@login_required
@permission_required("testimony.merge_entity", raise_exception=True)
def entity_merge(request: HttpRequest) -> HttpResponse:
    """Merge a duplicate entity into another (GET `?kept=&merged=` fills the form in), and the
    merges made so far, each with its undo."""
    if request.method == "POST":
        form = MergeForm(request.POST)
        if form.is_valid():
            try:
                merge_entities(
                    kept=form.cleaned_data["kept_entity"],
                    merged=form.cleaned_data["merged_entity"],
                    by=request.user,
                )
            except MergeRefused as refusal:
                form.add_error(None, str(refusal))
            else:
                messages.success(
                    request,
                    _("“%(merged)s” was merged into “%(kept)s”. The merge can be undone below.")
                    % {
                        "merged": form.cleaned_data["merged_entity"],
                        "kept": form.cleaned_data["kept_entity"],
                    },
                )
                return redirect("testimony:entity_merge")
    else:
        initial = {key: request.GET.get(key, "")[:200] for key in ("kept", "merged")}
        form = MergeForm(initial=initial)
    if form.is_bound:
        found = [form.cleaned_data.get(f"{field}_entity") for field in ("kept", "merged")]
    else:
        found = [entity_from_text(form.initial[field])[0] for field in ("kept", "merged")]
    chosen = [entity for entity in found if entity is not None]
    merges = list(EntityMerge.objects.select_related("kept", "merged", "by", "undone_by")[:30])
    ctx = {
        "form": form,
        "chosen": _entity_rows(chosen, request.user),
        "merges": merges,
        "datalists": {"entity-all": entity_datalists()["entity-all"]},
    }
    return render(request, "testimony/entity_merge.html", ctx)


@login_required
@permission_required("testimony.merge_entity", raise_exception=True)
@require_POST
def entity_merge_undo(request: HttpRequest, uuid: uuid.UUID) -> HttpResponse:
    record = get_object_or_404(EntityMerge.objects.select_related("kept", "merged"), uuid=uuid)
    try:
        undo_merge(record=record, by=request.user)
    except MergeRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(
            request,
            _("The merge was undone: “%(merged)s” stands on its own again with its testimonies.")
            % {"merged": record.merged},
        )
    return redirect(reverse("testimony:entity_merge"))
