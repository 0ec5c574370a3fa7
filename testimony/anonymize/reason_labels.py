"""The reason of a proposal or a listed item, in the reader's language.

The finders compose most reasons at run time ("registered: surname alone, subject of 'said'
of Witness A", "looks like a name (statistical recogniser, score 0.93)"), and code reads them
back ("initials" in a reason, `redact.patterns.PARTS_ALONE`), so they stay English where they
are made. This module translates them only for display: a reason is cut where the finders
join it (the "; " between findings, "registered: ... of ...", the clauses after a comma, the
persons after " of ", " or "), each piece goes through gettext, and what the reason carries
from the text or the registry - a quoted word, a name, a pseudonym, a score, a Hanja
surname - stays as written. A piece with no translation stays English, so nothing is lost;
in English the reason is returned unchanged.
"""

import re

from django.utils.translation import get_language, gettext, gettext_noop

from testimony.anonymize.redact.patterns import DETECTED_PREFIX, REVIEWER_PREFIX

# The frames the finders build, in their English form (marked for translation here).
REGISTERED = gettext_noop("registered: %(what)s of %(who)s")
OF_PERSON = gettext_noop("%(what)s of %(who)s")
EITHER = gettext_noop("%(one)s or %(other)s")
DETECTED_NAME = gettext_noop("the detected name '%(name)s'")
REVIEWER_NAME = gettext_noop("the name a reviewer redacted '%(name)s'")
OTHER_PERSONS = gettext_noop("%(count)s other registered persons")
PART_ALONE = gettext_noop("part of %(who)s standing alone")
WRITTEN_AGAIN = gettext_noop("%(who)s, written again")
SHARED_WITH_FIGURE = gettext_noop(
    "the public figure %(figure)s in this text has it too: check who is meant"
)
RECOGNISER_SCORE = gettext_noop("looks like a name (statistical recogniser, score %(score)s)")
HANJA_NAME = gettext_noop("name in Hanja (surname %(surname)s)")
QUOTED_WORD = "'%(word)s'"


# The pieces the finders compose reasons from, and their reasons that no other module marks for
# translation (detect/words.py, redact/): a piece the finders add needs its line here and in
# locale/ko, or Korean readers see it in English (testimony/tests/test_reason_labels.py).
QUOTED_WORD_CLAUSES = (
    gettext_noop("subject of '%(word)s'"),
    gettext_noop("after '%(word)s'"),
    gettext_noop("before '%(word)s'"),
    gettext_noop("surname after the title '%(word)s'"),
    gettext_noop("initial of the surname after the title '%(word)s'"),
    gettext_noop("Hangul surname alone after '%(word)s'"),
    gettext_noop("Hangul surname in the nickname '%(word)s'"),
)
CLAUSES = (
    gettext_noop("full name"),
    gettext_noop("given name"),
    gettext_noop("given name after another surname"),
    gettext_noop("surname alone"),
    gettext_noop("one-syllable given name"),
    gettext_noop("alias"),
    gettext_noop("alias as written"),
    gettext_noop("alias as written (one word)"),
    gettext_noop("case form of the name"),
    gettext_noop("word of a foreign name"),
    gettext_noop("foreign name with initials"),
    gettext_noop("Hangul name glued to a word"),
    gettext_noop("initials"),
    gettext_noop("initials after a title"),
    gettext_noop("initials in capitals, with the full name"),
    gettext_noop("initials of the given name and the surname"),
    gettext_noop("surname and the initials of the given name"),
    gettext_noop("initial of the surname"),
    gettext_noop("initial signing a letter"),
    gettext_noop("surname before a Korean title"),
    gettext_noop("full name with its syllables apart"),
    gettext_noop("full name with a syllable masked"),
    gettext_noop("surname and initials in a login or file name"),
    gettext_noop("given name in a login or file name"),
    gettext_noop("surname with the given name's initials"),
    gettext_noop("Chinese form of address"),
    gettext_noop("given name alone in Chinese characters"),
    gettext_noop("surname with a Polish case ending"),
    gettext_noop("surname in a login or file name"),
    gettext_noop("full name as a passport or a booking writes it"),
    gettext_noop("surname or given name in capitals labelling a speaker"),
    gettext_noop("in lower case"),
    gettext_noop("possessive"),
    gettext_noop("quoted"),
    gettext_noop("capitalised mid-sentence"),
    gettext_noop("in capitals among small letters"),
    gettext_noop("rarely an English word"),
    gettext_noop("surname beside it in a login or address"),
    gettext_noop("initial of the name beside it in a login or address"),
    gettext_noop("the surname's initial after it"),
    gettext_noop("the given name's initials after it"),
    gettext_noop("the initials before it"),
    gettext_noop("explained"),
    gettext_noop("after the full name"),
    gettext_noop("after the full Hanja name"),
    gettext_noop("the same name in brackets after it"),
    gettext_noop("before a dash"),
    gettext_noop("the name people called"),
    gettext_noop("called out in a quotation"),
    gettext_noop("before an apposition"),
    gettext_noop("one of two subjects"),
    gettext_noop("speaker's label of a chat"),
    gettext_noop("asked who he or she is"),
    gettext_noop("subject of a verb of speaking"),
    gettext_noop("Hangul name"),
    gettext_noop("Hangul alias"),
    gettext_noop("Hangul given name"),
    gettext_noop("Hangul initials"),
    gettext_noop("Hangul surname alone"),
    gettext_noop("Hangul surname alone before a particle"),
    gettext_noop("Hangul surname alone as a word"),
    gettext_noop("Hangul surname labelling a speaker"),
    gettext_noop("Hangul surname before a title"),
    gettext_noop("Hangul surname before a title broken off"),
    gettext_noop("Hangul surname with the suffix 가"),
    gettext_noop("Hangul surname alone in quotation marks"),
    gettext_noop("Hangul surname glossing the full name before it"),
    gettext_noop("one-syllable Hangul given name before a particle"),
    gettext_noop("Hanja surname alone"),
    gettext_noop("Hanja surname before a Chinese title"),
    gettext_noop("name in Cyrillic letters"),
    gettext_noop("name typed with the keyboard in Latin mode"),
    gettext_noop("surname and initials in Cyrillic letters"),
    gettext_noop("Cyrillic surname alone"),
    gettext_noop("Cyrillic given name alone"),
    gettext_noop("quoted Cyrillic surname alone"),
    gettext_noop("added by a reviewer"),
)
DETECTOR_REASONS = (
    gettext_noop("Korean surname followed by a given name"),
    gettext_noop("hyphenated given name followed by a Korean surname"),
    gettext_noop("hyphenated Korean given name alone ('Kyung-ho', 'Seo-yeon')"),
    gettext_noop("name joined to the father's by bin, binti or anak ('Siti binti Ahmad')"),
    gettext_noop(
        "nickname in quotes in brackets after a detected name ('Bikash (called \"Bikky\")')"
    ),
    gettext_noop("Korean given name written as one word before its surname ('Yuna Park')"),
    gettext_noop("name in a family-tracing file (a GEDCOM record's NAME, GIVN or SURN line)"),
    gettext_noop("Hangul given name a message calls or pairs ('은혜야 생일 축하해', '정훈♡소라')"),
    gettext_noop(
        "code name set equal to a detected name ('KESTREL = Ri Jun-ho'), and the same elsewhere"
    ),
    gettext_noop("title followed by a name"),
    gettext_noop("introduced as 'a man named ...'"),
    gettext_noop("Hangul name followed by an honorific or title"),
    gettext_noop("Hangul full name whose given name ends in 형 (박준형), not a brother's"),
    gettext_noop(
        "Hangul given name with the affectionate 이 before a particle "
        "(정학이가: no word takes 이가)"
    ),
    gettext_noop("Hangul name followed by a particle"),
    gettext_noop("Hangul name after a title"),
    gettext_noop("Hangul name introduced by '이름은' or '라는'"),
    gettext_noop("Hangul surname followed by an honorific"),
    gettext_noop("Hangul name in brackets beside a detected name"),
    gettext_noop("Hangul name set equal to a detected name ('Пак Ир Су = 박일수')"),
    gettext_noop("Hangul name before its romanization in brackets ('박철수 (Pak Chol-su)')"),
    gettext_noop(
        "surname, a comma, then the given name or initials, as lists and citations write them "
        "('PAEK, UN CHOL', 'Lee, S.-H.')"
    ),
    gettext_noop("Hangul name standing alone in English text"),
    gettext_noop("Hangul surname after 큰 or 작은 (a nickname)"),
    gettext_noop("surname after Old, Big or Little (a nickname: Old Sun, Big Jo)"),
    gettext_noop("Hangul name read by the Korean analyser, before a particle or honorific"),
    gettext_noop(
        "common foreign given name (built-in lists: Russian, Polish, Mongolian, African, "
        "Arabic, Spanish, Japanese, French, Southeast Asian, English ...)"
    ),
    gettext_noop("Arabic name after Abu or Umm (father or mother of ...)"),
    gettext_noop(
        "name after a first name written short ('Md. Rubel Hossain', 'Ma. Cristina Reyes')"
    ),
    gettext_noop("Filipino surname with its particle ('Dela Cruz', 'DELOS SANTOS, Ana')"),
    gettext_noop("Russian patronymic (-ovich, -ovna ...), with the given name before it"),
    gettext_noop("Burmese name (U, Daw ... and Burmese name elements)"),
    gettext_noop("Chinese surname followed by a given name (pinyin or characters)"),
    gettext_noop("Chinese surname with a title, or called by it, in a Chinese sentence"),
    gettext_noop(
        "a staff member's initials, from the minutes' list of those present or their spelling out"
    ),
    gettext_noop("name in a meeting's list of those present, absent or taking the minutes"),
    gettext_noop("initials in capitals signing a note on its last line"),
    gettext_noop("initials in capitals of a name the text writes in full ('David Cho ... DC')"),
    gettext_noop(
        "initials in capitals after 'checked by', 'Proofreading:' or signing a note"
        " ('checked by YK', '(EL)'), and the same elsewhere"
    ),
    gettext_noop("name in small letters before a word of address ('anjali didi', 'minho hyung')"),
    gettext_noop(
        "initials with full stops after a person's role or signing a note ('the witness G.B.')"
    ),
    gettext_noop(
        "given name with its surname cut to a letter ('Zbigniew K.') or surname and initial"
        " after a rank ('Inspector Belousov A.')"
    ),
    gettext_noop("local part of an e-mail address (the name before the @)"),
    gettext_noop(
        "a user's handle after its @ ('@naeil_hope') or a login after 'by' ('by hjlee')"
        " and the same elsewhere"
    ),
    gettext_noop("Mongolian name after the father's initial ('O.Sükhbaatar', 'Б.Батболд')"),
    gettext_noop("in a table's column of names or logins"),
    gettext_noop("signature in a table's column of signatures ('확인', 'Sign')"),
    gettext_noop("signature after its label ('Signed: Choe / Jang', '서명: 표철남')"),
    gettext_noop("a child's name naming a parent in a roster's cell ('| 도윤 아빠 |')"),
    gettext_noop(
        "name in a contact card (the N or NICKNAME field of a vCard), and the same in the card"
    ),
    gettext_noop("a login made of an initial and a surname ('d.kuzmenko', 'j.park')"),
    gettext_noop(
        "author of a comment in a thread ('두만강물 | 02.17 22:05', 'marco-b commented'),"
        " and the same elsewhere"
    ),
    gettext_noop(
        "Korean name with its syllables written apart, before a seal or a signature or in a"
        " table's cell"
    ),
    gettext_noop(
        "name as a passport's machine-readable zone or a booking prints it"
        " ('KIM<<CHOL<MIN', 'KIM/CHOLUNG MR')"
    ),
    gettext_noop(
        "name followed by its initials or a login in brackets ('Mark Ellison (ME)',"
        " 'hkwak (Kwak Hye-rin)'), and those initials or that login elsewhere"
    ),
    gettext_noop("Chinese surname character alone, before a title or in brackets after a name"),
    gettext_noop("capitalised Cyrillic name"),
    gettext_noop(
        "Japanese surname with a given name or an honorific, in characters or letters"
        " (山田 恵子, 佐藤先生), and the surname elsewhere"
    ),
    gettext_noop(
        "Chinese name after a form's label or speaking in a chat (门卫：李, 阿强: ...),"
        " and the same elsewhere"
    ),
    gettext_noop("Korean surname in Cyrillic followed by a given name"),
    gettext_noop("name before a Korean honorific (Ryu 반장, Han dongmu)"),
    gettext_noop("Russian, Polish or Czech surname ending (-ov, -ova, -ski ...)"),
    gettext_noop("Hangul given name after a word of kinship, before a particle"),
    gettext_noop("name between commas after a noun for a person ('a driver, X,')"),
    gettext_noop("bare Hangul name ending a sentence or after a colon"),
    gettext_noop(
        "Hangul full name with a note in brackets after it: years, an age, a part or another"
        " script's spelling"
        " (박은철(2018년 탈북), 이다인(통역))"
    ),
    gettext_noop("bare Hangul name in a table's cell, or after a role in a roster"),
    gettext_noop("Hangul name in a list of names (commas, a numbered line)"),
    gettext_noop("bare Hangul name after a word for a role (면담자 정수아 /, 변호인(여민정):)"),
    gettext_noop("Hangul full name after a word of kinship (부인 허옥경에게, 형 도철만)"),
    gettext_noop("Hangul given name with the full name in brackets (은주(조은주))"),
    gettext_noop("Hangul surname alone as a form's field (승인: 염, 서명: 박 /)"),
    gettext_noop("other mention of a name found after a title (Mr. Ho ... I only know Ho)"),
    gettext_noop('Korean given name alone in quotes ("Chol-su")'),
    gettext_noop("Hangul surname glossed by its romanization in brackets (최 (Choe))"),
    gettext_noop("name in Cyrillic in brackets beside a detected name"),
    gettext_noop("name in Thai or Arabic script in brackets beside a detected name"),
    gettext_noop(
        "name in Latin letters with its spelling in Thai, Lao, Khmer or Burmese script in brackets"
        " (Noi (น้อย))"
    ),
    gettext_noop("Korean given name after 'Tell' or 'Ask' in a letter (Tell Hyang to ...)"),
    gettext_noop("Korean surname after 'surnamed' (a driver surnamed Do)"),
    gettext_noop(
        "Hangul name after a nationality and a noun for a person (인도네시아 선원 부디와)"
    ),
    gettext_noop("name after a word for a job or relation ('accountant Yu', 'Hyon the minder')"),
    gettext_noop(
        "Korean surname alone where a person stands ('Seo from the embassy', '5. Baek -')"
    ),
    gettext_noop("Korean name typed in lower case ('boss is chang il bom')"),
    gettext_noop(
        "speaker of a chat or transcript ('minji: morning all'), and the same word elsewhere"
    ),
    gettext_noop("joined, left or was invited to a chat ('빈성호님이 들어왔습니다')"),
    gettext_noop("three initials with full stops ('K. M. S.')"),
    gettext_noop("surname with initials ('A. P. Orlov', 'Petrova E. V.')"),
    gettext_noop("surname before a masked or withheld given name (전○○, 전 모 씨)"),
    gettext_noop("Hangul name with a syllable masked or cut to its consonant (김*수, 명ㅇㅎ)"),
    gettext_noop("Hangul full name with its surname alone in brackets (백승아(이하 백))"),
    gettext_noop("what a person was called, in quotation marks ('여우'라고 불렀어요)"),
    gettext_noop(
        "name after a Vietnamese word of address ('chị Hà', 'Ông Long'), and the same elsewhere"
    ),
    gettext_noop(
        "name in a list whose other items are names found ('Table 3: Daniel, Mo, Sunny Lim, Bex')"
    ),
    gettext_noop("a Korean name's three initial consonants standing alone (ㄱㅁㅎ, 기록 ㅍㅈㅅ)"),
    gettext_noop("two to four words in Arabic script, as Gulf papers write a name"),
    gettext_noop("name after 'Interviewer:', 'Translated by', '번역:' (the case's own staff)"),
    gettext_noop("name signing a letter or an e-mail (Regards, / Best, and a name alone)"),
    gettext_noop("Hangul given name of a name found in Latin letters (Ji-won ... 지원 씨)"),
    gettext_noop("syllables the Korean analyser reads apart, before an honorific"),
)

# A quoted word from the text ends at a quote not followed by a letter: 'O'Brien' is one. A
# name a finder quotes may hold a line break (a name wrapped onto the next line): every pattern
# that reads a quoted name lets `.` match it (DOTALL).
_QUOTED_RE = re.compile(r"'(.+?)'(?![A-Za-z])", re.DOTALL)
_LABEL_RE = re.compile(
    rf"^(?:(?P<detected>{re.escape(DETECTED_PREFIX)})|(?P<reviewer>{re.escape(REVIEWER_PREFIX)}))"
    r" '(?P<name>.+)'$",
    re.DOTALL,
)
_OTHERS_RE = re.compile(r"^(?P<count>\d+) other registered persons$")
# One person of "A or B or C": a name a finder quotes may hold " or " only inside its quotes.
_PERSON_RE = re.compile(
    rf"(?:^| or )(?P<person>(?:{re.escape(DETECTED_PREFIX)}|{re.escape(REVIEWER_PREFIX)})"
    r" '.*?'(?= or |$)|.+?(?= or |$))",
    re.DOTALL,
)
# The persons a detector's finding points at begin at the first of these.
_DETECTED_OF_RE = re.compile(
    rf" of (?={re.escape(DETECTED_PREFIX)} '|{re.escape(REVIEWER_PREFIX)} ')"
)
_PART_ALONE_RE = re.compile(r"^part of (?P<who>.+) standing alone$", re.DOTALL)
_WRITTEN_AGAIN_RE = re.compile(r"^(?P<who>.+), written again$", re.DOTALL)
_SHARED_RE = re.compile(
    r"^the public figure (?P<figure>.+) in this text has it too: check who is meant$", re.DOTALL
)
_SCORE_RE = re.compile(
    r"^looks like a name \(statistical recogniser, score (?P<score>\d+(?:\.\d+)?)\)$"
)
_HANJA_RE = re.compile(r"^name in Hanja \(surname (?P<surname>\S+)\)$")


def reason_label(reason: str) -> str:
    """`reason` in the active language; unchanged in English."""
    language = get_language() or "en"
    if not reason or language.split("-")[0] == "en":
        return reason
    translated = gettext(reason)
    if translated != reason:
        return translated
    return "; ".join(_finding(part) for part in reason.split("; "))


def _finding(text: str) -> str:
    translated = gettext(text)
    if translated != text:
        return translated
    if text.startswith("registered: "):
        what, separator, who = text[len("registered: ") :].rpartition(" of ")
        if separator:
            return gettext(REGISTERED) % {"what": _clauses(what), "who": _persons(who)}
    if match := _SHARED_RE.match(text):
        return gettext(SHARED_WITH_FIGURE) % {"figure": match["figure"]}
    if match := _PART_ALONE_RE.match(text):
        return gettext(PART_ALONE) % {"who": _persons(match["who"])}
    if match := _WRITTEN_AGAIN_RE.match(text):
        return gettext(WRITTEN_AGAIN) % {"who": _persons(match["who"])}
    if match := _DETECTED_OF_RE.search(text):
        return gettext(OF_PERSON) % {
            "what": _clauses(text[: match.start()]),
            "who": _persons(text[match.end() :]),
        }
    return _clauses(text)


def _persons(text: str) -> str:
    """ "Relative 1 or Witness A", "the detected name 'Kim Chol' or 2 other registered
    persons": pseudonyms stay as they are, the words around names are translated."""
    labels = [_person(match["person"]) for match in _PERSON_RE.finditer(text)]
    if not labels:
        return text
    joined = labels[0]
    for label in labels[1:]:
        joined = gettext(EITHER) % {"one": joined, "other": label}
    return joined


def _person(text: str) -> str:
    if match := _LABEL_RE.match(text):
        frame = DETECTED_NAME if match["detected"] else REVIEWER_NAME
        return gettext(frame) % {"name": match["name"]}
    if match := _OTHERS_RE.match(text):
        return gettext(OTHER_PERSONS) % {"count": match["count"]}
    return text  # a pseudonym: written as the redacted text shows it


def _clauses(text: str) -> str:
    """ "surname alone, subject of 'said', after the full name": the longest run of clauses
    with a translation first, since some reasons hold a comma themselves."""
    clauses = text.split(", ")
    labels = []
    start = 0
    while start < len(clauses):
        for end in range(len(clauses), start, -1):
            label = _clause(", ".join(clauses[start:end]))
            if label is not None or end == start + 1:
                labels.append(label if label is not None else clauses[start])
                start = end
                break
    return ", ".join(labels)


def _clause(text: str) -> str | None:
    """One clause translated, or None when it has no translation."""
    translated = gettext(text)
    if translated != text:
        return translated
    if match := _SCORE_RE.match(text):
        return gettext(RECOGNISER_SCORE) % {"score": match["score"]}
    if match := _HANJA_RE.match(text):
        return gettext(HANJA_NAME) % {"surname": match["surname"]}
    quoted = list(_QUOTED_RE.finditer(text))
    if len(quoted) == 1:
        word = quoted[0]
        frame = f"{text[: word.start()]}{QUOTED_WORD}{text[word.end() :]}"
        translated = gettext(frame)
        if translated != frame:
            return translated % {"word": word[1]}
    return None
