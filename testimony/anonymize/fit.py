"""Replacements fitted to the words around them, so that the redacted text reads like the original.

`fit_replacements(text, spans)` takes the final, non-overlapping spans of a text and returns them
widened or rewritten; a span with nothing around it to fit comes back as it was. A fitted span
still covers the whole name it covered before (spans only grow), never reaches into a
neighbouring span, and only ever takes in the words listed below.

A *pseudonym* is any replacement that is not a placeholder in brackets: "[name withheld]" and
"[redacted]" keep their titles and role words ("Mr. [name withheld]" reads fine and the title
still says something true), but get the Korean particle rules.

English, before a pseudonym:
- Titles go. One to four words from `names.TITLES_BEFORE` (any case, abbreviations with or
  without a full stop) and capitalised modifiers (Party, Deputy, General ...) right before the
  name are taken into the span: "Mr. Rim said" -> "Witness A said", "Comrade Captain Pak" ->
  "Supervisor 2". The pseudonym is capitalised, so a sentence that began with the title still
  begins with a capital.
- A role word that repeats the pseudonym's label goes, with its article and an apposition's
  commas: "the minder Kang said" (Kang = "Minder R") -> "Minder R said", "the minder, Kang, said"
  -> "Minder R said", "witness Kim" -> "Witness A", "a co-worker Yun" -> "Co-worker 3". Labels
  compare without case, hyphens or spaces ("coworker" = "Co-worker").
- Any other role phrase with a determiner keeps its words and the pseudonym goes in brackets, so
  that it does not read as a name: "the minder Kang" (Kang = "Supervisor 2") -> "the minder
  (Supervisor 2)", "my supervisor Pak" -> "my supervisor (Supervisor 2)", the commas of an
  apposition included. A role word that is not a title and has no determiner ("guard Kim") may
  be a verb or part of another phrase and is left alone.
- An introduction becomes a bracket after the noun it introduces: "a man named Pak" -> "a man
  (Witness P)", also "called" (after "a"/"an"/"one" + noun, or someone/somebody: "the man called
  Pak" may be a phone call), "nicknamed", "known as", "whose name was", "by the name of", and
  quotes around the name.
- Romanized courtesy titles after the name go: "Rim-dongmu said", "Kim ssi" -> "Witness A said".

Korean:
- Courtesy honorifics after a pseudonym go, attached or after one space, as "Mr." does in
  English: 씨, 님, 동무, 동지, 선생, 선생님, 여사 ("림일 씨는" -> "Witness A는"). Role titles
  (반장, 지배인, 보위원 ...) and kinship words (형, 언니 ...) stay: they say who the person was.
- A Hangul label written next to a Hangul pseudonym is not doubled: "감독 박영호가" and "박
  감독이" with the pseudonym "감독 1" -> "감독 1이".
- The particle attached to the name (or to a title that went) is chosen again for the last sound
  of the replacement: 은/는, 이/가, 을/를, 과/와, 으로/로 (ㄹ takes 로), 이랑/랑, 이나/나,
  이나마/나마, 이야/야, 아/야 (vocative), 이여/여, 이요/요 and the copula 이다/다, 이라(고, 는,
  서 ...)/라, 이란/란, 이었/였, 이어/여, 이에요/예요, 이며/며, 이고/고, 이지/지, 이니/니,
  이면/면, 이든/든, 이던/던, 이냐/냐, 이거나/거나, with whatever particles or endings follow
  (으로부터, 과는, 이었습니다). A particle is fitted only when it agrees with the sound it
  followed in the original (a Hangul name ending 철 takes 은, not 는), so a syllable that only
  looks like a particle is left alone. A lone 야 is the copula (이야) unless a comma, "!" or "~"
  follows, when it is the vocative (아). A lone 이 is the subject particle.
- The affectionate 이 after a Hangul name ending in a closed syllable (명철이가, 명철이는,
  명철이도, 명철이네, 명철이 형) is dropped and the particle after it fitted: "Witness A가". It is
  recognised only when what follows it is a particle, a copula ending or a kinship/role title,
  and the ending is not itself a closed-syllable form (명철이다 is 명철 + 이다). This also
  applies to placeholders: the 이 tells a reader that the hidden name ends in a consonant.
- The familiar suffix 가 after a registered surname the scan found with it (최가가 시키는,
  최가라고) goes too, and what followed it is fitted: "Supervisor 1이 시키는".
- The last sound of a replacement: a Hangul syllable by its final consonant; a digit or number
  as read in Korean (1 일, 7 칠, 8 팔 end in ㄹ; 3 삼, 6 육, 0 영 and every number ending in 0
  (십, 백, 천, 만) are closed; 2 이, 4 사, 5 오, 9 구 are open); a single capital letter, or a
  word in capitals, by the Korean name of its last letter (L 엘 and R 알 end in ㄹ, M 엠 and N
  엔 are closed, all others open); a word in small letters as an English word would be spoken
  (ending in m, n, ng: closed; in l: ㄹ; otherwise open, as 드, 트, 스, 어 are). Brackets,
  quotes and stops at the end are looked through: "[name withheld]" is read as "withheld"
  (-드, open: "[name withheld]가") and "[삭제됨]" as 됨 (closed: "[삭제됨]이"), as a reader
  would read it. Reading the word was chosen over the form-filling style "이(가)" because the
  text is a statement, not a template. Only when nothing readable is left (an emoji, "[…]") are
  both forms written: 은(는), 이(가), 을(를), 과(와), (으)로, (이)라고 ...

Text that is not right next to a span is never changed. Zero-width characters between a name
and its particle are taken into the span (they are invisible and would split the particle).
The function is linear in the text: each span looks at a few words either side of it.
"""

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from testimony.anonymize.names import HANGUL_TITLES, TITLES_BEFORE
from testimony.anonymize.spans import Span

OPEN, CLOSED, RIEUL = "open", "closed", "rieul"
# The reason the registered scan gives a surname followed by its familiar suffix 가 (최가가).
SUFFIX_GA = "with the suffix 가"

_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_SPACES = frozenset(" \t\u00a0\u3000\u202f\r") | _ZERO_WIDTH
_OPEN_QUOTES = {'"': '"', "'": "'", "“": "”", "‘": "’", "«": "»", "「": "」", "『": "』"}

# --- English words around a pseudonym ----------------------------------------------------------

_COURTESY = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mister",
        "madam",
        "madame",
        "comrade",
        "dr",
        "sir",
        "uncle",
        "aunt",
        "auntie",
        "granny",
        "grandpa",
    ]
)
_ABBREVIATIONS = frozenset(["mr", "mrs", "ms", "dr", "capt", "lt", "sgt", "col", "gen", "maj"])
# Role words: the default pseudonym labels and the people a testimony calls by their job.
_ROLES = TITLES_BEFORE | frozenset(
    [
        "witness",
        "relative",
        "co-worker",
        "coworker",
        "colleague",
        "official",
        "person",
        "guard",
        "overseer",
        "worker",
        "interpreter",
        "driver",
        "cook",
        "nurse",
        "watchman",
        "capt",
        "lt",
        "sgt",
        "col",
        "gen",
        "maj",
    ]
)
_MODIFIERS = frozenset(
    [
        "team",
        "camp",
        "site",
        "work",
        "security",
        "party",
        "safety",
        "head",
        "senior",
        "deputy",
        "general",
        "political",
        "assistant",
        "vice",
        "section",
        "construction",
        "brigade",
        "unit",
    ]
)
_CHAIN_WORDS = _ROLES | _MODIFIERS | _COURTESY
_ARTICLES = frozenset(["the", "a", "an"])
# "that" and "this" are left out: "he said that Supervisor Pak ..." is a conjunction.
_DETERMINERS = _ARTICLES | frozenset(["my", "our", "his", "her", "their", "your"])
_PERSON_NOUNS = _ROLES | frozenset(
    [
        "man",
        "woman",
        "boy",
        "girl",
        "guy",
        "fellow",
        "lady",
        "gentleman",
        "someone",
        "somebody",
        "friend",
        "child",
        "son",
        "daughter",
        "brother",
        "sister",
        "husband",
        "wife",
        "cousin",
        "neighbour",
        "neighbor",
        "soldier",
        "defector",
        "one",
    ]
)
_INTRODUCING = frozenset(["named", "nicknamed", "called", "as", "was", "is", "of"])
_ROMANIZED_COURTESY_AFTER = frozenset(["dongmu", "tongmu", "dongji", "tongji", "ssi", "nim"])

# --- Korean ------------------------------------------------------------------------------------

_COURTESY_AFTER = ("선생님", "선생", "동무", "동지", "여사", "씨", "님")
_COURTESY_FIRST = frozenset(word[0] for word in _COURTESY_AFTER)
_TITLES_AFTER = tuple(sorted(set(HANGUL_TITLES) | {"감독", "조장"}, key=len, reverse=True))

# Particles and endings that do not change with the sound before them, and may follow a
# particle that does (으로 + 부터, 과 + 는, 은 + 요).
_TRAILING = tuple(
    sorted(
        [
            "에게서",
            "한테서",
            "으로부터",
            "로부터",
            "에게",
            "한테",
            "께서",
            "에서",
            "까지",
            "부터",
            "처럼",
            "보다",
            "마저",
            "조차",
            "밖에",
            "만큼",
            "대로",
            "같이",
            "하고",
            "보고",
            "더러",
            "끼리",
            "으로",
            "로",
            "에",
            "께",
            "도",
            "의",
            "만",
            "뿐",
            "요",
            "서",
            "써",
            "는",
            "은",
            "을",
            "를",
            "네",
            "들",
            "랑",
            "씩",
            "야",
        ],
        key=len,
        reverse=True,
    )
)

_END, _PARTICLES, _FREE, _MORE = "end", "particles", "free", "more"


@dataclass(frozen=True)
class _Form:
    closed: str
    open: str
    unknown: str  # both forms, for a replacement with no readable last sound
    rest: str  # what may follow: nothing, particles, anything, anything but nothing
    rieul_open: bool = False  # ㄹ takes the open form (으로/로)


_FORMS = (
    _Form("은", "는", "은(는)", _PARTICLES),
    _Form("이", "가", "이(가)", _END),
    _Form("을", "를", "을(를)", _PARTICLES),
    _Form("과", "와", "과(와)", _PARTICLES),
    _Form("으로", "로", "(으)로", _PARTICLES, rieul_open=True),
    _Form("이랑", "랑", "(이)랑", _PARTICLES),
    _Form("이나마", "나마", "(이)나마", _PARTICLES),
    _Form("이나", "나", "(이)나", _PARTICLES),
    _Form("이야말로", "야말로", "(이)야말로", _PARTICLES),
    _Form("이야", "야", "(이)야", _PARTICLES),
    _Form("이여", "여", "(이)여", _END),
    _Form("이요", "요", "(이)요", _END),
    _Form("이었", "였", "이었(였)", _FREE),
    _Form("이어", "여", "이어(여)", _MORE),
    _Form("이에요", "예요", "이에요(예요)", _FREE),
    _Form("이다", "다", "(이)다", _FREE),
    _Form("이라", "라", "(이)라", _FREE),
    _Form("이란", "란", "(이)란", _FREE),
    _Form("이며", "며", "(이)며", _FREE),
    _Form("이고", "고", "(이)고", _FREE),
    _Form("이지", "지", "(이)지", _FREE),
    _Form("이니", "니", "(이)니", _FREE),
    _Form("이면", "면", "(이)면", _FREE),
    _Form("이든", "든", "(이)든", _FREE),
    _Form("이던", "던", "(이)던", _FREE),
    _Form("이냐", "냐", "(이)냐", _FREE),
    _Form("이거나", "거나", "(이)거나", _FREE),
)
_VOCATIVE = _Form("아", "야", "아(야)", _END)
_VOCATIVE_AFTER = frozenset(",!~")
# What a title after "명철이" may carry for the 이 to be affectionate: the title is the subject.
_SUBJECT_FORMS = frozenset(["은", "이", "이다", "이었", "이에요", "이라", "이야", "이고", "이며"])

# Every spelling of every form, by first character, longest first: (spelling, form, is_closed).
_BY_FIRST: dict[str, list[tuple[str, _Form, bool]]] = {}
for _form in (*_FORMS, _VOCATIVE):
    for _spelling, _closed in ((_form.closed, True), (_form.open, False)):
        _BY_FIRST.setdefault(_spelling[0], []).append((_spelling, _form, _closed))
for _entries in _BY_FIRST.values():
    _entries.sort(key=lambda entry: -len(entry[0]))

_HANGUL_BASE = 0xAC00
_RIEUL_FINAL = 8

_LETTER_SOUNDS = {"l": RIEUL, "r": RIEUL, "m": CLOSED, "n": CLOSED}
_DIGIT_SOUNDS = {
    "0": CLOSED,
    "1": RIEUL,
    "2": OPEN,
    "3": CLOSED,
    "4": OPEN,
    "5": OPEN,
    "6": CLOSED,
    "7": RIEUL,
    "8": RIEUL,
    "9": OPEN,
}


def _is_hangul(char: str) -> bool:
    return "가" <= char <= "힣"


def _is_latin(char: str) -> bool:
    return ("a" <= char <= "z") or ("A" <= char <= "Z") or ("Ａ" <= char <= "ｚ" and char.isalpha())


def _plain(text: str) -> str:
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKC", text).lower()


def _label_key(text: str) -> str:
    return "".join(char for char in _plain(text) if char.isalnum())


def _syllable_sound(char: str) -> str:
    final = (ord(char) - _HANGUL_BASE) % 28
    if final == 0:
        return OPEN
    return RIEUL if final == _RIEUL_FINAL else CLOSED


@lru_cache(maxsize=4096)
def last_sound(text: str) -> str | None:
    """How the end of `text` sounds in Korean: OPEN, CLOSED, RIEUL, or None if unreadable."""
    folded = unicodedata.normalize("NFKC", text)
    end = len(folded)
    while end and (
        folded[end - 1].isspace()
        or folded[end - 1] in _ZERO_WIDTH
        or unicodedata.category(folded[end - 1])[0] in "PZ"
    ):
        end -= 1
    if not end or not folded[end - 1].isalnum():
        return None
    char = folded[end - 1]
    if _is_hangul(char):
        return _syllable_sound(char)
    # A consonant letter (NFKC turns ㄹ into the conjoining ᄅ): 리을 ends in ㄹ, the others
    # (기역, 니은 ...) close too. A vowel letter is open.
    if "\u1100" <= char <= "\u1112" or "\u11a8" <= char <= "\u11c2":
        return RIEUL if char in "\u1105\u11af" else CLOSED
    if "\u1161" <= char <= "\u1175":
        return OPEN
    if char in _DIGIT_SOUNDS:
        return _DIGIT_SOUNDS[char]
    if not ("a" <= char.lower() <= "z"):
        return None
    start = end
    while start and "a" <= folded[start - 1].lower() <= "z":
        start -= 1
    word = folded[start:end]
    if len(word) == 1 or word.isupper():
        return _LETTER_SOUNDS.get(char.lower(), OPEN)
    word = word.lower()
    if word.endswith(("m", "n", "ng")):
        return CLOSED
    return RIEUL if word.endswith("l") else OPEN


@lru_cache(maxsize=4096)
def _is_placeholder(replacement: str) -> bool:
    stripped = replacement.strip()
    return not stripped or stripped[0] in "[(<{" or not any(c.isalnum() for c in stripped)


@lru_cache(maxsize=4096)
def _label(replacement: str) -> str:
    """ "Supervisor 2" -> "Supervisor", "증인 가" -> "증인"; "" when there is no label."""
    head, _space, tail = replacement.strip().rpartition(" ")
    if not head or not tail or len(tail) > 3 or not tail.isalnum():
        return ""
    return head


# --- Korean particles --------------------------------------------------------------------------


def _only_particles(rest: str) -> bool:
    position = 0
    while position < len(rest):
        for particle in _TRAILING:
            if rest.startswith(particle, position):
                position += len(particle)
                break
        else:
            return False
    return True


def _parse(word: str, after: str) -> tuple[str, _Form, bool] | None:
    """The particle that `word` starts with: (its spelling, its form, whether closed)."""
    if not word:
        return None
    for spelling, form, closed in _BY_FIRST.get(word[0], ()):
        if not word.startswith(spelling):
            continue
        rest = word[len(spelling) :]
        if form.rest == _END and rest:
            continue
        if form.rest == _MORE and not rest:
            continue
        if form.rest == _PARTICLES and not _only_particles(rest):
            continue
        if form is _VOCATIVE and not closed:
            continue  # an open 야 is read through 이야 unless the comma says otherwise
        if spelling == "야" and not rest and after in _VOCATIVE_AFTER:
            return spelling, _VOCATIVE, False
        return spelling, form, closed
    return None


def _expected(form: _Form, sound: str | None, closed: bool) -> bool:
    """Does this spelling agree with the sound it followed?"""
    if sound is None:
        return True
    if sound == RIEUL and form.rieul_open:
        return not closed
    return closed == (sound != OPEN)


def _spelling_for(form: _Form, sound: str | None) -> str:
    if sound is None:
        return form.unknown
    if sound == OPEN or (sound == RIEUL and form.rieul_open):
        return form.open
    return form.closed


def _hangul_run(text: str, position: int, limit: int) -> str:
    end = position
    while end < limit and _is_hangul(text[end]):
        end += 1
    return text[position:end]


def _skip_zero_width(text: str, position: int, limit: int) -> int:
    while position < limit and text[position] in _ZERO_WIDTH:
        position += 1
    return position


def _title_follows(text: str, position: int, limit: int) -> bool:
    """A Korean title after a space: the 이 in "명철이 형이" is affectionate. Before a title
    that takes an object particle ("명철이 형을 때렸다") the 이 is the subject particle."""
    if position >= limit or text[position] != " ":
        return False
    word = _hangul_run(text, position + 1, limit)
    for title in _TITLES_AFTER:
        if not word.startswith(title):
            continue
        rest = word[len(title) :]
        if not rest:
            return True
        parsed = _parse(rest, "")
        if parsed is not None:
            return parsed[1].closed in _SUBJECT_FORMS
        return rest.startswith(("도", "만", "의"))
    return False


def _fit_particle(
    text: str, position: int, limit: int, before: str | None, replacement_sound: str | None
) -> tuple[int, str]:
    """From `position`, the end of what to take in and what to write for it (the refitted
    particle); (position, "") when nothing changes. `before` is how the text that preceded the
    particle sounded."""
    if position >= limit or not ("가" <= text[position] <= "힣" or text[position] in _ZERO_WIDTH):
        return position, ""
    start = _skip_zero_width(text, position, limit)
    word = _hangul_run(text, start, limit)
    if not word:
        return position, ""
    end_of_word = start + len(word)
    after = text[end_of_word] if end_of_word < len(text) else ""
    parsed = _parse(word, after)
    if parsed is not None and _expected(parsed[1], before, parsed[2]):
        spelling, form, _closed = parsed
        fitted = _spelling_for(form, replacement_sound)
        if fitted == spelling and start == position:
            return position, ""
        return start + len(spelling), fitted
    if before in (CLOSED, RIEUL) and word[0] == "이" and len(word) > 1:
        # The affectionate 이: 명철이가, 명철이도. What follows it was written for an open sound.
        rest = word[1:]
        parsed = _parse(rest, after)
        if parsed is not None and not parsed[2]:
            spelling, form, _closed = parsed
            return start + 1 + len(spelling), _spelling_for(form, replacement_sound)
        if _only_particles(rest):
            return start + 1, ""
    return position, ""


# --- The words before a span -------------------------------------------------------------------


@dataclass(frozen=True)
class _Word:
    start: int
    end: int  # after the full stop, if any
    word: str  # NFKC, lowercase, without the full stop
    dot: bool


_WINDOW = 48  # longer than any title, role word or run of spaces worth reading
_SPACE_CLASS = "[ \\t\u00a0\u3000\u202f\r\u200b\u200c\u200d\u2060\ufeff]*"
# Read backwards: spaces (one line break at most), an optional full stop, a Latin word.
_REVERSED_WORD = re.compile(
    f"({_SPACE_CLASS}(?:\\n{_SPACE_CLASS})?)(\\.?)([A-Za-z\uff21-\uff3a\uff41-\uff5a'’-]+)"
)


def _word_before(text: str, low: int, position: int, glued: bool = False) -> _Word | None:
    """The Latin word before `position`, with only spaces (and one line break) between, or
    nothing between when `glued` (the word before a comma)."""
    window_start = max(low, position - _WINDOW)
    backwards = text[window_start:position][::-1]
    match = _REVERSED_WORD.match(backwards)
    if match is None:
        return None
    gap, dot, word = match.groups()
    if not gap and not dot and not glued:
        return None  # glued to the name
    after = match.end()
    if after == len(backwards):
        if window_start > low:
            return None  # a word longer than the window: no title
        if window_start > 0 and text[window_start - 1].isalnum():
            return None
    elif backwards[after].isalnum():
        return None
    word = word[::-1]
    word_end = position - len(gap) - len(dot)
    stripped = word.lstrip("-'’")
    if not stripped:
        return None
    return _Word(word_end - len(stripped), position - len(gap), _plain(stripped), bool(dot))


def _comma_before(text: str, low: int, position: int) -> int | None:
    index = position
    while index > low and text[index - 1] in _SPACES:
        index -= 1
    if index > low and text[index - 1] == ",":
        return index - 1
    return None


def _closes_apposition(text: str, end: int, limit: int) -> int | None:
    """After "the minder, Kang": the comma to take in (end + 1), end if the sentence stops
    there, None if the name goes on ("the minder, Kang and Pak")."""
    if end >= len(text) or end >= limit:
        return end if end >= len(text) else None
    char = text[end]
    if char == ",":
        return end + 1
    return end if char in ".;:!?)\n\r" else None


def _introduction(text: str, low: int, last: _Word | None) -> _Word | None:
    """The person noun of "a man named", "someone called", "a guard whose name was"; `last` is
    the word right before the name."""
    if last is None or last.dot or last.word not in _INTRODUCING:
        return None
    words = [last]
    if last.word in ("named", "nicknamed", "called"):
        pass
    elif last.word == "as":
        known = _word_before(text, low, last.start)
        if known is None or known.word != "known":
            return None
        words.append(known)
    elif last.word in ("was", "is", "of"):
        expected = ("name", "whose") if last.word != "of" else ("name", "the", "by")
        for needed in expected:
            previous = _word_before(text, low, words[-1].start)
            if previous is None or previous.word != needed or previous.dot:
                return None
            words.append(previous)
    else:
        return None
    noun = _word_before(text, low, words[-1].start)
    if noun is None or noun.dot or noun.word not in _PERSON_NOUNS:
        return None
    if last.word == "called" and noun.word not in ("someone", "somebody"):
        article = _word_before(text, low, noun.start)
        if article is None or article.word not in ("a", "an", "one"):
            return None
    return noun


def _fit_left_english(
    text: str, low: int, start: int, end: int, limit: int, replacement: str
) -> tuple[int, int, str]:
    """(new start, new end, new replacement) for the words before a pseudonym."""
    if start == low:
        return start, end, replacement
    previous = text[start - 1]
    if previous in _OPEN_QUOTES:
        if end < limit and text[end] == _OPEN_QUOTES[previous]:
            noun = _introduction(text, low, _word_before(text, low, start - 1))
            if noun is not None:
                return noun.end, end + 1, f" ({replacement})"
        return start, end, replacement
    if previous not in _SPACES and previous not in "\n.":
        return start, end, replacement
    last = _word_before(text, low, start)
    noun = _introduction(text, low, last)
    if noun is not None:
        return noun.end, end, f" ({replacement})"

    comma = _comma_before(text, low, start) if last is None else None
    chain: list[_Word] = []
    while len(chain) < 4:
        if chain:
            word = _word_before(text, low, chain[-1].start)
        elif comma is None:
            word = last
        else:
            word = _word_before(text, low, comma, glued=True)
        if word is None or word.word not in _CHAIN_WORDS:
            break
        if word.dot and word.word not in _ABBREVIATIONS:
            break  # "the officer. Pak said": a sentence ended
        chain.append(word)
    determiner = _word_before(text, low, chain[-1].start) if chain else None
    if determiner is not None and (determiner.word not in _DETERMINERS or determiner.dot):
        determiner = None
    if determiner is None:
        # Without a determiner a lowercase "work" or "camp" is a verb or a noun of its own.
        while chain and chain[-1].word in _MODIFIERS and text[chain[-1].start].islower():
            chain.pop()
    if not chain or all(word.word in _MODIFIERS for word in chain):
        return start, end, replacement
    new_end = end
    if comma is not None:
        closed = _closes_apposition(text, end, limit)
        if closed is None or determiner is None:
            return start, end, replacement
        new_end = closed
    in_order = list(reversed(chain))
    roles = [word for word in in_order if word.word not in _COURTESY]
    label = _label(replacement)
    matches_label = (
        bool(roles)
        and bool(label)
        and (_label_key(" ".join(word.word for word in roles)) == _label_key(label))
    )
    if determiner is None:
        if matches_label or all(
            word.word in TITLES_BEFORE or word.word in _COURTESY or word.word in _MODIFIERS
            for word in chain
        ):
            return in_order[0].start, new_end, replacement
        return start, end, replacement
    if matches_label and determiner.word in _ARTICLES:
        return determiner.start, new_end, replacement
    if roles:
        return roles[-1].end, new_end, f" ({replacement})"
    return in_order[0].start, new_end, replacement


def _fit_left_hangul_label(text: str, low: int, start: int, label: str) -> int:
    """ "감독 박영호" with the pseudonym "감독 1": the label before the name goes."""
    index = start
    while index > low and text[index - 1] in _SPACES:
        index -= 1
    if index == start or index - len(label) < low or text[index - len(label) : index] != label:
        return start
    before = index - len(label)
    if before > 0 and (_is_hangul(text[before - 1]) or text[before - 1].isalnum()):
        return start
    return before


def _fit_right_words(text: str, end: int, limit: int, hangul_label: str) -> tuple[int, str | None]:
    """A courtesy title (or a doubled Hangul label) after a pseudonym: where it ends and how it
    sounded, for the particle after it; (end, None) when there is none."""
    position = end
    if position >= limit:
        return end, None
    if text[position] in " -":
        position += 1
        if position >= limit:
            return end, None
    elif not _is_hangul(text[position]):
        return end, None
    if _is_latin(text[position]):
        if position == end:
            return end, None
        index = position
        while index < limit and _is_latin(text[index]):
            index += 1
        word = _plain(text[position:index])
        if word in _ROMANIZED_COURTESY_AFTER and (index >= len(text) or not text[index].isalnum()):
            return index, last_sound(word)
        return end, None
    if text[end] == "-":
        return end, None
    first = text[position]
    if first not in _COURTESY_FIRST and (not hangul_label or first != hangul_label[0]):
        return end, None
    for word in (hangul_label, *_COURTESY_AFTER) if hangul_label else _COURTESY_AFTER:
        if not text.startswith(word, position):
            continue
        after = position + len(word)
        if after > limit:
            continue
        following = _hangul_run(text, _skip_zero_width(text, after, limit), limit)
        next_char = text[after + len(following)] if after + len(following) < len(text) else ""
        if not following or _parse(following, next_char) or _only_particles(following):
            return after, last_sound(word)
    return end, None


# --- Putting it together -----------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _facts(replacement: str) -> tuple[bool, str]:
    """Whether `replacement` is a pseudonym, and its label if that is written in Hangul."""
    if _is_placeholder(replacement):
        return False, ""
    label = _label(replacement)
    hangul = label and all(_is_hangul(char) or char == " " for char in label)
    return True, label if hangul else ""


def _fit_one(text: str, span: Span, low: int, limit: int) -> Span:
    start, end, replacement = span.start, span.end, span.replacement
    name = text[start:end]
    name_sound = last_sound(name) if _is_hangul(name[-1]) else None
    pseudonym, hangul_label = _facts(replacement)
    new_start, new_end, new_replacement = start, end, replacement
    if pseudonym:
        if hangul_label:
            new_start = _fit_left_hangul_label(text, low, start, hangul_label)
        if new_start == start:
            new_start, new_end, new_replacement = _fit_left_english(
                text, low, start, end, limit, replacement
            )
    if new_end == end:
        position, before = end, name_sound
        after_name = _skip_zero_width(text, end, limit)
        if (
            name_sound in (CLOSED, RIEUL)
            and after_name < limit
            and text[after_name] == "이"
            and _title_follows(text, after_name + 1, limit)
        ):
            position = after_name + 1  # 명철이 형이: the 이 goes, the title stays
        elif SUFFIX_GA in span.reason and text[after_name : after_name + 1] == "가":
            # 최가가 시키는, 최가라고: the surname's familiar suffix goes with the surname, and
            # what follows it was written for its open sound.
            position, before = after_name + 1, OPEN
        if pseudonym:
            after_words, words_sound = _fit_right_words(text, position, limit, hangul_label)
            if after_words > position:
                position, before = after_words, words_sound
        taken, particle = _fit_particle(text, position, limit, before, last_sound(new_replacement))
        new_end = max(taken, position)
        new_replacement += particle
    if (new_start, new_end, new_replacement) == (start, end, replacement):
        return span
    return replace(
        span,
        start=new_start,
        end=new_end,
        text=text[new_start:new_end],
        replacement=new_replacement,
    )


def fit_replacements(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with their replacements fitted to the words around them; see the module
    docstring. Same order as given; spans that are out of range or overlap come back unchanged."""
    order = sorted(range(len(spans)), key=lambda index: (spans[index].start, spans[index].end))
    fitted = list(spans)
    low = 0
    length = len(text)
    for position, index in enumerate(order):
        span = spans[index]
        limit = spans[order[position + 1]].start if position + 1 < len(order) else length
        valid = 0 <= span.start < span.end <= length and low <= span.start and span.end <= limit
        if valid:
            fitted[index] = _fit_one(text, span, low, min(limit, length))
        low = max(low, fitted[index].end, span.end)
    return fitted
