from typing import TYPE_CHECKING

from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from testimony.anonymize.reason_labels import reason_label
from testimony.models import Status

if TYPE_CHECKING:
    from testimony.anonymize.review import FieldReview

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


@register.filter(name="reason_label")
def reason_label_filter(reason: str) -> str:
    """Why a finder proposed or listed a word, in the reader's language (`reason_labels`)."""
    return reason_label(reason)


@register.simple_tag
def redaction_text(review: "FieldReview", lang: str = "") -> str:
    """A narrative with its proposals marked, built here rather than in the template so that
    no template whitespace creeps into the text: the page computes selection offsets from it."""
    pieces = []
    for text, proposal in review.segments():
        if proposal is None:
            pieces.append(conditional_escape(text))
            continue
        if not hasattr(proposal, "span"):  # an unresolved item: decided in the list beside
            pieces.append(
                format_html(
                    '<span class="unresolved-token bg-warning-subtle border-bottom border-2 '
                    'border-warning" title="{} {}">{}</span>',
                    gettext("Not resolved yet:"),
                    reason_label(proposal.reason),
                    text,
                )
            )
            continue
        state = "accepted" if proposal.accepted else "rejected"
        pieces.append(
            format_html(
                '<mark class="redaction redaction-{} redaction-{}" title="{} → {}">{}</mark>',
                state,
                proposal.span.source,
                reason_label(proposal.span.reason),
                proposal.span.replacement,
                text,
            )
        )
    return format_html(
        '<div class="redaction-text border rounded p-3" data-field="{}" lang="{}">{}</div>',
        review.name,
        lang,
        format_html_join("", "{}", ((piece,) for piece in pieces)),
    )
