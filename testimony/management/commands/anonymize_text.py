"""`manage.py anonymize_text FILE --persons PERSONS.json [--format json|text]`.

Anonymizes one UTF-8 text file against the persons listed in PERSONS.json (a list of objects
with `name`, and optionally `hangul`, `role` and `aliases`), with the default public figures.
Needs no database: batch jobs and scripts can run it anywhere the code is.

The file's text is normalized first, as every text entering the application is
(testimony/text.py: LF line breaks, NFC): the offsets of the JSON output count code points of
that normalized text, and its "text" is that text anonymized. The names are normalized too.
"""

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from testimony.anonymize.failure import DetectionFailed
from testimony.anonymize.redact import DEFAULT_PUBLIC_FIGURES, anonymize, assign_pseudonyms
from testimony.management.arguments import text_argument
from testimony.text import normalize_text


def _read_text(path: str, what: str) -> str:
    text_argument(path, f"The path of {what[0].lower()}{what[1:]}")
    try:
        # newline="" keeps every line break as written: normalize_text decides what they become.
        with Path(path).open(encoding="utf-8", newline="") as file:
            return file.read()
    except FileNotFoundError as error:
        raise CommandError(f"{what} {path} does not exist.") from error
    except IsADirectoryError as error:
        raise CommandError(f"{what} {path} is a directory, not a file.") from error
    except UnicodeDecodeError as error:
        raise CommandError(
            f"{what} {path} is not UTF-8 text (byte {error.start} cannot be decoded)."
        ) from error
    except OSError as error:
        raise CommandError(f"{what} {path} cannot be read: {error.strerror}.") from error


def _persons(path: str) -> list[dict]:
    raw = _read_text(path, "The persons file")
    try:
        persons = json.loads(raw)
    except json.JSONDecodeError as error:
        raise CommandError(
            f"The persons file {path} is not valid JSON: {error.msg} "
            f"(line {error.lineno}, column {error.colno})."
        ) from error
    if not isinstance(persons, list):
        raise CommandError(f"The persons file {path} must hold a list of persons.")
    for number, person in enumerate(persons, start=1):
        if not isinstance(person, dict):
            raise CommandError(f"Person {number} in {path} is not an object.")
        name = person.get("name")
        if not isinstance(name, str) or not name.strip():
            raise CommandError(f'Person {number} in {path} has no "name".')
        for key in ("hangul", "role"):
            if person.get(key) is not None and not isinstance(person[key], str):
                raise CommandError(f'The "{key}" of person {number} in {path} must be text.')
        aliases = person.get("aliases", [])
        if aliases is None:
            aliases = []
        if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
            raise CommandError(
                f'The "aliases" of person {number} in {path} must be a list of names.'
            )
        # JSON can carry a lone surrogate ("\ud800"), which no output can hold.
        for value in [name, person.get("hangul") or "", person.get("role") or "", *aliases]:
            text_argument(value, f"A name of person {number} in {path}")
    return [_normalized(person) for person in persons]


def _normalized(value: Any) -> Any:
    if isinstance(value, str):
        return normalize_text(value)
    if isinstance(value, list):
        return [_normalized(item) for item in value]
    if isinstance(value, dict):
        return {key: _normalized(item) for key, item in value.items()}
    return value


class Command(BaseCommand):
    help = "Replace the names of the listed persons (and detected names) in a UTF-8 text file."
    # No database and no system checks: the command must run with any settings.
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", metavar="FILE", help="the text to anonymize, UTF-8")
        parser.add_argument(
            "--persons",
            required=True,
            metavar="PERSONS.json",
            help='a JSON list of {"name", "hangul", "role", "aliases"} objects',
        )
        parser.add_argument(
            "--format",
            choices=["json", "text"],
            default="json",
            help="json: the text and every span (default); text: the anonymized text only",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        text = normalize_text(_read_text(options["file"], "The file"))
        persons = assign_pseudonyms(_persons(options["persons"]))
        try:
            result = anonymize(text, persons, public_figures=list(DEFAULT_PUBLIC_FIGURES))
        except DetectionFailed:
            raise CommandError(
                "Automatic name detection failed on this text (the log says where); nothing "
                "was written. Report it: the text itself is not in the log."
            ) from None
        if options["format"] == "text":
            self.stdout.write(result.text, ending="")
            return
        self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False))
