"""`manage.py verify_bundle PATH.zip`: check a petition bundle against its signed manifest.

Exits 0 when the manifest's signature holds and every file matches it, and 1 naming the first
file that does not (or the signature problem), so that a script can rely on the exit code.
"""

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand

from testimony.bundle.manifest import PUBLIC_KEY_PATH, verify_bundle


class Command(BaseCommand):
    help = "Check that no file of a petition bundle was altered, removed or added since signing."
    # Verification reads only the ZIP and the settings: no database, so no system checks
    # (which would open one) - it works on a machine that holds no data at all.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", metavar="PATH.zip", help="the bundle ZIP to verify")

    def handle(self, *args: Any, **options: Any) -> None:
        result = verify_bundle(options["path"])
        if not result.ok:
            self.stderr.write(result.message)
            raise SystemExit(1)
        self.stdout.write(self.style.SUCCESS(result.message))
        if result.key_is_ours is None:
            self.stdout.write(
                "BUNDLE_SIGNING_KEY is not configured here, so the signature was checked with "
                f"the bundle's own {PUBLIC_KEY_PATH}: compare that key with the one the "
                "organisation publishes."
            )
