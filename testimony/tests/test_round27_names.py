"""Round 27: names in tables aligned with spaces and in CSV exports (a column of full names, a
column a header calls the names or the logins), a signature with its syllables spaced apart,
a nurse's title, notebook keys for nicknames; and words that are no names: a record's field
labels, an Arabic chat's sentences, a Mongolian register's headings, a company quoted beside
its legal form, a lawyer."""

import pytest

from testimony.anonymize.redact import anonymize
from testimony.anonymize.unresolved import unresolved_tokens


def _found(text: str) -> list[str]:
    return [text[span.start : span.end] for span in anonymize(text, []).spans]


def _listed(text: str) -> list[str]:
    covered = [(span.start, span.end) for span in anonymize(text, []).spans]
    return [text[item.start : item.end] for item in unresolved_tokens(text, covered)]


WAGE_SHEET = (
    "로임 계산서 (2016년 9월)\r\n"
    "번호  성명    직종      공수  계획   실수령\r\n"
    "1     석준호  미장      21    40000  20000\r\n"
    "2     김룡삼  타일      30    55000  40000\r\n"
    "3     하승철  목공      29    52000  40000\r\n"
    "4     전광    목공      24    41000  40000\r\n"
    "5     유태성  전기      30    60000  40000\r\n"
)


def test_an_aligned_wage_sheet_s_column_of_names_is_found_and_its_jobs_are_not() -> None:
    result = anonymize(WAGE_SHEET, [])
    found = [WAGE_SHEET[span.start : span.end] for span in result.spans]
    for name in ("석준호", "김룡삼", "하승철", "전광", "유태성"):
        assert name in found
        assert name not in result.text
    for job in ("미장", "타일", "목공", "전기", "성명"):
        assert job not in found  # 목 and 전 are surnames; the column is not one of names


def test_a_dormitory_roster_s_chinese_and_hangul_names_and_a_total_row() -> None:
    text = (
        "房间  床位  姓名    성명    年龄  岗位\n"
        "301   2     李顺玉  리순옥  24    剥虾\n"
        "301   3     崔恩晶  최은정  22    包装\n"
        "301   4     韩明姬  한명\u200b희  27    冷冻\n"
        "302   4     卢美善  로미선  20    剥虾\n"
        "合计  4     合计    합계    -     -\n"
    )
    found = _found(text)
    for name in ("李顺玉", "崔恩晶", "卢美善", "리순옥", "최은정", "한명\u200b희", "로미선"):
        assert name in found  # a zero-width space inside a name is inside its span
    for word in ("合计", "합계", "包装", "冷冻"):
        assert word not in found


def test_a_contacts_csv_s_names_and_logins_under_their_headers() -> None:
    text = (
        "이름,관계/역할,휴대폰,이메일,카톡ID,메모\r\n"
        '김영옥,구술자 C-114 본인,010-4417-2290,,yo_kim1962,"2019 쿠웨이트, 2021 입국"\r\n'
        '신옥화,C-114 동료,010-3321-8814,,okhwa_shin,"영옥 씨 소개, 녹음 거부"\r\n'
        '렴태식(?),C-114 당시 작업반장,없음,,,"연락처 없음"\r\n'
        "북한인권정보센터,협력기관,02-723-0000,,,\r\n"
        "Ｍａ Ｓｅｏ-ｙｕｎ,C-121 딸,010-1201-9987,,seoyun_m,\r\n"
    )
    result = anonymize(text, [])
    found = [text[span.start : span.end] for span in result.spans]
    for name in ("김영옥", "신옥화", "렴태식", "Ｍａ Ｓｅｏ-ｙｕｎ", "yo_kim1962", "okhwa_shin"):
        assert name in found
    assert "seoyun_m" in found
    assert "북한인권정보센터" not in found  # an organisation in the names column
    assert "(?)" in result.text  # the mark after the name stays


def test_a_signature_table_s_names_lose_their_titles_and_anonymous_stays() -> None:
    text = (
        "No   Name                       City\n"
        "1    Choi Seung-woo             Seoul\n"
        "2    Sister Agnes Lim           Busan\n"
        "3    Anonymous                  Incheon\n"
        "4    J. H. Yang                 Toronto\n"
        "5    Grandma Oh                 Suwon\n"
        "6    Total                      5 cities\n"
    )
    found = _found(text)
    assert "Agnes Lim" in found
    assert "Oh" in found
    assert "Total" not in found
    assert "Sister Agnes Lim" not in found
    assert "Anonymous" not in found
    assert "J. H. Yang" in found


def test_a_court_record_s_spaced_signatures_are_names_and_its_spaced_title_is_not() -> None:
    text = (
        "진 술 서\r\n\r\n"
        "                         법 원 사 무 관    최 민 호   (인)\r\n"
        "                         재판장   판   사    윤 서 영   (인)\r\n"
        "수령인 확인: 오 창 혁\r\n"
    )
    found = _found(text)
    assert found.count("최 민 호") == 1
    assert "윤 서 영" in found
    assert "오 창 혁" in found
    assert "진 술 서" not in found
    assert not any("사 무" in span for span in found)


def test_a_nurse_s_title_before_a_name_and_a_triage_log_s_fields() -> None:
    text = (
        "14:07 - ESI 2 - MRN 4410937\n"
        "  Patient: KIM CHOL HO / M / 34\n"
        "  Arrival: company bus\n"
        "14:19 - ESI 3 - MRN 4410951\n"
        "  Patient: PAK SONG NAM / M / 46\n"
        "  Arrival: ambulance\n"
        "Charge RN Binu Varghese informed. Handed over to night charge RN Shaji K.\n"
    )
    found = _found(text)
    assert "Binu Varghese" in found
    assert "Shaji K." in found
    assert "Patient" not in found
    assert "Arrival" not in found


def test_a_yaml_intake_s_keys_are_no_speakers() -> None:
    text = (
        "family:\n"
        "  - name: 유혜경\n"
        "    relation: wife\n"
        "  - name: 유진혁\n"
        "    relation: son\n"
        "perpetrators:\n"
        "  - name: An Kum-chol\n"
        "    role: site manager\n"
        "  - name: Hwang Il\n"
        "    role: security officer\n"
    )
    found = _found(text)
    assert "An Kum-chol" in found
    assert "relation" not in found
    assert "role" not in found


def test_an_arabic_chat_s_sentences_are_no_names_and_the_name_after_mr_is() -> None:
    text = (
        "12/05/2019, 11:55 - أبو خالد: وين السيد ري؟\n"
        "12/05/2019, 12:01 - أبو خالد: لازم نوديه المستشفى الحين\n"
        "12/05/2019, 12:04 - Hossam: السيد ري يقول لا\n"
        "12/05/2019, 12:05 - Hossam: قال المهندس أحمد الكعبي إن العمل توقف\n"
    )
    found = _found(text)
    assert found.count("ري") == 2
    assert "أحمد الكعبي" in found
    assert "لازم نوديه المستشفى الحين" not in found
    assert not any("يقول" in span for span in found)


def test_a_mongolian_register_s_headings_places_and_company_are_no_names() -> None:
    text = (
        '"Улаан Хад Майнинг" ХХК — Өмнөговь аймаг, Цогтцэций сум\r\n'
        "№   Огноо  Нэр           Ажлын байр  Ээлж  Цаг  Тэмдэглэл\r\n"
        "1   11.02  Рим Гван Чер  ахлагч      өдөр  12\r\n"
        "Фирма называется ООО «ВостокСтройИнвест», бригадир сказал Иванов.\r\n"
    )
    found = _found(text)
    assert "Рим Гван Чер" in found
    assert "Иванов" in found
    for word in ("Хад", "Майнинг", "Цогтцэций", "Нэр", "Ээлж", "Цаг", "Тэмдэглэл", "Строй"):
        assert not any(word in span for span in found), word


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("담당변호사 오세진 출석. 변호사님 성함은요?", "변호사"),
        ("스트레스가 심해서 잠을 못 잔다고 함.", "스트레스"),
        ("[자료: 구술자 오창혁이 찍어 온 사진]", "구술자"),
        ("증인에게 위증의 벌을 경고한 후 별지 선서서와 같이 선서하게 하였다.", "선서서"),
    ],
)
def test_a_lawyer_stress_and_a_narrator_are_no_names(text: str, word: str) -> None:
    assert not any(word in span for span in _found(text))


def test_a_notebook_s_key_makes_its_nicknames_reach_the_reviewer() -> None:
    text = (
        "3/15  삼촌 오토바이 고침 800\n"
        "      [삼촌 = 큰손의 친삼촌이 아니라 운반책 김학수. 다들 삼촌이라고 부름.]\n"
        "4/11  제비 + 꼬마 → 곤명. 안경 서류 2장.\n"
        "      [꼬마 = 같이 넘어온 16세 소녀 한별. 성 모름.]\n"
        '연길의 브로커 "오빠"에게 돈을 보냈으나 사기. 같은 브로커(흰머리)를 이용함.\n'
        '앞줄 리강일, 박철, "곰"(고만수). 도 작가에게 사진을 보냄.\n'
    )
    listed, found = _listed(text), _found(text)
    reached = set(listed) | set(found)
    assert listed.count("삼촌") + found.count("삼촌") >= 3  # the key and the ledger's lines
    assert "꼬마" in reached
    for nickname in ("오빠", "흰머리", "곰", "도"):
        assert nickname in reached, nickname


def test_an_80000_character_aligned_ledger_finds_names_at_its_end() -> None:
    row = "{:<6}{:<8}{:<10}{:<6}{}\r\n"
    names = ["김룡삼", "하승철", "유태성", "석준호", "박은철", "리영수"]
    lines = [row.format("번호", "성명", "직종", "공수", "실수령")]
    number = 0
    while sum(map(len, lines)) < 80_000:
        number += 1
        lines.append(row.format(number, names[number % len(names)], "목공", 30, 40000))
    text = "".join(lines)
    result = anonymize(text, [])
    assert len(text) >= 80_000
    assert "유태성" not in result.text[-2_000:]
    assert "목공" in result.text[-2_000:]


def test_prose_cut_at_its_commas_is_no_table_of_names() -> None:
    text = (
        "이름, 나이, 고향을 물었다.\r\n"
        "그는 대답하지 않았다, 한참 동안, 아무 말도.\r\n"
        "나는 다시 물었다, 천천히, 또박또박.\r\n"
        "Name, age, home town: he gave none of them,\r\n"
        "and the minder, standing by the door, laughed,\r\n"
        "so we wrote down nothing, not even a year.\r\n"
    )
    assert _found(text) == []


def test_a_bulletin_s_names_between_middle_dots_and_a_document_s_makers() -> None:
    text = (
        "■ 이달의 생일 (10월)\r\n"
        "김하람(3일) · 송미경(8일) · 안도현(11일) · 오정민(29일)\r\n"
        "감사: 김○○, 이정훈·조미란 가정, 노하은\r\n"
        "정치·경제·사회 분야의 사과·배·포도\r\n"
        "[작성: 부기원 심은주 / 정리 백소연, 2021. 3. / 번역자 한소율] 정리 방법을 바꿨다.\r\n"
        "Indexed by Natalie Brooks, checked by 한소율.\r\n"
    )
    found = _found(text)
    for name in ("김하람", "송미경", "안도현", "오정민", "이정훈", "조미란", "심은주", "백소연"):
        assert name in found, name
    assert found.count("한소율") == 2
    for word in ("정치", "경제", "사회", "사과", "포도", "방법", "정리"):
        assert not any(word in span for span in found), word
