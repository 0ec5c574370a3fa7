"""The reasons an item is listed, marked for translation (locale/ holds their Korean)."""

from django.utils.translation import gettext_noop

# Marked for translation; the page translates them when it shows them.
REASON_ROMANIZED = gettext_noop("capitalised word made of romanized Korean syllables")
REASON_AFTER_TITLE = gettext_noop("capitalised word after a title or 'named'")
REASON_SURNAME_FIRST = gettext_noop("Korean surname at the start of a sentence")
REASON_GIVEN_FIRST = gettext_noop("hyphenated romanized given name at the start of a sentence")
REASON_CAPITALISED = gettext_noop("capitalised word inside a sentence")
REASON_UNKNOWN_FIRST = gettext_noop(
    "capitalised word at the start of a sentence, not a common word"
)
REASON_HANGUL = gettext_noop("Korean word that may be a name")
REASON_HANGUL_LIST = gettext_noop("Korean word in a list that holds a name")
REASON_HANGUL_REPEAT = gettext_noop("another mention of a Korean word listed as a possible name")
REASON_RECOGNISER = gettext_noop("the statistical recogniser scored it as a possible name")
_HANGUL_REASONS = {
    "proper": gettext_noop("proper noun (Korean analyser)"),
    "unknown": gettext_noop("word the Korean analyser does not know"),
    "name-shaped": gettext_noop("surname syllable and a given name (Korean analyser)"),
    "surname": gettext_noop("surname before an honorific or title"),
    "syllables apart": gettext_noop("syllables the Korean analyser reads apart"),
}
REASON_INITIALS = gettext_noop("Korean initials")
REASON_BEFORE_ADDRESS = gettext_noop(
    "unusual Korean word before a word of address (할머니 or 아저씨)"
)
REASON_FOREIGN_SCRIPT = gettext_noop("word in Cyrillic or Chinese characters")
REASON_ARABIC_SCRIPT = gettext_noop("word in Arabic script")
REASON_KNOWN_SURNAME = gettext_noop(
    "surname of a registered person alone, before a particle, opening a sentence"
)
REASON_NAMED_SURNAME = gettext_noop("surname of a name found in this text, alone as a person")
REASON_NAME_UNKNOWN = gettext_noop("word the text says the rest of a name of is unknown")
REASON_SURNAME_LABEL = gettext_noop("Korean surname alone as the label of a line or a remark")
REASON_SURNAME_APART = gettext_noop(
    "Korean surname alone in a table cell, in brackets or signing a line"
)
REASON_HANDLE = gettext_noop("romanized Korean name inside a user name or a file name")
REASON_LATIN_INITIALS = gettext_noop(
    "initials signing a line or a task, or written with full stops"
)
REASON_SHARED_PUBLIC_NAME = gettext_noop(
    "a public figure's name that the text gives to a person it introduces"
)
REASON_CHAT_SPEAKER = gettext_noop("speaker of a chat, written in small letters")
REASON_GLOSS = gettext_noop("Korean for a word listed or proposed as a name")
REASON_SURNAME_GA = gettext_noop("Korean surname with the suffix 가 (최가: 'that Choe')")
REASON_SYLLABLE_SSI = gettext_noop(
    "one syllable alone before 씨, as a short name is called (란 씨)"
)
REASON_WORD_ALIAS = gettext_noop(
    "a registered alias that is also a common word: here in small letters"
)
REASON_WORD_ALIAS_HANGUL = gettext_noop(
    "a registered alias that is also a common word: here as the word ('진짜 곰', '여우 같은')"
)
