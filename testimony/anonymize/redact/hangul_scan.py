"""The Hangul scan: a registered person's Hangul name, surname or given name at a position,
with the particles, titles and kinship words that decide whether a part alone is that person."""

import re
from typing import TYPE_CHECKING

from testimony.anonymize.fit import SUFFIX_GA
from testimony.anonymize.korean import is_common_noun, word_across
from testimony.anonymize.names import (
    HANGUL_NAME_PARTICLES,
    HANGUL_NICKNAME_ADJECTIVES,
    HANGUL_TITLES,
    HANGUL_WORD_SYLLABLES,
    SPACED_TITLE_AMBIGUOUS,
    SPACED_TITLE_EXCEPTIONS,
    SURNAME_AND_TITLE_WORDS,
    SURNAME_GA_WORDS,
    surname_glosses,
)
from testimony.anonymize.redact.candidates import (
    PRIORITY_FULL,
    PRIORITY_GIVEN,
    PRIORITY_GIVEN_ONE,
    PRIORITY_KEEP,
    PRIORITY_SURNAME_ALONE,
    PRIORITY_TITLE,
    Candidate,
)
from testimony.anonymize.redact.patterns import HANGUL_GAP_RE, HANGUL_RUN_RE
from testimony.anonymize.redact.vocabulary import (
    HANGUL_PLACE_NAMES,
    city_before,
    is_a_city,
    is_place_word,
    is_post_tail,
    is_tail,
    is_title_tail,
    names_a_province,
)

if TYPE_CHECKING:
    from testimony.anonymize.redact.matcher import NameMatcher


# Kinship words after a one-syllable given name with the affectionate 이: 옥이 아빠.
KINSHIP_AFTER = ("아빠", "엄마", "아버지", "어머니", "동생", "언니", "오빠", "누나", "형", "할머니")
# The first syllables of a title, left unfinished: 박반... (박반장).
CUT_OFF_TITLES = frozenset(
    title[:length] for title in HANGUL_TITLES for length in range(1, len(title)) if len(title) > 1
)
# Verbs of speaking after a surname with a subject particle: 안이 말하길.
SPEAKING_AFTER = ("말하", "말했", "말씀", "물었", "대답", "소리쳤", "외쳤")
# Words before a surname that name it as the person's: "성은 성", "이름이 송이고".
HANGUL_NAME_CUES = frozenset(
    ["성은", "성이", "성씨는", "성씨가", "이름은", "이름이", "성함은", "성함이"]
)
# One-syllable labels of a transcript's or a note's lines that are surnames too: 문 and 답
# (question, answer), 주 (a note), 예 (an example).
TRANSCRIPT_LABEL_SYLLABLES = frozenset("문답주예")
# Quotation marks around a surname alone: '"우"라고 불렀어요', '"우! 우!"'.
QUOTES_OPEN = frozenset("\"'‘“「『")
QUOTES_CLOSE = frozenset("\"'’”」』!")
# What follows the closing quotation mark when a surname alone is what someone is called.
CALLED_AFTER_QUOTE_RE = re.compile(
    r"(?:이?라고|이?라며|이?라 |이?라서|하고|하며|하면서|으?로 적|으?로 불)"
)
# The quotative after a surname said as a name: 작은 노라고, '원고 마'라 한다.
QUOTATIVE_TAILS = ("라고", "라는", "라며", "이라")
# The parties of a judgment or a statement record, written before a surname alone: "원고 마춘희
# (이하 '원고 마'라 한다)", "증인 배는".
HANGUL_LEGAL_ROLES = frozenset(
    ["원고", "피고", "증인", "참고인", "피해자", "진술인", "신청인", "피신청인", "청구인", "피의자"]
)


# Words around a registered Hangul alias that is also a common noun (곰, 여우, 감자) which say
# the animal or the thing is meant, not the person: "진짜 곰이 나타났다", "여우 같았어요",
# "곰처럼 미련하게". Before it, or the particle or word right after it.
WORD_CUES_BEFORE = frozenset(["진짜", "진짜로", "가짜", "실제", "실제로"])
WORD_TAILS = ("처럼", "같이", "같은", "만큼")


def alias_as_word(
    alias: str, rest: str, preceding: str | None, following: tuple[int, str] | None
) -> bool:
    """A registered Hangul alias that is a common noun, written here as the word: after 진짜 or
    실제, before 처럼, 같이 or 같은, or before a word of 같다 ("곰 같아서"). Not proposed; the
    review list holds it (`unresolved.hangul.word_alias_mentions`)."""
    cued = (
        preceding in WORD_CUES_BEFORE
        or rest.startswith(WORD_TAILS)
        or (not rest and following is not None and following[1].startswith("같"))
    )
    return cued and is_common_noun(alias)


def _place_after_name(word: str) -> bool:
    """Whether `word`, written after a name with a space, makes the name a place's ("공일호 회사",
    "성남 시"). Not 군 alone: after a name it is the honorific for a young man ("신랑 도성민 군과",
    "도 군 측"); a county is written with its name (명간군)."""
    return is_place_word(word) and not (word.startswith("군") and is_tail(word[1:], 2))


def hangul_candidates(
    matcher: "NameMatcher", text: str, pending: list[Candidate]
) -> list[Candidate]:
    runs = [(match.start(), match.group()) for match in HANGUL_RUN_RE.finditer(text)]
    found: list[Candidate] = []
    for number, (start, word) in enumerate(runs):
        following = preceding = None
        if number + 1 < len(runs):
            next_start, next_word = runs[number + 1]
            # A field's label after the name ("승인: 소장 공일호  회사: ...") is no part of it:
            # the name is not read as a company's or a place's ("공일호 회사").
            place_label = is_place_word(next_word) and text.startswith(
                ":", next_start + len(next_word)
            )
            if HANGUL_GAP_RE.fullmatch(text, start + len(word), next_start) and not place_label:
                following = (next_start, next_word)
        next_char = text[start + len(word) : start + len(word) + 1]
        if number > 0:
            previous_start, previous_word = runs[number - 1]
            if HANGUL_GAP_RE.fullmatch(text, previous_start + len(previous_word), start):
                preceding = previous_word
        # A word of its own: after a space, a line break or a bracket, not after a quotation
        # mark ("부주의"로: a particle).
        opens_word = start == 0 or text[start - 1] in " \u00a0\n\r\t("
        for length in range(min(len(word), matcher._max_hangul), 0, -1):
            if word[:length] in matcher._hangul_keys:
                matcher._hangul_at(
                    start,
                    word,
                    length,
                    following,
                    preceding,
                    found,
                    pending,
                    next_char,
                    opens_word,
                    text,
                )
        if following is not None and word in matcher._spaced_alias_heads:
            matcher._spaced_alias_at(start, word, following, found)
    return found


def spaced_alias_at(
    matcher: "NameMatcher",
    start: int,
    word: str,
    following: tuple[int, str],
    found: list[Candidate],
) -> None:
    """A Hangul alias of two words ("큰 박", "작은 김"), as one span, particle left out."""
    next_start, next_word = following
    joined = word + next_word
    for length in range(len(joined), len(word), -1):
        eids = matcher._hangul_alias.get(joined[:length])
        if eids and is_tail(joined[length:]):
            end = next_start + length - len(word)
            found.append(Candidate(start, end, PRIORITY_FULL, frozenset(eids), "Hangul alias"))
            return


GLUED_REASON = "Hangul name glued to a word"


def _glued_name(matcher: "NameMatcher", word: str, prefix: str) -> bool:
    """Whether `word` opens with the registered full name `prefix` with a word glued to it, as a
    bank statement's memo or a hurried note writes it ("제순복생활비", "조영욱입금"): not when
    the analyser reads a word across the name's end (류경호텔, the hotel, for a registered
    류경호), nor a public figure's name. A registered name that is also a word is taken glued
    too (양송이버섯, a mushroom, for a registered 양송이): the analyser reads unknown names as
    common nouns, so it cannot tell them apart. Only a registry's names: a detected name's
    other mentions are not looked for so (양천구 would take 양천구청)."""
    eids = matcher._hangul_full.get(prefix)
    return bool(eids) and (
        not any(matcher._entries[eid].public for eid in eids) and not word_across(word, len(prefix))
    )


def hangul_at(
    matcher: "NameMatcher",
    start: int,
    word: str,
    length: int,
    following: tuple[int, str] | None,
    preceding: str | None,
    found: list[Candidate],
    pending: list[Candidate],
    next_char: str = "",
    opens_word: bool = False,
    text: str = "",
) -> None:
    prefix, rest = word[:length], word[length:]
    end = start + length
    place_after = (
        rest == ""
        and (
            (following is not None and _place_after_name(following[1]))
            or names_a_province(prefix, text, end, following)
        )
    ) or (rest in ("은", "는") and names_a_province(prefix, text, end, None))
    # "성남에 살게 됐는데": a registered given name that is a city, where one lives (a person
    # takes 에게)
    place_after = (
        place_after
        or (rest in ("에", "에서") and is_a_city(prefix))
        or (rest == "" and city_before(prefix, following))
    )
    tail = is_tail(rest)
    if tail:
        for table, priority, what in (
            (matcher._hangul_full, PRIORITY_FULL, "Hangul name"),
            (matcher._hangul_alias, PRIORITY_FULL, "Hangul alias"),
        ):
            eids = table.get(prefix)
            if not eids:
                continue
            if table is matcher._hangul_alias and alias_as_word(prefix, rest, preceding, following):
                # Most likely the word: kept from the detector too (which reads registered
                # aliases as names), and listed for review instead (`unresolved`).
                found.append(Candidate(start, end, PRIORITY_KEEP, frozenset(eids), "word"))
                continue
            public = [eid for eid in eids if matcher._entries[eid].public]
            if public or place_after:
                found.append(Candidate(start, end, PRIORITY_KEEP, frozenset(eids), what))
            else:
                found.append(Candidate(start, end, priority, frozenset(eids), what))
        eids = matcher._hangul_given.get(prefix)
        if eids and length >= 2:
            eids = [eid for eid in eids if matcher._entries[eid].given_syllables >= 2]
            if eids and (prefix in HANGUL_PLACE_NAMES or place_after):
                found.append(Candidate(start, end, PRIORITY_KEEP, frozenset(eids), "place"))
            elif eids:
                found.append(
                    Candidate(start, end, PRIORITY_GIVEN, frozenset(eids), "Hangul given name")
                )
        elif eids and rest and _one_syllable_name_tail(prefix, rest, following, next_char):
            eids = [eid for eid in eids if matcher._entries[eid].given_syllables == 1]
            if eids:
                found.append(
                    Candidate(
                        start,
                        end,
                        PRIORITY_GIVEN_ONE,
                        frozenset(eids),
                        "one-syllable Hangul given name before a particle",
                    )
                )
    elif length >= 3 and not matcher.transient and _glued_name(matcher, word, prefix):
        eids = matcher._hangul_full[prefix]
        found.append(Candidate(start, end, PRIORITY_FULL, frozenset(eids), GLUED_REASON))
    eids = matcher._hangul_surname.get(prefix)
    if not eids:
        return
    if (
        rest
        and (is_title_tail(rest) or is_post_tail(rest))
        and not _surname_as_word(rest, following)
        and not (prefix + rest).startswith(SURNAME_AND_TITLE_WORDS)
    ):
        found.append(
            Candidate(
                start,
                end,
                PRIORITY_TITLE,
                frozenset(eids),
                "Hangul surname before a title",
            )
        )
    if preceding in HANGUL_NICKNAME_ADJECTIVES and (
        not rest or rest in HANGUL_NAME_PARTICLES or rest.startswith(QUOTATIVE_TAILS)
    ):
        nickname = Candidate(
            start,
            end,
            PRIORITY_TITLE,
            frozenset(eids),
            f"Hangul surname in the nickname '{preceding} {prefix}'",
        )
        if prefix not in HANGUL_WORD_SYLLABLES:
            found.append(nickname)
        elif rest.startswith(QUOTATIVE_TAILS) or (not rest and next_char in ",'\"’”"):
            # 큰 노 (a big oar), 작은 전: a surname that is also a word, as what someone is
            # called, once the full name was written ("갑판장은 노병삼이었다 ... 그를 큰 노,
            # 나를 작은 노라고 불렀다"); not "큰 강이 흘렀다" (a big river).
            pending.append(nickname)
    if (
        rest
        and next_char in (".", "…", "-", "—")
        and prefix not in HANGUL_WORD_SYLLABLES
        and rest in CUT_OFF_TITLES
    ):
        # "박반... 아니, 박영호가": a title broken off as the speaker corrects himself.
        found.append(
            Candidate(
                start,
                end,
                PRIORITY_TITLE,
                frozenset(eids),
                "Hangul surname before a title broken off",
            )
        )
    if (
        prefix in HANGUL_WORD_SYLLABLES
        and rest in ("이", "가")
        and following is not None
        and following[1].startswith(SPEAKING_AFTER)
    ):
        found.append(
            Candidate(
                start,
                end,
                PRIORITY_SURNAME_ALONE,
                frozenset(eids),
                "Hangul surname alone, subject of a verb of speaking",
                prefix,
            )
        )
    if preceding in HANGUL_LEGAL_ROLES and (
        not rest or rest in HANGUL_NAME_PARTICLES or rest in QUOTATIVE_TAILS
    ):
        found.append(
            Candidate(
                start,
                end,
                PRIORITY_TITLE,
                frozenset(eids),
                f"Hangul surname alone after '{preceding}'",
                prefix,
            )
        )
    if preceding in HANGUL_NAME_CUES and (
        (rest and is_tail(rest)) or (not rest and next_char in (",", ".", ")", "\n", "\r"))
    ):
        # "성은 성, 이름은 광일", "이름이 송이고": the surname named as the person's.
        found.append(
            Candidate(
                start,
                end,
                PRIORITY_SURNAME_ALONE,
                frozenset(eids),
                f"Hangul surname alone after '{preceding}'",
                prefix,
            )
        )
    if (
        rest.startswith("가")
        and prefix + "가" not in SURNAME_GA_WORDS
        and (rest[1:].startswith("네") or (rest[1:] and is_tail(rest[1:])))
        and not rest[1:].startswith(("다", "요"))
    ):
        # "최가가 시키는 대로", "윤가네 식구들", "최가라고": the registered surname with the
        # familiar suffix 가, then a particle, the copula or a quotative (가 alone may be the
        # subject particle, left to the rules above). Not 가다 or 가요, which make words with
        # the syllable before (노가다 'labouring', 가요 'songs').
        found.append(
            Candidate(
                start,
                end,
                PRIORITY_SURNAME_ALONE,
                frozenset(eids),
                f"Hangul surname {SUFFIX_GA}",
                prefix,
            )
        )
    if (
        not rest
        and text[start - 1 : start] in QUOTES_OPEN
        and next_char in QUOTES_CLOSE
        and (next_char == "!" or CALLED_AFTER_QUOTE_RE.match(text, end + 1))
    ):
        # '"우"라고 불렀어요', "이하 '우'로 적음", '"우! 우!"': the surname alone in quotation
        # marks as what someone was called, once that person's full name was written; not
        # '"신" here = shoes', "'방'(room)", "'리'를 '이'로 쓴다" (the word or the letter).
        pending.append(
            Candidate(
                start,
                end,
                PRIORITY_SURNAME_ALONE,
                frozenset(eids),
                "Hangul surname alone in quotation marks, after the full name",
                prefix,
            )
        )
    # "못을 박은": after an object, 박은 is a verb.
    after_object = rest in ("은", "는", "을") and bool(preceding) and preceding[-1:] in "을를"
    if rest in HANGUL_NAME_PARTICLES and prefix not in HANGUL_WORD_SYLLABLES and not after_object:
        found.append(
            Candidate(
                start,
                end,
                PRIORITY_SURNAME_ALONE,
                frozenset(eids),
                "Hangul surname alone before a particle",
                prefix,
            )
        )
    if (
        not rest
        and prefix not in HANGUL_WORD_SYLLABLES
        and next_char in (" ", "\u00a0", ",", ".", ")", "")
        and opens_word
    ):
        # "임금은 최 명의 계좌로", "최 또는 부관": a surname that is no word, standing as
        # a word of its own, once that person's full name was written.
        pending.append(
            Candidate(
                start,
                end,
                PRIORITY_SURNAME_ALONE,
                frozenset(eids),
                "Hangul surname alone as a word, after the full name",
                prefix,
            )
        )
    glosses = surname_glosses(text)
    if not rest and next_char == ")" and start in glosses.positions:
        # "백승아(이하 백)", "문가람(문)": the surname a text gives a person it has just named
        # in full, to label that person's lines and comments.
        pending.append(
            Candidate(
                start,
                end,
                PRIORITY_SURNAME_ALONE,
                frozenset(eids),
                "Hangul surname glossing the full name before it",
                prefix,
            )
        )
    # "[백-1] 1문단: ...", "[노]": a reviewer's comment labelled by surname and number.
    bracket_label = (
        text[start - 1 : start] == "["
        and (start == 1 or text[start - 2] in "\n\r")
        and (next_char == "]" or (next_char == "-" and text[end + 1 : end + 2].isdigit()))
    )
    if (
        not rest
        and ((next_char == ":" and (start == 0 or text[start - 1] in "\n\r")) or bracket_label)
        and (prefix not in TRANSCRIPT_LABEL_SYLLABLES or prefix in glosses.surnames)
    ):
        # "변: 안 좋은 사람이었죠.", "하: 월급은요?": a transcript's speaker by surname at a
        # line's start, once that person's full name was written ("답변: 변광우"). Any surname,
        # a word too (하, 도, 안): a line's label before a colon is no word of a sentence. 문
        # and 답 label a Q&A's questions and answers, unless the text glosses a name with them
        # ("면담자: 문가람(문)").
        pending.append(
            Candidate(
                start,
                end,
                PRIORITY_SURNAME_ALONE,
                frozenset(eids),
                "Hangul surname labelling a speaker, after the full name",
                prefix,
            )
        )
    if rest or following is None:
        return
    next_start, next_word = following
    owners = eids
    for given_length in range(min(len(next_word), matcher._max_hangul), 0, -1):
        given = next_word[:given_length]
        given_eids = owners.intersection(matcher._hangul_given.get(given, ()))
        if given_eids and is_tail(next_word[given_length:]):
            found.append(
                Candidate(
                    start,
                    next_start + given_length,
                    PRIORITY_FULL,
                    frozenset(given_eids),
                    "Hangul name",
                )
            )
    if not (is_title_tail(next_word) or is_post_tail(next_word)):
        return
    if prefix not in SPACED_TITLE_AMBIGUOUS or any(
        next_word.startswith(title) and prefix in allowed
        for title, allowed in SPACED_TITLE_EXCEPTIONS.items()
    ):
        found.append(
            Candidate(
                start,
                end,
                PRIORITY_TITLE,
                frozenset(eids),
                "Hangul surname before a title",
            )
        )
    else:
        # "고영남 대표는 ... 고 대표의": a surname that is also a word ("고", "이", "전")
        # before a spaced title, once that person's full name was written.
        pending.append(
            Candidate(
                start,
                end,
                PRIORITY_TITLE,
                frozenset(eids),
                "Hangul surname before a title, after the full name",
            )
        )


def _surname_as_word(rest: str, following: tuple[int, str] | None) -> bool:
    """ "박씨 성을 가진 사람": the surname named as a surname (씨 and then 성), not a person."""
    return (
        rest.startswith("씨")
        and following is not None
        and following[1].startswith("성")
        and following[1][1:] in ("", *HANGUL_NAME_PARTICLES)
    )


def _one_syllable_name_tail(
    syllable: str,
    rest: str,
    following: tuple[int, str] | None = None,
    next_char: str = "",
) -> bool:
    """혁이, 혁이가, 철은, 혁아: a one-syllable given name before a particle. A syllable that is
    also a word (일, 수, 남 ...) only in the affectionate form with a particle after it (일이가),
    called out ("사랑하는 옥아,") or before a kinship word (옥이 아빠)."""
    if rest.startswith("이") and rest[1:] in HANGUL_NAME_PARTICLES:
        return True
    if rest in ("아", "야") and next_char in (",", "!", "\n", "\r"):
        return True
    if rest == "이" and following is not None and following[1].startswith(KINSHIP_AFTER):
        return True
    if syllable in HANGUL_WORD_SYLLABLES:
        return False
    return rest in HANGUL_NAME_PARTICLES or is_title_tail(rest)
