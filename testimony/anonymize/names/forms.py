"""A registered person's forms (`NameForms`), the flat set of their spellings, and whether a
search looks like a name."""

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from testimony.anonymize.names.cyrillic import CYRILLIC_SURNAMES, kontsevich
from testimony.anonymize.names.declension import declined_forms
from testimony.anonymize.names.given import (
    GivenVariant,
    _romanized_given_bases,
    fold,
    given_variants,
    syllabify,
)
from testimony.anonymize.names.hangul import (
    contains_hangul,
    hangul_given_forms,
    hangul_initial_variants,
    is_hangul_syllable,
    romanize,
)
from testimony.anonymize.names.mentions import ENGLISH_FUNCTION_WORDS, ENGLISH_WORD_SPELLINGS
from testimony.anonymize.names.surnames import (
    ROMANIZED_SURNAMES,
    SURNAMES,
    SURNAMES_NEEDING_CAPITAL,
    hangul_surnames_of_romanized,
    split_hangul_name,
    surname_hangul_forms,
    surname_spellings,
)
from testimony.anonymize.names.titles import HANGUL_TITLES, ROMANIZED_TITLES_AFTER, TITLES_BEFORE
from testimony.anonymize.spans import RegisteredPerson


@dataclass(frozen=True)
class NameForms:
    """What to look for, factored: surname spellings x given-name spellings."""

    surnames: frozenset[str]  # lowercase romanized
    given: tuple[GivenVariant, ...]
    hangul_full: frozenset[str] = frozenset()
    hangul_given: frozenset[str] = frozenset()
    hangul_surnames: frozenset[str] = frozenset()
    aliases: tuple[GivenVariant, ...] = ()
    hangul_aliases: frozenset[str] = frozenset()
    given_syllables: int = 0
    initials: frozenset[str] = frozenset()  # "kcm" and "cmk" for Kim Chol-min
    # The case forms of a foreign name's words and aliases, folded: "malinowskiego", "jurkiem".
    declined: frozenset[str] = frozenset()
    # A foreign name's words and one-word Latin aliases, folded ("olga", "sergeyevna",
    # "belova"), and the first letters of them all, registered initials included.
    foreign_words: frozenset[str] = frozenset()
    foreign_letters: frozenset[str] = frozenset()


def split_romanized_name(name: str) -> tuple[str, str]:
    """(surname, given) of a romanized name in either order: "Rim Myong-chol", "Myong-chol Rim".

    The surname is the first word if it is a known surname, else the last word if that is one,
    else the first word."""
    words = fold(name).split()
    if not words:
        return "", ""
    if len(words) == 1:
        return "", words[0]
    if words[0].lower() in ROMANIZED_SURNAMES or words[0].lower().replace("-", "") in (
        ROMANIZED_SURNAMES
    ):
        return words[0], " ".join(words[1:])
    if words[-1].lower() in ROMANIZED_SURNAMES:
        return words[-1], " ".join(words[:-1])
    return words[0], " ".join(words[1:])


def _literal_variant(text: str) -> list[GivenVariant]:
    """The words exactly as written (case, accents, hyphens and spaces folded)."""
    words = [word for word in re.split(r"[\s\-‐‑–]+", fold(text).lower().strip()) if word]
    if not words:
        return []
    offsets = frozenset(itertools.accumulate(len(word) for word in words[:-1]))
    return [GivenVariant("".join(words), offsets, len(words))]


def _alias_variants(alias: str) -> list[GivenVariant]:
    """An alias looks like a Korean name ("Chol-i", "Big Kim")? Its spellings; else itself."""
    folded = fold(alias).lower().strip()
    words = [word for word in re.split(r"[\s\-‐‑–]+", folded) if word]
    if not words:
        return []
    if all(syllabify(word) for word in words) and len(words) <= 3:
        return given_variants(folded, limit=16)
    return _literal_variant(alias)


# One Latin word of two letters or more ("Bear", "Goggles", "Moon").
_LATIN_WORD_RE = re.compile(r"[a-z]{2,}")


def word_alias_spellings(alias: str) -> frozenset[str]:
    """The lowercase spellings of an alias that are also ordinary words: of one Latin word
    registered with a capital, the spellings that are not romanized Korean or are English words
    too ("Bear", "Goggles"; "Moon", and "gang" of "Kang", "sin" of "Shin"). Written in small
    letters in a text such a spelling is most likely the word ("a bear came into the tent",
    "a gang of twenty"): the registered scan leaves it to the review list (`unresolved`) rather
    than propose it. Empty for any other alias ("Okki", "Chol-i", "okki" as a handle was
    typed, "Big Kim")."""
    alias = alias.strip()
    if not alias[:1].isupper() or not _LATIN_WORD_RE.fullmatch(fold(alias).lower()):
        return frozenset()
    return frozenset(
        variant.joined
        for variant in _alias_variants(alias)
        if (not syllabify(variant.joined) or variant.joined in ENGLISH_WORD_SPELLINGS)
        # "to", "do", "an": grammar words, which the scan reads by their grammar instead.
        and variant.joined not in ENGLISH_FUNCTION_WORDS
    )


def word_alias_keys(aliases: Iterable[str]) -> frozenset[str]:
    """`word_alias_spellings` of all `aliases`, less any spelling also registered in small
    letters."""
    aliases = list(aliases)
    keys = {key for alias in aliases for key in word_alias_spellings(alias)}
    typed_small = {fold(alias.strip()).lower() for alias in aliases if alias.strip().islower()}
    return frozenset(keys - typed_small)


@cache
def _cached_forms(name: str, hangul: str, aliases: tuple[str, ...]) -> NameForms:
    # The text is matched on its folded copy, where a scan's 0 and 1 inside a word read as
    # letters ("Ha11iday" as "Halliday"): a name registered with such digits is looked for as
    # the folded copy writes it too ("Uniqueee0a0ec" as "Uniqueeeoaoec").
    from testimony.anonymize.folding import fold_text

    read = [fold_text(written).text for written in (name, *aliases)]
    aliases = (*aliases, *(form for form in read if form not in (name, *aliases)))
    surname, given = split_romanized_name(name)
    hangul = re.sub(r"\s+", "", fold(hangul)) if hangul else ""
    hangul_surname, hangul_given = split_hangul_name(hangul) if hangul else ("", "")
    surnames: set[str] = set()
    if surname:
        surnames |= surname_spellings(surname)
        surnames.add(surname.lower().replace("-", ""))
    if hangul_surname:
        surnames |= surname_spellings(hangul_surname)
    variants = given_variants(given, hangul_given)
    syllables = (
        len(hangul_given) if hangul_given else max((v.syllables for v in variants[:1]), default=0)
    )
    hangul_surnames: set[str] = set()
    hangul_full: set[str] = set()
    hangul_given_forms_: set[str] = set()
    if hangul_surname:
        hangul_surnames = surname_hangul_forms(hangul_surname)
        hangul_given_forms_ = hangul_initial_variants(hangul_given) if hangul_given else set()
        hangul_full = {s + g for s in hangul_surnames for g in hangul_given_forms_}
    elif surname:
        # Registered in Latin letters only: the surname alone is still found in Hangul (박 반장).
        hangul_surnames = hangul_surnames_of_romanized(surname)
    alias_variants: list[GivenVariant] = []
    hangul_aliases: set[str] = set()
    for alias in aliases:
        if contains_hangul(alias):
            hangul_aliases.add(re.sub(r"\s+", "", alias))
        else:
            alias_variants.extend(_alias_variants(alias))
            alias_variants.extend(_cyrillic_alias_spellings(alias))
    # A name the romanization rules cannot read (a foreign name, a typo, a stray digit) is still
    # found exactly as registered: without this it would have no variant at all and slip out.
    literal_given = "".join(word for word in re.split(r"[\s\-‐‑–]+", fold(given).lower()) if word)
    if literal_given and literal_given not in {variant.joined for variant in variants}:
        alias_variants.extend(_literal_variant(name))
    if hangul and not hangul_full and (name or hangul not in hangul_surnames):
        # A detected name's surname alone (이 of "Ли Чхоль", no romanized name) is no alias:
        # the surname's table reads it, with the title it needs ("이라고" is a quotation, not
        # 이). A registered one-syllable name (철, 엄) is one.
        hangul_aliases.add(hangul)
    joined_givens = {variant.joined for variant in variants}
    for spelling in _russian_latin_spellings(hangul_surname, hangul_given):
        russian_surname, _space, russian_given = spelling.partition(" ")
        if russian_surname in surnames and russian_given.replace(" ", "") in joined_givens:
            continue  # "ri il": a spelling the romanized forms match already, with their rules
        alias_variants.extend(_literal_variant(spelling))
    for spelling in _polish_spellings(hangul_surname, hangul_given):
        alias_variants.extend(_literal_variant(spelling))
    looked_for = {variant.joined for variant in (*variants, *alias_variants)}
    foreign_words = _foreign_words(name, aliases) if is_foreign_name(name) else []
    return NameForms(
        declined=_declined(name, aliases, looked_for),
        foreign_words=frozenset(word for word in foreign_words if len(word) > 1),
        foreign_letters=frozenset(word[0] for word in foreign_words),
        initials=_initials(surname, given, hangul_given),
        surnames=frozenset(surnames),
        given=tuple(variants),
        hangul_full=frozenset(hangul_full),
        hangul_given=frozenset(hangul_given_forms_),
        hangul_surnames=frozenset(hangul_surnames),
        aliases=tuple(alias_variants),
        hangul_aliases=frozenset(hangul_aliases),
        given_syllables=syllables,
    )


def is_foreign_name(name: str) -> bool:
    """Whether a name in Latin letters is not a Korean one: of two words or more, none a Korean
    surname ("Jerzy Malinowski", "Adam Kowal", "Sergei Ivanov"; not "Pak Chol-min", "Chol-min
    Rim", nor "Ivan Li"); of one word, one that spells no Korean syllables ("Malinowski", not
    "Chol-min")."""
    words = [word for word in fold(name).lower().split() if word]
    if not words or any(word in ROMANIZED_SURNAMES for word in words):
        return False
    return len(words) > 1 or not syllabify(words[0].replace("-", ""))


def _foreign_words(name: str, aliases: tuple[str, ...]) -> list[str]:
    """The words of a foreign name and of its one-word aliases in Latin letters, folded and in
    small letters, initials included: "Andrzej M." -> ["andrzej", "m"]."""
    texts = [name, *(alias for alias in aliases if len(alias.split()) == 1)]
    return [
        word
        for text in texts
        for word in re.split(r"[\s\-‐‑–.]+", fold(text).lower())
        if word.isalpha() and word.isascii()
    ]


def _declined(name: str, aliases: tuple[str, ...], looked_for: set[str]) -> frozenset[str]:
    """The case forms (`declension`) of a foreign name's words and of its one-word aliases in
    Latin letters ("Jurek"), and of a one-word alias of anyone that spells no Korean syllables
    (a Korean worker the Polish foremen called "Wiktor"); folded, less the spellings looked for
    already, English words and Korean surnames."""
    from testimony.anonymize.english import ENGLISH_WORDS

    words = [alias.strip() for alias in aliases if len(alias.split()) == 1]
    if is_foreign_name(name):
        words.extend(re.split(r"[\s\-‐‑–]+", name.strip()))
    else:
        words = [word for word in words if not syllabify(fold(word).lower())]
    forms = {fold(form).lower() for word in words for form in declined_forms(word)}
    # An ending that folds away (Belová, Belovą) gives the word itself: looked for already.
    forms -= {fold(word).lower() for word in words}
    return frozenset(
        form
        for form in forms
        if form not in looked_for and form not in ENGLISH_WORDS and form not in ROMANIZED_SURNAMES
    )


# Russian letters in Latin, as Russian passports and records of the 2010s (ICAO) and English
# texts (BGN/PCGN) write them: the two differ for ё, й, ю, я.
_RUSSIAN_LATIN_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "ь": "", "э": "e",
}  # fmt: skip
_RUSSIAN_LATIN = (
    str.maketrans({**_RUSSIAN_LATIN_COMMON, "ё": "yo", "й": "y", "ю": "yu", "я": "ya"}),
    str.maketrans({**_RUSSIAN_LATIN_COMMON, "ё": "e", "й": "i", "ю": "iu", "я": "ia"}),
)


_CYRILLIC_LETTER_RE = re.compile(r"[а-яё]", re.IGNORECASE)
# What Russian adds to a name's last word after a consonant: genitive, dative, instrumental,
# prepositional ("so slov O Chun Sika", "according to O Chun Sik").
_CASE_ENDINGS = {"cyrillic": ("а", "у", "ом", "е"), "latin": ("a", "u", "om", "e")}


def _cyrillic_alias_spellings(alias: str) -> list[GivenVariant]:
    """A registered alias in Cyrillic as a Russian record writes it in Latin letters (the
    Cyrillic "O Chun Sik" as "O Chun Sik", ICAO and BGN/PCGN), and, in both scripts, with the
    case ending Russian adds to its last word after a consonant ("O Chun Sika")."""
    if not _CYRILLIC_LETTER_RE.search(alias):
        return []
    cyrillic = fold(alias).lower().strip()
    spellings = {cyrillic: "cyrillic"}
    for table in _RUSSIAN_LATIN:
        spellings.setdefault(alias.lower().strip().translate(table), "latin")
    variants: list[GivenVariant] = []
    for spelling, script in spellings.items():
        forms = [] if spelling == cyrillic else [spelling]
        if spelling[-1:].isalpha() and spelling[-1:] not in "aeiouyаеёиоуыэюя":
            forms.extend(spelling + ending for ending in _CASE_ENDINGS[script])
        for form in forms:
            variants.extend(_literal_variant(form))
    return variants


def _russian_latin_spellings(hangul_surname: str, hangul_given: str) -> set[str]:
    """A Korean name as a Russian document writes it in Latin letters, from its Cyrillic
    (Kontsevich) spelling: 표창남 -> Пхё Чхан Нам -> "pkhyo chkhan nam" (and "pkhe ..."),
    the surname in its Russian spellings too (최 -> Цой -> "tsoy"). Given syllables apart and
    joined: Russian records write both."""
    if not hangul_surname or not hangul_given:
        return set()
    surnames = {kontsevich(hangul_surname), *CYRILLIC_SURNAMES.get(hangul_surname, ())}
    syllables = [kontsevich(syllable) for syllable in hangul_given]
    givens = {" ".join(syllables), "".join(syllables)}
    return {
        f"{surname} {given}".lower().translate(table)
        for surname in surnames
        for given in givens
        for table in _RUSSIAN_LATIN
    }


# McCune-Reischauer as Polish records write it (the shipyards' and the courts' papers): cz for
# ch, j for y, ri for ry, e for ae, s for sh: 전경식 -> "Czon Kjong Sik", 오장렬 -> "O Czang
# Riol", 현태성 -> "Hjon Te Song".
_POLISH_RESPELLINGS = (
    (re.compile("ch"), "cz"),
    (re.compile("sh"), "s"),
    (re.compile("^ry"), "ri"),
    (re.compile("(?<=[a-z])y|^y"), "j"),
    (re.compile("ae"), "e"),
)


def _polish(syllable: str) -> str:
    for pattern, replacement in _POLISH_RESPELLINGS:
        syllable = pattern.sub(replacement, syllable)
    return syllable


def _polish_spellings(hangul_surname: str, hangul_given: str) -> set[str]:
    """A Korean name in the Polish spelling of McCune-Reischauer, given syllables apart and
    joined; none where it is the McCune-Reischauer spelling itself (Pak Song Il)."""
    if not hangul_surname or not hangul_given:
        return set()
    surname = _polish("".join(romanize(hangul_surname, "mr")))
    syllables = [_polish(syllable) for syllable in romanize(hangul_given, "mr")]
    plain = " ".join(romanize(hangul_surname + hangul_given, "mr"))
    spellings = {f"{surname} {' '.join(syllables)}", f"{surname} {''.join(syllables)}"}
    return {spelling for spelling in spellings if spelling != plain}


def _initials(surname: str, given: str, hangul_given: str) -> frozenset[str]:
    """Initials in both orders from the name as registered and from the usual romanizations of
    the Hangul given name: Kim Chol-min -> "kcm", "cmk"."""
    if not surname:
        return frozenset()
    givens = [base for base in _romanized_given_bases(given)[:1] if base]
    if hangul_given:
        givens.extend(form for form in hangul_given_forms(hangul_given)[:2] if form)
    heads = {surname.lower()[:1]}
    found: set[str] = set()
    for syllables in givens:
        letters = "".join(syllable[:1] for syllable in syllables)
        for head in heads:
            found.update({head + letters, letters + head})
    return frozenset(initial for initial in found if len(initial) >= 2)


def name_forms(person: RegisteredPerson) -> NameForms:
    return _cached_forms(person.name, person.hangul, tuple(person.aliases))


def _spelled(variant: GivenVariant) -> list[str]:
    """A given-name variant joined, hyphenated and spaced: myongchol, myong-chol, myong chol."""
    cuts = [0, *sorted(variant.boundaries), len(variant.joined)]
    pieces = [variant.joined[a:b] for a, b in itertools.pairwise(cuts)]
    return sorted({variant.joined, "-".join(pieces), " ".join(pieces)})


def name_variants(person: RegisteredPerson) -> set[str]:
    """Every surface form of a person's name that is looked for, lowercase and folded.

    Full name in both orders with every surname spelling; the given name alone when it has at
    least two syllables ("Il" alone would hit everywhere); the surname alone only after a title
    ("mr. rim", "comrade pak", "rim dongmu"); Hangul full and given names; aliases."""
    forms = name_forms(person)
    variants: set[str] = set()
    for variant in forms.given:
        for given in _spelled(variant):
            for surname in forms.surnames:
                variants.add(f"{surname} {given}")
                variants.add(f"{given} {surname}")
            if forms.given_syllables >= 2:
                variants.add(given)
    for surname in forms.surnames:
        for title in TITLES_BEFORE:
            variants.add(
                f"{title}. {surname}"
                if title in ("mr", "mrs", "ms", "dr")
                else f"{title} {surname}"
            )
        for title in ROMANIZED_TITLES_AFTER:
            variants.add(f"{surname}-{title}")
    for variant in forms.aliases:
        variants.update(_spelled(variant))
    variants |= forms.hangul_full | forms.hangul_aliases
    if forms.given_syllables >= 2:
        variants |= forms.hangul_given
    for surname in forms.hangul_surnames:
        variants.update(surname + title for title in HANGUL_TITLES)
    return variants


# Search boxes: whether what someone typed is shaped like a name (the audit of name searches).
_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _romanized_name_words(words: list[str]) -> bool:
    """Two or three words, a Korean surname first or last, the rest one or two syllables."""
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(word) for word in words):
        return False
    for surname, given in ((words[0], words[1:]), (words[-1], words[:-1])):
        # Short surnames that are also English words ("an", "so") count only in prose, with a
        # capital letter, which a search box does not keep; Son, Song or Bang count here.
        short_word = len(surname) < 3 and surname in SURNAMES_NEEDING_CAPITAL
        if surname in ROMANIZED_SURNAMES and not short_word:
            readings = syllabify("".join(given).replace("-", ""))
            if readings and 1 <= len(readings[0]) <= 2:
                return True
    return False


def _hangul_name_shape(word: str) -> bool:
    """Three or four syllables (two when written apart) starting with a Korean surname."""
    joined = "".join(word.split())
    if not joined or not all(is_hangul_syllable(char) for char in joined):
        return False
    surname, given = split_hangul_name(joined)
    spaced = " " in word.strip()
    return surname in SURNAMES and (1 <= len(given) <= 2) and (len(joined) >= 3 or spaced)


def looks_like_a_name(query: str) -> bool:
    """Whether the search text, or a run of two or three of its words, is shaped like a
    Korean personal name in Hangul or romanized. Words like 노동자 pass too: an event too many
    costs a line in the audit trail, one too few hides a look-up."""
    words = fold(query).lower().split()
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if _hangul_name_shape(" ".join(run)) or (size > 1 and _romanized_name_words(run)):
                return True
    return False
