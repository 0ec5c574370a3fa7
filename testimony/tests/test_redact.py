"""Registered names replaced in every spelling; public figures and places left alone."""

import pytest

from testimony.anonymize.redact import (
    AMBIGUOUS_REPLACEMENT,
    DEFAULT_PUBLIC_FIGURES,
    NameMatcher,
    anonymize,
    apply_spans,
    assign_pseudonyms,
)
from testimony.anonymize.spans import RegisteredPerson, Result, Span


@pytest.fixture
def rim() -> RegisteredPerson:
    """The witness, Rim Myong-chol (림명철)."""
    return RegisteredPerson("person-1", "Rim Myong-chol", "Witness A", "림명철", (), "witness")


@pytest.fixture
def kim() -> RegisteredPerson:
    """The supervisor, Kim Chol (김철)."""
    return RegisteredPerson("person-2", "Kim Chol", "Supervisor 1", "김철", (), "supervisor")


@pytest.fixture
def registry(rim: RegisteredPerson, kim: RegisteredPerson) -> list[RegisteredPerson]:
    return [
        rim,
        kim,
        RegisteredPerson("person-3", "Pak Yong-ho", "Supervisor 2", "박영호", ("Big Pak",)),
        RegisteredPerson("person-4", "Ri Il", "Co-worker 1", "리일", ()),
        RegisteredPerson("person-5", "Choe Song-hui", "Relative 1", "최성희", ()),
        RegisteredPerson("person-6", "Jong Kwang-su", "Co-worker 2", "정광수", ()),
        RegisteredPerson("person-7", "Ryu Kyong-ae", "Relative 2", "류경애", ()),
        RegisteredPerson("person-8", "Ro Chun-sik", "Official 1", "로춘식", ()),
    ]


def _redact(text: str, persons: list[RegisteredPerson]) -> Result:
    result = anonymize(text, persons, detect=False)
    for span in result.spans:
        assert text[span.start : span.end] == span.text
    return result


def _found(text: str, persons: list[RegisteredPerson]) -> list[tuple[str, str]]:
    return [(span.text, span.replacement) for span in _redact(text, persons).spans]


@pytest.mark.parametrize("spelling", ["Rim", "Lim", "Im", "Yim", "Leem"])
def test_it_finds_every_romanization_of_rim(
    spelling: str, registry: list[RegisteredPerson]
) -> None:
    """림/임: Rim, Lim, Im, Yim, Leem."""
    assert _found(f"{spelling} Myong-chol left.", registry) == [
        (f"{spelling} Myong-chol", "Witness A")
    ]


@pytest.mark.parametrize("spelling", ["Lee", "Yi", "Ri", "Rhee"])
def test_it_finds_every_romanization_of_ri(spelling: str, registry: list[RegisteredPerson]) -> None:
    """리/이: Lee, Yi, Ri, Rhee."""
    assert _found(f"Then {spelling} Il came.", registry) == [(f"{spelling} Il", "Co-worker 1")]


@pytest.mark.parametrize("spelling", ["Park", "Pak", "Bak"])
def test_it_finds_every_romanization_of_pak(
    spelling: str, registry: list[RegisteredPerson]
) -> None:
    """박: Park, Pak, Bak."""
    assert _found(f"{spelling} Yong-ho was there.", registry) == [
        (f"{spelling} Yong-ho", "Supervisor 2")
    ]


@pytest.mark.parametrize("spelling", ["Choi", "Choe"])
def test_it_finds_every_romanization_of_choe(
    spelling: str, registry: list[RegisteredPerson]
) -> None:
    """최: Choi, Choe."""
    assert _found(f"My sister {spelling} Song-hui wrote.", registry) == [
        (f"{spelling} Song-hui", "Relative 1")
    ]


@pytest.mark.parametrize("spelling", ["Jung", "Jeong", "Chung", "Chong", "Jong", "Chŏng"])
def test_it_finds_every_romanization_of_jong(
    spelling: str, registry: list[RegisteredPerson]
) -> None:
    """정: Jung, Jeong, Chung, Chong, Jong, and Chŏng with its diacritic folded."""
    assert _found(f"{spelling} Kwang-su fell ill.", registry) == [
        (f"{spelling} Kwang-su", "Co-worker 2")
    ]


@pytest.mark.parametrize("spelling", ["Ryu", "Yu", "Yoo"])
def test_it_finds_every_romanization_of_ryu(
    spelling: str, registry: list[RegisteredPerson]
) -> None:
    """류/유: Ryu, Yu, Yoo."""
    assert _found(f"{spelling} Kyong-ae stayed home.", registry) == [
        (f"{spelling} Kyong-ae", "Relative 2")
    ]


@pytest.mark.parametrize("spelling", ["Roh", "Noh", "Ro", "No"])
def test_it_finds_every_romanization_of_ro(spelling: str, registry: list[RegisteredPerson]) -> None:
    """노/로: Roh, Noh, Ro, No."""
    assert _found(f"The official {spelling} Chun-sik signed.", registry) == [
        (f"{spelling} Chun-sik", "Official 1")
    ]


@pytest.mark.parametrize(
    "given", ["Myeong-chul", "Myong Chol", "Myongchol", "Myeongcheol", "Myŏng-ch'ŏl", "MYONG-CHOL"]
)
def test_it_finds_the_given_name_in_every_spelling(
    given: str, registry: list[RegisteredPerson]
) -> None:
    """Hyphen, space or nothing; South or North Korean vowels; diacritics and apostrophes."""
    assert _found(f"Rim {given} said so.", registry) == [(f"Rim {given}", "Witness A")]


def test_it_finds_the_full_name_in_either_order(registry: list[RegisteredPerson]) -> None:
    """Myong-chol Rim is Rim Myong-chol; Il Ri is Ri Il."""
    assert _found("Myong-chol Rim and Il Ri.", registry) == [
        ("Myong-chol Rim", "Witness A"),
        ("Il Ri", "Co-worker 1"),
    ]


def test_it_finds_the_given_name_alone(registry: list[RegisteredPerson]) -> None:
    """Myong-chol alone is the witness."""
    assert _found("Later Myong-chol ran.", registry) == [("Myong-chol", "Witness A")]


def test_it_finds_a_one_syllable_given_name_alone_only_in_a_name_s_place(
    registry: list[RegisteredPerson],
) -> None:
    """Capitalised and standing alone, Il is Ri Il; lowercase, or inside Il-song, it is not."""
    assert _found("il was a word. Ri Il-song came. Il was a man.", registry) == [
        ("Il", "Co-worker 1")
    ]


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Mr. Rim took our passports.", "Rim"),
        ("Mr Lim took our passports.", "Lim"),
        ("Comrade Pak watched us.", "Pak"),
        ("Manager Kim shouted.", "Kim"),
        ("Rim-dongmu said nothing.", "Rim"),
    ],
)
def test_it_finds_a_surname_after_a_title(
    text: str, surname: str, rim: RegisteredPerson, kim: RegisteredPerson
) -> None:
    """Mr. Rim, Comrade Pak, Rim-dongmu: the span is the surname, the title stays."""
    pak = RegisteredPerson("person-3", "Pak Yong-ho", "Supervisor 2")
    spans = _redact(text, [rim, kim, pak]).spans
    assert [span.text for span in spans] == [surname]


def test_it_finds_a_registered_surname_without_a_title(registry: list[RegisteredPerson]) -> None:
    """Rim said so: a registered person's bare surname, in a person's place, is a mention."""
    assert _found("Rim said so. The rim of the bowl.", registry) == [("Rim", "Witness A")]


def test_it_withholds_a_surname_after_a_title_shared_by_two_persons(
    rim: RegisteredPerson,
) -> None:
    """Mr. Rim could be either Rim: no pseudonym is guessed, the name is still withheld."""
    other = RegisteredPerson("person-9", "Rim Il", "Co-worker 3", "림일")
    spans = _redact("Mr. Rim shouted.", [rim, other]).spans
    assert [(span.text, span.replacement) for span in spans] == [("Rim", AMBIGUOUS_REPLACEMENT)]
    assert "Witness A" in spans[0].reason
    assert "Co-worker 3" in spans[0].reason


def test_it_withholds_a_registered_given_name_after_another_surname(
    registry: list[RegisteredPerson],
) -> None:
    """Pak Myong-chol is not Rim Myong-chol: withheld, not given the witness's pseudonym."""
    assert _found("Pak Myong-chol came.", registry) == [("Pak Myong-chol", AMBIGUOUS_REPLACEMENT)]


def test_it_does_not_take_part_of_a_longer_hyphenated_name(
    registry: list[RegisteredPerson],
) -> None:
    """Ri Il-song is not Ri Il."""
    assert _found("Ri Il-song came.", registry) == []


@pytest.mark.parametrize("word", ["림일은", "림일씨", "리일이", "리일동무가", "이일에게"])
def test_it_finds_a_hangul_name_with_particles_attached(
    word: str, registry: list[RegisteredPerson]
) -> None:
    """림일은, 림일씨: the span covers the name only, never the particle."""
    registry = [*registry, RegisteredPerson("person-10", "Rim Il", "Co-worker 3", "림일")]
    spans = _redact(f"그때 {word} 말했다.", registry).spans
    assert len(spans) == 1
    assert len(spans[0].text) == 2
    assert word.startswith(spans[0].text)


def test_it_finds_the_hangul_name_in_south_korean_spelling(
    registry: list[RegisteredPerson],
) -> None:
    """임명철 is 림명철 spelled in the South."""
    assert _found("임명철의 동생", registry) == [("임명철", "Witness A")]


def test_it_finds_a_hangul_given_name_alone(registry: list[RegisteredPerson]) -> None:
    """명철이가 울었다: 명철 is the witness."""
    assert _found("명철이가 울었다.", registry) == [("명철", "Witness A")]


def test_it_finds_a_hangul_name_written_with_a_space(registry: list[RegisteredPerson]) -> None:
    """림 명철 동무."""
    assert _found("림 명철 동무가 왔다.", registry) == [("림 명철", "Witness A")]


def test_it_finds_a_hangul_surname_before_a_title(registry: list[RegisteredPerson]) -> None:
    """김 반장, 김씨: the surname only."""
    assert _found("김 반장이 때렸다. 김씨는 웃었다.", registry) == [
        ("김", "Supervisor 1"),
        ("김", "Supervisor 1"),
    ]


def test_it_ignores_this_before_a_title(registry: list[RegisteredPerson]) -> None:
    """이 동무 is "this comrade", not Comrade Lee."""
    assert _found("이 동무가 왔다.", registry) == []


def test_it_keeps_public_figures_while_a_witness_kim_is_caught(
    registry: list[RegisteredPerson],
) -> None:
    """Kim Jong-un stays; Kim Chol and Mr. Kim are redacted."""
    text = "Kim Jong-un, Kim Jong Un and 김정은은 were praised; Kim Chol and Mr. Kim beat us."
    result = _redact(text, registry)
    assert [(span.text, span.replacement) for span in result.spans] == [
        ("Kim Chol", "Supervisor 1"),
        ("Kim", "Supervisor 1"),
    ]
    assert "Kim Jong-un, Kim Jong Un and 김정은은" in result.text


def test_it_keeps_the_leadership_after_a_leadership_title(
    registry: list[RegisteredPerson],
) -> None:
    """Supreme Leader Kim is not the supervisor Kim."""
    assert _found("Supreme Leader Kim spoke. Team leader Kim shouted.", registry) == [
        ("Kim", "Supervisor 1")
    ]


def test_it_keeps_a_public_figure_who_shares_a_registered_given_name() -> None:
    """A witness Pak Jong-un does not make Kim Jong-un a mention of him."""
    pak = RegisteredPerson("person-1", "Pak Jong-un", "Witness A", "박정은")
    assert _found("Kim Jong-un visited. Jong-un ran.", [pak]) == [("Jong-un", "Witness A")]


def test_it_takes_the_public_figures_as_a_parameter(kim: RegisteredPerson) -> None:
    """The app passes its admin-edited list; an empty list keeps nobody."""
    leader = RegisteredPerson("person-2", "Kim Jong-un", "Person 1")
    assert _found("Kim Jong-un came.", [kim, leader]) == []
    result = anonymize("Kim Jong-un came.", [kim, leader], public_figures=[], detect=False)
    assert [span.text for span in result.spans] == ["Kim Jong-un"]


def test_the_default_public_figures_include_the_leadership_family() -> None:
    """Seeded in romanization and Hangul."""
    assert {"Kim Il-sung", "Kim Jong-il", "Kim Jong-un", "Ri Sol-ju", "김정은"} <= set(
        DEFAULT_PUBLIC_FIGURES
    )


@pytest.mark.parametrize(
    "text",
    [
        "He studied at Kim Chaek University of Technology.",
        "We marched on Kim Il-sung Square.",
        "She taught at the Kim Jong-suk Teachers' College.",
        "They sent him to Kimchaek and then to Ryongsong.",
        "The Kim Chol Iron and Steel Complex.",
        "김책 공업종합대학을 졸업했다. 김일성광장에서.",
    ],
)
def test_it_keeps_places_and_organisations_named_after_people(text: str) -> None:
    """A name followed by University, Square, College, Complex ... is not a person."""
    persons = [
        RegisteredPerson("person-1", "Kim Chaek", "Witness A", "김책"),
        RegisteredPerson("person-2", "Ri Ryong-song", "Witness B", "리룡성"),
        RegisteredPerson("person-3", "Kim Chol", "Witness C", "김철"),
    ]
    assert _found(text, persons) == []


def test_it_reports_offsets_into_the_original_text(registry: list[RegisteredPerson]) -> None:
    """Folding diacritics never shifts offsets: text[start:end] is the span's text."""
    text = "İstanbul, Chŏng Kwang-su, Rim Myŏng-ch'ŏl and 림명철은 met. Mr. Pak left."
    result = _redact(text, registry)
    assert [span.text for span in result.spans] == [
        "Chŏng Kwang-su",
        "Rim Myŏng-ch'ŏl",
        "림명철",
        "Pak",
    ]
    assert result.text == "İstanbul, Co-worker 2, Witness A and Witness A는 met. Supervisor 2 left."


def test_it_finds_an_alias(registry: list[RegisteredPerson]) -> None:
    """Big Pak is Supervisor 2."""
    assert _found("Big Pak came.", registry) == [("Big Pak", "Supervisor 2")]


def test_it_sorts_the_spans_and_applies_them_all(registry: list[RegisteredPerson]) -> None:
    """Spans in order of the text; the redacted text names nobody."""
    result = _redact("Rim Myong-chol met Kim Chol. 림명철은 김철을 만났다.", registry)
    assert [span.start for span in result.spans] == sorted(span.start for span in result.spans)
    assert result.text == "Witness A met Supervisor 1. Witness A는 Supervisor 1을 만났다."
    assert all(span.source == "registered" for span in result.spans)
    assert result.spans[0].person_key == "person-1"


def test_a_matcher_built_once_scans_many_texts(registry: list[RegisteredPerson]) -> None:
    """Build the matcher once per registry, pass it to anonymize."""
    matcher = NameMatcher(registry)
    first = anonymize("Kim Chol came.", [], detect=False, matcher=matcher)
    second = anonymize("Rim Myong-chol came.", [], detect=False, matcher=matcher)
    assert (first.text, second.text) == ("Supervisor 1 came.", "Witness A came.")


def test_it_applies_detected_spans_with_registered_ones(
    registry: list[RegisteredPerson], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Detected names are replaced too; registered wins a tie; nothing over a public figure."""
    text = "Kim Chol, Kang Ho and Kim Jong-un."
    received: dict[str, object] = {}

    def detect_names(
        text: str,
        exclude: list[tuple[int, int]],
        public_figures: list[str],
        known_names: object = (),
    ) -> list[Span]:
        received["exclude"] = exclude
        return [
            Span(0, 8, "Kim Chol", "[name withheld]", "detected", "tie"),
            Span(10, 17, "Kang Ho", "[name withheld]", "detected", "new"),
            Span(22, 33, "Kim Jong-un", "[name withheld]", "detected", "public"),
        ]

    monkeypatch.setattr("testimony.anonymize.detect.detect_names", detect_names)
    result = anonymize(text, registry)
    assert [(span.text, span.source) for span in result.spans] == [
        ("Kim Chol", "registered"),
        ("Kang Ho", "detected"),
    ]
    assert result.text == "Supervisor 1, [name withheld] and Kim Jong-un."
    assert received["exclude"] == [(0, 8), (22, 33)]


def test_it_prefers_a_longer_detected_name(
    registry: list[RegisteredPerson], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Longest first: a detected "Rim Ho-nam" beats the registered surname "Rim" inside it."""
    text = "Mr. Rim Ho-nam came."

    def detect_names(text: str, **_kwargs: object) -> list[Span]:
        return [Span(4, 14, "Rim Ho-nam", "[name withheld]", "detected", "full name")]

    monkeypatch.setattr("testimony.anonymize.detect.detect_names", detect_names)
    result = anonymize(text, registry)
    assert [(span.text, span.source) for span in result.spans] == [("Rim Ho-nam", "detected")]


def test_it_works_without_the_detector(
    registry: list[RegisteredPerson], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Registered matching alone when the detector is not installed."""

    def missing(
        text: str, exclude: list, public_figures: list, known_names: object = ()
    ) -> list[Span]:
        return []

    monkeypatch.setattr("testimony.anonymize.redact.matcher.detected_spans", missing)
    assert anonymize("Kim Chol came.", registry).text == "Supervisor 1 came."


def test_apply_spans_replaces_right_to_left() -> None:
    """Replacements of any length leave the other offsets valid."""
    spans = [
        Span(0, 3, "Kim", "Supervisor 1", "registered", ""),
        Span(8, 11, "Rim", "Witness A", "registered", ""),
    ]
    assert apply_spans("Kim and Rim.", spans) == "Supervisor 1 and Witness A."


def test_pseudonyms_are_assigned_by_role() -> None:
    """Witnesses lettered; supervisors, minders, co-workers, relatives, officials numbered."""
    persons = assign_pseudonyms(
        [
            {"name": "Rim Il", "role": "witness"},
            {"name": "Kim Chol", "role": "Minder"},
            {"name": "Pak Ho", "role": "supervisor"},
            {"name": "Ri Ok", "role": "co-worker"},
            {"name": "Jo Su", "role": "coworker"},
            {"name": "Han Mi", "role": "relative"},
            {"name": "Ko Un", "role": "OFFICIAL"},
            {"name": "O Sun", "role": "witness"},
            {"name": "Yu Gil"},
        ]
    )
    assert [person.pseudonym for person in persons] == [
        "Witness A",
        "Supervisor 1",
        "Supervisor 2",
        "Co-worker 1",
        "Co-worker 2",
        "Relative 1",
        "Official 1",
        "Witness B",
        "Person 1",
    ]
    assert persons[0].key == "person-1"


def test_pseudonyms_keep_hangul_and_aliases() -> None:
    """What the command line gives is what the matcher uses."""
    (person,) = assign_pseudonyms([{"name": "Rim Il", "hangul": "림일", "aliases": ["Il-i"]}])
    assert (person.hangul, person.aliases) == ("림일", ("Il-i",))


def test_a_registered_name_the_romanization_rules_cannot_read_is_still_found() -> None:
    """A foreign name, a typo or a stray digit in a registered name never lets it through."""
    person = RegisteredPerson(
        key="p1",
        name="Rim Uniqued1a5eadcf3",
        pseudonym="Witness A",
        hangul="림궈쩐",
        aliases=("Zhang Wei",),
        role="witness",
    )
    text = "Rim Uniqued1a5eadcf3 met Zhang Wei. 림궈쩐입니다."
    result = anonymize(text, [person])
    assert "Uniqued1a5eadcf3" not in result.text
    assert "Zhang Wei" not in result.text
    assert "림궈쩐" not in result.text
