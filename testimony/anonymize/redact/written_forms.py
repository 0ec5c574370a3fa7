"""A registered person's name written in a form the word scans do not read: its Hangul
syllables set apart or one of them masked, its initials in a login, its surname in a file name,
a Chinese form of address, its given name alone in Chinese characters, a Polish case ending, a
passport's or a booking's form.

Each rule starts from a name the registry holds, so it proposes no name nobody registered:
- **Hangul syllables apart** (`broken_hangul`): a full name of three or four syllables written
  with spaces between them (진술인 한 영 실, "김 경 남 반장"), cut by a line break (방선\\n희,
  모광\\r\\n일이였다), or with its middle syllable masked as files and bank notices do (한○실,
  정*만님). Every word before the last must be wholly the name's; the last may carry a
  particle. Only a registered full name: "한 ○ ○" or a name masked at its end says nobody.
- **Initials in a login** (`login_initials`): the surname with the given name's initials, in
  either order, in a login, an address or a file name (HongUJ_testimony.docx, nipaek@,
  jang_uh, cha_sm1977); the given name joined in one (kumok1988); the surname with the
  initials in capitals after it (KIM HC, Cha KJ, 김SH). A login is a word with a digit, an
  underscore or a dot in it, an address's local part, or a word in mixed case; only its
  letters are the name. The surname alone as a piece of a file name or an identifier
  (A04_DO_01, CN-23-Son_interview1.docx): a word with an underscore or a file's extension;
  never a language's code (name_ko) nor an English word in small letters.
- **Chinese forms of address** (`chinese_forms`): 老, 小 or 阿 before the surname character of a
  registered person (老全, 小韩, 阿金); the given name of a registered name in Chinese
  characters alone (明顺 for 李明顺), not after its surname character, standing alone or
  before a word that starts after a name (说, 的, 哥 ...): 国庆快乐 is a holiday's wishes.
- **A Polish case ending** (`polish_cases`): a registered surname with the endings of Polish
  declension (pana Rima, z panem Pakiem, Okowi), in a text written in Polish (its letters
  and its commonest words).
- **A foreign name's words and initials** (`foreign_names`): a word of a registered foreign
  name alone ("Belova" of Olga Sergeyevna Belova), or one of its case forms ("Malinowskiego",
  `names.declension`), and with the initials written beside it: "D. Wiśniewska", "M. Harrow",
  "Andrzej M.", "Agus S" (the first letter of another word of the name), "Rodel B. Santos",
  "Michael J. Harrow" (any initial between two words of the name).
- **A speaker's label** (`speaker_labels`): a registered surname or given name in capitals
  opening a line before a colon ("SOL: 최금성!", "KIM: Who was it?"), and the same word in
  capitals elsewhere ("SOL watching").
- **A passport's or a booking's form** (`travel_forms`): KIM<<CHOL<MIN in a machine-readable
  zone, KIM/CHOLUNG in a booking, when surname and given name are one registered person's
  (`travel_documents` finds the same forms for anyone, as detected names).
"""

import re
from typing import TYPE_CHECKING

from testimony.anonymize import travel_documents
from testimony.anonymize.english import ENGLISH_WORDS
from testimony.anonymize.names import (
    ENGLISH_FUNCTION_WORDS,
    ENGLISH_WORD_SPELLINGS,
    fold,
    name_forms,
)
from testimony.anonymize.names.titles import TITLES_BEFORE
from testimony.anonymize.redact.candidates import (
    PRIORITY_FULL,
    PRIORITY_GIVEN,
    PRIORITY_SURNAME_ALONE,
    Candidate,
)
from testimony.anonymize.redact.patterns import FOREIGN_WORD_REASON, HANJA_RUN_RE
from testimony.anonymize.redact.vocabulary import PLACE_NAMES, is_tail

if TYPE_CHECKING:
    from testimony.anonymize.redact.matcher import NameMatcher


SPACED_REASON = "full name with its syllables apart"
MASKED_REASON = "full name with a syllable masked"
LOGIN_INITIALS_REASON = "surname and initials in a login or file name"
LOGIN_GIVEN_REASON = "given name in a login or file name"
LOGIN_SURNAME_REASON = "surname in a login or file name"
CAPITAL_INITIALS_REASON = "surname with the given name's initials"
CHINESE_ADDRESS_REASON = "Chinese form of address"
CHINESE_GIVEN_REASON = "given name alone in Chinese characters"
FOREIGN_INITIALS_REASON = "foreign name with initials"
POLISH_REASON = "surname with a Polish case ending"
TRAVEL_REASON = "full name as a passport or a booking writes it"
SPEAKER_REASON = "surname or given name in capitals labelling a speaker"
# A line opened by a word in capitals and a colon: a transcript's or a script's speaker.
_SPEAKER_LABEL_RE = re.compile(r"(?m)^[ \t>*-]*([A-Z][A-Z-]{1,14})[ \t]*:")

_HANGUL_WORD_RE = re.compile(r"[가-힣]+")
# Between two syllables of one name: spaces (an ideographic one too), or one line break.
_GAP_RE = re.compile(r"[ \t\u3000]{1,3}(?![ \t\u3000\r\n])|[ \t]*\r?\n[ \t]*")
# Where such a name may start: a word of one to three syllables before such a gap.
_SPACED_START_RE = re.compile(
    r"(?<![가-힣])[가-힣]{1,3}(?=(?:[ \t\u3000]{1,3}|[ \t]*\r?\n[ \t]*)[가-힣])"
)
# A masked syllable: circles, an asterisk, a cross, ㅇ, or a capital O or X.
_MASKED_RE = re.compile(r"(?<![가-힣])([가-힣])[○●◯〇*＊×xXOㅇ]([가-힣])")

# A login: a run of ASCII letters, digits, underscores, dots and hyphens with a letter beside a
# digit or an underscore, a small letter before a capital or a dot between letters in it, or
# before an at sign.
_LOGIN_RUN_RE = re.compile(
    r"(?<![A-Za-z0-9_.\-@])(?=[A-Za-z0-9_.\-]*(?:[A-Za-z][0-9_]|[0-9_][A-Za-z]|[a-z][A-Z]"
    r"|[A-Za-z]\.[A-Za-z]|[A-Za-z]@))[A-Za-z0-9_.\-]*[A-Za-z][A-Za-z0-9_.\-]*"
)
# A file's name: its extension ("interview1.docx", "scan.pdf"), one of the kinds a case file
# holds (a login's ".vl" or ".han" is no extension).
_FILE_EXTENSION_RE = re.compile(
    r"(?i)\.(?:pdf|docx?|odt|rtf|txt|md|xlsx?|ods|csv|json|xml|html?|pptx?|jpe?g|png|gif|"
    r"heic|tiff?|webp|wav|mp3|m4a|ogg|opus|amr|mp4|mov|avi|mkv|zip|7z|rar|eml|msg)$"
)
# Language and country codes in a file's or a field's name (name_ko, report_en.pdf, KO_KR).
_CODES = frozenset(
    {
        "ko",
        "kr",
        "en",
        "us",
        "uk",
        "zh",
        "cn",
        "ru",
        "ja",
        "jp",
        "de",
        "fr",
        "es",
        "pl",
        "mn",
        "vi",
        "th",
        "id",
        "ms",
        "ar",
    }
)
# The pieces of a login's letters: "HongUJ" is Hong and UJ, "jang_uh" jang and uh.
_LOGIN_PIECE_RE = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]")
# A surname and the given name's initials in capitals: "KIM HC", "Cha KJ", "김SH".
_CAPITAL_INITIALS_RE = re.compile(
    r"(?<![A-Za-z가-힣])([A-Z][A-Za-z]{0,4}|[가-힣]) ?([A-Z]{2,3})(?![A-Za-z0-9])"
)

# 老全, 小韩, 阿金: the surname character after these is a person called by it.
_CHINESE_PREFIXES = "老小阿"
# After such a form of address, in a Chinese sentence: what opens the next word when the name
# has ended (说, 的, 和 ...). Any other character may make a word with the surname (小金库).
_AFTER_ADDRESS = frozenset("说的和在是也又就跟给让叫被把对去来还都哭笑呢吧啊了们手与同修打骂问")

# Polish declension of a surname (Rima, Pakiem, Okowi, Kimowi, Hongiem, Pyona, Rimie).
_POLISH_ENDINGS = ("owi", "iem", "em", "ie", "a", "u", "ą", "ego", "om")
_POLISH_WORD_RE = re.compile(r"(?<![A-Za-zÀ-ž])[A-Z][a-zà-ž]+(?![A-Za-zÀ-ž])")
# A text written in Polish: its letters, and its commonest words.
_POLISH_LETTERS = "ąęłńśźżĄĘŁŃŚŹŻ"
# Right before the word: prepositions Polish declines a name after, that English does not write.
_POLISH_PREPOSITION_RE = re.compile(r"(?:^|[^A-Za-zÀ-ž])(?:z|ze|od|dla|przy|przez|u)[ \t]+$")
_POLISH_RE = re.compile(r"\b(?:pan|pana|panem|panu|pani|przez|jest|się|nie|oraz|który|została?)\b")


def broken_hangul(matcher: "NameMatcher", text: str) -> list[Candidate]:
    """A registered Hangul full name with its syllables apart or its middle one masked."""
    found: list[Candidate] = []
    full = matcher._hangul_full
    firsts = matcher._hangul_firsts
    if firsts is None:
        firsts = matcher._hangul_firsts = frozenset(name[0] for name in full if len(name) >= 3)
    for first in _SPACED_START_RE.finditer(text):
        joined = first.group()
        if joined[0] not in firsts:
            continue
        position = first.end()
        while len(joined) < 4:
            gap = _GAP_RE.match(text, position)
            following = gap and _HANGUL_WORD_RE.match(text, gap.end())
            if not following:
                break
            word = following.group()
            for length in range(1, min(len(word), 4 - len(joined)) + 1):
                name = joined + word[:length]
                eids = _private(matcher, full.get(name, ()))
                if len(name) >= 3 and eids and is_tail(word[length:]):
                    end = following.start() + length
                    found.append(Candidate(first.start(), end, PRIORITY_FULL, eids, SPACED_REASON))
            joined += word
            position = following.end()
    masked = _masked_index(matcher) if _MASKED_RE.search(text) else {}
    for match in _MASKED_RE.finditer(text):
        tail = _HANGUL_WORD_RE.match(text, match.end())
        eids = masked.get((match.group(1), match.group(2)))
        if eids and is_tail(tail.group() if tail else ""):
            found.append(Candidate(match.start(), match.end(), PRIORITY_FULL, eids, MASKED_REASON))
    return found


def _masked_index(matcher: "NameMatcher") -> dict[tuple[str, str], frozenset[int]]:
    """(first, last syllable) of every registered three-syllable Hangul name -> persons; built
    at the first masked name a text holds."""
    index = matcher._masked_names
    if index is None:
        grouped: dict[tuple[str, str], set[int]] = {}
        for name, eids in matcher._hangul_full.items():
            if len(name) == 3:
                grouped.setdefault((name[0], name[2]), set()).update(_private(matcher, eids))
        index = matcher._masked_names = {key: frozenset(v) for key, v in grouped.items() if v}
    return index


def login_initials(matcher: "NameMatcher", text: str) -> list[Candidate]:
    """A registered surname with the given name's initials, or the given name joined, in a
    login or a file name; a surname with the initials in capitals after it."""
    found: list[Candidate] = []
    for run in _LOGIN_RUN_RE.finditer(text):
        letters = run.group()
        pieces = list(_LOGIN_PIECE_RE.finditer(letters))
        file_like = "_" in letters or bool(_FILE_EXTENSION_RE.search(letters))
        for number in range(len(pieces)):
            for span, reason, eids in _login_names(matcher, pieces, number, file_like):
                start, end = run.start() + span[0], run.start() + span[1]
                if reason == LOGIN_SURNAME_REASON:
                    surname = text[start:end].lower()
                    found.append(
                        Candidate(start, end, PRIORITY_SURNAME_ALONE, eids, reason, surname)
                    )
                else:
                    found.append(Candidate(start, end, PRIORITY_FULL, eids, reason))
    for match in _CAPITAL_INITIALS_RE.finditer(text):
        surname, initials = match.group(1), match.group(2).lower()
        if "가" <= surname <= "힣":
            eids = matcher._hangul_surname.get(surname, ())
        elif surname[1:].islower() or surname.isupper():
            eids = matcher._surname_title.get(surname.lower(), ())
        else:
            continue
        chosen = frozenset(eid for eid in eids if initials in _initials_of(matcher, eid))
        if chosen:
            found.append(
                Candidate(
                    match.start(), match.end(), PRIORITY_FULL, chosen, CAPITAL_INITIALS_REASON
                )
            )
    return found


def travel_forms(matcher: "NameMatcher", text: str) -> list[Candidate]:
    """A registered full name as a passport's machine-readable zone or a booking writes it."""
    found: list[Candidate] = []
    for start, end, surname, given, _a_person in travel_documents.name_parts(text):
        surnames = matcher._surname_title.get(surname.lower())
        key = matcher._given.get(given.lower())
        if not surnames or key is None:
            continue
        eids = _private(matcher, set(surnames) & set(key.entries))
        if eids:
            found.append(Candidate(start, end, PRIORITY_FULL, eids, TRAVEL_REASON))
    return found


def speaker_labels(matcher: "NameMatcher", text: str) -> list[Candidate]:
    """A registered surname or given name in capitals labelling a speaker at a line's start
    ("SOL: 최금성!", "KIM: Who was it?"), and the same word in capitals elsewhere in the text
    ("In the background, SOL watching")."""
    found: list[Candidate] = []
    labels: dict[str, frozenset[int]] = {}
    for match in _SPEAKER_LABEL_RE.finditer(text):
        word = match.group(1)
        key = word.replace("-", "").lower()
        if key in _CODES or key in ENGLISH_WORDS:
            continue
        eids = _private(matcher, matcher._surname_title.get(key, ()))
        given = matcher._given.get(key)
        if given is not None:
            eids |= frozenset(
                eid
                for eid in given.entries
                if not matcher._entries[eid].public and matcher._entries[eid].given_syllables >= 2
            )
        if eids:
            labels[word] = eids
    for word, eids in labels.items():
        for match in re.finditer(rf"(?<![A-Za-z-]){re.escape(word)}(?![A-Za-z-])", text):
            found.append(
                Candidate(
                    match.start(),
                    match.end(),
                    PRIORITY_SURNAME_ALONE,
                    eids,
                    SPEAKER_REASON,
                    word.lower(),
                )
            )
    return found


def _login_names(
    matcher: "NameMatcher", pieces: list[re.Match[str]], number: int, file_like: bool
) -> list[tuple[tuple[int, int], str, frozenset[int]]]:
    """The names a login's piece `number` opens: alone, or with the piece after it."""
    found = []
    piece = pieces[number]
    word = piece.group().lower()
    if len(word) >= 4 and word not in ENGLISH_WORDS:
        # One piece: surname and initials glued (nipaek, hongsj), or the given name (kumok).
        for cut in (2, 3, -2, -3):
            head, tail = word[:cut], word[cut:]
            surname, initials = (tail, head) if cut > 0 else (head, tail)
            eids = _with_initials(matcher, surname, initials)
            if eids:
                found.append((piece.span(), LOGIN_INITIALS_REASON, eids))
        given = matcher._given.get(word)
        if given is not None and len(word) >= 5:
            eids = frozenset(
                eid
                for eid in given.entries
                if not matcher._entries[eid].public and matcher._entries[eid].given_syllables >= 2
            )
            if eids:
                found.append((piece.span(), LOGIN_GIVEN_REASON, eids))
    surname = matcher._surname_title.get(word)
    if (
        surname
        and len(word) >= 2
        and word not in _CODES
        and not (piece.group().islower() and word in ENGLISH_WORDS)
        and not (word in ENGLISH_WORDS and _beside_a_word(pieces, number))
    ):
        # A206_DO_01.wav, CN-23-Son_interview1.docx, 230909_jo_s2.wav: the surname alone as a
        # piece of a file name or an identifier ("photo_song_letters", a song, stays).
        eids = _private(matcher, surname)
        if eids and file_like:
            found.append((piece.span(), LOGIN_SURNAME_REASON, eids))
    if number + 1 < len(pieces):
        second = pieces[number + 1]
        other = second.group().lower()
        for surname, initials in ((word, other), (other, word)):
            eids = _with_initials(matcher, surname, initials)
            if eids:
                found.append(((piece.start(), second.end()), LOGIN_INITIALS_REASON, eids))
    return found


def _beside_a_word(pieces: list[re.Match[str]], number: int) -> bool:
    """Whether the piece before or after piece `number`, written in capitals as it is, is an
    English word of two letters or more: DO_NOT_DELETE.txt and README_DO_FIRST.md are
    phrases, where A04_DO_01.wav and CN-23-Son_interview1.docx name a person."""
    if not pieces[number].group().isupper():
        return False
    return any(
        0 <= index < len(pieces)
        and len(word := pieces[index].group()) >= 2
        and word.isupper()
        and word.lower() in ENGLISH_WORDS
        for index in (number - 1, number + 1)
    )


def _with_initials(matcher: "NameMatcher", surname: str, initials: str) -> frozenset[int]:
    if not 2 <= len(initials) <= 3 or surname not in matcher._surname_title:
        return frozenset()
    return frozenset(
        eid for eid in matcher._surname_title[surname] if initials in _initials_of(matcher, eid)
    )


def _initials_of(matcher: "NameMatcher", eid: int) -> frozenset[str]:
    """The given name's initials in each of its spellings: "uj" and "ej" for Un-jong."""
    known = matcher._given_initials.get(eid)
    if known is None:
        person = matcher._entries[eid].person
        known = frozenset()
        if person is not None:
            known = frozenset(
                "".join(variant.joined[at] for at in (0, *sorted(variant.boundaries)))
                for variant in name_forms(person).given
                if variant.syllables >= 2
            )
        matcher._given_initials[eid] = known
    return known


def chinese_forms(matcher: "NameMatcher", text: str) -> list[Candidate]:
    """老全, 小韩: a registered person's surname character called with 老, 小 or 阿; and the
    given name of a registered Chinese-character name alone (明顺 for 李明顺)."""
    found: list[Candidate] = []
    for match in HANJA_RUN_RE.finditer(text):
        run, offset = match.group(), match.start()
        for at, char in enumerate(run[:-1]):
            if char not in _CHINESE_PREFIXES:
                continue
            eids = _private(matcher, matcher._hanja_surnames.get(run[at + 1], ()))
            if eids and (at + 2 == len(run) or run[at + 2] in _AFTER_ADDRESS):
                found.append(
                    Candidate(
                        offset + at, offset + at + 2, PRIORITY_FULL, eids, CHINESE_ADDRESS_REASON
                    )
                )
        for at in range(len(run) - 1) if matcher._hanja_given else ():
            known = matcher._hanja_given.get(run[at : at + 2])
            if known is None:
                continue
            surnames, eids = known
            following = run[at + 2 : at + 3]
            if not (at and run[at - 1] in surnames) and (
                not following or following in _AFTER_ADDRESS or following in "哥姐"
            ):
                found.append(
                    Candidate(
                        offset + at,
                        offset + at + 2,
                        PRIORITY_SURNAME_ALONE,
                        eids,
                        CHINESE_GIVEN_REASON,
                    )
                )
    return found


def polish_cases(matcher: "NameMatcher", text: str) -> list[Candidate]:
    """A registered surname declined in a Polish text: "pana Rima", "z panem Pakiem"; in a
    text of another language quoting a Polish phrase, after a Polish preposition that is no
    English word ("rozmawiałem z Kimem")."""
    if not any(letter in text for letter in _POLISH_LETTERS):
        return []
    polish = _POLISH_RE.search(text) is not None
    found: list[Candidate] = []
    for match in _POLISH_WORD_RE.finditer(text):
        before = text[max(0, match.start() - 8) : match.start()]
        if not polish and not _POLISH_PREPOSITION_RE.search(before):
            continue
        word = match.group().lower()
        for ending in _POLISH_ENDINGS:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 2 and stem in matcher._surname_title:
                eids = _private(matcher, matcher._surname_title[stem])
                if eids and word not in ENGLISH_WORDS:
                    found.append(
                        Candidate(
                            match.start(),
                            match.end(),
                            PRIORITY_SURNAME_ALONE,
                            eids,
                            POLISH_REASON,
                            stem,
                        )
                    )
                break
    return found


def _private(matcher: "NameMatcher", eids) -> frozenset[int]:
    return frozenset(eid for eid in eids if not matcher._entries[eid].public)


# A word in Latin letters, accented ones included.
_LATIN_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+")
# An initial before a word: "D. ", "M ", not inside a word ("ID. "); and after one: " M.",
# " S", not the first letter of a word (" Sergei").
_INITIAL_BEFORE_RE = re.compile(r"(?<![^\W\d_])([A-Z])(\.?)[ \u00a0]$")
_INITIAL_AFTER_RE = re.compile(r"[ \u00a0]([A-Z])(\.?)(?![^\W\d_])")
_WORD_AFTER_RE = re.compile(r"[ \u00a0]([A-Za-z\u00c0-\u024f]+)")
# What an initial without a full stop may not be: the article and the pronoun.
_NOT_UNDOTTED_INITIALS = frozenset("AI")


def alone_a_name(word: str) -> bool:
    """Whether a word of a foreign name (folded, small letters) is taken wherever it stands
    with a capital: four letters or more, and no English word, title or place ("Belova",
    "Sergeyevna"; not "Grace", "Van", "Georgia")."""
    return (
        len(word) >= 4
        and word not in ENGLISH_WORDS
        and word not in ENGLISH_WORD_SPELLINGS
        and word not in ENGLISH_FUNCTION_WORDS
        and word not in TITLES_BEFORE
        and word not in PLACE_NAMES
    )


def _initial_fits(letter: str, dot: str, letters: frozenset[str]) -> bool:
    return letter.lower() in letters and (bool(dot) or letter not in _NOT_UNDOTTED_INITIALS)


def foreign_names(matcher: "NameMatcher", text: str) -> list[Candidate]:
    """A word of a registered foreign name, or a case form of one, with a capital: alone when
    it is safe to take alone (`alone_a_name`), and with the initials written beside it."""
    found: list[Candidate] = []
    for match in _LATIN_WORD_RE.finditer(text):
        word = match.group()
        start, end = match.span()
        if not word[0].isupper() or text[end : end + 1] == "@" or text[start - 1 : start] == "@":
            continue
        key = fold(word).lower()
        eids = frozenset(matcher._foreign_words.get(key, ()) or matcher._declined.get(key, ()))
        if not eids:
            continue
        letters = frozenset().union(*(matcher._foreign_letters.get(eid, ()) for eid in eids))
        # "T. V. Belova": up to three initials before the word.
        for _initial in range(3):
            before = _INITIAL_BEFORE_RE.search(text, max(0, start - 3), start)
            if not before or not _initial_fits(before[1], before[2], letters):
                break
            start = before.start()
        after = _INITIAL_AFTER_RE.match(text, end)
        if after:
            following = _WORD_AFTER_RE.match(text, after.end())
            # "Rodel B. Santos": any initial between two words of the same name.
            if following and eids & matcher._foreign_words.get(fold(following[1]).lower(), set()):
                end = following.end()
            elif _initial_fits(after[1], after[2], letters):
                end = after.end()
        if (start, end) != match.span():
            found.append(Candidate(start, end, PRIORITY_FULL, eids, FOREIGN_INITIALS_REASON))
        elif key in matcher._foreign_alone:
            found.append(Candidate(start, end, PRIORITY_GIVEN, eids, FOREIGN_WORD_REASON))
    return found
