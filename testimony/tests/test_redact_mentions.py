"""Every mention of a known person: bare surnames, given names alone, initials and aliases, in
both scripts, on text folded for matching (fullwidth letters, invisible characters)."""

import pytest

from testimony.anonymize.detect import without_korean_analyser
from testimony.anonymize.redact import AMBIGUOUS_REPLACEMENT, NameMatcher, anonymize
from testimony.anonymize.spans import RegisteredPerson, Result, Span


@pytest.fixture
def pak() -> RegisteredPerson:
    """The witness, Pak Chol-min (박철민)."""
    return RegisteredPerson("p1", "Pak Chol-min", "Witness A", "박철민", ("Big Pak",), "witness")


@pytest.fixture
def kwak() -> RegisteredPerson:
    """The supervisor, Kwak Hyok (곽혁): a one-syllable given name."""
    return RegisteredPerson("p2", "Kwak Hyok", "Supervisor 1", "곽혁", ("곰",), "supervisor")


@pytest.fixture
def kim() -> RegisteredPerson:
    """A co-worker, Kim Yong-su (김영수): the surname of the leadership."""
    return RegisteredPerson("p3", "Kim Yong-su", "Co-worker 1", "김영수")


@pytest.fixture
def song() -> RegisteredPerson:
    """A co-worker, Song Il-nam (송일남): a surname that is an English word."""
    return RegisteredPerson("p4", "Song Il-nam", "Co-worker 2", "송일남")


@pytest.fixture
def so() -> RegisteredPerson:
    """A relative, So Myong-ho (소명호): a surname that is an English function word."""
    return RegisteredPerson("p5", "So Myong-ho", "Relative 1", "소명호")


@pytest.fixture
def han() -> RegisteredPerson:
    """A relative, Han Chol (한철): 한 is also "one"."""
    return RegisteredPerson("p6", "Han Chol", "Relative 2", "한철")


@pytest.fixture
def registry(
    pak: RegisteredPerson,
    kwak: RegisteredPerson,
    kim: RegisteredPerson,
    song: RegisteredPerson,
    so: RegisteredPerson,
    han: RegisteredPerson,
) -> list[RegisteredPerson]:
    return [pak, kwak, kim, song, so, han]


def _redact(text: str, persons: list[RegisteredPerson], detect: bool = False) -> Result:
    result = anonymize(text, persons, detect=detect)
    previous_end = 0
    for span in result.spans:
        assert text[span.start : span.end] == span.text
        assert span.start >= previous_end
        previous_end = span.end
    return result


def _found(text: str, persons: list[RegisteredPerson]) -> list[tuple[str, str]]:
    return [(span.text, span.replacement) for span in _redact(text, persons).spans]


# --- Bare surnames -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pak said the wages were gone.",
        "Later Pak took our passports.",
        "We were afraid of Pak, who watched us.",
        "Park said nothing.",
        "“Pak!” someone shouted.",
    ],
)
def test_it_finds_a_bare_registered_surname(text: str, registry: list[RegisteredPerson]) -> None:
    """A registered surname alone, at the start of a sentence or inside it, in any spelling."""
    spans = _redact(text, registry).spans
    assert [(span.replacement, "surname alone" in span.reason) for span in spans] == [
        ("Witness A", True)
    ]


def test_it_finds_a_bare_surname_in_the_possessive(registry: list[RegisteredPerson]) -> None:
    """Kwak's team leader: the span is the surname, the 's stays."""
    result = _redact("Kwak's team leader beat him.", registry)
    assert result.text == "Supervisor 1's team leader beat him."


def test_it_finds_a_surname_given_between_commas(registry: list[RegisteredPerson]) -> None:
    """He gave only his last name, Kim, and left."""
    assert _found("He gave only his last name, Kim, and left.", registry) == [
        ("Kim", "Co-worker 1")
    ]


def test_it_leaves_another_person_s_full_name_to_the_detector(
    registry: list[RegisteredPerson],
) -> None:
    """Pak Yong-chol and Wang Li are other people: no registered Pak or Li inside them."""
    li = RegisteredPerson("p9", "Ri Sun-hui", "Witness B", "리순희")
    assert _found("Pak Yong-chol came. The director, Wang Li, signed.", [*registry, li]) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Song said nothing.", ["Song"]),
        ("Song's wife wrote to him.", ["Song"]),
        ("They beat So until he fainted.", ["So"]),
        ("A man named Song came.", ["Song"]),
        ("Comrade So watched us.", ["So"]),
        ("So we left at night.", []),
        ("No one came.", []),
        ("So was I.", []),
        ("Do you know where he went? O God, no.", []),
        ("Do said nothing.", ["Do"]),
        ("We watched the moon and sang a song.", []),
        ("Park the truck behind the shed.", []),
        ("A Song and dance.", []),
        ("Moon-lit nights were the worst.", []),
        # A form's field, a caseworker's subject line, a Korean particle after the Latin name.
        ("Surname: MOON\r\nGiven name(s): KYONG AE", ["MOON", "KYONG AE"]),
        ("Subject: Sarawak coal mine - client MOON", ["MOON"]),
        ("2016년 3월 Song이 비계에서 떨어졌다. Moon은 울었다.", ["Song", "Moon"]),
        ("Song 한 곡을 불렀다. The moon이라는 말.", []),
        ("The Chinese officers called him Moon, not Kyong-ae.", ["Moon", "Kyong-ae"]),
    ],
)
def test_english_word_surnames_count_only_where_the_grammar_says_person(
    text: str, found: list[str], registry: list[RegisteredPerson]
) -> None:
    """Song, So, No, Moon, Park: a person as subject, possessive, object or after a cue."""
    moon = RegisteredPerson("p7", "Moon Kyong-ae", "Relative 3", "문경애")
    no = RegisteredPerson("p8", "No Chun-sik", "Official 1", "노춘식")
    do = RegisteredPerson("p9", "Do Kyong-il", "Official 2", "도경일")
    o = RegisteredPerson("p10", "O Jin-u", "Official 3", "오진우")
    assert [span.text for span in _redact(text, [*registry, moon, no, do, o]).spans] == found


def test_an_english_word_surname_opening_a_sentence_before_an_apposition_is_the_person() -> None:
    """Once Man Tok-su is named in full, "Man, the bosun, is also the minder" is him; "Man, the
    sea was cold" is not."""
    man = RegisteredPerson("p1", "Man Tok-su", "Supervisor 1", "만덕수")
    named = "The bosun was Man Tok-su.\r\n"
    found = _redact(named + "Man, the bosun, is also the minder.", [man]).spans
    assert [span.text for span in found] == ["Man Tok-su", "Man"]
    assert [span.text for span in _redact(named + "Man, the sea was cold.", [man]).spans] == [
        "Man Tok-su"
    ]


def test_an_english_word_surname_gives_its_reason(registry: list[RegisteredPerson]) -> None:
    """The reviewer sees why "Song" was taken for a person."""
    (span,) = _redact("Song said nothing.", registry).spans
    assert "subject of 'said'" in span.reason


def test_a_bare_surname_shared_by_two_persons_is_withheld(pak: RegisteredPerson) -> None:
    """Two registered Paks: the bare surname gets no pseudonym, both are named in the reason."""
    other = RegisteredPerson("p9", "Pak Un-ju", "Witness B", "박은주")
    (span,) = _redact("Pak said so.", [pak, other]).spans
    assert span.replacement == AMBIGUOUS_REPLACEMENT
    assert "Witness A" in span.reason
    assert "Witness B" in span.reason


def test_a_bare_surname_a_public_figure_shares_is_proposed_for_review(
    kim: RegisteredPerson,
) -> None:
    """Kim Jong-un stays; a later bare Kim may be either: withheld, and the reason says why."""
    result = _redact("Kim Jong-un was on the wall. Kim said nothing. Mr. Kim beat us.", [kim])
    assert "Kim Jong-un was on the wall." in result.text
    bare, titled = result.spans
    assert (bare.text, bare.replacement) == ("Kim", AMBIGUOUS_REPLACEMENT)
    assert "Kim Jong-un" in bare.reason
    assert "Co-worker 1" in bare.reason
    assert (titled.text, titled.replacement) == ("Kim", "Co-worker 1")


def test_the_leadership_is_not_a_bare_surname(kim: RegisteredPerson) -> None:
    """Marshal Kim, Supreme Leader Kim and the Kim regime are not the co-worker."""
    text = "Marshal Kim spoke. Supreme Leader Kim smiled. The Kim regime paid nothing."
    assert _found(text, [kim]) == []


def test_places_named_after_people_stay(kim: RegisteredPerson) -> None:
    """Kim Il-sung Square and Kim Chaek University are places, even with a Kim registered."""
    text = "We marched on Kim Il-sung Square. He studied at Kim Chaek University. 김책공업종합대학."
    assert _found(text, [kim]) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("박은 여권을 가져갔다.", ["박"]),
        ("박이 우리를 때렸다.", ["박"]),
        ("우리는 박을 무서워했다.", ["박"]),
        ("박 씨가 왔다.", ["박"]),
        ("박씨는 웃었다.", ["박"]),
        ("큰 박이 소리쳤다.", ["박"]),
        ("작은 김은 울었다.", ["김"]),
        ("한 동무가 왔다.", ["한"]),
        ("한 씨가 말했다.", ["한"]),
        ("한 사람이 왔다.", []),
        ("한 달에 하루도 쉬지 못했다.", []),
        ("한은 깊었다.", []),
        ("못을 박은 자리.", []),
    ],
)
def test_it_finds_a_bare_hangul_surname_where_korean_grammar_makes_it_a_name(
    text: str, found: list[str], registry: list[RegisteredPerson]
) -> None:
    """박은, 박이, 박 씨, 큰 박, 한 동무; never 한 (one) before a noun or 박은 as a verb."""
    assert [span.text for span in _redact(text, registry).spans] == found


def test_a_surname_registered_in_latin_letters_is_found_in_hangul() -> None:
    """Pak Yong-ho registered without Hangul: 박 반장 is still him."""
    person = RegisteredPerson("p1", "Pak Yong-ho", "Supervisor 2")
    assert _found("박 반장이 때렸다.", [person]) == [("박", "Supervisor 2")]


# --- Given names alone -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Hyok was nineteen.", "I met Hyok in Tynda.", "Then Hyok ran.", "Hyok's mother cried."],
)
def test_it_finds_a_one_syllable_given_name_alone(
    text: str, registry: list[RegisteredPerson]
) -> None:
    """Hyok alone is Kwak Hyok, capitalised and in a name's place."""
    assert _found(text, registry) == [("Hyok", "Supervisor 1")]


@pytest.mark.parametrize(
    "text", ["hyok was lowercase.", "Ri Hyok-chol came.", "Hyok-il came.", "Chol Pak came."]
)
def test_it_ignores_a_one_syllable_given_name_inside_another_name(
    text: str, kwak: RegisteredPerson, han: RegisteredPerson
) -> None:
    """Inside a hyphenated name or lowercase, Hyok and Chol are not a mention."""
    assert _found(text, [kwak, han]) == []


def test_a_one_syllable_given_name_that_is_a_word_needs_a_person_s_grammar() -> None:
    """Kim Sun: "Sun said" is her, "Sun rose" and "the sun" are not."""
    sun = RegisteredPerson("p1", "Kim Sun", "Witness A", "김순")
    assert _found("Sun rose early. Sun said nothing. The sun was hot.", [sun]) == [
        ("Sun", "Witness A")
    ]


@pytest.mark.parametrize(("text", "name"), [("혁이가 울었다.", "혁"), ("철은 말했다.", "철")])
def test_it_finds_a_one_syllable_hangul_given_name_with_a_particle(
    text: str, name: str, registry: list[RegisteredPerson]
) -> None:
    """혁이, 철은: the span covers the name, the affectionate 이 and the particle stay."""
    assert [span.text for span in _redact(text, registry).spans] == [name]


def test_a_one_syllable_hangul_word_is_not_a_given_name() -> None:
    """김일: 일이 많았다 is "there was much work"; 일이가 is the affectionate name."""
    il = RegisteredPerson("p1", "Kim Il", "Witness A", "김일")
    assert _found("일이 많았다. 일은 힘들었다. 일이가 울었다.", [il]) == [("일", "Witness A")]


# --- Initials and aliases ----------------------------------------------------------------------


@pytest.mark.parametrize("initials", ["P.C.M.", "P. C. M.", "C.M.P.", "P.C.M"])
def test_it_finds_dotted_initials_in_either_order(
    initials: str, registry: list[RegisteredPerson]
) -> None:
    """Pak Chol-min: P.C.M. or C.M.P."""
    assert _found(f"The witness {initials} spoke first.", registry) == [(initials, "Witness A")]


def test_it_finds_bare_initials_only_after_a_title(registry: list[RegisteredPerson]) -> None:
    """Mr. PCM is the witness; PCM alone could be any acronym; U.N. is never initials."""
    assert _found("Mr. PCM spoke. PCM was a brand. The U.N. listened.", registry) == [
        ("PCM", "Witness A")
    ]


def test_it_finds_aliases_in_both_scripts(registry: list[RegisteredPerson]) -> None:
    """Big Pak and 곰 (bear) are registered aliases."""
    assert _found("Big Pak came. 곰이 왔다.", registry) == [
        ("Big Pak", "Witness A"),
        ("곰", "Supervisor 1"),
    ]


# --- Folded text -------------------------------------------------------------------------------


def test_it_finds_a_name_in_fullwidth_letters(registry: list[RegisteredPerson]) -> None:
    """Pak Chol-min typed in fullwidth letters on a Korean keyboard is redacted as typed."""
    result = _redact("Then Ｐａｋ Ｃｈｏｌ-ｍｉｎ said so.", registry)
    assert result.text == "Then Witness A said so."
    assert result.spans[0].text == "Ｐａｋ Ｃｈｏｌ-ｍｉｎ"


@pytest.mark.parametrize(
    "invisible",
    ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u2066", "\u180e"],
)
def test_every_invisible_character_inside_a_name_is_redacted_with_it(
    invisible: str, registry: list[RegisteredPerson]
) -> None:
    """Pa<ZWSP>k Chol-min: the span covers the invisible character too, nothing is left."""
    text = f"Then Pa{invisible}k Chol-{invisible}min said so. 박{invisible}철민은 울었다."
    result = _redact(text, registry)
    assert result.text == "Then Witness A said so. Witness A는 울었다."


def test_offsets_are_right_after_emoji_and_astral_characters(
    registry: list[RegisteredPerson],
) -> None:
    """Offsets count code points of the input text, whatever stands before the name."""
    text = "𝐀𝐁 😀🇰🇵 Pak said. 𠜎 박철민은 왔다."
    result = _redact(text, registry)
    assert [(span.text, span.start) for span in result.spans] == [
        ("Pak", text.index("Pak")),
        ("박철민", text.index("박철민")),
    ]


def test_it_finds_a_name_with_a_cyrillic_letter_inside(registry: list[RegisteredPerson]) -> None:
    """ "Pak" typed with a Cyrillic a: the name is found and every original letter redacted."""
    result = _redact("Then P\u0430k Chol-min said so.", registry)
    assert [span.text for span in result.spans] == ["P\u0430k Chol-min"]
    assert "\u0430" not in result.text


def test_a_name_in_the_latin_of_a_russian_record_is_found() -> None:
    """A Moscow hospital or a Russian police record writes a Korean name from its Cyrillic:
    표창남 -> Пхё Чхан Нам -> "PKHYO CHKHAN NAM" (or Pkhe Chkhannam); 최광일 -> Цой -> "Tsoy
    Kvan Il". Both registered persons are found so written."""
    pyo = RegisteredPerson("p1", "Pyo Chang-nam", "Supervisor 1", "표창남")
    choe = RegisteredPerson("p2", "Choe Kwang-il", "Witness A", "최광일")
    text = (
        "The brigade leader, PKHYO CHKHAN NAM (Pyo Chang-nam), came.\r\n"
        "Patient: Tsoy Kvan Il, admitted 12.03.2017. Pkhe Chkhannam paid."
    )
    result = _redact(text, [pyo, choe])
    assert [span.text for span in result.spans] == [
        "PKHYO CHKHAN NAM",
        "Pyo Chang-nam",
        "Tsoy Kvan Il",
        "Pkhe Chkhannam",
    ]


def test_fullwidth_and_invisible_characters_keep_offsets_of_the_original(
    registry: list[RegisteredPerson],
) -> None:
    """Offsets of the input text, not of its folded copy, for every span after the folding."""
    text = "Ｋｗ\u200bａｋ's men. Later Pak said so."
    result = _redact(text, registry)
    assert [(span.text, span.start) for span in result.spans] == [
        ("Ｋｗ\u200bａｋ", 0),
        ("Pak", text.index("Pak")),
    ]
    assert result.text == "Supervisor 1's men. Later Witness A said so."


def test_crlf_text_and_names_in_later_paragraphs(registry: list[RegisteredPerson]) -> None:
    """Browsers send CRLF; the third paragraph is scanned like the first."""
    text = (
        "First.\r\n\r\nSecond paragraph.\r\n\r\nThird: Pak said.\r\nHyok\r\nwas there. 박이 왔다."
    )
    result = _redact(text, registry)
    assert [span.text for span in result.spans] == ["Pak", "Hyok", "박"]


def test_every_mention_of_a_long_narrative_is_found(registry: list[RegisteredPerson]) -> None:
    """80,000 characters with a mention in every sentence: every mention is found, and "So
    we left" is never one (speed: `bench/anonymize_speed.py`)."""
    sentence = "Pak said so. Song's wife cried. 박이 왔다. So we left. Hyok was there. "
    text = sentence * (80_000 // len(sentence) + 1)
    matcher = NameMatcher(registry)
    result = anonymize(text, [], detect=False, matcher=matcher)
    assert len(result.spans) == 4 * (80_000 // len(sentence) + 1)
    assert {span.text for span in result.spans} == {"Pak", "Song", "박", "Hyok"}


# --- Names the detector found ------------------------------------------------------------------


def test_a_detected_name_s_surname_and_given_name_are_found_later(
    kwak: RegisteredPerson, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pak Chol-min unregistered and detected: "Pak" and "Chol-min" later are him too."""
    text = "Pak Chol-min took our passports. Later Pak said so. Chol-min cried. Kwak left."

    def detect_names(text: str, **_kwargs: object) -> list[Span]:
        return [Span(0, 12, "Pak Chol-min", "[name withheld]", "detected", "full name")]

    monkeypatch.setattr("testimony.anonymize.detect.detect_names", detect_names)
    result = anonymize(text, [kwak])
    assert [(span.text, span.source, span.replacement) for span in result.spans] == [
        ("Pak Chol-min", "detected", AMBIGUOUS_REPLACEMENT),
        ("Pak", "detected", AMBIGUOUS_REPLACEMENT),
        ("Chol-min", "detected", AMBIGUOUS_REPLACEMENT),
        ("Kwak", "registered", "Supervisor 1"),
    ]
    assert "the detected name 'Pak Chol-min'" in result.spans[1].reason


def test_a_detected_hangul_name_s_given_name_is_found_later(
    kwak: RegisteredPerson, monkeypatch: pytest.MonkeyPatch
) -> None:
    """리명철 detected: 명철이가 later is the same person."""
    text = "리명철 동무가 왔다. 명철이가 울었다."

    def detect_names(text: str, **_kwargs: object) -> list[Span]:
        return [Span(0, 3, "리명철", "[name withheld]", "detected", "Hangul name")]

    monkeypatch.setattr("testimony.anonymize.detect.detect_names", detect_names)
    result = anonymize(text, [kwak])
    assert [span.text for span in result.spans] == ["리명철", "명철"]
    assert "리명철" in result.spans[1].reason


def test_detection_runs_on_the_folded_text_and_maps_back(
    kwak: RegisteredPerson, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The detector sees "Pak Chol-min"; the span covers the fullwidth original."""
    text = "Ｐａｋ Ｃｈｏｌ-ｍｉｎ came."
    seen: list[str] = []

    def detect_names(text: str, **_kwargs: object) -> list[Span]:
        seen.append(text)
        return [Span(0, 12, "Pak Chol-min", "[name withheld]", "detected", "full name")]

    monkeypatch.setattr("testimony.anonymize.detect.detect_names", detect_names)
    result = anonymize(text, [kwak])
    assert seen == ["Pak Chol-min came."]
    assert [span.text for span in result.spans] == ["Ｐａｋ Ｃｈｏｌ-ｍｉｎ"]
    assert result.text == "[name withheld] came."


# --- Rules added from the misses of the first held-out set --------------------------------------


@pytest.mark.parametrize("invisible", ["\u200b", "\u200d", "\u2060", "\u00ad", "\ufeff"])
def test_an_invisible_character_gluing_surname_and_given_name_still_separates_them(
    invisible: str,
) -> None:
    """ "Yun<U+2060>Hye-gyong": the folded copy reads "Yun Hye-gyong", the span covers all."""
    yun = RegisteredPerson("p20", "Yun Hye-gyong", "Witness F", "윤혜경")
    text = f"The cook Yun{invisible}Hye-gyong kept the keys."
    (span,) = _redact(text, [yun]).spans
    assert span.text == f"Yun{invisible}Hye-gyong"
    assert span.replacement == "Witness F"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We told the guard, Ha, that we were ill.", ["Ha"]),
        ("Three men, Ha, Bang and a cook, shared a room.", ["Ha", "Bang"]),
        ("Nobody dared to argue with Moon after that.", ["Moon"]),
        ("The order came from Son in the morning.", ["Son"]),
        ("At night Ha lay awake.", ["Ha"]),
        ("Ha reported the fire.", ["Ha"]),
        ("So we left before dawn.", []),
        ("No one came to help.", []),
        ("Do you know the way?", []),
        ("We walked under the moon and sang a song.", []),
        ("He swore by the Moon itself.", []),
        ("Moon-lit roads are dangerous.", []),
        ("“Park the truck here,” he said.", []),
        ("We crossed the Han River at night.", []),
        ("My son and I left in a gang of six.", []),
        ("A Song Of The Sea Workers\nwas printed on the wall.", []),
        ("We heard a loud BANG at night.", []),
        ("Then SONG AND DANCE played on the radio.", []),
    ],
)
def test_an_english_word_surname_capitalised_mid_sentence_is_a_person(
    text: str, found: list[str]
) -> None:
    """Inside a sentence only a name is capitalised; at its start grammar must say person."""
    persons = [
        RegisteredPerson("p21", "Ha Kyong-nam", "Witness G", "하경남"),
        RegisteredPerson("p22", "Bang Il-su", "Supervisor 5", "방일수"),
        RegisteredPerson("p23", "Moon Sun-ok", "Supervisor 6", "문순옥"),
        RegisteredPerson("p24", "Son Yong-dae", "Supervisor 7", "손영대"),
        RegisteredPerson("p25", "Han Kwang-ho", "Co-worker 7", "한광호"),
        RegisteredPerson("p26", "Park Tae-jin", "Co-worker 8", "박태진"),
        RegisteredPerson("p27", "So Un-gyong", "Co-worker 9", "소은경"),
        RegisteredPerson("p28", "No Hyon-chol", "Co-worker 10", "노현철"),
        RegisteredPerson("p29", "Do Song-hui", "Co-worker 11", "도성희"),
        RegisteredPerson("p30", "Song Chang-ho", "Co-worker 12", "송창호"),
        RegisteredPerson("p31", "Gang Myong-sik", "Co-worker 13", "강명식"),
    ]
    assert [span.text for span in _redact(text, persons).spans] == found


def test_an_initial_after_a_title_and_a_full_stop_is_the_registered_person() -> None:
    """ "Director R." is Ri Chang-su; two registered persons with the initial: withheld."""
    ri = RegisteredPerson("p32", "Ri Chang-su", "Supervisor 8", "리창수")
    yun = RegisteredPerson("p33", "Yun Hye-gyong", "Witness F", "윤혜경")
    result = _redact("Director R. kept the cards. Comrade Y. said so.", [ri, yun])
    assert [(span.text, span.replacement) for span in result.spans] == [
        ("R.", "Supervisor 8"),
        ("Y.", "Witness F"),
    ]
    rim = RegisteredPerson("p34", "Rim Tae-ho", "Supervisor 9", "림태호")
    (span,) = _redact("Director R. kept the cards.", [ri, rim]).spans
    assert span.replacement == AMBIGUOUS_REPLACEMENT
    assert _redact("Mr. Q. was a stranger.", [ri, yun]).spans == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The permit said Kyong-hui O, surname last.", "Kyong-hui O"),
        ("Everyone knew Tae-jin Pak by then.", "Tae-jin Pak"),
        ("He wrote only 'O' on the form.", "O"),
    ],
)
def test_a_one_letter_or_english_word_surname_after_the_given_name(text: str, name: str) -> None:
    o = RegisteredPerson("p35", "O Kyong-hui", "Witness H", "오경희")
    pak = RegisteredPerson("p36", "Pak Tae-jin", "Witness I", "박태진")
    assert [span.text for span in _redact(text, [o, pak]).spans] == [name]


def test_a_hangul_alias_written_with_a_space_is_one_span() -> None:
    """큰 최 and 작은 최 name two persons of one surname: each alias is its own person."""
    big = RegisteredPerson("p37", "Choe Mun-il", "Supervisor 10", "최문일", ("큰 최",))
    small = RegisteredPerson("p38", "Choe Kum-san", "Co-worker 14", "최금산", ("작은 최",))
    result = _redact("작은 최가 먼저 왔고 큰 최는 늦었다.", [big, small])
    assert [(span.text, span.replacement) for span in result.spans] == [
        ("작은 최", "Co-worker 14"),
        ("큰 최", "Supervisor 10"),
    ]


@pytest.mark.parametrize(
    "text",
    ["Ｃｈｏｅ씨 came late.", "CHOE MUN-IL signed.", "The list says CHOE.", "Choe 반장 left."],
)
def test_fullwidth_all_caps_and_korean_titled_latin_surnames(text: str) -> None:
    choe = RegisteredPerson("p37", "Choe Mun-il", "Supervisor 10", "최문일")
    assert [span.replacement for span in _redact(text, [choe]).spans] == ["Supervisor 10"]


def test_a_registered_name_in_hanja_and_its_surname_alone() -> None:
    """鄭永哲 is Jong Yong-chol by his surname character; 鄭 alone only after the full name."""
    jong = RegisteredPerson("p39", "Jong Yong-chol", "Witness J", "정영철")
    assert _found("The list has 鄭 on it.", [jong]) == []
    text = "The contract names 鄭永哲 (정영철) as the worker. Later 鄭 was moved."
    assert _found(text, [jong]) == [
        ("鄭永哲", "Witness J"),
        ("정영철", "Witness J"),
        ("鄭", "Witness J"),
    ]


def test_hanja_prose_and_public_names_in_hanja_stay() -> None:
    jong = RegisteredPerson("p39", "Jong Yong-chol", "Witness J", "정영철")
    kim = RegisteredPerson("p40", "Kim Un-ha", "Witness K", "김은하")
    assert _found("鄭州市的工廠裡有很多工人。", [jong]) == []
    assert _found("A portrait of 金日成 hung there.", [kim]) == []
    two = RegisteredPerson("p41", "Jong Kum-suk", "Witness L", "정금숙")
    assert _found("Worker: 鄭金淑.", [jong, two]) == [("鄭金淑", AMBIGUOUS_REPLACEMENT)]


@pytest.mark.parametrize(
    "cyrillic",
    ["Чон Ён Чхоль", "Чжон Ен Чол", "Чон Ёнчхоль", "Чон Ён-чхоль"],
)
def test_a_registered_name_in_cyrillic_letters(cyrillic: str) -> None:
    jong = RegisteredPerson("p39", "Jong Yong-chol", "Witness J", "정영철")
    text = f"В списке: {cyrillic}, бригадир. Позже Чон уехал."
    assert _found(text, [jong]) == [(cyrillic, "Witness J"), ("Чон", "Witness J")]


def test_a_cyrillic_surname_alone_needs_the_full_name_first() -> None:
    jong = RegisteredPerson("p39", "Jong Yong-chol", "Witness J", "정영철")
    assert _found("Позже Чон уехал. Хан тоже.", [jong]) == []


def test_hanja_glossing_a_korean_word_is_not_a_name() -> None:
    """성과(成果) is the word 'result' in Hanja; 성민호(成民浩) is the registered name."""
    song = RegisteredPerson("p42", "Song Min-ho", "Witness M", "성민호")
    assert _found("성과(成果)가 없었다.", [song]) == []
    assert _found("성민호(成民浩)가 왔다.", [song]) == [
        ("성민호", "Witness M"),
        ("成民浩", "Witness M"),
    ]


def test_an_english_word_surname_before_a_number_is_not_a_person() -> None:
    no = RegisteredPerson("p28", "No Hyon-chol", "Co-worker 10", "노현철")
    assert _found("we slept in barrack No. 5 then", [no]) == []
    assert _found("we slept in barrack No 5 then", [no]) == []


# --- Parts of a name that count once the full name was written -------------------------------


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("We met Song Il-nam at the port. Song complained about the rain.", "Song"),
        ("We met Song Il-nam at the port.\nSong later left for Dalian.", "Song"),
        ("So Myong-ho was my uncle. So is how the cooks knew him.", "So"),
        ("We met Song Il-nam at the port.\n\nSong - the guards used only that.", "Song"),
        ("We met Song Il-nam at the port. Song, the guards called him.", "Song"),
        ("So Myong-ho was my uncle. The boss saw that So talked to the locals.", "So"),
        ('So Myong-ho was my uncle. The boss yelled "So, stop that!" at him.', "So"),
    ],
)
def test_an_english_word_surname_in_a_weaker_grammar_after_the_full_name(
    text: str, surname: str, song: RegisteredPerson, so: RegisteredPerson
) -> None:
    """A verb form, a dash, a naming phrase or a call in quotes: enough once the person was
    named in full, not before."""
    found = _found(text, [song, so])
    assert [part for part, _ in found][-1] == surname
    first_sentence_end = min(text.index("."), text.index("\n") if "\n" in text else len(text))
    assert _found(text[first_sentence_end + 1 :].lstrip(), [song, so]) == []


@pytest.mark.parametrize(
    "after", ["So was I.", "So did the others.", "So tired, we slept.", "So excited we were."]
)
def test_an_idiom_opening_a_sentence_stays_after_the_full_name(
    after: str, so: RegisteredPerson
) -> None:
    assert _found(f"So Myong-ho was tired. {after}", [so]) == [("So Myong-ho", "Relative 1")]


def test_a_surname_after_an_indefinite_article_names_the_surname_only(
    kim: RegisteredPerson,
) -> None:
    """ "also a Kim" says which surname, it does not point at the registered Kim."""
    assert _found("The cook was also a Kim, like half the crew.", [kim]) == []


def test_undotted_initials_with_the_full_name_in_brackets_or_before(
    pak: RegisteredPerson,
) -> None:
    assert _found("Interviewee PCM (Pak Chol-min) arrived.", [pak]) == [
        ("PCM", "Witness A"),
        ("Pak Chol-min", "Witness A"),
    ]
    assert _found("Pak Chol-min arrived. Later PCM signed.", [pak])[-1] == ("PCM", "Witness A")
    assert _found("PCM is a brand of cement.", [pak]) == []


def test_a_quoted_cyrillic_surname_after_the_latin_full_name() -> None:
    an = RegisteredPerson("p50", "An Myong-il", "Witness N", "안명일")
    assert _found('An Myong-il told us the locals wrote "Ан" on his bunk.', [an])[-1] == (
        "Ан",
        "Witness N",
    )
    assert _found('The locals wrote "Ан" on the bunk.', [an]) == []


def test_an_ambiguous_hangul_surname_before_a_spaced_title_after_the_full_name() -> None:
    """고 is also a word; 고 대표 is the registered 고영남 once 고영남 was written."""
    ko = RegisteredPerson("p51", "Ko Yong-nam", "Supervisor 9", "고영남")
    assert _found("고영남 대표가 왔다. 고 대표의 차였다.", [ko]) == [
        ("고영남", "Supervisor 9"),
        ("고", "Supervisor 9"),
    ]
    assert _found("고 대표의 차였다.", [ko]) == []


def test_a_surname_followed_by_the_word_for_surname_is_not_a_person(
    kwak: RegisteredPerson,
) -> None:
    """곽씨 성을 가진: "people of the Kwak surname", not the supervisor."""
    assert _found("곽씨 성을 가진 사람이 둘이었다.", [kwak]) == []


def test_a_witness_named_like_a_public_figure_is_replaced() -> None:
    """The registry's witness Kim Jong-nam wins over the public figure of the same name; a
    leader registered without a protected role stays kept."""
    witness = RegisteredPerson("p52", "Kim Jong-nam", "Witness K", "김종남", (), "witness")
    assert _found("A: Kim Jong-nam, born 1979.", [witness]) == [("Kim Jong-nam", "Witness K")]


def test_a_name_beside_an_office_of_state_is_kept(kim: RegisteredPerson) -> None:
    result = anonymize("I am not Kim Yong-nam, the former head of state. Kim Yong-su is me.", [kim])
    assert [span.text for span in result.spans] == ["Kim Yong-su"]
    registered = anonymize("Kim Yong-su, the former ambassador to Laos, left.", [kim])
    assert [span.text for span in registered.spans] == ["Kim Yong-su"]


def test_parts_of_detected_foreign_names_alone_later() -> None:
    """A Chinese surname first, a Russian or Arabic surname last; 자오 before a title."""
    text = "The managers were Zhang Wei and Viktor Sokolov. Zhang paid late; Sokolov never did."
    replaced = [span.text for span in anonymize(text, []).spans]
    assert "Zhang" in replaced
    assert "Sokolov" in replaced
    hangul = "공장장은 자오리밍이었습니다. 자오 사장은 늘 바빴습니다."
    assert "자오" in [span.text for span in anonymize(hangul, []).spans]


# --- Rules measured on the third held-out set --------------------------------------------------


def test_an_english_word_surname_opening_a_sentence_before_an_apposition() -> None:
    """After the full name, "Gang, a welder, ..." is the person; without it, nothing."""
    gang = RegisteredPerson("p60", "Gang Myong-il", "Co-worker 3", "강명일", (), "coworker")
    text = "Gang Myong-il came too. Gang, a welder, fixed the pipes."
    assert _found(text, [gang]) == [("Gang Myong-il", "Co-worker 3"), ("Gang", "Co-worker 3")]
    assert _found("Gang, a welder, fixed the pipes.", [gang]) == []


def test_an_english_word_surname_opening_a_sentence_with_and_his() -> None:
    """ "Song and her cousin were punished": the person, after the full name; "a song and" not."""
    song = RegisteredPerson("p61", "Song Ae-ran", "Witness S", "송애란", (), "witness")
    text = "Song Ae-ran sang a song and cried. Song and her cousin were punished."
    assert _found(text, [song]) == [("Song Ae-ran", "Witness S"), ("Song", "Witness S")]


def test_a_given_name_with_the_korean_vocative_ending(pak: RegisteredPerson) -> None:
    """ "Chol-min-a", as his mother called him: the given name, the ending left out."""
    assert _found('She called "Chol-min-a!" from the door.', [pak]) == [("Chol-min", "Witness A")]


def test_a_one_syllable_hangul_given_name_that_is_a_word_when_called_or_with_kin() -> None:
    """옥 is also jade: named when called out (옥아,) or before a kinship word (옥이 엄마)."""
    ok = RegisteredPerson("p62", "Jang Ok", "Relative 4", "장옥", (), "relative")
    assert _found("보고 싶은 옥아, 잘 지내니?", [ok]) == [("옥", "Relative 4")]
    assert _found("옥이 엄마가 편지를 보냈다.", [ok]) == [("옥", "Relative 4")]
    assert _found("옥이 빛났다.", [ok]) == []


def test_a_hangul_surname_that_is_a_word_as_the_subject_of_speaking() -> None:
    """안이 말하길: the witness An; 안이 넓었다 (the inside was wide) is not a person."""
    an = RegisteredPerson("p63", "An Kyong-su", "Witness A", "안경수", (), "witness")
    assert _found("그때 안이 말하길 여권이 없다고 했다.", [an]) == [("안", "Witness A")]
    assert _found("공장 안이 넓었다.", [an]) == []


def test_hangul_initials_of_a_registered_name() -> None:
    """ㅅㅎㅅ for 서향숙; laughter (ㅋㅋㅋ, ㅎㅎㅎ) and other initials are not names."""
    seo = RegisteredPerson("p64", "Seo Hyang-suk", "Witness A", "서향숙", (), "witness")
    assert _found('메모: "ㅅㅎㅅ"는 증인이다.', [seo]) == [("ㅅㅎㅅ", "Witness A")]
    assert _found("ㅋㅋㅋ ㅎㅎㅎ ㅅㅎㄱ", [seo]) == []


@pytest.mark.parametrize(
    ("text", "public"),
    [
        ("He fished on the trawler Tae Dong Gang 7 for a year.", "Tae Dong Gang 7"),
        ("Then the Chol Ho 12 docked at Nakhodka.", "Chol Ho 12"),
        ("그는 중국 어선 루룽위 2682호에서 일했다.", "루룽위 2682호"),
        ("그녀는 캄보디아 프놈펜의 식당에서 일했다.", "프놈펜"),
    ],
)
def test_vessels_and_foreign_places_are_kept(text: str, public: str) -> None:
    """A vessel's name and number, and a foreign city in Hangul, are not names of persons."""
    result = anonymize(text, [])
    start = text.index(public)
    end = start + len(public)
    assert not [span for span in result.spans if span.start < end and start < span.end]


def test_a_registered_name_inside_a_vessel_pattern_is_still_replaced(
    pak: RegisteredPerson,
) -> None:
    assert _found("He boarded the boat Pak Chol-min 3 in May.", [pak]) == [
        ("Pak Chol-min", "Witness A")
    ]


def test_a_name_before_a_number_without_a_ship_word_is_still_detected() -> None:
    """박철수 2호 침대: a bed number, not a vessel; the name is proposed as before."""
    result = anonymize("박철수 2호 침대에 누웠다. 박철수 동무가 말했다.", [])
    assert "박철수" in [span.text for span in result.spans][:1]


def test_the_latin_surname_of_a_detected_cyrillic_korean_name_alone_later() -> None:
    """The record names Мун Кван Чхоль; the English summary then says Moon."""
    text = "Бригадир: Мун Кван Чхоль.\n\nThe record shows that Pak and Moon were there in 2010."
    replaced = [span.text for span in anonymize(text, []).spans]
    assert "Moon" in replaced
    assert "Moon" not in [span.text for span in anonymize("Pak and Moon were there.", []).spans]


def test_an_english_word_surname_as_one_of_two_subjects_after_the_full_name() -> None:
    """ "Bang and Moon slept": Bang Chol was named before; "Bang and Olufsen" without it is not."""
    text = "Bang Chol worked with us. Bang and Moon slept in one container."
    assert "Bang" in [span.text for span in anonymize(text, []).spans][1:]
    assert anonymize("Bang and Olufsen made it.", []).spans == []


def test_a_detected_hyphenated_given_name_alone_later() -> None:
    """ "Aunt Chun-ja" is proposed after the title; the later "Chun-ja" alone too."""
    text = "Aunt Chun-ja is with me. Later Chun-ja wrote again."
    assert [span.text for span in anonymize(text, []).spans] == ["Chun-ja", "Chun-ja"]


def test_the_last_word_of_a_detected_hangul_foreign_name_alone_later() -> None:
    """세르게이 이바노프, then 이바노프 씨: the last word before a title, found by the second
    pass even without the Korean analyser."""
    text = "감독은 세르게이 이바노프였다. 이바노프 씨는 라면을 나눠 주었다."
    with without_korean_analyser():
        spans = anonymize(text, []).spans
    assert [(span.text, span.reason) for span in spans][1] == (
        "이바노프",
        "part of the detected name '세르게이 이바노프' standing alone",
    )


def test_a_hangul_surname_before_a_title_broken_off(pak: RegisteredPerson) -> None:
    """박반... 아니, 박철민이: the speaker stops halfway through 반장 and corrects himself."""
    assert _found("도착한 날 박반... 아니, 박철민이 여권을 걷었다.", [pak]) == [
        ("박", "Witness A"),
        ("박철민", "Witness A"),
    ]
    assert _found("박반이 넓었다.", [pak]) == []


def test_another_persons_full_name_after_a_title_is_not_cut_to_the_registered_surname(
    pak: RegisteredPerson,
) -> None:
    text = "The money went to Dr Pak Yong-il, the team doctor. Pak (the witness) saw it."
    spans = anonymize(text, [pak]).spans
    assert [(span.text, span.source) for span in spans] == [
        ("Pak Yong-il", "detected"),
        ("Pak", "registered"),
    ]


def test_a_registered_surname_before_yeonggam_and_not_the_word_for_a_guest() -> None:
    yun = RegisteredPerson("p9", "Yun Chol-ho", "Witness B", "윤철호")
    son = RegisteredPerson("p10", "Son Myong-hui", "Witness C", "손명희")
    spans = anonymize(
        "동료들은 그를 윤 영감이라고 불렀다. 손님이 준 팁을 모았다.", [yun, son]
    ).spans
    assert [span.text for span in spans] == ["윤"]


def test_a_registered_surname_inside_a_ship_name_with_a_number_is_the_ship() -> None:
    yang = RegisteredPerson("p11", "Yang Chol-min", "Witness D", "양철민")
    spans = anonymize("Yang Chol-min worked on the trawler Tae Yang 3 for two years.", [yang]).spans
    assert [span.text for span in spans] == ["Yang Chol-min"]


def test_a_full_name_written_as_one_word(pak: RegisteredPerson) -> None:
    spans = anonymize("In his letter Pakcholmin signs with his full name.", [pak]).spans
    assert [(span.text, span.source) for span in spans] == [("Pakcholmin", "registered")]
    assert anonymize("We drove through Pakchon and Kimchaek.", [pak]).spans == []


def test_an_emoji_between_a_surname_and_its_verb(so: RegisteredPerson) -> None:
    text = "[10:02] So Myong-ho joined the chat.\n[10:05] So 😢 cried when he read it."
    assert [span.text for span in anonymize(text, [so]).spans] == ["So Myong-ho", "So"]


def test_so_before_an_auxiliary_and_no_subject_is_the_person(so: RegisteredPerson) -> None:
    text = "So Myong-ho came in 2015. So was also sent to the mine, and so was I."
    assert [span.text for span in anonymize(text, [so]).spans] == ["So Myong-ho", "So"]
    assert anonymize("So did the others. So was everyone.", [so]).spans == []


def test_a_one_letter_surname_before_a_verb_of_the_list() -> None:
    o = RegisteredPerson("p12", "O Kum-hui", "Witness E", "오금희")
    spans = anonymize("The owner was Chinese. O sang for the guests every night.", [o]).spans
    assert [span.text for span in spans] == ["O"]


def test_no_after_a_verb_of_answering_is_the_answer() -> None:
    no = RegisteredPerson("p13", "No Chol-u", "Witness F", "노철우")
    text = "No Chol-u, logging. Any days off? Says No.\nHis minder beat No twice."
    assert [span.text for span in anonymize(text, [no]).spans] == ["No Chol-u", "No"]
