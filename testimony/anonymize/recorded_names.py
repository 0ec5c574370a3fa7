"""Names of recorded persons in a text that no redaction review reads: a petition's title,
summary, contact and confidentiality request, which the cover letter prints as the coordinator
typed them.

The text is cut into the stretches that may be a full name (two or three Latin words, a Hangul
word of three syllables or more with its particle taken off, two Hangul words), and each is
looked up in the blind index (`PersonNameIndex`) by its keyed digest, as the review looks up a
name found in a narrative: a hit is a person registered in some testimony of the collection,
whichever it is, and no name is decrypted to find it. A public figure's name is no hit. A
surname or a nickname alone is not looked up: one word is too often an ordinary word (a
nickname "Bear" is indexed too).
"""

from __future__ import annotations

import re

from testimony.anonymize.detect import DEFAULT_PUBLIC_FIGURES
from testimony.anonymize.folding import fold_text
from testimony.crypto import blind_index, normalize_name

# A word: letters, with hyphens or apostrophes inside ("Chol-su", "O'Brien").
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_GAP_RE = re.compile(r"[ \t\u00a0]+")
_HANGUL_RE = re.compile(r"[가-힣]+")
_POSSESSIVE_RE = re.compile(r"['’]s$")
_LOOKUP_CHUNK = 500


def _stretches(text: str) -> list[str]:
    """Every stretch of `text` that may be a full name, as written."""
    words = list(_WORD_RE.finditer(text))
    found: list[str] = []
    for first, word in enumerate(words):
        hangul = bool(_HANGUL_RE.fullmatch(word.group()))
        if hangul:
            # 김철수는, 김철수가: the name with its particle, and without one or two syllables.
            for cut in range(3):
                stem = word.group()[: len(word.group()) - cut]
                if len(stem) >= 3:
                    found.append(stem)
        for length in (2, 3):
            last = first + length - 1
            if last >= len(words):
                break
            gaps = [text[words[i].end() : words[i + 1].start()] for i in range(first, last)]
            if not all(_GAP_RE.fullmatch(gap) for gap in gaps):
                break
            scripts = {bool(_HANGUL_RE.fullmatch(w.group())) for w in words[first : last + 1]}
            if len(scripts) > 1:
                break
            stretch = text[word.start() : words[last].end()]
            found.append(stretch)
            if _POSSESSIVE_RE.search(stretch):
                found.append(_POSSESSIVE_RE.sub("", stretch))  # "Rim Myong-chol's"
    return found


def recorded_names(text: str, public_figures: list[str] = ()) -> list[str]:
    """The stretches of `text` that are the name of a person recorded in a testimony, as
    written, each once, in order."""
    from testimony.models import PersonNameIndex  # the models import this module's package

    if not text or not text.strip():
        return []
    folded = fold_text(text).text
    public = {normalize_name(name) for name in (*DEFAULT_PUBLIC_FIGURES, *public_figures) if name}
    by_digest: dict[str, list[str]] = {}
    for stretch in _stretches(folded):
        key = normalize_name(stretch)
        if key and key not in public:
            by_digest.setdefault(blind_index(key), []).append(stretch)
    digests = sorted(by_digest)
    hits: set[str] = set()
    for start in range(0, len(digests), _LOOKUP_CHUNK):
        hits.update(
            PersonNameIndex.objects.filter(
                digest__in=digests[start : start + _LOOKUP_CHUNK]
            ).values_list("digest", flat=True)
        )
    named: list[str] = []
    for digest in digests:
        if digest in hits:
            named.extend(s for s in by_digest[digest] if s not in named)
    order = {stretch: folded.find(stretch) for stretch in named}
    return sorted(named, key=lambda stretch: order[stretch])


def recorded_names_by_field(texts: dict[str, str]) -> dict[str, list[str]]:
    """`recorded_names` of each text (by field name), the active public figures read once;
    only the fields that write a name."""
    from testimony.anonymize.review import public_figure_spellings

    figures = public_figure_spellings()
    found = {name: recorded_names(text, figures) for name, text in texts.items()}
    return {name: names for name, names in found.items() if names}
