"""Staff pages, one module per area; `testimony/urls.py` names them through this package.

Views check access, hand validated forms to a service, and render.
"""

from accounts.reauth import reauthenticate
from testimony.views.attachments import attachment_add, attachment_download, attachment_remove
from testimony.views.detail import testimony_detail, testimony_identities
from testimony.views.drafts import draft_action
from testimony.views.entities import entity_detail, entity_list
from testimony.views.entity_links import entity_merge, entity_merge_undo, entity_suggest
from testimony.views.entity_persons import entity_person, entity_persons
from testimony.views.entry import testimony_create_view, testimony_edit
from testimony.views.home import dashboard
from testimony.views.importing import (
    import_cancel,
    import_mapping,
    import_preview,
    import_progress,
    import_start,
    import_template,
)
from testimony.views.listing import testimony_list
from testimony.views.moderation import (
    comment_add,
    review_queue,
    testimony_assign,
    testimony_transition,
    testimony_versions,
    testimony_withdraw,
)
from testimony.views.petitions import (
    bundle_download,
    bundle_progress,
    bundle_start,
    petition_create,
    petition_detail,
    petition_list,
)
from testimony.views.redaction import (
    passage_review,
    passage_review_approve,
    passage_review_change,
    redaction_approve,
    redaction_change,
    redaction_person,
    reidentification_check,
    testimony_redactions,
)
from testimony.views.transcripts import transcripts_preview, transcripts_start

__all__ = [
    "attachment_add",
    "attachment_download",
    "attachment_remove",
    "bundle_download",
    "bundle_progress",
    "bundle_start",
    "comment_add",
    "dashboard",
    "draft_action",
    "entity_detail",
    "entity_list",
    "entity_merge",
    "entity_merge_undo",
    "entity_person",
    "entity_persons",
    "entity_suggest",
    "import_cancel",
    "import_mapping",
    "import_preview",
    "import_progress",
    "import_start",
    "import_template",
    "passage_review",
    "passage_review_approve",
    "passage_review_change",
    "petition_create",
    "petition_detail",
    "petition_list",
    "reauthenticate",
    "redaction_approve",
    "redaction_change",
    "redaction_person",
    "reidentification_check",
    "review_queue",
    "testimony_assign",
    "testimony_create_view",
    "testimony_detail",
    "testimony_edit",
    "testimony_identities",
    "testimony_list",
    "testimony_redactions",
    "testimony_transition",
    "testimony_versions",
    "testimony_withdraw",
    "transcripts_preview",
    "transcripts_start",
]
