"""Registered names written in Hanja (朴哲民) and in Cyrillic (Ким Чол Мин, Цой, initials)."""

import re
from typing import TYPE_CHECKING

from testimony.anonymize.names import _words, cyrillic_key
from testimony.anonymize.redact.candidates import (
    PRIORITY_FULL,
    PRIORITY_GIVEN,
    PRIORITY_KEEP,
    PRIORITY_SURNAME_ALONE,
    Candidate,
)
from testimony.anonymize.redact.patterns import (
    CYRILLIC_WORD_RE,
    HANJA_NOT_NAMES,
    HANJA_RUN_RE,
    HANJA_TITLES,
    QUOTES_CLOSE,
    QUOTES_OPEN,
)

if TYPE_CHECKING:
    from testimony.anonymize.redact.matcher import NameMatcher


# The titles a Chinese document writes right after a surname (洪班长, 玄组长, 车指导员): the Korean
# workers' minders and managers in a Chinese factory's or shipowner's papers. Never 总 alone,
# 长 or 员 alone: too many words end so.
_CHINESE_TITLES_AFTER = (
    "指导员",
    "班长",
    "组长",
    "队长",
    "厂长",
    "经理",
    "主任",
    "师傅",
    "科长",
    "部长",
    "社长",
    "船长",
    "翻译",
    "老板",
    "同志",
)
# Words a surname character ends, before a title (代表班长: a representative of the team
# leader; 火车司机 is no title here, 会计 is): the character is then no surname.
_HANJA_WORD_ENDINGS = frozenset(
    _words(
        """代表 发表 外表 图表 手表 报表 仪表 列表 火车 汽车 马车 卡车 列车 电车 开车 下车 上车 坐车
        停车 重申 引申 防洪 山洪 统计 设计 估计 合计 总计 会计 清廉 肉桂"""
    )
)


# The initials of a given name after a Cyrillic surname: "Ro T. S.", "Kim Ch.N." in Cyrillic.
CYRILLIC_INITIALS_RE = re.compile(r"[ \u00a0]((?:[А-ЯЁ]\.[ \u00a0-]?){1,2}[А-ЯЁ]\.)")


def hanja_candidates(matcher: "NameMatcher", text: str) -> list[Candidate]:
    """A registered person's name in Hanja (朴哲民): a run of two or three Chinese
    characters, the first a Hanja surname of a registered person, standing alone in Korean
    or English text (a longer run is Chinese prose, not a name). The surname character
    alone (朴) only once that person's full Hanja name occurred in the same text."""
    found: list[Candidate] = []
    alone: list[tuple[int, str]] = []
    named: set[int] = (
        {eid for eids in matcher._hanja_surnames.values() for eid in eids}
        if matcher.named_before
        else set()
    )
    for match in HANJA_RUN_RE.finditer(text):
        run = match.group()
        if len(run) == 4 and run[-1] in HANJA_TITLES:
            run = run[:3]
        if len(run) > 3:
            found.extend(_titled_in_chinese(matcher, run, match.start()))
            continue
        eids = matcher._hanja_surnames.get(run[0])
        if not eids:
            continue
        if len(run) == 1:
            alone.append((match.start(), run))
            continue
        if run in HANJA_NOT_NAMES or matcher._hanja_gloss_of_a_word(text, match.start()):
            found.append(
                Candidate(
                    match.start(),
                    match.start() + len(run),
                    PRIORITY_KEEP,
                    frozenset(eids),
                    "public or common Hanja word",
                )
            )
            continue
        named |= eids
        found.append(
            Candidate(
                match.start(),
                match.start() + len(run),
                PRIORITY_FULL,
                frozenset(eids),
                f"name in Hanja (surname {run[0]})",
            )
        )
    for start, char in alone:
        eids = matcher._hanja_surnames[char] & named
        if eids:
            found.append(
                Candidate(
                    start,
                    start + 1,
                    PRIORITY_SURNAME_ALONE,
                    frozenset(eids),
                    "Hanja surname alone, after the full Hanja name",
                )
            )
    return found


def _titled_in_chinese(matcher: "NameMatcher", run: str, offset: int) -> list[Candidate]:
    """In a sentence written in Chinese (a run of more than three characters), a registered
    person's Hanja surname right before a title: 洪班长到场后, 报告朝方玄组长. Not a surname that
    ends a word with the character before it (代表班长)."""
    found: list[Candidate] = []
    for at, char in enumerate(run[:-2]):
        eids = matcher._hanja_surnames.get(char)
        if not eids or not run.startswith(_CHINESE_TITLES_AFTER, at + 1):
            continue
        if at and run[at - 1 : at + 1] in _HANJA_WORD_ENDINGS:
            continue
        found.append(
            Candidate(
                offset + at,
                offset + at + 1,
                PRIORITY_SURNAME_ALONE,
                frozenset(eids),
                "Hanja surname before a Chinese title",
            )
        )
    return found


def hanja_gloss_of_a_word(matcher: "NameMatcher", text: str, start: int) -> bool:
    """Hanja in brackets right after a Hangul word gloss that word (성과(成果)): a name only
    when the word is a registered Hangul name (박철민(朴哲民))."""
    if start < 2 or text[start - 1] not in "(（" or not ("가" <= text[start - 2] <= "힣"):
        return False
    word_start = start - 2
    while word_start > 0 and "가" <= text[word_start - 1] <= "힣":
        word_start -= 1
    word = text[word_start : start - 1]
    return not any(word[:length] in matcher._hangul_full for length in range(2, len(word) + 1))


# A Russian case ending on a name's last word, as `cyrillic_key` folds it (its e is o):
# genitive, dative, instrumental, prepositional ("so slov Kim Cher Nama" in Cyrillic).
_CASE_ENDING_KEYS = ("ом", "ым", "а", "у", "о")


def _case_stem(key: str) -> str:
    """`key` without a Russian case ending, or "" when it has none (or nothing would be left)."""
    for ending in _CASE_ENDING_KEYS:
        if key.endswith(ending) and len(key) > len(ending) + 1:
            return key[: -len(ending)]
    return ""


def cyrillic_candidates(
    matcher: "NameMatcher", text: str, pending: list[Candidate]
) -> list[Candidate]:
    """A registered Korean name in Cyrillic letters (Пак Чол Мин, Цой Гван-иль):
    a capitalised surname in one of its Russian spellings followed by the given name, its
    syllables together, hyphenated or apart, compared on a loose key that ignores
    aspiration and voicing. The surname alone only after the full name in the same text:
    in Cyrillic, or, between quotation marks ("Ан"), in any script."""
    words = list(CYRILLIC_WORD_RE.finditer(text))
    found: list[Candidate] = []
    alone: list[tuple[int, int, frozenset[int]]] = []
    named: set[int] = set()
    for number, word in enumerate(words):
        if not word.group()[0].isupper():
            continue
        owners = matcher._cyrillic_surnames.get(cyrillic_key(word.group()))
        if not owners:
            continue
        joined = ""
        matched = False
        for after in range(number + 1, min(number + 4, len(words))):
            following = words[after]
            gap = text[words[after - 1].end() : following.start()]
            if gap not in (" ", "\u00a0", "-", "\u2011") or (
                gap != "-" and not following.group()[0].isupper()
            ):
                break
            joined += cyrillic_key(following.group())
            eids = owners & matcher._cyrillic_given.get(joined, set())
            if not eids and (stem := _case_stem(joined)):
                eids = owners & matcher._cyrillic_given.get(stem, set())  # declined
            if eids:
                named |= eids
                matched = True
                found.append(
                    Candidate(
                        word.start(),
                        following.end(),
                        PRIORITY_FULL,
                        frozenset(eids),
                        "name in Cyrillic letters",
                    )
                )
        initials = CYRILLIC_INITIALS_RE.match(text, word.end())
        if initials and not matched:
            letters = "".join(
                cyrillic_key(letter) for letter in re.findall(r"\w", initials.group(1))
            )
            eids = owners & matcher._cyrillic_initials.get(letters, set())
            if eids:
                matched = True
                found.append(
                    Candidate(
                        word.start(),
                        initials.end(),
                        PRIORITY_FULL,
                        frozenset(eids),
                        "surname and initials in Cyrillic letters",
                    )
                )
        if not matched:
            alone.append((word.start(), word.end(), frozenset(owners)))
    found.extend(_cyrillic_given_alone(matcher, text, words, found, named))
    for start, end, owners in alone:
        eids = owners & named
        quoted = start > 0 and end < len(text) and text[start - 1] in QUOTES_OPEN
        quoted = quoted and text[end] in QUOTES_CLOSE
        if end - start == 1 and not quoted and _letter_as_a_word(text, start):
            continue
        if not eids and quoted:
            pending.append(
                Candidate(
                    start,
                    end,
                    PRIORITY_SURNAME_ALONE,
                    owners,
                    "quoted Cyrillic surname alone, after the full name",
                )
            )
        if eids:
            found.append(
                Candidate(
                    start,
                    end,
                    PRIORITY_SURNAME_ALONE,
                    frozenset(eids),
                    "Cyrillic surname alone, after the full name",
                )
            )
    return found


def _letter_as_a_word(text: str, start: int) -> bool:
    """Whether the one Cyrillic letter at `start` (I, O, U: 이, 오, 우 alone) is a word or an
    abbreviation's letter rather than a surname: in F.I.O. (surname, name, patronymic), in a
    line of capitals ("VKHODYASHCHEY I ISKHODYASHCHEY"), or opening a sentence as a preposition
    does ("O sebe soobshchil", about himself he said)."""
    if text[start - 1 : start] == "." or text[start + 1 : start + 2] == ".":
        return True
    before = text[max(0, start - 30) : start].split()
    after = text[start + 1 : start + 31].split()
    if before and after and before[-1].isupper() and after[0].isupper():
        return True
    opening = text[max(0, start - 2) : start]
    return (start == 0 or opening.endswith("\n") or opening in (". ", "! ", "? ")) and bool(
        after and after[0][:1].islower()
    )


def _cyrillic_given_alone(
    matcher: "NameMatcher",
    text: str,
    words: list[re.Match[str]],
    found: list[Candidate],
    named: set[int],
) -> list[Candidate]:
    """The given name alone in Cyrillic letters of a person whose full name the text wrote in
    Cyrillic ("Кван Сон, не волнуйтесь" after "Рю Кван Сона"): capitalised words, apart,
    hyphenated or together, in a case or not, outside the names found already and not after
    another capitalised word (Ким Ен Чоль is someone else's full name)."""
    if not named:
        return []
    keys: dict[str, set[int]] = {}
    for key, eids in matcher._cyrillic_given.items():
        if eids & named and len(key) >= 3:
            keys.setdefault(key, set()).update(eids & named)
    taken = [(candidate.start, candidate.end) for candidate in found]
    given: list[Candidate] = []
    position = 0
    for number, word in enumerate(words):
        if word.start() < position or not word.group()[0].isupper():
            continue
        if any(start <= word.start() < end for start, end in taken):
            continue
        if number and (
            text[words[number - 1].end() : word.start()] in (" ", "\u00a0")
            and words[number - 1].group()[0].isupper()
        ):
            continue  # another surname before it: another person's name
        joined = ""
        best = None
        for after in range(number, min(number + 3, len(words))):
            following = words[after]
            if after > number:
                gap = text[words[after - 1].end() : following.start()]
                if gap not in (" ", "\u00a0", "-", "\u2011") or (
                    gap != "-" and not following.group()[0].isupper()
                ):
                    break
            joined += cyrillic_key(following.group())
            eids = keys.get(joined) or keys.get(_case_stem(joined), set())
            if eids:
                best = (following.end(), eids)
        if best:
            end, eids = best
            position = end
            given.append(
                Candidate(
                    word.start(),
                    end,
                    PRIORITY_GIVEN,
                    frozenset(eids),
                    "Cyrillic given name alone, after the full name",
                )
            )
    return given
