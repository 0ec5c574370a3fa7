"""The templates' side of the one door to identities (testimony/reveal.py)."""

from django import template

from testimony.models import IndicatorTag
from testimony.reveal import Identities

register = template.Library()


@register.filter
def shown(value: str | None, identities: Identities) -> str:
    """`{{ comment.body|shown:identities }}`: the original when the door is open for this
    testimony, the machine-redacted text otherwise."""
    return identities.shown(value or "")


@register.filter
def passage_shown(tag: IndicatorTag, identities: Identities) -> str:
    """`{{ tag|passage_shown:identities }}`: an indicator's passage, the original when the door
    is open, as approved in the redaction review otherwise, machine-redacted before that."""
    return identities.shown_passage(tag)
