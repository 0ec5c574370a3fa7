"""Round 42, from the misses of heldout46, measured blind on heldout47 and heldout48: the
names a meeting's minutes list, reviewers' initials labelling their comments, and a surname
alone in an e-mail reply whose person is named in full in the message it quotes below."""

from testimony.anonymize.detect import detect_names
from testimony.anonymize.redact import anonymize
from testimony.anonymize.spans import RegisteredPerson


def _detected(text: str) -> list[str]:
    return [span.text for span in detect_names(text)]


def test_the_names_a_meetings_minutes_list_and_their_initials() -> None:
    text = (
        "CASE MEETING - MINUTES\r\n"
        "Present: Esther Lim, Hye-won, Joon (by phone)\r\n"
        "Apologies: Dr Aziz\r\n"
        "참석: 김민지, 완료\r\n"
        "\r\n"
        "| # | Name | Lead |\r\n"
        "| 1 | (withdrawn) | HW |\r\n"
    )
    found = _detected(text)
    for name in ("Hye-won", "Joon", "Aziz", "김민지", "HW"):
        assert name in found, name
    assert "완료" not in found
    assert "Dr Aziz" not in found  # the title stays, as everywhere
    # Teams, bodies, nobody: no names.
    for line in (
        "Present: Legal Team, all staff\n",
        "Apologies: none\n",
        "Chair: Board of Trustees\n",
        "Present: Seoul office\n",
    ):
        assert _detected(line) == [], line


def test_reviewers_initials_labelling_their_comments() -> None:
    text = (
        'Reviewer comments - draft v2\n\n[JP] Para 1: "Son and her son" - confusing.\n'
        "  → [SK] 아니요, 원문은 손님들. Fixed.\n"
        "[JP] Para 2: keep one form. Ask SK.\n"
        "[Comment 1] MK: p.2, para 3 - do we know the month?\n"
        "  Reply TS: December; I'll add it.\n"
    )
    found = _detected(text)
    assert found.count("JP") == 2
    assert found.count("SK") == 2  # its label and its mention
    assert "MK" in found
    assert "TS" in found
    # A translator's language labels are no one's initials; one bracket alone is no label.
    assert _detected("[EN] hello\n[KO] 안녕하세요\n") == []
    assert _detected("[OK] done\nThat's all.") == []


def test_a_surname_alone_in_a_reply_above_the_quoted_message_naming_the_person() -> None:
    witness = RegisteredPerson(key="p1", name="Yu Chang-ho", pseudonym="Witness A", hangul="유창호")
    text = (
        "Subject: Re: wage claim\r\n\r\nHi Mona,\r\n\r\nThanks. Yu confirmed the figures by "
        "phone this morning.\r\n\r\nBest,\r\nSarah\r\n\r\n> From: m.haddad@example.org\r\n"
        "> Sarah - can you ask Mr Yu Chang-ho whether the employer kept his passport?\r\n"
    )
    result = anonymize(text, [witness])
    assert "Yu" not in result.text
    assert "Witness A confirmed" in result.text
    # Without a quoted message below, a surname that is also a word still waits for the name.
    alone = "Thanks. Yu confirmed the figures.\r\nLater: Yu Chang-ho called.\r\n"
    assert anonymize(alone, [witness]).text.startswith("Thanks. Yu confirmed")
