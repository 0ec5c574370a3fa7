"""Build a petition bundle from the command line, with the same builder as the page."""

import shutil
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from testimony.bundle.build import BundleRefused, bundle_build
from testimony.bundle.release import NotExportable, eligible
from testimony.management.arguments import text_argument
from testimony.models import Bundle, Petition, Testimony


class Command(BaseCommand):
    help = (
        "Build a bundle ZIP for a petition (--petition SLUG) or for testimonies "
        "(--testimonies CODE,CODE, filed under the petition given), and write it to --out."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--petition", required=True, help="the petition's short name (slug)")
        parser.add_argument("--testimonies", help="case codes, comma-separated")
        parser.add_argument("--out", required=True, help="where to write the ZIP")
        parser.add_argument("--user", help="who builds it (default: the petition's creator)")

    def handle(self, *args: Any, **options: Any) -> None:
        text_argument(options["petition"], "The petition's short name (--petition)")
        text_argument(options["out"], "The path of the ZIP (--out)")
        for name in ("testimonies", "user"):
            if options[name]:
                text_argument(options[name], f"--{name}")
        try:
            petition = Petition.objects.select_related("mandate").get(slug=options["petition"])
        except Petition.DoesNotExist:
            raise CommandError(f"No petition has the short name {options['petition']!r}.") from None
        if options["testimonies"]:
            codes = [code.strip() for code in options["testimonies"].split(",") if code.strip()]
            testimonies = list(Testimony.objects.filter(case_code__in=codes))
            unknown = set(codes) - {t.case_code for t in testimonies}
            if unknown:
                raise CommandError(f"Unknown case codes: {', '.join(sorted(unknown))}.")
        else:
            testimonies = list(petition.testimonies.all())
        allowed, refused = eligible(testimonies)
        if refused:
            reasons = "; ".join(f"{code}: {why}" for code, why in sorted(refused.items()))
            raise CommandError(f"Some testimonies may not be exported: {reasons}")
        if not allowed:
            raise CommandError("There is nothing to export: select approved testimonies first.")
        user = petition.created_by
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"No user is called {options['user']!r}.")
        bundle = Bundle.objects.create(
            petition=petition,
            created_by=user,
            selection={t.case_code: t.revision for t in allowed},
        )
        try:
            path = bundle_build(bundle)
        except (BundleRefused, NotExportable) as refused_build:
            raise CommandError(str(refused_build)) from None
        out = Path(options["out"])
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, out)
        bundle.refresh_from_db()
        self.stdout.write(
            f"Wrote {out} ({len(allowed)} testimonies, {bundle.total} files, "
            f"SHA-256 {bundle.sha256})."
        )
