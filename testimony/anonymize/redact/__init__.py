"""Registered names found in any spelling and replaced by pseudonyms; public names left alone.

`NameMatcher` is built once per registry and then scans any number of texts. It does not try a
regular expression per spelling: with 10,000 persons that is millions of alternatives. It
tokenizes the text instead and looks each run of one to four tokens up in a dictionary of
given-name spellings (joined: "Myong Chol", "Myong-chol" and "Myongchol" are one key), then
checks the neighbouring token against the person's surname spellings. The cost per text grows
with the length of the text, hardly with the registry.

Decisions a reviewer should know:
- Every mention of a registered person counts: full name, surname alone, given name alone (one
  syllable too), dotted initials and aliases, in both scripts. The rules for the parts of a
  name standing alone are in `NameMatcher`'s docstring. When several registered persons share a
  surname it is still redacted, with "[name withheld]" and both pseudonyms in the reason: a
  wrong pseudonym would conflate two people in a petition, a missed surname could expose one.
- An alias registered with a capital that is also an ordinary word ("Bear", "Goggles"; "Kang",
  spelled "gang") is proposed where it keeps its capital; in small letters it is most likely
  the word ("a bear came into the tent"), so it is not replaced but listed for the reviewer
  (`unresolved`, `names.word_alias_spellings`). Inside an e-mail address or a handle it is
  proposed; so is an alias registered in small letters (a handle as typed).
- Matching runs on a folded copy of the text (fullwidth letters, compatibility forms, invisible
  format characters; `folding.py`); spans are mapped back onto the original characters.
- The full names the detector finds are known for the rest of the same text: their surname
  and given name alone are proposed too, as "[name withheld]".
- A registered given name right after another known surname ("Pak Myong-chol" when only
  "Rim Myong-chol" is registered) is probably another person: the whole name is redacted as
  "[name withheld]" rather than given the registered person's pseudonym.
- Public figures are kept by full name only, spelled as listed (no spelling alternations, so a
  witness's near-identical name is not swallowed). On the very same stretch of text a public
  figure wins over a registered person. Leadership titles (Marshal, General, Chairman,
  Supreme Leader) do not make "Kim" a registered mention.
- A name followed by a capitalised place or organisation word (University, Square, Factory ...)
  is a place, not a person; so is a single-word place name (Ryongsong, Kimchaek) that happens to
  equal a registered given name.
- Spans cover the name only: particles, honorifics and titles stay outside them. The text is
  then fitted to the replacement (fit.py): 림일은 -> "Witness A는", "Mr. Rim" -> "Witness A".
"""

from testimony.anonymize.redact.matcher import NameMatcher
from testimony.anonymize.redact.merge import apply_spans
from testimony.anonymize.redact.patterns import fold_for_matching
from testimony.anonymize.redact.pipeline import anonymize
from testimony.anonymize.redact.registry import assign_pseudonyms, letters
from testimony.anonymize.redact.vocabulary import (
    AMBIGUOUS_REPLACEMENT,
    DEFAULT_PUBLIC_FIGURES,
    HANGUL_PLACE_NAMES,
    HANGUL_PLACE_SUFFIXES,
    PLACE_NAMES,
    PLACE_SUFFIXES,
)

__all__ = [
    "AMBIGUOUS_REPLACEMENT",
    "DEFAULT_PUBLIC_FIGURES",
    "HANGUL_PLACE_NAMES",
    "HANGUL_PLACE_SUFFIXES",
    "PLACE_NAMES",
    "PLACE_SUFFIXES",
    "NameMatcher",
    "anonymize",
    "apply_spans",
    "assign_pseudonyms",
    "fold_for_matching",
    "letters",
]
