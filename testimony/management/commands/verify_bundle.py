"""`manage.py verify_bundle PATH.zip [--fingerprint HEX]`: check a petition bundle.

Exits 0 when the manifest's signature holds and every file matches it, and 1 naming the first
file that does not (or the signature or key problem), so that a script can rely on the exit code.

`--fingerprint` is the SHA-256 of the signing key the sender gave by another way (the cover
letter, their website): with it the check proves who signed the bundle, on any installation or
on one with no key configured. Without it a key configured here must be the bundle's; where none
is, a warning says that the signature proves only that the bundle is intact, not its origin.
"""

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from testimony.bundle.manifest import parse_fingerprint, verify_bundle
from testimony.management.arguments import text_argument


class Command(BaseCommand):
    help = (
        "Check that no file of a petition bundle was altered, removed or added since signing, "
        "and with --fingerprint that it was signed by the key with that fingerprint."
    )
    # Verification reads only the ZIP and the settings: no database, so no system checks
    # (which would open one) - it works on a machine that holds no data at all.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", metavar="PATH.zip", help="the bundle ZIP to verify")
        parser.add_argument(
            "--fingerprint",
            metavar="HEX",
            help=(
                "the signing key's SHA-256 fingerprint as the sender published it (64 hex "
                "digits; spaces between groups are fine)"
            ),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        text_argument(options["path"], "The path of the bundle")
        fingerprint = options["fingerprint"]
        if fingerprint is not None:
            try:
                parse_fingerprint(fingerprint)
            except ValueError as error:
                raise CommandError(str(error)) from None
        result = verify_bundle(options["path"], fingerprint=fingerprint)
        if not result.ok:
            self.stderr.write(result.message)
            raise SystemExit(1)
        self.stdout.write(self.style.SUCCESS(result.message))
        if result.fingerprint_matches:
            self.stdout.write(
                f"It is signed by the key with the fingerprint given: {result.key_fingerprint}."
            )
        elif result.key_is_ours:
            self.stdout.write(
                f"It is signed with this installation's key: {result.key_fingerprint}."
            )
        else:
            self.stderr.write(
                self.style.WARNING(
                    "Warning: no --fingerprint was given and no signing key is configured here, "
                    "so the signature proves only that the bundle is intact as its signer left "
                    "it, not who signed it. Its key's fingerprint is "
                    f"{result.key_fingerprint}: compare it with the one the sender gave you, "
                    "or run again with --fingerprint."
                )
            )
