"""Registered foreign names in the forms testimonies write them: a Polish foreman, a Russian
broker or a Czech doctor registered (or detected) under a name that Polish, Russian or Czech
declines is found in every case ("Malinowskiego", "Jurkiem", "Sergeya Ivanova"); a name
written with a letter Unicode does not decompose (Paweł, Łukasz) is found as registered; a
foreign name's words alone and with initials ("Olga Belova" of Olga Sergeyevna Belova,
"D. Wiśniewska", "Andrzej M.", "Rodel B. Santos") leave no part behind."""

import json

from django.core.management import call_command

from testimony.anonymize.names.declension import declined_forms
from testimony.anonymize.names.forms import is_foreign_name
from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson


def _person(key: str, name: str, pseudonym: str, *aliases: str) -> RegisteredPerson:
    return RegisteredPerson(key, name, pseudonym, aliases=aliases, role="supervisor")


def test_a_registered_polish_foreman_in_every_case_and_by_his_nickname() -> None:
    foreman = _person("p1", "Jerzy Malinowski", "Supervisor A", "Jurek")
    text = (
        "The foreman, Jerzy Malinowski, kept our passports.\r\n\r\n"
        "Nobody dared ask Malinowskiego about wages. Z Jurkiem nikt nie rozmawiał.\r\n"
        "Pisaliśmy do Jerzego Malinowskiego dwa razy; Malinowskiemu to nie przeszkadzało.\r\n"
    )
    result = anonymize(text, [foreman])
    for form in ("Malinowsk", "Jurk", "Jerz"):
        assert form not in result.text, form
    # The first name and the surname in the same case are one mention, one pseudonym.
    assert "Pisaliśmy do Supervisor A dwa razy; Supervisor A to nie" in result.text
    reasons = {span.text: span.reason for span in result.spans}
    assert "case form of the name" in reasons["Jurkiem"]


def test_russian_and_czech_case_forms_of_registered_persons() -> None:
    broker = _person("p1", "Sergei Ivanov", "Person B")
    doctor = _person("p2", "Anna Nováková", "Person C")
    text = (
        "Со слов рабочих: the money went to Sergeya Ivanova, and Ivanovu nobody trusted.\n"
        "Zprávu podepsala MUDr. Anna Nováková; s Novákovou jsme nemluvili.\n"
    )
    result = anonymize(text, [broker, doctor])
    for word in ("Sergey", "Ivanov", "Novákov"):
        assert word not in result.text, word


def test_a_name_with_a_polish_l_is_found_as_registered() -> None:
    persons = [
        _person("p1", "Paweł Kowalczyk", "Supervisor A"),
        _person("p2", "Łukasz Zieliński", "Person B"),
    ]
    text = "Paweł Kowalczyk came with Łukasz. Pawła nikt nie lubił; Zielińskim we spoke once."
    result = anonymize(text, persons)
    assert result.text == (
        "Supervisor A came with Person B. Supervisor A nikt nie lubił; Person B we spoke once."
    )


def test_a_detected_foreign_surname_in_another_case() -> None:
    result = anonymize("The broker Jan Wiśniewski met us. Nobody argued with Wiśniewskim.", [])
    assert "Wiśniewsk" not in result.text


def test_korean_names_and_small_letters_are_left_as_they_are() -> None:
    # A Korean name takes no Polish endings: "Parka" is a coat, not Park Ji-woo.
    assert not is_foreign_name("Park Ji-woo")
    assert not is_foreign_name("Chol-min Rim")
    assert is_foreign_name("Jerzy Malinowski")
    result = anonymize("Park Ji-woo wore a Parka.", [_person("p1", "Park Ji-woo", "Witness A")])
    assert result.text == "Witness A wore a Parka."
    # A surname that is a word (kowal, a smith) is the word in small letters.
    smith = _person("p1", "Adam Kowal", "Person A")
    result = anonymize("Adam Kowal came. U kowala we waited; Kowala we paid.", [smith])
    assert result.text == "Person A came. U kowala we waited; Person A we paid."


def test_case_forms_from_the_grammars() -> None:
    assert {"Malinowskiego", "Malinowskiemu", "Malinowskim"} <= declined_forms("Malinowski")
    assert {"Malinowskiej", "Malinowską"} <= declined_forms("Malinowska")
    assert {"Jurka", "Jurkowi", "Jurkiem"} <= declined_forms("Jurek")
    assert {"Jerzego", "Jerzemu", "Jerzym"} <= declined_forms("Jerzy")
    assert {"Sergeya", "Sergeyu", "Sergeem"} <= declined_forms("Sergei")
    assert {"Ivanova", "Ivanovu", "Ivanovym"} <= declined_forms("Ivanov")
    assert {"Petrovoy", "Petrovu"} <= declined_forms("Petrova")
    assert {"Nováka", "Novákovi", "Novákem"} <= declined_forms("Novák")
    assert {"Pawła", "Pawłowi", "Pawłem"} <= declined_forms("Paweł")
    # Too short to decline safely, or not a word of letters.
    assert declined_forms("Ali") == frozenset()
    assert declined_forms("R2D2") == frozenset()
    assert declined_forms("محمد") == frozenset()


def test_the_command_line_finds_case_forms(tmp_path) -> None:
    text_file = tmp_path / "note.txt"
    text_file.write_text(
        "Jerzy Malinowski signed.\r\nWe asked Malinowskiego.\r\n", encoding="utf-8"
    )
    persons = tmp_path / "persons.json"
    persons.write_text(json.dumps([{"name": "Jerzy Malinowski", "role": "supervisor"}]))
    out = tmp_path / "out.json"
    with out.open("w", encoding="utf-8") as stream:
        call_command(
            "anonymize_text", str(text_file), persons=str(persons), format="json", stdout=stream
        )
    result = json.loads(out.read_text(encoding="utf-8"))
    assert "Malinowsk" not in result["text"]
    assert [span["text"] for span in result["spans"]] == ["Jerzy Malinowski", "Malinowskiego"]


def test_a_foreign_name_with_initials_or_without_its_middle_name_leaves_no_part() -> None:
    persons = [
        RegisteredPerson("p1", "Andrzej M.", "Supervisor A", aliases=("Andrzej",)),
        RegisteredPerson("p2", "D. Wiśniewska", "Person B", aliases=("Wiśniewska",)),
        RegisteredPerson("p3", "Michael Harrow", "Person C", aliases=("Harrow",)),
        RegisteredPerson("p4", "Olga Sergeyevna Belova", "Person D", aliases=("Olga",)),
        RegisteredPerson("p5", "Rodel Santos", "Person E", aliases=("Rodel",)),
        RegisteredPerson("p6", "Agus Setiawan", "Co-worker F", aliases=("Agus",)),
        RegisteredPerson("p7", "Tatiana Viktorovna Petrova", "Person G"),
    ]
    text = (
        "Signed: Andrzej M. (foreman). Witness: D. Wiśniewska, nurse.\r\n"
        "Report by M. Harrow. Olga Belova and RODEL B. SANTOS were present;\r\n"
        "Agus S later confirmed it. Michael J. Harrow agreed. I confirm my words. T. V. Petrova"
    )
    result = anonymize(text, persons)
    assert result.text == (
        "Signed: Supervisor A (foreman). Witness: Person B, nurse.\r\n"
        "Report by Person C. Person D and Person E were present;\r\n"
        "Co-worker F later confirmed it. Person C agreed. I confirm my words. Person G"
    )


def test_initials_that_are_words_and_other_names_stay() -> None:
    persons = [RegisteredPerson("p1", "Anna Kowalska", "Person A", role="coworker")]
    # "A" and "I" without a full stop are the article and the pronoun; an initial that is no
    # letter of the name is another person's.
    result = anonymize("Kowalska A lot of work. Then I Kowalska. P. Kowalska", persons)
    assert result.text.startswith("Person A A lot of work. Then I Person A. ")
    registered = [span.text for span in result.spans if span.source == "registered"]
    assert registered[:2] == ["Kowalska", "Kowalska"]
    assert "P. Kowalska" not in registered
    assert "Kowalska" not in result.text
    # Another person who shares a word of the name keeps the rest for the detector.
    persons = [RegisteredPerson("p1", "Zhao Guoqing", "Person A", aliases=("老赵",))]
    result = anonymize("Zhao Guoqing came. Kevin Zhao: 别发这些", persons)
    assert "Kevin" not in result.text


def test_a_detected_russian_name_in_cyrillic_alone_and_in_its_cases() -> None:
    text = (
        "Участок: 34 квартал | Механик: Тарасов Г. Д.\n"
        "03.02.16 | 07 | замена цепи | Тарасов\n"
        "Инструктаж проведён при Тарасове. Пропуск подписи у Тарасова.\n"
        "Signature: Лысенко П. В. | Лысенко\n"
    )
    result = anonymize(text, [])
    assert "Тарасов" not in result.text
    # A name in -o does not decline; written alone it is still the name.
    assert "Лысенко" not in result.text
    assert {"Тарасова", "Тарасову", "Тарасовым"} <= declined_forms("Тарасов")
    assert declined_forms("Лысенко") == frozenset()
    assert {"Наташи", "Наташе"} <= declined_forms("Наташа")
    assert {"Сергея", "Сергеем"} <= declined_forms("Сергей")
