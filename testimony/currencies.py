"""The currencies wages are paid in, with the names witnesses and staff write them under.

A wage currency is stored as its ISO 4217 code; what is typed may be the code, a sign or a
local name in Korean, English, Russian, Chinese or Arabic: "달러", "dollars", "$" are USD,
"위안", "元", "yuan" CNY, "루블", "рубль" RUB. Matching folds case, width (fullwidth letters),
spaces and a trailing plural, so a list of spellings per currency is enough.
"""

import unicodedata
from typing import NamedTuple

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Currency(NamedTuple):
    code: str
    name: str  # English
    name_ko: str
    synonyms: tuple[str, ...]  # further spellings, each matched after folding


# The workers' host countries, the currencies their wages were promised or paid in, and the
# won of both Koreas (wages "sent home" are often stated in North Korean won).
CURRENCIES: tuple[Currency, ...] = (
    Currency(
        "USD",
        "US dollar",
        "미국 달러",
        ("$", "US$", "달러", "달러화", "딸라", "불", "미화", "dollar", "usdollar", "доллар"),
    ),
    Currency("EUR", "euro", "유로", ("€", "유로화", "euro", "evro", "евро")),
    Currency(
        "CNY",
        "Chinese yuan",
        "중국 위안",
        ("위안", "인민폐", "元", "人民币", "yuan", "rmb", "renminbi", "¥"),
    ),
    Currency(
        "RUB",
        "Russian rouble",
        "러시아 루블",
        ("루블", "로블", "₽", "рубль", "рублей", "рубля", "руб", "rouble", "ruble"),
    ),
    Currency(
        "KWD", "Kuwaiti dinar", "쿠웨이트 디나르", ("디나르", "dinar", "kuwaitidinar", "دينار")
    ),
    Currency("QAR", "Qatari riyal", "카타르 리얄", ("카타르리얄", "qatariryal", "qataririal")),
    Currency("AED", "UAE dirham", "아랍에미리트 디르함", ("디르함", "dirham", "درهم")),
    Currency("SAR", "Saudi riyal", "사우디 리얄", ("사우디리얄", "saudiriyal")),
    Currency("OMR", "Omani rial", "오만 리알", ("오만리알", "omanirial")),
    Currency("PLN", "Polish zloty", "폴란드 즈워티", ("즈워티", "złoty", "zloty", "złotych", "zł")),
    Currency(
        "MNT", "Mongolian tögrög", "몽골 투그릭", ("투그릭", "tugrik", "tögrög", "togrog", "төгрөг")
    ),
    Currency("MMK", "Myanmar kyat", "미얀마 짯", ("짯", "차트", "kyat")),
    Currency("VND", "Vietnamese dong", "베트남 동", ("동", "dong", "đồng")),
    Currency("LAK", "Lao kip", "라오스 킵", ("킵", "kip")),
    Currency("KHR", "Cambodian riel", "캄보디아 리엘", ("리엘", "riel")),
    Currency("MYR", "Malaysian ringgit", "말레이시아 링깃", ("링깃", "ringgit")),
    Currency("DZD", "Algerian dinar", "알제리 디나르", ("알제리디나르", "algeriandinar")),
    Currency("LYD", "Libyan dinar", "리비아 디나르", ("리비아디나르", "libyandinar")),
    Currency("AOA", "Angolan kwanza", "앙골라 콴자", ("콴자", "kwanza")),
    Currency("NGN", "Nigerian naira", "나이지리아 나이라", ("나이라", "naira")),
    Currency("SGD", "Singapore dollar", "싱가포르 달러", ("싱가포르달러", "singaporedollar")),
    Currency("JPY", "Japanese yen", "일본 엔", ("엔", "엔화", "円", "yen")),
    Currency("KPW", "North Korean won", "북한 원", ("북한돈", "조선원", "northkoreanwon")),
    Currency("KRW", "South Korean won", "한국 원", ("남한원", "₩", "southkoreanwon")),
)

_PLURAL_SUFFIXES = ("s",)

# Names two currencies share: the form asks which one rather than guess.
AMBIGUOUS = {
    "원": ("KPW", "KRW"),
    "won": ("KPW", "KRW"),
    "원화": ("KPW", "KRW"),
    "리얄": ("QAR", "SAR"),
    "riyal": ("QAR", "SAR"),
    "rial": ("OMR", "QAR"),
}


def _fold(text: str) -> str:
    """Lower case, compatibility forms (fullwidth, compatibility Hangul) folded, accents,
    spaces, dots and hyphens dropped: "U.S. Dollars" -> "usdollars"."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    kept = [
        char
        for char in decomposed
        if not unicodedata.combining(char)
        and not char.isspace()
        and char not in ".-_'’"
        and unicodedata.category(char) != "Cf"
    ]
    return unicodedata.normalize("NFC", "".join(kept)).casefold()


def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for currency in CURRENCIES:
        for spelling in (currency.code, currency.name, currency.name_ko, *currency.synonyms):
            table.setdefault(_fold(spelling), currency.code)
    return table


_LOOKUP = _lookup()
CODES = frozenset(currency.code for currency in CURRENCIES)


def currency_code(text: str) -> str | None:
    """The ISO code that `text` names, or None: "달러" -> "USD", "Dollars" -> "USD",
    fullwidth "CNY" -> "CNY". A three-letter code outside the list is taken as written (any ISO 4217
    code is valid data); anything else unknown is None."""
    folded = _fold(text or "")
    if not folded or ambiguous_codes(text):
        return None
    if folded in _LOOKUP:
        return _LOOKUP[folded]
    for suffix in _PLURAL_SUFFIXES:
        if folded.endswith(suffix) and folded[: -len(suffix)] in _LOOKUP:
            return _LOOKUP[folded[: -len(suffix)]]
    if len(folded) == 3 and folded.isascii() and folded.isalpha():
        return folded.upper()
    return None


def ambiguous_codes(text: str) -> tuple[str, ...]:
    """The codes a name could mean when it names more than one currency ("원": KPW or KRW)."""
    folded = _fold(text or "")
    return AMBIGUOUS.get(folded) or AMBIGUOUS.get(folded.removesuffix("s"), ())


def currency_label(code: str) -> str:
    """ "USD" -> "USD (US dollar)", in Korean "USD (미국 달러)"."""
    for currency in CURRENCIES:
        if currency.code == code:
            name = currency.name_ko if get_language() == "ko" else currency.name
            return f"{code} ({name})"
    return code


def currency_choices_hint() -> str:
    return str(
        _(
            "Type a code (USD, CNY, RUB, KWD, KPW) or a name: 달러, dollar, $, 위안, 元, 루블, "
            "рубль, 디나르 ..."
        )
    )
