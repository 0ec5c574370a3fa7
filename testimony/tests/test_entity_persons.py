"""Corroboration of persons: a minder, supervisor or official registered under the same name in
several testimonies is found through the blind index and listed by pseudonym, never by name."""

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from testimony import person_clusters
from testimony.models import Country, Entity, Person, PersonNameIndex, Posting, Testimony
from testimony.tests import hostile
from testimony.tests.hostile import FUZZ
from testimony.tests.test_reveal import reveal_identities
from testimony.workflow import visible_testimonies, visible_testimony_ids

pytestmark = pytest.mark.django_db

PERSONS = reverse("testimony:entity_persons")
NAMES = ("Pak Chol-min", "박철민", "Park Cheol-min", "Chol-min", "Rim Myong-chol", "림명철")


def _person(testimony: Testimony, pseudonym: str, role: str = Person.Role.SUPERVISOR, **names):
    person = Person.objects.create(testimony=testimony, role=role, pseudonym=pseudonym, **names)
    person.reindex_names()
    return person


def person_url(person: Person) -> str:
    return reverse("testimony:entity_person", args=[person.uuid])


@pytest.fixture
def three_minders(make_testimony: Callable[..., Testimony]) -> list[Person]:
    """One minder in three testimonies, written three ways: the romanized name; the Hangul only;
    a South Korean spelling whose alias is the Hangul (found by chaining)."""
    russia = Country.objects.get(code="russia")
    first = make_testimony(period_start="2012", period_end="2014")
    second = make_testimony(witness_name="Ri Song-hui", witness_hangul="리성희", country=russia)
    third = make_testimony(
        witness_name="O Yong-il", witness_hangul="오영일", period_start="2018", period_end="2019"
    )
    return [
        _person(first, "Minder 1", name_romanized="Pak Chol-min", name_hangul="박철민"),
        _person(second, "Supervisor B", name_hangul="박철민"),
        _person(
            third,
            "Official 3",
            role=Person.Role.OFFICIAL,
            name_romanized="Park Cheol-min",
            aliases="박철민\nthe Boss",
        ),
    ]


def test_a_minder_in_three_testimonies_is_one_row_by_pseudonym(
    client: Client, bob: User, three_minders: list[Person]
) -> None:
    client.force_login(bob)
    response = client.get(PERSONS)
    assert response.status_code == 200
    rows = response.context["rows"]
    assert len(rows) == 1
    group = rows[0]["group"]
    assert group.testimonies == 3
    assert group.pseudonyms == ["Minder 1", "Supervisor B", "Official 3"]
    assert rows[0]["years"] == "2012–2019"
    assert rows[0]["countries"] == "Kuwait, Russia"
    content = response.content.decode()
    assert "Minder 1 · Supervisor B · Official 3" in content
    for name in NAMES:
        assert name not in content, name


def test_witnesses_co_workers_and_lone_minders_are_not_listed(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    """Two testimonies by the same witness, and a co-worker named in both, are not a pattern of
    perpetrators; a minder named in one testimony only is not corroborated."""
    first, again = make_testimony(), make_testimony()
    for testimony in (first, again):
        _person(testimony, "Co-worker 1", Person.Role.COWORKER, name_romanized="Ho Chol-jin")
    _person(first, "Minder 1", name_romanized="Pak Chol-min")
    # The same minder registered twice in one testimony is still one testimony.
    _person(first, "Minder 2", name_hangul="박철민", aliases="Pak Chol-min")
    client.force_login(bob)
    assert client.get(PERSONS).context["rows"] == []


def test_the_same_name_in_fullwidth_letters_or_other_spacing_matches(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    _person(make_testimony(), "Minder 1", name_romanized="Pak Chol-min")
    _person(make_testimony(), "Minder X", name_romanized="ＰＡＫ　ｃｈｏｌｍｉｎ")
    _person(make_testimony(), "Minder Y", name_romanized="Chol-min Pak")  # family name last
    client.force_login(bob)
    (row,) = client.get(PERSONS).context["rows"]
    assert row["group"].testimonies == 3


def test_a_person_without_a_recorded_name_is_never_matched(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    _person(make_testimony(), "Minder 1")
    _person(make_testimony(), "Minder 1")
    client.force_login(bob)
    assert client.get(PERSONS).context["rows"] == []


def test_no_person_is_decrypted_to_build_the_list(
    client: Client, bob: User, three_minders: list[Person], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list and the group's page (without a grant) read no encrypted person column."""
    from testimony import crypto

    def refuse(*args: object, **kwargs: object) -> str:
        raise AssertionError("a person's name was decrypted")

    client.force_login(bob)
    client.get(PERSONS)  # the session and the user are read before the trap is set
    monkeypatch.setattr(crypto, "decrypt", refuse)
    assert client.get(PERSONS).status_code == 200
    assert client.get(person_url(three_minders[1])).status_code == 200


def test_the_group_page_lists_each_testimony_with_its_pseudonym_and_no_name(
    client: Client, bob: User, three_minders: list[Person]
) -> None:
    client.force_login(bob)
    # Reached from any of its persons, the page shows the whole group.
    for person in three_minders:
        response = client.get(person_url(person))
        assert response.status_code == 200
        entries = response.context["entries"]
        assert [entry["member"].label for entry in entries] == [
            "Minder 1",
            "Supervisor B",
            "Official 3",
        ]
        content = response.content.decode()
        for testimony in Testimony.objects.all():
            assert testimony.case_code in content
        for name in NAMES:
            assert name not in content, name
        assert [row.year for row in response.context["timeline"]][:1] == [2012]


def test_a_name_appears_only_for_the_testimony_whose_identities_are_revealed(
    client: Client, bob: User, three_minders: list[Person]
) -> None:
    client.force_login(bob)
    reveal_identities(client, three_minders[2].testimony, "facts")
    content = client.get(person_url(three_minders[0])).content.decode()
    assert "Park Cheol-min" in content  # the revealed testimony's own spelling
    assert "Pak Chol-min" not in content  # the other testimonies' stay withheld
    assert "Withheld: reveal it on the testimony" in content


def test_an_interviewer_sees_only_matches_among_their_own_testimonies(
    client: Client,
    alice: User,
    erin: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    """Erin's testimony naming the same minder neither counts nor appears; its person's page
    is not found for Alice."""
    mine = [make_testimony(), make_testimony()]
    for testimony in mine:
        _person(testimony, "Minder 1", name_romanized="Pak Chol-min")
    theirs = make_testimony(created_by=erin, interviewer=erin, updated_by=erin)
    hidden = _person(theirs, "Minder Z", name_romanized="Pak Chol-min")
    client.force_login(alice)
    (row,) = client.get(PERSONS).context["rows"]
    assert row["group"].testimonies == 2
    assert "Minder Z" not in client.get(PERSONS).content.decode()
    page = client.get(reverse("testimony:entity_person", args=[row["group"].first_person_uuid]))
    assert theirs.case_code not in page.content.decode()
    assert client.get(person_url(hidden)).status_code == 404


def test_an_interviewers_list_counts_what_she_entered_interviewed_or_was_shared_once(
    client: Client,
    alice: User,
    erin: User,
    bob: User,
    charlie: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    """Her list reads the ids of her testimonies from three indexes (`visible_testimony_ids`):
    it counts each testimony she may see once (entered and interviewed, interviewed, entered,
    shared with her), never one she may not, and follows changes of author, interviewer and
    sharing at once, through `save()` and bulk updates alike."""
    by_erin = {"created_by": erin, "updated_by": erin}
    own = make_testimony()
    interviewed = make_testimony(**by_erin)  # erin entered it, alice interviewed
    entered = make_testimony(interviewer=erin)
    shared = make_testimony(interviewer=erin, **by_erin)
    shared.shared_with.add(alice)
    hidden = make_testimony(interviewer=erin, **by_erin)
    for number, testimony in enumerate((own, interviewed, entered, shared, hidden)):
        _person(testimony, f"Minder {number}", name_romanized="Pak Chol-min")
    client.force_login(alice)

    def counted() -> set[int]:
        # The count decides which groups reach the minimum: asked at each.
        for minimum in range(2, 6):
            rows = client.get(PERSONS, {"minimum": minimum}).context["rows"]
            expected = person_clusters.computed(visible_testimonies(alice), minimum)
            assert [(r["group"].person_ids, r["group"].testimony_ids) for r in rows] == [
                (g.person_ids, g.testimony_ids) for g in expected
            ], minimum
        rows = client.get(PERSONS).context["rows"]
        return rows[0]["group"].testimony_ids if rows else set()

    assert counted() == {own.pk, interviewed.pk, entered.pk, shared.pk}
    shared.shared_with.remove(alice)
    assert counted() == {own.pk, interviewed.pk, entered.pk}
    Testimony.objects.filter(pk=hidden.pk).update(interviewer=alice)
    assert counted() == {own.pk, interviewed.pk, entered.pk, hidden.pk}
    interviewed.interviewer = erin
    interviewed.save()
    Testimony.objects.filter(pk=entered.pk).update(created_by=erin)
    assert counted() == {own.pk, hidden.pk}
    Testimony.objects.filter(pk=hidden.pk).update(interviewer=erin)
    assert counted() == set()
    for user in (alice, erin, bob, charlie):
        assert set(Testimony.objects.filter(pk__in=visible_testimony_ids(user))) == set(
            visible_testimonies(user)
        ), user
    # Someone who may see no testimony has no groups (Django writes no statement for none()).
    assert (
        list(person_clusters.groups(Testimony.objects.none(), 2, visible_testimony_ids(charlie)))
        == []
    )


def test_a_witness_or_unknown_person_has_no_group_page(
    client: Client, bob: User, make_testimony: Callable[..., Testimony]
) -> None:
    testimony = make_testimony()
    witness = testimony.persons.get(role=Person.Role.WITNESS)
    client.force_login(bob)
    assert client.get(person_url(witness)).status_code == 404
    missing = reverse("testimony:entity_person", args=["00000000-0000-0000-0000-000000000000"])
    assert client.get(missing).status_code == 404


def test_someone_without_access_to_testimonies_is_refused(
    client: Client, charlie: User, three_minders: list[Person]
) -> None:
    client.force_login(charlie)
    assert client.get(PERSONS).status_code == 403
    assert client.get(person_url(three_minders[0])).status_code == 403


def test_filters_by_count_country_and_period(
    client: Client, bob: User, three_minders: list[Person], make_testimony: Callable[..., Testimony]
) -> None:
    pair = [make_testimony(), make_testimony()]
    for testimony in pair:
        _person(testimony, "Official 9", Person.Role.OFFICIAL, name_romanized="Mun Chang-gil")
    client.force_login(bob)

    def testimonies(**params: object) -> list[int]:
        return [row["group"].testimonies for row in client.get(PERSONS, params).context["rows"]]

    assert testimonies() == [3, 2]
    assert testimonies(minimum=3) == [3]
    # Only the second testimony is in Russia: a group needs two testimonies that count.
    assert testimonies(country="russia") == []
    # 2012-2014 ends before 2015: the minder keeps two testimonies, as many as the official.
    assert testimonies(year_from=2015) == [2, 2]
    assert testimonies(year_to=2013) == []
    Posting.objects.create(
        testimony=three_minders[0].testimony,
        country=Country.objects.get(code="russia"),
        sector=three_minders[0].testimony.sector,
        period_start="2013",
    )
    assert testimonies(country="russia") == [2]


def test_a_bad_filter_gets_a_sentence_and_keeps_what_was_typed(client: Client, bob: User) -> None:
    client.force_login(bob)
    response = client.get(PERSONS, {"minimum": "０", "year_from": "2019", "year_to": "2011"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Some filters could not be used" in content
    assert "The end year is before the start year." in content


PERSON_PARAMS = ["minimum", "country", "sector", "year_from", "year_to", "page", "q", "person"]


@FUZZ
@given(query=st.lists(st.tuples(st.sampled_from(PERSON_PARAMS), hostile.numbers), max_size=8))
@example(query=[("minimum", "99999999999999999999"), ("page", "-1"), ("year_from", "٢٠١٥")])
@example(query=[("country", hostile.NUL), ("sector", hostile.LONE_SURROGATE), ("page", "1e309")])
@example(query=[("person", hostile.NUL), ("person", "00000000-0000-0000-0000-000000000000")])
def test_hostile_query_strings_get_a_page_not_a_server_error(
    carol: User, make_testimony: Callable[..., Testimony], query: list
) -> None:
    if not Person.objects.filter(role=Person.Role.SUPERVISOR).exists():
        for _ in range(2):
            _person(make_testimony(), "Minder 1", name_romanized="Pak Chol-min")
    person = Person.objects.filter(role=Person.Role.SUPERVISOR).first()
    client = hostile.hostile_client()
    client.force_login(carol)
    assert hostile.get(client, PERSONS, query).status_code == 200
    assert hostile.get(client, person_url(person), query).status_code == 200
    assert hostile.get(client, reverse("testimony:petition_create"), query).status_code == 200


@pytest.mark.parametrize("username", ["bob", "alice"])
def test_page_queries_do_not_grow_with_the_groups(
    client: Client,
    username: str,
    bob: User,
    alice: User,
    make_testimony: Callable[..., Testimony],
) -> None:
    """For a user who sees every testimony (the kept groups) and for an interviewer who sees
    hers (the kept groups' members among them, `within_kept`), with a chained group too."""

    def add_group(number: int) -> Person:
        persons = [
            _person(make_testimony(), f"Minder {number}", name_romanized=f"Pak Chol-{number}x")
            for _ in range(2)
        ]
        return persons[0]

    first = add_group(1)
    _person(make_testimony(), "Supervisor 1", name_romanized="Ri Song-il")
    _person(make_testimony(), "Supervisor 2", name_romanized="Ri Song-il", aliases="김영호")
    _person(make_testimony(), "Supervisor 3", name_hangul="김영호")
    client.force_login({"bob": bob, "alice": alice}[username])
    client.get(PERSONS)
    with CaptureQueriesContext(connection) as few:
        client.get(PERSONS)
    with CaptureQueriesContext(connection) as few_detail:
        client.get(person_url(first))
    for number in range(2, 9):
        add_group(number)
    client.get(PERSONS)  # the kept groups are recomputed once after the writes
    with CaptureQueriesContext(connection) as many:
        response = client.get(PERSONS)
    assert len(response.context["rows"]) == 9
    assert len(many) == len(few)
    with CaptureQueriesContext(connection) as many_detail:
        client.get(person_url(first))
    assert len(many_detail) == len(few_detail)


def test_the_list_and_each_group_page_agree(
    bob: User, three_minders: list[Person], make_testimony: Callable[..., Testimony]
) -> None:
    """The list's groups (one query over shared digests) and a page's walk from any member
    give the same persons and testimonies."""
    other = [make_testimony(), make_testimony()]
    for testimony in other:
        _person(testimony, "Official 9", Person.Role.OFFICIAL, name_hangul="문창길")
    for group in person_clusters.groups(None):
        for person_id in group.person_ids:
            walked = person_clusters.group_of(Person.objects.get(pk=person_id), None)
            assert walked.person_ids == group.person_ids
            assert walked.testimony_ids == group.testimony_ids


def test_entity_pages_link_the_persons_tab_and_merging_for_those_who_may_merge(
    client: Client, alice: User, bob: User
) -> None:
    """Reviewers merge duplicates: the list and an entity's page lead to the merge page (the
    entity's page with the entity filled in as the one kept); an interviewer is not offered it."""
    entity = Entity(name="Namsan Trading", kind=Entity.Kind.STATE_BODY)
    entity.save()
    merge = reverse("testimony:entity_merge")
    detail = reverse("testimony:entity_detail", args=[entity.uuid])
    client.force_login(alice)
    listed = client.get(reverse("testimony:entities")).content.decode()
    assert PERSONS in listed
    assert merge not in listed
    assert merge not in client.get(detail).content.decode()
    client.force_login(bob)
    assert merge in client.get(reverse("testimony:entities")).content.decode()
    assert f"{merge}?kept={entity.uuid}" in client.get(detail).content.decode()
    response = client.get(f"{merge}?kept={entity.uuid}")
    assert response.context["chosen"][0]["entity"] == entity


def test_the_pages_are_translated_into_korean(
    client: Client, bob: User, three_minders: list[Person]
) -> None:
    client.force_login(bob)
    korean = {"accept-language": "ko"}
    listed = client.get(PERSONS, headers=korean).content.decode()
    assert "Minders, supervisors and officials" not in listed
    assert "Minder 1 · Supervisor B · Official 3" in listed
    page = client.get(person_url(three_minders[0]), headers=korean).content.decode()
    assert "Testimonies registering this name" not in page


def test_the_demo_has_a_minder_named_in_three_testimonies(client: Client) -> None:
    from testimony.tests.test_load_demo import load_demo

    load_demo()
    client.force_login(User.objects.get(username="reviewer"))
    rows = client.get(PERSONS).context["rows"]
    assert rows[0]["group"].testimonies >= 3
    assert "Supervisor 1" in rows[0]["group"].pseudonyms
    assert len(rows) >= 2


def test_a_petition_started_from_a_minder_ticks_the_exportable_testimonies_naming_him(
    client: Client, carol: User, three_minders: list[Person]
) -> None:
    from django.utils import timezone

    from testimony.models import Anonymization, AuditEvent, Mandate, Petition

    exportable = three_minders[1].testimony
    Testimony.objects.filter(pk=exportable.pk).update(status="approved")
    exportable.refresh_from_db()
    Anonymization.objects.create(
        testimony=exportable,
        version_number=exportable.revision,
        english="I am Witness A. Supervisor B took our passports.",
        approved_by=carol,
        approved_at=timezone.now(),
    )
    client.force_login(carol)
    page = client.get(person_url(three_minders[0])).content.decode()
    assert "1 testimony naming it can be exported." in page
    started = f"{reverse('testimony:petition_create')}?person={three_minders[0].uuid}"
    form = client.get(started).content.decode()
    assert "Started from “Minder 1 · Supervisor B · Official 3”" in form
    response = client.post(
        started,
        {
            "title": "One minder, three camps",
            "slug": "minder",
            "mandate": Mandate.objects.get(code="sr_slavery").pk,
            "summary": "Three testimonies name the same minder.",
            "contact": "NGO",
            "confidentiality": "Confidential: do not share the names of witnesses.",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    petition = Petition.objects.get(slug="minder")
    assert response["Location"] == f"{petition.get_absolute_url()}?person={three_minders[0].uuid}"
    event = AuditEvent.objects.filter(object_type="petition", object_id="minder").get()
    assert event.detail == {"from_person": str(three_minders[0].uuid)}
    detail = client.get(response["Location"])
    assert detail.context["selected_ids"] == {exportable.pk}
    content = detail.content.decode()
    for name in NAMES:
        assert name not in content, name
    # A witness's uuid, or a person the user cannot see, starts an ordinary petition.
    witness = exportable.persons.get(role=Person.Role.WITNESS)
    plain = client.get(reverse("testimony:petition_create"), {"person": str(witness.uuid)})
    assert "Started from" not in plain.content.decode()


def _listed(client: Client) -> list[tuple[list[int], set[int]]]:
    rows = client.get(PERSONS).context["rows"]
    return [(row["group"].person_ids, row["group"].testimony_ids) for row in rows]


def _live() -> list[tuple[list[int], set[int]]]:
    return [(group.person_ids, group.testimony_ids) for group in person_clusters.groups(None)]


def test_the_kept_groups_follow_every_write_to_persons_and_names(
    client: Client, bob: User, three_minders: list[Person], make_testimony: Callable[..., Testimony]
) -> None:
    """The list a reviewer reads is kept between requests; a person added, renamed, given
    another role, moved or deleted, by the application or by a bulk statement, is on the next
    list exactly as a computation from scratch says."""
    from testimony.models import PersonGroupStale

    client.force_login(bob)
    assert _listed(client) == _live() != []
    assert not PersonGroupStale.objects.exists()
    # A fourth testimony names the minder; another pair appears.
    fourth = _person(make_testimony(), "Minder 4", name_romanized="Chol-min Pak")
    pair = [_person(make_testimony(), "Official 9", name_hangul="문창길") for _ in range(2)]
    assert _listed(client) == _live()
    assert [len(t) for _p, t in _listed(client)] == [4, 2]
    # Renamed: the fourth no longer shares a spelling.
    fourth.name_romanized = "Ho Jong-ok"
    fourth.save()
    fourth.reindex_names()
    assert [len(t) for _p, t in _listed(client)] == [3, 2]
    # A bulk change of role (no save(), no signal) and a bulk delete.
    Person.objects.filter(pk=pair[0].pk).update(role=Person.Role.COWORKER)
    assert [len(t) for _p, t in _listed(client)] == [3]
    Person.objects.filter(pk=three_minders[2].pk).delete()
    assert _listed(client) == _live()
    assert [len(t) for _p, t in _listed(client)] == [2]
    # A testimony deleted takes its persons with it.
    three_minders[1].testimony.delete()
    assert _listed(client) == _live() == []


def test_nothing_changed_costs_one_statement_and_a_lost_kept_list_comes_back(
    bob: User, three_minders: list[Person]
) -> None:
    from testimony.models import PersonGroupKept, PersonGroupStale

    person_clusters.refresh()
    with CaptureQueriesContext(connection) as queries:
        person_clusters.refresh()
    statements = [q["sql"] for q in queries if not q["sql"].startswith(("SAVEPOINT", "RELEASE"))]
    assert len(statements) == 1
    PersonGroupKept.objects.all().delete()
    PersonGroupStale.objects.create()
    assert [row.testimonies for row in person_clusters.kept_groups()] == [3]


def _kept_exactly_as_computed(live: Callable) -> list[tuple[list[int], list[int]]]:
    """The kept groups and their members equal the groups computed from scratch."""
    from testimony.models import PersonGroupKept
    from testimony.models.person_groups import PersonGroupMember

    person_clusters.refresh()
    groups = live(None)
    computed = [(group.person_ids, sorted(group.testimony_ids)) for group in groups]
    kept = [
        (person_clusters._ids(row.person_ids), person_clusters._ids(row.testimony_ids))
        for row in PersonGroupKept.objects.order_by("-testimonies", "first_person")
    ]
    assert kept == computed
    # Each member with its group, its testimony and whether the group shares one name.
    members = set(
        PersonGroupMember.objects.values_list(
            "person_id", "first_person", "testimony_id", "one_name"
        )
    )
    assert members == {
        (pk, group.person_ids[0], group.testimony_of[pk], group.one_name)
        for group in groups
        for pk in group.person_ids
    }
    return kept


def test_a_change_to_persons_recomputes_only_the_groups_it_touches(
    three_minders: list[Person],
    make_testimony: Callable[..., Testimony],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After the first computation, each change walks the groups of the persons it touched
    (a full recomputation would call `groups`), and the kept groups stay exactly those a
    computation from scratch finds: a person joining, two groups joined by one person and
    split again, a role changed and a person deleted by bulk statements (leaving a member
    alone), a person moved between testimonies, a testimony deleted."""
    live = person_clusters.groups
    pair = [_person(make_testimony(), "Official 9", name_hangul="문창길") for _ in range(2)]
    assert [len(t) for _p, t in _kept_exactly_as_computed(live)] == [3, 2]

    def no_full_recomputation(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("every group recomputed")

    monkeypatch.setattr(person_clusters, "groups", no_full_recomputation)
    _person(make_testimony(), "Minder 4", name_romanized="Chol-min Pak")
    assert [len(t) for _p, t in _kept_exactly_as_computed(live)] == [4, 2]
    # One person bearing both names joins both groups; without its names they split again.
    bridge = _person(make_testimony(), "Boss", name_hangul="문창길", aliases="박철민")
    assert [len(t) for _p, t in _kept_exactly_as_computed(live)] == [7]
    PersonNameIndex.objects.filter(person=bridge).delete()
    assert [len(t) for _p, t in _kept_exactly_as_computed(live)] == [4, 2]
    # Bulk statements: a role changed (no longer a minder), a person deleted.
    Person.objects.filter(pk=pair[0].pk).update(role=Person.Role.COWORKER)
    assert [len(t) for _p, t in _kept_exactly_as_computed(live)] == [4]
    # The fourth shared a spelling with the first only: it is left alone.
    Person.objects.filter(pk=three_minders[0].pk).delete()
    assert [len(t) for _p, t in _kept_exactly_as_computed(live)] == [2]
    # Moved into the other's testimony: one testimony is no pattern; moved out again, it is.
    moved = Person.objects.filter(pk=three_minders[2].pk)
    moved.update(testimony=three_minders[1].testimony)
    assert _kept_exactly_as_computed(live) == []
    moved.update(testimony=make_testimony())
    assert [len(t) for _p, t in _kept_exactly_as_computed(live)] == [2]
    three_minders[1].testimony.delete()
    assert _kept_exactly_as_computed(live) == []


def test_a_narrower_scope_groups_the_kept_groups_as_its_own_digests_would(
    make_testimony: Callable[..., Testimony],
) -> None:
    """Groups among some testimonies come from the kept groups' members (`within_kept`) and
    equal what the digests of those testimonies' persons give (`computed`), for every subset
    of testimonies: a group of one name seen in part stays one group; a chain (a name, a man
    registered under both names, the other name) falls apart where its link is not seen; and
    each person's group page agrees with a walk of the digests."""
    testimonies = [make_testimony() for _ in range(7)]
    for testimony in testimonies[:4]:
        _person(testimony, "Minder", name_romanized="Pak Chol-min")
    _person(testimonies[4], "Supervisor 1", name_romanized="Ri Song-il")
    _person(testimonies[5], "Supervisor 2", name_romanized="Ri Song-il", aliases="김영호")
    _person(testimonies[6], "Supervisor 3", name_hangul="김영호")
    _person(testimonies[0], "Official", Person.Role.OFFICIAL, name_romanized="Kim Yong-ho")
    everything = person_clusters.groups(None)
    assert sorted(group.one_name for group in everything) == [False, True]
    persons = list(Person.objects.filter(role__in=person_clusters.ROLES))
    for mask in range(1, 2 ** len(testimonies)):
        chosen = [t.pk for number, t in enumerate(testimonies) if mask >> number & 1]
        scope = Testimony.objects.filter(pk__in=chosen)
        within = person_clusters.groups(scope)
        expected = person_clusters.computed(scope)
        assert [(g.person_ids, g.testimony_ids) for g in within] == [
            (g.person_ids, g.testimony_ids) for g in expected
        ], chosen
        for person in persons:
            if person.testimony_id in chosen:
                found = person_clusters.group_of(person, scope)
                walked = person_clusters._walked(person, scope)
                assert (found.person_ids, found.testimony_ids) == (
                    walked.person_ids,
                    walked.testimony_ids,
                )
    # Without the man of both names, the chain's two ends are apart: neither is a group.
    apart = Testimony.objects.filter(pk__in=[t.pk for t in testimonies if t != testimonies[5]])
    assert [group.testimonies for group in person_clusters.groups(apart)] == [4]


def test_kept_groups_written_before_one_name_was_kept_are_written_again(
    three_minders: list[Person],
) -> None:
    """Migration 0045 marks every kept group stale; the next refresh writes `one_name`."""
    from testimony.models import PersonGroupKept, PersonGroupStale

    person_clusters.refresh()
    PersonGroupKept.objects.update(one_name=False)
    PersonGroupStale.objects.create(person_id=None)
    assert [row.one_name for row in person_clusters.kept_groups()] == [True]
