"""`manage.py demo_otp_code USERNAME`: the current second-factor code of a demo account.

Development only: it refuses without DEBUG, and only knows the demo authenticator that
load_demo gives the demo accounts, never a device someone set up themselves.
"""

from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.demo import demo_code, seconds_left_of_code
from testimony.management.arguments import text_argument

REFUSAL = "demo_otp_code only runs with DJANGO_DEBUG=true: it is for the demo accounts."


class Command(BaseCommand):
    help = "Print the current code of a demo account's demo authenticator (DEBUG only)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            raise CommandError(REFUSAL)
        text_argument(options["username"], "The user name")
        user = get_user_model().objects.filter(username=options["username"]).first()
        code = demo_code(user) if user is not None else None
        if code is None:
            raise CommandError(
                f"{options['username']!r} is not a demo account with the demo authenticator: "
                "run `manage.py load_demo` first."
            )
        self.stdout.write(code)
        self.stderr.write(f"(valid for about {seconds_left_of_code()} more seconds)")
