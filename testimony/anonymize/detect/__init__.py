"""Proposals for names nobody registered, found by explainable heuristics in English and Korean.

Every proposal is a `Span` with source "detected", the replacement "[name withheld]" and a
reason a reviewer can judge. The replacement is deliberately not numbered ("Person 1"): a
heuristic cannot tell whether "Mr. Rim" and "Rim Il" are one person or two, and a numbered
pseudonym would claim that it knows. The reviewer assigns a pseudonym when accepting.

Heuristic families (each proposal names the one that found it):
- a Korean surname followed by a given name of one or two syllables, in any romanization
  ("Kim Myong-chol", "Pak Chol", "Chŏng Il-su", "Kim Myong Chol"), or a hyphenated given name
  followed by a surname ("Myong-chol Rim");
- a title followed by a capitalised name ("Mr. Rim", "Comrade Pak", "the minder Kang");
- an introduction ("a man named X", "whose name was X", "known as X", "nicknamed X", "whom
  he calls X", "she calls her son X");
- a Hangul name (surname syllable first) followed by an honorific or title (리명철 동무, 김씨),
  after a title (반장 박영호가), introduced by a cue (이름은 ..., ...라는 사람), or, for
  three-syllable names only, followed by a case particle, a copula or a postposition
  (박철수는, 박성일이었다, 최성일 밑에서);
- a Hangul name in brackets beside a detected romanized name ("Kang Chol (강철)"), or a bare
  three-syllable Hangul name inside English prose;
- a Hangul surname after 큰 or 작은, a nickname (큰 박이);
- what the Korean morphological analyser (korean.py, Kiwi) reads as a name the rules missed:
  two-syllable names before a particle (윤철은, 림일은), given names before 씨 (순희 씨). It
  also overrules weak rule-based findings it reads as ordinary words (맹세해, 명이라는).
- non-Korean names (lists in foreign_names.py): common Russian, Polish, Mongolian, West
  African, Arabic, Spanish, Japanese, French, Southeast Asian and English given names in Latin,
  Cyrillic or Hangul (Olga Petrovna, Сергей Иванов,
  볼로댜가); Burmese names (U Aung Kyaw); Chinese names in pinyin, characters or Hangul (Zhang
  Wei, 張偉, 장웨이); a capitalised Cyrillic word in mid-sentence; Korean names in Cyrillic
  (Мун Кван Чхоль); a Latin name before a Korean honorific (Ryu 반장, Han dongmu).
- names by the words around them (context_names.py): after a lower-case job or relation word
  (accountant Yu, cooks Han and Ma), before "the minder", after "Captain:", a surname "from the
  embassy" or alone on a numbered line, Korean names typed in lower case, dotted initials, Arabic
  script after a title; other mentions of a one-word name so found; the Hangul given name of a
  name found in Latin letters (Lee Ji-won ... 지원 선생님).

Never proposed: public figures (matched by full name in their common spellings), places and
organisations, including those named after people (Kim Il-sung Square, Kim Chaek University),
months and days, and capitalised function words.

The package, by area (split from one module; the names other modules and tests use are
re-exported here, so `from testimony.anonymize.detect import X` and `detect.X` still work):
- words.py: the reasons, the public figures, the surnames and the word lists; folding of
  diacritics, the Latin tokens and the checks of a romanized name word that every finder shares;
- latin.py: romanized Korean names in Latin text (surname and given name, after a title, set off
  by commas, two Korean syllables, introduced as 'a man named ...');
- hangul.py: Hangul names found by the rules, the Korean analyser, names in brackets beside a
  detected name, a Hangul name after a word for a role or an English title;
- foreign.py: non-Korean names in Latin, Cyrillic, Chinese characters and Hangul, a Latin name
  before a Korean honorific, a name after a nationality and a noun for a person;
- context.py: public figures' ranges and the merge of findings, ships and state offices, and the
  rules that read the rest of the text (signatures, other mentions, Tell X, surnamed X, quotes);
- this module: `detect_names`, which runs them all, and `_recognised` (the statistical
  recogniser's proposals).
"""

import re
from collections.abc import Collection

from testimony.anonymize import abbreviated
from testimony.anonymize.detect.context import (
    REASON_HANGUL_GIVEN_OF_LATIN,
    _addressed_given_names,
    _code_names,
    _context_names,
    _hangul_given_of_latin_names,
    _late_persons,
    _listed_with_names,
    _merge,
    _nicknames_beside,
    _note_signers,
    _noted_names,
    _office_keys,
    _other_mentions,
    _overlaps,
    _public_ranges,
    _quoted_and_glossed,
    _signed_names,
    _surnamed,
    _vessel_keys,
    named_place_ranges,
)
from testimony.anonymize.detect.foreign import (
    _POLISH_LETTERS_RE,
    VIETNAMESE_ADDRESS_RE,
    _apposed_hangul,
    _chinese_character_names,
    _chinese_labelled_names,
    _chinese_parties_and_lists,
    _cyrillic_capital_names,
    _cyrillic_citizen_names,
    _cyrillic_name_fields,
    _cyrillic_names,
    _cyrillic_titled_surnames,
    _foreign_hangul_names,
    _foreign_latin_names,
    _is_foreign_given,
    _japanese_names,
    _kunyas_and_patronymics,
    _latin_before_honorific,
    _names_with_their_script,
    _vietnamese_addressed,
)
from testimony.anonymize.detect.hangul import (
    _analysed_hangul,
    _annotated_hangul,
    _bare_hangul_after_role,
    _bracketed_hangul,
    _called_names,
    _full_name_after_kin,
    _full_name_glossed,
    _given_and_full_bracketed,
    _hangul_names,
    _korean_analyser_enabled,
    _labelled_surname,
    _titled_hangul,
    addressed_given_names,
    bracketed_nicknames,
    bracketed_writers,
    korean_analyser_enabled,
    minutes_speakers,
    without_korean_analyser,
)
from testimony.anonymize.detect.inverted import inverted_names
from testimony.anonymize.detect.latin import (
    _apposed_names,
    _hyphenated_given_alone,
    _introduced_names,
    _korean_full_names,
    _korean_syllable_pairs,
    _nicknamed_surnames,
    _titled_names,
)
from testimony.anonymize.detect.words import (
    _CAPITALISED_STOPWORDS,
    _HANGUL_STOPWORDS,
    _KO_HONORIFICS_SET,
    _KO_PERSON_NOUNS,
    _KO_PLACES,
    _KO_TITLES_BEFORE,
    _NON_GIVEN_SYLLABLES,
    _ONE_OR_TWO_SYLLABLES_RE,
    _ONE_SYLLABLE_RE,
    _ORG_WORDS,
    _PLACES,
    _TITLE_QUALIFIERS,
    _TITLES,
    _TITLES_ABBREVIATED,
    _TITLES_ABROAD,
    _VERY_COMMON_WORDS,
    DEFAULT_PUBLIC_FIGURES,
    REASON_ABBREVIATION,
    REASON_ADDRESSED,
    REASON_APPOSED,
    REASON_ARABIC_NAME,
    REASON_ATTENDANCE,
    REASON_BEFORE_HONORIFIC,
    REASON_BEFORE_ROMANIZED,
    REASON_BRACKETED,
    REASON_BRACKETED_CYRILLIC,
    REASON_BRACKETED_SCRIPT,
    REASON_BURMESE,
    REASON_CALLED,
    REASON_CHAT_NOTICE,
    REASON_CHINESE,
    REASON_CHINESE_ALONE,
    REASON_CHINESE_IN_SENTENCE,
    REASON_CODE_NAME,
    REASON_CUED_INITIALS,
    REASON_CUT_SURNAME,
    REASON_CYRILLIC,
    REASON_CYRILLIC_KOREAN,
    REASON_EMAIL,
    REASON_EQUATED_HANGUL,
    REASON_FATHER_INITIAL,
    REASON_FATHERS_NAME,
    REASON_FOREIGN_GIVEN,
    REASON_GEDCOM,
    REASON_GIVEN_AND_FULL,
    REASON_GIVEN_SURNAME,
    REASON_GLOSSED_SURNAME,
    REASON_HANDLE,
    REASON_HANGUL_ADDRESSED,
    REASON_HANGUL_AFTER_KIN,
    REASON_HANGUL_AFTER_ROLE,
    REASON_HANGUL_AFTER_TITLE,
    REASON_HANGUL_APPOSED,
    REASON_HANGUL_CELL,
    REASON_HANGUL_CUE,
    REASON_HANGUL_GIVEN_AFTER_KIN,
    REASON_HANGUL_HONORIFIC,
    REASON_HANGUL_IN_ENGLISH,
    REASON_HANGUL_LIST,
    REASON_HANGUL_NICKNAME,
    REASON_HANGUL_PARTICLE,
    REASON_HANGUL_STANDING,
    REASON_HANGUL_SURNAME,
    REASON_HYPHENATED_GIVEN,
    REASON_INITIAL_LOGIN,
    REASON_INITIAL_SURNAME,
    REASON_INITIALS,
    REASON_INTRODUCED,
    REASON_JAMO_INITIALS,
    REASON_KIWI_NAME,
    REASON_LABELLED_SURNAME,
    REASON_LATIN_NICKNAME,
    REASON_LISTED_WITH_NAMES,
    REASON_LOWER_ADDRESSED,
    REASON_LOWERCASE,
    REASON_MASKED_GIVEN,
    REASON_MASKED_MIDDLE,
    REASON_NAME_INITIALS,
    REASON_NICKNAME_BESIDE,
    REASON_OTHER_MENTION,
    REASON_PARENT_OF,
    REASON_QUOTED_GIVEN,
    REASON_ROLE_NOUN,
    REASON_SIGNATURE,
    REASON_SIGNED_LABEL,
    REASON_SLAVIC_SURNAME,
    REASON_SPACED_NAME,
    REASON_SPEAKER,
    REASON_STAFF,
    REASON_STAFF_INITIALS,
    REASON_SURNAME_CONTEXT,
    REASON_SURNAME_GIVEN,
    REASON_SURNAME_GLOSS,
    REASON_SURNAMED,
    REASON_TABLE_NAME,
    REASON_TABLE_SIGNATURE,
    REASON_THREAD_AUTHOR,
    REASON_TITLE,
    REASON_TRAVEL_DOCUMENT,
    REASON_VCARD,
    REASON_VIETNAMESE_ADDRESSED,
    REASON_WESTERN_ORDER,
    REASON_WITH_ITS_SCRIPT,
    SURNAMES,
    _ambiguous_surnames,
    _is_capitalised_name_word,
    _is_surname,
    _loose_key,
    _loose_keys,
    _name_tokens_from,
    _romanized_surnames,
    _syllables,
    _Tokens,
    fold,
)
from testimony.anonymize.english import ENGLISH_WORDS
from testimony.anonymize.failure import guarded
from testimony.anonymize.foreign_names import CYRILLIC_NOT_NAMES
from testimony.anonymize.spans import Span

__all__ = [
    "DEFAULT_PUBLIC_FIGURES",
    "REASON_ABBREVIATION",
    "REASON_ADDRESSED",
    "REASON_APPOSED",
    "REASON_ARABIC_NAME",
    "REASON_ATTENDANCE",
    "REASON_BEFORE_HONORIFIC",
    "REASON_BEFORE_ROMANIZED",
    "REASON_BRACKETED",
    "REASON_BRACKETED_CYRILLIC",
    "REASON_BRACKETED_SCRIPT",
    "REASON_BURMESE",
    "REASON_CALLED",
    "REASON_CHAT_NOTICE",
    "REASON_CHINESE",
    "REASON_CHINESE_ALONE",
    "REASON_CHINESE_IN_SENTENCE",
    "REASON_CODE_NAME",
    "REASON_CUED_INITIALS",
    "REASON_CUT_SURNAME",
    "REASON_CYRILLIC",
    "REASON_CYRILLIC_KOREAN",
    "REASON_EMAIL",
    "REASON_EQUATED_HANGUL",
    "REASON_FATHERS_NAME",
    "REASON_FATHER_INITIAL",
    "REASON_FOREIGN_GIVEN",
    "REASON_GEDCOM",
    "REASON_GIVEN_AND_FULL",
    "REASON_GIVEN_SURNAME",
    "REASON_GLOSSED_SURNAME",
    "REASON_HANDLE",
    "REASON_HANGUL_ADDRESSED",
    "REASON_HANGUL_AFTER_KIN",
    "REASON_HANGUL_AFTER_ROLE",
    "REASON_HANGUL_AFTER_TITLE",
    "REASON_HANGUL_APPOSED",
    "REASON_HANGUL_CELL",
    "REASON_HANGUL_CUE",
    "REASON_HANGUL_GIVEN_AFTER_KIN",
    "REASON_HANGUL_GIVEN_OF_LATIN",
    "REASON_HANGUL_HONORIFIC",
    "REASON_HANGUL_IN_ENGLISH",
    "REASON_HANGUL_LIST",
    "REASON_HANGUL_NICKNAME",
    "REASON_HANGUL_PARTICLE",
    "REASON_HANGUL_STANDING",
    "REASON_HANGUL_SURNAME",
    "REASON_HYPHENATED_GIVEN",
    "REASON_INITIALS",
    "REASON_INITIAL_LOGIN",
    "REASON_INITIAL_SURNAME",
    "REASON_INTRODUCED",
    "REASON_JAMO_INITIALS",
    "REASON_KIWI_NAME",
    "REASON_LABELLED_SURNAME",
    "REASON_LATIN_NICKNAME",
    "REASON_LISTED_WITH_NAMES",
    "REASON_LOWERCASE",
    "REASON_LOWER_ADDRESSED",
    "REASON_MASKED_GIVEN",
    "REASON_MASKED_MIDDLE",
    "REASON_NAME_INITIALS",
    "REASON_NICKNAME_BESIDE",
    "REASON_OTHER_MENTION",
    "REASON_PARENT_OF",
    "REASON_QUOTED_GIVEN",
    "REASON_ROLE_NOUN",
    "REASON_SIGNATURE",
    "REASON_SIGNED_LABEL",
    "REASON_SLAVIC_SURNAME",
    "REASON_SPACED_NAME",
    "REASON_SPEAKER",
    "REASON_STAFF",
    "REASON_STAFF_INITIALS",
    "REASON_SURNAMED",
    "REASON_SURNAME_CONTEXT",
    "REASON_SURNAME_GIVEN",
    "REASON_SURNAME_GLOSS",
    "REASON_TABLE_NAME",
    "REASON_TABLE_SIGNATURE",
    "REASON_THREAD_AUTHOR",
    "REASON_TITLE",
    "REASON_TRAVEL_DOCUMENT",
    "REASON_VCARD",
    "REASON_VIETNAMESE_ADDRESSED",
    "REASON_WESTERN_ORDER",
    "REASON_WITH_ITS_SCRIPT",
    "REPLACEMENT",
    "SURNAMES",
    "_CAPITALISED_STOPWORDS",
    "_HANGUL_STOPWORDS",
    "_KO_HONORIFICS_SET",
    "_KO_PERSON_NOUNS",
    "_KO_PLACES",
    "_KO_TITLES_BEFORE",
    "_NON_GIVEN_SYLLABLES",
    "_ONE_OR_TWO_SYLLABLES_RE",
    "_ONE_SYLLABLE_RE",
    "_ORG_WORDS",
    "_PLACES",
    "_TITLES",
    "_TITLES_ABBREVIATED",
    "_TITLE_QUALIFIERS",
    "_VERY_COMMON_WORDS",
    "_Tokens",
    "_ambiguous_surnames",
    "_is_capitalised_name_word",
    "_is_foreign_given",
    "_is_surname",
    "_korean_analyser_enabled",
    "_name_tokens_from",
    "_public_ranges",
    "_romanized_surnames",
    "_syllables",
    "detect_names",
    "fold",
    "korean_analyser_enabled",
    "without_korean_analyser",
]


REPLACEMENT = "[name withheld]"
# Letters after a name for a rank, an honour or a professional body, ending the proposal: "Mr
# Harcourt KC", "Ji-yeon Harper MCIL", "Dr Okafor PhD"; a seal. They stay in the text.
_POST_NOMINALS_RE = re.compile(
    # Not two capitals a Korean's initials could be (Park JP, Kim MP).
    r"(?:,?[ \t]+(?:KC|QC|MCIL|FCIL|CIOL|DPSI|MITI|MBE|OBE|CBE|KBE|DBE|PhD|Esq\.?))+$"
    # and the seal a Japanese circular's household stamps beside its name (高橋 ㊞, 印 folded)
    r"|[ \t\u3000]*[㊞印]$"
)


@guarded
def detect_names(
    text: str,
    exclude: list[tuple[int, int]] | None = None,
    public_figures: list[str] | None = None,
    *,
    known_names: Collection[str] = (),
) -> list[Span]:
    """Propose every stretch of `text` that looks like a private person's name.

    Proposals overlapping an `exclude` range (typically the spans of registered names) are
    dropped, and so is anything overlapping a public figure: the defaults
    (`DEFAULT_PUBLIC_FIGURES` in words.py) plus `public_figures`. Offsets are in characters of
    `text`. `known_names` are the registered Hangul names and given names of the testimony
    (림명철, 명철): the Korean analyser reads each as one proper noun.
    """
    folded = fold(text)
    tokens = _Tokens(folded)
    found: list[tuple[int, int, str]] = []
    found.extend(_korean_full_names(tokens))
    found.extend(_titled_names(tokens))
    found.extend(_introduced_names(tokens))
    found.extend(_korean_syllable_pairs(tokens))
    found.extend(_nicknamed_surnames(text))
    found.extend(_hangul_names(text))
    found.extend(minutes_speakers(text))
    polish = bool(_POLISH_LETTERS_RE.search(text))
    found.extend(_foreign_latin_names(tokens, polish=polish, text=text))
    found.extend(_latin_before_honorific(tokens))
    found.extend(_titled_hangul(tokens))
    found.extend(_cyrillic_names(text))
    found.extend(_cyrillic_titled_surnames(text))
    found.extend(_cyrillic_citizen_names(text))
    found.extend(_cyrillic_capital_names(text))
    found.extend(_cyrillic_name_fields(text))
    found.extend(_chinese_character_names(text))
    found.extend(_chinese_parties_and_lists(text))
    found.extend(_chinese_labelled_names(text))
    found.extend(_japanese_names(text))
    found.extend(_kunyas_and_patronymics(text))
    found.extend(_names_with_their_script(text))
    found.extend(_vietnamese_addressed(text))
    found.extend(_foreign_hangul_names(text))
    found.extend(_apposed_hangul(text))
    found.extend(_bare_hangul_after_role(text))
    found.extend(bracketed_nicknames(text))
    found.extend(_annotated_hangul(text))
    found.extend(bracketed_writers(text))
    found.extend(addressed_given_names(text))
    found.extend(_full_name_after_kin(text))
    found.extend(_given_and_full_bracketed(text))
    found.extend(_full_name_glossed(text))
    found.extend(_called_names(text))
    found.extend(_labelled_surname(text))
    found.extend(inverted_names(folded))
    found.extend(_signed_names(folded))
    found.extend(_late_persons(folded))
    if _korean_analyser_enabled.get():
        found.extend(_analysed_hangul(text, known_names, found))
    else:
        # 동생 순애는 needs the analyser to tell a given name from 동생 회사는.
        found = [
            finding
            for finding in found
            if finding[2] not in (REASON_HANGUL_GIVEN_AFTER_KIN, REASON_HANGUL_APPOSED)
        ]
    found.extend(_bracketed_hangul(text, found))
    # The apposition only adds what no clearer rule found ("The camp doctor, Sim," is a title).
    # So do the role words and other context rules: "a pharmacist, Amina Juma," is taken
    # whole where a list found only Juma.
    weaker = [
        *_apposed_names(tokens),
        *_context_names(tokens, text),
        *_hyphenated_given_alone(tokens),
    ]
    if weaker:
        ranges = [(start, end) for start, end, _ in found]
        found.extend(
            finding
            for finding in weaker
            if all(
                finding[0] <= start and end <= finding[1] and (start, end) != finding[:2]
                for start, end in ranges
                if start < finding[1] and finding[0] < end
            )
        )

    found.extend(_nicknames_beside(folded, found))
    found.extend(_code_names(folded, found))
    found.extend(_other_mentions(folded, found))
    found.extend(_listed_with_names(folded, found))
    found.extend(abbreviated.name_initials(folded, found))
    found.extend(abbreviated.glued_logins(folded, found))
    found.extend(_hangul_given_of_latin_names(folded, found))
    found.extend(_quoted_and_glossed(folded))
    found.extend(_noted_names(folded))
    found.extend(_note_signers(folded))
    found.extend(_addressed_given_names(folded))
    found.extend(_surnamed(folded))
    figures = [*DEFAULT_PUBLIC_FIGURES, *(public_figures or [])]
    candidates = _merge(found)
    public = [*_public_ranges(folded, tuple(figures)), *named_place_ranges(folded)]
    public_keys = _loose_keys(tuple(figures))
    blocked = [*(exclude or []), *public]
    vessels = _vessel_keys(text, candidates) | _office_keys(text, candidates)

    spans = []
    for start, end, reason in candidates:
        if title := VIETNAMESE_ADDRESS_RE.match(text, start, end):
            start = title.end()  # "Chị Ri", "Ông Ho": the title of address stays out
        if letters := _POST_NOMINALS_RE.search(text, start, end):
            end = letters.start()  # "Mr Harcourt KC", "Ji-yeon Harper MCIL": the name alone
        surface = text[start:end]
        if "가" <= surface[:1] <= "힣" and start and text[start - 1].isdigit():
            continue  # 5천만원은: a sum's unit glued to its number, no name
        if _CAMEL_CASE_RE.fullmatch(surface) and not _written_as_a_login(text, start, reason):
            continue  # InvestStroyTrest: a company's words run together (McDonald has two)
        if (
            _overlaps(start, end, public)
            or (_overlaps(start, end, exclude or ()) and not _widens(text, start, end, exclude))
            or _loose_key(surface) in public_keys
            or (vessels and _loose_key(surface) in vessels)
        ):
            continue
        spans.append(Span(start, end, surface, REPLACEMENT, "detected", reason))
    taken = [*blocked, *(candidate[:2] for candidate in candidates)]
    recognised = _recognised(text, taken, known_names, figures, vessels)
    spans.extend(recognised)
    if recognised:
        # The recogniser's names count as found for a list's other items ("Adeyemi, Choi,
        # Fernandes, Holm" where it read Choi): the list rule read again with them.
        findings = [(span.start, span.end, span.reason) for span in spans]
        for start, end, reason in _listed_with_names(folded, findings):
            surface = text[start:end]
            if not _overlaps(start, end, blocked) and _loose_key(surface) not in public_keys:
                spans.append(Span(start, end, surface, REPLACEMENT, "detected", reason))
    whole = _whole_latin_names(text, sorted(spans, key=lambda span: span.start), blocked)
    return abbreviated.completed(text, whole)


# Three capitalised words or more written as one: a company's name, not a person's, unless
# it is a handle or a login, which a person writes so too ("@KimChulSoo").
_CAMEL_CASE_RE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+){2,}")
_LOGIN_REASONS = (
    REASON_EMAIL,
    REASON_HANDLE,
    REASON_INITIAL_LOGIN,
    REASON_SPEAKER,
    REASON_TABLE_NAME,
    REASON_THREAD_AUTHOR,
    REASON_VCARD,
    REASON_GEDCOM,
)


def _written_as_a_login(text: str, start: int, reason: str) -> bool:
    return text[start - 1 : start] == "@" or any(login in reason for login in _LOGIN_REASONS)


# A name in Latin or Cyrillic letters, its words capitalised: "Dil Bahadur Gurung", "Яна
# Ковальчук".
_WIDER_NAME_RE = re.compile(
    r"[A-ZА-ЯЁ][a-zа-яё]*(?:[-'’][A-Za-zА-Яа-яЁё][a-zа-яё]*)*"
    r"(?:[ ][A-ZА-ЯЁ][a-zа-яё]*(?:[-'’][A-Za-zА-Яа-яЁё][a-zа-яё]*)*)+"
)


def _widens(text: str, start: int, end: int, exclude: list[tuple[int, int]] | None) -> bool:
    """Whether a proposal is a fuller name around a registered person's part: "Dil Bahadur
    Gurung" where "Gurung" matched his registered wife's surname. The registered match alone
    would leave the given name beside it in clear; the proposal, longer, replaces both (a
    proposal that is all one registered person's words gives way in `redact/merge`). Only for
    a name of capitalised Latin or Cyrillic words, on one line, that holds every registered
    range it touches and one more word at least, each word it adds a name's (no English word,
    title or grammar word: "To Un-chol", "Monsieur Cho")."""
    if not _WIDER_NAME_RE.fullmatch(text, start, end):
        return False
    touched = [(s, e) for s, e in exclude or () if s < end and start < e]
    if not all(start <= s and e <= end for s, e in touched):
        return False
    outside = list(text[start:end])
    for s, e in touched:
        outside[s - start : e - start] = " " * (e - s)
    added = "".join(outside).split()
    return bool(added) and all(
        len(word) > 2
        and (
            word not in CYRILLIC_NOT_NAMES
            if "\u0400" <= word[0] <= "\u04ff"
            else _first_part(word) and fold(word).lower() not in _TITLES
        )
        for word in added
    )


# A capitalised word of letters, in Latin script, next to a proposal.
_LATIN_WORD_BEFORE_RE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,})[ \u00a0]$")
_LATIN_WORD_RE = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]*)*")


def _whole_latin_names(text: str, spans: list[Span], blocked: list[tuple[int, int]]) -> list[Span]:
    """One proposal for one name. Two proposals of capitalised Latin words one space apart
    ("Sun" and "Li" of "Sun Li") are one name, not two persons; and a capitalised word that is
    no English word, no title and no place, right before a proposed Latin name, is its first
    part ("Baasanjav Tsetseg", "Esther Kwak" where only the surname was found)."""
    out: list[Span] = []
    for span in spans:
        if not _LATIN_WORD_RE.fullmatch(span.text.split()[0] if span.text.split() else ""):
            out.append(span)
            continue
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.end + 1 == span.start
            and text[previous.end] == " "
            and "\n" not in previous.text
            and "\n" not in span.text
            and all(_LATIN_WORD_RE.fullmatch(word) for word in previous.text.split())
        ):
            out[-1] = _joined(text, previous.start, span.end, previous.reason, span.reason)
            continue
        before = _LATIN_WORD_BEFORE_RE.search(text, max(0, span.start - 40), span.start)
        if (
            before is not None
            and (previous is None or previous.end <= before.start(1))
            and _first_part(before.group(1))
            and not any(start < span.start and before.start(1) < end for start, end in blocked)
        ):
            out.append(_joined(text, before.start(1), span.end, span.reason, span.reason))
            continue
        out.append(span)
    return out


def _first_part(word: str) -> bool:
    """Whether a capitalised word before a proposed name may be the name's first part: no
    English word (nor its plural, nor a verb in -ing), no title, place or organisation."""
    lower = fold(word).lower()
    return (
        _is_capitalised_name_word(word)
        and lower not in ENGLISH_WORDS
        and lower not in _TITLES_ABROAD
        and not lower.endswith("ing")
        and not (lower.endswith("s") and lower[:-1] in ENGLISH_WORDS | _CAPITALISED_STOPWORDS)
    )


def _joined(text: str, start: int, end: int, first: str, second: str) -> Span:
    reason = first if first == second else f"{first}; {second}"
    return Span(start, end, text[start:end], REPLACEMENT, "detected", reason)


# A company's legal form right after a name: "... LLC", "... Ltd", and in Cyrillic.
_COMPANY_FORM_AFTER_RE = re.compile(
    r"[ \t]+(?:ООО|ОАО|ЗАО|ПАО|ХХК|ТОО|LLC|Ltd|Co\.|Inc|GmbH|JSC)(?![\w])"
)


_DOTTED_RUN_RE = re.compile(r"(?:[A-Z]\.){2,4}")


def _in_abbreviation(text: str, index: int) -> bool:
    """Whether the capital at `index` belongs to dotted capitals that spell an abbreviation
    (U.S.C., U.S.A.), not initials."""
    from testimony.anonymize.context_names import dotted_abbreviation

    for match in _DOTTED_RUN_RE.finditer(text, max(0, index - 6), index + 8):
        if match.start() <= index < match.end():
            return dotted_abbreviation(match.group())
    return False


def _recognised(
    text: str,
    taken: list[tuple[int, int]],
    known_names: Collection[str],
    figures: list[str],
    vessels: frozenset[str],
) -> list[Span]:
    """What the statistical recogniser (recogniser.py) scores at or above its high threshold
    and no rule found, nor a public figure, a registered name or a ship holds, nor a company's
    name before its legal form (a Mongolian LLC, a Russian company)."""
    from testimony.anonymize import recogniser

    spans = []
    for start, end, reason in recogniser.proposals(text, taken, known_names, figures):
        surface = text[start:end]
        if vessels and _loose_key(surface) in vessels:
            continue
        if _COMPANY_FORM_AFTER_RE.match(text, end):
            continue
        if end - start == 1 and text[end : end + 1] == "/":
            continue  # the C of "C/O" (a ship's chief officer), an abbreviation's letter
        if end - start == 1 and _in_abbreviation(text, start):
            continue  # the S of "18 U.S.C.", the letters of an abbreviation no one signs with
        if surface in CYRILLIC_NOT_NAMES or surface.lower() in _PLACES:
            continue  # a place or a word the lists know, whatever its context scores
        spans.append(Span(start, end, surface, REPLACEMENT, "detected", reason))
    return spans
