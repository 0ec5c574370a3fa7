"""Candidates of the scan, the registry entries they point at, and how overlaps are resolved."""

from dataclasses import dataclass

from testimony.anonymize.spans import RegisteredPerson

PRIORITY_KEEP = 0
PRIORITY_FULL = 1
PRIORITY_TITLE = 2
PRIORITY_GIVEN = 3
PRIORITY_OTHER_SURNAME = 4
PRIORITY_SURNAME_ALONE = 5
PRIORITY_GIVEN_ONE = 6

# The reasons of the weakest registered findings: a part of a name standing alone.


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
