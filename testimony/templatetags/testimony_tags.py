from django import template
from django.utils.translation import gettext_lazy as _

from testimony.models import Status

register = template.Library()

STATUS_COLOURS = {
    Status.DRAFT: "secondary",
    Status.SUBMITTED: "info",
    Status.IN_REVIEW: "primary",
    Status.CHANGES_REQUESTED: "warning",
    Status.VERIFIED: "teal",
    Status.APPROVED: "success",
    Status.REJECTED: "danger",
    Status.WITHDRAWN: "dark",
    Status.ARCHIVED: "light",
}


@register.inclusion_tag("testimony/_status_badge.html")
def status_badge(status: str) -> dict:
    return {
        "colour": STATUS_COLOURS.get(status, "secondary"),
        "label": Status(status).label if status in Status.values else status,
    }


@register.filter
def yes_no_unknown(value: bool | None) -> str:
    """A tri-state fact as words: silence is 'not stated', never 'no'."""
    if value is None:
        return _("Not stated")
    return _("Yes") if value else _("No")
