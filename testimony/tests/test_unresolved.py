"""The words a reviewer must still decide: every remaining token that may be a name."""

import json
from pathlib import Path

import pytest

from testimony.anonymize.redact import anonymize
from testimony.anonymize.redact.registry import assign_pseudonyms
from testimony.anonymize.unresolved import (
    REASON_CHAT_SPEAKER,
    REASON_GLOSS,
    REASON_NAMED_SURNAME,
    REASON_SHARED_PUBLIC_NAME,
    REASON_SURNAME_GA,
    Unresolved,
    unresolved_tokens,
)

PASSAGES = Path(__file__).resolve().parents[1] / "anonymize" / "eval" / "passages.json"


def listed_items(text: str) -> list[Unresolved]:
    return unresolved_tokens(text, [])


def listed(text: str, covered: list[tuple[int, int]] | None = None, **options: object) -> list[str]:
    items = unresolved_tokens(text, covered or [], **options)
    for item in items:
        assert text[item.start : item.end] == item.text
    return [item.text for item in items]


def test_a_romanized_korean_given_name_mid_sentence_is_listed() -> None:
    assert listed("Then Hyok came with me to the site.") == ["Hyok"]


def test_neighbouring_name_words_make_one_item() -> None:
    """One click for a full name, whatever its spacing."""
    assert listed("We worked with Pak Song Il and Myong-chol.") == ["Pak Song Il", "Myong-chol"]


@pytest.mark.parametrize("text", ["Ri said the supervisor took it.", "Choe worked in Shenyang."])
def test_a_korean_surname_at_the_start_of_a_sentence_is_listed(text: str) -> None:
    """The bare surname the finders deliberately leave alone is not skipped here."""
    assert listed(text) == [text.split()[0]]


def test_a_hyphenated_given_name_at_the_start_of_a_sentence_is_listed() -> None:
    assert listed("Myong-chol said nothing.") == ["Myong-chol"]


def test_an_ordinary_capitalised_word_at_the_start_of_a_sentence_is_not() -> None:
    assert listed("Then we left. During the winter we worked. Sometimes we ate.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I met Mr. Smith at the port.", "Smith"),
        ("a man named Sergei brought bread", "Sergei"),
        ("the minder Volkov watched us", "Volkov"),
    ],
)
def test_a_capitalised_word_after_a_title_or_named_is_listed(text: str, name: str) -> None:
    assert listed(text) == [name]


def test_what_a_proposal_or_a_decision_covers_is_not_listed_again() -> None:
    text = "Then Hyok came, and Chol-su too."
    start = text.index("Hyok")
    assert listed(text, [(start, start + 4)]) == ["Chol-su"]


@pytest.mark.parametrize(
    "text",
    [
        "We bowed to the portraits of Kim Il-sung and Kim Jong Un.",
        "We slept in the Kim Chaek University of Technology dormitory.",
        "We went from Chongjin to Dandong, then to Tynda and Doha.",
        "He worked for Namgang Construction Company in Kuwait.",
        "In May, on a Sunday in March, we were paid in USD by the UN.",
        "He spoke Korean and Chinese, never English.",
    ],
)
def test_public_figures_places_organisations_months_and_common_words_are_not_listed(
    text: str,
) -> None:
    assert listed(text) == []


def test_the_vocabularies_passed_in_are_not_listed() -> None:
    """Country and province names from the app's vocabularies, in English and Korean."""
    text = "They sent us to Hamsan with the others."
    assert listed(text) == ["Hamsan"]
    assert listed(text, vocabulary=["Hamsan Province", "함산"]) == []


def test_a_public_figure_passed_in_is_not_listed() -> None:
    text = "A portrait of Ri Son-gwon hung there."
    assert listed(text) == ["Ri Son-gwon"]
    assert listed(text, public_figures=["Ri Son-gwon"]) == []


def test_offsets_survive_crlf_line_breaks() -> None:
    text = "I am a witness.\r\nThen Hyok came.\r\n"
    items = unresolved_tokens(text, [])
    assert [(text[item.start : item.end]) for item in items] == ["Hyok"]


def test_a_fullwidth_name_is_listed_with_its_original_characters() -> None:
    """Typed on a Korean keyboard: found on the folded copy, listed as written."""
    assert listed("Then Ｈｙｏｋ came.") == ["Ｈｙｏｋ"]


def test_a_name_with_zero_width_characters_inside_is_listed_whole() -> None:
    assert listed("Then Hy\u200bok came.") == ["Hy\u200bok"]


def test_an_emoji_before_a_name_does_not_hide_it() -> None:
    assert listed("Then 🙂Hyok came.") == ["Hyok"]


def test_a_hangul_word_that_may_be_a_name_is_listed() -> None:
    """A two-syllable name before a particle, too weak for the detector to propose."""
    assert listed("영호는 그날 밤 도망쳤다.") == ["영호"]


def test_hangul_places_and_ordinary_words_are_not_listed() -> None:
    assert listed("평양에서 단둥으로 갔습니다. 손님이 모두 떠났습니다.") == []


def test_an_empty_text_has_nothing_to_list() -> None:
    assert unresolved_tokens("", []) == []


def test_no_public_figure_or_place_of_the_development_set_is_listed() -> None:
    """Over the 69 passages, with the finders' proposals covered: nothing public listed,
    and every private mention the finders miss is listed."""
    for passage in json.loads(PASSAGES.read_text()):
        text = passage["text"]
        result = anonymize(text, assign_pseudonyms(passage["persons"]), detect=True)
        items = unresolved_tokens(text, [(span.start, span.end) for span in result.spans])
        for mention in passage["public_mentions"]:
            assert not any(
                item.start < mention["end"] and mention["start"] < item.end for item in items
            ), (passage["id"], mention["text"])
        for mention in passage["private_mentions"]:
            found = any(
                s.start <= mention["start"] and mention["end"] <= s.end for s in result.spans
            )
            listed_ = any(
                item.start < mention["end"] and mention["start"] < item.end for item in items
            )
            assert found or listed_, (passage["id"], mention["text"])


# The review lists every name-shaped word the finders leave, whatever its origin.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He remembers Rustam, and an older Tajik worker.", "Rustam"),
        ("Jong-ok was sent back after a Lao customer, Souksavanh, gave her a phone.", "Souksavanh"),
        ("Ha reported us missing at noon, So told me later.", "So"),
        ("Marlon said the captain never paid.", "Marlon"),
    ],
)
def test_any_capitalised_word_that_is_not_common_english_is_listed(text: str, name: str) -> None:
    """A foreign given name, or a Korean surname that is also an English word, mid-sentence or
    opening it."""
    assert name in listed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sometimes we ate twice. Whenever the quota failed, Remarks were written.",
        "Interview notes, typed quickly.\nCase summary.",
        "NAME | ROLE | SITE",
        "He worked on a Chinese-flagged boat near Montevideo with Egyptian and Maltese men.",
        "The Ministry of State Security sent the Korean People's Army a letter.",
        "The trawler Lu Rong Yu 1107 docked at Nakhodka.",
    ],
)
def test_common_words_headers_nationalities_and_numbered_ships_are_not_listed(text: str) -> None:
    assert listed(text) == []


def test_a_sign_off_and_a_speaker_label_at_the_start_of_a_line_are_listed() -> None:
    assert listed("Thanks for the file.\n\nBest,\nSaraa\n") == ["Saraa"]
    assert listed('Okello: "Yu was quiet."') == ["Okello", "Yu"]


def test_a_name_after_surnamed_is_listed_even_if_it_is_an_english_word() -> None:
    assert listed("a driver surnamed Do whose given name we lost") == ["Do"]


def test_a_korean_surname_opening_a_sentence_is_listed_unless_it_opens_english_sentences() -> None:
    assert listed("Bang and Moon slept in the same container.") == ["Bang", "Moon"]
    assert listed("So we left. Do you remember?") == []


def test_cyrillic_and_chinese_names_are_listed_but_not_known_places() -> None:
    assert listed("He met Виктор Ким in Москва.") == ["Виктор Ким"]
    assert listed("The manager was 陈晓燕 in 丹东, born 1981年生.") == ["陈晓燕"]


def test_hangul_names_in_a_list_with_a_name_are_listed() -> None:
    """순금 is also a common noun (pure gold), 명옥 Kiwi reads apart: the list holds 혜영."""
    items = listed("같은 방의 명옥, 순금, 혜영은 지금도 그곳에 있다.")
    assert {"명옥", "순금"} <= set(items)


def test_a_hangul_name_read_apart_after_a_role_word_is_listed() -> None:
    assert "부디" in listed("배에는 인도네시아 선원 부디와 필리핀 선원 마크도 있었다.")


def test_every_mention_of_a_listed_hangul_name_is_listed() -> None:
    """Kiwi reads 조금철과 as 조금 (a little) + 철: the first mention makes it a name."""
    text = "같이 간 조금철이가 제일 친했습니다. 조금철과 저는 같이 일했습니다."
    assert [item for item in listed(text) if item == "조금철"] == ["조금철", "조금철"]


def test_a_called_or_quoted_one_syllable_name_and_initials_are_listed() -> None:
    assert "옥" in listed("사랑하는 옥아, 잘 지내라.")
    assert "안" in listed('녹취록의 "안이 말하길"은 증인을 뜻함.')
    assert "ㅅㅎㅅ" in listed('3문단 "ㅅㅎㅅ"는 증인 이니셜임. ㅋㅋㅋ')
    assert "ㅋㅋㅋ" not in listed('3문단 "ㅅㅎㅅ"는 증인 이니셜임. ㅋㅋㅋ')


def test_korean_places_organisations_and_labour_words_are_not_listed() -> None:
    text = "남강건설 소속으로 그단스크에 갔고, 충성자금을 냈습니다."
    assert listed(text) == []


def test_twenty_kilobytes_list_every_repetition_and_cut_exactly() -> None:
    """20 KB of one paragraph repeated: every repetition lists the same words, each item cuts
    exactly its text, and the public names stay off the list (its speed is measured by
    `bench/anonymize_speed.py --review-list`, not here)."""
    paragraph = (
        "Then Hyok came with Mr. Smith and a Tajik called Farrukh. Sometimes we ate rice in "
        "Doha, Qatar, for the Namgang Construction Company. Rustam said nothing.\n"
    )
    copies = 20_000 // len(paragraph)
    text = paragraph * copies
    items = unresolved_tokens(text, [])
    once = {item.text for item in unresolved_tokens(paragraph, [])}
    assert {item.text for item in items} == once
    assert len(items) == copies * len(unresolved_tokens(paragraph, []))
    assert all(text[item.start : item.end] == item.text for item in items)
    assert not once & {"Doha", "Qatar", "Namgang"}


def test_an_emoji_before_a_sentence_does_not_make_its_first_word_mid_sentence() -> None:
    """ "😀 In the third year": "In" opens the sentence (an ordinary word), it is not listed as
    the surname In."""
    text = "We worked.\n\n\U0001f600 In the third year \U00020000 a man fell."
    assert unresolved_tokens(text, []) == []


def test_words_in_arabic_script_are_listed() -> None:
    assert listed("The contractor's agent, يوسف الحمادي, kept the passports.") == ["يوسف الحمادي"]


def test_a_registered_surname_alone_opening_a_sentence_is_listed() -> None:
    text = "감독은 주학남이었다.\n고는 그때 스물다섯이었다. 이는 사실이다."
    assert listed(text, known_names=["고영식"]) == ["주학남", "고"]  # 이는: 'this is'
    assert listed(text) == ["주학남"]


def test_the_bare_surname_of_a_name_found_in_the_text_is_listed_where_it_is_a_person() -> None:
    """안 is also 'not' and 'inside', 석 'three': alone they are left by the finders, but where
    the same text names 안명길 and 석봉수, an 안 before a particle or a 석 after 큰 / 작은 is
    asked about; not the adverb 안, 방 안에서 (a place's particle), 석탄 or 이 'this'."""
    text = (
        "조장은 안명길이었다.\r\n안은 나보다 세 살 위였고, 안이 없으면 일이 안 됐다.\r\n"
        "창고 문으로 나가면 석탄이 보였다. 같은 조의 석봉수는 '작은 석'이었다.\r\n"
        "이는 사실이다. 우리는 방 안에서 잤다."
    )
    named = [(text.index(name), text.index(name) + 3) for name in ("안명길", "석봉수")]
    items = unresolved_tokens(text, named, named=named)
    assert [(item.start, item.text) for item in items] == [
        (text.index("안은"), "안"),
        (text.index("안이 없"), "안"),
        (text.index("석'이었"), "석"),
    ]
    # Nothing names 안명길 or 석봉수: the words are left alone.
    assert [item.text for item in unresolved_tokens(text, [])] == ["안명길", "석봉수"]
    # After 큰 / 작은, whatever the analyser reads: 작은 석의 (a bound noun), 작은 도는 (a verb).
    text = (
        "우리 조에는 성이 같은 사람이 둘이라 나는 큰 석, 그 애는 작은 석으로 불렸다. "
        "작은 석의 본명은 석만수였다.\n취사원 도씨 형제. 형을 큰 도, 동생을 작은 도라고 "
        "부름. 작은 도는 도면을 볼 줄 알았다."
    )
    named = [
        (text.index("석만수"), text.index("석만수") + 3),
        (text.index("도씨"), text.index("도씨") + 1),
    ]
    items = unresolved_tokens(text, named, named=named)
    surnames = [(item.start, item.text) for item in items if item.reason == REASON_NAMED_SURNAME]
    assert surnames == [
        (text.index("석,"), "석"),
        (text.index("석으로"), "석"),
        (text.index("석의"), "석"),
        (text.index("도,"), "도"),
        (text.index("도라고"), "도"),
        (text.index("도는"), "도"),
    ]


def test_a_surname_proposed_alone_is_asked_about_where_else_it_stands_as_the_person() -> None:
    """A minder the text names only as 설 동무 or 단 부대장: the same syllable before a particle,
    the copula or a post elsewhere is the person (설은, 단이라는, 단 부대장이, 옥 위생원); the
    word elsewhere (설날, 단 한 번도 'not even once', 현재) is not asked about."""
    text = (
        '관리원 설 동무가 막았다.\r\n설은 "조선 방식으로 치료한다"고 했다. 설날에도 일했다.\r\n'
        "부대장은 단 부대장이었는데 단이라는 사람은 단 한 번도 웃지 않았다.\r\n"
        "위생원 옥 동무가 약을 주었다. 환자가 누워 있으면 옥 위생원 책임이었다. 현재 소식은 없다."
    )
    named = [
        (text.index(word), text.index(word) + 1) for word in ("설 동무", "단 부대장", "옥 동무")
    ]
    items = unresolved_tokens(text, named, named=named)
    assert [(item.start, item.text) for item in items] == [
        (text.index("설은"), "설"),
        (text.index("단이라는"), "단"),
        (text.index("옥 위생원"), "옥"),
    ]
    # Nothing proposed alone: only 옥 위생원 is asked about, for the post after it.
    assert [item.text for item in unresolved_tokens(text, named, named=[])] == ["옥"]


def test_a_surname_with_the_familiar_suffix_ga_is_listed_but_not_a_word_that_looks_alike() -> None:
    """최가, 탁가, 윤가네: a person called by surname and 가; not 제가 'I', 배가 'the ship',
    국가 'state', 도가 넘었고 'degrees', nor a surname inside a word (최가까운)."""
    text = (
        "김 부장 밑에 최가도 있었는데 최가는 좀 괜찮았어요. 성이 공가인 데다 손이 고왔다.\r\n"
        "보위원 탁가가 편지를 다 뜯어봤다. "
        '"윤가네 식구들은 다 한통속"이라고 했다.\r\n'
        "제가 나오던 날 배가 항구에 들어왔다. 국가 계획분이라며 가져갔다. 오십 도가 넘었다."
    )
    items = unresolved_tokens(text, [])
    assert [(item.text, item.reason) for item in items if item.reason == REASON_SURNAME_GA] == [
        ("최가", REASON_SURNAME_GA),
        ("최가", REASON_SURNAME_GA),
        ("공가", REASON_SURNAME_GA),
        ("탁가", REASON_SURNAME_GA),
        ("윤가", REASON_SURNAME_GA),
    ]
    assert not {"제가", "배가", "국가", "도가"} & {item.text for item in items}


def test_the_hangul_gloss_of_a_latin_name_is_listed_with_it() -> None:
    """Interviewers gloss nicknames and surnames in the other script: "Frog" (개구리), Ok [옥],
    Pyon (보위원 변). The gloss is the same person; a post or a size word in it is not, nor the
    gloss of a place nobody listed (Pyongyang (평양))."""
    text = (
        'His nickname was "Frog" (개구리) because he could hold his breath.\r\n'
        "The foreman was a Korean named Ok [옥]. The security man, Pyon (보위원 변), kept them.\r\n"
        '"Big Mun" [큰 문] stayed. We flew to Pyongyang (평양) and on to Dandong (단둥).'
    )
    named = [(text.index("Pyon"), text.index("Pyon") + 4)]
    items = unresolved_tokens(text, named, named=named)
    glosses = [item.text for item in items if item.reason == REASON_GLOSS]
    assert glosses == ["개구리", "옥", "변", "문"]
    assert not {"평양", "단둥", "보위원", "큰"} & {item.text for item in items}


def test_a_chat_speaker_in_small_letters_is_listed_where_it_speaks_twice() -> None:
    """A chat export's speakers are handles, usually names: "jiwon 🌸:" and "kichol:" (twice
    each). Not the writer's "me:", an English word ("contact:", "note:"), or a speaker who
    writes once (as likely a label as a handle)."""
    text = (
        "jiwon 🌸: hi! r u free to talk abt the interview?\r\nme: yes 10 min\r\n"
        "jiwon 🌸: ok\r\ncontact: who is the boss\r\nkichol: the team leader\r\n"
        "contact: ok\r\nkichol (22:17): he kept the passports\r\nnote: ask again\r\n"
        "note: done\r\nhyonsu: once\r\n"
    )
    speakers = [item.text for item in listed_items(text) if item.reason == REASON_CHAT_SPEAKER]
    assert speakers == ["jiwon", "jiwon", "kichol", "kichol"]
    # Written in fullwidth letters, the same speakers, over the original characters.
    wide = text.replace("jiwon", "ｊｉｗｏｎ")
    assert [item.text for item in listed_items(wide) if item.reason == REASON_CHAT_SPEAKER][:2] == [
        "ｊｉｗｏｎ",
        "ｊｉｗｏｎ",
    ]


def test_a_surname_that_opens_english_sentences_is_listed_there_when_it_is_the_subject() -> None:
    """An, So, Do open English sentences, so a sentence opening with one is left alone; but
    where the text writes "An" as a name inside a sentence, "An was an older man" is the man,
    and so is "So and Yu shared a bunk"; "So did the witness" and "An hour later" are English,
    and nothing is listed where no sentence writes the word as a name."""
    text = (
        "My bunk was between An and a welder.\r\nAn was an older man. An hour later we left.\r\n"
        "Their chief we called Mr So. So never ate with us. So and Yu shared a bunk. "
        "So did the witness."
    )
    starts = [item.start for item in listed_items(text) if item.text in ("An", "So")]
    assert starts == [
        text.index("An and"),
        text.index("An was"),
        text.index("So."),
        text.index("So never"),
        text.index("So and"),
    ]
    plain = "An hour later we left. So did the witness. An was an older word."
    assert [item.text for item in listed_items(plain)] == []


def test_names_inside_a_sentence_written_in_chinese_are_listed() -> None:
    """A Chinese coworker's messages: 小张, 老李 and 孙厂长 name persons inside a run of Chinese
    that the rule for words of two to four characters does not cut; not 老板 'boss', 小时
    'hour' or 老师 'teacher'."""
    text = (
        "2019-08-03 22:20:01 美玲姐: 我明天跟孙厂长说\r\n"
        "2019-08-03 22:21:30 美玲姐: 那我先问老李, 开车的那个老李叫李国庆\r\n"
        "2019-08-10 21:43:55 美玲姐: 我让小张开车过去. 老板说等两个小时, 老师也来"
    )
    items = [item.text for item in listed_items(text)]
    # The speaker 美玲姐 and the short run 老师也来 are listed as words of their own.
    assert [item for item in items if item not in ("美玲姐", "老师也来")] == [
        "孙",
        "李",
        "李",
        "李国庆",
        "张",
    ]


def test_a_public_figures_name_given_to_a_person_the_text_introduces_is_listed() -> None:
    """A worker can share a leader's name: "a worker named Kim Jong-nam", "김정숙이라는 여자".
    The name is listed there for the reviewer; the public figure elsewhere is left alone."""
    text = (
        "There was a worker named Kim Jong-nam in the third shift. No relation to Kim Jong-nam, "
        "the leader's brother.\r\n"
        "같은 방에 김정숙이라는 여자가 있었다. 김정숙 여사 이야기는 아니다."
    )
    items = listed_items(text)
    assert [(item.start, item.text) for item in items] == [
        (text.index("Kim Jong-nam"), "Kim Jong-nam"),
        (text.index("김정숙이라는"), "김정숙"),
    ]
    assert {item.reason for item in items} == {REASON_SHARED_PUBLIC_NAME}


def test_a_leaders_name_where_a_record_lists_a_person_is_listed() -> None:
    """A deportation manifest's passenger KIM IL SONG (round 62, heldout69) was taken for the
    leader, kept and not listed: a leader's name in a manifest's row, after a record's label or
    before a seat's code is listed for the reviewer; the leader in a sentence is not."""
    text = (
        "SEAT  NAME                 SEX  PASSPORT\r\n"
        "13A   PAE MYONG SU         M    836xxxxxx\r\n"
        "13B   KIM IL SONG          M    836xxxxxx\r\n"
        "Patient: Kim Jong Il, 44, fracture.\r\n"
        "Song and Kim Il-song (13B) slipped away.\r\n"
        "Kim Il Sung founded the state in 1948; a statue of Kim Jong Il stands there.\r\n"
    )
    items = listed_items(text)
    starts = {item.start for item in items}
    for name in ("KIM IL SONG", "Kim Jong Il", "Kim Il-song"):
        assert text.index(name) in starts
    shared = [item.text for item in items if item.reason == REASON_SHARED_PUBLIC_NAME]
    assert shared == ["KIM IL SONG", "Kim Il-song"]
    assert text.index("Kim Il Sung") not in starts
    assert text.index("Kim Jong Il stands") not in starts


def test_a_word_the_text_says_the_rest_of_a_name_of_is_unknown_is_listed() -> None:
    """Intake notes say so when only part of a name is known: the word before the note is a
    name even when it is also a word (국 'soup', 남 'south', Do, So); the post before such a note
    and a role written with a capital are not."""
    text = (
        "보위원: 국 (이름 모름), 운전수 남(이름 모름), 보위원(이름 모름).\r\n"
        "Deputy: Do (given name unknown). So, first name unknown, was the cook. "
        "The Nurse (name unknown) came once."
    )
    items = listed(text)
    assert {"국", "남", "Do", "So"} <= set(items)
    assert "보위원" not in items
    assert "Nurse" not in items


def test_a_korean_surname_alone_after_a_post_is_listed() -> None:
    """A ledger's "확인: 보위지도원 변 (수표)", a note's "보위원 도에 대한 정보", and an intake's
    "보위원 도 모 (이름 모름)" (모: 'a certain'); not 반장 안 와요 ('does not come')."""
    text = (
        "확인: 보위지도원 변 (수표)\r\n- 보위원 도 모 (이름 모름).\r\n"
        "검토 의견 - 보위원 도에 대한 정보는 진정서에 포함 가능. 반장 안 와요."
    )
    items = listed_items(text)
    assert [(item.start, item.text) for item in items] == [
        (text.index("변"), "변"),
        (text.index("도 모"), "도"),
        (text.index("도에"), "도"),
    ]


def test_a_korean_surname_alone_as_the_label_of_a_remark_is_listed() -> None:
    """A team leader's remarks column names people by surname alone: 육 - 결근 2일. 탁, 변 - 이상
    없음; a speaker's label (방: ...) and a post's (부반장 석: ...) too. Not a transcript's
    question (문: ...), nor a Korean list's letters (가. 나:)."""
    text = (
        "비고: 육 - 결근 2일. 탁, 변 - 이상 없음.\r\n방: 그날은 비가 왔어요.\r\n"
        "부반장 석: 다들 모여.\r\n문: 언제 도착했습니까?\r\n가. 첫째\r\n나: 둘째"
    )
    items = listed(text)
    assert {"육", "탁", "변", "방", "석"} <= set(items)
    assert not {"문", "가", "나"} & set(items)
