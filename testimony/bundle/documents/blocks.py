"""Blocks: what a document says, independent of its format."""

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing


@dataclass(frozen=True)
class Block:
    kind: str  # title, heading, subheading, para, field, bullet, quote, small, chart
    text: str = ""
    label: str = ""  # field label or bold lead-in; not user data
    drawing: Drawing | None = None


def _title(text: str) -> Block:
    return Block("title", text)


def _heading(text: str) -> Block:
    return Block("heading", text)


def _para(text: str, lead: str = "") -> Block:
    return Block("para", text, label=lead)


def _field(label: str, value: str) -> Block:
    return Block("field", value, label=label)


def _bullet(text: str, lead: str = "") -> Block:
    return Block("bullet", text, label=lead)


def _quote(text: str) -> Block:
    return Block("quote", text)


def _small(text: str) -> Block:
    return Block("small", text)
