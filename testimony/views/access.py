"""Access to a testimony, shared by every page: the one look-up that applies visibility."""

from uuid import UUID

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from testimony.models import (
    Testimony,
)
from testimony.workflow import (
    visible_testimonies,
)


def get_testimony_for_user(request: HttpRequest, uuid: UUID) -> Testimony:
    """The testimony, if the user may read it; 404 otherwise (never reveal that it exists)."""
    queryset = visible_testimonies(request.user).select_related(
        "country",
        "sector",
        "interviewer",
        "created_by",
        "updated_by",
        "narrative",
        "assigned_reviewer",
    )
    return get_object_or_404(queryset, uuid=uuid)
