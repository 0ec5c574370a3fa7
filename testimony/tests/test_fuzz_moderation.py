"""Moderation under hostile input (testimony/tests/hostile.py): workflow actions and their notes,
comments, assignment, withdrawal of consent, the version comparison, the door to identities
(reveal form) and the redaction decisions.

Whatever is sent: no server error, nothing logged as one; a refused comment or withdrawal
comes back with what was typed; a stored note or comment holds no control character; the
door never sends anyone off the site.
"""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from testimony.models import ConsentWithdrawal, ReviewComment, Status, Testimony
from testimony.tests import hostile
from testimony.tests.conftest import PASSWORD
from testimony.tests.hostile import FUZZ, Value
from testimony.workflow import RULES_BY_NAME, transition

pytestmark = pytest.mark.django_db


def signed_in(user: User) -> Client:
    client = hostile.hostile_client()
    client.force_login(user)
    return client


@pytest.fixture
def in_review(make_testimony: Callable[..., Testimony]) -> Testimony:
    return make_testimony(status=Status.IN_REVIEW)


@pytest.fixture
def verified(make_testimony: Callable[..., Testimony], bob: User) -> Testimony:
    return transition(make_testimony(status=Status.IN_REVIEW), Status.VERIFIED, by=bob)


class WorkflowTests:
    @FUZZ
    @given(
        rule=st.sampled_from(sorted(RULES_BY_NAME)),
        note=hostile.texts,
        extra=st.lists(st.tuples(st.sampled_from(["note", "status", "to"]), hostile.texts)),
    )
    @example(rule="request_changes", note=hostile.NUL, extra=[]).via("a NUL note is no reason")
    @example(rule="reject", note="x" * 6000, extra=[("note", hostile.LONE_SURROGATE)])
    def test_an_action_answers_and_stores_a_clean_note(
        self, bob: User, in_review: Testimony, rule: str, note: Value, extra: list
    ) -> None:
        url = reverse("testimony:transition", args=[in_review.uuid, rule])

        response = hostile.post(signed_in(bob), url, [("note", note), *extra])

        assert response.status_code in (302, 403, 404)
        for event in in_review.audit_events.all():
            assert hostile.no_controls(str(event.detail))

    @FUZZ
    @given(reviewer=hostile.numbers)
    @example(reviewer=["2", "3"]).via("a list where one reviewer is expected")
    def test_assigning_answers(
        self, bob: User, carol: User, in_review: Testimony, reviewer: Value | list
    ) -> None:
        url = reverse("testimony:assign", args=[in_review.uuid])

        response = hostile.post(signed_in(bob), url, {"reviewer": reviewer})

        assert response.status_code == 302


class CommentTests:
    @FUZZ
    @given(field=hostile.texts, body=hostile.texts)
    @example(field="narrative", body=hostile.NUL)
    @example(field="narrative", body=f"{hostile.RTL_OVERRIDE}림명철{hostile.LONE_SURROGATE}")
    @example(field=["narrative", "consent"], body="x" * hostile.FIVE_MB).via(
        "stored, it made every view of the detail page anonymize 5 MB"
    )
    def test_a_comment_is_stored_clean_or_shown_again(
        self, bob: User, in_review: Testimony, field: Value | list, body: Value
    ) -> None:
        url = reverse("testimony:comment", args=[in_review.uuid])

        response = hostile.post(signed_in(bob), url, {"field": field, "body": body})

        if response.status_code == 302:
            comment = ReviewComment.objects.latest("pk")
            assert hostile.no_controls(comment.body)
            assert comment.body.strip()
        else:
            assert response.status_code == 200
            hostile.assert_error_in_words(response)
            hostile.assert_shown_again(response, {"body": body})


class WithdrawalTests:
    @FUZZ
    @given(
        st.fixed_dictionaries(
            {"note": hostile.texts},
            optional={
                "withdrawn_on": hostile.dates,
                "how": hostile.texts,
                "confirm": hostile.texts,
            },
        )
    )
    @example({"note": hostile.NUL, "withdrawn_on": "0001-01-01", "how": "written", "confirm": "on"})
    @example({"note": "림명철", "withdrawn_on": "٢٠٢٥-٠١-٠١", "how": "written", "confirm": "on"})
    @example({"note": "x", "withdrawn_on": "9999-12-31", "how": "written", "confirm": "on"})
    def test_the_withdrawal_is_refused_in_words_or_stored_clean(
        self, carol: User, in_review: Testimony, data: dict[str, Value]
    ) -> None:
        url = reverse("testimony:withdraw", args=[in_review.uuid])

        response = hostile.post(signed_in(carol), url, data)

        if response.status_code == 302:
            withdrawal = ConsentWithdrawal.objects.get()
            assert hostile.no_controls(withdrawal.note)
            assert withdrawal.withdrawn_on.year >= 1945
        else:
            assert response.status_code == 200
            hostile.assert_error_in_words(response)
            hostile.assert_shown_again(response, {"note": data["note"]})
            assert not ConsentWithdrawal.objects.exists()


class VersionTests:
    @FUZZ
    @given(params=st.lists(st.tuples(st.sampled_from(["old", "new"]), hostile.numbers)))
    @example(params=[("old", "1"), ("old", "2"), ("new", hostile.LONE_SURROGATE)])
    def test_comparing_versions_answers(
        self, alice: User, in_review: Testimony, params: list
    ) -> None:
        url = reverse("testimony:versions", args=[in_review.uuid])

        assert hostile.get(signed_in(alice), url, params).status_code == 200


class RevealTests:
    """The door to identities: a reason from a fixed list, then back to `next` on this site."""

    @FUZZ
    @given(
        reason=hostile.texts,
        action=hostile.texts,
        next_url=st.one_of(
            hostile.texts,
            st.sampled_from(
                [
                    "//evil.example/",
                    "/\\evil.example",
                    "\\\\evil.example",
                    "/\t/evil.example",
                    "http:\x00//evil.example",
                    "https://evil.example",
                    "javascript:alert(1)",
                    "/%0d%0aSet-Cookie:x=1",
                    "/\u202e/moc.elpmaxe.live//",
                    "／／evil.example",
                ]
            ),
        ),
    )
    @example(reason="narrative", action="show", next_url="//evil.example/")
    @example(reason="narrative", action="show", next_url="q").via("NoReverseMatch: a 500")
    @example(reason="narrative", action="hide", next_url="admin:index")
    @example(reason=["narrative", "facts"], action="", next_url="/")
    def test_the_door_answers_and_stays_on_the_site(
        self,
        alice: User,
        make_testimony: Callable[..., Testimony],
        reason: Value | list,
        action: Value,
        next_url: Value,
    ) -> None:
        testimony = make_testimony()
        client = signed_in(alice)
        client.post(reverse("testimony:reauthenticate"), {"password": PASSWORD})
        url = reverse("testimony:identities", args=[testimony.uuid])

        response = hostile.post(client, url, {"reason": reason, "action": action, "next": next_url})

        assert response.status_code == 302
        location = response["Location"]
        assert location.startswith("/")
        assert not location.startswith(("//", "/\\"))

    def test_the_door_refuses_a_get(self, alice: User, make_testimony: Callable) -> None:
        testimony = make_testimony()
        url = reverse("testimony:identities", args=[testimony.uuid])

        assert hostile.get(signed_in(alice), url, {"reason": "narrative"}).status_code == 405


class RedactionTests:
    @FUZZ
    @given(
        action=st.sampled_from(["add", "accept", "reject", "keep", "redact", "generalise"]),
        data=st.fixed_dictionaries(
            {},
            optional={
                "field": st.one_of(st.sampled_from(["original", "english"]), hostile.texts),
                "start": hostile.numbers,
                "end": hostile.numbers,
                "selected": hostile.texts,
            },
        ),
    )
    @example(action="add", data={"field": "english", "start": "0", "end": "5", "selected": "\x00"})
    @example(
        action="add",
        data={"field": "english", "start": "2", "end": "99999999999999999999", "selected": "am"},
    )
    @example(action="keep", data={"field": "original", "start": "-1", "end": "٣"})
    def test_a_decision_answers_with_a_message(
        self, carol: User, verified: Testimony, action: str, data: dict[str, Value]
    ) -> None:
        client = signed_in(carol)
        client.post(reverse("testimony:reauthenticate"), {"password": PASSWORD})
        client.post(reverse("testimony:identities", args=[verified.uuid]), {"reason": "redaction"})
        url = reverse("testimony:redaction_change", args=[verified.uuid, action])

        response = hostile.post(client, url, data)

        assert response.status_code == 302
        page = hostile.get(client, reverse("testimony:redactions", args=[verified.uuid]))
        assert page.status_code == 200

    def test_approving_with_hostile_fields_answers(self, carol: User, verified: Testimony) -> None:
        client = signed_in(carol)
        url = reverse("testimony:redaction_approve", args=[verified.uuid])

        response = hostile.post(client, url, {"anything": hostile.NOT_UTF8})

        assert response.status_code in (302, 409)
