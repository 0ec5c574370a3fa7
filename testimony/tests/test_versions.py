import json
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError, connection, transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from pytest_django.fixtures import Settings

from testimony import versions
from testimony.forms import FACT_FIELDS, ConsentForm, PersonForm, TestimonyForm
from testimony.models import (
    AuditEvent,
    Country,
    IndicatorTag,
    Person,
    Province,
    Testimony,
    TestimonyVersion,
)
from testimony.versions import (
    FieldChange,
    snapshot_diff,
    text_segments,
    version_record,
    version_snapshot,
)

pytestmark = pytest.mark.django_db

ENGLISH = (
    "I am Rim Myong-chol. I worked on a construction site in Kuwait for two years, "
    "twelve hours a day, and the minders kept our passports."
)


@pytest.fixture
def testimony(make_testimony: Callable[..., Testimony]) -> Testimony:
    return make_testimony()


def witness_of(testimony: Testimony) -> Person:
    return testimony.persons.get(role=Person.Role.WITNESS)


def tag(testimony: Testimony, passage: str = "They took our passports on arrival.") -> IndicatorTag:
    return IndicatorTag.objects.create(
        testimony=testimony,
        indicator="retention_of_documents",
        phase=IndicatorTag.Phase.EMPLOYMENT,
        passage=passage,
    )


def changes_in(changes: list[FieldChange], section: str) -> list[FieldChange]:
    return [change for change in changes if change.section == section]


def test_snapshot_holds_the_facts_of_the_form_with_codes_and_usernames(
    testimony: Testimony,
) -> None:
    """Facts are the form's fields and the postings' summary the testimony holds; foreign keys
    are stored by code or username."""
    facts = versions.testimony_snapshot(testimony)["facts"]
    assert list(facts) == FACT_FIELDS
    assert set(TestimonyForm.Meta.fields) <= set(facts)
    assert facts["interview_date"] == "2025-03-14"
    assert facts["country"] == "kuwait"
    assert facts["sector"] == "construction"
    assert facts["interviewer"] == "alice"
    assert facts["hours_per_day"] == 14
    assert facts["passport_confiscated"] is None
    assert "status" not in facts
    assert "revision" not in facts


def test_snapshot_stores_wages_as_strings_with_their_decimal_places(
    make_testimony: Callable[..., Testimony],
) -> None:
    """A wage entered as 300 and read back as 300.00 snapshots the same."""
    testimony = make_testimony(promised_wage_amount=300, promised_wage_currency="USD")
    assert versions.testimony_snapshot(testimony)["facts"]["promised_wage_amount"] == "300.00"
    reloaded = Testimony.objects.get(pk=testimony.pk)
    assert versions.testimony_snapshot(reloaded) == versions.testimony_snapshot(testimony)


def test_snapshot_holds_the_narrative_persons_consent_and_indicators(
    testimony: Testimony,
) -> None:
    """The narrative, every person with names and uuid, the consent and the tags are kept."""
    tag(testimony)
    witness = witness_of(testimony)
    witness.home_province = Province.objects.get(code="north_hamgyong")
    witness.save()

    snapshot = versions.testimony_snapshot(testimony)

    assert snapshot["narrative"]["language"] == "ko"
    assert "림명철" in snapshot["narrative"]["original"]
    assert snapshot["narrative"]["english"].startswith("I am Rim Myong-chol.")
    [person] = snapshot["persons"]
    assert set(person) == {"uuid", *PersonForm.Meta.fields}
    assert person["uuid"] == str(witness.uuid)
    assert person["name_hangul"] == "림명철"
    assert person["name_romanized"] == "Rim Myong-chol"
    assert person["home_province"] == "north_hamgyong"
    assert person["family_in_north_korea"] is True
    assert list(snapshot["consent"]) == ConsentForm.Meta.fields
    assert snapshot["consent"]["public_name"] == "initials"
    assert snapshot["consent"]["given_on"] == "2025-03-14"
    assert snapshot["indicators"] == [
        {
            "indicator": "retention_of_documents",
            "phase": "employment",
            "passage": "They took our passports on arrival.",
        }
    ]
    json.dumps(snapshot)


def test_snapshot_of_a_draft_without_narrative_or_consent_holds_none(
    testimony: Testimony,
) -> None:
    """A draft saved before the narrative and consent were taken has neither in its snapshot."""
    testimony.narrative.delete()
    testimony.consent.delete()
    testimony = Testimony.objects.get(pk=testimony.pk)
    snapshot = versions.testimony_snapshot(testimony)
    assert snapshot["narrative"] is None
    assert snapshot["consent"] is None


def test_versions_are_numbered_one_two_three(testimony: Testimony, alice: User, bob: User) -> None:
    """Each recorded version takes the number after the last, starting at 1."""
    numbers = [version_record(testimony=testimony, by=user).number for user in (alice, bob, alice)]
    assert numbers == [1, 2, 3]
    assert list(testimony.versions.values_list("number", "created_by__username")) == [
        (1, "alice"),
        (2, "bob"),
        (3, "alice"),
    ]


def test_version_is_encrypted_at_rest(testimony: Testimony, alice: User) -> None:
    """The snapshot column holds a Fernet token, never the witness's name."""
    version = version_record(testimony=testimony, by=alice)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT snapshot FROM testimony_testimonyversion WHERE id = %s", [version.pk]
        )
        [raw] = cursor.fetchone()
    assert raw.startswith("fernet:")
    assert "림명철" not in raw
    assert "Rim Myong-chol" not in raw


def test_version_snapshot_reads_back_the_snapshot_recorded(
    testimony: Testimony, alice: User
) -> None:
    """A version read from the database gives back the snapshot as it was when recorded."""
    expected = versions.testimony_snapshot(testimony)
    version = version_record(testimony=testimony, by=alice)
    testimony.hours_per_day = 18
    testimony.save()
    assert version_snapshot(TestimonyVersion.objects.get(pk=version.pk)) == expected


def test_version_record_takes_the_next_number_when_a_concurrent_save_took_its_own(
    testimony: Testimony, alice: User, bob: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading a stale last number clashes on the unique constraint once and then succeeds."""
    version_record(testimony=testimony, by=bob)
    real_aggregate = QuerySet.aggregate
    stale = iter([{"last": None}])

    def stale_once(self: QuerySet, *args: object, **kwargs: object) -> dict:
        return next(stale, None) or real_aggregate(self, *args, **kwargs)

    monkeypatch.setattr(QuerySet, "aggregate", stale_once)
    version = version_record(testimony=testimony, by=alice)
    assert version.number == 2
    assert list(testimony.versions.values_list("number", flat=True)) == [1, 2]


def test_version_record_gives_up_after_a_second_clash(
    testimony: Testimony, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two clashes in a row raise, leaving the versions already recorded as they were."""
    version_record(testimony=testimony, by=alice)
    monkeypatch.setattr(QuerySet, "aggregate", lambda self, *args, **kwargs: {"last": None})
    with pytest.raises(IntegrityError):
        version_record(testimony=testimony, by=alice)
    monkeypatch.undo()
    assert list(testimony.versions.values_list("number", flat=True)) == [1]


def test_diff_of_identical_snapshots_is_empty(testimony: Testimony) -> None:
    """Nothing changed, nothing to show."""
    tag(testimony)
    assert (
        snapshot_diff(
            versions.testimony_snapshot(testimony), versions.testimony_snapshot(testimony)
        )
        == []
    )


def test_diff_shows_a_changed_fact_with_its_label_and_displayed_values(
    testimony: Testimony,
) -> None:
    """Numbers, tri-state facts, choices and vocabulary terms read as the detail page shows them."""
    before = versions.testimony_snapshot(testimony)
    testimony.hours_per_day = 18
    testimony.passport_confiscated = True
    testimony.recruitment = "bribe"
    testimony.country = Country.objects.get(code="russia")
    testimony.save()

    changes = snapshot_diff(before, versions.testimony_snapshot(testimony))

    assert [(c.section, c.label, c.old_display, c.new_display) for c in changes] == [
        ("Facts", "Country of work", "Kuwait", "Russia"),
        ("Facts", "Recruitment", "Not stated", "Paid a bribe to be selected"),
        ("Facts", "Working hours per day", "14", "18"),
        ("Facts", "Passport confiscated", "Not stated", "Yes"),
    ]
    assert all(change.segments == [] for change in changes)


def test_diff_says_which_wage_a_currency_belongs_to(testimony: Testimony) -> None:
    """Two fields are labelled "currency"; the diff names the wage, and blank reads as a dash."""
    before = versions.testimony_snapshot(testimony)
    testimony.received_wage_currency = "KWD"
    testimony.save()
    [change] = snapshot_diff(before, versions.testimony_snapshot(testimony))
    assert (change.label, change.old_display, change.new_display) == (
        "Wage received, currency",
        "—",
        "KWD",
    )


def test_diff_of_a_narrative_gives_the_removed_and_added_words(testimony: Testimony) -> None:
    """An English narrative is compared word by word."""
    testimony.narrative.english = ENGLISH
    testimony.narrative.save()
    before = versions.testimony_snapshot(testimony)
    testimony.narrative.english = ENGLISH.replace("construction site in Kuwait", "logging camp")
    testimony.narrative.save()

    [change] = snapshot_diff(before, versions.testimony_snapshot(testimony))

    assert (change.section, change.label) == ("Narrative", "Narrative (English translation)")
    assert change.lang == "en"
    assert ("removed", "construction site in Kuwait") in change.segments
    assert ("added", "logging camp") in change.segments
    assert change.segments[0] == ("same", "I am Rim Myong-chol. I worked on a ")
    kept = "".join(text for kind, text in change.segments if kind != "removed")
    assert kept == testimony.narrative.english


def test_diff_of_a_korean_narrative_replaces_whole_words(testimony: Testimony) -> None:
    """Korean words are separated by spaces, so a changed word is struck whole."""
    before = versions.testimony_snapshot(testimony)
    testimony.narrative.original = testimony.narrative.original.replace("건설", "벌목")
    testimony.narrative.save()

    [change] = snapshot_diff(before, versions.testimony_snapshot(testimony))

    assert change.lang == "ko"
    assert change.segments == [
        ("same", "저는 림명철입니다. 쿠웨이트 "),
        ("removed", "건설"),
        ("added", "벌목"),
        ("same", " 현장에서 일했습니다."),
    ]


def test_korean_typed_without_spaces_is_compared_by_character() -> None:
    """A run of Hangul too long to be one word is split into syllables."""
    segments = text_segments(
        "저는림명철입니다쿠웨이트건설현장에서일했습니다",
        "저는림명철입니다쿠웨이트벌목현장에서일했습니다",
    )
    assert segments == [
        ("same", "저는림명철입니다쿠웨이트"),
        ("removed", "건설"),
        ("added", "벌목"),
        ("same", "현장에서일했습니다"),
    ]


def test_diff_shows_an_added_person(testimony: Testimony) -> None:
    """A new person is one change under their pseudonym."""
    before = versions.testimony_snapshot(testimony)
    Person.objects.create(testimony=testimony, role=Person.Role.SUPERVISOR, pseudonym="Minder B")

    [change] = snapshot_diff(before, versions.testimony_snapshot(testimony))

    assert (change.section, change.kind, change.old_display, change.new_display) == (
        "Person: Minder B",
        "added",
        "—",
        "Added (Supervisor or minder)",
    )


def test_diff_shows_a_removed_person(testimony: Testimony) -> None:
    """A deleted person is one change, named by role when there is no pseudonym."""
    coworker = Person.objects.create(testimony=testimony, role=Person.Role.COWORKER)
    before = versions.testimony_snapshot(testimony)
    coworker.delete()

    [change] = snapshot_diff(before, versions.testimony_snapshot(testimony))

    assert change.section == f"Person: Co-worker ({coworker.uuid.hex[:8]})"
    assert (change.kind, change.old_display, change.new_display) == (
        "removed",
        "Co-worker",
        "Removed",
    )


def test_diff_shows_each_changed_field_of_a_person(testimony: Testimony) -> None:
    """A changed person gives one change per field; names are marked as identifying."""
    before = versions.testimony_snapshot(testimony)
    witness = witness_of(testimony)
    witness.name_hangul = "림명출"
    witness.birth_year = 1985
    witness.home_province = Province.objects.get(code="ryanggang")
    witness.save()

    changes = snapshot_diff(before, versions.testimony_snapshot(testimony))

    assert [(c.section, c.label, c.old_display, c.new_display) for c in changes] == [
        ("Person: Witness A", "Name (Hangul)", "림명철", "림명출"),
        ("Person: Witness A", "Year of birth", "—", "1985"),
        ("Person: Witness A", "Home province", "—", "Ryanggang"),
    ]
    assert [change.identifying for change in changes] == [True, False, False]
    assert changes[0].lang == "ko"


def test_diff_shows_a_changed_consent(testimony: Testimony) -> None:
    """Consent choices read as their labels."""
    before = versions.testimony_snapshot(testimony)
    testimony.consent.public_name = "none"
    testimony.consent.save()
    assert [
        (c.section, c.label, c.old_display, c.new_display)
        for c in snapshot_diff(before, versions.testimony_snapshot(testimony))
    ] == [("Consent", "Name in public reports", "Initials only", "No name")]


def test_diff_shows_added_and_removed_indicators(testimony: Testimony) -> None:
    """Tags are compared as a set: one added, one removed, each with its passage."""
    old_tag = tag(testimony)
    before = versions.testimony_snapshot(testimony)
    old_tag.delete()
    IndicatorTag.objects.create(
        testimony=testimony,
        indicator="excessive_overtime",
        phase=IndicatorTag.Phase.EMPLOYMENT,
        passage="We worked from six in the morning until midnight.",
    )

    changes = snapshot_diff(before, versions.testimony_snapshot(testimony))

    assert [(c.section, c.kind, c.label, c.old_display, c.new_display) for c in changes] == [
        (
            "Indicators",
            "added",
            "Excessive overtime (Work and life under duress)",
            "—",
            "We worked from six in the morning until midnight.",
        ),
        (
            "Indicators",
            "removed",
            "Retention of identity documents (Work and life under duress)",
            "They took our passports on arrival.",
            "Removed",
        ),
    ]


def test_diff_of_an_edited_passage_gives_word_segments(testimony: Testimony) -> None:
    """The same indicator in the same phase with a new passage is an edit, not a swap."""
    old_tag = tag(testimony)
    before = versions.testimony_snapshot(testimony)
    old_tag.passage = "They took our passports at the airport."
    old_tag.save()

    [change] = snapshot_diff(before, versions.testimony_snapshot(testimony))

    assert change.kind == "changed"
    assert ("removed", "on arrival") in change.segments
    assert ("added", "at the airport") in change.segments


def test_diff_lists_sections_in_a_fixed_order(testimony: Testimony) -> None:
    """Facts, narrative, persons, consent, indicators, whatever order they were edited in."""
    before = versions.testimony_snapshot(testimony)
    tag(testimony)
    testimony.consent.notes = "Signed in Seoul."
    testimony.consent.save()
    witness = witness_of(testimony)
    witness.sex = Person.Sex.MALE
    witness.save()
    testimony.narrative.language = "zh"
    testimony.narrative.save()
    testimony.violence = False
    testimony.save()

    sections = [c.section for c in snapshot_diff(before, versions.testimony_snapshot(testimony))]

    assert sections == ["Facts", "Narrative", "Person: Witness A", "Consent", "Indicators"]


def test_partial_strikes_removed_words_and_marks_added_ones(testimony: Testimony) -> None:
    """A narrative change renders as one text with <del> and <ins>, under its section heading."""
    testimony.narrative.english = ENGLISH
    testimony.narrative.save()
    before = versions.testimony_snapshot(testimony)
    testimony.narrative.english = ENGLISH.replace("construction site", "logging camp")
    testimony.narrative.save()
    testimony.hours_per_day = 18
    testimony.save()

    html = render_to_string(
        "testimony/_diff.html",
        {"changes": snapshot_diff(before, versions.testimony_snapshot(testimony))},
    )

    assert '<del class="diff-removed">construction site</del>' in html
    assert '<ins class="diff-added">logging camp</ins>' in html
    assert "Narrative (English translation)" in html
    assert ">Facts</h3>" in html
    assert "<td>14</td>" in html
    assert "<td>18</td>" in html
    assert "No differences." not in html


def test_partial_says_so_when_nothing_changed() -> None:
    """An empty list renders a sentence, not an empty table."""
    html = render_to_string("testimony/_diff.html", {"changes": []})
    assert "No differences." in html
    assert "<table" not in html


def test_partial_hides_changed_names_until_they_are_revealed(testimony: Testimony) -> None:
    """Like the detail page, a changed real name shows only when real names are revealed."""
    before = versions.testimony_snapshot(testimony)
    witness = witness_of(testimony)
    witness.name_hangul = "김철수"
    witness.save()
    changes = snapshot_diff(before, versions.testimony_snapshot(testimony))

    hidden = render_to_string("testimony/_diff.html", {"changes": changes})
    shown = render_to_string("testimony/_diff.html", {"changes": changes, "reveal": True})

    assert "김철수" not in hidden
    assert "림명철" not in hidden
    assert "hidden until you choose to show real names" in hidden
    assert "김철수" in shown
    assert "림명철" in shown


# Long texts: only the changed region is compared, and the comparison is bounded.

# Four lines of about 6,000 characters each; every word differs from its neighbours.
LONG_ENGLISH = "\n".join(
    " ".join(f"word{line}x{index}" for index in range(600)) for line in range(4)
)


def kept(segments: list[tuple[str, str]]) -> str:
    return "".join(text for kind, text in segments if kind != "removed")


def before_of(segments: list[tuple[str, str]]) -> str:
    return "".join(text for kind, text in segments if kind != "added")


def test_long_text_changed_at_the_start_marks_only_the_first_word() -> None:
    """The common end is kept as one run, the changed first word replaced."""
    new = "changed" + LONG_ENGLISH[len("word0x0") :]
    segments = text_segments(LONG_ENGLISH, new)
    assert segments == [
        ("removed", "word0x0"),
        ("added", "changed"),
        ("same", LONG_ENGLISH[len("word0x0") :]),
    ]


def test_long_text_changed_at_the_end_marks_only_the_last_word() -> None:
    """The common beginning is kept as one run, the changed last word replaced."""
    new = LONG_ENGLISH.removesuffix("word3x599") + "changed"
    segments = text_segments(LONG_ENGLISH, new)
    assert segments == [
        ("same", LONG_ENGLISH.removesuffix("word3x599")),
        ("removed", "word3x599"),
        ("added", "changed"),
    ]


def test_long_text_changed_in_the_middle_marks_the_phrase_replaced() -> None:
    """Two neighbouring words replaced by three read as one phrase, in the middle of 24,000
    characters; the rest is kept as it was, line breaks included."""
    new = LONG_ENGLISH.replace("word2x300 word2x301", "a new phrase")
    segments = text_segments(LONG_ENGLISH, new)
    start = LONG_ENGLISH.index("word2x300")
    assert segments == [
        ("same", LONG_ENGLISH[:start]),
        ("removed", "word2x300 word2x301"),
        ("added", "a new phrase"),
        ("same", LONG_ENGLISH[start + len("word2x300 word2x301") :]),
    ]


def test_long_text_with_changes_at_both_ends_and_a_line_added_keeps_every_character() -> None:
    """Changes far apart leave the whole text as the changed region, compared by lines; the
    runs still give back both texts exactly, and the untouched line between them is kept."""
    new = "first " + LONG_ENGLISH.replace("word1x5 ", "word1x5\nnew line\n") + " last"
    segments = text_segments(LONG_ENGLISH, new)
    assert kept(segments) == new
    assert before_of(segments) == LONG_ENGLISH
    untouched = LONG_ENGLISH.splitlines(keepends=True)[2]
    assert any(kind == "same" and untouched in text for kind, text in segments)


def test_long_korean_text_replaces_a_word_next_to_an_emoji() -> None:
    """Hangul words and an emoji (one character outside the BMP) are words of their own."""
    old = "저는 쿠웨이트 건설 현장에서 일했습니다 😀 그리고 돌아왔습니다.\n" * 300
    new = old.replace("건설 현장에서 일했습니다 😀 그리고", "벌목 현장에서 일했습니다 😢 그리고", 1)
    segments = text_segments(old, new)
    assert segments[:6] == [
        ("same", "저는 쿠웨이트 "),
        ("removed", "건설"),
        ("added", "벌목"),
        ("same", " 현장에서 일했습니다 "),
        ("removed", "😀"),
        ("added", "😢"),
    ]
    assert kept(segments) == new
    assert before_of(segments) == old


def test_korean_typed_without_spaces_in_a_long_text_is_compared_by_character() -> None:
    """The cut around the changed region never splits a word: a long unspaced run still
    becomes syllables, so one changed syllable is one change."""
    line = "저는림명철입니다쿠웨이트건설현장에서일했습니다"
    old = "\n".join([line] * 200)
    new = old.replace("건설", "벌목", 1)
    segments = text_segments(old, new)
    assert segments == [
        ("same", "저는림명철입니다쿠웨이트"),
        ("removed", "건설"),
        ("added", "벌목"),
        ("same", new[len("저는림명철입니다쿠웨이트벌목") :]),
    ]


def test_a_region_of_too_many_words_is_compared_by_lines_then_words(
    settings: Settings,
) -> None:
    """Past the bound the lines are compared, and the changed lines by words within it."""
    settings.TESTIMONY_DIFF_MAX_TOKENS = 2500
    new = LONG_ENGLISH.replace("word0x3 ", "start ").replace("word3x500", "end")
    segments = text_segments(LONG_ENGLISH, new)
    assert ("removed", "word0x3") in segments
    assert ("added", "start") in segments
    assert ("removed", "word3x500") in segments
    assert ("added", "end") in segments
    assert kept(segments) == new
    assert before_of(segments) == LONG_ENGLISH


def test_a_changed_line_too_long_for_the_bound_is_replaced_whole(
    settings: Settings,
) -> None:
    """A changed line of more words than the bound is shown removed and added as a whole."""
    settings.TESTIMONY_DIFF_MAX_TOKENS = 100
    new = LONG_ENGLISH.replace("word0x3 ", "start ").replace("word3x500", "end")
    lines, new_lines = LONG_ENGLISH.splitlines(keepends=True), new.splitlines(keepends=True)
    segments = text_segments(LONG_ENGLISH, new)
    assert segments[:3] == [
        ("same", "word0x0 word0x1 word0x2 "),
        ("removed", lines[0].removeprefix("word0x0 word0x1 word0x2 ")),
        ("added", new_lines[0].removeprefix("word0x0 word0x1 word0x2 ")),
    ]
    assert ("removed", lines[3].partition(" word3x501")[0]) in segments
    assert ("added", new_lines[3].partition(" word3x501")[0]) in segments
    assert kept(segments) == new


def test_a_huge_rewrite_says_how_many_characters_changed(settings: Settings) -> None:
    """Beyond the bound in words and in lines, one sentence replaces the comparison."""
    settings.TESTIMONY_DIFF_MAX_TOKENS = 3
    new = LONG_ENGLISH.upper()
    assert text_segments(LONG_ENGLISH, new) == [
        (
            "note",
            f"Too large to compare word by word: {len(LONG_ENGLISH):,} characters changed "
            "between these versions.",
        )
    ]


def test_the_too_large_sentence_is_translated(settings: Settings) -> None:
    """Korean readers get the sentence in Korean."""
    from django.utils import translation

    settings.TESTIMONY_DIFF_MAX_TOKENS = 3
    with translation.override("ko"):
        [(kind, text)] = text_segments(LONG_ENGLISH, LONG_ENGLISH.upper())
    assert kind == "note"
    assert f"{len(LONG_ENGLISH):,}" in text
    assert "Too large" not in text


def test_identical_texts_are_one_kept_run() -> None:
    """Comparing a text with itself marks nothing."""
    assert text_segments(LONG_ENGLISH, LONG_ENGLISH) == [("same", LONG_ENGLISH)]
    assert text_segments("", "") == []


@pytest.fixture
def large_versions(testimony: Testimony, alice: User) -> Testimony:
    """Two saved versions of a testimony whose English narrative is 24,000 characters long,
    completely rewritten between them."""
    for english in (LONG_ENGLISH, LONG_ENGLISH.upper()):
        with transaction.atomic():
            testimony.narrative.english = english
            testimony.narrative.save()
            version_record(testimony=testimony, by=alice)
    return testimony


def test_versions_page_of_two_large_versions_shows_the_sentence(
    client: Client, bob: User, large_versions: Testimony, settings: Settings
) -> None:
    """A rewrite beyond the bound answers 200 with the sentence, not the texts."""
    settings.TESTIMONY_DIFF_MAX_TOKENS = 3
    client.force_login(bob)
    response = client.get(reverse("testimony:versions", args=[large_versions.uuid]))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Too large to compare word by word: {len(LONG_ENGLISH):,} characters" in html
    assert "WORD2X300" not in html


def test_versions_page_of_two_large_versions_compares_them(
    client: Client, bob: User, large_versions: Testimony
) -> None:
    """Within the bound the page answers 200 with the words marked, and records the view."""
    client.force_login(bob)
    response = client.get(reverse("testimony:versions", args=[large_versions.uuid]))
    assert response.status_code == 200
    assert "Too large" not in response.content.decode()
    assert (
        large_versions.audit_events.filter(actor=bob, action=AuditEvent.Action.VIEWED).count() == 1
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_versions_page_compares_outside_any_transaction(
    client: Client, bob: User, large_versions: Testimony, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No transaction (on SQLite: no write lock) is held while the versions are compared,
    and the view is still audited afterwards."""
    from testimony.views import detail

    in_transaction: list[bool] = []
    real_diff = detail.snapshot_diff

    def spying_diff(old: dict, new: dict) -> list[FieldChange]:
        in_transaction.append(connection.in_atomic_block)
        return real_diff(old, new)

    monkeypatch.setattr(detail, "snapshot_diff", spying_diff)
    client.force_login(bob)
    response = client.get(reverse("testimony:versions", args=[large_versions.uuid]))
    assert response.status_code == 200
    assert in_transaction == [False]
    assert (
        large_versions.audit_events.filter(actor=bob, action=AuditEvent.Action.VIEWED).count() == 1
    )


def long_narrative(paragraphs: int = 212) -> str:
    """About 80,000 characters naming the witness in both scripts in every paragraph."""
    return "\n\n".join(
        f"Rim Myong-chol told the minder about paragraph {number}. 림명철은 말했다. "
        + LONG_PARAGRAPH
        for number in range(paragraphs)
    )


LONG_PARAGRAPH = (
    "We worked on the construction site from six in the morning until late at night; the "
    "minders kept our passports and paid the wages to the company. 우리는 아침 여섯 시부터 "
    "밤늦게까지 건설 현장에서 일했습니다 😀. In the second year they cut our rations again. "
    "Nobody was allowed to take a sick worker to the hospital, and we slept twelve to a room."
)


@pytest.fixture
def long_versions(testimony: Testimony, alice: User) -> Testimony:
    """Two versions of an 80,000-character narrative, three words changed between them:
    one beside the witness's name near the start, one in the middle, one near the end."""
    old = long_narrative()
    new = old.replace("paragraph 3.", "paragraph three.", 1)
    new = new.replace("twelve to a room", "twenty to a room", 106)
    new = new.replace("twenty to a room", "twelve to a room", 105)
    at = new.rindex("cut our rations")
    new = new[:at] + "halved our rations" + new[at + len("cut our rations") :]
    assert len(old) > 80_000
    for english in (old, new):
        with transaction.atomic():
            testimony.narrative.english = english
            testimony.narrative.save()
            version_record(testimony=testimony, by=alice)
    return testimony


def test_versions_page_of_a_long_narrative_shows_each_change_with_its_context(
    client: Client, bob: User, long_versions: Testimony
) -> None:
    """Masked, three changes each with its paragraph, the rest counted, no name shown; and
    the anonymizer reads those paragraphs, not the 80,000 characters of each version."""
    from testimony.anonymize.redact import NameMatcher

    scanned: list[int] = []
    real_anonymize = NameMatcher.anonymize

    def counting(self: NameMatcher, text: str, detect: bool = True) -> object:
        scanned.append(len(text))
        return real_anonymize(self, text, detect)

    client.force_login(bob)
    try:
        NameMatcher.anonymize = counting  # type: ignore[method-assign]
        response = client.get(reverse("testimony:versions", args=[long_versions.uuid]))
    finally:
        NameMatcher.anonymize = real_anonymize  # type: ignore[method-assign]
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("Rim Myong-chol", "림명철", "Myong-chol"):
        assert name not in html
    assert "Witness A told the minder about paragraph" in html
    assert '<ins class="diff-added">three</ins>' in html
    assert '<ins class="diff-added">halved</ins>' in html
    assert html.count("characters unchanged") == 3
    assert 0 < sum(scanned) < len(long_narrative()) // 4


def test_versions_page_of_a_long_narrative_with_names_shown_leaves_out_the_same(
    client: Client, bob: User, long_versions: Testimony
) -> None:
    """With real names shown, the same windows: the names, the changes, the gaps."""
    from testimony.tests.test_reveal import reveal_identities

    client.force_login(bob)
    reveal_identities(client, long_versions)
    response = client.get(reverse("testimony:versions", args=[long_versions.uuid]))
    html = response.content.decode()
    assert "Rim Myong-chol told the minder about paragraph 3" not in html
    assert "Rim Myong-chol told the minder about paragraph" in html
    assert html.count("characters unchanged") == 3
    assert html.count("Rim Myong-chol") < 10
