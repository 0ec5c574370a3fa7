from django.urls import path

from testimony import views

app_name = "testimony"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("testimonies/", views.testimony_list, name="list"),
    path("testimonies/new/", views.testimony_create_view, name="create"),
    path("testimonies/<uuid:uuid>/", views.testimony_detail, name="detail"),
    path("testimonies/<uuid:uuid>/edit/", views.testimony_edit, name="edit"),
    path("testimonies/new/draft/<slug:action>/", views.draft_action, name="draft_new"),
    path(
        "testimonies/<uuid:uuid>/edit/draft/<slug:action>/",
        views.draft_action,
        name="draft_edit",
    ),
    path("testimonies/<uuid:uuid>/identities/", views.testimony_identities, name="identities"),
    path(
        "testimonies/<uuid:uuid>/actions/<slug:rule>/",
        views.testimony_transition,
        name="transition",
    ),
    path("testimonies/<uuid:uuid>/comments/", views.comment_add, name="comment"),
    path("testimonies/<uuid:uuid>/assign/", views.testimony_assign, name="assign"),
    path("testimonies/<uuid:uuid>/withdraw/", views.testimony_withdraw, name="withdraw"),
    path("testimonies/<uuid:uuid>/versions/", views.testimony_versions, name="versions"),
    path(
        "testimonies/<uuid:uuid>/attachments/",
        views.attachment_add,
        name="attachment_add",
    ),
    path(
        "testimonies/<uuid:uuid>/attachments/<uuid:attachment>/",
        views.attachment_download,
        name="attachment_download",
    ),
    path(
        "testimonies/<uuid:uuid>/attachments/<uuid:attachment>/delete/",
        views.attachment_remove,
        name="attachment_delete",
    ),
    path("testimonies/<uuid:uuid>/redactions/", views.testimony_redactions, name="redactions"),
    path(
        "testimonies/<uuid:uuid>/redactions/approve/",
        views.redaction_approve,
        name="redaction_approve",
    ),
    # Before redactions/<action>/, which would take "passages" for an action.
    path(
        "testimonies/<uuid:uuid>/redactions/passages/",
        views.passage_review,
        name="passage_review",
    ),
    path(
        "testimonies/<uuid:uuid>/redactions/passages/approve/",
        views.passage_review_approve,
        name="passage_review_approve",
    ),
    path(
        "testimonies/<uuid:uuid>/redactions/passages/<slug:action>/",
        views.passage_review_change,
        name="passage_review_change",
    ),
    path(
        "testimonies/<uuid:uuid>/redactions/person/",
        views.redaction_person,
        name="redaction_person",
    ),
    path(
        "testimonies/<uuid:uuid>/redactions/<slug:action>/",
        views.redaction_change,
        name="redaction_change",
    ),
    path("review/", views.review_queue, name="review_queue"),
    path("reidentification/", views.reidentification_check, name="reidentification"),
    path("petitions/", views.petition_list, name="petitions"),
    path("petitions/new/", views.petition_create, name="petition_create"),
    path("petitions/<slug:slug>/", views.petition_detail, name="petition"),
    path("petitions/<slug:slug>/build/", views.bundle_start, name="bundle_start"),
    path("bundles/<uuid:uuid>/progress/", views.bundle_progress, name="bundle_progress"),
    path("bundles/<uuid:uuid>/download/", views.bundle_download, name="bundle_download"),
    path("import/", views.import_start, name="import_start"),
    path("import/template.xlsx", views.import_template, name="import_template"),
    path("import/transcripts/", views.transcripts_start, name="transcripts_start"),
    path("import/transcripts/<uuid:batch>/", views.transcripts_preview, name="transcripts_preview"),
    path("import/<uuid:uuid>/", views.import_mapping, name="import_mapping"),
    path("import/<uuid:uuid>/preview/", views.import_preview, name="import_preview"),
    path("import/<uuid:uuid>/progress/", views.import_progress, name="import_progress"),
    path("import/<uuid:uuid>/cancel/", views.import_cancel, name="import_cancel"),
    path("reauthenticate/", views.reauthenticate, name="reauthenticate"),
    path("entities/suggest/", views.entity_suggest, name="entity_suggest"),
    path("entities/merge/", views.entity_merge, name="entity_merge"),
    path("entities/merge/<uuid:uuid>/undo/", views.entity_merge_undo, name="entity_merge_undo"),
    path("entities/", views.entity_list, name="entities"),
    path("entities/persons/", views.entity_persons, name="entity_persons"),
    path("entities/persons/<uuid:uuid>/", views.entity_person, name="entity_person"),
    path("entities/<uuid:uuid>/", views.entity_detail, name="entity_detail"),
]
