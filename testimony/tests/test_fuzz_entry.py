"""The entry and edit pages under hostile input (testimony/tests/hostile.py): every field, the
persons and indicators formsets and their management forms, sent as a browser sends them.

Whatever is sent, the page answers without a server error; a refused entry comes back with an
error in words and every typed text on the page again; a saved one stores no control character
or surrogate; and the form is validated outside any transaction, so a slow one holds no write
lock that other users would wait for.
"""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from testimony.forms import TestimonyEntry
from testimony.models import Country, Person, Sector, Testimony
from testimony.tests import hostile
from testimony.tests.hostile import FUZZ, Value
from testimony.tests.test_fuzz_forms import ENTRY_TEXT, formset_management, new_entry
from testimony.tests.test_testimony_edit import edit_data

pytestmark = pytest.mark.django_db

CREATE = "testimony:create"

# Fields the server must check itself, each with the hostile values that fit it.
ENTRY_CHECKED = {
    "interview_date": hostile.dates,
    "consent-given_on": hostile.dates,
    "postings-0-period_start": hostile.partial_dates,
    "postings-0-period_end": hostile.partial_dates,
    "persons-0-birth_year": hostile.numbers,
    "hours_per_day": hostile.numbers,
    "days_off_per_month": hostile.numbers,
    "promised_wage_amount": hostile.numbers,
    "received_wage_amount": hostile.numbers,
    "promised_wage_currency": hostile.texts,
    "interviewer": hostile.numbers,
    "postings-0-country": hostile.numbers,
    "postings-0-sector": hostile.texts,
    "persons-0-home_province": hostile.numbers,
    "persons-0-role": hostile.texts,
    "persons-0-sex": hostile.texts,
    "bribe_paid": hostile.texts,
    "narrative-language": hostile.texts,
    "consent-public_name": hostile.texts,
    "indicators-0-indicator": hostile.texts,
    "persons-TOTAL_FORMS": hostile.numbers,
    "persons-INITIAL_FORMS": hostile.numbers,
    "indicators-TOTAL_FORMS": hostile.numbers,
}
checked_values = st.fixed_dictionaries({}, optional=dict(ENTRY_CHECKED))
typed_values = st.dictionaries(st.sampled_from(ENTRY_TEXT), hostile.texts, min_size=1)


@pytest.fixture
def client(alice: User) -> Client:
    client = hostile.hostile_client()
    client.force_login(alice)
    return client


@pytest.fixture
def entry(alice: User, kuwait: Country, construction: Sector) -> dict[str, str]:
    return new_entry(alice, kuwait, construction)


def stored_texts(testimony: Testimony) -> list[str]:
    """Every free text saved with a testimony, decrypted."""
    texts = [
        testimony.interview_place,
        testimony.interpreter,
        testimony.work_site,
        testimony.period_start,
        testimony.period_end,
        testimony.promised_wage_currency,
        testimony.received_wage_currency,
        testimony.narrative.original,
        testimony.narrative.english,
    ]
    for person in testimony.persons.all():
        texts += [
            person.pseudonym,
            person.name_romanized,
            person.name_hangul,
            person.aliases,
            person.contact_details,
        ]
    consent = getattr(testimony, "consent", None)
    if consent is not None:
        texts += [consent.witnessed_by, consent.notes]
    texts += [tag.passage for tag in testimony.indicators.all()]
    return texts


def assert_answered_as_a_form(response, typed: dict[str, Value]) -> None:
    """Saved (a redirect), or the form again with an error in words and what was typed."""
    if response.status_code == 302:
        testimony = Testimony.objects.order_by("-pk").first()
        assert all(hostile.no_controls(text) for text in stored_texts(testimony))
        return
    assert response.status_code == 200, response.status_code
    hostile.assert_error_in_words(response)
    hostile.assert_shown_again(response, typed)


class EntryTests:
    @FUZZ
    @given(typed=typed_values, checked=checked_values)
    @example(typed={"narrative-original": hostile.NUL}, checked={}).via("NUL alone is empty")
    @example(
        typed={"interview_place": hostile.LONE_SURROGATE, "persons-0-aliases": hostile.NOT_UTF8},
        checked={"interview_date": "0001-01-01"},
    ).via("lone surrogate and invalid UTF-8, impossible date")
    @example(
        typed={"persons-0-name_romanized": hostile.FULLWIDTH},
        checked={"persons-0-birth_year": "٢٠١٥", "postings-0-period_start": "２０１５"},
    ).via("digits of other scripts")
    @example(
        typed={"persons-0-pseudonym": "Rim\x00Myong-chol"}, checked={"persons-TOTAL_FORMS": "-1"}
    ).via("a broken row count lost the persons typed")
    def test_the_entry_page_answers_and_keeps_what_was_typed(
        self,
        client: Client,
        entry: dict[str, str],
        typed: dict[str, Value],
        checked: dict[str, Value],
    ) -> None:
        response = hostile.post(client, reverse(CREATE), {**entry, **checked, **typed})

        assert_answered_as_a_form(response, typed)

    @pytest.mark.parametrize(
        ("day", "period"),
        list(zip(hostile.IMPOSSIBLE_DATES, hostile.IMPOSSIBLE_PARTIAL_DATES * 2, strict=False)),
    )
    def test_impossible_dates_are_refused_in_words(
        self, client: Client, entry: dict[str, str], day: str, period: str
    ) -> None:
        typed = {"interview_place": f"Seoul {hostile.RTL_OVERRIDE}"}
        dates = {"interview_date": day, "consent-given_on": day, "postings-0-period_start": period}

        response = hostile.post(client, reverse(CREATE), {**entry, **typed, **dates})

        assert response.status_code == 200
        hostile.assert_error_in_words(response)
        hostile.assert_shown_again(response, typed)
        refused = response.context["entry"]
        assert "interview_date" in refused.testimony.errors
        assert "period_start" in refused.postings.forms[0].errors
        assert "given_on" in refused.consent.errors
        assert Testimony.objects.count() == 0

    @pytest.mark.parametrize(
        "dates",
        [
            {"interview_date": "2000-01-01", "persons-0-birth_year": "2005"},
            {"postings-0-period_start": "2016-03", "postings-0-period_end": "2015"},
            {"postings-0-period_start": "2016-03-21", "postings-0-period_end": "2016-03-20"},
        ],
        ids=["interview before birth", "posting ends before it starts", "a day before"],
    )
    def test_dates_in_the_wrong_order_are_refused_in_words(
        self, client: Client, entry: dict[str, str], dates: dict[str, str]
    ) -> None:
        response = hostile.post(client, reverse(CREATE), {**entry, **dates})

        assert response.status_code == 200
        hostile.assert_error_in_words(response)
        assert Testimony.objects.count() == 0

    def test_a_five_megabyte_narrative_is_shown_again_with_the_error(
        self, client: Client, entry: dict[str, str]
    ) -> None:
        narrative = ("림명철은 하루 14시간 일했다. " * 400_000)[: hostile.FIVE_MB // 3]
        typed = {"narrative-original": narrative, "narrative-english": "x" * hostile.FIVE_MB}

        response = hostile.post(
            client, reverse(CREATE), {**entry, **typed, "interview_date": "9999-12-31"}
        )

        assert response.status_code == 200
        hostile.assert_error_in_words(response)
        hostile.assert_shown_again(response, typed)

    def test_a_five_megabyte_narrative_is_saved_whole(
        self, client: Client, entry: dict[str, str]
    ) -> None:
        narrative = "x" * hostile.FIVE_MB

        response = hostile.post(client, reverse(CREATE), {**entry, "narrative-english": narrative})

        assert response.status_code == 302
        assert Testimony.objects.get().narrative.english == narrative

    def test_a_thousand_persons_are_saved(self, client: Client, entry: dict[str, str]) -> None:
        data = {**entry, **formset_management("persons", 1000)}
        for i in range(1, 1000):
            data[f"persons-{i}-role"] = "coworker"
            data[f"persons-{i}-sex"] = "unknown"
            data[f"persons-{i}-family_in_north_korea"] = "unknown"
            data[f"persons-{i}-pseudonym"] = f"Co-worker {i}"

        response = hostile.post(client, reverse(CREATE), data)

        assert response.status_code == 302
        assert Person.objects.count() == 1000

    def test_a_thousand_forms_announced_but_not_sent_save_the_one_sent(
        self, client: Client, entry: dict[str, str]
    ) -> None:
        data = {**entry, **formset_management("persons", 1000)}

        response = hostile.post(client, reverse(CREATE), data)

        assert response.status_code == 302
        assert Person.objects.count() == 1

    @pytest.mark.parametrize(
        "total", ["1001", "2001", "99999999999999999999", "-1", "٣", "1e3", "", hostile.NUL]
    )
    def test_hostile_form_counts_are_answered_without_building_rows_not_sent(
        self, client: Client, entry: dict[str, str], total: str
    ) -> None:
        typed = {"narrative-original": "림명철의 증언 전문"}

        response = hostile.post(
            client, reverse(CREATE), {**entry, **typed, "persons-TOTAL_FORMS": total}
        )

        assert_answered_as_a_form(response, typed)
        if response.status_code == 200:
            assert len(response.context["entry"].persons.forms) <= 1

    @pytest.mark.parametrize("prefix", ["persons", "indicators"])
    def test_a_missing_management_form_is_refused_in_words(
        self, client: Client, entry: dict[str, str], prefix: str
    ) -> None:
        data = {
            k: v for k, v in entry.items() if not k.startswith(f"{prefix}-") or "FORMS" not in k
        }
        typed = {"narrative-english": "Everything typed in two hours."}

        response = hostile.post(client, reverse(CREATE), {**data, **typed})

        assert response.status_code == 200
        hostile.assert_error_in_words(response)
        hostile.assert_shown_again(response, typed)

    @pytest.mark.parametrize(
        "name",
        [
            "interview_place",
            "interview_date",
            "persons-TOTAL_FORMS",
            "postings-0-country",
            "persons-0-role",
        ],
    )
    def test_a_field_sent_twice_answers(
        self, client: Client, entry: dict[str, str], name: str
    ) -> None:
        data = [*hostile.pairs(entry), (name, "림명철"), (name, hostile.NUL)]

        response = hostile.post(client, reverse(CREATE), data)

        assert response.status_code in (200, 302)


MASKED_FIELDS = (
    "narrative-",
    "notes-",
    "name_romanized",
    "name_hangul",
    "aliases",
    "contact_details",
    "pseudonym",
    "passage",
    "witnessed_by",
    "consent-notes",
    "entity_name",
)


def _masked(name: str) -> bool:
    return any(part in name for part in MASKED_FIELDS)


class EditTests:
    @FUZZ
    @given(
        typed=typed_values,
        checked=checked_values,
        tampered=st.fixed_dictionaries(
            {},
            optional={
                "revision": hostile.numbers,
                "identities": hostile.texts,
                "persons-0-id": hostile.numbers,
                "persons-0-DELETE": hostile.texts,
            },
        ),
    )
    @example(typed={"narrative-original": hostile.NUL}, checked={}, tampered={"revision": "0"})
    @example(
        typed={"persons-0-contact_details": f"{hostile.RTL_OVERRIDE}+82 10{hostile.ZERO_WIDTH}"},
        checked={},
        tampered={"revision": "99999999999999999999999", "persons-0-id": "-1"},
    )
    def test_the_edit_page_answers_and_keeps_what_was_typed(
        self,
        client: Client,
        make_testimony: Callable[..., Testimony],
        typed: dict[str, Value],
        checked: dict[str, Value],
        tampered: dict[str, Value],
    ) -> None:
        testimony = make_testimony()
        indicator = {
            **formset_management("indicators", 1),
            "indicators-0-indicator": "deception",
            "indicators-0-phase": "recruitment",
            "indicators-0-passage": "They lied.",
            # A row of each formset the typed values may fill, announced as a browser would.
            **formset_management("entities", 1),
            "entities-0-role": "employer",
        }
        data = {**edit_data(testimony), **indicator, **checked, **tampered, **typed}

        response = hostile.post(client, reverse("testimony:edit", args=[testimony.uuid]), data)

        assert response.status_code in (200, 302, 409), response.status_code
        if response.status_code == 302:
            testimony.refresh_from_db()
            assert all(hostile.no_controls(text) for text in stored_texts(testimony))
        else:
            hostile.assert_error_in_words(response)
            if "identities" in tampered and tampered["identities"] != "shown":
                # A form not marked as shown with identities comes back masked (reveal.py):
                # names, narratives and passages are not echoed, by design.
                typed = {name: value for name, value in typed.items() if not _masked(name)}
            hostile.assert_shown_again(response, typed)

    def test_a_person_of_another_testimony_cannot_be_edited_through_this_one(
        self, client: Client, make_testimony: Callable[..., Testimony]
    ) -> None:
        mine, other = make_testimony(), make_testimony(witness_name="Kim Chol")
        stranger = other.persons.get()
        data = {**edit_data(mine), "persons-0-id": str(stranger.pk), "persons-0-pseudonym": "X"}

        hostile.post(client, reverse("testimony:edit", args=[mine.uuid]), data)

        stranger.refresh_from_db()
        assert stranger.pseudonym == "Witness A"
        assert stranger.testimony == other
        assert mine.persons.count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
class WriteLockTests:
    """On SQLite every transaction begins IMMEDIATE, taking the database's write lock: a huge
    form validated inside the request's transaction would make every other user wait."""

    @pytest.mark.parametrize("page", ["create", "edit"])
    def test_a_huge_form_is_validated_holding_no_transaction(
        self,
        alice: User,
        kuwait: Country,
        construction: Sector,
        make_testimony: Callable[..., Testimony],
        monkeypatch: pytest.MonkeyPatch,
        page: str,
    ) -> None:
        in_transaction: list[bool] = []
        real_is_valid = TestimonyEntry.is_valid

        def spying_is_valid(self: TestimonyEntry) -> bool:
            in_transaction.append(connection.in_atomic_block)
            return real_is_valid(self)

        monkeypatch.setattr(TestimonyEntry, "is_valid", spying_is_valid)
        client = hostile.hostile_client()
        client.force_login(alice)
        if page == "create":
            url, data = reverse(CREATE), new_entry(alice, kuwait, construction)
        else:
            testimony = make_testimony()
            url, data = reverse("testimony:edit", args=[testimony.uuid]), edit_data(testimony)
        data["narrative-english"] = "x" * hostile.FIVE_MB

        response = hostile.post(client, url, data)

        assert response.status_code == 302
        assert in_transaction == [False]
        assert Testimony.objects.latest("pk").narrative.english == data["narrative-english"]
