"""Candidates of the scan, the registry entries they point at, and how overlaps are resolved."""

import re
from dataclasses import dataclass

from testimony.anonymize.names import (
    _words,
)
from testimony.anonymize.spans import RegisteredPerson

PRIORITY_KEEP = 0
PRIORITY_FULL = 1
PRIORITY_TITLE = 2
PRIORITY_GIVEN = 3
PRIORITY_OTHER_SURNAME = 4
PRIORITY_SURNAME_ALONE = 5
PRIORITY_GIVEN_ONE = 6

# Latin tokens of the folded text; an apostrophe of McCune-Reischauer (Ch'ol, P'yong) is part
# of the token, a possessive ('s) is not.
TOKEN_RE = re.compile(
    r"[a-z0-9\u0300-\u036f]+(?:(?<=[ktph])['’ʼ‘`](?=[aeiouwy])[a-z0-9\u0300-\u036f]+)*"
)
STRIP_RE = re.compile(r"[\u0300-\u036f'’ʼ‘`]")
INNER_GAP_RE = re.compile(r"[ \t\u00a0]{1,2}|[ \u00a0]?[-‐‑–][ \u00a0]?|\r?\n")
SURNAME_GAP_RE = re.compile(r"[ \t\u00a0]{1,2}|[ \u00a0]?[-‐‑–][ \u00a0]?|\r?\n|, ")
TITLE_GAP_RE = re.compile(r"\.?[ \t\u00a0]{1,2}|\.|[ \u00a0]?[-‐‑–][ \u00a0]?")
PLACE_GAP_RE = re.compile(r"['’]?[ \t\u00a0]{1,2}|[-‐‑–]")
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
    任務 任命 田園 表示 洪水 許可 宋代 秦國 周邊 石油 慶尙 吳國 河川 河口 孫子 朝鮮 玉流館"""
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

PRIORITY_KEEP = 0
PRIORITY_FULL = 1
PRIORITY_TITLE = 2
PRIORITY_GIVEN = 3
PRIORITY_OTHER_SURNAME = 4
PRIORITY_SURNAME_ALONE = 5
PRIORITY_GIVEN_ONE = 6


@dataclass(frozen=True)
class Entry:
    person: RegisteredPerson | None  # None for a public figure
    label: str  # the pseudonym, or the public figure as listed
    surnames: frozenset[str]
    given_syllables: int
    # For a public figure: every spelling of its surname in both scripts, to tell when a bare
    # surname in the same text may be theirs.
    shared_surnames: frozenset[str] = frozenset()

    @property
    def public(self) -> bool:
        return self.person is None


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    priority: int
    entries: frozenset[int]
    reason: str
    surname: str = ""  # a bare surname: its spelling, to compare with the public figures


class GivenKey:
    """Everyone whose given name (or alias) can be spelled as one joined key."""

    __slots__ = ("_alone", "_groups", "_one", "boundaries", "entries")

    def __init__(self) -> None:
        self.boundaries: set[int] = set()
        self.entries: list[int] = []
        self._groups: dict[tuple[frozenset[str], bool], frozenset[int]] | None = None
        self._alone: frozenset[int] = frozenset()
        self._one: frozenset[int] = frozenset()

    def one_syllable(self, table: list["Entry"]) -> frozenset[int]:
        """The persons whose one-syllable given name this key spells ("Hyok", "Chol")."""
        self.grouped(table)
        return self._one

    def grouped(
        self, table: list["Entry"]
    ) -> tuple[dict[tuple[frozenset[str], bool], frozenset[int]], frozenset[int]]:
        """The entries grouped by surname spellings, and those whose given name may stand
        alone. Computed at the first hit: most keys are never hit, and a common given name
        ("Chol") may be shared by hundreds of persons in a large registry."""
        if self._groups is None:
            groups: dict[tuple[frozenset[str], bool], set[int]] = {}
            for eid in self.entries:
                entry = table[eid]
                groups.setdefault((entry.surnames, entry.public), set()).add(eid)
            self._groups = {key: frozenset(eids) for key, eids in groups.items()}
            self._alone = frozenset(
                eid
                for eid in self.entries
                if not table[eid].public and table[eid].given_syllables >= 2
            )
            self._one = frozenset(
                eid
                for eid in self.entries
                if not table[eid].public and table[eid].given_syllables == 1
            )
        return self._groups, self._alone


def resolve(candidates: list[Candidate], length: int) -> list[Candidate]:
    """Non-overlapping candidates: the longest first; on the same stretch the surest kind
    (kept > full name > surname after title > given name alone); the same stretch found for
    several persons becomes one candidate naming them all."""
    best: dict[tuple[int, int], Candidate] = {}
    for candidate in candidates:
        where = (candidate.start, candidate.end)
        known = best.get(where)
        if known is None or candidate.priority < known.priority:
            best[where] = candidate
        elif candidate.priority == known.priority and not candidate.entries <= known.entries:
            best[where] = Candidate(
                known.start,
                known.end,
                known.priority,
                known.entries | candidate.entries,
                known.reason,
                known.surname,
            )
    chosen = []
    taken = bytearray(length)
    for candidate in sorted(best.values(), key=lambda c: (c.start - c.end, c.priority, c.start)):
        if 1 in taken[candidate.start : candidate.end]:
            continue
        taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        chosen.append(candidate)
    return chosen
