# ruff: noqa: F811 (the entry fixture is imported, then named as a parameter)
"""Linking while entering: proposals of recorded entities as a name is typed, "not the same",
merging duplicates and undoing a merge (audited), and persons matched across testimonies
through the blind index without being decrypted."""

import json
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from testimony import crypto
from testimony.entity_linking import MergeRefused, merge_entities, undo_merge
from testimony.models import (
    AuditEvent,
    Entity,
    EntityDistinct,
    EntityMerge,
    EntityRole,
    Person,
    Posting,
    Testimony,
    TestimonyEntity,
)
from testimony.person_links import annotate_persons, person_links
from testimony.posting_forms import entity_matching
from testimony.tests.test_reveal import reveal_identities
from testimony.tests.test_testimony_create import (  # noqa: F401 (entry is a fixture)
    URL,
    entry,
    formset_management,
)

pytestmark = pytest.mark.django_db

SUGGEST = reverse("testimony:entity_suggest")
MERGE = reverse("testimony:entity_merge")


def company(name: str, name_ko: str = "", kind: str = Entity.Kind.COMPANY) -> Entity:
    entity = Entity(kind=kind, name=name, name_ko=name_ko)
    entity.save()
    return entity


def link(testimony: Testimony, entity: Entity, role: str = EntityRole.EMPLOYER, passage: str = ""):
    return TestimonyEntity.objects.create(
        testimony=testimony, entity=entity, role=role, passage=passage
    )


def posting(testimony: Testimony, **entities: Entity) -> Posting:
    return Posting.objects.create(
        testimony=testimony, country=testimony.country, sector=testimony.sector, **entities
    )


def suggest(client: Client, **params: str) -> dict:
    response = client.get(SUGGEST, params, headers={"accept": "application/json"})
    assert response.status_code == 200, response.content
    return response.json()


def names(answer: dict) -> list[str]:
    return [result["name"] for result in answer["results"]]


@pytest.fixture
def namgang(db: None) -> Entity:
    return company("Namgang Construction", "남강건설")


# Proposals while typing


@pytest.mark.parametrize(
    "typed",
    [
        "Ｎａｍｇａｎｇ",  # fullwidth letters
        "Nam\u200bgang",  # a zero-width space inside
        "namgang construction",
        "NAMGANG-CONSTRUCTION",
        "남강",  # the Korean name
        "남강 건설",
        "Namgang 🏗️",  # an emoji typed along
        "Namgang\r\nConstruction",  # pasted across a line break
        "construction namgang",  # words in another order
    ],
)
def test_proposals_find_an_entity_by_any_spelling(
    client: Client, alice: User, namgang: Entity, typed: str
) -> None:
    company("Amur Timber Trading")
    client.force_login(alice)
    answer = suggest(client, kind="employer", q=typed)
    assert names(answer) == ["Namgang Construction"]
    assert answer["results"][0]["uuid"] == str(namgang.uuid)


@pytest.mark.parametrize(("typed", "found"), [("남강", "Namgang"), ("남포", "Nampo")])
def test_a_name_typed_in_hangul_finds_a_record_named_only_in_english(
    client: Client, alice: User, typed: str, found: str
) -> None:
    """Revised Romanization (Namgang) and McCune-Reischauer (Namp'o, folded to nampo)."""
    company("Namgang Construction")
    company("Nampo Shipping")
    client.force_login(alice)
    [name] = names(suggest(client, q=typed))
    assert name.startswith(found)


def test_proposals_count_only_the_testimonies_the_user_may_see(
    client: Client, alice: User, erin: User, namgang: Entity, make_testimony: Callable
) -> None:
    link(make_testimony(), namgang)
    link(make_testimony(), namgang, EntityRole.CONTRACTOR)  # one testimony, counted once
    own = make_testimony()
    link(own, namgang)
    posting(own, employer=namgang)
    posting(make_testimony(), site=None, employer=namgang)  # named as employer only
    link(make_testimony(created_by=erin, interviewer=erin, updated_by=erin), namgang)
    client.force_login(alice)
    [result] = suggest(client, kind="employer", q="namgang")["results"]
    assert result["testimonies"] == 4
    assert result["exact"] is False
    assert suggest(client, kind="all", q="Namgang Construction")["results"][0]["exact"] is True


def test_proposals_are_of_the_kind_asked_and_at_most_ten(client: Client, alice: User) -> None:
    for number in range(12):
        company(f"Namgang Unit {number}")
    company("Namgang Camp", kind=Entity.Kind.SITE)
    client.force_login(alice)
    assert len(suggest(client, kind="employer", q="namgang")["results"]) == 10
    assert names(suggest(client, kind="site", q="namgang")) == ["Namgang Camp"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram similarity is PostgreSQL's")
def test_on_postgresql_a_misspelt_name_is_proposed_by_trigram_similarity(
    client: Client, alice: User, namgang: Entity
) -> None:
    company("Amur Timber Trading")
    client.force_login(alice)
    assert names(suggest(client, kind="employer", q="Namgnag Construktion")) == [
        "Namgang Construction"
    ]


def test_proposals_take_the_same_number_of_queries_for_one_or_ten(
    client: Client, alice: User, make_testimony: Callable
) -> None:
    for number in range(10):
        entity = company(f"Namgang Unit {number}")
        link(make_testimony(), entity)
        posting(make_testimony(), employer=entity)
    company("Amur Timber Trading")
    client.force_login(alice)
    suggest(client, q="namgang")  # the session and permissions, loaded once
    counts = []
    for typed in ("amur", "namgang"):
        with CaptureQueriesContext(connection) as queries:
            suggest(client, q=typed)
        counts.append(len(queries))
    assert counts[0] == counts[1]


@pytest.mark.parametrize("typed", ["", "   ", "🏗️", "\u200b\u200b", "—?!"])
def test_nothing_to_look_up_proposes_nothing(client: Client, alice: User, typed: str) -> None:
    company("Namgang Construction")
    client.force_login(alice)
    assert suggest(client, q=typed)["results"] == []


def test_a_very_long_text_is_refused_with_a_sentence(client: Client, alice: User) -> None:
    client.force_login(alice)
    response = client.get(SUGGEST, {"q": "남" * 5000}, headers={"accept": "application/json"})
    assert response.status_code == 400
    assert "too long" in response.json()["error"]


def test_an_unknown_kind_is_refused_with_a_sentence(client: Client, alice: User) -> None:
    client.force_login(alice)
    response = client.get(SUGGEST, {"q": "x", "kind": "<script>"})
    assert response.status_code == 400
    assert "is not a kind of entity" in response.json()["error"]


def test_signed_out_users_are_sent_to_sign_in(client: Client, namgang: Entity) -> None:
    response = client.get(SUGGEST, {"q": "namgang"})
    assert response.status_code == 302
    assert "login" in response["Location"]
    scripted = client.get(SUGGEST, {"q": "namgang"}, headers={"accept": "application/json"})
    assert scripted.status_code == 401
    assert "Namgang" not in scripted.content.decode()


def test_users_who_enter_no_testimonies_get_no_proposals(
    client: Client, charlie: User, namgang: Entity
) -> None:
    client.force_login(charlie)
    response = client.get(SUGGEST, {"q": "namgang"})
    assert response.status_code == 403
    assert response.json()["results"] == []


def test_the_entry_form_offers_proposals_and_keeps_the_datalist(
    client: Client, alice: User, namgang: Entity
) -> None:
    client.force_login(alice)
    page = client.get(URL).content.decode()
    assert 'src="/static/js/entity_suggest.js"' in page
    assert f'data-url="{SUGGEST}"' in page
    assert 'data-entity-suggest="employer"' in page
    assert 'list="entity-employers"' in page  # the fallback without the script
    assert '<option value="Namgang Construction">' in page


# Not the same


def test_a_name_marked_new_creates_an_entity_of_another_kind_and_records_the_pair(
    client: Client, alice: User, namgang: Entity, entry: Callable[..., dict]
) -> None:
    """Without the box, "Namgang Construction" typed as a site resolves to the company."""
    client.force_login(alice)
    data = entry(
        **{
            "postings-0-site_name": "Namgang Construction",
            "postings-0-site_name_new": "on",
        }
    )
    response = client.post(URL, data)
    assert response.status_code == 302
    posting = Posting.objects.get()
    assert posting.site != namgang
    assert posting.site.kind == Entity.Kind.SITE
    assert EntityDistinct.between(posting.site, namgang)


def test_a_second_entity_of_the_same_kind_and_name_is_refused_with_a_sentence(
    client: Client, alice: User, namgang: Entity, entry: Callable[..., dict]
) -> None:
    client.force_login(alice)
    data = entry(
        **{
            "postings-0-employer_name": "namgang construction",
            "postings-0-employer_name_not_same": str(namgang.uuid),
        }
    )
    response = client.post(URL, data)
    assert response.status_code == 200
    assert "add what tells them apart" in response.content.decode()
    assert 'value="namgang construction"' in response.content.decode()  # nothing lost
    assert not Testimony.objects.exists()


def test_proposals_set_aside_are_recorded_as_not_the_same(
    client: Client, alice: User, namgang: Entity, entry: Callable[..., dict]
) -> None:
    other = company("Namgang Trading")
    client.force_login(alice)
    data = entry(
        **{
            **formset_management("entities", 1),
            "entities-0-role": "employer",
            "entities-0-entity_name": "Namgang Construction Co (Kuwait)",
            "entities-0-entity_name_not_same": f"{namgang.uuid},{other.uuid},not-a-uuid",
            "entities-0-passage": "",
        }
    )
    assert client.post(URL, data).status_code == 302
    created = Entity.objects.get(name="Namgang Construction Co (Kuwait)")
    assert EntityDistinct.between(created, namgang)
    assert EntityDistinct.between(created, other)
    # The proposals respect it: linked to the new one, the others are not offered for it.
    answer = suggest(client, q="namgang", linked=str(created.uuid))
    assert names(answer) == ["Namgang Construction Co (Kuwait)"]
    set_aside = suggest(client, q="namgang", **{"not": str(namgang.uuid)})
    assert "Namgang Construction" not in names(set_aside)
    # And a merge of the pair is refused.
    with pytest.raises(MergeRefused, match="not the same"):
        merge_entities(kept=namgang, merged=created, by=alice)


# Merge and undo


@pytest.fixture
def duplicates(make_testimony: Callable, namgang: Entity) -> dict:
    duplicate = company("Nam Gang Construction Company")
    first, second, both = make_testimony(), make_testimony(), make_testimony()
    link(first, namgang, passage="A")
    moved = link(second, duplicate, passage="남강 사람들이 감시했다")
    link(both, namgang, passage="kept passage")
    removed = link(both, duplicate, passage="duplicate passage")
    posting(second, employer=duplicate)
    posting(first, site=duplicate)
    return {
        "kept": namgang,
        "merged": duplicate,
        "moved": moved,
        "removed": removed,
        "testimonies": (first, second, both),
    }


def state(*entities: Entity) -> list:
    """Every link and posting naming `entities`, as comparable tuples."""
    links = sorted(
        (link.testimony_id, link.entity_id, link.role, link.passage)
        for link in TestimonyEntity.objects.filter(entity__in=entities)
    )
    postings = sorted(
        Posting.objects.filter(employer__in=entities).values_list("pk", "employer_id")
    ) + sorted(Posting.objects.filter(site__in=entities).values_list("pk", "site_id"))
    return [links, postings]


def test_a_reviewer_merges_a_duplicate_and_everything_moves(
    client: Client, bob: User, duplicates: dict
) -> None:
    kept, merged = duplicates["kept"], duplicates["merged"]
    client.force_login(bob)
    response = client.post(
        MERGE, {"kept": str(kept.uuid), "merged": "nam gang construction company"}
    )
    assert response.status_code == 302
    assert not TestimonyEntity.objects.filter(entity=merged).exists()
    assert TestimonyEntity.objects.filter(entity=kept).count() == 3
    assert not Posting.objects.filter(employer=merged).exists()
    assert not Posting.objects.filter(site=merged).exists()
    merged.refresh_from_db()
    assert merged.merged_into == kept  # kept aside, not deleted
    # Typed afterwards, the duplicate's name is the kept entity.
    assert entity_matching("Nam Gang Construction Company") == kept
    answer = suggest(client, q="Nam Gang Construction Company")
    assert [result["uuid"] for result in answer["results"]] == [str(kept.uuid)]
    page = client.get(MERGE).content.decode()
    assert "Undo this merge" in page
    assert '<option value="Nam Gang Construction Company">' not in page  # no longer offered
    assert '<option value="Namgang Construction">' in page


def test_undo_puts_back_exactly_what_the_merge_moved(bob: User, duplicates: dict) -> None:
    kept, merged = duplicates["kept"], duplicates["merged"]
    before = state(kept, merged)
    record = merge_entities(kept=kept, merged=merged, by=bob)
    assert len(record.moved_links) == 1
    assert record.moved_employer_postings
    assert record.moved_site_postings
    with connection.cursor() as cursor:
        cursor.execute("SELECT removed_links FROM testimony_entitymerge WHERE id = %s", [record.pk])
        [stored] = cursor.fetchone()
    assert stored.startswith(crypto.TOKEN_PREFIX)  # the removed passage is encrypted at rest
    undo_merge(record=record, by=bob)
    assert state(kept, merged) == before
    merged.refresh_from_db()
    assert merged.merged_into is None
    assert TestimonyEntity.objects.get(pk=duplicates["moved"].pk).entity == merged
    with pytest.raises(MergeRefused, match="already been undone"):
        undo_merge(record=record, by=bob)


def test_the_undo_page_undoes_and_both_are_audited_without_names(
    client: Client, carol: User, duplicates: dict
) -> None:
    kept, merged = duplicates["kept"], duplicates["merged"]
    client.force_login(carol)
    client.post(MERGE, {"kept": str(kept.uuid), "merged": str(merged.uuid)})
    record = EntityMerge.objects.get()
    response = client.post(reverse("testimony:entity_merge_undo", args=[record.uuid]))
    assert response.status_code == 302
    merged_event = AuditEvent.objects.get(action=AuditEvent.Action.ENTITY_MERGED)
    undone_event = AuditEvent.objects.get(action=AuditEvent.Action.ENTITY_MERGE_UNDONE)
    assert merged_event.actor == carol
    assert merged_event.detail == {
        "merge": str(record.uuid),
        "kept": str(kept.uuid),
        "merged": str(merged.uuid),
        "links": 1,
        "links_removed": 1,
        "employer_postings": 1,
        "site_postings": 1,
    }
    assert undone_event.detail["links"] == 1
    assert undone_event.detail["links_restored"] == 1
    for event in (merged_event, undone_event):
        text = json.dumps([event.detail, event.object_id, event.changed_fields])
        assert "Namgang" not in text
        assert "Nam Gang" not in text
        assert "passage" not in text


def test_interviewers_cannot_merge(client: Client, alice: User, duplicates: dict) -> None:
    client.force_login(alice)
    assert client.get(MERGE).status_code == 403
    data = {"kept": str(duplicates["kept"].uuid), "merged": str(duplicates["merged"].uuid)}
    assert client.post(MERGE, data).status_code == 403
    assert not EntityMerge.objects.exists()


@pytest.mark.parametrize(
    ("pair", "sentence"),
    [
        ("itself", "cannot be merged with itself"),
        ("kinds", "different kinds"),
        ("merged", "already been merged"),
        ("distinct", "not the same"),
    ],
)
def test_refused_merges_say_why(
    client: Client, bob: User, namgang: Entity, pair: str, sentence: str
) -> None:
    other = company("Namgang Camp", kind=Entity.Kind.SITE if pair == "kinds" else "company")
    if pair == "merged":
        merge_entities(kept=company("Third One"), merged=other, by=bob)
    if pair == "distinct":
        EntityDistinct.mark(other, namgang, bob)
    merged = namgang if pair == "itself" else other
    client.force_login(bob)
    response = client.post(MERGE, {"kept": str(namgang.uuid), "merged": str(merged.uuid)})
    assert response.status_code == 200
    assert sentence in response.content.decode()
    assert EntityMerge.objects.filter(kept=namgang).count() == 0


@pytest.mark.parametrize("typed", ["", "Nobody Recorded", "x" * 5000, "\u200b"])
def test_a_merge_form_naming_nothing_recorded_is_an_error_not_a_crash(
    client: Client, bob: User, namgang: Entity, typed: str
) -> None:
    client.force_login(bob)
    response = client.post(MERGE, {"kept": str(namgang.uuid), "merged": typed})
    assert response.status_code == 200
    assert not EntityMerge.objects.exists()


def test_undo_waits_for_a_later_merge_of_the_kept_entity(bob: User, namgang: Entity) -> None:
    second, third = company("Second"), company("Third")
    first_merge = merge_entities(kept=second, merged=namgang, by=bob)
    merge_entities(kept=third, merged=second, by=bob)
    with pytest.raises(MergeRefused, match="undo that later merge first"):
        undo_merge(record=first_merge, by=bob)
    assert entity_matching("Namgang Construction") == third  # the chain is followed


# Persons across testimonies


@pytest.fixture
def same_name(make_testimony: Callable, erin: User) -> dict:
    here = make_testimony()
    elsewhere = make_testimony(witness_name="Rim Myong Chol", witness_hangul="")
    other_name = make_testimony(witness_name="Pak Chol-su", witness_hangul="박철수")
    hidden = make_testimony(created_by=erin, interviewer=erin, updated_by=erin)
    return {"here": here, "elsewhere": elsewhere, "other": other_name, "hidden": hidden}


def test_a_person_of_the_same_name_is_counted_in_visible_testimonies_only(
    alice: User, bob: User, same_name: dict
) -> None:
    witness = same_name["here"].persons.get()
    assert person_links(same_name["here"], alice).counts() == {witness.pk: 1}
    assert person_links(same_name["here"], alice).testimony_ids == {same_name["elsewhere"].pk}
    # A reviewer sees every testimony, so erin's counts too.
    assert person_links(same_name["here"], bob).count(witness.pk) == 2


def test_matching_decrypts_nobody_and_takes_a_bounded_number_of_queries(
    alice: User,
    same_name: dict,
    make_testimony: Callable,
    monkeypatch: pytest.MonkeyPatch,
    django_assert_max_num_queries: Callable,
) -> None:
    here = same_name["here"]
    for number in range(5):
        Person.objects.create(
            testimony=here, role=Person.Role.COWORKER, name_romanized=f"Kim Chol {number}"
        ).reindex_names()
        make_testimony(witness_name=f"Kim Chol {number}", witness_hangul="")
    alice = User.objects.get(pk=alice.pk)
    alice.has_perm("testimony.view_all_testimonies")  # permissions cached, as in a request

    def refuse(stored: str) -> str:
        raise AssertionError("a person was decrypted")

    monkeypatch.setattr(crypto, "decrypt", refuse)
    with django_assert_max_num_queries(2):
        links = person_links(here, alice)
    assert sum(links.counts().values()) == 6


def test_the_detail_page_says_how_many_without_saying_which_or_who(
    client: Client, alice: User, same_name: dict
) -> None:
    client.force_login(alice)
    page = client.get(same_name["here"].get_absolute_url()).content.decode()
    assert "A person with this name is registered in 1 other testimony." in page
    assert same_name["elsewhere"].case_code not in page
    assert same_name["hidden"].case_code not in page
    assert "Rim Myong Chol" not in page


def test_revealed_identities_list_the_other_case_codes(
    rf: object, alice: User, same_name: dict
) -> None:
    persons = list(same_name["here"].persons.all())
    annotate_persons(persons, same_name["here"], alice, revealed=True)
    assert persons[0].other_testimonies == 1
    assert persons[0].other_cases == [
        (same_name["elsewhere"].case_code, same_name["elsewhere"].uuid)
    ]
    annotate_persons(persons, same_name["here"], alice, revealed=False)
    assert persons[0].other_cases == []


def test_through_the_door_the_other_case_codes_appear_and_still_no_other_name(
    client: Client, bob: User, same_name: dict
) -> None:
    client.force_login(bob)
    here = same_name["here"]
    reveal_identities(client, here)
    page = client.get(here.get_absolute_url()).content.decode()
    assert "A person with this name is registered in 2 other testimonies." in page
    assert same_name["elsewhere"].case_code in page
    assert same_name["hidden"].case_code in page  # bob may see erin's testimony
    assert same_name["other"].case_code not in page
    assert "Rim Myong Chol" not in page  # the other testimony's spelling of the name


def test_the_entity_admin_links_to_the_merge_page(
    client: Client, dave: User, namgang: Entity
) -> None:
    client.force_login(dave)
    page = client.get(reverse("admin:testimony_entity_change", args=[namgang.pk])).content
    assert f"{MERGE}?merged={namgang.uuid}" in page.decode()
    merge_page = client.get(MERGE, {"merged": str(namgang.uuid)}).content.decode()
    assert "Namgang Construction" in merge_page
