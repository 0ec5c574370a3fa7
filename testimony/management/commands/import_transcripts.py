"""Import transcripts (DOCX, ODT, TXT, PDF with a text layer, or ZIPs of them) as drafts.

    manage.py import_transcripts PATH [PATH ...] --as USERNAME --date YYYY-MM-DD --place PLACE
        --country CODE --sector CODE [--interviewer USERNAME] [--language ko|en|...] [--dry-run]

PATH is a file, a ZIP of documents or a folder (every file in it and its subfolders, hidden
files left out). Each document is read exactly as on the 'Import transcripts' page
(importing/transcripts.py), in memory: the same refusals in the same words. The facts every
document shares are checked by the page's own form.

All or nothing, as on the page: if any document is refused, nothing is imported (exit status 1).
Per document the command prints what became of it (its case code, or why it was refused) and
how many names the detector found, never the names themselves: a terminal's scrollback is not a
place for them. Nor are file names, which often are a witness's name ("Kim Yong-su.docx"): a
document is told by its place, the path's number on the command line, its number in a folder
(in name order) and in a ZIP, and its type. The names are not registered as persons (on the
page a coordinator chooses each one's role after revealing them); register them on the
testimony's page.
"""

import uuid
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from testimony.attachments import TXT
from testimony.importing.readers import ImportRefused
from testimony.importing.transcripts import Transcript, transcripts_import, transcripts_open
from testimony.management.arguments import text_argument
from testimony.models import Country, Language, Sector
from testimony.views.transcripts import TranscriptFactsForm

PERMISSION = "testimony.import_testimonies"


@dataclass
class Document:
    label: str  # where it is, never its file name: "path 2, file 3 of the folder (.docx)"
    transcript: Transcript


def _files(paths: list[str]) -> list[tuple[Path, str]]:
    """The files named on the command line, a folder standing for the files under it, each
    with where it is in words that do not repeat its name."""
    files: list[tuple[Path, str]] = []
    for number, argument in enumerate(paths, start=1):
        path = Path(text_argument(argument, "A path"))
        if path.is_dir():
            found = sorted(
                item
                for item in path.rglob("*")
                if item.is_file()
                and not any(part.startswith(".") for part in item.relative_to(path).parts)
                and "__MACOSX" not in item.relative_to(path).parts
            )
            if not found:
                raise CommandError(f"The folder {path} holds no file to import.")
            files.extend(
                (item, f"path {number}, file {position} of the folder in name order")
                for position, item in enumerate(found, start=1)
            )
        elif path.is_file():
            files.append((path, f"path {number}"))
        elif path.exists():
            raise CommandError(f"{path} is neither a file nor a folder.")
        else:
            raise CommandError(f"{path} does not exist.")
    return files


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


class Command(BaseCommand):
    help = (
        "Import transcripts (DOCX, ODT, TXT, PDF, or ZIPs or folders of them) as draft "
        "testimonies, as the 'Import transcripts' page does. All or nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Files, ZIPs or folders.")
        parser.add_argument("--as", dest="username", required=True, help="The user who imports.")
        parser.add_argument(
            "--date", required=True, metavar="YYYY-MM-DD", help="The interviews' date."
        )
        parser.add_argument("--place", required=True, help="Where the interviews took place.")
        parser.add_argument("--country", required=True, metavar="CODE", help="Country of work.")
        parser.add_argument("--sector", required=True, metavar="CODE", help="Sector of work.")
        parser.add_argument(
            "--interviewer", metavar="USERNAME", help="The interviewer (default: --as)."
        )
        parser.add_argument(
            "--language",
            default="ko",
            choices=Language.values,
            help="The language of the interviews and transcripts (default: ko).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Check only; write nothing.")

    def handle(self, *args: object, **options: object) -> None:
        user = self._user(options["username"], "--as")
        if not user.has_perm(PERMISSION):
            raise CommandError(f"{user.username} may not import testimonies.")
        interviewer = (
            self._user(options["interviewer"], "--interviewer") if options["interviewer"] else user
        )
        facts = self._facts(options, interviewer)
        documents = self._read(_files(options["paths"]))
        refused = [document for document in documents if document.transcript.refused]
        for document in refused:
            self.stdout.write(f"{document.label}: refused: {document.transcript.refused}")
        if refused:
            raise CommandError(
                f"Nothing imported: {_plural(len(refused), 'document', 'documents')} of "
                f"{len(documents)} cannot be read. Correct or remove "
                f"{'it' if len(refused) == 1 else 'them'} and run the command again."
            )
        dry_run = bool(options["dry_run"])
        result = transcripts_import(
            [document.transcript for document in documents],
            by=user,
            facts=facts,
            roles={},
            source=uuid.uuid4().hex,
            dry_run=dry_run,
        )
        if result.problems:
            for problem in result.problems:
                self.stdout.write(f"ERROR: {problem}")
            raise CommandError("Nothing imported: correct the errors above.")
        codes = iter(result.created)
        for document in documents:
            found = _plural(len(document.transcript.names), "name", "names")
            what = "ready" if dry_run else f"created {next(codes)}"
            self.stdout.write(
                f"{document.label}: {what}; {found} found in the text (not shown, not "
                "registered as persons)."
            )
        if dry_run:
            self.stdout.write(
                f"Dry run: {_plural(result.ready, 'document', 'documents')} would become draft "
                "testimonies; nothing written."
            )
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {_plural(len(result.created), 'transcript', 'transcripts')} as draft "
                "testimonies. Register the persons they name on each testimony's page."
            )
        )

    def _user(self, username: str, option: str):
        text_argument(username, f"The user name of {option}")
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"No active user named {username!r} ({option}).")
        return user

    def _facts(self, options: dict, interviewer) -> dict[str, str]:
        data = {
            "interview_date": text_argument(options["date"], "The date (--date)"),
            "interview_place": text_argument(options["place"], "The place (--place)"),
            "interviewer": str(interviewer.pk),
            "interview_language": options["language"],
        }
        for option, model in (("country", Country), ("sector", Sector)):
            code = text_argument(options[option], f"The {option} (--{option})")
            row = model.objects.filter(code=code, is_active=True).first()
            if row is None:
                codes = ", ".join(
                    model.objects.filter(is_active=True).values_list("code", flat=True)
                )
                raise CommandError(f"No {option} with the code {code!r}. The codes are: {codes}.")
            data[option] = str(row.pk)
        form = TranscriptFactsForm(data)
        if not form.is_valid():
            reasons = "; ".join(
                f"{field}: {' '.join(errors)}" for field, errors in form.errors.items()
            )
            raise CommandError(f"The facts given are not accepted: {reasons}")
        return form.facts()

    def _read(self, files: list[tuple[Path, str]]) -> list[Document]:
        """Every document of every file, numbered in order as the page numbers them."""
        documents: list[Document] = []
        for path, where in files:
            try:
                with transcripts_open(path, path.name) as transcripts:
                    found = list(transcripts)
            except ImportRefused as refused:
                found = [Transcript(1, path.name, TXT, b"", refused=str(refused))]
            except OSError as error:
                found = [Transcript(1, path.name, TXT, b"", refused=error.strerror or str(error))]
            for transcript in found:
                label = where
                if len(found) > 1 or transcript.name != path.name:
                    label = f"{where}, document {transcript.number} in the archive"
                kind = Path(transcript.name).suffix.lower()
                transcript.number = len(documents) + 1
                documents.append(
                    Document(
                        f"Document {transcript.number} ({label}{f', {kind}' if kind else ''})",
                        transcript,
                    )
                )
        return documents
