"""The patterns and word sets the registered-name scan reads text with."""

import re
import unicodedata
from functools import cache

from testimony.anonymize.names import (
    _words,
)
from testimony.anonymize.names.given import UNDECOMPOSED_LETTERS

# Latin tokens of the folded text; an apostrophe of McCune-Reischauer (Ch'ol, P'yong) is part
# of the token, a possessive ('s) is not.
TOKEN_RE = re.compile(
    r"[a-z0-9\u0300-\u036f]+(?:(?<=[ktph])['’ʼ‘`](?=[aeiouwy])[a-z0-9\u0300-\u036f]+)*"
)
STRIP_RE = re.compile(r"[\u0300-\u036f'’ʼ‘`]")
# A hyphen at the end of a line inside a name ("Ri Jong-\nae") joins its syllables too, and an
# underscore the words of a login or a file's name ("KIM_Song_Hui_statement.docx").
# A hyphen with a space on one side at most joins a name ("Kwang- sok" cut at a line's end,
# "Kwang -sok"); a dash between two spaces sets a phrase apart ("Ri Kwang-sok - Lee
# Kwang-seok - came"), and the words on either side of it are not one name.
INNER_GAP_RE = re.compile(r"[ \t\u00a0]{1,2}|[-‐‑–][ \u00a0]?|[ \u00a0][-‐‑–]|[-‐‑–]?\r?\n|_")
SURNAME_GAP_RE = re.compile(r"[ \t\u00a0]{1,2}|[-‐‑–][ \u00a0]?|[ \u00a0][-‐‑–]|\r?\n|, ")
TITLE_GAP_RE = re.compile(r"\.?[ \t\u00a0]{1,2}|\.|[ \u00a0]?[-‐‑–][ \u00a0]?")
# Between the words of a place's name: a space (or two, a typist's), a hyphen; never a tab
# nor three spaces, which part a table's cells ("HAN Ok-ryon<TAB>Sea": a worker, then her
# group, not a sea).
PLACE_GAP_RE = re.compile(r"['’]?[ \u00a0]{1,2}|[-‐‑–]")
HANGUL_RUN_RE = re.compile(r"[가-힣]+")
HANGUL_GAP_RE = re.compile(r"[ \t\u00a0]{1,2}")
HYPHENS = "‐‑–-"
# Dotted initials: "K.C.M.", "K. C. M.", "K.C.M", "K.C." (two letters for a one-syllable name).
INITIALS_RE = re.compile(
    r"(?<![A-Za-z0-9.])([A-Z])\.[ \u00a0]?([A-Z])\.(?:[ \u00a0]?([A-Z])(?:\.|(?![A-Za-z0-9])))?"
    r"(?![A-Za-z0-9])"
)
SENTENCE_END = ".!?:;\n\r"
OPENING = " \t\u00a0\"'“‘(«[-–—"
DETECTED_PREFIX = "the detected name"
REVIEWER_PREFIX = "the name a reviewer redacted"
HANJA_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]+")
CYRILLIC_WORD_RE = re.compile(r"[\u0400-\u04ff]+")
# A title after a Hanja name (朴哲民氏).
HANJA_TITLES = frozenset("氏君")
# Hanja words and public names that start with a surname character: never a witness.
HANJA_NOT_NAMES = frozenset(
    _words(
        """金日成 金正日 金正恩 金正淑 金策 李雪主 張成澤 崔龍海 文在寅 尹錫悅 朴正熙 朴槿惠 李承晩
    韓國 韓半島 南韓 南北 南浦 南側 北韓 全國 全體 全部 高麗 高原 高校 文化 文件 文書 安全 安州
    成功 成川 成人 金額 金錢 金剛山 申請 車輛 元山 白頭山 黃海 黃海道 羅津 明川 方法 方面 朱義
    任務 任命 田園 表示 洪水 許可 宋代 秦國 周邊 石油 慶尙 吳國 河川 河口 孫子 朝鮮 玉流館
    咸興 咸鏡 咸鏡道 咸兴 咸镜 王國 王朝 陸地 陸軍 馬上 夏季 蘇聯 龍山 都市 都城 余地 毛澤東 鄧小平
    蔣介石 韩国 韩半岛 韩语 韩文 韩元 南韩 北韩 朝韩 车间 车站 车辆 车队 车上 车费 车票 马上 马路
    许多 许可 陆续 陆地 陆军 严重 严格 叶子 黄色 黄金 黄海 苏联 龙头 毛泽东 邓小平 孙中山 张家口
    杨树 钱包 罗马 赵国 吴国 唐朝 曹操 董事 宫殿 史料 印度 段落 房间 房子 温度 温暖 宣传 景色"""
    )
)
HANGUL_AFTER_RE = re.compile(r"[ \u00a0]?([가-힣]+)")
# "Mr. K. C." (more initials follow) is left to the dotted-initials rule.
INITIAL_AFTER_RE = re.compile(r" ?[A-Z]\.")
NUMBER_AFTER_RE = re.compile(r"\.? ?\d")
HEADING_WORD_RE = re.compile(r"[^\W\d_]+")
QUOTES_OPEN = frozenset("'\"‘“«")
QUOTES_CLOSE = frozenset("'\"’”»")
# Before an English-word surname capitalised mid-sentence these make it a thing ("the Moon").
DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "its", "every", "each", "no", "some"]
)
# After a grammar word opening a sentence these make an idiom, not a person ("So was I").
AUXILIARIES = frozenset(
    ["was", "is", "had", "has", "did", "would", "could", "will", "can", "must", "never", "also"]
)
# The reasons of the weakest registered findings: a part of a name standing alone.


@cache
def fold_table() -> dict[int, str]:
    """Latin letters to plain lowercase, one character for one, so offsets stay the same."""
    table: dict[int, str] = {}
    for code in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if len(base) == 1 and base != char:
            table[code] = base
    for letter, base in UNDECOMPOSED_LETTERS.items():
        table[ord(letter)] = base.lower()
    return table


ACCENTED_RE = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")


def fold_for_matching(text: str) -> str:
    """The text lowercased with Latin diacritics folded (Chŏng -> chong), same length."""
    lowered = text.lower()
    # lower() keeps the length except for a few letters (İ): then fold letter by letter.
    if len(lowered) == len(text) and not ACCENTED_RE.search(text):
        return lowered
    return text.translate(fold_table())


FOREIGN_WORD_REASON = "word of a foreign name"
PARTS_ALONE = (
    "surname alone",
    "one-syllable given name",
    "one-syllable Hangul given name",
    "surname after the title",
    "alias as written (one word)",
    FOREIGN_WORD_REASON,
)
