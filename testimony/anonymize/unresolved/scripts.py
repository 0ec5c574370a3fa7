"""Other scripts and glosses: Cyrillic, Chinese-character and Arabic-script words, names inside
a sentence in Chinese, and the Hangul gloss of a Latin word listed or proposed as a name.
"""

import re
from collections.abc import Iterable

from testimony.anonymize.unresolved.hangul import _POSTS_SET
from testimony.anonymize.unresolved.reasons import (
    REASON_ARABIC_SCRIPT,
    REASON_FOREIGN_SCRIPT,
    REASON_GLOSS,
)
from testimony.anonymize.unresolved.words import CYRILLIC_PLACES, HAN_PLACES, _words

# Characters of dates, sexes, administrative units and companies: a run holding one is no name.
_HAN_NOT_NAMES = frozenset(
    "年月日生男女市省县縣区區镇鎮村路街厂廠公司有限集团團工场場店社会會部局所院校"
)
_CYRILLIC_RE = re.compile(
    r"[А-ЯЁ][а-яёА-ЯЁ]+(?:-[А-ЯЁа-яё]+)*(?:[ \t]+[А-ЯЁ][а-яёА-ЯЁ]+(?:-[А-ЯЁа-яё]+)*)*"
)
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Up to four words in Arabic script: in a Korean or English testimony, a name or a company.
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]+(?:[ \t]+[\u0600-\u06ff]+){0,3}")


def _foreign_script_candidates(folded: str) -> list[tuple[int, int, str]]:
    """Capitalised Cyrillic words, neighbours joined (Виктор Ким), and words of two to four
    Chinese characters (陈晓燕, 張偉) that are not a known place and hold no character of a
    date, an administrative unit or a company (1981年生, 東港市)."""
    found = []
    for match in _CYRILLIC_RE.finditer(folded):
        words = match.group().lower().replace("ё", "е").split()
        if any(word.strip("-") in CYRILLIC_PLACES for word in words):
            continue
        if match.group().isupper() and len(match.group()) <= 4:
            continue  # a company's legal form in capitals
        found.append((match.start(), match.end(), REASON_FOREIGN_SCRIPT))
    for match in _HAN_RE.finditer(folded):
        word = match.group()
        if not 2 <= len(word) <= 4 or word in HAN_PLACES or set(word) & _HAN_NOT_NAMES:
            continue
        found.append((match.start(), match.end(), REASON_FOREIGN_SCRIPT))
    found.extend(
        (match.start(), match.end(), REASON_ARABIC_SCRIPT) for match in _ARABIC_RE.finditer(folded)
    )
    return found


# In a sentence written in Chinese: "little" or "old" and a surname (我让小张开车, 先问老李),
# a name and a title (孙厂长, 王经理, 金师傅, 交给赵德明厂长, 朴代表), a name after "is called"
# (老李叫李国庆).
_CHINESE_TITLES = (
    "厂长|经理|老板|师傅|主任|队长|班长|组长|老师|先生|女士|小姐|大姐|大哥|阿姨|科长|部长|书记|总|"
    "代表|会计|司机|翻译|船长|医生|护士"
)
_CHINESE_RUN_RE = re.compile(r"[\u4e00-\u9fff]{5,}")
_CHINESE_SURNAME_AT_RE = re.compile(r"(?<=[小老阿])(.)")
_CHINESE_TITLE_RE = re.compile(_CHINESE_TITLES)
# Titles and words for a worker that a name follows (班长孙丽娟, 员工朴贞淑).
_CHINESE_AFTER_TITLE_RE = re.compile(
    r"(?:班长|组长|厂长|主任|经理|队长|会计|司机|翻译|员工|工人|女工|职工|伤者|翻译员|管理员)"
)
# Verbs and particles that follow a name, never part of it.
_CHINESE_NOT_IN_NAME = frozenset("说的是在和跟也都吧吗呢啊呀了叫让把被给从对与及")
# Names of two or three characters joined by the enumeration comma.
_CHINESE_LISTED_RE = re.compile(
    r"[\u4e00-\u9fff]{2,5}(?:、[\u4e00-\u9fff]{2,3}){1,}(?:、?[\u4e00-\u9fff]{0,4})"
)
_CHINESE_CALLED_RE = re.compile(r"(?:名叫|叫做|叫)(.[\u4e00-\u9fff]{1,2})$")
# Two full names of three characters joined by "and" (金善姬和李今花发烧): each opens with a
# surname; the second ends where three characters do, the verb after it left out.
_CHINESE_JOINED_RE = re.compile(r"(?=([\u4e00-\u9fff]{3})[和与跟及]([\u4e00-\u9fff]{3}))")
# Characters common in Korean and Korean-Chinese given names (玉, 花, 淑, 哲...), simplified
# and traditional. A surname before two of them inside a run of Chinese is listed (6号韩美兰已送,
# 金英爱钥匙遗失), where no title or comma cuts the name out: ordinary words rarely put two of
# them after a surname's character.
_GIVEN_NAME_CHARS = frozenset(
    "美兰蘭明玉春花英爱愛哲新顺順实實香淑永银銀今成国國德姬秀丽麗梅珍善贞貞惠慧恩京光铁鐵"
    "男浩镇鎮俊允熙敏仙凤鳳琴锦錦莲蓮莉瑛娟红紅燕芳霞雪菊松柏龙龍虎豪杰傑峰涛濤洪勇强強"
    "刚剛健伟偉军軍华華宁寧福寿壽吉祥瑞宝寶珠锡錫铭銘钟鍾仁义義礼禮智忠孝廉昌盛荣榮贵貴"
)
# Common words that hold a surname's character before or at the start of such a name:
# 全国成立 (全国), 东方明珠 (东方).
_WORDS_AROUND_SURNAMES = _words(
    """
    全国 全國 东方 東方 西方 南方 北方 地方 对方 對方 双方 雙方 官方 大方 文明 高明 光明
    金华 金華
    """
)


def _chinese_sentence_names(folded: str) -> list[tuple[int, int, str]]:
    """Names inside a run of Chinese (above), where the rule for words of two to four
    characters cannot cut them: the surname of 小张, the name before a title (孙厂长,
    赵德明厂长), the name after 叫, two names joined by 和 (金善姬和李今花发烧), a surname
    before two characters of given names (韩美兰已送: _GIVEN_NAME_CHARS)."""
    from testimony.anonymize.foreign_names import CHINESE_NOT_NAMES, CHINESE_SURNAME_CHARS

    found = []
    for run in _CHINESE_RUN_RE.finditer(folded):
        text, offset = run.group(), run.start()
        for match in _CHINESE_SURNAME_AT_RE.finditer(text):
            at = match.start()
            if text[at] in CHINESE_SURNAME_CHARS:
                found.append((offset + at, offset + at + 1, REASON_FOREIGN_SCRIPT))
        for match in _CHINESE_TITLE_RE.finditer(text):
            # The name before the title: three characters, two, or the surname alone, the
            # longest whose first is a surname (赵德明厂长, 孙厂长).
            at = match.start()
            for length in (3, 2, 1):
                if at >= length and text[at - length] in CHINESE_SURNAME_CHARS:
                    found.append((offset + at - length, offset + at, REASON_FOREIGN_SCRIPT))
                    break
        for match in _CHINESE_AFTER_TITLE_RE.finditer(text):
            # 二车间班长孙丽娟负有, 朝鲜籍员工朴贞淑: the name after its title, three characters.
            at = match.end()
            if at < len(text) and text[at] in CHINESE_SURNAME_CHARS:
                end = min(at + 3, len(text))
                # 组长李说: the name stops before a verb or a particle.
                while end > at + 1 and any(
                    char in _CHINESE_NOT_IN_NAME for char in text[at + 1 : end]
                ):
                    end -= 1
                found.append((offset + at, offset + end, REASON_FOREIGN_SCRIPT))
        for match in _CHINESE_JOINED_RE.finditer(text):
            names = (match.span(1), match.span(2))
            if all(
                text[start] in CHINESE_SURNAME_CHARS and text[start:end] not in CHINESE_NOT_NAMES
                for start, end in names
            ):
                found.extend((offset + s, offset + e, REASON_FOREIGN_SCRIPT) for s, e in names)
        for match in _CHINESE_CALLED_RE.finditer(text):
            if match.group(1)[0] in CHINESE_SURNAME_CHARS:
                found.append(
                    (offset + match.start(1), offset + match.end(1), REASON_FOREIGN_SCRIPT)
                )
        found.extend(
            (offset + at, offset + at + 3, REASON_FOREIGN_SCRIPT)
            for at in _given_names_in_run(text, CHINESE_SURNAME_CHARS, CHINESE_NOT_NAMES)
        )
    for item in _CHINESE_LISTED_RE.finditer(folded):
        # 朴贞淑、李春花、韩明月三人: the names of an enumeration, each as long as those
        # standing between two of its commas.
        names = item.group().split("、")
        inner = [len(name) for name in names[1:-1]] or [3]
        length = max(set(inner), key=inner.count)
        at = item.start()
        for number, name in enumerate(names):
            first = name[-length:] if number == 0 else name[:length]
            start = at + (len(name) - len(first) if number == 0 else 0)
            if (
                first[:1] in CHINESE_SURNAME_CHARS
                and 2 <= len(first) <= 3
                and first not in CHINESE_NOT_NAMES
                and first[:2] not in CHINESE_NOT_NAMES
            ):
                found.append((start, start + len(first), REASON_FOREIGN_SCRIPT))
            at += len(name) + 1
    return found


def _given_names_in_run(run: str, surnames: frozenset[str], not_names: frozenset[str]) -> list[int]:
    """Where a surname's character opens three characters whose last two are common in given
    names (_GIVEN_NAME_CHARS), none of them a known word (韩美兰, not 金日成)."""
    return [
        at
        for at in range(len(run) - 2)
        if run[at] in surnames
        and run[at + 1] in _GIVEN_NAME_CHARS
        and run[at + 2] in _GIVEN_NAME_CHARS
        and not {run[at : at + 3], run[at : at + 2], run[at + 1 : at + 3]} & not_names
        and not {run[max(0, at - 1) : at + 1], run[at : at + 2]} & _WORDS_AROUND_SURNAMES
    ]


# A Hangul gloss right after a Latin word: "Frog" (개구리), Ok [옥], Pyon (보위원 변), "Big Mun"
# [큰 문].
_GLOSS_AFTER_RE = re.compile(
    r"[\"'”’]?[ \t]*[(\[][ \t]*([가-힣]{1,5}(?:[ \t]+[가-힣]{1,5}){0,2})[ \t]*[)\]]"
)
_GLOSS_SIZES = frozenset({"큰", "작은", "늙은", "젊은", "어린"})


def _hangul_glosses(
    text: str, ranges: Iterable[tuple[int, int]], vocabulary: frozenset[str]
) -> list[tuple[int, int, str]]:
    """The Hangul gloss of a Latin word that is proposed or listed as a name: the same person
    in the other script (a nickname's Korean, a surname's Hangul), asked about with it. Not a
    post or a size word inside the gloss (보위원 변: only 변), nor a place of the vocabulary."""
    found = []
    seen = set()
    for start, end in ranges:
        if end in seen or not re.search(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]", text[start:end]):
            continue
        seen.add(end)
        match = _GLOSS_AFTER_RE.match(text, end)
        if match is None:
            continue
        for word in re.finditer(r"[가-힣]+", match.group(1)):
            if word.group() in _POSTS_SET or word.group() in _GLOSS_SIZES:
                continue
            if word.group() in vocabulary:
                continue
            at = match.start(1) + word.start()
            found.append((at, at + len(word.group()), REASON_GLOSS))
    return found
