"""Round 44, from the misses of heldout48, measured blind on heldout49, heldout50 and heldout51:
Japanese names in characters, Chinese names after a form's label or speaking in a chat, Korean
surnames in Cyrillic as Russian declines them, a Korean colleague's given-name initials in
brackets, and two-word logins speaking in a chat export."""

from testimony.anonymize.detect import detect_names
from testimony.anonymize.redact import anonymize


def _detected(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def test_japanese_names_in_characters_and_the_surname_wherever_it_stands() -> None:
    text = (
        "From: 山田 恵子 <office@kikoku.example.jp>\r\n"
        "Subject: Re: 朴哲洙さんの祖母について\r\n\r\n"
        "徐様\r\n\r\n"
        "お世話になっております。山田です。\r\n"
        "日本名は「新井 良子」でした。大阪に住むいとこの新井 和夫さんにも連絡できます。\r\n"
        "田中由紀さんと佐藤先生にも伝えました。山本 社長は不在です。\r\n"
        "> Yamada-san, 안녕하세요. Yamada wrote back on Friday."
    )
    found = _detected(text)
    for name in ("山田 恵子", "新井 良子", "新井 和夫", "田中由紀", "佐藤", "山本"):
        assert name in found, name
    assert found.count("山田") == 1  # 山田です
    assert found.count("Yamada") == 2
    # 様 is a letter's "Dear": the surname is the name, not the greeting.
    assert "徐" in found
    assert "徐様" not in found
    # The post after a surname is not taken for a given name.
    assert "山本 社長" not in found
    # Without a given name, an honorific or a self-introduction, two characters are no name:
    # 中村 is also a village, 田中 a word of a Chinese sentence.
    assert _detected("我在田中走路。") == []
    assert _detected("She works for Yamada Electric in Osaka.") == []


def test_a_chinese_name_after_a_forms_label_or_speaking_in_a_chat() -> None:
    text = (
        "出门条 No. 0412\r\n姓名：韩春梅\r\n批准人：周主任\r\n门卫：李\r\n\r\n"
        "出门条 No. 0503\r\n批准人：老孟（代）\r\n门卫：李\r\n"
    )
    found = _detected(text)
    assert found.count("李") == 2
    assert "老孟" in found
    chat = (
        '위챗 이름이 "阿强"이었고, 우리는 강 사장이라고 불렀어요.\n'
        "阿强: 你老公还在沈阳，身体好。\n"
        "阿强: 明天去饭店看看。\n"
    )
    assert _detected(chat).count("阿强") == 3
    # A label with a word after it is no name (the reason of a pass, a workshop), nor a level,
    # a colour, a summary or a subtotal.
    assert _detected("事由：看病\n部门：车间\n风险：高\n颜色：白\n") == []
    assert _detected("小结：工资按时发放。\n小计：3000元\n") == []


def test_korean_surnames_in_cyrillic_in_every_case() -> None:
    text = (
        'Толик сказал: "Кима надо лечить, понимаешь?"\n'
        "Примечание: удержать с бригады Пака. Говорил с Кимом и Паком, писал Киму."
    )
    found = _detected(text)
    for form in ("Кима", "Пака", "Кимом", "Паком", "Киму"):
        assert form in found, form
    # Rome and the words the other surnames decline into are left alone.
    assert _detected("Рима нет. Шина лопнула.") == []


def test_a_korean_colleagues_given_name_initials_in_brackets() -> None:
    text = (
        "Reviewer: Rachel Lindqvist (RL); second reader: Park Ji-woo (JW)\r\n"
        "JW: the dates in paragraph 4 do not match the timeline.\r\n"
        "RL: agreed, back to the drafter.\r\n"
    )
    found = _detected(text)
    assert found.count("JW") == 2
    assert "Park Ji-woo" in found


def test_two_word_logins_speaking_in_a_chat_export() -> None:
    text = (
        "#casework-urgent - export 12 Feb 2024\r\n\r\n"
        "[08:51] sujin.park: morning all. Ok-ran landed last night 🙏\r\n"
        "[08:52] trackerbot: ticket 4411 updated\r\n"
        "[08:53] minho_lee: great news\r\n"
        "[08:57] moon_river: 🎉\r\n"
        "[08:58] anon_7781: who is she?\r\n"
        "Ping sujin.park about the flight list.\r\n"
    )
    found = _detected(text)
    assert found.count("sujin.park") == 2
    assert found.count("minho_lee") == 1
    assert not {"trackerbot", "moon_river", "anon_7781"} & set(found)
    # And the approved text carries none of them.
    result = anonymize(text, [])
    assert "sujin.park" not in result.text
    assert "minho_lee" not in result.text
    # A program posting to a work log is nobody.
    log = "09:12 [ahmed.r] pulled AIS\n09:13 [trackerbot] ticket 4411\n09:14 [lena_k] ok\n"
    assert set(_detected(log)) == {"ahmed.r", "lena_k"}


def test_a_full_hangul_name_before_a_job_or_a_rank() -> None:
    text = (
        "북한 노동 문제를 연구해 온 이수현 박사는 말했다.\r\n"
        "신변보호관 유성준 경위에게 공유했다. 법률 검토는 김도현 변호사님이 맡는다.\r\n"
        "조아라 인턴 배석.\r\n"
    )
    found = _detected(text)
    for name in ("이수현", "유성준", "김도현", "조아라"):
        assert name in found, name
    # Two syllables before a job are words, not a surname and a given name.
    assert _detected("공익 변호사와 연결했다. 이탈 방지 담당 실장이 왔다.") == []


def test_the_name_signing_a_note_after_a_dash_or_a_comma() -> None:
    text = (
        "[스크랩 메모 — 정하윤] 기사 원문은 파일에 있음.\r\n"
        "연구자 메모 (안수빈, 2020. 7.)\r\n"
        "[사례관리 일지] 담당 차예린 - 대상 QA-19\r\n"
    )
    found = _detected(text)
    for name in ("정하윤", "안수빈", "차예린"):
        assert name in found, name
    # After a relative and a dash, a singer and the song he sang: not the relative's name.
    assert "나훈아" not in _detected("2. 정호 삼촌 - 나훈아 「테스형!」\n")


def test_a_full_hangul_name_with_a_note_in_brackets() -> None:
    text = (
        "박은철(2018년 탈북)한테서 소식을 들었다.\r\n"
        "趙秉洙 조병수 (1931-1998)\r\n"
        "| 0417 | 08.01 | 이다인(통역) | 러시아어-한국어 |\r\n"
        "다음 통화 때 방은정 씨 어머니(김옥화) 얘기도 하기로.\r\n"
    )
    found = _detected(text)
    for name in ("박은철", "조병수", "이다인", "김옥화"):
        assert name in found, name
    # A document or a people dated in brackets is nobody.
    assert _detected("정산표(2019년 3월)와 한국인(2019) 통계") == []


def test_given_names_opening_with_da() -> None:
    found = _detected("면담: 정다은 간사님, 기록: 유다인 (자원활동가)\r\n")
    assert "정다은" in found
    assert "유다인" in found
    # 정다운 is "friendly" before a noun.
    assert _detected("정다운 친구들과 함께 지냈다.") == []


def test_the_name_someone_is_called_by() -> None:
    text = (
        "Hak-chol, mason. So thin we called him Chopstick. Sent home 2017.\r\n"
        "My father's friend, everyone call him Ba.\r\n"
        "People on the site called him Do-dongmu.\r\n"
        'She calls her son "Ttolttori" (clever one).\r\n'
    )
    found = _detected(text)
    for name in ("Chopstick", "Ba", "Do", "Ttolttori"):
        assert name in found, name
    # The Korean word of address joined to it is left to read.
    assert "Do-dongmu" not in found
    assert _detected("I called him Monday and called her yesterday.") == []
