# ruff: noqa: F811 (the entry fixture is imported, then named as a parameter)
"""Postings and shared entities on the entry page: a worker sent to Russia then Kuwait is
recorded as two postings, companies and sites are shared records found by any spelling of their
name, and the list finds a testimony by the country of any of its postings."""

import dataclasses
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from testimony.bundle.case_facts import (
    alleged_perpetrators,
    bundle_states_concerned,
    entity_involvements,
    entity_patterns,
    states_concerned,
)
from testimony.bundle.case_facts import testimony_postings as postings_of
from testimony.bundle.content import CaseRelease, EntityRelease
from testimony.models import (
    Country,
    Entity,
    EntityRole,
    Posting,
    Sector,
    Testimony,
    TestimonyEntity,
)
from testimony.tests.test_bundle_data import make_content
from testimony.tests.test_testimony_create import (  # noqa: F401 (entry is a fixture)
    URL,
    entry,
    formset_management,
)
from testimony.tests.test_testimony_edit import edit_data
from testimony.versions import snapshot_diff, version_snapshot

pytestmark = pytest.mark.django_db


@pytest.fixture
def russia(db: None) -> Country:
    return Country.objects.get(code="russia")


@pytest.fixture
def logging_sector(db: None) -> Sector:
    return Sector.objects.get(code="logging")


def two_postings(kuwait: Country, russia: Country, construction: Sector, logging: Sector) -> dict:
    return {
        **formset_management("postings", 2),
        "postings-0-country": str(russia.pk),
        "postings-0-work_site": "Logging camp near Tynda",
        "postings-0-sector": str(logging.pk),
        "postings-0-period_start": "2009",
        "postings-0-period_end": "2012-05",
        "postings-0-recruitment": "state_assignment",
        "postings-0-ending": "returned",
        "postings-0-employer_name": "Amur Timber Trading",
        "postings-0-site_name": "Camp 12 (Tynda)",
        "postings-1-country": str(kuwait.pk),
        "postings-1-work_site": "Tower site, Kuwait City",
        "postings-1-sector": str(construction.pk),
        "postings-1-period_start": "2014-06",
        "postings-1-period_end": "2016",
        "postings-1-recruitment": "bribe",
        "postings-1-ending": "defected",
        "postings-1-employer_name": "Namgang Construction",
        "postings-1-site_name": "",
    }


def test_a_worker_sent_to_russia_then_kuwait_has_two_postings_in_order(
    client: Client,
    alice: User,
    entry: Callable[..., dict[str, str]],
    kuwait: Country,
    russia: Country,
    construction: Sector,
    logging_sector: Sector,
) -> None:
    """Each posting keeps its own country, sector, period, employer, recruitment and ending;
    the testimony's summary spans them: the first country, the whole period, the last ending."""
    client.force_login(alice)
    data = {**entry(), **two_postings(kuwait, russia, construction, logging_sector)}
    response = client.post(URL, data)
    assert response.status_code == 302
    testimony = Testimony.objects.get()
    first, second = testimony.postings.order_by("order")
    assert (first.order, first.country, first.sector) == (1, russia, logging_sector)
    assert (first.period_start, first.period_end) == ("2009", "2012-05")
    assert first.employer.name == "Amur Timber Trading"
    assert first.employer.kind == Entity.Kind.COMPANY
    assert first.site.name == "Camp 12 (Tynda)"
    assert first.site.kind == Entity.Kind.SITE
    assert (second.country, second.recruitment, second.ending) == (kuwait, "bribe", "defected")
    assert testimony.country == russia
    assert (testimony.period_start, testimony.period_end) == ("2009", "2016")
    assert testimony.recruitment == "state_assignment"
    assert testimony.ending == "defected"
    detail = client.get(testimony.get_absolute_url()).content.decode()
    assert "Amur Timber Trading" in detail
    assert "Namgang Construction" in detail


def test_a_posting_cannot_end_before_it_starts_and_keeps_what_was_typed(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    client.force_login(alice)
    response = client.post(
        URL,
        entry(
            **{
                "postings-0-period_start": "2016",
                "postings-0-period_end": "2014-02",
                "postings-0-employer_name": "Namgang Construction",
            }
        ),
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "A posting cannot end before it starts." in content
    assert 'value="Namgang Construction"' in content
    assert Testimony.objects.count() == 0
    assert Entity.objects.count() == 0


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("٢٠١٥", "Write the year with the digits 0-9"),
        ("２０１５", "Write the year with the digits 0-9"),
        ("1944", "Enter a year between 1945"),
        ("2999", "Enter a year between 1945"),
        ("2015-13", "The month must be between 01 and 12."),
        ("June 2015", "Enter a year (2016), a year and month"),
    ],
)
def test_impossible_posting_dates_are_refused_in_words(
    client: Client,
    alice: User,
    entry: Callable[..., dict[str, str]],
    value: str,
    message: str,
) -> None:
    client.force_login(alice)
    response = client.post(URL, entry(**{"postings-0-period_start": value}))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Testimony.objects.count() == 0


def test_removing_every_posting_is_refused(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    client.force_login(alice)
    response = client.post(URL, entry(**{"postings-0-DELETE": "on"}))
    assert response.status_code == 200
    assert "Record at least one posting" in response.content.decode()
    assert Testimony.objects.count() == 0


def test_a_tampered_postings_management_form_is_an_error_not_a_crash(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    client.force_login(alice)
    data = entry()
    del data["postings-TOTAL_FORMS"]
    response = client.post(URL, data)
    assert response.status_code == 200
    assert Testimony.objects.count() == 0


def test_a_company_typed_in_another_spelling_is_the_same_record(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """Case, spaces, hyphens, fullwidth letters and zero-width characters do not make a new
    company: two witnesses naming it link to one entity."""
    namgang = Entity.objects.create(kind=Entity.Kind.COMPANY, name="Namgang Construction")
    client.force_login(alice)
    for spelling in ("NAMGANG-construction", "Ｎａｍｇａｎｇ  Construction\u200b"):
        response = client.post(URL, entry(**{"postings-0-employer_name": spelling}))
        assert response.status_code == 302
    assert Entity.objects.count() == 1
    assert Posting.objects.filter(employer=namgang).count() == 2


def test_an_entity_is_found_by_its_korean_name(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    namgang = Entity.objects.create(
        kind=Entity.Kind.COMPANY, name="Namgang Construction", name_ko="남강건설"
    )
    client.force_login(alice)
    response = client.post(
        URL,
        entry(
            **{
                **formset_management("entities", 1),
                "entities-0-role": "contractor",
                "entities-0-entity_name": "남강 건설",
                "entities-0-passage": "남강건설 사람들이 우리를 감시했다.",
            }
        ),
    )
    assert response.status_code == 302
    link = TestimonyEntity.objects.get()
    assert (link.entity, link.role) == (namgang, "contractor")
    assert link.passage == "남강건설 사람들이 우리를 감시했다."


def test_a_new_state_body_is_created_from_its_role(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    client.force_login(alice)
    response = client.post(
        URL,
        entry(
            **{
                **formset_management("entities", 2),
                "entities-0-role": "sending_body",
                "entities-0-entity_name": "Korea Rungrado General Trading Corporation",
                "entities-0-passage": "",
                "entities-1-role": "sending_body",
                "entities-1-entity_name": "korea rungrado general trading corporation",
                "entities-1-passage": "",
            }
        ),
    )
    assert response.status_code == 200
    assert "This entity is already named in this role." in response.content.decode()
    response = client.post(
        URL,
        entry(
            **{
                **formset_management("entities", 1),
                "entities-0-role": "sending_body",
                "entities-0-entity_name": "Korea Rungrado General Trading Corporation",
                "entities-0-passage": "",
            }
        ),
    )
    assert response.status_code == 302
    assert Entity.objects.get().kind == Entity.Kind.STATE_BODY


def test_a_name_of_punctuation_only_is_refused(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    client.force_login(alice)
    response = client.post(URL, entry(**{"postings-0-employer_name": "—?!"}))
    assert response.status_code == 200
    assert "Enter a name with at least one letter or digit." in response.content.decode()


PERSON_NAME_REFUSED = "This looks like a person&#x27;s name."


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("postings-0-employer_name", "Mr Kim's crew"),
        ("postings-0-site_name", "Ｐａｋ Ｃｈｏｌ-ｍｉｎ's boat"),
        ("entities-0-entity_name", "김철민 반장"),
        ("entities-0-entity_name", "Pa\u200bk Chol-min"),
    ],
)
def test_a_new_entity_named_like_a_person_is_refused_and_nothing_is_lost(
    client: Client, alice: User, entry: Callable[..., dict[str, str]], field: str, typed: str
) -> None:
    """Entities are released by name in bundles: a person typed there would reach the UN
    unreviewed, so the form refuses it in words and keeps what was typed."""
    client.force_login(alice)
    links = {**formset_management("entities", 1), "entities-0-role": "employer"}
    data = entry(**{**(links if field.startswith("entities") else {}), field: typed})

    response = client.post(URL, data)

    assert response.status_code == 200
    page = response.content.decode()
    assert PERSON_NAME_REFUSED in page
    assert not Testimony.objects.exists()
    assert not Entity.objects.exists()


def test_company_names_and_recorded_entities_are_not_taken_for_persons(
    client: Client, alice: User, entry: Callable[..., dict[str, str]]
) -> None:
    """Names of companies, camps and boats pass; so does a recorded entity, even one named after
    a person, since an administrator recorded it."""
    Entity.objects.create(kind=Entity.Kind.COMPANY, name="Kim Chol-su Trading")
    client.force_login(alice)
    for employer, site in [
        ("Namgang General Construction", "Tynda logging camp 12"),
        ("Kim Chol-su Trading", "Sinuiju Garment Factory No. 3"),
        ("남강건설", "Chonnam Fishing Co."),
    ]:
        data = entry(**{"postings-0-employer_name": employer, "postings-0-site_name": site})
        response = client.post(URL, data)
        assert response.status_code == 302, employer


def test_the_list_finds_a_testimony_by_the_country_of_any_posting(
    client: Client,
    alice: User,
    entry: Callable[..., dict[str, str]],
    kuwait: Country,
    russia: Country,
    construction: Sector,
    logging_sector: Sector,
) -> None:
    client.force_login(alice)
    data = {**entry(), **two_postings(kuwait, russia, construction, logging_sector)}
    assert client.post(URL, data).status_code == 302
    case = Testimony.objects.get().case_code
    for code in ("russia", "kuwait"):
        assert case in client.get(reverse("testimony:list"), {"country": code}).text
    assert case not in client.get(reverse("testimony:list"), {"country": "china"}).text


def test_a_testimony_saved_before_postings_edits_as_one_posting(
    client: Client, alice: User, make_testimony: Callable[..., Testimony], kuwait: Country
) -> None:
    """A testimony whose facts are only in its own columns (the migration and bulk paths make
    the same) opens with them as its first posting; saving keeps them as a posting."""
    testimony = make_testimony(work_site="Camp 3")
    assert not testimony.postings.exists()
    assert [p.country for p in postings_of(testimony)] == [kuwait]
    client.force_login(alice)
    page = client.get(reverse("testimony:edit", args=[testimony.uuid])).text
    assert 'value="Camp 3"' in page
    response = client.post(reverse("testimony:edit", args=[testimony.uuid]), edit_data(testimony))
    assert response.status_code == 302
    posting = testimony.postings.get()
    assert (posting.country, posting.work_site, posting.period_start) == (
        kuwait,
        "Camp 3",
        "2014-06",
    )


def test_changes_to_postings_show_in_the_versions(
    client: Client,
    alice: User,
    make_testimony: Callable[..., Testimony],
    russia: Country,
) -> None:
    testimony = make_testimony()
    client.force_login(alice)
    url = reverse("testimony:edit", args=[testimony.uuid])
    assert client.post(url, edit_data(testimony)).status_code == 302
    testimony.refresh_from_db()
    data = edit_data(testimony, **{"postings-0-country": str(russia.pk)})
    data["postings-0-employer_name"] = "Amur Timber Trading"
    assert client.post(url, data).status_code == 302
    old, new = testimony.versions.order_by("-number")[1], testimony.versions.order_by("-number")[0]
    changes = snapshot_diff(version_snapshot(old), version_snapshot(new))
    posting_changes = {(c.section, c.label) for c in changes if c.section == "Posting 1"}
    assert ("Posting 1", "Country of work") in posting_changes
    assert ("Posting 1", "Employer or contractor") in posting_changes


def test_states_concerned_are_the_sending_state_and_each_receiving_state_once(
    make_testimony: Callable[..., Testimony],
    kuwait: Country,
    russia: Country,
    construction: Sector,
) -> None:
    testimony = make_testimony()
    for order, country in enumerate((russia, kuwait, russia), start=1):
        Posting.objects.create(
            testimony=testimony, order=order, country=country, sector=construction
        )
    states = states_concerned(testimony)
    assert [(s.relation, s.name) for s in states] == [
        ("sending", "Democratic People's Republic of Korea"),
        ("receiving", "Russia"),
        ("receiving", "Kuwait"),
    ]


def test_perpetrators_are_named_entities_then_individuals_by_pseudonym_only(
    make_testimony: Callable[..., Testimony], kuwait: Country, construction: Sector
) -> None:
    testimony = make_testimony()
    testimony.persons.create(role="supervisor", pseudonym="Supervisor 1", name_romanized="Pak Chol")
    company = Entity.objects.create(kind=Entity.Kind.COMPANY, name="Namgang Construction")
    body = Entity.objects.create(
        kind=Entity.Kind.STATE_BODY, name="Ministry of External Economic Relations"
    )
    site = Entity.objects.create(kind=Entity.Kind.SITE, name="Camp 12")
    Posting.objects.create(
        testimony=testimony, country=kuwait, sector=construction, employer=company, site=site
    )
    TestimonyEntity.objects.create(testimony=testimony, entity=body, role=EntityRole.SENDING_BODY)
    TestimonyEntity.objects.create(testimony=testimony, entity=company, role=EntityRole.EMPLOYER)
    involvements = entity_involvements(testimony)
    assert [(e.name, e.role) for e in involvements] == [
        ("Ministry of External Economic Relations", "sending_body"),
        ("Namgang Construction", "employer"),
        ("Camp 12", "site"),
    ]
    perpetrators = alleged_perpetrators(testimony, list(testimony.persons.all()))
    assert perpetrators == [
        "Ministry of External Economic Relations (sending body (trading company, ministry))",
        "Namgang Construction (employer)",
        "Supervisor 1 (supervisor or minder)",
    ]
    assert not any("Pak" in line for line in perpetrators)


def test_the_postings_migration_makes_each_testimony_its_first_posting(
    make_testimony: Callable[..., Testimony], kuwait: Country
) -> None:
    """The data migration, run on a testimony that has only its own columns."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("testimony.migrations.0023_entities_postings")
    testimony = make_testimony(work_site="Camp 3", ending="escaped", recruitment="bribe")
    migration.postings_from_testimonies(apps, None)
    posting = Posting.objects.get(testimony=testimony)
    assert (posting.order, posting.country, posting.work_site) == (1, kuwait, "Camp 3")
    assert (posting.period_start, posting.period_end) == ("2014-06", "2016")
    assert (posting.recruitment, posting.ending) == ("bribe", "escaped")


def test_the_list_search_finds_testimonies_naming_a_company_in_either_language(
    client: Client, alice: User, make_testimony: Callable[..., Testimony], kuwait: Country
) -> None:
    linked, posted, other = make_testimony(), make_testimony(), make_testimony()
    company = Entity.objects.create(
        kind=Entity.Kind.COMPANY, name="Namgang Construction", name_ko="남강건설"
    )
    TestimonyEntity.objects.create(testimony=linked, entity=company, role=EntityRole.CONTRACTOR)
    Posting.objects.create(testimony=posted, country=kuwait, sector=linked.sector, employer=company)
    client.force_login(alice)
    for query in ("namgang", "남강"):
        page = client.get(reverse("testimony:list"), {"q": query}).text
        assert linked.case_code in page
        assert posted.case_code in page
        assert other.case_code not in page


def _case(code: str, period: str, countries: list[str], entities: list) -> CaseRelease:
    return dataclasses.replace(
        make_content().cases[0],
        case_code=code,
        period=period,
        countries=countries,
        entities=entities,
    )


def test_patterns_state_how_many_cases_name_an_entity_and_over_which_years() -> None:
    namgang = EntityRelease(
        uuid="u1",
        name="Namgang Construction",
        kind="Company or employer",
        role="employer",
        role_label="Employer",
        country="",
        perpetrator=True,
    )
    camp = EntityRelease(
        uuid="u2",
        name="Camp 12",
        kind="Work site or camp",
        role="site",
        role_label="Work site or camp",
        country="Russia",
        perpetrator=False,
    )
    cases = [
        _case("TST-1", "2014-2016", ["Kuwait"], [namgang]),
        _case("TST-2", "2017-2019", ["Russia", "Kuwait"], [namgang, camp]),
        _case("TST-3", "from 2015", ["Kuwait"], [namgang]),
    ]
    (pattern,) = entity_patterns(cases)
    assert pattern.case_codes == ["TST-1", "TST-2", "TST-3"]
    assert (
        pattern.sentence() == "3 testimonies from 2014-2019 name Namgang Construction as employer."
    )
    assert bundle_states_concerned(cases) == [
        "Sending State: Democratic People's Republic of Korea",
        "Receiving State: Kuwait",
        "Receiving State: Russia",
    ]
