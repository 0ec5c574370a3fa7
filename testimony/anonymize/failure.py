"""A finder that fails says so, instead of failing the page that asked.

Detection is hundreds of rules over whatever a witness's text holds; a rule that raises on a
text nobody foresaw (an index past the last word, say) would otherwise answer the redaction
review, a masked page or an import with a 500, and keep doing so for that text. The entry
points the rest of the application calls (`NameMatcher.anonymize`, `detect_names`,
`unresolved_tokens`, `quasi_identifiers`) are `guarded`: any exception inside becomes
`DetectionFailed`, logged once with where it happened and never with the text, its names or
the exception's message (which may quote them). Each caller then protects: the review lists
the text as failed and refuses approval, a masked page withholds the text, the import warns.
"""

import functools
import logging
import traceback
from collections.abc import Callable

logger = logging.getLogger("testimony.anonymize")


class DetectionFailed(Exception):
    """A finder raised on a text: nothing it would have found is known. Already logged."""


def _where(error: BaseException) -> str:
    """The frames of the error's traceback as file:line (function), innermost last; no
    message, no values."""
    frames = traceback.extract_tb(error.__traceback__)
    return " <- ".join(
        f"{'/'.join(frame.filename.split('/')[-2:])}:{frame.lineno} ({frame.name})"
        for frame in reversed(frames[-8:])
    )


def guarded[**P, R](function: Callable[P, R]) -> Callable[P, R]:
    """`function` raising anything but `DetectionFailed` raises `DetectionFailed` instead,
    after one log line naming the exception's class and where it was raised."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except DetectionFailed:
            raise
        except Exception as error:  # any failure of a finder is contained
            logger.error(
                "Name detection failed in %s: %s at %s",
                function.__qualname__,
                type(error).__name__,
                _where(error),
            )
            raise DetectionFailed(function.__qualname__) from None

    return wrapper
