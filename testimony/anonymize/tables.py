"""Names in tables. A crew list, a wage sheet or a shift roster pasted as text splits a name
across cells ("02 | KIM | CHOL NAM | CHIEF OFFICER"), signs a column with surnames alone (崔,
최), or lists given names in a cell ("SU RYON, HYANG, UN HUI"). A cell alone says little ("TO",
"MA", "IL HO"); its column says more: a column whose cells are mostly romanized Korean
surnames is a column of surnames, and the column of romanized given names next to it holds
their given names. Likewise a column of full names (김룡삼, 崔恩晶, SO KUM CHOL), and the
column a header calls the names or the logins ("이름", "Name", "카톡ID").

Tables are cut by "|", by tabs, by commas (a CSV export; quoted cells keep their commas) or,
aligned with spaces, by two spaces or more (a wage sheet typed into a text file).

`table_names` is a rule of the detector (detect/context.py runs it on the folded text)."""

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


# A table: three lines or more, one after the other, each cut into three cells or more by the
# same separator ("  ": two spaces or more, a table aligned with spaces).
_SEPARATORS = ("|", "\t", ",", "  ")
_ALIGNED_RE = re.compile(r" {2,}")
# A CSV cell: quoted (its commas and doubled quotes inside) or up to the next comma.
_CSV_CELL_RE = re.compile(r'[ \t]*"(?:[^"]|"")*"[^,]*|[^,]*')
# Header cells naming the column of names, and the column of messenger logins. A crew list's
# or a passport copy's surnames and given names apart are names too ("No | Surname | Given
# names | Nationality": RI | CHANG SOP).
_NAME_HEADERS = frozenset(
    {
        *("이름", "성명", "성함", "name", "names", "fullname", "full name", "姓名", "名字"),
        *("фио", "имя", "нэр", "imię i nazwisko", "nazwisko i imię"),
        *("овог нэр", "овог, нэр", "нэр овог", "эцэг эхийн нэр"),
        *("surname", "surnames", "family name", "last name", "given name", "given names"),
        *("first name", "first names", "forename", "forenames", "other names"),
        *("성", "фамилия", "отчество", "nazwisko", "imię", "imiona", "姓", "овог"),
        # What a person goes by: a sign-up form's preferred name, a roster's nickname.
        *("preferred name", "nickname", "nicknames", "known as", "nick"),
        *("별명", "닉네임", "애칭", "прозвище"),
    }
)
_LOGIN_HEADERS = frozenset(
    {
        *("id", "아이디", "계정", "카톡id", "카카오톡id", "카톡", "kakao", "kakaotalk"),
        *("telegram", "login", "username", "user", "handle", "wechat", "微信"),
    }
)
# Header cells naming who wrote, changed or was given a row (a comment export, a tracker):
# a person's login or name.
_AUTHOR_HEADERS = frozenset(
    {
        *("작성자", "수정자", "입력자", "담당자", "검토자", "작성", "담당"),
        *("author", "authors", "editor", "reviewer", "commenter", "assignee", "reporter"),
        *("created by", "edited by", "modified by", "updated by", "comment by", "by"),
        # Who translated, checked or approved a row (a translation memory, a review log).
        *("translator", "translated by", "checked by", "approved by"),
        *("번역자", "번역", "검수자", "확인자", "승인자"),
        # Who helped with or handled a row (a polling day's helper, a case's worker).
        *("helper", "helpers", "volunteer", "volunteers", "caseworker", "interviewer"),
        *("signed by", "witnessed by", "handled by", "served by"),
    }
)
# The last word of a header over a column of signatures: a ledger's "확인" (checked), a
# register's "수령 확인", "세대주 확인 (서명)", "Sign", "Initials", "Podpis", "签名". Its cells
# are the persons who signed: a full name, a surname alone (현, 채), a given name, initials.
_SIGNATURE_HEADER_WORDS = frozenset(
    {
        *("확인", "서명", "사인", "날인", "sign", "signature", "signatures", "signed"),
        *("initials", "initial", "podpis", "подпись", "签名", "签字", "签收", "署名"),
    }
)
# Header cells naming a column by the role its persons had in the row: a tractor sheet's
# mechanic, a register's clerk, a bike list's registrar (登记人), a delivery book's driver.
# Not "operator" (a phone's network, Telkomsel) nor "cook" (a column of jobs).
_ROLE_HEADERS = frozenset(
    {
        *("mechanic", "driver", "foreman", "supervisor", "checker", "inspector", "cashier"),
        *("nurse", "doctor", "technician", "receiver", "received by", "issued by", "issued to"),
        *("leader", "team leader", "brigade leader", "staff"),
        *("登记人", "经手人", "负责人", "审核人", "操作员", "司机", "检查人", "领取人", "签收人"),
        *("механик", "мастер", "водитель", "оператор", "бригадир", "кассир", "проверил"),
        *("принял", "выдал", "운전수", "운전자", "기사", "반장", "조장", "작업반장", "책임자"),
        *("점검자", "점검원", "인솔자", "수령인", "수령자"),
    }
)
_HEADER_NOTE_RE = re.compile(r"[ \t]*[(（][^()（）]*[)）]")
MIN_ROWS = 3
# The longest cell of a table's header.
HEADER_CELL_LENGTH = 30
MIN_CELLS = 3
# The share of a column's filled cells that must have a name's shape for the column to be one.
COLUMN_SHARE = 0.6
_LINE_RE = re.compile(r"[^\r\n]*")
_GIVEN_SPLIT_RE = re.compile(r"[ \-]")
_LIST_SPLIT_RE = re.compile(r"[ \t]*,[ \t]*")


def _pieces(line: str, separator: str) -> list[str]:
    """`line` cut at `separator`, the pieces with their separators' characters left out."""
    if separator == "  ":
        return _ALIGNED_RE.split(line)
    if separator == ",":
        pieces, position = [], 0
        while True:
            match = _CSV_CELL_RE.match(line, position)
            pieces.append(match.group())
            position = match.end()
            if position >= len(line) or line[position] != ",":
                return pieces
            position += 1
    return line.split(separator)


def _separators(line: str, separator: str) -> int:
    if separator == "  ":
        return len(_ALIGNED_RE.findall(line.strip()))
    if separator == ",":
        return len(_pieces(line, ",")) - 1
    return line.count(separator)


def _cells(text: str, start: int, end: int, separator: str) -> list[Cell]:
    cells = []
    position = start
    line = text[start:end]
    if separator == "  ":
        # Aligned with spaces: each piece starts where the regex's match says.
        for match in re.finditer(r"[^ ]+(?: [^ ]+)*", line):
            cells.append(Cell(start + match.start(), start + match.end(), match.group()))
        return cells
    for piece in _pieces(line, separator):
        stripped = piece.strip()
        offset = position + (len(piece) - len(piece.lstrip()))
        cells.append(Cell(offset, offset + len(stripped), stripped))
        position += len(piece) + 1
    return cells


@dataclass(frozen=True)
class Table:
    rows: list[list[Cell]]  # the rows of the most common width
    header: list[Cell] | None  # the line before them when it is cut the same way


def _tables(text: str) -> Iterator[Table]:
    """The tables of `text`: runs of at least MIN_ROWS lines cut by one separator into the same
    number of cells (MIN_CELLS or more), an empty line after MIN_ROWS of them ending a run;
    rows with another count of cells are left out."""
    lines = [(match.start(), match.end()) for match in _LINE_RE.finditer(text) if match.group()]
    for separator in _SEPARATORS:
        if separator not in text:
            continue
        run: list[tuple[int, int]] = []
        for start, end in [*lines, (len(text), len(text))]:
            line = text[start:end]
            # Two tables one under the other, an empty line between them, are two; a header
            # set off from its rows by an empty line stays theirs.
            apart = len(run) >= MIN_ROWS and text.count("\n", run[-1][1], start) >= 2
            cut = end > start and _separators(line, separator) >= MIN_CELLS - 1
            if cut and not apart:
                run.append((start, end))
                continue
            if len(run) >= MIN_ROWS:
                rows = [_cells(text, s, e, separator) for s, e in run]
                width = Counter(len(row) for row in rows).most_common(1)[0][0]
                # A header's cells are short labels (a sentence cut at its commas is none). It
                # is the first row of the table's width: a line cut otherwise may come before
                # ("Geneva | Printed by: ... | v4 FINAL" above "First name | Last name | ...").
                header = next(row for row in rows if len(row) == width)
                if header and any(len(cell.text) > HEADER_CELL_LENGTH for cell in header):
                    header = None
                rows = [row for row in rows if len(row) == width]
                if len(rows) >= MIN_ROWS:
                    yield Table(rows, header)
            run = [(start, end)] if cut else []


def _surname_cell(text: str) -> bool:
    """KIM, Ri, 崔, 최: a Korean surname alone, romanized (in capitals or capitalised), in Hangul
    or in Chinese characters."""
    from testimony.anonymize.detect.words import _HANGUL_SURNAMES, _romanized_surnames
    from testimony.anonymize.foreign_names import CHINESE_SURNAME_CHARS

    if len(text) == 1 and ("가" <= text <= "힣" or "\u4e00" <= text <= "\u9fff"):
        return text in _HANGUL_SURNAMES or text in CHINESE_SURNAME_CHARS
    return (
        text.isalpha()
        and (text.isupper() or text.istitle())
        and text.lower() in _romanized_surnames()
    )


def _given_cell(text: str) -> bool:
    """CHOL NAM, Myong-su, IL HO, CHOL: one to three romanized Korean syllables, in capitals or
    capitalised."""
    from testimony.anonymize.detect.words import _ONE_SYLLABLE_RE, _syllables

    parts = [part for part in _GIVEN_SPLIT_RE.split(text) if part]
    return (
        1 <= len(parts) <= 3
        and all(part.isalpha() and part[0].isupper() for part in parts)
        and (text.isupper() or parts[0].istitle())
        and all(_syllables(part, _ONE_SYLLABLE_RE) for part in parts)
    )


# A table's words in a name's place or with a name's shape: totals, remarks, a script's name
# (合计: 合 is a surname), and what a names column holds when it holds no name. Lower case.
_NOT_NAMES = frozenset(
    {
        *("합계", "소계", "총계", "한글", "비고", "合计", "小计", "总计", "共计", "备注"),
        *("anonymous", "anon", "unknown", "n/a", "none", "total", "익명", "무기명", "미상", "모름"),
        *("지원자", "참가자", "신청자", "대상자", "담당자", "수강생", "강사명", "선수명"),
        *("주문자", "기증자", "구매자", "수령자", "판매자", "후원자"),
        # the holder himself, an anonymous giver, the same as above, shared: no one's name
        *("본인", "무명", "상동", "동일", "공동"),
    }
)


# What a cell holds for no one: not applicable, not known, to be confirmed (not NA: 나, and Nil
# is a name too).
_PLACEHOLDERS = frozenset({"n/a", "n.a.", "n.a", "n/k", "tbc", "tbd", "tba"})


_SPACED_SYLLABLES_RE = re.compile(r"[가-힣](?: [가-힣]){2,3}")


def _hangul_full_cell(text: str) -> bool:
    """김룡삼, 남궁민재: a Korean name in Hangul, a surname and a given name, two to four
    syllables, no word of the stop list, not a city's or a county's name (천안시, 명간군: a
    column of home towns). Its syllables may stand apart, as North Korean papers and forms
    typed in boxes write them (한 성 룡)."""
    from testimony.anonymize.detect.words import (
        _HANGUL_STOPWORDS,
        _HANGUL_SURNAMES,
        HANGUL_PLACE_ENDINGS,
    )

    if _SPACED_SYLLABLES_RE.fullmatch(text):
        text = text.replace(" ", "")
    return (
        2 <= len(text) <= 4
        and all("가" <= char <= "힣" for char in text)
        and not (len(text) >= 3 and text[-1] in HANGUL_PLACE_ENDINGS)
        and (text[0] in _HANGUL_SURNAMES or text[:2] in _HANGUL_SURNAMES)
        and text not in _HANGUL_STOPWORDS
        and text not in _NOT_NAMES
    )


def _chinese_full_cell(text: str) -> bool:
    """崔恩晶, 玄静: a name in Chinese characters, a surname and one or two characters."""
    from testimony.anonymize.foreign_names import CHINESE_SURNAME_CHARS

    return (
        2 <= len(text) <= 3
        and all("\u4e00" <= char <= "\u9fff" for char in text)
        and text[0] in CHINESE_SURNAME_CHARS
        and text not in _NOT_NAMES
    )


def _romanized_full_cell(text: str) -> bool:
    """SO KUM CHOL, KIM Chol-ho, Ri Yong-nam: a romanized Korean surname, then its given name."""
    surname, _space, given = text.partition(" ")
    return bool(given) and _surname_cell(surname) and _given_cell(given)


def _three(shaped: Callable[[str], bool]) -> Callable[[str], bool]:
    """`shaped`, three characters or more: a column of two-character words (목공, 전기: jobs; 包装:
    packing) has the shape of two-syllable names too often to be taken for one."""
    return lambda text: len(text) >= 3 and shaped(text)


# Full names in a cell, and what their column must hold to be one of names.
_FULL_NAME_SHAPES = (
    (_hangul_full_cell, _three(_hangul_full_cell)),
    (_chinese_full_cell, _three(_chinese_full_cell)),
    (_romanized_full_cell, _romanized_full_cell),
)
# Kinship words written as a title before a name in an English list ("Grandma Oh"), beyond the
# detector's titles (sister, brother, auntie ...).
_KIN_TITLES = frozenset({"grandma", "grandpa", "granny"})
_HEADED_NAME_RE = re.compile(r"[^\W\d_][\w.'’ -]{0,38}[^\W\d_]|[^\W\d_]")
_LOGIN_RE = re.compile(r"@?[A-Za-z][A-Za-z0-9._]{2,31}")
_STAFF_NUMBER_RE = re.compile(r"[A-Z]{1,4}[-_.]?\d+")


def _header_kind(cell: Cell) -> str:
    # A note in brackets after the label: "Name (as on passport)", "이름 (한자)".
    key = " ".join(_HEADER_NOTE_RE.sub("", cell.text).lower().split()).strip(" :*")
    if key in _NAME_HEADERS or key in _ROLE_HEADERS:
        return "name"
    if key in _LOGIN_HEADERS or key.replace(" ", "") in _LOGIN_HEADERS:
        return "login"  # "카톡 ID" as "카톡ID"
    if key in _AUTHOR_HEADERS:
        return "author"
    words = key.replace("/", " ").split()
    if words and words[-1] in _SIGNATURE_HEADER_WORDS:
        return "signature"  # "도서명" (a book's title) ends in 서명 but is one word
    return ""


# Words ending an organisation's name in Hangul: a contact list names bodies beside persons.
HANGUL_ORG_ENDINGS = (
    *("센터", "협회", "교회", "법인", "재단", "연구소", "사무소", "병원", "회사", "본부"),
    *("위원회", "연합", "공단", "학교", "대학교", "성당", "단체", "은행", "카드", "캐피탈"),
)


def _headed(cell: Cell, kind: str) -> tuple[int, int] | None:
    """The name or login in a cell under a header naming it, without a title before it or
    marks after it ("Sister Agnes Lim": Agnes Lim; "렴태식(?)": 렴태식); None for an empty,
    numeric or otherwise shaped cell, "Anonymous", or an organisation."""
    from testimony.anonymize.abbreviated import _login_shaped
    from testimony.anonymize.detect.hangul import is_role_word
    from testimony.anonymize.detect.words import _ORG_WORDS, _TITLES

    if _header_kind(cell):
        return None  # a header again ("이름" opening a second table below the first)
    if kind == "login":
        match = _LOGIN_RE.fullmatch(cell.text)
        if match is None or _STAFF_NUMBER_RE.fullmatch(cell.text):
            return None  # "B001", "EMP-0413": a badge's or a payroll's number, no login
        return cell.start, cell.end
    if kind == "author" and _LOGIN_RE.fullmatch(cell.text) and cell.text[:1].islower():
        # "sujin.mo", "hjlee"; not "admin" or "system" (a name is capitalised: read below)
        return (cell.start, cell.end) if _login_shaped(cell.text) else None
    if cell.text.strip().lower() in _PLACEHOLDERS:
        return None  # "N/A", "N.A.": no one in this row's cell
    match = _HEADED_NAME_RE.match(cell.text)
    if match is None:
        return None
    words = match.group().split(" ")
    lowered = [word.lower().rstrip(".") for word in words]
    if (
        " ".join(lowered) in _NOT_NAMES
        or any(word in _ORG_WORDS for word in lowered)
        or words[-1].endswith(HANGUL_ORG_ENDINGS)
        or (len(words) == 1 and is_role_word(words[0]))
    ):
        return None  # "총무" under a nickname's header: the member's office, no name
    skip = 0
    while len(words) > 1 and (lowered[0] in _TITLES or lowered[0] in _KIN_TITLES):
        skip += len(words[0]) + 1
        words, lowered = words[1:], lowered[1:]
    if not _name_like(words):
        return None
    return cell.start + match.start() + skip, cell.start + match.end()


# What a signature's cell holds when no one signed, or beside the name: a mark, a state, the
# word for a signature or a seal (lower case).
_NOT_SIGNATURES = frozenset(
    {
        *("확인", "서명", "사인", "완료", "미확인", "본인", "대리", "거부", "불가", "부재"),
        *("수령", "미수령", "날인", "도장", "인", "印", "有", "无", "유", "무", "예", "아니오"),
        *("ok", "yes", "no", "done", "signed", "sign", "paid", "refused", "absent", "thumb"),
        *("o", "x", "v", "y", "n"),  # ticks and a "Signed?" column's Y and N
    }
)
# A signature's cell: a name, then a seal's mark or a heart ("도(인)", "향미 ♡").
_SIGNATURE_MARK_RE = re.compile(r"[ \t]*(?:[(（](?:인|印|sign|서명)[)）]|[♡♥✓✔*])+$")
_SIGNED_INITIALS_RE = re.compile(r"(?:[A-Z]\.[ ]?){1,3}|[A-Z]{1,3}")
_SIGNED_INITIAL_NAME_RE = re.compile(r"(?:[A-Z]\.[ ]?){1,2}[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")
# Two signatures in a cell, apart ("Sun / Liu"); not a rank's "C/E" (chief engineer).
_SIGNED_ITEM_SPLIT_RE = re.compile(r"[ \t]+/[ \t]*|[ \t]*/[ \t]+")
# A name's words in a signature: Shafiq, a Cyrillic surname and its initial, Таня.
_SIGNED_WORDS_RE = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]+(?:[ ][A-ZА-ЯЁ][a-zа-яё]*\.?){0,2}")


def _signatures(rows: list[list[Cell]], index: int) -> Iterator[Cell]:
    """The names in a column of signatures (column `index`, the header's row left out): in
    each cell, or in each of a cell's items cut at "/" ("Sun / Liu"), a full name, a given
    name or a word of a name's letters (Shafiq, Таня), initials (I.Q., MKY), an initial and a
    surname (A. Fathy), or a Korean surname alone (현, 채) that the column or the row writes in
    a full name, or beside two other signatures at least. Not a mark ("O", "X", "(서명)"), a
    state ("완료", "확인함", "refused") or a sentence."""
    named: list[tuple[Cell, list[Cell]]] = []
    for row in rows[1:]:
        cell = row[index]
        for item in _signed_items(cell):
            if _signature_shaped(item.text):
                named.append((item, row))
    full = [item.text for item, _row in named if len(item.text) >= 3]
    for item, row in named:
        if len(item.text) > 1:
            yield item
        elif _SURNAME_CHAR_RE.fullmatch(item.text):
            written = [*full, *(cell.text for cell in row)]
            if len(named) >= 3 or any(_written_in_full(name, item.text) for name in written):
                yield item
        elif len(named) >= 3:
            yield item  # "R" among initials and names


_SURNAME_CHAR_RE = re.compile(r"[가-힣\u4e00-\u9fff]")


def _written_in_full(name: str, surname: str) -> bool:
    return name.startswith(surname) and (_hangul_full_cell(name) or _chinese_full_cell(name))


# A signature after its label on a form's line: "Signed: Choe / Jang", "подпись: Пак",
# "서명: 표철남", "签字: 赵", "Customer sign: Yu", "Sign-off: O.L.". What follows, up to a bracket,
# a comma, a dash, a bar or two spaces, cut at " / " into signatures.
_SIGNED_LABEL_RE = re.compile(
    r"(?<![\w-])(?:[Ss]ign(?:ed|ature|-off)?|SIGN(?:ED|ATURE)?|서명|签字|签名|[Пп]одпись|[Pp]odpis)"
    r"[ \t]*[:：][ \t]*([^\r\n]{1,60})"
)
_SIGNED_VALUE_END_RE = re.compile(r"[()（）,;|]|[ \t]{2,}|[ \t][-–—][ \t]|[ \t]\d")


def signed_labels(folded: str) -> Iterable[tuple[int, int, str]]:
    """The signatures after a form's label for them (above), each of a signature's shape (as in
    a column of signatures: a Korean or Chinese surname alone too)."""
    from testimony.anonymize.detect import REASON_SIGNED_LABEL

    for match in _SIGNED_LABEL_RE.finditer(folded):
        value = match.group(1)
        end = _SIGNED_VALUE_END_RE.search(value)
        value = value[: end.start()] if end else value
        cell = Cell(match.start(1), match.start(1) + len(value.rstrip()), value.rstrip())
        for item in _signed_items(cell):
            text = (
                item.text.rstrip(".") if not _SIGNED_INITIALS_RE.fullmatch(item.text) else item.text
            )
            if _signature_shaped(text):
                yield item.start, item.start + len(text), REASON_SIGNED_LABEL


def _signed_items(cell: Cell) -> Iterator[Cell]:
    """A signature's cell without the seal's mark or a heart after the name, cut at "/"."""
    text = _SIGNATURE_MARK_RE.sub("", cell.text)
    position = 0
    for piece in _SIGNED_ITEM_SPLIT_RE.split(text):
        offset = text.find(piece, position)
        position = offset + len(piece)
        if piece:
            yield Cell(cell.start + offset, cell.start + offset + len(piece), piece)


def _signature_shaped(text: str) -> bool:
    """A name's shape in a signature: a Hangul name or surname, a Chinese name or surname, a
    romanized Korean name, initials, an initial and a surname, or up to three capitalised words
    none of which is an English word (unless a Korean surname), a title, a place's or an
    organisation's word."""
    from testimony.anonymize.detect.words import (
        _HANGUL_STOPWORDS,
        _HANGUL_SURNAMES,
        _ORG_WORDS,
        _PLACES,
        _TITLES,
    )
    from testimony.anonymize.english import ENGLISH_WORDS
    from testimony.anonymize.foreign_names import CHINESE_SURNAME_CHARS

    lowered = text.lower()
    if lowered in _NOT_SIGNATURES or lowered in _PLACEHOLDERS or lowered in _NOT_NAMES:
        return False
    if len(text) == 1 and "\u4e00" <= text <= "\u9fff":
        return text in CHINESE_SURNAME_CHARS  # 郭, 赵: a Chinese clerk's surname alone
    if all("가" <= char <= "힣" for char in text):
        if len(text) == 1:
            return text in _HANGUL_SURNAMES
        return len(text) <= 4 and text not in _HANGUL_STOPWORDS and text[-1] not in "함음됨"
    if _chinese_full_cell(text) or _romanized_full_cell(text):
        return True
    if _SIGNED_INITIALS_RE.fullmatch(text) or _SIGNED_INITIAL_NAME_RE.fullmatch(text):
        return True
    words = lowered.rstrip(".").split()
    return bool(_SIGNED_WORDS_RE.fullmatch(text)) and not any(
        (word in ENGLISH_WORDS and not _surname_cell(word.title()))
        or word in _ORG_WORDS
        or word in _PLACES
        or word in _TITLES
        for word in words
    )


# Words in small letters inside a capitalised name (Khalid bin Saeed, Ana da Silva).
_NAME_PARTICLES = frozenset({"bin", "binti", "al", "el", "de", "da", "dos", "van", "von", "le"})


def _name_like(words: list[str]) -> bool:
    """A name's shape under a names header: one Hangul word of two to five syllables or a
    surname alone, or one to five words none in small letters but a particle (Latin, Cyrillic;
    Chinese characters have no case): not a sentence cut at its commas."""
    from testimony.anonymize.detect.words import _HANGUL_SURNAMES

    if all("가" <= char <= "힣" for char in "".join(words)):
        if _SPACED_SYLLABLES_RE.fullmatch(" ".join(words)):
            return words[0] in _HANGUL_SURNAMES  # 한 성 룡: a name's syllables apart
        # A surname alone too: "우(이름 모름)", the given name unknown.
        return len(words) == 1 and (2 <= len(words[0]) <= 5 or words[0] in _HANGUL_SURNAMES)
    return 1 <= len(words) <= 5 and all(
        not word[:1].islower() or word.lower() in _NAME_PARTICLES for word in words
    )


def _column_of(cells: list[Cell], shaped: Callable[[str], bool]) -> bool:
    """Whether most filled cells of a column have a name's shape, and the names vary: a
    column of "NO" (a crew list's remarks) or of one signature is no column of names."""
    filled = [cell for cell in cells if cell.text]
    named = [cell.text for cell in filled if shaped(cell.text)]
    if len(named) < MIN_ROWS or len(named) < COLUMN_SHARE * len(filled):
        return False
    most = Counter(named).most_common(1)[0][1]
    return most <= COLUMN_SHARE * len(named)


# A note in brackets after a name in its cell: "윤성희 (302동)", a flat's number.
_NOTED_CELL_RE = re.compile(r"(.+?)[ \t]*[(（][^()（）]{1,20}[)）]")


def _without_note(cell: Cell) -> Cell:
    match = _NOTED_CELL_RE.fullmatch(cell.text)
    if match is None:
        return cell
    return Cell(cell.start, cell.start + len(match.group(1)), match.group(1))


def _listed_items(cell: Cell) -> list[Cell]:
    """ "이순자, 이민규", "李順子、李敏圭": a cell of two or three full names of a column's shape,
    each cut out; none when any piece has another shape."""
    pieces = []
    position = cell.start
    for piece in _ITEM_SPLIT_RE.split(cell.text):
        stripped = piece.strip()
        offset = cell.text.find(stripped, position - cell.start) + cell.start
        pieces.append(Cell(offset, offset + len(stripped), stripped))
        position = offset + len(stripped)
    if not 2 <= len(pieces) <= 3:
        return []
    for _shaped, deciding in _FULL_NAME_SHAPES:
        if all(deciding(piece.text) for piece in pieces):
            return pieces
    return []


_ITEM_SPLIT_RE = re.compile(r"[ \t]*[,、][ \t]*")


def _listed_given(cell: Cell) -> list[Cell]:
    """ "SU RYON, HYANG, UN HUI": a roster's cell of given names in capitals, two at least."""
    if "," not in cell.text or not cell.text.isupper():
        return []
    items = []
    position = cell.start
    for piece in cell.text.split(","):
        stripped = piece.strip()
        offset = position + (len(piece) - len(piece.lstrip()))
        items.append(Cell(offset, offset + len(stripped), stripped))
        position += len(piece) + 1
    if len(items) < 2 or not all(_given_cell(item.text) for item in items):
        return []
    return items


# A column of the sexes: 남 and 여 (male, female) are surnames too.
_SEXES = frozenset(["남", "여", "男", "女", "M", "F", "m", "f", "남자", "여자"])


def _sex_column(cells: list[Cell]) -> bool:
    return all(cell.text in _SEXES for cell in cells[1:] if cell.text)


def table_names(folded: str) -> Iterable[tuple[int, int, str]]:
    """The cells of a column a header calls the names or the logins; of a column of full
    names (three characters or more for most of them, in Hangul or Chinese characters, or
    romanized); of a column of Korean surnames, and of the column of romanized given names
    beside it; the given names listed in a roster's cells when two cells or more of the table
    list them."""
    from testimony.anonymize.detect import REASON_TABLE_NAME, REASON_TABLE_SIGNATURE

    for table in _tables(folded):
        rows = table.rows
        columns = [[row[index] for row in rows] for index in range(len(rows[0]))]
        for index, column in enumerate(columns):
            kind = _header_kind(table.header[index]) if table.header else ""
            if kind == "signature":
                for item in _signatures(rows, index):
                    yield item.start, item.end, REASON_TABLE_SIGNATURE
                continue
            if kind:
                for cell in column[1:]:
                    if span := _headed(cell, kind):
                        yield *span, REASON_TABLE_NAME
                continue
            named = [_without_note(cell) for cell in column]
            for shaped, deciding in _FULL_NAME_SHAPES:
                if _column_of(named, deciding):
                    for row, cell in enumerate(named):
                        # The header's cell only with the column's own shape: "강사" heads a
                        # column of full names.
                        if shaped(cell.text) and (row or not table.header or deciding(cell.text)):
                            yield cell.start, cell.end, REASON_TABLE_NAME
                        elif row:
                            # Two persons in one row's cell: "이순자, 이민규" (a mother and son).
                            for item in _listed_items(cell):
                                yield item.start, item.end, REASON_TABLE_NAME
                    break
        surnames = [
            _column_of(column, _surname_cell) and not _sex_column(column) for column in columns
        ]
        for index, column in enumerate(columns):
            if surnames[index]:
                for cell in column:
                    if _surname_cell(cell.text):
                        yield cell.start, cell.end, REASON_TABLE_NAME
            beside = (index and surnames[index - 1]) or (
                index + 1 < len(columns) and surnames[index + 1]
            )
            if beside and not surnames[index] and _column_of(column, _given_cell):
                for cell in column:
                    if _given_cell(cell.text):
                        yield cell.start, cell.end, REASON_TABLE_NAME
        listed = [items for row in rows for cell in row if (items := _listed_given(cell))]
        if len(listed) >= 2:
            for items in listed:
                for item in items:
                    yield item.start, item.end, REASON_TABLE_NAME
