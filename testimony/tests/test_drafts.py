"""Drafts of the entry and edit forms: kept encrypted for their author alone, restored field by
field, kept when the form arrives after the session ended, expired after a set time."""

import json
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.middleware import LAST_ACTIVITY_KEY
from testimony.drafts import draft_save
from testimony.models import AuditEvent, Country, Draft, Sector, Status, Testimony
from testimony.tests import test_reveal
from testimony.tests.test_testimony_edit import edit_data, masked_edit_data

pytestmark = pytest.mark.django_db

NEW = reverse("testimony:create")
SAVE = reverse("testimony:draft_new", args=["save"])
RESTORE = reverse("testimony:draft_new", args=["restore"])
DISCARD = reverse("testimony:draft_new", args=["discard"])
# What interviewers paste: CRLF line breaks from the browser, emoji, Hangul and Latin mixed.
NARRATIVE = (
    "첫 문단입니다.\r\n\r\n둘째 문단.\r\n\r\n셋째 문단: 감독원 박성일 took my passport 😡🇰🇵.\r\n"
)


UNSTATED = ("bribe_paid", "movement_restricted", "surveillance", "violence", "threats_to_family")


def _management(prefix: str, total: int, initial: int = 0) -> dict[str, str]:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


@pytest.fixture
def typed(alice: User, kuwait: Country, construction: Sector) -> dict[str, str]:
    """A half-typed entry form, as the browser holds it: two persons, one indicator."""
    return {
        "csrfmiddlewaretoken": "not-kept",
        "interview_date": "2025-04-02",
        "interview_place": "Seoul",
        "interviewer": str(alice.pk),
        "interview_language": "ko",
        "knowledge": "eyewitness",
        "narrative-language": "ko",
        "narrative-original": NARRATIVE,
        "narrative-english": "",
        "domestic_remedies": "none_possible",
        **_management("postings", 1),
        "postings-0-country": str(kuwait.pk),
        "postings-0-sector": str(construction.pk),
        **_management("entities", 0),
        "passport_confiscated": "true",
        **_management("persons", 2),
        "persons-0-role": "witness",
        "persons-0-pseudonym": "Witness A",
        "persons-0-name_romanized": "Rim Myong-chol",
        "persons-0-name_hangul": "림명철",
        "persons-0-family_in_north_korea": "true",
        "persons-0-sex": "male",
        "persons-1-role": "supervisor",
        "persons-1-name_romanized": "Pak Song-il",
        "persons-1-name_hangul": "박성일",
        "persons-1-sex": "male",
        "consent-un_submission": "on",
        **_management("indicators", 1),
        "indicators-0-indicator": "retention_of_documents",
        "indicators-0-phase": "employment",
        "indicators-0-passage": "감독원이 여권을 가져갔습니다.",
    }


def autosave(client: Client, url: str, fields: object, **extra: object) -> object:
    body = json.dumps({"fields": fields}) if not isinstance(fields, bytes | str) else fields
    return client.post(
        url, body, content_type="application/json", headers={"Accept": "application/json"}
    )


def as_pairs(data: dict[str, str]) -> list[list[str]]:
    return [[name, value] for name, value in data.items()]


def restored(client: Client, url: str = RESTORE) -> dict[str, str]:
    response = client.post(url, headers={"Accept": "application/json"})
    assert response.status_code == 200, response.content
    return dict(response.json()["fields"])


def _expire_session(client: Client, settings: object) -> None:
    session = client.session
    session[LAST_ACTIVITY_KEY] -= settings.SESSION_IDLE_TIMEOUT + 1
    session.save()


class AutosaveTests:
    def test_it_keeps_every_field_and_gives_them_back(
        self, client: Client, alice: User, typed: dict[str, str]
    ) -> None:
        client.force_login(alice)

        response = autosave(client, SAVE, as_pairs(typed))

        assert response.status_code == 200
        assert "Draft saved at" in response.json()["message"]
        back = restored(client)
        assert "csrfmiddlewaretoken" not in back
        assert back == {k: v for k, v in typed.items() if k != "csrfmiddlewaretoken"}
        # Formset rows too: the page adds rows up to TOTAL_FORMS and fills them.
        assert back["persons-TOTAL_FORMS"] == "2"
        assert back["persons-1-name_hangul"] == "박성일"
        assert back["indicators-0-passage"] == "감독원이 여권을 가져갔습니다."

    def test_a_field_added_to_the_form_later_is_kept_too(
        self, client: Client, alice: User, typed: dict[str, str]
    ) -> None:
        client.force_login(alice)
        typed.update({**_management("postings", 1), "postings-0-site": "Kuwait City, block 7"})

        autosave(client, SAVE, as_pairs(typed))

        assert restored(client)["postings-0-site"] == "Kuwait City, block 7"

    def test_crlf_emoji_and_an_80000_character_narrative_come_back_exactly(
        self, client: Client, alice: User, typed: dict[str, str]
    ) -> None:
        client.force_login(alice)
        long_text = (NARRATIVE * 2000)[:80_000]
        typed["narrative-original"] = long_text
        typed["narrative-english"] = "Ｆｕｌｌｗｉｄｔｈ and zero\u200bwidth"

        assert autosave(client, SAVE, as_pairs(typed)).status_code == 200

        back = restored(client)
        assert back["narrative-original"] == long_text
        assert len(back["narrative-original"]) == 80_000
        assert back["narrative-english"] == "Ｆｕｌｌｗｉｄｔｈ and zero\u200bwidth"

    def test_it_is_encrypted_at_rest(
        self, client: Client, alice: User, typed: dict[str, str]
    ) -> None:
        client.force_login(alice)
        autosave(client, SAVE, as_pairs(typed))

        with connection.cursor() as cursor:
            cursor.execute("SELECT fields FROM testimony_draft")
            (stored,) = cursor.fetchone()
        assert stored.startswith("fernet:")
        for plaintext in ("Rim Myong-chol", "림명철", "박성일", "여권", "Seoul"):
            assert plaintext not in stored
            assert json.dumps(plaintext)[1:-1] not in stored

    def test_one_draft_per_author_and_form(
        self, client: Client, alice: User, typed: dict[str, str]
    ) -> None:
        client.force_login(alice)
        autosave(client, SAVE, as_pairs(typed))
        typed["interview_place"] = "Busan"
        autosave(client, SAVE, as_pairs(typed))

        assert Draft.objects.filter(author=alice).count() == 1
        assert restored(client)["interview_place"] == "Busan"

    def test_saving_the_testimony_deletes_the_draft(
        self, client: Client, alice: User, typed: dict[str, str]
    ) -> None:
        client.force_login(alice)
        autosave(client, SAVE, as_pairs(typed))
        complete = {
            **typed,
            "consent-un_submission": "",
            "consent-public_name": "none",
            "consent-recipients": "un_only",
            "postings-0-recruitment": "state_assignment",
            "postings-0-ending": "defected",
            **dict.fromkeys(UNSTATED, "unknown"),
        }

        response = client.post(NEW, complete)

        assert response.status_code == 302
        assert not Draft.objects.exists()

    def test_a_form_sent_back_with_errors_is_the_draft(
        self, client: Client, alice: User, typed: dict[str, str]
    ) -> None:
        client.force_login(alice)
        typed["period_start"] = "2016-13"

        response = client.post(NEW, typed)

        assert response.status_code == 200
        # The page shows what was sent; it does not offer it back as well.
        assert "You have unsaved work" not in response.content.decode()
        assert restored(client)["period_start"] == "2016-13"


class AccessTests:
    def test_nobody_else_reaches_a_draft_not_even_an_administrator(
        self,
        client: Client,
        alice: User,
        erin: User,
        dave: User,
        typed: dict[str, str],
        make_testimony: Callable[..., Testimony],
    ) -> None:
        testimony = make_testimony()
        client.force_login(alice)
        autosave(client, SAVE, as_pairs(typed))
        edit_restore = reverse("testimony:draft_edit", args=[testimony.uuid, "restore"])
        autosave(client, reverse("testimony:draft_edit", args=[testimony.uuid, "save"]), [])

        for other in (erin, dave):
            client.force_login(other)
            assert client.post(RESTORE, headers={"Accept": "application/json"}).status_code == 404
            assert client.post(edit_restore).status_code == 404
            assert "You have unsaved work" not in client.get(NEW).content.decode()
        assert Draft.objects.filter(author=alice).count() == 2

    def test_django_admin_does_not_list_drafts(self, client: Client, dave: User) -> None:
        assert not admin.site.is_registered(Draft)

    def test_someone_without_the_entry_permission_cannot_save_one(
        self, client: Client, charlie: User, typed: dict[str, str]
    ) -> None:
        client.force_login(charlie)

        response = autosave(client, SAVE, as_pairs(typed))

        assert response.status_code == 403
        assert not Draft.objects.exists()

    def test_a_testimony_the_user_cannot_see_has_no_draft(
        self, client: Client, erin: User, make_testimony: Callable[..., Testimony]
    ) -> None:
        testimony = make_testimony()
        client.force_login(erin)

        url = reverse("testimony:draft_edit", args=[testimony.uuid, "save"])

        assert autosave(client, url, []).status_code == 404

    def test_a_locked_testimony_takes_no_draft(
        self, client: Client, alice: User, make_testimony: Callable[..., Testimony]
    ) -> None:
        testimony = make_testimony(status=Status.WITHDRAWN)
        client.force_login(alice)

        response = autosave(
            client, reverse("testimony:draft_edit", args=[testimony.uuid, "save"]), []
        )

        assert response.status_code == 409
        assert "withdrawn" in response.json()["error"]


class HostileInputTests:
    @pytest.mark.parametrize(
        ("body", "words"),
        [
            (b"\xff\xfe not utf-8", "not readable JSON"),
            ("{not json", "not readable JSON"),
            ("[]", "no list of fields"),
            ('{"fields": "narrative"}', "no list of fields"),
            ('{"fields": [["only a name"]]}', "a name and a text value"),
            ('{"fields": [["a", 1]]}', "a name and a text value"),
            ('{"fields": [["a", null]]}', "a name and a text value"),
            ('{"fields": [["a b", "x"]]}', "is not the name of a field"),
            ('{"fields": [["a\\u0000", "x"]]}', "is not the name of a field"),
            ('{"fields": [["' + "x" * 101 + '", "x"]]}', "is not the name of a field"),
            ('{"fields": [["<script>", "x"]]}', "is not the name of a field"),
            ("[" * 100_000 + "]" * 100_000, "not readable JSON"),
            ('{"fields": [["a", "b"]], "fields": {}}', "no list of fields"),
        ],
    )
    def test_a_malformed_draft_is_refused_in_words(
        self, client: Client, alice: User, body: object, words: str
    ) -> None:
        client.force_login(alice)

        response = autosave(client, SAVE, body)

        assert response.status_code == 400
        assert words in response.json()["error"]
        assert not Draft.objects.exists()

    def test_too_many_fields_are_refused_in_words(
        self, client: Client, alice: User, settings: object
    ) -> None:
        settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
        client.force_login(alice)

        response = autosave(client, SAVE, [[f"f{i}", ""] for i in range(11)])

        assert response.status_code == 400
        assert "more than 10 fields" in response.json()["error"]

    def test_a_draft_over_the_size_limit_is_refused_in_words(
        self, client: Client, alice: User, settings: object
    ) -> None:
        settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
        client.force_login(alice)

        response = autosave(client, SAVE, [["narrative-original", "가" * 1000]])

        assert response.status_code == 413
        assert "larger than the form's limit" in response.json()["error"]

    def test_nul_and_lone_surrogates_are_stored_as_a_browser_would_send_them(
        self, client: Client, alice: User
    ) -> None:
        client.force_login(alice)
        body = '{"fields": [["narrative-original", "a\\u0000b\\ud800c\\udfff"]]}'

        assert autosave(client, SAVE, body).status_code == 200

        assert restored(client)["narrative-original"] == "a\x00b\ufffdc\ufffd"

    def test_an_unknown_action_is_not_found(self, client: Client, alice: User) -> None:
        client.force_login(alice)

        assert client.post(reverse("testimony:draft_new", args=["delete-all"])).status_code == 404

    def test_a_hand_made_entry_post_with_odd_names_still_answers(
        self, client: Client, alice: User, typed: dict[str, str]
    ) -> None:
        client.force_login(alice)
        typed["odd name\x00"] = "x"
        typed["period_start"] = "٢٠١٥"

        response = client.post(NEW, typed)

        assert response.status_code == 200
        assert not Draft.objects.exists()


class OfferTests:
    def test_opening_the_form_offers_the_draft_and_pauses_autosave(
        self, client: Client, alice: User, typed: dict[str, str]
    ) -> None:
        client.force_login(alice)
        autosave(client, SAVE, as_pairs(typed))

        page = client.get(NEW).content.decode()

        assert "You have unsaved work from" in page
        assert "data-draft-pending" in page
        assert f'data-draft-restore="{RESTORE}"' in page
        # Nothing of the draft is in the page until the person asks for it.
        assert "림명철" not in page

    def test_restoring_is_audited_and_discarding_deletes(
        self, client: Client, alice: User, typed: dict[str, str]
    ) -> None:
        client.force_login(alice)
        autosave(client, SAVE, as_pairs(typed))
        restored(client)
        event = AuditEvent.objects.get(action=AuditEvent.Action.DRAFT_RESTORED)
        assert event.actor == alice
        assert event.detail == {"source": "autosave", "form": "new"}

        response = client.post(DISCARD)

        assert response["Location"] == NEW
        assert not Draft.objects.exists()
        assert client.post(RESTORE).status_code == 404

    def test_a_draft_expires_after_the_set_days_and_is_purged(
        self, client: Client, alice: User, erin: User, typed: dict[str, str], settings: object
    ) -> None:
        settings.TESTIMONY_DRAFT_DAYS = 3
        client.force_login(alice)
        autosave(client, SAVE, as_pairs(typed))
        Draft.objects.update(saved_at=timezone.now() - timedelta(days=3, minutes=1))

        assert "You have unsaved work" not in client.get(NEW).content.decode()
        assert not Draft.objects.exists()

        draft_save(author=erin, testimony=None, fields=[("interview_place", "Seoul")])
        Draft.objects.update(saved_at=timezone.now() - timedelta(days=4))
        call_command("purge_drafts", stdout=open("/dev/null", "w"))  # noqa: SIM115
        assert not Draft.objects.exists()


class EditDraftTests:
    def test_a_draft_of_a_testimony_saved_since_says_so_and_keeps_its_revision(
        self,
        client: Client,
        alice: User,
        bob: User,
        make_testimony: Callable[..., Testimony],
    ) -> None:
        testimony = make_testimony()
        client.force_login(alice)
        data = masked_edit_data(testimony, work_site="Alice's site")
        save = reverse("testimony:draft_edit", args=[testimony.uuid, "save"])
        autosave(client, save, as_pairs(data))
        Testimony.objects.filter(pk=testimony.pk).update(revision=testimony.revision + 1)

        page = client.get(reverse("testimony:edit", args=[testimony.uuid])).content.decode()
        assert "Someone saved this testimony after you loaded it" in page
        back = restored(client, reverse("testimony:draft_edit", args=[testimony.uuid, "restore"]))
        assert back["revision"] == str(testimony.revision)

        # Saved as restored: the conflict page, not a silent overwrite.
        response = client.post(reverse("testimony:edit", args=[testimony.uuid]), back)
        assert response.status_code == 409
        assert Draft.objects.filter(author=alice).exists()

    def test_a_draft_typed_with_names_shown_needs_them_shown_again(
        self, client: Client, alice: User, make_testimony: Callable[..., Testimony]
    ) -> None:
        testimony = make_testimony()
        client.force_login(alice)
        save = reverse("testimony:draft_edit", args=[testimony.uuid, "save"])
        autosave(client, save, as_pairs(edit_data(testimony, interview_place="Shown")))
        restore = reverse("testimony:draft_edit", args=[testimony.uuid, "restore"])
        edit = reverse("testimony:edit", args=[testimony.uuid])

        assert "Reveal to restore" in client.get(edit).content.decode()
        refused = client.post(restore)
        assert refused.status_code == 403
        assert "reveal them first" in refused.json()["error"]

        test_reveal.reveal_identities(client, testimony, "edit")
        assert restored(client, restore)["interview_place"] == "Shown"

    def test_saving_the_edit_deletes_its_draft(
        self, client: Client, alice: User, make_testimony: Callable[..., Testimony]
    ) -> None:
        testimony = make_testimony()
        client.force_login(alice)
        data = masked_edit_data(testimony, work_site="Saved")
        autosave(
            client, reverse("testimony:draft_edit", args=[testimony.uuid, "save"]), as_pairs(data)
        )

        response = client.post(reverse("testimony:edit", args=[testimony.uuid]), data)

        assert response.status_code == 302
        assert not Draft.objects.exists()


class ExpiredSessionTests:
    def test_an_entry_sent_after_the_idle_timeout_is_kept_and_offered_after_login(
        self, client: Client, alice: User, typed: dict[str, str], settings: object
    ) -> None:
        client.force_login(alice)
        client.get(NEW)
        _expire_session(client, settings)

        response = client.post(NEW, typed)

        assert response.status_code == 302
        assert response["Location"] == f"{reverse('login')}?next={NEW}"
        assert "_auth_user_id" not in client.session
        draft = Draft.objects.get(author=alice)
        assert draft.source == Draft.Source.EXPIRED_SESSION
        kept = AuditEvent.objects.get(action=AuditEvent.Action.DRAFT_KEPT)
        assert kept.actor == alice
        login_page = client.get(response["Location"]).content.decode()
        assert "was kept, encrypted, as a draft only you can see" in login_page

        client.force_login(alice)
        page = client.get(NEW).content.decode()
        assert "You sent this form after your session had ended" in page
        back = restored(client)
        assert back["narrative-original"] == NARRATIVE
        assert back["persons-1-name_romanized"] == "Pak Song-il"
        assert AuditEvent.objects.get(action=AuditEvent.Action.DRAFT_RESTORED).detail == {
            "source": "expired_session",
            "form": "new",
        }

    def test_an_autosave_after_the_idle_timeout_is_kept_and_answered_401(
        self, client: Client, alice: User, typed: dict[str, str], settings: object
    ) -> None:
        client.force_login(alice)
        client.get(NEW)
        _expire_session(client, settings)

        response = autosave(client, SAVE, as_pairs(typed))

        assert response.status_code == 401
        assert response.json()["signed_out"] is True
        assert Draft.objects.get(author=alice).source == Draft.Source.EXPIRED_SESSION

    def test_an_edit_sent_after_the_idle_timeout_is_kept_for_that_testimony(
        self,
        client: Client,
        alice: User,
        make_testimony: Callable[..., Testimony],
        settings: object,
    ) -> None:
        testimony = make_testimony()
        client.force_login(alice)
        edit = reverse("testimony:edit", args=[testimony.uuid])
        client.get(edit)
        _expire_session(client, settings)

        response = client.post(edit, masked_edit_data(testimony, work_site="Late"))

        assert response["Location"] == f"{reverse('login')}?next={edit}"
        draft = Draft.objects.get(author=alice)
        assert draft.testimony == testimony
        assert draft.base_revision == testimony.revision

    def test_a_post_failing_the_csrf_check_is_not_kept(
        self, alice: User, typed: dict[str, str], settings: object
    ) -> None:
        client = Client(enforce_csrf_checks=True)
        client.force_login(alice)
        client.get(NEW)
        _expire_session(client, settings)

        client.post(NEW, typed)

        assert not Draft.objects.exists()

    def test_a_form_sent_after_logging_out_cannot_be_bound_and_the_login_page_says_so(
        self, client: Client, alice: User, typed: dict[str, str]
    ) -> None:
        client.force_login(alice)
        client.post(reverse("logout"))

        response = client.post(NEW, typed, follow=True)

        assert not Draft.objects.exists()
        page = response.content.decode()
        assert "arrived after you had signed out, so it could not be kept" in page

    def test_a_cross_site_post_of_nobody_leaves_no_trace(self, typed: dict[str, str]) -> None:
        client = Client(enforce_csrf_checks=True)

        response = client.post(NEW, typed)

        assert response.status_code == 403
        assert not Draft.objects.exists()
        assert "accounts_form_after_sign_out" not in client.session

    def test_a_form_too_large_sent_after_logging_out_is_answered_not_a_500(
        self, client: Client, settings: object, typed: dict[str, str]
    ) -> None:
        settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
        typed["narrative-original"] = "가" * 2000

        response = client.post(NEW, typed)

        assert response.status_code < 500
        assert not Draft.objects.exists()

    def test_a_form_too_large_sent_after_the_session_ended_is_answered_not_a_500(
        self, client: Client, alice: User, settings: object, typed: dict[str, str]
    ) -> None:
        client.force_login(alice)
        client.get(NEW)
        _expire_session(client, settings)
        settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
        typed["narrative-original"] = "가" * 2000

        response = client.post(NEW, typed)

        assert response.status_code == 302
        assert not Draft.objects.exists()
