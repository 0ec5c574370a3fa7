"""Command-line arguments checked before use, so that a command stops with one sentence
(CommandError) rather than a traceback.

Python hands over an argument whose bytes are not UTF-8 (typed in a terminal set to EUC-KR or
CP949, pasted from a file in another encoding) as text with lone surrogates, which neither the
database nor a UTF-8 terminal accepts; a NUL cannot be part of a path or of any stored text.
"""

from django.core.management.base import CommandError


def text_argument(value: str, what: str) -> str:
    """`value`, if it is text the database, the file system and the terminal can take."""
    if "\x00" in value:
        raise CommandError(f"{what} contains a NUL character; type it again.")
    if any("\ud800" <= char <= "\udfff" for char in value):
        raise CommandError(
            f"{what} is not UTF-8 text; check the terminal's encoding (it must be UTF-8) "
            "and type it again."
        )
    return value
