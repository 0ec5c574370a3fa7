"""Names as informal writing gives them, for the review list (`unresolved/`).

The review list's other rules look for the shapes names take in careful prose: a capital
letter, a title before it, a Hangul proper noun. Chat logs, typed-up notes and quoted speech
drop those signs: "i took it from du-ho", "captain nam says", "ho-chol 형", "we call shorty",
"별명이 다람쥐였어요", "도 기사가", "郑이라고 썼어요". Measured on the blind sets, these were
most of the mentions that reached neither a proposal nor the review list (docs/ANONYMIZATION.md,
"Rounds 8-10"). This module lists them, generously, since each item costs the reviewer one key:

- a word in small letters made of romanized Korean syllables with a hyphen (du-ho, kyong-su),
  with a romanized surname before it (yang kyong-su), or without a hyphen after a romanized
  surname that is no English word (nam cheol);
- a word in small letters after a title or a word that introduces a person (captain nam,
  lao chen, pastor peter) when it is romanized Korean, Chinese pinyin or a known given name,
  and not an English word; a Korean surname after a title even when it is one (ms sin);
- a Latin word, any case, right before a Korean title or welded to a Korean particle, unless
  it is an English word (ho-chol 형, sunggi한테; not "won 팀장", the currency);
- a word in small letters that is a known given name or Chinese surname of the workers' host
  countries and no English word (peter, zhou);
- a word introduced as a nickname ("별명이 다람쥐", "멸치라고 불렀", "we called him 곰",
  "we call shorty and glasses"), and every other mention of it;
- a Hangul surname alone beside a title (도 기사, 현 참사, 비서 편이었습니다);
- a Chinese surname written as one character alone (郑, 孙);
- a surname written apart before a word for a post (강 관리원), a Hangul word glossed in Latin
  letters (람(Ram?)), a Hangul word starting with a surname in a line of English (신은지), a
  word in a script no other rule reads (Bengali, Thai, Devanagari, Georgian ...);
- a Korean surname in small letters that is no English word (mentions hyon), dotted initials
  in small letters (p.d.s.), and the Hangul speakers of a chat ("별: 안자 왜") with their
  other mentions;
- every other mention, in any case, of a Latin word of a name already proposed or listed.

Functions take the folded text without diacritics (`plain`, Latin rules) or the original text
(Hangul rules, as Kiwi reads it) and return (start, end, reason) in that text's offsets.
"""

import re
from collections.abc import Iterable
from functools import cache

from django.utils.translation import gettext_noop

from testimony.anonymize import context_names, foreign_names, names

REASON_SMALL_ROMANIZED = gettext_noop("romanized Korean name written in small letters")
REASON_SMALL_AFTER_TITLE = gettext_noop("word in small letters after a title or 'called'")
REASON_BEFORE_KOREAN_TITLE = gettext_noop("Latin word before a Korean title or particle")
REASON_SMALL_FOREIGN = gettext_noop("given name or Chinese surname written in small letters")
REASON_NICKNAME = gettext_noop("word introduced as a nickname, and its other mentions")
REASON_SURNAME_BESIDE_TITLE = gettext_noop("Korean surname alone beside a title")
REASON_HAN_SURNAME = gettext_noop("Chinese surname written as one character")
REASON_LATIN_REPEAT = gettext_noop("another mention of a word proposed or listed as a name")
REASON_SPEAKER = gettext_noop("speaker of a chat in Hangul, and the same word elsewhere")
REASON_SMALL_SURNAME = gettext_noop("Korean surname written in small letters")
REASON_SMALL_INITIALS = gettext_noop("initials in small letters")
REASON_GLOSSED = gettext_noop("Korean word glossed with a name in Latin letters")
REASON_IN_LATIN = gettext_noop("Korean name-shaped word in an English sentence")
REASON_OTHER_SCRIPT = gettext_noop("word in another script (Bengali, Thai, Devanagari ...)")
REASON_JAPANESE_HONORIFIC = gettext_noop("name before a Japanese honorific (佐々木くん, 森下さん)")
REASON_SELF_CALLED = gettext_noop("name in quotes after 자칭, 별명 or 'nicknamed'")

REASONS = (
    REASON_SMALL_ROMANIZED,
    REASON_SMALL_AFTER_TITLE,
    REASON_BEFORE_KOREAN_TITLE,
    REASON_SMALL_FOREIGN,
    REASON_NICKNAME,
    REASON_SURNAME_BESIDE_TITLE,
    REASON_HAN_SURNAME,
    REASON_LATIN_REPEAT,
    REASON_SPEAKER,
    REASON_SMALL_SURNAME,
    REASON_SMALL_INITIALS,
    REASON_GLOSSED,
    REASON_IN_LATIN,
    REASON_OTHER_SCRIPT,
)
# Dotted initials in small letters ("p.d.s.", "k.c.m"), and abbreviations that look alike.
_SMALL_INITIALS_RE = re.compile(r"(?<![A-Za-z.])(?:[a-z]\.){2,3}(?:[a-z](?![a-z.]))?")
_NOT_INITIALS = frozenset(
    names._words("i.e. e.g. a.m. p.m. n.b. p.s. o.k. u.s. u.n. u.k. a.k.a. c.c. r.i.p. i.d. o.o.")
)

_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+)*")
# Words in small letters that introduce a person in informal English, beside the titles of
# names.TITLES_BEFORE: Chinese "old"/"little" before a surname, and a few roles.
_SMALL_INTRODUCERS = frozenset(
    ["lao", "xiao", "pastor", "named", "called", "nicknamed", "surnamed", "aka"]
)
# What follows "called"/"call" without being the name: "called him X", "call it a day".
_CALL_OBJECTS = frozenset(
    names._words(
        "him her them me us it its the a an out up that this these those his their my our "
        "your back in on off over down home again so by what when"
    )
)
_FUNCTION_WORDS = names.ENGLISH_FUNCTION_WORDS | _CALL_OBJECTS
# Korean words that "...라고 불렀" quotes without them being a nickname: 이 after a closing
# quote ("저우 반장"이라고), 뭐, 그.
_NOT_NICKNAMES = frozenset(["이", "그", "저", "뭐", "무엇", "누구", "그렇게", "이렇게"])
_HANGUL_TITLE_RE = "|".join(names.HANGUL_TITLES)
# Particles a Latin word takes in mixed Korean writing: won이, sunggi한테, tony랑.
_WELDED_PARTICLE_RE = re.compile(
    r"(?:이가|이는|이랑|이한테|이도|한테|에게|께서|이|가|은|는|을|를|랑|하고|의|도|아|야)(?![가-힣])"
)
# What may follow a Hangul name or title: a particle, then no more Hangul (형이, 별이가, 참사).
_AFTER_NAME = (
    r"(?:이었|였|이에요|예요|이다|입니다|이라|라|"
    r"(?:이가|이는|이를|이도|이랑|이의|이한테|님|이|가|은|는|을|를|의|에게|한테|께서|랑|하고|도|만|아|야)?"
    r"(?![가-힣]))"
)
_LATIN_BEFORE_TITLE_RE = re.compile(
    rf"(?<![A-Za-z'’-])([A-Za-z]+(?:-[A-Za-z]+)*)(?:[ \t]*(?:{_HANGUL_TITLE_RE})(?={_AFTER_NAME})|"
    rf"(?={_WELDED_PARTICLE_RE.pattern}))"
)
# One Hangul syllable that is a Korean surname.
_SURNAME_SYLLABLE = "[" + "".join(sorted(s for s in names.SURNAMES if len(s) == 1)) + "]"
# A nickname introduced in Korean or English; group 1 is the nickname.
_NICKNAME_RES = (
    # 별명이 다람쥐였어요, 별명은 연필
    re.compile(
        r"별명(?:이|은)?[ \t]+([가-힣]{1,4}?)"
        r"(?=이었|였|이라|라고|이에요|예요|이야|이고|[,.!?\"'”’)]|$)"
    ),
    # 멸치라고 불렀어요, 별이라고만 불렀
    re.compile(
        r"(?<![가-힣\"'”’」』])([가-힣]{1,4}?)(?:이)?라고(?:만|들)?[ \t]*(?:불렀|부르|불러|불렸)"
    ),
    # "람"이라고 했다, '곰'이라고 불렀다: a quoted word called
    re.compile(
        r"[\"“'‘]([가-힣]{1,4})[\"”'’][ \t]*(?:이)?라고(?:만|들)?[ \t]*(?:불렀|부르|불러|불렸|했)"
    ),
    # [삼촌 = 운반책 김학수], [안경 = 가짜 신분증 만드는 조씨]: a notebook's key, a word set
    # equal to a person within the line (a word for a person, or a surname with 씨).
    re.compile(
        r"(?m)^[ \t]*[\[(]?[ \t]*([가-힣]{1,5})[ \t]*=[ \t]*(?=[^\n=]{0,30}?"
        rf"(?:사람|브로커|보위원|운반책|운전수|기사|소녀|소년|여자|남자|(?<![가-힣]){_SURNAME_SYLLABLE}씨))"
    ),
    # "곰"(고만수): a word quoted before a name in brackets.
    re.compile(r"[\"“'‘]([가-힣]{1,4})[\"”'’][ \t]*\([가-힣]{2,4}\)"),
    # called him 곰, we called him 멸치, nicknamed 연필
    re.compile(
        r"\b(?:call(?:ed|s)?|nicknamed)[ \t]+(?:(?:him|her|them|me|us)[ \t]+)?"
        r"[\"'“‘]?([가-힣]{1,4})(?![가-힣])"
    ),
)
# 브로커 "오빠", 브로커(흰머리): a word quoted or bracketed after a word for a person, a
# nickname even when it is a word of address (the broker called "big brother").
_PERSON_NOUNS_RE = "(?:브로커|보위원|운반책|운전수|반장|감독|사장|통역)"
_NICKNAME_AFTER_PERSON_RES = (
    re.compile(rf"{_PERSON_NOUNS_RE}[ \t]*[\"“'‘]([가-힣]{{1,4}})[\"”'’]"),
    re.compile(rf"{_PERSON_NOUNS_RE}[ \t]*\(([가-힣]{{1,4}})\)"),
)
# "we call shorty and glasses": an English nickname in small letters after "(we) call".
_SMALL_NICKNAME_RE = re.compile(
    r"\b(?:we|they|everyone|everybody|people|all|men|guys)[ \t]+(?:all[ \t]+)?call(?:ed)?[ \t]+"
    r"(?:(?:him|her|them)[ \t]+)?([a-z]+)(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+)([a-z]+))?"
)
# Words for a post that follow a surname written apart, beside names.HANGUL_TITLES: 강 관리원,
# 도 기사, 현 참사, 나타샤 아줌마. Not the words that follow a determiner as often (한 노동자).
_HANGUL_POSTS = (*names.HANGUL_TITLES, *names.HANGUL_POSTS)
_POSTS_RE = "|".join(sorted(set(_HANGUL_POSTS), key=len, reverse=True))
# Words of address and posts a notice or a rota writes after a surname apart, beside those
# (우 할매, 하 할머님, 표 센터장님, 최 인턴). A number, a determiner, "former" or "not" comes
# before them as often (두 할머니, 그 아저씨, 전 회장): those syllables are no surname there.
ADDRESS_AFTER_SURNAME = frozenset(
    names._words(
        """
        할머니 할머님 할매 할아버지 할배 엄마 아빠 형님 이모 삼촌 센터장 센터장님 회장 회장님
        원장님 사장님 대위 중위 소위 연구원 인턴 사무국장
        """
    )
) - set(_HANGUL_POSTS)
NOT_BEFORE_ADDRESS = frozenset("이그저나제내한두세네오육칠팔구십백천만전각총안못새옛첫온몇")
# A one-syllable Hangul surname and a title written apart: 도 기사가, 현 참사, 정 사장은;
# group 2 the title.
_SURNAME_TITLE_RE = re.compile(
    rf"(?<![가-힣])([가-힣])[ \t]+"
    rf"({'|'.join(sorted({*_HANGUL_POSTS, *ADDRESS_AFTER_SURNAME}, key=len, reverse=True))})"
    rf"(?={_AFTER_NAME})"
)
# A role word, then a surname alone before a copula: 당 비서 편이었습니다, 지도원은 차라는.
_ROLE_SURNAME_RE = re.compile(
    rf"(?:{_POSTS_RE})(?:은|는|이|가)?[ \t]+([가-힣])"
    r"(?=이었|였|이라는|라는|이다|입니다|이에요|예요)"
)
# A role word, then a surname alone at the end of a line or before a person's particle:
# "확인: 보위지도원 변 (수표)", "보위원 도에 대한 정보", "관리원 탁에게"; not 이, 그, 저, 나, 제
# (this, that, I), and 안 before a word is 'not' (반장 안 와요).
_POST_SURNAME_RE = re.compile(
    rf"(?<![가-힣])(?:{_POSTS_RE})[ \t]+(?![이그저나제])([가-힣])"
    r"(?=[ \t]*(?:$|[^가-힣 \t])|에게|한테|에[ \t]+(?:대한|관한|대해))",
    re.MULTILINE,
)
# A Hangul word glossed in Latin letters: 람(Ram?), 라힘 (Rahim).
_GLOSSED_RE = re.compile(r"(?<![가-힣])([가-힣]{1,5})[ \t]?\(([A-Z][a-z]+)(\??)")
# Letters of scripts the other rules do not read (Hebrew, Indic, Thai, Lao, Myanmar, Georgian,
# Armenian, Khmer, Mongolian, Ethiopic): in a testimony, a word in them is almost always a name.
_OTHER_SCRIPT_RE = re.compile(
    "[\u0530-\u058f\u0590-\u05ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10a0-\u10ff"
    "\u1200-\u137f\u1780-\u17ff\u1800-\u18af]+"
)
# Katakana, the script Japanese writes foreign names in (and a Japanese name's reading, its
# furigana): a word, or a full name with a space or a middle dot between its words (タナカ ユミ,
# ジョン・オニール, キム スンジャ), halfwidth forms included.
_KATAKANA_RE = re.compile(
    "[\u30a1-\u30fa\uff66-\uff9d][\u30a1-\u30fc\uff66-\uff9f]*"
    "(?:[ \u3000\u30fb\u00b7\uff65][\u30a1-\u30fa\uff66-\uff9d][\u30a1-\u30fc\uff66-\uff9f]*)*"
)
# A Hangul word in a line written mostly in Latin letters ("my Korean name is 신은지", "the
# surname is 정 (鄭)"): a name, or a gloss that costs one key.
_HANGUL_WORD_RE = re.compile(r"(?<![가-힣])[가-힣]{1,4}(?![가-힣])")
_HAN_SINGLE_RE = re.compile(
    r"(?<![\u3400-\u9fff\uf900-\ufaff])([\u4e00-\u9fff])(?![\u3400-\u9fff])"
)


@cache
def _english() -> frozenset[str]:
    """Words in small letters that are English before they are names."""
    from testimony.anonymize.english import ENGLISH_WORDS

    return ENGLISH_WORDS | names.ENGLISH_FUNCTION_WORDS | names.ENGLISH_WORD_SPELLINGS


def _is_english(word: str) -> bool:
    from testimony.anonymize.unresolved import _english_word

    return all(_english_word(part, _english()) for part in word.split("-") if part)


def _korean_syllables(word: str) -> bool:
    from testimony.anonymize.unresolved import _is_korean_syllables

    return _is_korean_syllables(word)


def _name_shaped(word: str) -> bool:
    """Romanized Korean, a pinyin surname, or a known foreign given name."""
    return (
        _korean_syllables(word)
        or word.lower() in foreign_names.PINYIN_SURNAMES
        or word.lower() in foreign_names.GIVEN_LATIN
    )


def _tokens(plain: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(plain)]


def latin_candidates(plain: str, places: frozenset[str]) -> list[tuple[int, int, str]]:
    """Latin words of informal writing that may be names (module docstring, first four)."""
    tokens = _tokens(plain)
    found: list[tuple[int, int, str]] = []
    for index, (start, end, word) in enumerate(tokens):
        if not word.islower() or word in places or len(word) < 2:
            continue
        previous = tokens[index - 1] if index else None
        gap = plain[previous[1] : start] if previous else ""
        joined_to_previous = previous is not None and re.fullmatch(r"[ \t]+", gap) is not None
        if "-" in word and _korean_syllables(word) and not _is_english(word):
            if (
                joined_to_previous
                and previous[2] in names.ROMANIZED_SURNAMES
                and previous[2] not in _english()
            ):
                start = previous[0]  # yang kyong-su: one item
            found.append((start, end, REASON_SMALL_ROMANIZED))
            continue
        title = previous[2].lower().rstrip(".") if previous else ""
        after_title = joined_to_previous and (
            title in names.TITLES_BEFORE or title in _SMALL_INTRODUCERS
        )
        if after_title and word in names.ROMANIZED_SURNAMES and word not in _FUNCTION_WORDS:
            # "ms sin", "captain song": after a title a surname spelling is a surname.
            found.append((start, end, REASON_SMALL_AFTER_TITLE))
            continue
        if _is_english(word):
            continue
        if after_title and _name_shaped(word):
            found.append((start, end, REASON_SMALL_AFTER_TITLE))
        elif (
            joined_to_previous
            and previous[2] in names.ROMANIZED_SURNAMES
            and previous[2] not in _english()
            and _korean_syllables(word)
        ):
            found.append((previous[0], end, REASON_SMALL_ROMANIZED))  # nam cheol, kim hyok
        elif word in foreign_names.GIVEN_LATIN or word in foreign_names.PINYIN_SURNAMES:
            found.append((start, end, REASON_SMALL_FOREIGN))
        elif word in names.ROMANIZED_SURNAMES and word not in _FUNCTION_WORDS:
            found.append((start, end, REASON_SMALL_SURNAME))  # "mentions hyon", "pak"
    for match in _SMALL_INITIALS_RE.finditer(plain):
        initials = match.group()
        if initials.rstrip(".") + "." not in _NOT_INITIALS and initials not in _NOT_INITIALS:
            found.append((match.start(), match.end(), REASON_SMALL_INITIALS))
    for match in _LATIN_BEFORE_TITLE_RE.finditer(plain):
        word = match.group(1)
        if len(word) < 2 or word.lower() in places or _is_english(word.lower()):
            continue
        if word.isupper() and len(word) <= 4:
            continue  # an acronym with its particle: UN이, NGO가
        found.append((match.start(1), match.end(1), REASON_BEFORE_KOREAN_TITLE))
    for match in _SMALL_NICKNAME_RE.finditer(plain):
        for group in (1, 2):
            word = match.group(group)
            if word and word not in _CALL_OBJECTS and word not in names.ENGLISH_FUNCTION_WORDS:
                found.append((match.start(group), match.end(group), REASON_NICKNAME))
                found.extend(_mentions(plain, [word], REASON_NICKNAME))
    return found


def _mentions(plain: str, words: Iterable[str], reason: str) -> list[tuple[int, int, str]]:
    """Every whole-word mention of one of `words` in `plain`, in any case, longest first."""
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    if not alternatives:
        return []
    pattern = re.compile(rf"(?<![A-Za-z'’-])(?:{alternatives})(?![A-Za-z-])", re.IGNORECASE)
    return [(m.start(), m.end(), reason) for m in pattern.finditer(plain)]


def latin_repeats(
    plain: str, proposed: Iterable[str], listed: Iterable[str]
) -> list[tuple[int, int, str]]:
    """Every mention, in any case, of a Latin word of a name: of `proposed` (the folded text of
    the proposals) when it is no English word, of `listed` (the review list's items) when it is
    also romanized Korean, pinyin or a known given name. "Ko Du-ho" proposed, so "du-ho" in a
    chat line is listed too."""
    words: set[str] = set()
    for found, shaped in [*((f, False) for f in proposed), *((f, True) for f in listed)]:
        for word in _WORD_RE.findall(found):
            lower = word.lower()
            if (
                len(lower) >= 2
                and not _is_english(lower)
                and lower not in names.TITLES_BEFORE  # "Chief Mate Ha": "Mate" is his rank
                and (not shaped or _name_shaped(lower))
            ):
                words.add(lower)
                if "-" in lower:
                    words.add(lower.replace("-", ""))  # Du-ho, duho
    return _mentions(plain, words, REASON_LATIN_REPEAT)


def hangul_speakers(text: str) -> list[tuple[int, int, str]]:
    """The Hangul speakers of a chat ("별: 안자 왜" / "금철: 호랑이 오늘 또"): a label that
    opens two lines or more, in a text with two such labels at least, unless it is a role or
    a heading (면담자, 질문, 메모); each label and every other mention of it as a word."""
    labels: dict[str, list[tuple[int, int]]] = {}
    for match in context_names._SPEAKER_RE.finditer(text):
        labels.setdefault(match.group(1), []).append(match.span(1))
    repeated = {label: spans for label, spans in labels.items() if len(spans) >= 2}
    if len(repeated) < 2:
        return []
    found: list[tuple[int, int, str]] = []
    for label, spans in repeated.items():
        if not names.contains_hangul(label) or label in context_names.NOT_HANGUL_SPEAKERS:
            continue
        if label in names.HANGUL_TITLES:
            continue
        found.extend((start, end, REASON_SPEAKER) for start, end in spans)
        for match in re.finditer(rf"(?<![가-힣]){re.escape(label)}(?={_AFTER_NAME})", text):
            found.append((match.start(), match.end(), REASON_SPEAKER))
    return found


def hangul_candidates(text: str, places: frozenset[str]) -> list[tuple[int, int, str]]:
    """Nicknames and their other mentions, surnames alone beside a title (module docstring)."""
    found: list[tuple[int, int, str]] = hangul_speakers(text)
    nicknames: set[str] = set()
    for pattern in (*_NICKNAME_RES, *_NICKNAME_AFTER_PERSON_RES):
        for match in pattern.finditer(text):
            word = match.group(1)
            if (
                word in places
                or word in _NOT_NICKNAMES
                or (
                    pattern not in _NICKNAME_AFTER_PERSON_RES
                    and any(title.startswith(word) for title in names.HANGUL_TITLES)
                )
            ):
                continue  # 조 아바이라고 불렀지비: a title, not a nickname
            nicknames.add(word)
            found.append((match.start(1), match.end(1), REASON_NICKNAME))
    for word in nicknames:
        for match in re.finditer(rf"(?<![가-힣]){re.escape(word)}(?={_AFTER_NAME})", text):
            found.append((match.start(), match.end(), REASON_NICKNAME))
    for pattern in (_SURNAME_TITLE_RE, _ROLE_SURNAME_RE, _POST_SURNAME_RE):
        for match in pattern.finditer(text):
            if match.group(1) not in names.SURNAMES:
                continue
            if (
                pattern is _SURNAME_TITLE_RE
                and match.group(2) in ADDRESS_AFTER_SURNAME
                and match.group(1) in NOT_BEFORE_ADDRESS
            ):
                continue  # 두 할머니, 전 회장님
            found.append((match.start(1), match.end(1), REASON_SURNAME_BESIDE_TITLE))
    for match in _HAN_SINGLE_RE.finditer(text):
        if match.group(1) in foreign_names.CHINESE_SURNAME_CHARS:
            found.append((match.start(1), match.end(1), REASON_HAN_SURNAME))
    for match in _GLOSSED_RE.finditer(text):
        gloss = match.group(2).lower()
        shaped = _name_shaped(gloss) and not _is_english(gloss)
        if match.group(1) in places or not (match.group(3) or shaped):
            continue  # 성명 (Name), 가족 (Family): a form's labels
        found.append((match.start(1), match.end(1), REASON_GLOSSED))
    found.extend(_hangul_in_latin_lines(text, places))
    return found


def _hangul_in_latin_lines(text: str, places: frozenset[str]) -> list[tuple[int, int, str]]:
    """Hangul words of one to four syllables whose first syllable is a Korean surname, one or
    two in a line of mostly Latin letters: 신은지, 정 (鄭). Not a bilingual form's lines."""
    found = []
    position = 0
    for line in text.splitlines(keepends=True):
        latin = len(re.findall(r"[A-Za-z]", line))
        hangul = len(re.findall(r"[가-힣]", line))
        words = list(_HANGUL_WORD_RE.finditer(line))
        if hangul and latin >= 4 * hangul and len(words) <= 2:
            for match in words:
                word = match.group()
                if re.match(r"[ \t]?\([A-Za-z]", line[match.end() :]):
                    continue  # 성명 (Name): a term glossed in English (_GLOSSED_RE's business)
                if word[0] in names.SURNAMES and word not in places:
                    found.append(
                        (position + match.start(), position + match.end(), REASON_IN_LATIN)
                    )
        position += len(line)
    return found


# A name in Chinese characters before a Japanese honorific (佐々木くん, 森下さん, 変さん: a Korean
# name written by a Japanese colleague), in Japanese text only (氏 and 様 are also Chinese).
_JAPANESE_HONORIFIC_RE = re.compile(
    r"(?<![\u4e00-\u9fff\u3005])([\u4e00-\u9fff\u3005]{1,4})(?=さん|くん|ちゃん|様|さま|氏|君)"
)
_HIRAGANA_RE = re.compile(r"[\u3041-\u3096]")
# A name the person calls themselves or is called by, quoted after the word that says so:
# 자칭 "하늘", 별명은 '곰', 일명 "두만강", nicknamed "Tiger", a.k.a. 'Moon'.
_SELF_CALLED_RE = re.compile(
    r"(?:자칭|별명|별명은|별명이|일명|가명|닉네임|닉네임은|이른바|nicknamed|a\.k\.a\.|aka|"
    r"calls? (?:himself|herself)|called (?:himself|herself))[ \t]*"
    r"[\"“'‘「『]([^\"”'’」』\n]{1,20})[\"”'’」』]"
)


def japanese_honorific_names(text: str) -> list[tuple[int, int, str]]:
    """Names in Chinese characters before a Japanese honorific (above)."""
    if not _HIRAGANA_RE.search(text):
        return []
    return [
        (match.start(1), match.end(1), REASON_JAPANESE_HONORIFIC)
        for match in _JAPANESE_HONORIFIC_RE.finditer(text)
    ]


def self_called_names(text: str) -> list[tuple[int, int, str]]:
    """A quoted name after 자칭, 별명, 'nicknamed' ... (above): who calls a hotline under a
    name of their choosing is recognised by it."""
    return [
        (match.start(1), match.end(1), REASON_SELF_CALLED)
        for match in _SELF_CALLED_RE.finditer(text)
        if match.group(1).strip()
    ]


def other_script_words(text: str) -> list[tuple[int, int, str]]:
    """Words in scripts no other rule reads (Bengali রহিম, Thai, Devanagari, Georgian ...), and
    words or full names in Katakana (タナカ ユミ)."""
    return [
        (m.start(), m.end(), REASON_OTHER_SCRIPT)
        for pattern in (_OTHER_SCRIPT_RE, _KATAKANA_RE)
        for m in pattern.finditer(text)
    ]
