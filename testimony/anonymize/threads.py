"""The authors of a thread pasted into the notes: a forum's or a café's comments ("두만강물 |
02.17 22:05", " └ 시베리아곰 | 02.17 22:20", "작성자: 시베리아곰 (sibir_bear) | 2022.02.17
21:40"), an issue tracker's activity ("marco-b commented on 4 Mar 2024", "hyejin-o changed
the title"), a social network's comments after their speech bubble ("💬 ha.na_0707:") and a
work log's or chat export's lines after their time ("2025-01-08 09:12 [ahmed.r] Pulled",
"[08:51] sujin.park: morning all"), and a wiki page's history ("JSeo (talk | contribs)"). A
survivors' forum is where relatives look for a worker, and its handles are chosen by people
who can be recognised by them; each is proposed where it signs a comment and wherever the
thread writes it again (두만강물님도, "@jsong").

A comment's line is its author, a role or second handle in brackets if any, a bar and a date
with its time; a thread has several, so two authors at least are asked for (a table's single
"합계 | 2023.05.19 20:40" is no thread), and a Hangul word the Korean analyser knows as a
common noun (입금, 메모) is no author.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The author opening a comment's line: after a reply's mark (└, ㄴ, ↳) or a post's "작성자:",
# the handle, a bracket (a role or the login: 한라봉(카페지기), 시베리아곰 (sibir_bear)), a bar
# and a date with its time (02.17 22:05, 2022.02.17 21:40, 2024-03-04 09:12).
_COMMENT_RE = re.compile(
    r"^[ \t]*(?:[└ㄴ↳][ \t]*)?(?:작성자[ \t]*:[ \t]*)?"
    r"(?P<handle>[^\s|()\[\]:]{2,24})"
    r"(?:[ \t]*\((?P<inner>[^()\n]{1,24})\))?"
    r"[ \t]*\|[ \t]*(?:\d{2,4}[./-])?\d{1,2}[./-]\d{1,2}\.?[ \t]+\d{1,2}:\d{2}",
    re.MULTILINE,
)
# An issue tracker's line of activity: the login, then what it did.
_ACTIVITY_RE = re.compile(
    r"^[ \t]*(?P<login>[A-Za-z][A-Za-z0-9_.-]{0,37}[A-Za-z0-9])[ \t]+"
    r"(?:commented|changed the title|opened|closed|reopened|approved|requested changes|"
    r"reviewed|merged|assigned|unassigned|labeled|mentioned this|pushed|edited|deleted|"
    r"replied|self-assigned|added the|removed the)\b",
    re.MULTILINE,
)
# A social network's comment under a post, after its speech bubble or reply arrow: "💬
# ha.na_0707: 🙏", "↳ mr_moon_kr: 링크". A label with a space ("💬 Lucía Ferreira:") is a
# chat speaker's (`context_names.speaker_labels`).
_BUBBLE_RE = re.compile(
    r"^[ \t]*[\U0001f4ac\u21b3][ \t]*(?P<handle>[^\W_][\w.]{0,28}[^\W_]):[ \t]",
    re.MULTILINE,
)
# A work log's or a chat export's line: its time (and date), then its author's handle in square
# or angle brackets ("2025-01-08 09:12 [ahmed.r] Pulled ...", "[14:02] <lena_k> ok"), in Latin
# letters: a phone's backup writes a contact's Hangul name with its title there ("[김사장]",
# where the surname alone is the name) and its own labels ("[Web발신]"), which others read.
_LOG_AUTHOR_RE = re.compile(
    r"^[ \t]*(?:\[?(?:\d{4}[-./]\d\d?[-./]\d\d?[ \tT]+)?\d\d?:\d\d(?::\d\d)?\]?[ \t]+)"
    r"[\[<](?P<handle>[A-Za-z0-9][A-Za-z0-9_.-]{0,28}[A-Za-z0-9])[\]>][ \t:]",
    re.MULTILINE,
)
# A chat export's line after its time in square brackets, its author's login before a colon
# ("[08:51] sujin.park: morning all"): Latin letters, as above.
_LOG_SPEAKER_RE = re.compile(
    r"^[ \t]*\[(?:\d{4}[-./]\d\d?[-./]\d\d?[ \tT]+)?\d\d?:\d\d(?::\d\d)?\][ \t]+"
    r"(?P<handle>[A-Za-z0-9][A-Za-z0-9_.-]{0,28}[A-Za-z0-9]):[ \t]",
    re.MULTILINE,
)

# A wiki page's history: each edit's line names its editor before the links to their talk page
# and contributions ("17:40, 8 April 2024  JSeo (talk | contribs)  m . . (14,882 bytes)").
_WIKI_EDITOR_RE = re.compile(
    r"(?P<handle>[A-Za-z0-9][\w.-]{0,38}[A-Za-z0-9])[ \t]+\((?:talk|Talk|토론)[ \t]*\|"
    r"[ \t]*(?:contribs|contributions|기여)\)"
)


# A comments section's heading: a short line naming the comments, a guestbook or the replies
# ("---- 댓글 (베스트순) ----", "TOP COMMENTS", "---- 방명록 ----", "---- 评论 (截图自微博) ----").
_SECTION_HEADING_RE = re.compile(
    r"^[ \t\-=─━_#*\[【]*(?:댓글|방명록|답글|评论|評論|留言|[Tt]op [Cc]omments|TOP COMMENTS|"
    r"[Cc]omments|COMMENTS|[Rr]eplies|[Gg]uestbook|GUESTBOOK|Комментарии|Отзывы)"
    r"(?![\w])[^\n]{0,40}$",
    re.MULTILINE,
)
# A comment's line under such a heading: its author's handle (a reply's mark before it, a role
# or a second handle in brackets after it), then a colon, ASCII or fullwidth: "자작나무숲: 진짜
# 울었어요", "  ↳ 윤(작가): 앗", "鸭绿江边的猫" and a fullwidth colon with no space after it (the
# folded text writes it ":"), "runner_jh: 와".
_SECTION_COMMENT_RE = re.compile(
    r"[ \t]*(?:[└ㄴ↳][ \t]*)?(?:@)?"
    r"(?P<handle>[^\s:：()（）\[\]|@]{1,24}?)"
    r"(?P<bracket>[ \t]*[(（][^()（）\n]{1,24}[)）])?"
    r"(?:[ \t]*(?::[ \t]|:(?=[^\x00-\x7f]|@)|：)|(?P<spaced>[ \t]{2,})(?=\S))"
)


# A social network's comment under its heading, the handle and two spaces before the text
# ("minji.k  새별아 ㅠㅠ", "jieun_park  ❤️"): a login with a full stop, an underscore or digits.
_INSTAGRAM_HANDLE_RE = re.compile(r"(?=[a-z0-9._]*[._\d])[a-z][a-z0-9._]{2,29}")


def _section_author(handle: str, bracketed: bool) -> bool:
    """A comment's author under a comments heading: a handle as `_author_word` has it, or a
    Hangul handle of three syllables or more made of ordinary words (박하사탕, 달리는곰: chosen
    so, and as telling as a name to those who know the writer); one syllable only before a
    bracketed role (윤(작가))."""
    from testimony.anonymize.context_names import NOT_HANGUL_SPEAKERS
    from testimony.anonymize.english import ENGLISH_WORDS

    if (len(handle) < 2 and not bracketed) or re.fullmatch(r"[A-Z]\d{1,2}", handle):
        return False  # "R1 (Eun-ji):": a reviewer's number
    if handle.lower() in ENGLISH_WORDS or handle in _SECTION_LABELS:
        return False
    if handle in NOT_HANGUL_SPEAKERS:
        return False  # 면담자:, 진행자: a transcript's roles, not a comment's authors
    if re.fullmatch(r"[가-힣]{1,3}(?:맘|엄마|아빠|네)", handle):
        return False  # 지우맘: the child's name is `context_names.parent_handles`' finding
    if re.fullmatch(r"[가-힣]{3,}", handle):
        return True
    return _author_word(handle)


# A line's label that is no comment's author ("참고:", "답:", "번역:").
_SECTION_LABELS = frozenset(
    (
        "참고", "답", "문", "번역", "메모", "주", "비고", "공지", "작성자", "관리자", "운영자",
        "注", "备注", "翻译", "Примечание", "Перевод",
    )
)  # fmt: skip


def comment_section_authors(folded: str) -> Iterable[tuple[int, int, str]]:
    """The authors of the comments under a comments section's heading, each line's handle
    before its colon down to the first empty line or the next heading, when two lines at
    least are signed so; and the same handles wherever the text writes them again."""
    from testimony.anonymize.abbreviated import handle_mentions
    from testimony.anonymize.detect.words import REASON_THREAD_AUTHOR

    names: set[str] = set()
    position = 0
    while heading := _SECTION_HEADING_RE.search(folded, position):
        # The next heading is looked for after this section: each line is read once, however
        # many of the section's lines read as headings ("댓글 달았어요").
        section: set[str] = set()
        position = heading.end() + 1
        while position < len(folded):
            line_end = folded.find("\n", position)
            line_end = len(folded) if line_end < 0 else line_end
            line = folded[position:line_end].rstrip("\r")
            if not line.strip() or re.match(r"[ \t]*(?:-{3,}|={3,}|─{3,})", line):
                break
            match = _SECTION_COMMENT_RE.match(line)
            # 小雪🌸: the handle without the emoji after it
            handle = re.sub(r"\W+$", "", match.group("handle")) if match else ""
            if match and match.group("spaced") and not _INSTAGRAM_HANDLE_RE.fullmatch(handle):
                handle = ""  # "minji.k  새별아 ...": without a colon only a login's shape counts
            if handle and _section_author(handle, bool(match.group("bracket"))):
                section.add(handle)
            position = line_end + 1
        if len(section) >= MIN_AUTHORS:
            names |= section
    yield from handle_mentions(folded, names, REASON_THREAD_AUTHOR)


def _two_part_login(handle: str) -> bool:
    """A login made of two words joined by a full stop, an underscore or a hyphen, digits after
    them if any ("sujin.park", "minho_lee"), neither an English word unless it is a surname:
    not "moon_river", "anon_7781" or initials ("YR")."""
    from testimony.anonymize.detect.words import _romanized_surnames
    from testimony.anonymize.english import ENGLISH_WORDS

    parts = re.split(r"[._-]", handle.rstrip("0123456789").lower())
    if len(parts) != 2 or not all(re.fullmatch(r"[a-z]{2,}", part) for part in parts):
        return False
    return all(part not in ENGLISH_WORDS or part in _romanized_surnames() for part in parts)


# What a program's log writes where a person's handle would stand ("09:12 [INFO] started").
_LOG_LEVELS = frozenset(
    (
        "info", "warn", "warning", "error", "err", "debug", "trace", "fatal", "critical",
        "notice", "alert", "emerg", "fail", "failed", "pass", "passed", "ok", "done", "sys",
        "system", "cron", "server", "client", "app", "main",
    )
)  # fmt: skip
# Threads name at least this many authors.
MIN_AUTHORS = 2


def _author_word(word: str) -> bool:
    """A handle, not a word: not an English word, a system account or a Hangul common noun."""
    from testimony.anonymize import korean
    from testimony.anonymize.abbreviated import _ROLE_ADDRESSES, _SYSTEM_USERS
    from testimony.anonymize.english import ENGLISH_WORDS
    from testimony.anonymize.names import contains_hangul

    lower = word.lower()
    if lower in ENGLISH_WORDS or lower in _SYSTEM_USERS or lower in _ROLE_ADDRESSES:
        return False
    if not re.search(r"[^\W\d_]", word):
        return False  # "0412-001 | 2023.04.12 09:00": a log's numbers
    if re.fullmatch(r"[a-z]{5,}bot|.+[-_.]bot", lower):
        return False  # "trackerbot", "ci-bot": a program posting to the chat, not "talbot"
    return not (contains_hangul(word) and korean.is_common_noun(word))


def thread_authors(folded: str) -> Iterable[tuple[int, int, str]]:
    """The authors of a thread's comments and activity (above), and the same handles wherever
    the thread writes them."""
    from testimony.anonymize.abbreviated import _login_shaped, handle_mentions
    from testimony.anonymize.detect.words import REASON_THREAD_AUTHOR

    if not any(
        mark in folded for mark in ("|", " commented", " changed the title", "💬", "↳", "[", "<")
    ):
        return
    names: set[str] = set()
    for match in _COMMENT_RE.finditer(folded):
        if _author_word(match.group("handle")):
            names.add(match.group("handle"))
        inner = match.group("inner")
        if inner and re.fullmatch(r"[A-Za-z][\w.]{2,23}", inner) and _login_shaped(inner):
            names.add(inner)  # 시베리아곰 (sibir_bear): the login beside the café name
    names |= {
        match.group("login")
        for match in _ACTIVITY_RE.finditer(folded)
        if _author_word(match.group("login"))
    }
    names |= {
        match.group("handle")
        for match in _BUBBLE_RE.finditer(folded)
        if _author_word(match.group("handle"))
    }
    names |= {
        match.group("handle")
        for match in _LOG_AUTHOR_RE.finditer(folded)
        if _author_word(match.group("handle")) and match.group("handle").lower() not in _LOG_LEVELS
    }
    names |= {
        match.group("handle")
        for match in _LOG_SPEAKER_RE.finditer(folded)
        if _two_part_login(match.group("handle"))
    }
    names |= {
        match.group("handle")
        for match in _WIKI_EDITOR_RE.finditer(folded)
        if _author_word(match.group("handle"))
    }
    if len(names) < MIN_AUTHORS:
        return
    yield from handle_mentions(folded, names, REASON_THREAD_AUTHOR)


# A data export's fields naming who did something or who spoke: JSON's or a YAML's key and its
# quoted value ("corrected_by": "yhan", "speaker_label": "Hwangbo Chol").
_PERSON_KEYS = (
    r"(?:corrected|reviewed|created|edited|modified|updated|approved|checked|translated|"
    r"transcribed|assigned|submitted|entered|recorded)_?by|author|reviewer|editor|translator|"
    r"transcriber|interviewer|assignee|reporter|speaker|speaker_?label|speaker_?name|username"
)
_PERSON_FIELD_RE = re.compile(
    rf"[\"']?(?i:{_PERSON_KEYS})[\"']?[ \t]*:[ \t]*[\"']"
    r"(?P<value>[A-Za-z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}|[a-z][a-z0-9._-]{2,30}|[가-힣]{2,4})"
    r"[\"']"
)
# Values of such fields that name no one: a program, a role, a placeholder.
_NOT_PEOPLE = frozenset(
    {"system", "admin", "bot", "auto", "automatic", "unknown", "none", "null", "asr", "whisper"}
)


def field_people(folded: str) -> Iterable[tuple[int, int, str]]:
    """Who a data export says did something or spoke, in its fields (above): a login, a name in
    Latin letters or in Hangul, and the same wherever else the export writes it; never an
    English word, a role, an organisation's or a place's words, a program or a placeholder
    (SPEAKER_00 has capitals and digits; "Seoul office" is a desk)."""
    from testimony.anonymize.abbreviated import handle_mentions
    from testimony.anonymize.context_names import ROLE_NOUNS
    from testimony.anonymize.detect.words import _ORG_WORDS, _PLACES, REASON_SPEAKER, REASON_STAFF
    from testimony.anonymize.english import ENGLISH_WORDS

    if ":" not in folded:
        return
    speakers, staff = set(), set()
    for match in _PERSON_FIELD_RE.finditer(folded):
        value = match.group("value")
        words = re.split(r"[ -]", value.lower())
        if value.lower() in _NOT_PEOPLE or any(
            word in ENGLISH_WORDS or word in ROLE_NOUNS or word in _ORG_WORDS or word in _PLACES
            for word in words
        ):
            continue
        (speakers if "speaker" in match.group().lower() else staff).add(value)
    yield from handle_mentions(folded, speakers, REASON_SPEAKER)
    yield from handle_mentions(folded, staff - speakers, REASON_STAFF)
