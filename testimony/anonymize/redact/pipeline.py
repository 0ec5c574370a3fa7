"""One call for the whole pipeline: registered names, then detected ones, merged and applied."""

from collections.abc import Sequence

from testimony.anonymize.redact.matcher import NameMatcher
from testimony.anonymize.spans import RegisteredPerson, Result


def anonymize(
    text: str,
    persons: list[RegisteredPerson],
    public_figures: list[str] | None = None,
    detect: bool = True,
    *,
    matcher: NameMatcher | None = None,
    named_by_reviewer: Sequence[str] = (),
) -> Result:
    """`text` with registered names replaced by pseudonyms and, with `detect`, unregistered
    names by the detector's replacement. Spans are sorted, with offsets into `text`.

    `public_figures` None means DEFAULT_PUBLIC_FIGURES. Pass a `matcher` built once to scan
    many texts against one large registry; `persons` and `public_figures` are then ignored.
    `named_by_reviewer`: names a reviewer redacted in the same testimony, whose other mentions
    (bare surname, given name, parts) are then proposed as a detected name's are."""
    if matcher is None:
        matcher = NameMatcher(persons, public_figures)
    return matcher.anonymize(text, detect=detect, named_by_reviewer=named_by_reviewer)
