"""The shared vocabulary of the anonymization modules: who is registered, what was found."""

from dataclasses import dataclass, field
from typing import Literal

Source = Literal["registered", "detected", "quasi"]


@dataclass(frozen=True)
class RegisteredPerson:
    """A person whose names must never leave the system, and the pseudonym that replaces them."""

    key: str  # stable id: a Person uuid, or "person-N" for command-line input
    name: str  # romanized, as registered ("Rim Myong-chol")
    pseudonym: str  # "Witness A", "Supervisor 2"
    hangul: str = ""
    aliases: tuple[str, ...] = ()
    role: str = ""


@dataclass(frozen=True)
class Span:
    """A stretch of text [start, end) to replace. Offsets are in characters of the input text."""

    start: int
    end: int
    text: str
    replacement: str
    source: Source
    reason: str
    person_key: str = ""  # the RegisteredPerson.key for registered spans

    def as_json(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "replacement": self.replacement,
            "source": self.source,
        }


@dataclass
class Result:
    text: str
    spans: list[Span] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"text": self.text, "spans": [span.as_json() for span in self.spans]}
