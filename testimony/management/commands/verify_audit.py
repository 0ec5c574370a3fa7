"""`manage.py verify_audit`: walk the audit trail's hash chain and name the first broken event.

Exits 0 when the chain is intact and 1 when it is not, so that cron or a monitoring check can
alert on it.
"""

from typing import Any

from django.core.management.base import BaseCommand

from testimony.audit import audit_verify


class Command(BaseCommand):
    help = "Check that no audit event has been altered, removed or reordered."

    def handle(self, *args: Any, **options: Any) -> None:
        checked, chain_break = audit_verify()
        if chain_break is None:
            noun = "event" if checked == 1 else "events"
            self.stdout.write(self.style.SUCCESS(f"Audit trail intact: {checked} {noun} checked."))
            return
        self.stderr.write(
            f"Audit trail broken at event {chain_break.sequence} (id {chain_break.event_id}): "
            f"{chain_break.reason}. The {checked} events before it are intact."
        )
        raise SystemExit(1)
