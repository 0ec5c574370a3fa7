"""Latin-letter candidates: capitalised words inside a sentence, after a title, or opening a
sentence, a line, a cell or a quotation; organisations, ships and headers left out; a chat's
speakers in small letters; romanized names inside user and file names; initials signing a
line or written with full stops.
"""

import re
import unicodedata
from collections.abc import Collection
from functools import lru_cache

from testimony.anonymize import names
from testimony.anonymize.english import CAPITALISED_ENGLISH, ENGLISH_WORDS
from testimony.anonymize.unresolved.reasons import (
    REASON_AFTER_TITLE,
    REASON_CAPITALISED,
    REASON_CHAT_SPEAKER,
    REASON_GIVEN_FIRST,
    REASON_HANDLE,
    REASON_LATIN_INITIALS,
    REASON_ROMANIZED,
    REASON_SURNAME_FIRST,
    REASON_UNKNOWN_FIRST,
    REASON_WORD_ALIAS,
)
from testimony.anonymize.unresolved.words import (
    _LATIN_TOKEN_RE,
    ACRONYMS,
    ORGANISATION_WORDS,
    SENTENCE_STARTERS,
    _all_parts,
    _english_word,
    _place_words,
    _words,
)

# Romanized titles (names.TITLES_BEFORE) and introductions: the capitalised word after them
# is listed whatever its shape ("Mr. Smith", "a man named Sergei").
_INTRODUCERS = frozenset({"named", "called", "nicknamed", "surnamed", "alias", "aka"})
_ABBREVIATED_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "st"})
_SENTENCE_END_RE = re.compile(r"(?:^|[.!?:;\n。…]|[.!?][\"'”’)\]])[\s\"'“‘(\[«-]*$")
_JOIN_RE = re.compile(r"[ \t]+|[ \t]*-[ \t]*")
_MAX_SYLLABLES = 3


@lru_cache(maxsize=4096)
def _is_korean_syllables(token: str) -> bool:
    """Every hyphen-separated part splits into romanized Korean syllables, three at most."""
    parts = [part for part in token.lower().replace("'", "").replace("’", "").split("-") if part]
    if not parts or len(token.replace("-", "")) < 2:
        return False
    count = 0
    for part in parts:
        readings = names.syllabify(part)
        if not readings:
            return False
        count += len(readings[0])
    return count <= _MAX_SYLLABLES


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper() and token not in ACRONYMS


def _latin_tokens(folded: str) -> list[tuple[int, int, str]]:
    tokens = []
    for match in _LATIN_TOKEN_RE.finditer(folded):
        start, end, word = match.start(), match.end(), match.group()
        if word.endswith(("'s", "’s")):
            end, word = end - 2, word[:-2]
        tokens.append((start, end, word))
    return tokens


def _position(folded: str, start: int) -> str:
    """ "start" at the start of a sentence, a line, a table cell or a quotation; "label" right
    after a colon; "mid" inside a sentence."""
    # Symbols (an emoji, a bullet, an arrow) between a sentence's end and a word do not make it
    # mid-sentence: "😀 In the third year" opens a sentence.
    before = "".join(
        " " if unicodedata.category(char).startswith("S") else char
        for char in folded[max(0, start - 12) : start]
    )
    if _SENTENCE_END_RE.search(before) and not re.search(r":[\s\"'“‘(\[«-]*$", before):
        return "start"
    if re.search(r"(?:[|/\t]|  )[\s\"'“‘(\[«-]*$", before) or re.search(
        r"[\"“‘(\[«]$|(?:^|\s)'$", before
    ):
        return "start"
    if re.search(r":[\s\"'“‘(\[«-]*$", before):
        return "label"
    return "mid"


# What follows a person opening a sentence: "An was an older man", "Do did what he was told",
# "So never ate with us", "Ok and Jo left".
_SUBJECT_VERBS = _words(
    """
    said says told tells was had did never always kept keeps took came went called beat hit
    shouted asked gave worked ate would could knew left stayed died answered laughed cried smiled
    wrote returned refused tried looked made got ran lived slept drank also still himself herself
    wanted thought showed brought paid ordered sent is and
    """
)
# After So, No and Do these open English sentences: "So did the witness", "No was the answer".
_INVERSION_WORDS = _words("was were did do does had have is are would could can will and also")


# A reporting verb in its third person: after "Do", "No", "An", "O" opening a sentence, the
# word is its subject (not "So says the law", an inversion).
_REPORTING_VERBS = _words(
    "says describes recalls remembers explains claims insists adds tells states notes "
    "believes thinks knows confirms denies testifies reports mentions alleges"
)


# Adverbs between a subject and its verb: "No only saw", "So then deleted".
_SUBJECT_ADVERBS = _words("only also never still then later once finally always just even")
_MODAL_VERBS = _words("may might must should will shall can")


def _subject_verb(word: str, conjunction_too: bool) -> bool:
    """Whether `word` reads as the verb of a subject before it: a listed one, a modal, a form
    of the verbs of testimony (`names.VERB_FORMS`: "So spent", "Do saw"), a past tense ("So
    confiscated", "Do waved"), or a third person's present ("An refuses"), which after So, No
    and Do may be a plural noun instead ("No reasons were given", "No holds")."""
    return (
        word in _SUBJECT_VERBS
        or word in _MODAL_VERBS
        or (word in names.VERB_FORMS and not (conjunction_too and word.endswith("s")))
        or (len(word) > 4 and word.endswith("ed"))
        or (not conjunction_too and len(word) > 3 and word.endswith("s") and word[-2] != "s")
    )


def _sentence_surname_subject(
    folded: str, tokens: list[tuple[int, int, str]], index: int, names_mid: set[str]
) -> bool:
    """Whether a surname that also opens English sentences (An, So, Do, Ok, O, U) is the
    person here: a reporting verb follows it ("Do describes ..."), or the text writes it
    capitalised inside a sentence elsewhere, as a name, and here a subject's verb follows it
    ("An was an older man"), or "and" and another capitalised word ("So and Yu shared a
    bunk")."""
    word = tokens[index][2]
    lower = word.lower()
    if lower == "i" or index + 1 >= len(tokens):
        return False
    start, _end, following = tokens[index + 1]
    if not re.fullmatch(r"[ \t]+", folded[tokens[index][1] : start]):
        return False
    following = following.lower()
    if lower != "so" and following in _REPORTING_VERBS:
        return True  # "Do describes team leader Lim": no English sentence opens so
    if word not in names_mid:
        return False
    if following in _SUBJECT_ADVERBS and index + 2 < len(tokens):
        following = tokens[index + 2][2].lower()  # "No only saw the accident"
    if not _subject_verb(following, lower in ("so", "no", "do")):
        return False
    if lower in ("so", "no", "do") and following in _INVERSION_WORDS - {"and"}:
        return False
    if following == "and":
        return index + 2 < len(tokens) and _is_capitalised(tokens[index + 2][2])
    return True


def _latin_candidates(folded: str, excluded_words: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, reason) of the Latin tokens of the folded text that may be names."""
    tokens = _latin_tokens(folded)
    lowercase = {word for _s, _e, word in tokens if word.islower()}
    # Surnames that open English sentences, written capitalised inside a sentence too.
    names_mid = {
        word
        for start, _end, word in tokens
        if word.lower() in SENTENCE_STARTERS
        and word.lower() in names.ROMANIZED_SURNAMES
        and _is_capitalised(word)
        and _position(folded, start) == "mid"
    }
    found: list[tuple[int, int, str]] = []
    for index, (start, end, word) in enumerate(tokens):
        lower = word.lower()
        if not _is_capitalised(word) or (len(word) < 2 and word not in ("O", "U")):
            continue
        previous = tokens[index - 1][2].lower() if index else ""
        gap_before = folded[tokens[index - 1][1] : start] if index else ""
        after_title = (
            index > 0
            and (previous.rstrip(".") in names.TITLES_BEFORE or previous in _INTRODUCERS)
            and re.fullmatch(r"\.?[ \t]+[\"'“‘]?", gap_before) is not None
            and ("." not in gap_before or previous in _ABBREVIATED_TITLES)
        )
        if (
            after_title
            and lower not in CAPITALISED_ENGLISH
            and lower not in _place_words()
            and lower not in names.TITLES_BEFORE  # "Chief Mate", "Sister Nurse": a title's word
        ):
            found.append((start, end, REASON_AFTER_TITLE))
            continue
        if (
            lower in excluded_words
            or lower in _place_words()
            or _all_parts(lower, CAPITALISED_ENGLISH)
        ):
            continue
        first, _hyphen, rest = word.partition("-")
        if rest and first.lower() in CAPITALISED_ENGLISH and rest.islower():
            continue  # Chinese-flagged, Korean-made
        if _names_an_organisation(folded, tokens, index) or _after_organisation(
            folded, tokens, index
        ):
            continue  # Kim Chaek University, Namgang Construction Company, Ministry of Forestry
        if lower in ORGANISATION_WORDS or _numbered(folded, tokens, index):
            continue  # "the Company", a ship or a unit: "the Tongil-ho 7", "Brigade 3"
        english = _all_parts(lower, ENGLISH_WORDS)
        if word.isupper() and english:
            continue  # a header: NAME | ROLE | SITE
        position = _position(folded, start)
        surname = lower in names.ROMANIZED_SURNAMES
        if position == "mid" or (position == "label" and not _label_line(folded, start)):
            if surname or not english:
                found.append(
                    (
                        start,
                        end,
                        REASON_ROMANIZED if _is_korean_syllables(word) else REASON_CAPITALISED,
                    )
                )
        elif surname and (
            lower not in SENTENCE_STARTERS
            or _sentence_surname_subject(folded, tokens, index, names_mid)
        ):
            found.append((start, end, REASON_SURNAME_FIRST))
        elif "-" in word and _is_korean_syllables(word):
            found.append((start, end, REASON_GIVEN_FIRST))
        elif not english and lower not in lowercase and not surname:
            found.append((start, end, REASON_UNKNOWN_FIRST))
    return _joined(folded, found)


def _after_organisation(folded: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """The capitalised run holding `index` follows "<organisation word> of": "Ministry of State
    Security", "University of Technology"."""
    position = index
    while position > 0 and tokens[position - 1][2][:1].isupper():
        if not _JOIN_RE.fullmatch(folded[tokens[position - 1][1] : tokens[position][0]]):
            break
        position -= 1
    if position < 2 or tokens[position - 1][2] != "of":
        return False
    return tokens[position - 2][2].lower() in ORGANISATION_WORDS


def _numbered(folded: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """The capitalised run holding `index` is followed by a number: a ship or a unit."""
    position = index
    while position + 1 < len(tokens) and tokens[position + 1][2][:1].isupper():
        if not _JOIN_RE.fullmatch(folded[tokens[position][1] : tokens[position + 1][0]]):
            break
        position += 1
    return re.match(r"[ \t]+(?:No\.?[ \t]*)?\d", folded[tokens[position][1] :]) is not None


def _label_line(folded: str, start: int) -> bool:
    """The colon before `start` closes a short label at the start of its line ("Q:", "Site:")."""
    line_start = folded.rfind("\n", 0, start) + 1
    colon = folded.rfind(":", line_start, start)
    return colon - line_start <= 24


def _names_an_organisation(folded: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """An organisation word closes the run of capitalised words that starts at `index`."""
    for position in range(index + 1, min(index + 5, len(tokens))):
        start, _end, word = tokens[position]
        gap = folded[tokens[position - 1][1] : start]
        if not word[:1].isupper() or not _JOIN_RE.fullmatch(gap):
            return False
        if word.lower() in ORGANISATION_WORDS:
            return True
    return False


def _joined(folded: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Neighbouring listed words separated by a blank or a hyphen become one item: one click
    for "Pak Song Il"."""
    joined: list[tuple[int, int, str]] = []
    for start, end, reason in found:
        if joined and _JOIN_RE.fullmatch(folded[joined[-1][1] : start]):
            first_start, _end, first_reason = joined[-1]
            joined[-1] = (first_start, end, first_reason)
        else:
            joined.append((start, end, reason))
    return joined


# A chat's speaker in small letters at the start of a line, before emoji or a timestamp and a
# colon: "jiwon 🌸: hi!", "kichol: Do team leader", "okki: today 17 hrs".
_CHAT_SPEAKER_RE = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?([a-z][a-z'-]*[a-z](?:[ _.][a-z]+)?)[ \t]*"
    r"(?:[^\w\s:]{1,4}[ \t]*)?(?:\([^)\n]{1,20}\)[ \t]*)?:[ \t]",
    re.MULTILINE,
)
# Who writes in an NGO's chats and is not a name.
_CHAT_ROLES = _words(
    """
    me you we us interviewer interpreter translator witness contact admin staff ngo lawyer
    caseworker counsellor volunteer mom dad mum sis bro note notes re fw fwd from to cc bcc subject
    sent date q a w i ip ap am pm tn nb ps tl
    """
)


def _chat_speakers(plain: str, excluded_words: frozenset[str]) -> list[tuple[int, int, str]]:
    """Speakers of a chat export in small letters (above), when the same speaker opens at
    least two lines: a person's handle, usually their name, which no rule for capitalised
    words reads. Not an English word, a role or a word of the vocabulary."""
    matches = list(_CHAT_SPEAKER_RE.finditer(plain))
    counts: dict[str, int] = {}
    for match in matches:
        counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    found = []
    for match in matches:
        speaker = match.group(1)
        parts = re.findall(r"[a-z]+", speaker)
        if counts[speaker] < 2 or speaker in _CHAT_ROLES or speaker in excluded_words:
            continue
        if all(part in _CHAT_ROLES or _english_word(part, ENGLISH_WORDS) for part in parts):
            continue
        if re.search(r"\d", speaker):
            continue
        found.append((match.start(1), match.end(1), REASON_CHAT_SPEAKER))
    return found


def _word_aliases(plain: str, keys: Collection[str]) -> list[tuple[int, int, str]]:
    """Every mention in small letters of a registered alias that is also a word ("bear" for
    "Bear", `names.word_alias_keys`): the registered scan does not propose it, since it is
    most likely the word ("a bear came into the tent"), so the reviewer decides."""
    if not keys:
        return []
    return [
        (start, end, REASON_WORD_ALIAS) for start, end, word in _latin_tokens(plain) if word in keys
    ]


# A user name or a file name in small letters: after @ or u/, or holding an underscore, a
# digit or a dot between letters (minsu_0812, @kimhaneul_, h.oh, interview_kanghyangsil.m4a).
_HANDLE_RE = re.compile(
    r"(?<![\w@./:\\-])(@|u/)?([a-z][a-z0-9]*(?:[._][a-z0-9]+)*_?)(?![\w@/\\]|\.[a-z])"
)
# Parts of such names that are words of files and forms, not in ENGLISH_WORDS.
_HANDLE_WORDS = _words(
    """
    docx pdf jpg jpeg png xlsx m4a mp3 mp4 wav mov txt csv doc zip html json www com org net
    http https kr co final draft scan img label photo timeline audio title panel anon pii imap
    real
    """
)


def _handle_names(folded: str) -> list[tuple[int, int, str]]:
    """The parts of a user name or a file name (above) that read as two or three romanized
    Korean syllables and are no English word: kimhaneul of @kimhaneul_, minsu of minsu_0812,
    riyonggil of cert_riyonggil_01.jpg. Not user, dev or label."""
    found = []
    for match in _HANDLE_RE.finditer(folded):
        handle = match.group(2)
        if not (
            match.group(1)
            or "_" in handle
            or re.search(r"\d", handle)
            or re.search(r"[a-z]\.[a-z]", handle)
        ):
            continue
        for part in re.finditer(r"[a-z]+", handle):
            word = part.group()
            if word in _HANDLE_WORDS or _english_word(word, ENGLISH_WORDS):
                continue
            readings = names.syllabify(word)
            if readings and len(readings[0]) >= 2:
                start = match.start(2) + part.start()
                found.append((start, start + len(word), REASON_HANDLE))
    return found


# Initials signing a line after a dash (- jw, - AN, - N.B., — A.L.) or a task (done by GH),
# and initials with full stops anywhere (told A.S., A.O. / F.L.), but not the abbreviations
# and company forms written so.
_SIGNED_INITIALS_RE = re.compile(
    r"(?<=[-–—] )((?:[A-Z]\.){1,3}|[A-Z]{2,3}|[a-z]{2,3})[ \t]*\r?$|(?<=\bby )([A-Z]{2,3})\b",
    re.MULTILINE,
)
# What a line ends with in small letters that is no one's initials.
_CHAT_SHORTHAND = _words("etc pls plz thx lol btw fyi asap tbd tbc")
_DOTTED_INITIALS_RE = re.compile(r"(?<![\w.])([A-Z]\.[A-Z]\.(?:[A-Z]\.)?)(?!\w)")
_NOT_INITIALS = _words(
    """
    A.M. P.M. U.S. U.K. U.N. P.S. E.U. D.C. B.C. A.D. I.D. P.O. M.D. B.A. M.A. W.L.L. L.L.C. B.E.
    S.A. S.L. N.V. B.V. P.T. R.O.K.
    """
)


def _latin_initials(folded: str) -> list[tuple[int, int, str]]:
    """Initials (above): signing a line or a task, or written with full stops."""
    found = []
    for match in _SIGNED_INITIALS_RE.finditer(folded):
        group = 1 if match.group(1) else 2
        letters = match.group(group).replace(".", "")
        if letters.upper() in ACRONYMS or (
            letters.islower()
            and (letters in _CHAT_SHORTHAND or _english_word(letters, ENGLISH_WORDS))
        ):
            continue  # - UN, - ok, - etc
        found.append((*match.span(group), REASON_LATIN_INITIALS))
    found.extend(
        (*match.span(1), REASON_LATIN_INITIALS)
        for match in _DOTTED_INITIALS_RE.finditer(folded)
        if match.group(1) not in _NOT_INITIALS
    )
    return found
