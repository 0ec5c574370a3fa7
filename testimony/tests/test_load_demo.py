"""`manage.py load_demo`: fictional testimonies and demo accounts, development only."""

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client, override_settings

from testimony.management.commands.load_demo import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    DEMO_TESTIMONIES,
    REFUSAL,
    demo_testimony_uuid,
)
from testimony.models import (
    AuditEvent,
    Consent,
    Entity,
    IndicatorTag,
    Language,
    Person,
    PersonNameIndex,
    Posting,
    Status,
    Testimony,
)
from testimony.services import persons_matching_name

pytestmark = pytest.mark.django_db


def load_demo() -> str:
    out = StringIO()
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (Testimony, Person, PersonNameIndex, Consent, IndicatorTag, User)
    }


def test_it_loads_a_dozen_testimonies_covering_every_status() -> None:
    load_demo()

    assert 12 <= Testimony.objects.count() <= 13
    assert set(Testimony.objects.values_list("status", flat=True)) == set(Status.values)


def test_every_demo_testimony_has_a_witness_a_consent_and_indicators() -> None:
    load_demo()

    for testimony in Testimony.objects.all():
        assert testimony.witness() is not None
        assert 1 <= testimony.persons.count() <= 4
        assert Consent.objects.filter(testimony=testimony).exists()
        assert 2 <= testimony.indicators.count() <= 5


def test_every_indicator_passage_is_quoted_from_its_narrative() -> None:
    load_demo()

    for tag in IndicatorTag.objects.select_related("testimony__narrative"):
        narratives = (tag.testimony.narrative.original, tag.testimony.narrative.english)
        assert any(tag.passage in narrative for narrative in narratives), tag.passage


def test_a_witness_with_family_in_north_korea_is_never_named_in_full() -> None:
    load_demo()

    for witness in Person.objects.filter(role=Person.Role.WITNESS, family_in_north_korea=True):
        assert witness.testimony.consent.public_name != Consent.PublicName.FULL


def test_it_spreads_the_testimonies_over_countries_sectors_and_languages() -> None:
    load_demo()

    countries = set(Testimony.objects.values_list("country__code", flat=True))
    assert {"kuwait", "russia", "china", "qatar", "at_sea", "poland"} <= countries
    assert len(set(Testimony.objects.values_list("sector__code", flat=True))) >= 5
    languages = set(Testimony.objects.values_list("narrative__language", flat=True))
    assert languages == {Language.KOREAN, Language.ENGLISH}


def test_it_links_testimonies_to_shared_entities_one_named_in_three_or_more() -> None:
    """Patterns show: one trading company sends the workers of several demo testimonies, and
    every demo testimony has its posting."""
    load_demo()
    named_in = {
        entity.name: entity.links.values("testimony").distinct().count()
        + entity.postings_for.count()
        for entity in Entity.objects.all()
    }
    assert max(named_in.values()) >= 3
    assert Entity.objects.filter(kind=Entity.Kind.STATE_BODY).exists()
    assert Entity.objects.filter(kind=Entity.Kind.SITE).exists()
    assert (
        Posting.objects.filter(employer__isnull=False).values("testimony").distinct().count() >= 3
    )
    assert Posting.objects.count() == Testimony.objects.count()
    load_demo()
    assert Entity.objects.count() == len(named_in)


def test_running_it_twice_creates_nothing_new() -> None:
    load_demo()
    after_first = counts()

    output = load_demo()

    assert counts() == after_first
    assert "0 created" in output


def test_it_records_one_audit_event_when_it_creates_something() -> None:
    load_demo()
    load_demo()

    assert AuditEvent.objects.filter(action=AuditEvent.Action.DEMO_LOADED).count() == 1


def test_it_leaves_an_edited_demo_testimony_alone() -> None:
    load_demo()
    testimony = Testimony.objects.get(uuid=demo_testimony_uuid(5))
    testimony.status = Status.SUBMITTED
    testimony.save()

    load_demo()

    testimony.refresh_from_db()
    assert testimony.status == Status.SUBMITTED


def test_it_recreates_a_deleted_demo_testimony_with_its_old_uuid() -> None:
    # Number 5 is a draft: approved ones have audit events, which keep them from deletion.
    load_demo()
    Testimony.objects.get(uuid=demo_testimony_uuid(5)).delete()

    output = load_demo()

    assert Testimony.objects.filter(uuid=demo_testimony_uuid(5)).exists()
    assert "1 created" in output


def test_it_refuses_to_run_without_debug() -> None:
    with override_settings(DEBUG=False), pytest.raises(CommandError) as excinfo:
        call_command("load_demo", stdout=StringIO())

    assert str(excinfo.value) == REFUSAL
    assert Testimony.objects.count() == 0
    assert User.objects.count() == 0


@pytest.mark.parametrize(("username", "group"), DEMO_ACCOUNTS)
def test_demo_users_can_log_in_and_are_in_their_group(
    client: Client, username: str, group: str
) -> None:
    load_demo()

    assert client.login(username=username, password=DEMO_PASSWORD)
    user = User.objects.get(username=username)
    assert list(user.groups.values_list("name", flat=True)) == [group]


def test_only_the_demo_admin_is_staff() -> None:
    load_demo()

    assert list(User.objects.filter(is_staff=True).values_list("username", flat=True)) == ["admin"]
    assert User.objects.get(username="admin").is_superuser


def test_it_does_not_reset_a_password_the_user_changed() -> None:
    load_demo()
    reviewer = User.objects.get(username="reviewer")
    reviewer.set_password("a password of my own choosing")
    reviewer.save()

    load_demo()

    reviewer.refresh_from_db()
    assert reviewer.check_password("a password of my own choosing")


def test_it_prints_the_demo_accounts_for_a_newcomer() -> None:
    output = load_demo()

    assert "13 created" in output
    for username, _group in DEMO_ACCOUNTS:
        assert username in output
    assert DEMO_PASSWORD in output


def test_demo_testimonies_are_entered_by_the_demo_interviewers() -> None:
    load_demo()

    authors = set(Testimony.objects.values_list("created_by__username", flat=True))
    assert authors == {"interviewer", "interviewer2"}


@pytest.mark.parametrize(
    "spelling",
    [
        "Myong-chol Rim",
        "Rim Myong-chol",
        "Rim Myong Chol",
        "rim myongchol",
        "Lim Myung-chul",
        "림명철",
    ],
)
def test_the_demo_witness_is_found_through_the_blind_index(spelling: str) -> None:
    load_demo()

    found = persons_matching_name(spelling)

    assert [person.testimony.uuid for person in found] == [demo_testimony_uuid(1)]
    assert found[0].role == Person.Role.WITNESS


def test_a_minder_named_in_two_testimonies_is_found_in_both() -> None:
    load_demo()

    found = persons_matching_name("Lee Sung-ho")

    assert {person.testimony.uuid for person in found} == {
        demo_testimony_uuid(3),
        demo_testimony_uuid(8),
    }
    assert {person.pseudonym for person in found} == {"Supervisor 3"}


def test_korean_narratives_decrypt_back_intact() -> None:
    load_demo()

    for number, spec in enumerate(DEMO_TESTIMONIES, start=1):
        if spec["narrative_language"] != Language.KOREAN:
            continue
        testimony = Testimony.objects.get(uuid=demo_testimony_uuid(number))
        assert testimony.narrative.original == spec["narrative_original"]
        assert testimony.narrative.english == spec["narrative_english"]


def test_narratives_and_names_are_not_stored_in_clear() -> None:
    load_demo()
    testimony = Testimony.objects.get(uuid=demo_testimony_uuid(1))
    witness = testimony.witness()

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT original FROM testimony_narrative WHERE testimony_id = %s", [testimony.pk]
        )
        (stored_narrative,) = cursor.fetchone()
        cursor.execute("SELECT name_hangul FROM testimony_person WHERE id = %s", [witness.pk])
        (stored_name,) = cursor.fetchone()

    assert "림명철" not in stored_narrative
    assert "쿠웨이트" not in stored_narrative
    assert stored_name != "림명철"


def test_approved_demo_testimonies_carry_an_approved_anonymized_text() -> None:
    """The demo respects the workflow: nothing is approved without its anonymized text."""
    load_demo()

    for testimony in Testimony.objects.filter(status="approved"):
        anonymization = testimony.approved_anonymization()
        assert anonymization is not None
        witness = testimony.witness()
        assert witness.name_romanized not in anonymization.english
