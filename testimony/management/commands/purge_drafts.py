"""`manage.py purge_drafts`: delete drafts older than TESTIMONY_DRAFT_DAYS.

Drafts are purged as well whenever one is saved, so this matters for an office where nobody types
for a while: the nightly backup (deploy/systemd/testimony-backup.service) runs it first, so no
backup carries an expired draft.
"""

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from testimony.models import Draft


class Command(BaseCommand):
    help = "Delete unsaved drafts of the entry and edit forms older than TESTIMONY_DRAFT_DAYS."

    def handle(self, *args: Any, **options: Any) -> None:
        deleted, _by_model = Draft.objects.expired().delete()
        noun = "draft" if deleted == 1 else "drafts"
        self.stdout.write(
            f"{deleted} {noun} older than {settings.TESTIMONY_DRAFT_DAYS} days deleted."
        )
