"""Petitions under hostile input (testimony/tests/hostile.py): the new-petition form, the
follow-up (dates sent, replied, published), the selection of testimonies and the bundle pages.

No server error; a refused petition or follow-up comes back with what was typed and the error
in words; what is stored holds no control character.
"""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from testimony.models import Mandate, Petition
from testimony.tests import hostile
from testimony.tests.hostile import FUZZ, Value

pytestmark = pytest.mark.django_db

PETITION_TEXT = ["title", "summary", "contact", "confidentiality"]
FOLLOW_UP_TEXT = ["un_reference", "government_reply", "published_in"]
FOLLOW_UP_DATES = ["sent_on", "reply_on", "published_on"]


def signed_in(user: User) -> Client:
    client = hostile.hostile_client()
    client.force_login(user)
    return client


@pytest.fixture
def petition(carol: User) -> Petition:
    return Petition.objects.create(
        slug="kuwait-2026",
        title="Kuwait construction",
        mandate=Mandate.objects.get(code="sr_slavery"),
        summary="Workers sent to Kuwait.",
        created_by=carol,
    )


def petition_texts(petition: Petition) -> list[str]:
    return [
        petition.slug,
        petition.title,
        petition.summary,
        petition.contact,
        petition.confidentiality,
        petition.un_reference,
        petition.government_reply,
        petition.published_in,
    ]


class PetitionTests:
    @FUZZ
    @given(
        typed=st.dictionaries(st.sampled_from(PETITION_TEXT), hostile.texts, min_size=1),
        slug=st.one_of(st.just("kuwait"), hostile.texts),
        mandate=st.one_of(st.just("mandate"), hostile.numbers),
    )
    @example(typed={"title": hostile.NUL, "summary": "x" * hostile.FIVE_MB}, slug="k", mandate="")
    @example(typed={"title": "림명철"}, slug="ｋｕｗａｉｔ", mandate="mandate")
    @example(typed={"title": "t", "summary": hostile.LONE_SURROGATE}, slug="a\x00b", mandate="1")
    def test_a_new_petition_is_stored_clean_or_shown_again(
        self, carol: User, typed: dict[str, Value], slug: Value, mandate: Value
    ) -> None:
        if mandate == "mandate":
            mandate = str(Mandate.objects.get(code="sr_slavery").pk)
        data = {"slug": slug, "mandate": mandate, **typed}

        response = hostile.post(signed_in(carol), reverse("testimony:petition_create"), data)

        if response.status_code == 302:
            stored = Petition.objects.latest("pk")
            assert all(hostile.no_controls(text) for text in petition_texts(stored))
            assert stored.slug.isascii()
        else:
            assert response.status_code == 200
            hostile.assert_error_in_words(response)
            hostile.assert_shown_again(response, typed)

    @FUZZ
    @given(
        typed=st.dictionaries(st.sampled_from(FOLLOW_UP_TEXT), hostile.texts),
        dates=st.dictionaries(st.sampled_from(FOLLOW_UP_DATES), hostile.dates),
    )
    @example(typed={"government_reply": hostile.NUL}, dates={"sent_on": "0001-01-01"})
    @example(typed={}, dates={"sent_on": "2026-01-10", "reply_on": "2025-01-01"})
    @example(typed={"un_reference": "x" * 5000}, dates={"published_on": "٢٠٢٥-٠١-٠١"})
    def test_a_follow_up_is_stored_clean_or_shown_again(
        self, carol: User, petition: Petition, typed: dict, dates: dict
    ) -> None:
        url = reverse("testimony:petition", args=[petition.slug])

        response = hostile.post(signed_in(carol), url, {"follow_up": "1", **typed, **dates})

        if response.status_code == 302:
            petition.refresh_from_db()
            assert all(hostile.no_controls(text) for text in petition_texts(petition))
            for day in (petition.sent_on, petition.reply_on, petition.published_on):
                assert day is None or day.year >= 1945
        else:
            assert response.status_code == 200
            hostile.assert_error_in_words(response)
            hostile.assert_shown_again(response, typed)

    @FUZZ
    @given(selection=st.lists(hostile.numbers, max_size=5))
    @example(selection=["1", "1", "99999999999999999999", hostile.LONE_SURROGATE])
    def test_a_hostile_selection_selects_nothing_it_should_not(
        self, carol: User, petition: Petition, selection: list[Value]
    ) -> None:
        url = reverse("testimony:petition", args=[petition.slug])

        response = hostile.post(signed_in(carol), url, {"select": "1", "testimonies": selection})

        assert response.status_code == 302
        assert not petition.testimonies.exists()

    def test_building_an_empty_petition_is_refused_in_words(
        self, carol: User, petition: Petition
    ) -> None:
        client = signed_in(carol)
        url = reverse("testimony:bundle_start", args=[petition.slug])

        response = hostile.post(client, url, {"anything": hostile.NOT_UTF8})
        page = hostile.get(client, response["Location"])

        assert response.status_code == 302
        hostile.assert_error_in_words(page)
