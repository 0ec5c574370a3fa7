"""The corroboration pages: entities with the testimonies behind them, one entity's testimonies
and timeline, and a petition started from an entity."""

from collections.abc import Callable
from datetime import date
from unittest.mock import patch

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from hypothesis import example, given
from hypothesis import strategies as st

from testimony.entity_linking import merge_entities
from testimony.kept_rebuild import refresh_kept
from testimony.models import (
    Anonymization,
    AuditEvent,
    Country,
    Entity,
    EntityRole,
    IndicatorTag,
    Mandate,
    Person,
    Petition,
    Posting,
    Sector,
    Testimony,
    TestimonyEntity,
)
from testimony.tests import hostile
from testimony.tests.hostile import FUZZ
from testimony.views import entities as entities_view

pytestmark = pytest.mark.django_db

LIST = reverse("testimony:entities")


def entity_url(entity: Entity) -> str:
    return reverse("testimony:entity_detail", args=[entity.uuid])


def _entity(name: str, kind: str = Entity.Kind.COMPANY, **fields: object) -> Entity:
    entity = Entity(name=name, kind=kind, **fields)
    entity.save()
    return entity


def _link(testimony: Testimony, entity: Entity, role: str = EntityRole.EMPLOYER) -> None:
    TestimonyEntity.objects.create(
        testimony=testimony, entity=entity, role=role, passage="The company paid nothing."
    )


def _approve(testimony: Testimony, by: User) -> Testimony:
    """Make the testimony exportable: approved, with an approved anonymized text."""
    Testimony.objects.filter(pk=testimony.pk).update(status="approved")
    testimony.refresh_from_db()
    Anonymization.objects.create(
        testimony=testimony,
        version_number=testimony.revision,
        english="I am Witness A.",
        approved_by=by,
        approved_at=timezone.now(),
    )
    return testimony


@pytest.fixture
def namsan() -> Entity:
    return _entity(
        "Namsan Trading Corporation",
        Entity.Kind.STATE_BODY,
        name_ko="남산무역회사",
        aliases="Namsan Trading\nNamsan Co.",
    )


@pytest.fixture
def camp() -> Entity:
    return _entity("Logging camp 12, Tynda", Entity.Kind.SITE)


@pytest.fixture
def russia() -> Country:
    return Country.objects.get(code="russia")


def _rows(content: str) -> str:
    return content.split("<tbody>", 1)[1] if "<tbody>" in content else ""


# The list


def test_the_list_counts_testimonies_witnesses_years_and_countries_behind_each_entity(
    client: Client,
    bob: User,
    make_testimony: Callable[..., Testimony],
    namsan: Entity,
    camp: Entity,
    russia: Country,
) -> None:
    """Three testimonies name the trading company, two of them by the same witness: 3 testimonies,
    2 witnesses, 2012-2019, Kuwait and Russia; the camp, named once, comes after it."""
    first = make_testimony(period_start="2012", period_end="2014")
    again = make_testimony(period_start="2016-03", period_end="2017")  # the same witness's name
    other = make_testimony(
        witness_name="Ri Song-hui",
        witness_hangul="리성희",
        period_start="2018",
        period_end="2019",
        country=russia,
    )
    for testimony in (first, again, other):
        _link(testimony, namsan, EntityRole.SENDING_BODY)
    _link(other, camp, EntityRole.SITE)
    client.force_login(bob)
    response = client.get(LIST)
    assert response.status_code == 200
    summaries = response.context["summaries"]
    assert [s.entity for s in summaries] == [namsan, camp]
    company = summaries[0]
    assert (company.testimonies, company.witnesses, company.years) == (3, 2, "2012–2019")
    assert [c.code for c in company.countries] == ["kuwait", "russia"]
    content = response.content.decode()
    assert "Namsan Trading Corporation" in content
    assert "2012–2019" in content


def test_a_posting_employer_or_site_names_the_entity_once_with_its_link(
    client: Client,
    bob: User,
    make_testimony: Callable[..., Testimony],
    namsan: Entity,
    camp: Entity,
) -> None:
    """A testimony that names the company by a link and as its posting's employer counts once;
    a site named only on a posting counts too."""
    testimony = make_testimony()
    _link(testimony, namsan)
    Posting.objects.create(
        testimony=testimony,
        country=testimony.country,
        sector=testimony.sector,
        employer=namsan,
        site=camp,
    )
    client.force_login(bob)
    counts = {s.entity: s.testimonies for s in client.get(LIST).context["summaries"]}
    assert counts == {namsan: 1, camp: 1}


def test_a_testimony_the_user_cannot_see_is_not_counted(
    client: Client,
    alice: User,
    erin: User,
    make_testimony: Callable[..., Testimony],
    namsan: Entity,
    camp: Entity,
) -> None:
    """Alice sees her own testimonies: Erin's testimony naming the company neither counts nor
    lists the camp only Erin's testimony names."""
    _link(make_testimony(), namsan)
    theirs = make_testimony(created_by=erin, interviewer=erin, updated_by=erin)
    _link(theirs, namsan)
    _link(theirs, camp, EntityRole.SITE)
    client.force_login(alice)
    response = client.get(LIST)
    assert [(s.entity, s.testimonies) for s in response.context["summaries"]] == [(namsan, 1)]
    assert "Logging camp" not in response.content.decode()
    detail = client.get(entity_url(namsan)).content.decode()
    assert theirs.case_code not in detail


def test_someone_without_access_to_testimonies_is_refused(
    client: Client, charlie: User, namsan: Entity
) -> None:
    client.force_login(charlie)
    assert client.get(LIST).status_code == 403
    assert client.get(entity_url(namsan)).status_code == 403


def test_the_list_filters_by_count_kind_country_sector_period_and_name(
    client: Client,
    bob: User,
    make_testimony: Callable[..., Testimony],
    namsan: Entity,
    camp: Entity,
    russia: Country,
) -> None:
    early = make_testimony(period_start="2010", period_end="2011")
    late = make_testimony(period_start="2018", period_end="2019", country=russia)
    logging = Sector.objects.get(code="logging")
    in_russia = make_testimony(
        period_start="2015", period_end="2016", country=russia, sector=logging
    )
    for testimony in (early, late, in_russia):
        _link(testimony, namsan, EntityRole.SENDING_BODY)
    _link(in_russia, camp, EntityRole.SITE)
    client.force_login(bob)

    def listed(**params: str) -> dict[Entity, int]:
        response = client.get(LIST, params)
        assert response.status_code == 200
        return {s.entity: s.testimonies for s in response.context["summaries"]}

    assert listed() == {namsan: 3, camp: 1}
    assert listed(minimum="2") == {namsan: 3}
    assert listed(minimum="4") == {}
    assert listed(kind="site") == {camp: 1}
    # Country, sector and period choose the testimonies that count.
    assert listed(country="russia") == {namsan: 2, camp: 1}
    assert listed(country="russia", minimum="2") == {namsan: 2}
    assert listed(sector="logging") == {namsan: 1, camp: 1}
    assert listed(year_from="2017") == {namsan: 1}
    assert listed(year_to="2012") == {namsan: 1}
    assert listed(year_from="2014", year_to="2016") == {namsan: 1, camp: 1}
    # The name, its Korean name, an alias, or the name typed in fullwidth letters.
    assert listed(q="tynda") == {camp: 1}
    assert listed(q="남산") == {namsan: 3}
    assert listed(q="namsan co.") == {namsan: 3}
    assert listed(q="ＮＡＭＳＡＮ") == {namsan: 3}
    assert listed(sort="name") == {camp: 1, namsan: 3}
    assert [s.entity for s in client.get(LIST, {"sort": "name"}).context["summaries"]] == [
        camp,
        namsan,
    ]


@pytest.mark.parametrize(
    ("params", "sentence"),
    [
        ({"minimum": "-1"}, "greater than or equal to 1"),
        ({"minimum": "abc"}, "Enter a whole number."),
        ({"minimum": "３"}, "Write the year with the digits 0-9"),
        ({"minimum": "99999999999999999999"}, "less than or equal to"),
        ({"year_from": "２０１６"}, "Write the year with the digits 0-9, e.g. 2015."),
        ({"year_from": "99999"}, "Enter a year between 1945 and"),
        ({"year_from": "2019", "year_to": "2015"}, "The end year is before the start year."),
        ({"kind": "person"}, "Select a valid choice."),
        ({"country": "atlantis"}, "Select a valid choice."),
        ({"sort": "witnesses; DROP TABLE"}, "Select a valid choice."),
    ],
)
def test_a_bad_filter_value_gets_a_sentence_not_an_error_page(
    client: Client,
    bob: User,
    make_testimony: Callable[..., Testimony],
    namsan: Entity,
    params: dict[str, str],
    sentence: str,
) -> None:
    _link(make_testimony(), namsan)
    client.force_login(bob)
    response = client.get(LIST, params)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Some filters could not be used" in content
    assert sentence in content
    # What was typed stays in the form.
    for name, value in params.items():
        if name in ("minimum", "year_from", "year_to"):
            assert f'value="{value}"' in content


ENTITY_PARAMS = ["q", "minimum", "kind", "country", "sector", "year_from", "year_to", "sort"]
ENTITY_PARAMS += ["page", "entity"]


@FUZZ
@given(query=st.lists(st.tuples(st.sampled_from(ENTITY_PARAMS), hostile.numbers), max_size=8))
@example(query=[("q", hostile.LONE_SURROGATE), ("minimum", "99999999999999999999")])
@example(query=[("q", hostile.NUL), ("year_from", "٢٠١٥"), ("page", "-1"), ("entity", "%00")])
@example(query=[("q", "x" * 100_000), ("kind", "site"), ("kind", "company"), ("minimum", "1e309")])
@example(query=[("q", hostile.NOT_UTF8), ("entity", hostile.LONE_SURROGATE), ("sort", "name")])
def test_hostile_query_strings_get_a_page_not_a_server_error(
    carol: User, make_testimony: Callable[..., Testimony], query: list
) -> None:
    """The list, an entity's page and a petition started from an entity answer hostile
    parameters (invalid UTF-8, NUL, digits of other scripts, huge numbers, repeats) with a page;
    the name searched is shown again."""
    namsan = Entity.objects.filter(name="Namsan").first() or _entity("Namsan")
    if not namsan.links.exists():
        _link(make_testimony(), namsan)
    client = hostile.hostile_client()
    client.force_login(carol)
    response = hostile.get(client, LIST, query)
    assert response.status_code == 200
    searched = dict(query).get("q")
    if searched is not None and len(hostile.received(searched)) <= 200:
        hostile.assert_shown_again(response, {"q": searched})
    assert hostile.get(client, entity_url(namsan), query).status_code == 200
    created = hostile.get(client, reverse("testimony:petition_create"), query)
    assert created.status_code == 200


def test_a_page_number_out_of_range_or_not_a_number_shows_a_page(
    client: Client, bob: User, make_testimony: Callable[..., Testimony], namsan: Entity
) -> None:
    _link(make_testimony(), namsan)
    client.force_login(bob)
    for page in ("abc", "99999", "-1", "１"):
        response = client.get(LIST, {"page": page})
        assert response.status_code == 200
        assert "Namsan Trading Corporation" in response.content.decode()


def test_entity_names_in_korean_fullwidth_and_emoji_render_escaped(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    names = [
        "평양건설총회사",
        "ＰＹＯＮＧＹＡＮＧ　ＦＩＳＨＥＲＩＥＳ",
        "Sunrise 🚢 Fishing",
        "A&B <Trading>",
    ]
    testimony = make_testimony()
    entities = [_entity(name) for name in names]
    for entity in entities:
        _link(testimony, entity)
    client.force_login(bob)
    content = client.get(LIST).content.decode()
    for name in names[:3]:
        assert name in content
    assert "A&amp;B &lt;Trading&gt;" in content
    for entity in entities:
        detail = client.get(entity_url(entity))
        assert detail.status_code == 200
    assert "Sunrise 🚢 Fishing" in client.get(entity_url(entities[2])).content.decode()


# The entity page


def test_the_entity_page_lists_its_testimonies_with_roles_indicators_and_a_timeline(
    client: Client,
    bob: User,
    make_testimony: Callable[..., Testimony],
    namsan: Entity,
    russia: Country,
) -> None:
    first = make_testimony(period_start="2014-06", period_end="2016")
    second = make_testimony(period_start="2016", period_end="2016", country=russia)
    undated = make_testimony(period_start="", period_end="")
    _link(first, namsan, EntityRole.SENDING_BODY)
    _link(second, namsan, EntityRole.STATE_AGENCY)
    Posting.objects.create(
        testimony=undated, country=undated.country, sector=undated.sector, employer=namsan
    )
    IndicatorTag.objects.create(
        testimony=first, indicator="withholding_of_wages", phase="employment", passage="x"
    )
    client.force_login(bob)
    response = client.get(entity_url(namsan))
    assert response.status_code == 200
    content = response.content.decode()
    for text in (
        "Namsan Trading Corporation",
        "남산무역회사",
        "Namsan Co.",
        "State body (ministry, trading company)",
        "Sending body (trading company, ministry)",
        "State agency (supervision, security)",
        "Withholding of wages",
        first.case_code,
        second.case_code,
        undated.case_code,
        first.get_absolute_url(),
    ):
        assert text in content, text
    timeline = {
        row.year: [code for _uuid, code in row.testimonies] for row in response.context["timeline"]
    }
    assert timeline == {
        2014: [first.case_code],
        2015: [first.case_code],
        2016: [first.case_code, second.case_code],
    }
    assert [code for _uuid, code in response.context["undated"]] == [undated.case_code]
    assert "<caption>" in content
    roles = {e["testimony"]: e["roles"] for e in response.context["entries"]}
    assert roles[undated] == ["Employer"]


def test_an_entity_named_in_no_visible_testimony_says_so(
    client: Client, alice: User, namsan: Entity
) -> None:
    client.force_login(alice)
    response = client.get(entity_url(namsan))
    assert response.status_code == 200
    assert "No testimony you may see names it." in response.content.decode()


def test_a_merged_duplicate_s_page_leads_to_the_entity_it_was_merged_into(
    client: Client, alice: User, bob: User, make_testimony: Callable[..., Testimony], namsan: Entity
) -> None:
    """An old link or bookmark to the duplicate must not show an empty page as if nothing
    named it: its testimonies now count for the entity it was merged into."""
    duplicate = _entity("Namsan Trading Corp.", Entity.Kind.STATE_BODY)
    _link(make_testimony(), duplicate)
    merge_entities(kept=namsan, merged=duplicate, by=bob)
    client.force_login(alice)
    response = client.get(entity_url(duplicate))
    assert response.status_code == 302
    assert response["Location"] == entity_url(namsan)
    assert "Namsan Trading Corp." not in _rows(
        client.get(reverse("testimony:entities")).content.decode()
    )


def test_an_unknown_entity_is_not_found(client: Client, bob: User) -> None:
    client.force_login(bob)
    response = client.get(
        reverse("testimony:entity_detail", args=["00000000-0000-0000-0000-000000000000"])
    )
    assert response.status_code == 404


def test_no_person_is_named_on_the_corroboration_pages(
    client: Client,
    carol: User,
    make_testimony: Callable[..., Testimony],
    namsan: Entity,
) -> None:
    """A minder registered in a linked testimony, and the witness, appear on neither page by name,
    in any script."""
    testimony = _approve(make_testimony(), carol)
    minder = Person.objects.create(
        testimony=testimony,
        role=Person.Role.SUPERVISOR,
        name_romanized="Pak Chol-min",
        name_hangul="박철민",
        pseudonym="Minder 1",
    )
    minder.reindex_names()
    _link(testimony, namsan)
    client.force_login(carol)
    for url in (LIST, entity_url(namsan)):
        content = client.get(url).content.decode()
        for name in ("Pak Chol-min", "박철민", "Chol-min", "Rim Myong-chol", "림명철"):
            assert name not in content, (url, name)


def test_page_queries_do_not_grow_with_the_linked_testimonies(
    client: Client,
    bob: User,
    make_testimony: Callable[..., Testimony],
    namsan: Entity,
    camp: Entity,
) -> None:
    """The list and the entity page make as many queries with 30 linked testimonies as with 3,
    both refreshing the new links from kept data the background rebuild brought up to date."""
    refresh_kept()

    def counted() -> tuple[int, int]:
        client.force_login(bob)
        with CaptureQueriesContext(connection) as listing:
            assert client.get(LIST).status_code == 200
        with CaptureQueriesContext(connection) as detail:
            assert client.get(entity_url(namsan)).status_code == 200
        return len(listing), len(detail)

    def add(count: int) -> None:
        for number in range(count):
            testimony = make_testimony(period_start=str(2005 + number % 12))
            _link(testimony, namsan, EntityRole.SENDING_BODY)
            _link(testimony, camp, EntityRole.SITE)
            IndicatorTag.objects.create(
                testimony=testimony, indicator="deception", phase="recruitment", passage="x"
            )

    add(3)
    few = counted()
    add(27)
    assert counted() == few


# A petition from an entity


def test_a_petition_started_from_an_entity_ticks_exactly_its_exportable_testimonies(
    client: Client,
    carol: User,
    make_testimony: Callable[..., Testimony],
    namsan: Entity,
    camp: Entity,
) -> None:
    exportable = _approve(make_testimony(), carol)
    by_posting = _approve(make_testimony(), carol)
    Posting.objects.create(
        testimony=by_posting, country=by_posting.country, sector=by_posting.sector, employer=namsan
    )
    verified = make_testimony(status="verified")
    approved_elsewhere = _approve(make_testimony(), carol)
    no_consent = _approve(make_testimony(), carol)
    no_consent.consent.un_submission = False
    no_consent.consent.save()
    for testimony in (exportable, verified, no_consent):
        _link(testimony, namsan)
    _link(approved_elsewhere, camp, EntityRole.SITE)
    client.force_login(carol)

    page = client.get(entity_url(namsan)).content.decode()
    assert "2 testimonies naming it can be exported." in page
    form = client.get(reverse("testimony:petition_create"), {"entity": str(namsan.uuid)})
    assert "Started from “Namsan Trading Corporation”" in form.content.decode()
    response = client.post(
        f"{reverse('testimony:petition_create')}?entity={namsan.uuid}",
        {
            "title": "Workers sent by Namsan",
            "slug": "namsan",
            "mandate": Mandate.objects.get(code="sr_slavery").pk,
            "summary": "Seven testimonies name the same trading company.",
            "contact": "NGO",
            "confidentiality": "Confidential: do not share the names of witnesses.",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    petition = Petition.objects.get(slug="namsan")
    assert response["Location"] == f"{petition.get_absolute_url()}?entity={namsan.uuid}"
    event = AuditEvent.objects.filter(object_type="petition", object_id="namsan").get()
    assert event.detail.get("from_entity") == str(namsan.uuid)

    detail = client.get(response["Location"])
    assert detail.context["selected_ids"] == {exportable.pk, by_posting.pk}
    content = detail.content.decode()
    assert (
        "2 exportable testimonies naming “Namsan Trading Corporation” are ticked below." in content
    )
    # Nothing is saved until the coordinator saves the selection.
    assert not petition.testimonies.exists()
    client.post(
        response["Location"],
        {"select": "1", "testimonies": [str(pk) for pk in detail.context["selected_ids"]]},
    )
    assert set(petition.testimonies.values_list("pk", flat=True)) == {exportable.pk, by_posting.pk}


def test_a_petition_started_from_an_unknown_entity_is_an_ordinary_petition(
    client: Client, carol: User
) -> None:
    client.force_login(carol)
    for value in ("not-a-uuid", "00000000-0000-0000-0000-000000000000", "１２３"):
        response = client.get(reverse("testimony:petition_create"), {"entity": value})
        assert response.status_code == 200
        assert "Started from" not in response.content.decode()


def test_only_those_who_create_petitions_are_offered_one_from_an_entity(
    client: Client,
    alice: User,
    carol: User,
    make_testimony: Callable[..., Testimony],
    namsan: Entity,
) -> None:
    _link(_approve(make_testimony(), carol), namsan)
    client.force_login(alice)
    assert "Start a petition with them" not in client.get(entity_url(namsan)).content.decode()
    client.force_login(carol)
    assert "Start a petition with them" in client.get(entity_url(namsan)).content.decode()


def test_the_navigation_links_to_the_corroboration_page(client: Client, alice: User) -> None:
    client.force_login(alice)
    assert f'href="{LIST}"' in client.get(reverse("testimony:dashboard")).content.decode()


def test_the_pages_are_translated_into_korean(
    client: Client, bob: User, make_testimony: Callable[..., Testimony], namsan: Entity
) -> None:
    _link(make_testimony(), namsan)
    client.force_login(bob)
    content = client.get(LIST, headers={"accept-language": "ko"}).content.decode()
    assert "Corroboration" not in content
    assert "남산무역회사" in content
    detail = client.get(entity_url(namsan), headers={"accept-language": "ko"}).content.decode()
    assert "Timeline" not in detail


def test_interview_dates_do_not_matter_to_the_timeline(
    client: Client, bob: User, make_testimony: Callable[..., Testimony], namsan: Entity
) -> None:
    """The timeline reads the period of work, not the interview."""
    testimony = make_testimony(
        interview_date=date(2025, 1, 2), period_start="2009", period_end="2008"
    )
    _link(testimony, namsan)
    client.force_login(bob)
    response = client.get(entity_url(namsan))
    assert [row.year for row in response.context["timeline"]] == [2009]


# Periods as they are stored: years, months, days, none, an end before its start, a first
# year that is not a year, and one more than `LONGEST_PERIOD_YEARS` long.
PERIOD_BOUNDS = st.sampled_from(
    ["", "2009", "2010-03", "2010-11-30", "2011", "2013-05", "0000", "19xx", "1901", None]
)


def _timeline_year_by_year(
    rows: list[tuple[int, str | None, str | None]], codes: int
) -> tuple[dict, dict, list]:
    """The timeline walked one testimony and one year at a time: the totals per year, the
    first `codes` testimonies of each year in the given order, and those without a year."""
    totals: dict[int, int] = {}
    shown: dict[int, list[int]] = {}
    undated: list[int] = []
    for pk, start, end in rows:
        first = entities_view._year(start) or entities_view._year(end)
        if first is None:
            undated.append(pk)
            continue
        last = min(
            max(entities_view._year(end) or first, first),
            first + entities_view.LONGEST_PERIOD_YEARS,
        )
        for year in range(first, last + 1):
            totals[year] = totals.get(year, 0) + 1
            if len(shown.setdefault(year, [])) < codes:
                shown[year].append(pk)
    return totals, shown, undated


@given(
    periods=st.lists(st.tuples(PERIOD_BOUNDS, PERIOD_BOUNDS), max_size=60),
    codes=st.integers(min_value=1, max_value=4),
)
@example(periods=[("2010", "2011")] * 5 + [("2009", "")] + [("2010", "2011")] * 3, codes=2)
def test_the_timeline_counts_each_year_as_a_year_by_year_walk_does(
    periods: list[tuple[str | None, str | None]], codes: int
) -> None:
    """However many testimonies share a period, each year's total, the testimonies named in
    each year (the first ones in the page's order) and the undated testimonies are those of
    a walk through every testimony and every year of its period."""
    rows = [(pk, start, end) for pk, (start, end) in enumerate(periods, start=1)]
    with patch.object(entities_view, "TIMELINE_CODES", codes):
        counts = entities_view.timeline_counts(iter(rows))
    totals, shown, undated = _timeline_year_by_year(rows, codes)
    assert counts.totals == totals
    assert {year: pks for year, pks in counts.shown.items() if pks} == shown
    assert counts.undated == undated


def test_the_demo_shows_a_state_body_and_a_site_named_in_three_testimonies(
    client: Client,
) -> None:
    """After `load_demo`, the reviewer's corroboration list has the guidance bureau and the
    camp each behind three testimonies, and the camp's page shows them on its timeline."""
    from testimony.tests.test_load_demo import load_demo

    load_demo()
    client.force_login(User.objects.get(username="reviewer"))
    counts = {
        (s.entity.kind, s.entity.name): s.testimonies for s in client.get(LIST).context["summaries"]
    }
    assert counts[(Entity.Kind.STATE_BODY, "Overseas Workers' Guidance Bureau")] == 3
    assert counts[(Entity.Kind.SITE, "Sunan pre-departure camp")] == 3
    assert counts[(Entity.Kind.STATE_BODY, "Korea Namsan General Trading Corporation")] == 4
    camp = Entity.objects.get(name="Sunan pre-departure camp")
    response = client.get(entity_url(camp))
    named = {code for row in response.context["timeline"] for _uuid, code in row.testimonies}
    assert len(named) == 3
    links = TestimonyEntity.objects.filter(entity=camp)
    assert all(link.passage for link in links)
