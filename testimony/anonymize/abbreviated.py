"""Names written short, as courts, police reports, footnotes and e-mail headers write them:
initials with full stops ("Z.K.", "J.-H.P.", "M.L.-W."), a given name with its surname cut to
a letter or two ("Zbigniew K.", "Ewa Sz."), a surname with one initial after a rank or a role
("Inspector Belousov A."), and the local part of an e-mail address ("nrahman@...").

Also a user's handle after its @ and a login after "by" ("exported by hjlee"), and a Mongolian
name after the father's initial ("B.Batbold").

`cued_initials`, `cut_surnames`, `email_local_parts`, `handles` and `father_initial_names` are
rules of the detector (detect/context.py runs them on the folded text); `completed` runs last
on every detected proposal and extends one that stops short of the initials it belongs to
("Zbigniew K" to "Zbigniew K.", a recogniser's "K" inside "Z.K." to "Z.K."), leaving a rank
before it out."""

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable

from testimony.anonymize.spans import Span


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Initials with full stops, written together: Z.K., A.M., J.-H.P., M.L.-W. (two letters at
# least; "K. M. S." with spaces is `context_names.dotted_initials`), in Latin or Cyrillic
# capitals (a Russian or Mongolian signature, "- N.V.P." in Cyrillic).
_CAPITAL = "A-ZА-ЯЁӨҮ"
_INITIALS = rf"[{_CAPITAL}]\.(?:-?[{_CAPITAL}]\.)+"
_INITIALS_RE = re.compile(rf"(?<![\w.]){_INITIALS}(?![\w])")
# Letters with full stops written together that are no one's initials: hours, countries and
# bodies, degrees, Latin, a nurse, company forms ("S.A.": spaced, "S. A. Voronin" is a person's,
# and `context_names` keeps a shorter list for those).
_NOT_INITIALS = _words(
    """
    AM PM US UK UN EU DC NB PS PPS BC AD OK RE FW QA IE EG ET AL CF VS NK SK ROK PRC DPRK USA
    USSR UAE GDR FRG PHD BA MA MD BSC MSC LLB LLM RN MP DJ TV PR HQ ID PO SA AG BV NV PLC LLC
    WLL SPA SRL PTE LTD OOO ZAO OAO GMBH CO INC JSC RF UNHCR ILO IOM UNDP WHO NGO KRLD
    ASR OCR USC AUSA DOJ ФИО РФ СССР США КНДР РК КНР ООО ОАО ЗАО ИП МВД CFR
    """
)
# Words right before initials that make them a person's: roles in a judgment, a report or a
# research file, and "by" (corrected by J.S.; not R.N., a nurse). English and Korean.
_CUE_WORDS = _words(
    """
    witness witnesses accused defendant defendants plaintiff claimant applicant victim judge
    judges juror jurors clerk prosecutor counsel lawyer attorney advocate interviewer interviewers
    interviewee interviewees interpreter interpreters translator translators translation
    transcription researcher researchers coder coders transcriber editor reviewer officer
    inspector citizen complainant respondent nurse doctor
    doctors dr mr mrs ms miss by and 담당 옮긴이 번역 번역자 작업자 작성자 정리 기록 면담자 통역
    적음 적은이 작성 작성함 정리함 기록함 검토 검토자 확인자 확인 검수 검수자 동행 코더 전사
    notetaker taker checked approved
    """
)
_CUE_BEFORE_RE = re.compile(r"([A-Za-z가-힣]+)[ \t]*:?[ \t]*$")
# A note signed with initials: "[English summary for the case file, R.T.]", "- K.M." at the end
# of a line, "Auditor's note (W.L.)", a line of their own ("N.H." under a memo), or after the
# last sentence of a log's line ("Cook was crying. J.M.").
# A signature may carry its date or a second signer's check after it ("R.W. 14/08/23", "T.B. /
# checked E.V.").
_SIGNED_AFTER_RE = re.compile(
    r"[ \t]*[»\"”]?[ \t]*(?:\]|\)|\r?\n|$)"
    r"|[ \t]+\d{1,2}[./]\d{1,2}[./]\d{2,4}[ \t]*(?:\r?\n|$)"
    r"|[ \t]*/[ \t]*(?:checked|approved|reviewed|seen)\b"
)
_SIGNED_BEFORE_RE = re.compile(r"(?:,|—|–|-|\(|\bby|^|\n|[a-z0-9][.!?][\"”']?[ \t])[ \t]*$")
# One initial after Mr, Mrs, Ms or Dr: "Mr B. in the 2022 notes", "Ms P. agreed" (a person
# the notes name by a letter; the title stays); not before more initials or a name ("Dr A. G.
# Jeetoo Hospital": a hospital's name, or a name the other rules read whole).
_TITLED_INITIAL_RE = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?[ \t]+([A-Z]\.)(?![\w.]|[ \t]*[A-Z])"
)
# Letters a table's cell writes for a value: not applicable, not known, to be confirmed.
_NOT_IN_CELLS = _words("NA NK NR NS TBC TBD TBA")
# A table's cell: after a bar, before a bar or the line's end.
_CELL_BEFORE_RE = re.compile(r"\|[ \t]*$")
_CELL_AFTER_RE = re.compile(r"[ \t]*(?:\||\r?\n|$)")
# "(hereinafter "Z.K.")": the initials a text gives a person it has just named.
_DEFINED_RE = re.compile(r"hereinafter[ \t]*[\"'“‘]?$")


_AUTHOR_BEFORE_RE = re.compile(
    r"(?:\b(?:[Nn]otes?|[Cc]hecklist|[Ii]ntake|[Gg]loss|[Cc]omments?|[Mm]emo|[Ss]ummary)[ \t]*\(|"
    r"\bfrom[ \t]+|\|[ \t]*)$"
)
_AUTHOR_AFTER_RE = re.compile(r"\)?[ \t]*:")
# Abbreviations no one signs with.
_NEVER_AUTHORS = _words("AM PM US UK UN EU NB PS PPS RE FW QA IE EG NK SK DPRK USA USSR UAE")


def _letters(initials: str) -> str:
    return re.sub(rf"[^{_CAPITAL}]", "", initials)


def cued_initials(folded: str) -> Iterable[tuple[int, int, str]]:
    """'the witness G.B.', 'lay judges ... T.R.', 'Interviewer: J.S.', 'corrected by K.H.',
    '옮긴이 K.M.', '[English notes, M.K.]': initials with full stops after a word for a person's
    role, or signing a note; and every other mention of initials found so, with or without
    their full stops ("SKL:" labelling the speaker "Interviewer: S.K.L."); the same initials in
    two cells of a table at least (who checked each row). Hours, countries,
    degrees, a nurse and company forms are never initials (A.M., U.S., Ph.D., R.N., W.L.L.)."""
    from testimony.anonymize.detect import REASON_CUED_INITIALS

    if "." not in folded:
        return
    found: set[str] = set()
    every = list(_INITIALS_RE.finditer(folded))
    # A note's author in brackets before its colon, after "from", or opening a log's cell:
    # initials even when they spell an abbreviation ("Translator's note (A.L.):", "Note from
    # B.C.:", "2023-06-05 | C.F.: Requested ...").
    found.update(
        match.group()
        for match in every
        if _AUTHOR_AFTER_RE.match(folded, match.end())
        and _AUTHOR_BEFORE_RE.search(folded, max(0, match.start() - 30), match.start())
        and _letters(match.group()) not in _NEVER_AUTHORS
    )
    matches = [
        match
        for match in every
        if _letters(match.group()) not in _NOT_INITIALS or match.group() in found
    ]
    # A register's column of who checked each row: the same initials in two cells at least
    # ("| REPLACE LANYARD | I.Q.", "| PASS | I.Q.").
    in_cells = Counter(
        match.group()
        for match in matches
        if _CELL_BEFORE_RE.search(folded, max(0, match.start() - 4), match.start())
        and _CELL_AFTER_RE.match(folded, match.end())
    )
    found.update(
        initials
        for initials, count in in_cells.items()
        if count >= 2 and _letters(initials) not in _NOT_IN_CELLS
    )
    for match in matches:
        before = _CUE_BEFORE_RE.search(folded, max(0, match.start() - 30), match.start())
        cued = before is not None and before.group(1).lower() in _CUE_WORDS
        signed = _SIGNED_BEFORE_RE.search(
            folded, max(0, match.start() - 6), match.start()
        ) is not None and _SIGNED_AFTER_RE.match(folded, match.end())
        defined = _DEFINED_RE.search(folded, max(0, match.start() - 20), match.start())
        if cued or signed or defined:
            found.add(match.group())
    for match in matches:
        if match.group() in found:
            yield match.start(), match.end(), REASON_CUED_INITIALS
    # The same letters without their full stops: a transcript's header gives "Interviewer:
    # S.K.L." and its speaker labels "SKL:".
    letters = {_letters(initials) for initials in found} - _NOT_SIGNING
    if letters:
        alternatives = "|".join(sorted(letters, key=len, reverse=True))
        for match in re.finditer(rf"(?<![\w.])(?:{alternatives})(?![\w]|\.\w)", folded):
            yield match.start(), match.end(), REASON_CUED_INITIALS
    for match in _TITLED_INITIAL_RE.finditer(folded):
        yield match.start(1), match.end(1), REASON_CUED_INITIALS


# A note signed with initials in capitals alone on its last line, after a blank line ("MJ"
# under a call memo) or right under its last sentence ("... at the bakery.\nJW"); not a closing
# word or a body (END, TBC, OK, NGO).
_SIGNED_LAST_LINE_RE = re.compile(
    r"(?:\n[ \t]*\r?|[a-z0-9가-힣][.!?)\"”][ \t]*\r?)\n[ \t]*([A-Z]{2,3})[ \t]*(?:\r?\n[ \t]*)*$"
)
_NOT_SIGNING = _NOT_INITIALS | _words("END FIN TBC TBD NGO UN ILO IOM ATT ENC CC BCC")


def signing_initials(folded: str) -> Iterable[tuple[int, int, str]]:
    """Initials in capitals signing a note on its last line, alone (above)."""
    from testimony.anonymize.detect.words import REASON_SIGNING_INITIALS

    match = _SIGNED_LAST_LINE_RE.search(folded, max(0, len(folded) - 40))
    if match and match.group(1) not in _NOT_SIGNING:
        yield match.start(1), match.end(1), REASON_SIGNING_INITIALS


# Initials in capitals without full stops after the word for what a staff member did to a file
# or the part they played ("checked by YK", "Proofreading: DW", "Summary: CD / checked: KSB",
# "Interviewer: JH", "Coder: SJL", "면담자 SY", "작성 HJ", "검수: HJ", "통역 YH / 기록 GS"), in
# brackets after a note they wrote ("Transcriber's note (DW)", "Note to file (JD, 21/02)",
# "NGO annotation (NorthStar, 2023-02-14, DM)"), or signing a note: after a sentence's end in
# brackets at its line's end ("... in this file. (EL)"), after a dash closing a bracketed note
# ("... on Friday. - MK]") or closing the line's last sentence ("... be traced. - LF").
_UNDOTTED_CUED_RE = re.compile(
    r"(?:\b(?:checked|reviewed|proofread|proofreading|summary|summarised|summarized|translated|"
    r"transcribed|corrected|edited|entered|logged|verified|approved|prepared|interviewers?|"
    r"coders?|transcriber|translator|reviewer|note-taker|notetaker|minute-taker)"
    r"|(?<![가-힣])(?:면담자|작성|작성자|검수|검수자|검토|검토자|기록|통역|번역|전사|정리|담당|코더))"
    r"(?:[ \t]+by)?[ \t]*:?[ \t]+([A-Z]{2,3})(?!\w|\.\w)",
    re.IGNORECASE,
)
# The same roles, in the plural, with a list of initials: "Interviewers: YJL, CK", "Coders:
# SJL / MK".
_UNDOTTED_LISTED_RE = re.compile(
    r"\b(?:interviewers|coders|reviewers|transcribers|translators|note-takers|notetakers|"
    r"interpreters|researchers)[ \t]*:[ \t]*"
    r"([A-Z]{2,3}(?:[ \t]*(?:,|/|&|\band\b)[ \t]*[A-Z]{2,3})+)(?![\w.])",
    re.IGNORECASE,
)
_UNDOTTED_SIGNED_RE = re.compile(
    r"(?:[.!?][ \t]+\(([A-Z]{2,3})\)|[ \t][-–—][ \t]*([A-Z]{2,3})\]"
    r"|[a-z0-9가-힣][.!?][\"”']?[ \t]+[-–—][ \t]?([A-Z]{2,3}))[ \t]*(?=\r?\n|$)"
)
_NOTE_SIGNED_RE = re.compile(
    r"\b(?:notes?|memo|annotation|comments?|remarks|todo|fixme)(?:[ \t]+to[ \t]+file)?[ \t]*"
    r"\((?:[^()\r\n]{1,30}?,[ \t]*)?([A-Z]{2,3})(?:[ \t]*,[^()\r\n]{1,20})?\)",
    re.IGNORECASE,
)
# A file note's heading line: its date, its time and the writer's initials ("03/02/2023 09:12
# JMW", "2023-02-03 14:40 AR"), the note on the lines after.
_UNDOTTED_LOGGED_RE = re.compile(
    r"^[ \t]*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})[ \t,]+\d{1,2}:\d{2}"
    r"(?::\d{2})?[ \t]+(?:[-–—][ \t]+)?([A-Z]{2,3})[ \t]*:?[ \t]*\r?$",
    re.MULTILINE,
)
# Two writers of a note or an assessment in its heading's brackets, apart with a slash:
# "Assessment (HM/PR):", "Note for the drafting team (SW / M. Haddad):".
_NOTE_SIGNED_JOINTLY_RE = re.compile(
    r"\b(?:notes?|memo|annotation|comments?|remarks|assessment|review)"
    r"(?:[ \t]+(?:for|to)[ \t]+(?:the[ \t]+)?[a-z]+(?:[ \t]+[a-z]+)?)?[ \t]*"
    r"\(((?:[A-Z]{2,3}|[A-Z]\.[ \t]?[A-Z][a-z]+)(?:[ \t]*/[ \t]*(?:[A-Z]{2,3}|[A-Z]\.[ \t]?"
    r"[A-Z][a-z]+))+)\)",
    re.IGNORECASE,
)
# A draft's version with who edited it in brackets: "v2 (KL edits)", "(MO comments)".
_EDITS_SIGNED_RE = re.compile(
    r"\(([A-Z]{2,3})[ \t]+(?:edits|edited|comments|changes|revisions|review|markup)\)"
)
_TIME_ZONES = _words("UTC GMT KST JST CST EST PST CET EET MSK BST AST GST ICT SGT HKT PHT WIB")
_NOT_STAFF_LETTERS = _NOT_SIGNING | _words(
    """
    EN KO KR RU ZH CN JA JP AR MN TH VI FR DE ES PL UZ KZ NE ID MS NIS KOICA NHRC UNHRC OHCHR
    HR IT PDF DOC CSV OCR PD ER ICU GP
    """
)


def undotted_initials(folded: str) -> Iterable[tuple[int, int, str]]:
    """Initials in capitals without full stops after the word for what someone did to a file or
    signing a note (above), and the same letters wherever else the text writes them; never a
    language, a body or a file type (EN, UN, NIS, PDF)."""
    from testimony.anonymize.detect.words import REASON_UNDOTTED_INITIALS
    from testimony.anonymize.english import ENGLISH_WORDS

    if not re.search(r"[A-Z]{2}", folded):
        return
    # Not in a heading in capitals ("SUMMARY OF ...", "PREPARED FOR ..."): its next word.
    found = {
        match.group(1)
        for match in _UNDOTTED_CUED_RE.finditer(folded)
        if match.group(1).isupper() and not match.group().split()[0].isupper()
    }
    found |= {
        match.group(1) or match.group(2) or match.group(3)
        for match in _UNDOTTED_SIGNED_RE.finditer(folded)
    }
    found |= {
        letters
        for match in _UNDOTTED_LISTED_RE.finditer(folded)
        for letters in re.findall(r"[A-Z]{2,3}", match.group(1))
    }
    found |= {
        match.group(1)
        for match in _NOTE_SIGNED_RE.finditer(folded)
        if match.group(1).isupper()
        # not in a heading in capitals, but a code comment's "TODO (MO):" is written so
        and (not match.group().split()[0].isupper() or match.group().startswith(("TODO", "FIXME")))
    }
    found |= {
        part
        for match in _NOTE_SIGNED_JOINTLY_RE.finditer(folded)
        if not match.group().split()[0].isupper()
        for part in re.split(r"[ \t]*[/,][ \t]*", match.group(1))
        if re.fullmatch(r"[A-Z]{2,3}", part)
    }
    found = {
        letters for letters in found - _NOT_STAFF_LETTERS if letters.lower() not in ENGLISH_WORDS
    }
    found |= {
        match.group(1)
        for match in _EDITS_SIGNED_RE.finditer(folded)
        if match.group(1) not in _NOT_STAFF_LETTERS
    }
    # A file note's writer may share a language's code (AR): the heading says who it is.
    found |= {
        match.group(1)
        for match in _UNDOTTED_LOGGED_RE.finditer(folded)
        if match.group(1) not in _NOT_INITIALS and match.group(1) not in _TIME_ZONES
    }
    if not found:
        return
    alternatives = "|".join(sorted(found, key=len, reverse=True))
    for match in re.finditer(rf"(?<![\w.])(?:{alternatives})(?![\w]|\.\w)", folded):
        yield match.start(), match.end(), REASON_UNDOTTED_INITIALS


# The initials in capitals of a name the text writes in full (`name_initials`, below).
# Letters a text writes for something else even where a name shares them (Thai's TH and
# Washington's DC do not come up in these notes; a letter's PS does).
_NOT_NAME_INITIALS = _words(
    """
    AM PM US UK UN EU OK RE FW PS PPS NB ID TV HQ PO VS CC BCC ATT ENC END TBC TBD NGO ILO IOM
    EN KO KR RU ZH CN JA JP AR MN VI FR DE ES PL UZ KZ NE MS PDF DOC CSV OCR ICU GP IT HR ER PD
    NHS
    """
)
# Letters that name a thing as often (a computer, a Special Rapporteur, translation memory): a
# person's only as a label, as English words are.
_LABEL_ONLY_INITIALS = _words(
    """
    PC SR TM
    """
)
# A word of a name: a capitalised word (hyphenated, O'Neill) or an initial with its full stop.
_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?|[A-Z]['’][A-Z][a-z]+|[A-Z]\.")
# Where such letters stand as a label: in brackets, before a colon, after a dash or a slash at
# a line's end, alone on their line, in a table's cell. {0} is the letters.
_LABELLED_LETTERS = (
    r"(?:(?<=\()|(?<=\[)){0}(?=[)\]])|{0}(?=[ \t]*:)|(?<=[-–—/][ \t]){0}(?=[ \t]*(?:\r?\n|$|,|/))"
    r"|(?<=\n){0}(?=[ \t]*\r?(?:\n|$))|(?<=\|[ \t]){0}(?=[ \t]*\|)"
)
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|a|an)[ \t]+$", re.IGNORECASE)
_THING_AFTER_RE = re.compile(
    r"[ \t]+(?:file|files|notes|case|folder|export|project|report)\b", re.IGNORECASE
)


def _initials_of(name: str) -> set[str]:
    """The initials of a name of two or three capitalised words or initials: DC of David Cho, SO
    of S. O'Neill, HS and HSC of Ha Song-chol (each syllable's of a hyphenated Korean given name
    too)."""
    words = name.split(" ")
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD_RE.fullmatch(word) for word in words):
        return set()
    letters = {"".join(word[0] for word in words)}
    if "-" in words[-1]:
        letters.add(
            "".join(word[0] for word in words[:-1])
            + "".join(part[0].upper() for part in words[-1].split("-"))
        )
    return letters


_BRACKETED_LETTERS_RE = re.compile(r"[ \t]?[(（]([A-Z]{2,3})[)）]")


def _opening_letters(syllable: str, surname: bool) -> set[str]:
    """The capitals a romanization may open a Hangul syllable with: 박 as P or B, 이 as I, L, R
    or Y (the surname's spellings); 지 as J or C (the given name's, `syllable_alternatives`)."""
    from testimony.anonymize.names import surname_spellings
    from testimony.anonymize.names.given import syllable_alternatives
    from testimony.anonymize.names.hangul import romanize_syllable

    spellings = set(syllable_alternatives(romanize_syllable(syllable)))
    if surname:
        spellings |= surname_spellings(syllable)
    return {spelling[0].upper() for spelling in spellings if spelling[:1].isascii()}


def _spells_hangul(letters: str, name: str) -> bool:
    """Whether capitals can be a Hangul name's initials as a romanization writes them: 송하민's
    SHM, or HM of its given name alone."""
    if len(name) != 3 or not all("가" <= syllable <= "힣" for syllable in name):
        return False
    wanted = name if len(letters) == 3 else name[1:]
    if len(wanted) != len(letters):
        return False
    return all(
        letter in _opening_letters(syllable, surname=len(wanted) == 3 and k == 0)
        for k, (letter, syllable) in enumerate(zip(letters, wanted, strict=True))
    )


def _bracketed_hangul_initials(folded: str, found: list[tuple[int, int, str]]) -> set[str]:
    """'담당: 송하민 (HM)': the initials a note gives a Hangul name right after it, when a
    romanization of the name opens so."""
    letters = set()
    for start, end, _reason in found:
        match = _BRACKETED_LETTERS_RE.match(folded, end)
        if match and _spells_hangul(match.group(1), folded[start:end]):
            letters.add(match.group(1))
    return letters


def name_initials(folded: str, found: list[tuple[int, int, str]]) -> Iterable[tuple[int, int, str]]:
    """The initials in capitals of a name found in full, standing for that person elsewhere in
    the text: an e-mail from "David Cho" signed "DC", minutes whose "Tom Haddad" and "Grace Oh"
    reappear as "- TH: thank-you letter" and "- GO: ask Ho", a sign-off "KF / LN". The letters
    stand alone (not in a case number, RU-19, a ratio or a file name), outside a line of
    capitals, and are no language, body or file type; letters that spell an English word (GO,
    SO) or name a thing (PC) count only as a label: before a colon, in brackets, after a dash,
    alone on their line or in a table's cell; none after an article ("for the SR") or before a
    word for a file ("the RCS file")."""
    from testimony.anonymize.detect.words import REASON_NAME_INITIALS
    from testimony.anonymize.english import ENGLISH_WORDS

    if not re.search(r"[A-Z]{2}", folded):
        return
    letters = _bracketed_hangul_initials(folded, found)
    for start, end, _reason in found:
        letters |= _initials_of(folded[start:end])
    letters -= _NOT_NAME_INITIALS
    headings: dict[int, bool] = {}  # by a line's start: whether the line is in capitals
    for initials in sorted(letters):
        if initials.lower() in ENGLISH_WORDS or initials in _LABEL_ONLY_INITIALS:
            pattern = _LABELLED_LETTERS.format(initials)
        else:
            pattern = initials
        # A Korean particle may follow the letters ("HM이 보관", "HM만").
        for match in re.finditer(
            rf"(?<![\w.\-/>#@&+])(?:{pattern})(?![A-Za-z0-9_\-/>#@&+]|\.\w)", folded
        ):
            if _ARTICLE_BEFORE_RE.search(folded, max(0, match.start() - 5), match.start()) or (
                _THING_AFTER_RE.match(folded, match.end())
            ):
                continue  # "for the SR", "the RCS file": a thing the letters name
            line_start = folded.rfind("\n", 0, match.start()) + 1
            if line_start not in headings:
                line_end = folded.find("\n", match.end())
                line = folded[line_start : len(folded) if line_end < 0 else line_end]
                words = re.findall(r"[A-Za-z]{3,}", line)
                headings[line_start] = bool(words) and sum(map(str.isupper, words)) * 2 > len(words)
            if headings[line_start]:
                continue  # a heading or a roster in capitals
            yield match.start(), match.end(), REASON_NAME_INITIALS


# A given name, then its surname cut to one or two letters and a full stop (a court's or a
# newspaper's way): "Zbigniew K.", "Ewa Sz.", "Marta L.-W.". Not before another capitalised
# word: "John F. Kennedy" is a middle initial of a name found whole.
_CUT_SURNAME_RE = re.compile(
    r"(?<![\w.'’-])([A-Z][a-zà-ÿąćęłńóśźżčěřšžůý]+)[ \t]+([A-Z][a-z]?\.(?:-[A-Z]\.)?)"
    r"(?![ \t]?[A-Z][a-z]|\w)"
)
# A surname, then one initial, after a rank or a role ("Inspector Belousov A.", "the
# interpreter Tsoi V."): a police report's way.
_RANKED_SURNAME_RE = re.compile(
    r"(?<![\w.'’-])([A-Za-z]+)[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+([A-Z]\.)(?![ \t]?[A-Z]|\w)"
)
# A romanized Korean surname in capitals, then the given name's initials ("SO M.S.", "HA J.",
# "JONG S.M.": a crew change notice or a ship's log).
_CAPITAL_SURNAME_INITIALS_RE = re.compile(
    r"(?<![\w.'’-])([A-Z]{1,5})[ \t]+((?:[A-Z]\.(?:-?[A-Z]\.)?))(?![ \t]?[A-Z][a-z]|\w)"
)
# Any surname in capitals with initials, as a table's cell or a checkpoint's log writes it
# ("| NOWAK P. (P-03) |", "TULEGENOV B., KAZ"): four letters at least, after a cell's bar or tab.
_CELL_SURNAME_INITIALS_RE = re.compile(
    r"(?:\||\t)[ \t]*([A-Z]{4,14})[ \t]+(?:[A-Z]\.(?:-?[A-Z]\.)?)(?![ \t]?[A-Z][a-z]|\w)"
)
_RANKS = _words(
    """
    inspector major captain lieutenant colonel sergeant officer interpreter translator citizen
    investigator detective constable superintendent general commander clerk judge prosecutor
    """
)


def cut_surnames(folded: str) -> Iterable[tuple[int, int, str]]:
    """'Zbigniew K.', 'Ewa Sz.', 'Julia W.': a known given name and a surname cut to its first
    letters; 'Inspector Belousov A.', 'the interpreter Tsoi V.': a surname and one initial after
    a rank or a role (the rank stays out); 'SO M.S.', 'HA J.': a Korean surname in capitals and
    the given name's initials."""
    from testimony.anonymize.detect import (
        _TITLES,
        _TITLES_ABROAD,
        REASON_CUT_SURNAME,
        _romanized_surnames,
        fold,
    )
    from testimony.anonymize.english import ENGLISH_WORDS
    from testimony.anonymize.foreign_names import GIVEN_LATIN

    for match in _CUT_SURNAME_RE.finditer(folded):
        lower = fold(match.group(1)).lower()
        if lower in _TITLES or lower in _TITLES_ABROAD:
            continue
        if lower not in GIVEN_LATIN and lower not in _MORE_GIVEN:
            continue
        cut = match.group(2)
        if len(cut) == 3 and cut[:2].lower() in _romanized_surnames():
            # "interpreter Grace Ha.": a whole Korean surname, and the sentence's full stop
            yield match.start(), match.end() - 1, REASON_CUT_SURNAME
            continue
        yield match.start(), match.end(), REASON_CUT_SURNAME
    for match in _RANKED_SURNAME_RE.finditer(folded):
        if match.group(1).lower() not in _RANKS:
            continue
        surname = match.group(2).lower()
        if surname in ENGLISH_WORDS or surname in _TITLES or surname in _TITLES_ABROAD:
            continue
        yield match.start(2), match.end(), REASON_CUT_SURNAME
    for match in _CAPITAL_SURNAME_INITIALS_RE.finditer(folded):
        if match.group(1).lower() in _romanized_surnames():
            yield match.start(), match.end(), REASON_CUT_SURNAME
    for match in _CELL_SURNAME_INITIALS_RE.finditer(folded):
        surname = match.group(1)
        if surname.lower() not in ENGLISH_WORDS and surname not in _NOT_INITIALS:
            yield match.start(1), match.end(), REASON_CUT_SURNAME


# Given names a court or a newspaper cuts the surname of, beyond the detector's list of foreign
# given names (foreign_names.GIVEN_LATIN): Polish, and English ones that are words too.
_MORE_GIVEN = _words(
    """
    marta wieslaw wojciech malgorzata krzysztof jerzy janusz bozena danuta halina jadwiga
    katarzyna agnieszka barbara elzbieta grace joy hope faith rose lily june hana
    """
)

# An e-mail address; its local part is a person's name or initials more often than not. The
# domain may be cut ("sandeep.rao@...", "g.llewellyn@[university].ac.uk"), masked or an
# intranet's, in angle brackets ("<dsong@employer-domain>").
_EMAIL_RE = re.compile(
    # The local part's end may be masked with stars, as a shop's export prints it
    # ("haeunjung***@naver.com"): the letters before them are the name.
    r"(?<![\w.+@-])([A-Za-z0-9][A-Za-z0-9._%+-]*?)\**@"
    r"(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|\.\.\.|…|\[[^\]\n]{1,20}\]|[A-Za-z0-9-]+(?=>)"
    # masked with stars, or left out before a dash ("t.nakamura@***", "sam.ahn@ - supplied"),
    # or with circles ("hongchungil84@○○○.com"), or cut before a space or the line's end
    # ("ohyerin@ wrote")
    r"|\*{2,}|[○●◯＊]{2,}(?:\.[A-Za-z]{2,})*|(?=[ \t]+[-–—][ \t])|(?=[ \t\r\n]|$))"
)
# Local parts that name a desk, not a person.
_ROLE_ADDRESSES = _words(
    """
    info contact contacts office admin administrator press media hr support noreply no-reply
    donotreply help team hello mail enquiries enquiry inquiries secretariat registry legal
    intake urgent casework counsel research desk news editor editors webmaster postmaster
    communications comms programme program programs projects jobs careers finance accounts
    billing sales service services reception general public complaints urgent-action ops
    operations crewing chartering agency payroll salary wages personnel recruitment
    cases security alumni project projects asia europe africa americas
    """
)


def email_local_parts(folded: str) -> Iterable[tuple[int, int, str]]:
    """'nrahman@example-ngo.org', 't.hargreaves@...', 'ohyerin@ wrote': the local part of an
    e-mail address, unless it names a desk (casework@, info@, press@, desk-asia@)."""
    from testimony.anonymize.detect import REASON_EMAIL

    if "@" not in folded:
        return
    for match in _EMAIL_RE.finditer(folded):
        local = match.group(1)
        if (
            local.lower() in _ROLE_ADDRESSES
            or local.lower().rstrip("0123456789") in _ROLE_ADDRESSES
            # a desk's address of words joined by hyphens: "desk-asia", "legal-team"
            or ("-" in local and any(part in _ROLE_ADDRESSES for part in local.lower().split("-")))
            or _MESSAGE_ID_RE.fullmatch(local)
            or not re.search("[A-Za-z]", local)
            # cut before a space: three letters at least ("ohyerin@ wrote", not a pointer's F1@)
            or (match.group().endswith("@") and len(re.findall("[A-Za-z]", local)) < 3)
        ):
            continue
        yield match.start(1), match.end(1), REASON_EMAIL


# A message's or a server's identifier before an @ ("Message-ID: <a81f0c2e-77d1@...>"): hex
# digits and hyphens, three digits at least.
_MESSAGE_ID_RE = re.compile(r"(?=(?:[^0-9]*[0-9]){3})[0-9a-fA-F][0-9a-fA-F.-]{7,}")
# A mail server's host name after "by" in a received header ("by mx.example-ngo.org").
_HOST_NAME_RE = re.compile(
    r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|int|gov|edu|info)|[a-z0-9-]+(?:\.[a-z0-9-]+){2,}"
)


# A user's handle: "@naeil_hope", "@sky_walker88", "@순영맘" (not the @ of an e-mail address,
# its local part masked with stars too: "haeunjung***@naver.com").
# A romanized given name's hyphen is part of it: "@Sung-min Dad won't say" (not "@priya-s").
_HANDLE_RE = re.compile(r"(?<![\w.@*])@([A-Z][a-z]{1,5}-[a-z]{2,4}\b|[^\W_](?:[\w.]*[^\W_])?|_\w+)")
# What a Hangul handle may carry after it, as a name does: 순영맘님, @나루TV님이.
_HANGUL_HANDLE_TAIL = r"(?:님|씨)?(?:은|는|이|가|을|를|의|도|께|한테)?"
# A login after the word of a record's field or a "by" that names who did it: "exported ...
# by hjlee", "created_by: ysong", "Last edited by dhlim".
_LOGIN_RE = re.compile(
    r"(?:\b(?:by|created_by|updated_by|modified_by|edited_by|exported_by|author|owner|user|"
    r"username|login|account|assignee|계정|아이디)[ \t]*[:=]?[ \t]+"
    # a messenger's ID after a colon or "ID": "微信号: jinhua_1988", "wechat: jinyinghua_0611",
    # "Kakao ID eunha_0311" (not "gọi Zalo không được", calling on Zalo)
    r"|(?:(?i:wechat|weixin|kakao(?:talk)?|telegram|zalo|viber|skype|instagram|line[ \t]*id)"
    r"|微信号?|카톡|카카오톡)[ \t]*(?:(?i:id)[ \t]*[:=：]?|[:=：])[ \t]*)"
    r"([a-z][a-z0-9_.-]{2,19}[a-z0-9])(?![\w@-]|\.\w)"
)
# A list of logins after a label that says so: "Logins for the new case database: tbielecki,
# nykwon, mseo, tyoh." Every item of the list is one (the label said it), when all are in lower
# case and no English word, and at least half have a login's shape (`_login_shaped`): not
# "Accounts: savings, current, reserve".
_LOGIN_LIST_RE = re.compile(
    r"\b(?:(?i:logins|usernames|user names|accounts|handles)|계정|아이디)\b[^:\n]{0,60}:"
    r"[ \t]*((?:[a-z][a-z0-9_.-]{1,19}[a-z0-9][ \t]*,[ \t]*)+(?:and[ \t]+)?"
    r"[a-z][a-z0-9_.-]{1,19}[a-z0-9])(?![\w@-]|\.\w)"
)


# A login in brackets right after the full name it is made of: "Aisha Rahman (arahman)",
# "Seo-yeon Min (symin)", "Song Ye-jin (ysong)".
_NAME_AND_LOGIN_RE = re.compile(
    r"(?<![\w-])([A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2})[ \t]*\(([a-z][a-z0-9_.]{2,19})\)"
)


def _login_of(name: str, login: str) -> bool:
    """Whether `login` is made of `name` as organisations make logins: the given name's
    initials and the surname ("arahman", "symin", "ysong"), either way round, or the given name
    and the surname's initial ("hyunwoo_k"); digits and separators aside."""
    parts = [part.lower() for part in re.split(r"[ -]", name) if part]
    letters = re.sub(r"[^a-z]", "", login)
    for surname, given in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
        initials = "".join(part[0] for part in given)
        if letters in {
            initials + surname,
            surname + initials,
            initials[:1] + surname,
            "".join(given) + surname[0],
        }:
            return True
    return False


# Accounts that are no person's: "edited by admin", "created_by: system".
_SYSTEM_USERS = _words("admin administrator moderator mod system root bot guest staff anonymous")
# A user's home directory in a path names their login: "/home/yjpark/cases/wages.ipynb",
# "C:\\Users\\kimhs\\Desktop" (not a machine's shared or service account's).
_HOME_DIRECTORY_RE = re.compile(
    r"(?:(?<![\w/])/home/|(?<![\w/])/Users/|(?<![\w])[A-Za-z]:\\Users\\)"
    r"([A-Za-z][A-Za-z0-9_.-]{1,30}[A-Za-z0-9])(?=[/\\])"
)
_SHARED_HOMES = _words("user users public shared default ubuntu debian pi deploy www-data all")


def _login_shaped(word: str) -> bool:
    """A login as organisations make them: with a digit, an underscore or a full stop
    ("mina_k0212", "kwon.sy"), or a person's initials before a romanized Korean surname of three
    letters or more ("hjlee", "ysong", "dhlim"); not "hand", "video" (vid + eo) or "admin"."""
    from testimony.anonymize.detect.words import _romanized_surnames

    if word in _ROLE_ADDRESSES or word in _SYSTEM_USERS:
        return False
    if re.search(r"[0-9_.]", word):
        return True
    return any(
        word[length:] in _romanized_surnames() and len(word) - length >= 3 for length in range(1, 4)
    )


def handles(folded: str) -> Iterable[tuple[int, int, str]]:
    """'@naeil_hope thanks', 'Forwarded from Lee Jae-hoon (@jhlee_seoul)', '@순영맘 네': a user's
    handle after its @, a login after "by" or a record's "created_by:" ("Last edited by dhlim",
    "사내 계정 jiwon.park"), the logins a label lists ("Logins for the database: tbielecki, mseo"),
    and the same handle or login written elsewhere without it ("댓글 1 | sky_walker88",
    "Song Ye-jin (ysong)"), and a home directory's in a path ("/home/yjpark/cases"). Three
    characters at least (two in Hangul); a login is no English word ("by hand", "by email");
    the @ stays out of the proposal."""
    from testimony.anonymize.detect import REASON_HANDLE
    from testimony.anonymize.english import ENGLISH_WORDS

    names = set()
    if "@" in folded:
        names |= {
            match.group(1)
            for match in _HANDLE_RE.finditer(folded)
            if len(match.group(1)) >= (2 if re.search(r"[가-힣]", match.group(1)) else 3)
        }
    names |= {
        match.group(1)
        for match in _LOGIN_RE.finditer(folded)
        if match.group(1) not in ENGLISH_WORDS
        and _login_shaped(match.group(1))
        and not _HOST_NAME_RE.fullmatch(match.group(1))
    }
    names |= {
        match.group(2)
        for match in _NAME_AND_LOGIN_RE.finditer(folded)
        if _login_of(match.group(1), match.group(2))
    }
    names |= {
        match.group(1)
        for match in _HOME_DIRECTORY_RE.finditer(folded)
        if match.group(1).lower() not in _SYSTEM_USERS | _SHARED_HOMES
    }
    for match in _LOGIN_LIST_RE.finditer(folded):
        items = re.split(r"[ \t]*,[ \t]*(?:and[ \t]+)?", match.group(1))
        if 2 * sum(map(_login_shaped, items)) >= len(items) and not any(
            item in ENGLISH_WORDS or item in _SYSTEM_USERS or item in _ROLE_ADDRESSES
            for item in items
        ):
            names.update(items)
    yield from handle_mentions(folded, names, REASON_HANDLE)


def handle_mentions(folded: str, names: set[str], reason: str) -> Iterable[tuple[int, int, str]]:
    """Every place `folded` writes one of the handles or logins `names`, whole, with a Hangul
    name's 님, 씨 or particle after it (두만강물님도), not inside a longer word or address."""
    if not names:
        return
    # One scan for every handle, longest first (a long chat export names hundreds).
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    pattern = rf"(?<![\w.])(?:{alternatives})(?={_HANGUL_HANDLE_TAIL}(?![\w@]|\.\w))"
    for match in re.finditer(pattern, folded):
        yield match.start(), match.end(), reason


# A login of an initial, a full stop or an underscore and a surname ("d.kuzmenko", "j_park"),
# standing alone (an address's local part is `email_local_parts`' business).
_INITIAL_LOGIN_RE = re.compile(r"(?<![\w.@/-])([a-z])[._]([a-z]{3,20})(?![\w@-]|\.\w)")


def initial_logins(folded: str) -> Iterable[tuple[int, int, str]]:
    """'the engineer's login, d.kuzmenko': an initial and a surname as organisations make logins,
    when the surname has a Slavic surname's ending (-enko, -ov, -ski ...) or is a romanized
    Korean surname of three letters or more that is not among the common English words
    (j.park, s.choi, e.song; not "i.e." or "a.m."), and the same login wherever else it
    stands."""
    from testimony.anonymize.detect import REASON_INITIAL_LOGIN
    from testimony.anonymize.detect.words import _romanized_surnames
    from testimony.anonymize.english import ENGLISH_WORDS
    from testimony.anonymize.foreign_names import SLAVIC_SURNAME_ENDINGS

    if "." not in folded and "_" not in folded:
        return
    logins = set()
    for match in _INITIAL_LOGIN_RE.finditer(folded):
        surname = match.group(2)
        if surname.endswith(SLAVIC_SURNAME_ENDINGS) or (
            surname in _romanized_surnames() and surname not in ENGLISH_WORDS
        ):
            logins.add(match.group())
    yield from handle_mentions(folded, logins, REASON_INITIAL_LOGIN)


# A name's words: capitalised Latin letters, a hyphenated Korean given name's parts joined.
_GLUED_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")
# A word of four small letters or more, not inside a longer word; and what marks one written
# as a login: a quote, a bracket, an @, a bar or a tab right before or after it.
_SMALL_WORD_RE = re.compile(r"(?<![\w])[a-z]{4,}(?![\w])")
_LOGIN_MARK_BEFORE_RE = re.compile(r"[\"'`(\[<@|\t][ \t]*\Z")
_LOGIN_MARK_AFTER_RE = re.compile(r"[ \t]*[\"'`)\]>@|\t]")
# After a login standing alone: not an address's @, a hyphen or a further dotted part.
_NOT_A_LOGIN_AFTER_RE = re.compile(r"[@-]|\.\w")


def glued_logins(folded: str, found: list[tuple[int, int, str]]) -> Iterable[tuple[int, int, str]]:
    """A login that glues one found name's initial to its other word, in small letters: a
    database's "lfoster" of Laura Foster, "jmoon" of Jae-won Moon, "cpark" of Pak Chol-min
    written Chol-min Park; four letters at least, a word of its own (not inside an address's
    domain or another word), no English word, and written as a login once at least: in
    quotes, in brackets, before or after "@", or as a table's cell ("than" of Tae Han in a
    sentence is the word)."""
    from testimony.anonymize.detect import REASON_INITIAL_LOGIN
    from testimony.anonymize.english import ENGLISH_WORDS

    logins = set()
    for start, end, _reason in found:
        words = folded[start:end].split()
        if len(words) != 2 or not all(_GLUED_NAME_WORD_RE.fullmatch(word) for word in words):
            continue
        first, last = (word.replace("-", "").lower() for word in words)
        for login in (first[0] + last, last[0] + first):
            if len(login) >= 4 and login not in ENGLISH_WORDS:
                logins.add(login)
    if not logins:
        return
    # One scan of the text's words in small letters, whatever the number of names found.
    mentions: dict[str, list[tuple[int, int]]] = {}
    marked: set[str] = set()
    for match in _SMALL_WORD_RE.finditer(folded):
        login = match.group()
        if login not in logins:
            continue
        if _LOGIN_MARK_BEFORE_RE.search(folded, max(0, match.start() - 4), match.start()) or (
            _LOGIN_MARK_AFTER_RE.match(folded, match.end())
        ):
            marked.add(login)
        if not _NOT_A_LOGIN_AFTER_RE.match(folded, match.end()) and (
            folded[match.start() - 1 : match.start()] not in ("@", ".", "-")
        ):
            mentions.setdefault(login, []).append(match.span())
    for login in marked:
        for start, end in mentions.get(login, ()):
            yield start, end, REASON_INITIAL_LOGIN


# A Mongolian name: the father's initial, a full stop and the given name, with no space
# ("O.Sükhbaatar", "Ts.Oyunbileg", "Б.Батболд", "Ч.Сэлэнгэ").
_FATHER_INITIAL_RE = re.compile(
    r"(?<![\w.])([A-ZА-ЯЁӨҮ][a-zа-яёөү]?)\.([A-ZА-ЯЁӨҮ][a-zа-яёөüöʼ'-]{2,}[a-zа-яёөүüö])(?![\w.])"
)
# The same with a space after the full stop ("Ts. Oyunchimeg", "B. Ganzorig"): only before a
# known foreign given name, since "B. Then" may end a sentence.
_FATHER_INITIAL_SPACED_RE = re.compile(
    r"(?<![\w.])([A-ZА-ЯЁӨҮ][a-zа-яёөү]?)\. ([A-ZА-ЯЁӨҮ][a-zа-яёөüöʼ'-]{2,}[a-zа-яёөүüö])(?![\w.])"
)
# Abbreviations written the same way that are no initial: a street, a saint, a mountain.
_NOT_FATHER_INITIALS = _words("st mt dr mr ms no jr sr co vs ft rd ул пр пл д")


def father_initial_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """'O.Sükhbaatar', 'Б.Батболд': a Mongolian name written with the father's initial before
    it; not "St.Petersburg" or "Ул.Ленина"."""
    from testimony.anonymize.detect import _PLACES, REASON_FATHER_INITIAL, fold
    from testimony.anonymize.english import ENGLISH_WORDS
    from testimony.anonymize.foreign_names import PLACES_LATIN

    if "." not in folded:
        return
    for match in _FATHER_INITIAL_RE.finditer(folded):
        name = fold(match.group(2)).lower()
        if (
            match.group(1).lower() in _NOT_FATHER_INITIALS
            or name in ENGLISH_WORDS
            or name in _PLACES
            or name in PLACES_LATIN
        ):
            continue
        yield match.start(), match.end(), REASON_FATHER_INITIAL
    from testimony.anonymize.detect.foreign import _is_foreign_given

    for match in _FATHER_INITIAL_SPACED_RE.finditer(folded):
        if match.group(1).lower() in _NOT_FATHER_INITIALS or not _is_foreign_given(match.group(2)):
            continue
        yield match.start(), match.end(), REASON_FATHER_INITIAL


# What may follow a proposed name as its initials or its cut surname: " K.", " Sz.", " I.N.",
# " L.-W."; or the full stop right after the one letter of a cut surname that a proposal holds
# ("Zbigniew K").
_INITIALS_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-z]?\.(?:-?[A-Z]\.)*(?!\w)")
_CUT_END_RE = re.compile(r"(?<=[a-z][ \t])[A-Z]$")
_RANK_FIRST_RE = re.compile(r"([A-Z][a-z]+)[ \t]+(?=[A-Z])")


_SURNAME_AFTER_INITIAL_RE = re.compile(r"[ \t]+([A-Z][A-Za-z'’-]+)(?![\w.])")


def _surname_after_initial(text: str, end: int, name: str) -> int | None:
    """Where a surname ends that follows a given name and its middle initial, written in the
    given name's case (capitals after capitals: "MARTIN J. DEVLIN"), and is no English word
    ("Kim J. Said"); None when there is none."""
    from testimony.anonymize.english import ENGLISH_WORDS

    match = _SURNAME_AFTER_INITIAL_RE.match(text, end)
    if match is None or "." not in text[end - 2 : end]:
        return None
    surname = match.group(1)
    if surname.isupper() != name.split()[-1].isupper() or surname.lower() in ENGLISH_WORDS:
        return None
    return match.end()


def completed(text: str, spans: list[Span]) -> list[Span]:
    """Detected proposals that stop short of the initials they belong to, extended: a span
    inside initials with full stops ("K" of "Z.K.") to the whole initials, several such spans
    merged; a proposed name to the initial or cut surname right after it ("Belousov" to
    "Belousov A.", "Zbigniew K" to "Zbigniew K."). A rank before the name is left out; hours,
    countries and degrees are left alone."""
    if "." not in text or not spans:
        return spans
    tokens = [
        (match.start(), match.end())
        for match in _INITIALS_RE.finditer(text)
        if _letters(match.group()) not in _NOT_INITIALS
    ]
    starts = [token_start for token_start, _end in tokens]
    out: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        rank = _RANK_FIRST_RE.match(span.text)
        if rank and rank.group(1).lower() in _RANKS:
            start += rank.end()  # "Major Khodakovsky": the rank stays out
        # The initials starting last at or before the span (bisect: long texts hold thousands).
        index = bisect_right(starts, start) - 1
        if index >= 0 and end <= tokens[index][1]:
            start, end = tokens[index]
        else:
            if re.search(r"[A-Za-z]$", span.text) and "\n" not in span.text:
                if _CUT_END_RE.search(span.text) and text[end : end + 1] == ".":
                    end += 1  # "Zbigniew K" -> "Zbigniew K." (never "Ri." ending a sentence)
                elif (
                    (after := _INITIALS_AFTER_RE.match(text, end))
                    and _letters(after.group()) not in {"I"} | _NOT_INITIALS
                    and after.group().strip(" \t.").lower() not in _NOT_FATHER_INITIALS
                ):
                    end = after.end()  # not "Kim Mr." nor "Pak St."
                    if surname := _surname_after_initial(text, end, span.text):
                        end = surname  # "CAROLINE A. PRESCOTT": the surname after the initial
        if (start, end) == (span.start, span.end) or start >= end:
            out.append(span)
            continue
        if out and out[-1].start == start and out[-1].end == end:
            continue  # the second letter of the same initials
        out.append(Span(start, end, text[start:end], span.replacement, span.source, span.reason))
    # One span for each stretch: a span extended over the initials after it ("Enkhbold D.")
    # swallows the single letter the recogniser proposed there (the detector's `_merge`).
    from testimony.anonymize.detect.context import _merge

    first = out[0]
    merged = _merge([(span.start, span.end, span.reason) for span in out])
    return [
        Span(start, end, text[start:end], first.replacement, first.source, reason)
        for start, end, reason in merged
    ]
