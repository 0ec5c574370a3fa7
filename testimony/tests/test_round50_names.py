"""Round 50, from the misses and the public names touched in heldout56, measured blind on
heldout53, heldout54 and heldout57: a detected Cyrillic name's surname alone is no Hangul alias
(이라고 is a quotation), a one-letter Cyrillic word is a conjunction or a preposition, an
honorific is no Vietnamese family name, a sentence's end is no title's gap, a Vietnamese word of
address and the name after it, form labels that are no chat's speakers, Arabic form labels and
ranks, nicknames after a verb of calling, Korean credits and messages signed after a dash,
places after a Russian word for a place, agencies and adjectives in Cyrillic, a Russian paper's
surname before the name and patronymic, a transliteration in brackets, logins made of a name,
mail servers and message identifiers, a title before a surname and a comma, initials listed
after a staff role, Chinese names after a relation, quoted nicknames with a word for a name, a
province's short name before a city, and more places and public figures; and, in the second
part, from heldout57 (measured blind on heldout58): a login with the initial of a registered
name's other word, addresses masked or left out, a counsel's or an analyst's name, the other
items of a list of names, a Russian form's name fields, a surname before a gym's titles, a
Vietnamese full name with its marks, a voice actor, a Mongolian woman's name, and a branch, a
port and a city where one lives."""

from testimony.anonymize.detect import detect_names
from testimony.anonymize.redact import anonymize, assign_pseudonyms


def _detected(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def _anonymized(text: str, persons: list[dict] | None = None) -> str:
    registered = assign_pseudonyms(persons) if persons else []
    return anonymize(text, persons=registered, detect=True).text


def test_a_detected_cyrillic_surname_is_no_particle_or_conjunction() -> None:
    text = (
        "ЖУРНАЛ РЕГИСТРАЦИИ ПИСЕМ И ПОСЫЛОК\r\n"
        '1 | 03.03.2020 | письмо | подпись "Ли Мён Сик" (리명식)\r\n'
        '2 | 05.03.2020 | посылка | 내용: "잘 있다"이라고 적힘. 사본 없음.\r\n'
        "О себе сообщил немного.\r\n"
    )
    output = _anonymized(text)
    assert "Ли Мён Сик" not in output
    assert "리명식" not in output
    assert "ПИСЕМ И ПОСЫЛОК" in output
    assert '"잘 있다"이라고' in output
    assert "О себе" in output


def test_an_honorific_is_no_vietnamese_family_name() -> None:
    found = _detected(
        "통역 필요: 응우옌 씨는 오후에 옴. 베트남 동료 응우옌 반 투안 씨도 같은 처지."
    )
    assert "씨" not in found
    assert not any(word.endswith(" 씨") for word in found)
    assert "응우옌 반 투안" in found


def test_a_long_title_ending_a_sentence_opens_no_name() -> None:
    text = "Card from the class: Teacher Yi, you are my best teacher. I will never forget it.\n"
    output = _anonymized(text, [{"name": "Yi Mi-ran", "hangul": "이미란", "role": "teacher"}])
    assert "Teacher Yi" not in output
    assert "best teacher. I will never forget" in output


def test_a_two_letter_surname_ending_a_sentence_keeps_the_full_stop() -> None:
    text = "The hearing was adjourned, with the interpreter Grace Ha.\r\nNext date: 4 May.\r\n"
    output = _anonymized(text)
    assert "Grace Ha" not in output
    assert output.rstrip().split("\r\n")[0].endswith(".")


def test_thank_you_sister_in_chinese_is_no_surname() -> None:
    found = _detected("评论:\n郑玉顺: 谢谢姐姐 🌸\n王秀英: 谢谢!\n")
    assert not any(word.startswith("谢") for word in found)
    assert "郑玉顺" in found


def test_an_address_road_is_no_masked_name_and_a_worn_syllable_is() -> None:
    text = (
        "주소 경기도 안산시 ○○구 ○○로 ○○, ○○○호\r\n"
        "추모비 명단: 리광성 (1983-2016)   박☐호 (19☐☐-2015)\r\n"
        '- "박☐호"는 가운데 글자가 닳아 읽을 수 없음.\r\n'
    )
    found = _detected(text)
    assert "로 ○○" not in found
    assert "구 ○○" not in found
    assert found.count("박☐호") == 2


def test_a_vietnamese_word_of_address_and_the_name_after_it() -> None:
    text = (
        "The owner, chị Hà, phoned the embassy. Later Hà called a taxi to Hà Nội.\n"
        "Ghi chú: Chị Ri yêu cầu không ghi tên thật. Ông Long trả tiền mặt.\n"
    )
    found = _detected(text)
    assert found.count("Hà") == 2
    assert "Chị Ri" not in found
    assert "Ri" in found
    assert "Long" in found
    output = _anonymized(text)
    assert "Hà Nội" in output
    assert "Chị " in output
    assert "Ông " in output


def test_a_staff_members_title_stays_outside() -> None:
    output = _anonymized("Programme (prepared by Mrs Ju and the class of 2023)\n")
    assert "Mrs " in output
    assert "Ju and" not in output


def test_a_forms_labels_are_no_speakers() -> None:
    text = (
        "Chat 2024-02-11 01:12 UTC   Channel: website\r\n"
        "Visitor name (entered): Ko Myong-su\r\n"
        "[01:12:58] Visitor: myself. and my friend\r\n"
        "[01:13:02] BOT: Thank you. What would you like us to call you?\r\n"
        "[01:13:31] Visitor: Myong-su is ok\r\n"
        "Exam: CHEST PA\r\nDate of exam: 2024-04-18\r\nExam: LUMBAR SPINE\r\n"
    )
    found = _detected(text)
    assert "Visitor" not in found
    assert "Exam" not in found
    assert "Ko Myong-su" in found


def test_arabic_form_labels_stay_and_the_rank_stays_outside() -> None:
    text = (
        "قرار إبعاد إداري\n"
        "سبب الإبعاد: التغيب عن العمل - رقم الجواز: 7X4****1\n"
        "الضابط المسؤول: المقدم سالم عبدالله الرشيدي\n"
    )
    found = _detected(text)
    assert "سبب الإبعاد" not in found
    assert "رقم الجواز" not in found
    assert "سالم عبدالله الرشيدي" in found
    assert not any("المقدم" in word for word in found)


def test_nicknames_after_a_verb_of_calling() -> None:
    text = (
        'At the laundry we called her Auntie "Scissors" because she cut our hair. '
        'The foreman we called "the Goat". A young woman we will call "Blossom" hid in a van. '
        "In Leeds a man calling himself Terry offered us work.\n"
    )
    found = _detected(text)
    for name in ("Scissors", "Goat", "Blossom", "Terry"):
        assert name in found
    assert "Auntie" not in found


def test_korean_credits_and_a_message_signed_after_a_dash() -> None:
    text = (
        "■ 제작진\r\n작 제은솔 | 연출 권태형 | 조명 노수아\r\n"
        "[주문 메모 - 접수 남보라]\r\n"
        "- 선생님 덕분에 합격했어요. 꼭 자랑할게요 - 태식\r\n"
        "- 사랑해요 💕💕 - 다온\r\n"
        "- 수정했어요 - 완료\r\n"
    )
    found = _detected(text)
    for name in ("권태형", "남보라", "태식", "다온"):
        assert name in found
    assert "완료" not in found


def test_places_and_agencies_in_cyrillic_stay() -> None:
    text = (
        "2019-10-19 23:31 | Аэропорт Кневичи | Ольга Петровна | 1 450 ₽\r\n"
        "Проверено: специалист Роспотребнадзора Т. В. Гаврилова, 06.07.2018.\r\n"
        "3 | 19.04.2021 | Вх. | от Генерального консульства КНДР | письмо\r\n"
    )
    found = _detected(text)
    assert "Кневичи" not in found
    assert "Ольга Петровна" in found
    assert not any("Роспотребнадзора" in word for word in found)
    assert "Т. В. Гаврилова" in found
    assert "Генерального" not in found


def test_a_russian_papers_surname_name_and_patronymic_and_a_transliteration() -> None:
    text = (
        "Судебный пристав-исполнитель: Дьяченко Алина Игоревна\r\n"
        "Взыскатель: ИП Сафронов Павел Викторович\r\n"
        "[제보자 메모] 집주인 Сафронов(사프로노프) 씨한테는 돈을 안 줬어요.\r\n"
        "от Эмили Чо (Emily Cho), НКО\r\n"
    )
    found = _detected(text)
    assert "Дьяченко Алина Игоревна" in found
    assert "사프로노프" in found
    assert "Эмили Чо" in found


def test_a_login_made_of_a_name_and_no_mail_server_or_message_id() -> None:
    text = (
        "Received: from mail.protonmail.ch\r\n\tby mx.example-ngo.org with ESMTPS\r\n"
        "Message-ID: <a81f0c2e-77d1@protonmail.com>\r\n"
        "Caseworker: Aisha Rahman (arahman)\r\nReassigned to: arahman, 3 May\r\n"
    )
    found = _detected(text)
    assert found.count("arahman") == 2
    assert "mx.example-ngo.org" not in found
    assert "a81f0c2e-77d1" not in found


def test_a_surname_and_a_comma_after_a_title_and_an_advocate() -> None:
    text = (
        "Referring physician: Dr. Yoon, Ji-ho (Family Medicine)\r\n"
        "Referred to partner lawyer Adv. Koo on 2024-09-02.\r\n"
    )
    found = _detected(text)
    assert "Yoon, Ji-ho" in found
    assert "Koo" in found
    assert "Adv" not in found


def test_initials_listed_after_a_staff_role_and_again() -> None:
    text = (
        "Interview notes 24-071\nInterviewers: YJL, CK; no interpreter\n"
        "- CK to check the dates with the witness.\n"
    )
    assert _detected(text).count("CK") == 2


def test_chinese_names_after_a_relation_and_a_pair_with_others() -> None:
    found = _detected("兹证明张锦顺自2009年起与本村村民李万福共同生活,育有一女张美香(2011年生)。")
    assert "李万福" in found
    assert "张美香" in found
    assert "王秀英" in _detected("302 | 8 | 398.50 | 王秀英、李顺姬 等8人")


def test_quoted_nicknames_with_a_word_for_a_name_or_a_person() -> None:
    found = _detected(
        "\"언니를 빼내려면 '뚱보'라는 조선족 브로커에게 줘야 한다\"고 함. "
        '취사원 "털보"(본명 모름). 친구 중에 "갈매기"라는 별명의 친구가 있었다. '
        "'안쪽'이라는 뜻의 보통 단어."
    )
    for name in ("뚱보", "털보", "갈매기"):
        assert name in found
    assert "안쪽" not in found


def test_a_prosecutor_and_short_english_given_names() -> None:
    assert "강민철" in _detected('발신자는 자신을 "첨단범죄수사부 강민철 검사"라고 소개함.')
    found = _detected("It has been a full season and Dave and I want to thank you. Josh has grown.")
    assert "Dave" in found
    assert "Josh" in found


def test_more_places_and_public_figures_stay() -> None:
    text = (
        "She was taken by bus to a garment factory in Donggang, near the river.\r\n"
        "부를 노래: 나훈아의 「고향역」\r\n"
        "발신자는 자산을 금융감독원 안전계좌로 옮기라고 함. 위챗페이 결제 확인.\r\n"
    )
    found = _detected(text)
    for word in ("Donggang", "나훈아", "금융", "위챗페"):
        assert word not in found


def test_a_provinces_short_name_before_a_city_or_glossed() -> None:
    text = (
        "형 지경수 (경남 창원 거주 - 여기서 경남은 경상남도입니다). "
        "경남이를 아시는 분은 연락 주세요.\r\n"
    )
    output = _anonymized(text, [{"name": "Ji Kyong-nam", "hangul": "지경남", "aliases": ["경남"]}])
    assert "경남 창원 거주" in output
    assert "경남은 경상남도" in output
    assert "경남이를" not in output


def test_a_chief_officers_letter_and_a_ships_master() -> None:
    found = _detected("Master informed by C/O Andriy Shevchuk at 06:25. Master Wang agreed.")
    assert "C" not in found
    assert "Andriy Shevchuk" in found
    assert "Wang" in found
    assert "Master Wang" not in found


# Round 50, second part: from heldout57's misses and public mentions touched.


def test_a_login_with_the_initial_of_a_registered_names_other_word() -> None:
    text = "2.3 You received it on 17 June? E-mail g.whitlock@... to the office.\r\n"
    output = _anonymized(text, [{"name": "Graham Whitlock", "aliases": ["Whitlock"]}])
    assert "g." not in output.split("E-mail ")[1][:4]
    assert "whitlock" not in output.lower()


def test_an_address_masked_or_left_out_still_hides_its_local_part() -> None:
    found = _detected(
        "To: margaret.hill@***\nDear Margaret,\n"
        "Please contact the lawyer (sam.ahn@ - address supplied). Price: 20@ - each.\n"
    )
    assert "margaret.hill" in found
    assert "sam.ahn" in found
    assert "20" not in found


def test_a_counsels_or_an_analysts_name_after_the_label() -> None:
    found = _detected(
        "Claimant v. Sourcing Ltd\r\nCounsel: Amara Osei | Junior: Felix Lund\r\n"
        "Analyst: Ola Nilsen | Reviewed: Hae-won Cho\r\nScorer: Paddy Moran | Venue: a hall\r\n"
    )
    for name in ("Amara Osei", "Ola Nilsen", "Paddy Moran"):
        assert name in found


def test_the_other_items_of_a_list_of_names() -> None:
    text = (
        'Quiz night\nTable 1 "Kimchi Fridges": Kang Dong-hun, Kang Se-bin, Erin\n'
        'Table 3 "Quiz Khalifa": Daniel, Mo, Sunny Lim, Bex\n'
        "Shore passes (6 persons): Paek, Rim, Song, Chae, Kil, Ju      180\n"
        "Countries: Korea, China, Russia\n"
    )
    found = _detected(text)
    for name in ("Erin", "Mo", "Bex", "Rim", "Song", "Kil", "Ju"):
        assert name in found
    for place in ("Korea", "China", "Russia"):
        assert place not in found


def test_a_russian_forms_name_fields() -> None:
    found = _detected("Фамилия: Ли\r\nИмя: Гван Ир\r\nОтчество: -\r\nДата рождения: 12.03.1985\r\n")
    assert "Ли" in found
    assert "Гван Ир" in found


def test_a_surname_before_a_gyms_or_a_clubs_title() -> None:
    text = (
        "- 신청 1 진승호 회원님은 매니저 승인 필요. 오 매니저 7/1 결재. 진 회원님 PT 6회 보존.\r\n"
    )
    output = _anonymized(text, [{"name": "Jin Sung-ho", "hangul": "진승호"}])
    assert "진 회원님" not in output
    assert "오 매니저" not in output
    assert "진승호" not in output


def test_a_vietnamese_full_name_written_with_its_marks() -> None:
    found = _detected(
        "Interview by Lê Minh Châu, Hanoi, 2022; English by Đỗ Thu Trang.\n"
        "Hôm sau cả nhóm đi Lăng Chủ tịch Hồ Chí Minh rồi Hồ Tây, phố Lê Lợi.\n"
    )
    assert "Lê Minh Châu" in found
    assert "Đỗ Thu Trang" in found
    assert not any(word.startswith(("Hồ", "Lê Lợi")) for word in found)


def test_a_voice_actor_and_a_mongolian_womans_name() -> None:
    found = _detected(
        "식당 아주머니 | 나타샤 | 성우 권민지 |\r\n0518-01 | Bayarmaa | 외국인등록 | 3×4\r\n"
    )
    assert "권민지" in found
    assert "Bayarmaa" in found


def test_a_branch_a_port_and_a_city_where_one_lives_stay() -> None:
    text = (
        "회원 일시정지 신청서 - ○○피트니스 노원점\r\n장소: 안흥항 → 선상 낚시\r\n"
        "- 나중에 한국 와서 성남에 살게 됐는데 이름이 성남이라 다들 웃음. 성남이는 잘 지냄.\r\n"
    )
    found = _detected(text)
    assert "노원점" not in found
    assert "안흥항" not in found
    output = _anonymized(text, [{"name": "Jong Song-nam", "hangul": "정성남", "aliases": ["성남"]}])
    assert "와서 성남에 살게" in output
    assert "성남이는" not in output


def test_a_registered_name_with_a_digit_a_scan_would_misread_is_still_found() -> None:
    # The text is matched on its folded copy, which reads a 0 or a 1 inside a word as a letter
    # (a scan's "Ha11iday"); a name registered with such digits went unmatched and unredacted.
    name = "Rim Uniqueee0a0ecadc"
    text = f"The minder took the passport of {name}.\r\nLater Rim said he was ill.\r\n"
    output = _anonymized(text, [{"name": name, "hangul": "림가나다"}])
    assert "Unique" not in output
    assert "Rim" not in output
