"""An edit through the entry form that changes nothing the corroboration pages' kept data reads
queues nothing (migration 0043: the update triggers of postings, persons, consents and
testimonies compare the columns the figures read), so the request that wrote has nothing to
refresh; an edit that changes one of those columns still queues what the figures need, and the
kept data then equals a full rebuild and the figures counted from the links themselves."""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db.models import F
from django.test import Client
from django.urls import reverse

from testimony import kept_rebuild
from testimony.models import (
    Country,
    Entity,
    EntityStatsStale,
    Person,
    Sector,
    Testimony,
)
from testimony.models.entity_stats import ExportableStale, ExportableTestimony
from testimony.tests.test_entity_pages import _approve
from testimony.tests.test_entity_stats import (
    _applied_then_rebuilt,
    _assert_exact,
    _entity,
    _link,
)
from testimony.tests.test_kept_after_write import MIDDLEWARE, _nothing_queued, _queued
from testimony.tests.test_testimony_create import formset_management
from testimony.tests.test_testimony_edit import edit_data
from testimony.workflow import exportable_testimonies

pytestmark = pytest.mark.django_db


@pytest.fixture
def without_refresh_after_write(settings: object) -> None:
    """The queues as the write left them, before the request's own refresh would take them."""
    settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE if name != MIDDLEWARE]


def _edit(client: Client, user: User, testimony: Testimony, **overrides: str) -> None:
    """`user` saves the testimony's edit form as shown, with `overrides`."""
    testimony.refresh_from_db()
    client.force_login(user)
    response = client.post(
        reverse("testimony:edit", args=[testimony.uuid]), edit_data(testimony, **overrides)
    )
    assert response.status_code == 302, response.context and [
        (form.errors, getattr(form, "non_form_errors", list)())
        for form in response.context["entry"].all()
    ]


@pytest.fixture
def posted(
    client: Client,
    alice: User,
    make_testimony: Callable[..., Testimony],
    without_refresh_after_write: None,
) -> Testimony:
    """Alice's testimony naming Namgang Construction by a link and, on its second posting (in
    Russia, in another sector, within the testimony's period), Chollima Builders as employer at
    Camp 7, and a co-worker; another testimony names Namgang too. The kept data is up to date."""
    testimony = make_testimony()
    namgang = _entity("Namgang Construction")
    _link(testimony, namgang)
    _link(make_testimony(witness_name="Ri Song-hui", witness_hangul="리성희"), namgang)
    russia = Country.objects.get(code="russia")
    other_sector = Sector.objects.exclude(code="construction").first()
    _edit(
        client,
        alice,
        testimony,
        **{
            **formset_management("postings", 2),
            "postings-1-country": str(russia.pk),
            "postings-1-work_site": "Logging camp",
            "postings-1-sector": str(other_sector.pk),
            "postings-1-period_start": "2015",
            "postings-1-period_end": "2015",
            "postings-1-recruitment": "unknown",
            "postings-1-ending": "unknown",
            "postings-1-employer_name": "Chollima Builders",
            "postings-1-site_name": "Camp 7",
        },
    )
    assert testimony.postings.count() == 2
    Person.objects.create(
        testimony=testimony,
        role=Person.Role.COWORKER,
        name_romanized="Pak Chol-su",
        pseudonym="Co-worker B",
    ).reindex_names()
    kept_rebuild.refresh_kept()
    assert _queued() == _nothing_queued()
    return testimony


@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {"narrative-english": "I am Rim Myong-chol. I worked on a site near Kuwait City."},
        {"narrative-original": "저는 림명철입니다."},
        # Columns no kept figure reads: a posting's work site and how it ended, a witness's
        # contact details, the consent's notes, the testimony's hours.
        {
            "postings-1-work_site": "Logging camp 12",
            "postings-1-ending": "escaped",
            "persons-0-contact_details": "via the centre",
            "consent-notes": "read back to the witness",
            "hours_per_day": "12",
        },
    ],
    ids=["nothing", "the English narrative", "the original narrative", "columns not read"],
)
def test_an_edit_that_changes_nothing_the_figures_read_queues_nothing(
    client: Client, alice: User, posted: Testimony, overrides: dict[str, str]
) -> None:
    posted.refresh_from_db()
    revision = posted.revision
    _edit(client, alice, posted, **overrides)
    posted.refresh_from_db()
    assert posted.revision == revision + 1  # saved: a new version
    assert _queued() == _nothing_queued()


def test_the_request_that_saved_it_then_refreshes_nothing(
    monkeypatch: pytest.MonkeyPatch,
    settings: object,
    client: Client,
    alice: User,
    posted: Testimony,
) -> None:
    refreshed = []
    monkeypatch.setattr(kept_rebuild, "refresh_kept", lambda: refreshed.append(1))
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, MIDDLEWARE]
    _edit(client, alice, posted, **{"narrative-english": "I am Rim Myong-chol."})
    assert not refreshed
    assert _queued() == _nothing_queued()


def _coworker(testimony: Testimony) -> int:
    """The co-worker's row on the edit form."""
    return [person.role for person in testimony.persons.all()].index(Person.Role.COWORKER)


def _other_sector() -> str:
    return str(Sector.objects.exclude(code="construction").last().pk)


# What each change writes, and what it must queue: ("testimony", None): the testimony's pairs,
# ("pair", name): the testimony with that entity, ("exportable", None): the exportable set.
CHANGES = {
    "a witness's name": (
        lambda testimony: {"persons-0-name_romanized": "Rim Myong-chul"},
        [("testimony", None)],
    ),
    "the witness and the co-worker swapped": (
        lambda testimony: {
            f"persons-{_coworker(testimony)}-role": Person.Role.WITNESS,
            f"persons-{1 - _coworker(testimony)}-role": Person.Role.COWORKER,
        },
        [("testimony", None)],
    ),
    "a posting's employer": (
        lambda testimony: {"postings-1-employer_name": "Kangson Trading"},
        [("testimony", None), ("pair", "Chollima Builders")],
    ),
    "a posting's site": (
        lambda testimony: {"postings-1-site_name": "Camp 9"},
        [("testimony", None), ("pair", "Camp 7")],
    ),
    "a posting's country": (
        lambda testimony: {"postings-1-country": str(Country.objects.get(code="kuwait").pk)},
        [("testimony", None)],
    ),
    "a posting's sector": (
        lambda testimony: {"postings-1-sector": _other_sector()},
        [("testimony", None)],
    ),
    "a posting's period": (
        lambda testimony: {"postings-1-period_start": "2016", "postings-1-period_end": "2016"},
        [("testimony", None)],
    ),
    "the country": (
        lambda testimony: {"country": str(Country.objects.get(code="russia").pk)},
        [("testimony", None)],
    ),
    "the sector": (lambda testimony: {"sector": _other_sector()}, [("testimony", None)]),
    "the period": (lambda testimony: {"period_start": "2013"}, [("testimony", None)]),
    "the interviewer": (
        lambda testimony: {"interviewer": str(User.objects.get(username="erin").pk)},
        [("testimony", None)],
    ),
    "the consent to submit to the UN": (
        lambda testimony: {"consent-un_submission": ""},
        [("exportable", None)],
    ),
    "the consent's date": (
        lambda testimony: {"consent-given_on": "2025-03-15"},
        [("exportable", None)],
    ),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_an_edit_of_what_the_figures_read_queues_it_and_the_pages_stay_exact(
    monkeypatch: pytest.MonkeyPatch,
    client: Client,
    alice: User,
    carol: User,
    erin: User,
    posted: Testimony,
    change: str,
) -> None:
    overrides, expected = CHANGES[change]
    _edit(client, alice, posted, **overrides(posted))
    stale = set(EntityStatsStale.objects.values_list("entity_id", "testimony_id"))
    for kind, name in expected:
        if kind == "testimony":
            assert (None, posted.pk) in stale
        elif kind == "pair":
            assert (Entity.objects.get(name=name).pk, posted.pk) in stale
        else:
            assert ExportableStale.objects.filter(testimony_id=posted.pk).exists()
    if all(kind == "exportable" for kind, _name in expected):
        assert not stale
    applied, rebuilt = _applied_then_rebuilt(monkeypatch, scoped=False)
    assert applied == rebuilt
    _assert_exact(client, carol)
    assert set(ExportableTestimony.objects.values_list("testimony_id", flat=True)) == set(
        exportable_testimonies().values_list("pk", flat=True)
    )


def test_a_sharing_still_queues_its_testimony_and_an_edit_after_it_nothing(
    monkeypatch: pytest.MonkeyPatch,
    client: Client,
    alice: User,
    bob: User,
    carol: User,
    posted: Testimony,
) -> None:
    posted.shared_with.add(bob)
    assert (None, posted.pk) in set(
        EntityStatsStale.objects.values_list("entity_id", "testimony_id")
    )
    applied, rebuilt = _applied_then_rebuilt(monkeypatch, scoped=False)
    assert applied == rebuilt
    _assert_exact(client, carol)
    kept_rebuild.refresh_kept()
    _edit(client, alice, posted, **{"narrative-english": "I am Rim Myong-chol."})
    assert _queued() == _nothing_queued()


def test_an_approved_testimony_given_a_new_revision_is_checked_again_for_export(
    client: Client, bob: User, carol: User, posted: Testimony
) -> None:
    """Its approved anonymized text is of the former revision: it is no longer exportable,
    and the entity page's exportable count follows."""
    approved = _approve(posted, bob)
    kept_rebuild.refresh_kept()
    assert ExportableTestimony.objects.filter(testimony_id=approved.pk).exists()
    Testimony.objects.filter(pk=approved.pk).update(revision=F("revision") + 1)
    assert ExportableStale.objects.filter(testimony_id=approved.pk).exists()
    kept_rebuild.refresh_kept()
    assert not ExportableTestimony.objects.filter(testimony_id=approved.pk).exists()
    assert not exportable_testimonies().filter(pk=approved.pk).exists()
    _assert_exact(client, carol)
