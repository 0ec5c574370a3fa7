"""Every remaining word that may be a name, for a reviewer who keeps or redacts each one.

The finders (registered names, `detect/`) propose only what they are fairly sure of. The
review must not depend on their recall, so this module lists, beside their proposals, every
token that still looks like a name - generously, since a human clicks each one - and approval
is refused until each is kept or redacted (`review.py`). Listed:

- a capitalised Latin word inside a sentence, unless it is written with a capital in English
  anyway (months, nationalities: CAPITALISED_ENGLISH) or is a common English word
  (ENGLISH_WORDS) that is not also a Korean surname ("told So", "with Gang", "Souksavanh");
  capitalised neighbours are joined into one item ("Pak Song Il");
- a capitalised word right after a title or an introduction ("Mr. Smith", "surnamed Do");
- at the start of a sentence, a line, a table cell or a quotation: a Korean surname ("Bang
  and Moon slept"; not So, Do, An..., which open English sentences), a hyphenated romanized
  given name, or any word that is neither a common English word nor written in small letters
  elsewhere in the text ("Marlon said", a sign-off "Saraa", a speaker "Okello:");
- capitalised Cyrillic words (Виктор Ким) and words of two to four Chinese characters (陈晓燕)
  that are not known places or dates;
- Hangul: every word stem Kiwi reads as a proper noun or does not know (before a particle or
  nothing: 박반..., 방대길(동료)), a name-shaped stem before a particle, syllables Kiwi reads
  apart before an honorific, in a list or after a role word (선원 부디와), a surname called or
  quoted (옥아, "안이"), the bare words of a comma list that holds a name (명옥, 순금, 혜영은),
  every other mention of a listed name (조금철과), and initials in jamo (ㅅㅎㅅ).

Not listed: what a proposal or a kept range already covers, public figures by full name,
places (`redact.vocabulary`, the provinces of `risk.PLACES_BY_PROVINCE` but not its counties,
the work countries and cities below, and the vocabularies passed in: country and province
names), organisations (a run of capitalised words holding an organisation word, or after
"Ministry of"; Hangul names ending in 건설, 무역, 회사...), ships and units (a run followed
by a number), headers in capitals, and the stoplists below. Tokens are found on the folded
copy of the text (`folding.fold_text`: fullwidth letters, zero-width characters) and their
offsets mapped back to the original.
"""

import bisect
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from django.utils.translation import gettext_noop

from testimony.anonymize import informal, names
from testimony.anonymize.detect import DEFAULT_PUBLIC_FIGURES as DETECTOR_PUBLIC_FIGURES
from testimony.anonymize.detect import fold as without_diacritics
from testimony.anonymize.folding import fold_text
from testimony.anonymize.redact.vocabulary import (
    DEFAULT_PUBLIC_FIGURES,
    HANGUL_PLACE_NAMES,
    PLACE_NAMES,
    PLACE_SUFFIXES,
)
from testimony.anonymize.risk import PLACES_BY_PROVINCE


@dataclass(frozen=True)
class Unresolved:
    """A stretch [start, end) of the original text that may be a name, and why it is listed."""

    start: int
    end: int
    text: str
    reason: str


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
REASON_FOREIGN_SCRIPT = gettext_noop("word in Cyrillic or Chinese characters")
REASON_ARABIC_SCRIPT = gettext_noop("word in Arabic script")
REASON_KNOWN_SURNAME = gettext_noop(
    "surname of a registered person alone, before a particle, opening a sentence"
)
REASON_NAMED_SURNAME = gettext_noop("surname of a name found in this text, alone as a person")
REASON_NAME_UNKNOWN = gettext_noop("word the text says the rest of a name of is unknown")
REASON_SURNAME_LABEL = gettext_noop("Korean surname alone as the label of a line or a remark")
REASON_SHARED_PUBLIC_NAME = gettext_noop(
    "a public figure's name that the text gives to a person it introduces"
)
REASON_CHAT_SPEAKER = gettext_noop("speaker of a chat, written in small letters")
REASON_GLOSS = gettext_noop("Korean for a word listed or proposed as a name")
REASON_SURNAME_GA = gettext_noop("Korean surname with the suffix 가 (최가: 'that Choe')")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words written with a capital in English wherever they stand: a capitalised one mid-sentence
# is not listed. Months and days, nationalities and languages, the leadership and the Party.
CAPITALISED_ENGLISH = _words(
    """
    i god lord sir madam mister comrade leader great dear supreme respected marshal
    january february march april may june july august september october november december
    feb mar apr jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    north south east west northern southern eastern western
    korean koreans korea russian russians chinese kuwaiti qatari mongolian mongolians arab
    arabic american americans japanese polish malaysian burmese emirati soviet english british
    european asian african european lao laotian thai vietnamese cambodian filipino filipina
    indonesian indian nepali nepalese bangladeshi pakistani uzbek tajik kazakh kyrgyz buryat
    yakut tatar ukrainian belarusian georgian turkish iranian iraqi saudi omani angolan
    nigerian ugandan sudanese tanzanian ethiopian ghanaian senegalese congolese guinean
    equatorial portuguese spanish french german italian dutch latin hangul hanja cyrillic
    egyptian orthodox catholic protestant namibian zambian kenyan cuban syrian emirati
    mr mrs ms dr prof st mt general lebanese poles pole kims maltese greek czech slovak
    hungarian romanian bulgarian serbian croatian israeli jordanian libyan algerian
    christian christians buddhist buddhism muslim islam bible church christmas easter
    juche songun chollima kimilsungism party workers worker labour labor state central
    committee people's
    """
)

# Common English words: one of these at the start of a sentence, a line or a table cell is
# not listed unless it is also a Korean surname ("Moon said", "Song and I"); mid-sentence,
# where English writes them in small letters, it is skipped too unless it is a surname
# ("So told me", "with Gang"). Written by hand from general English, not from the evaluation
# texts; a word left off costs the reviewer one click.
ENGLISH_WORDS = CAPITALISED_ENGLISH | _words(
    """
    a an and as at but by do for from go he her him his i if in is it its me my no not of on
    one or our she so the their them then they this to up us we who with you your yes
    also after all any before each every here how once only since some still that there these
    those though what when where which while why until again even just later during
    hello amen man men one ten time team camp ring dollar dollars yuan won euro euros sea
    about above across against along among around because behind below beneath beside
    besides between beyond despite down except inside instead into like near next off onto
    out outside over past per through throughout toward towards under underneath unlike upon
    via within without although unless whether whereas otherwise however therefore thus hence
    meanwhile moreover furthermore nevertheless nonetheless anyway besides indeed perhaps maybe
    yes yeah no nope okay oh ah well now today tonight yesterday tomorrow soon often always
    never sometimes usually sometimes rarely seldom already almost nearly quite very too
    rather really simply only first second third fourth fifth last finally eventually
    suddenly later earlier afterwards afterward there here everywhere nowhere somewhere
    everyone everybody everything someone somebody something anyone anybody anything nobody
    nothing none both either neither few many much more most less least several such other
    others another same own each all half whole
    am are was were be been being have has had having do does did done doing will would
    shall should can could may might must need ought let let's i'm i've i'd i'll we're we've
    we'd we'll you're you've you'd they're they've they'd he's she's it's that's there's
    what's who's don't didn't doesn't can't couldn't won't wouldn't isn't wasn't weren't
    aren't haven't hasn't hadn't shouldn't
    my mine yours his hers ours theirs myself yourself himself herself itself ourselves
    themselves
    say said says tell told ask asked answer answered go went gone come came get got give
    gave take took make made know knew think thought see saw look looked want wanted work
    worked live lived leave left stay stayed keep kept begin began start started stop stopped
    try tried use used find found feel felt bring brought send sent pay paid eat ate sleep
    slept call called move moved return returned arrive arrived hear heard meet met run ran
    write wrote read sit sat stand stood wait waited help helped beat hit lose lost die died
    remember remembered forget forgot believe believed hope hoped escape escaped cross crossed
    note notes see summary comment comments question questions answer answers q a re fw fwd
    name names role roles site sites place places date dates age sex gender country city
    province county town village address phone email witness witnesses interviewer
    interviewee interpreter translator translation transcript record records statement
    statements testimony testimonies page paragraph para line section part chapter item
    items list table total number no subject from to cc sent regards best thanks thank
    sincerely cheers dear hi hello greetings signed signature attached attachment source
    sources reviewer review editor editor's background context employer employment
    occupation job jobs family father mother brother sister son daughter wife husband child
    children uncle aunt cousin friend friends boss bosses supervisor manager worker workers
    colleague colleagues driver drivers cook cooks guard guards police soldier soldiers
    doctor doctors nurse nurses engineer engineers captain crew sailor sailors fisherman
    fishermen farmer farmers teacher student students
    patient patients customer customers people person persons woman women men boy boys girl
    girls baby everyone
    day days night nights week weeks month months year years morning evening afternoon
    winter summer spring autumn fall season hours hour minute minutes
    food rice water money wages wage salary salaries pay debt passport passports visa
    contract contracts papers documents phone phones letter letters
    house home room rooms dormitory dormitories building buildings factory factories plant
    mine mines farm farms ship ships boat boats vessel port ports road roads border river
    mountain forest field fields office hospital clinic school church prison camp camps
    container containers wagon wagons train trains bus car truck van plane airport station
    construction building logging fishing sewing cooking cleaning work working labour
    punishment punishments beating beatings injury injuries illness health safety rest
    escape arrival departure travel trip journey return
    good bad old new young big small little long short high low hot cold hard easy free
    true false right wrong sure able alone together early late full empty best worst better
    worse first last next previous final main other whole same different every such
    two three four five six seven eight nine eleven twelve twenty thirty hundred thousand
    million once twice
    because since so yet nor or and but if though although while whereas
    according regarding concerning including following given considering
    please sorry thanks okay ok
    remark remarks complain complained translated translation redact redacted interview
    interviews case cases file files whoever whatever whichever wherever whenever checklist
    check flag flagged made owned born
    cross group groups present absent chat log logs staff brigade academic intake paste
    pasted extract extracted forward forwarded foreman minder minders forty fifty sixty
    seventy eighty ninety organisation organisations organization organizations message
    messages reporter report reports original copy draft final version excerpt excerpts
    elsewhere posting mention corroboration corroborate write written pause confirm co
    follow activist quote internal external reference volunteer word export import
    """
)

# Korean surnames that also open many English sentences ("So we left", "Do you..."): listed
# mid-sentence only.
SENTENCE_STARTERS = _words("i o u in an so no do to go ok un yo won")

# Acronyms, compared in capitals only: "UN sanctions", "a SIM card" (a name typed in capitals,
# "PAK", is still listed).
ACRONYMS = _words("UN SIM NGO ILO USD ID TV OK DPRK ROK USA UAE EU KPA NK PC PDF IT SMS")

# Where the witnesses were sent, and their cities: capitalised, often Korean-looking
# ("Tynda", "Doha"), never a person. The country names themselves come from the Country
# vocabulary, passed in.
FOREIGN_PLACES = _words(
    """
    kuwait qatar doha dubai abu dhabi oman muscat vladivostok tynda khabarovsk amur moscow
    novosibirsk sakhalin primorye yakutsk chita irkutsk tomsk omsk siberia russia china dandong
    shenyang yanji hunchun tumen beijing shanghai qingdao ulaanbaatar yangon myanmar burma
    japan korea mongolia malaysia poland gdansk laos cambodia vietnam hanoi africa angola
    senegal libya hong kong macau taiwan seoul busan pusan incheon daegu gwangju ulsan jeju
    hanawon gdynia malta nepal nepali dalian sierra leone jilin liaoning heilongjiang
    kunming bangkok thailand vientiane phnom penh zhoushan ningbo nakhodka ussuriysk
    saint petersburg st domodedovo sheremetyevo warsaw naypyidaw kampala uganda tanzania dar
    es salaam windhoek namibia dakar luanda malabo guinea equatorial addis ababa ethiopia
    uruguay ulan ude ulan-ude erdenet darkhan lusail jahra salmiya kuwait wakrah khor
    yantai weihai dandong donggang hunchun shenzhen guangzhou harbin krai oblast
    montevideo uruguay las palmas port louis mauritius fiji
    krasnoyarsk kazan sochi astrakhan kaliningrad rostov magadan kamchatka nigeria congo
    equatorial benin mali zimbabwe mozambique botswana madagascar egypt algeria syria iran
    singapore indonesia philippines bangladesh pakistan india uzbekistan kazakhstan
    kyrgyzstan tajikistan turkmenistan ukraine belarus czech germany austria romania
    bulgaria cuba brazil peru chile kenya ghana zambia sudan
    """
)
# The same places in Hangul, and the seas: 쿠웨이트시, 단둥의, 동해와.
FOREIGN_PLACES_HANGUL = _words(
    """
    쿠웨이트 카타르 도하 두바이 아부다비 오만 블라디보스토크 틴다 하바롭스크 아무르 모스크바
    노보시비르스크 사할린 연해주 시베리아 러시아 중국 단둥 심양 선양 연길 옌지 훈춘 도문 투먼
    베이징 북경 상해 상하이 청도 칭다오 대련 다롄 울란바토르 몽골 양곤 미얀마 버마 일본
    말레이시아 폴란드 라오스 캄보디아 프놈펜 베트남 하노이 아프리카 앙골라 세네갈 리비아 홍콩
    마카오 대만 몰타 네팔 유엔 동해 서해 남해 하나원 그단스크 톰스크 루사일 야쿠츠크 다르항
    네피도 저우산 자흐라 루안다 닝보 이르쿠츠크 랴오닝 랴오닝성 지린성 길림성 적도기니 두만강
    압록강 인도네시아 필리핀 태국 방콕 우즈베키스탄 카자흐스탄 이집트 나이지리아 우간다
    탄자니아 나미비아 세네갈 쿠웨이트시티 영어 중국어 러시아어 조선어 한국어 조선족 고려인
    """
)
# Where the witnesses were sent, in Cyrillic (lowercase, without the diaeresis) and in
# Chinese characters.
CYRILLIC_PLACES = _words(
    """
    россия москва владивосток хабаровск тында амур амурская находка уссурийск новосибирск
    иркутск томск омск якутск чита улан-удэ бурятия сахалин приморье приморский край
    область санкт-петербург казань красноярск магадан камчатка сибирь китай корея кндр
    монголия улан-батор северная южная россии москве
    """
)
HAN_PLACES = _words(
    """
    中国 中國 朝鲜 朝鮮 韩国 韓國 丹东 丹東 沈阳 瀋陽 延吉 珲春 琿春 图们 圖們 北京 上海 青岛 青島
    大连 大連 宁波 寧波 舟山 威海 烟台 煙台 东港 東港 吉林 辽宁 遼寧 黑龙江 平壤 新义州 新義州
    俄罗斯 蒙古 日本 香港 澳门 澳門 台湾 臺灣 长白 長白 鸭绿江 鴨綠江 图们江 圖們江 平安北道
    """
)
# Characters of dates, sexes, administrative units and companies: a run holding one is no name.
_HAN_NOT_NAMES = frozenset(
    "年月日生男女市省县縣区區镇鎮村路街厂廠公司有限集团團工场場店社会會部局所院校"
)
_CYRILLIC_RE = re.compile(
    r"[А-ЯЁ][а-яёА-ЯЁ]+(?:-[А-ЯЁа-яё]+)*(?:[ \t]+[А-ЯЁ][а-яёА-ЯЁ]+(?:-[А-ЯЁа-яё]+)*)*"
)
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Up to four words in Arabic script: in a Korean or English testimony, a name or a company.
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]+(?:[ \t]+[\u0600-\u06ff]+){0,3}")
# A one-syllable surname opening a sentence or a line, with a particle: 고는 (제가) 그때 ...
_SURNAME_OPENING_RE = re.compile(
    r"(?:^|(?<=[\n.!?\"'“”‘’「」(]))[ \t]*([가-힣])"
    r"(?:은|는|이|가|을|를|의|도|와|과|한테|에게)(?![가-힣])",
    re.MULTILINE,
)

# Ordinary words Kiwi reads as a surname before an honorific: 손님 (guest) is 손 + 님.
# and the words of overseas labour Kiwi does not know: 충성자금 (loyalty funds), 계획분
# (the plan's share), 선원증 (seaman's book).
HANGUL_STOPLIST = _words("손님 남쪽 북쪽 한번 충성자금 계획분 국가계획분 선원증 취사원 작업반원")

# A capitalised word followed, within its run of capitalised words, by one of these names a
# place or an organisation: "Namgang Construction Company", "Rungrado General Trading
# Corporation". redact.vocabulary's place suffixes and the detect package's organisation words.
ORGANISATION_WORDS = PLACE_SUFFIXES | _words(
    """
    construction trading corporation company bureau ministry department co ltd inc llc bank
    office embassy consulate unit brigade center centre association committee industries
    industry agency commission council union federation division regiment battalion airlines
    shipping fisheries fishery lumber logging timber restaurant hotel mountain mountains river
    lake sea island islands university square group oblast krai federation expo
    cooperation enterprise consulate republic province region city port stadium school
    hospital clinic factory plant project academy institute league
    mill mills textile textiles rapporteur army navy
    """
)

# Romanized titles (names.TITLES_BEFORE) and introductions: the capitalised word after them
# is listed whatever its shape ("Mr. Smith", "a man named Sergei").
_INTRODUCERS = frozenset({"named", "called", "nicknamed", "surnamed", "alias", "aka"})

# Hangul nouns naming a role or a relation: the word after them is often a name (선원 부디와,
# 통역 아마라라는).
_HANGUL_ROLES = _words(
    """
    선원 통역 통역원 사장 감독 감독관 의사 간호사 관리인 동료 친구 운전사 운전기사 기사 요리사
    선장 반장 조장 작업반장 보위원 지배인 책임자 주인 노동자 여성 남성 청년 소년 소녀 언니 오빠
    형 누나 동생 이모 삼촌 고모 아들 딸 아내 남편 처 어머니 아버지 할머니 할아버지 상인 브로커
    """
)
# A comma, slash or middle-dot list of Hangul words: each element the word and what follows it.
_HANGUL_LIST_RE = re.compile(
    r"[가-힣]+(?:\([^)\n]{0,12}\))?(?:[ \t]*[,/·、][ \t]*[가-힣]+(?:\([^)\n]{0,12}\))?)+"
)
_HANGUL_ELEMENT_RE = re.compile(r"([가-힣]+)(?:\([^)\n]{0,12}\))?")
# The ends of Hangul organisation names: 남강건설, 릉라888무역회사, 만수대창작사.
_HANGUL_ORGANISATION_ENDINGS = (
    "건설",
    "무역",
    "회사",
    "공사",
    "상사",
    "기업소",
    "사업소",
    "창작사",
    "그룹",
    "은행",
    "대학",
    "대학교",
    "병원",
    "식당",
    "호텔",
    "공장",
    "위원회",
)
_JAMO_INITIALS_RE = re.compile(r"(?<![가-힣ㄱ-ㅎ])[ㄱ-ㅎ]{2,4}(?![가-힣ㄱ-ㅎ])")
_ABBREVIATED_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "st"})
_LATIN_TOKEN_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+(?:['’][A-Za-z]+)*)*")
_SENTENCE_END_RE = re.compile(r"(?:^|[.!?:;\n。…]|[.!?][\"'”’)\]])[\s\"'“‘(\[«-]*$")
_JOIN_RE = re.compile(r"[ \t]+|[ \t]*-[ \t]*")
_MAX_SYLLABLES = 3


@cache
def _place_words() -> frozenset[str]:
    # Not the ~200 counties of risk.PLACES_BY_PROVINCE: they include plausible given names
    # (Chongsu, Songchon, Taehung), and a name must never be skipped because a county shares
    # its spelling. A county costs the reviewer one click. PLACE_NAMES has the provinces.
    return frozenset({place.lower() for place in PLACE_NAMES} | FOREIGN_PLACES)


@cache
def _hangul_places() -> frozenset[str]:
    hangul = set(HANGUL_PLACE_NAMES) | FOREIGN_PLACES_HANGUL
    for spellings in PLACES_BY_PROVINCE.values():  # the provinces only: 함경북도, 량강도
        hangul.update(s for s in spellings if names.contains_hangul(s) and s.endswith("도"))
    return frozenset(hangul)


def _vocabulary_words(vocabulary: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Latin words (lowercase) and Hangul terms of the vocabulary names passed in."""
    latin: set[str] = set()
    hangul: set[str] = set()
    for term in vocabulary:
        folded = names.fold(fold_text(term).text)
        if names.contains_hangul(folded):
            hangul.update(re.findall(r"[가-힣]+", folded))
        latin.update(word.lower() for word in _LATIN_TOKEN_RE.findall(folded))
    return frozenset(latin), frozenset(hangul)


@lru_cache(maxsize=4096)
def _is_korean_syllables(token: str) -> bool:
    """Every hyphen-separated part splits into romanized Korean syllables, three at most."""
    parts = [part for part in token.lower().replace("'", "").replace("’", "").split("-") if part]
    if not parts or len(token.replace("-", "")) < 2:
        return False
    count = 0
    for part in parts:
        readings = names.syllabify(part)
        if not readings:
            return False
        count += len(readings[0])
    return count <= _MAX_SYLLABLES


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper() and token not in ACRONYMS


def _overlaps(start: int, end: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start < r_end and r_start < end for r_start, r_end in ranges)


def _public_ranges(folded: str, public_figures: Iterable[str]) -> list[tuple[int, int]]:
    """Where a public figure is named in full, in any spacing or hyphenation."""
    pattern = _public_pattern(frozenset(public_figures))
    return [match.span() for match in pattern.finditer(folded)] if pattern else []


# "a worker named Kim Jong-nam", "김정숙이라는 여자": a public figure's name given to a person
# the text introduces is that person's, who shares it.
_INTRODUCED_BEFORE_RE = re.compile(
    r"\b(?:named|called|surnamed|nicknamed|name[ \t]+(?:is|was))[ \t]+[\"'“‘]?$", re.IGNORECASE
)
_INTRODUCED_AFTER_RE = re.compile(
    r"(?:이라는|라는|이란|란|이라고[ \t]+하는)[ \t]+"
    r"(?:노동자|사람|동료|남자|여자|청년|아이|노인|친구|선원|용접공|목수|운전수|요리사|작업반장|반장)"
)


def _shared_public_names(folded: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the public figures' ranges, those a person shares: introduced as someone's name."""
    return [
        (start, end)
        for start, end in ranges
        if _INTRODUCED_BEFORE_RE.search(folded[max(0, start - 24) : start])
        or _INTRODUCED_AFTER_RE.match(folded, end)
    ]


@lru_cache(maxsize=16)
def _public_pattern(public_figures: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for every public figure, longest first (built once per list)."""
    alternatives = []
    for figure in {names.fold(name).strip() for name in public_figures if name.strip()}:
        parts = [re.escape(part) for part in re.split(r"[\s\-‐]+", figure) if part]
        if not parts:
            continue
        tail = "" if names.contains_hangul(figure) else r"\b"
        alternatives.append((len(figure), r"[\s\-‐]*".join(parts) + tail))
    if not alternatives:
        return None
    ordered = [pattern for _length, pattern in sorted(alternatives, reverse=True)]
    return re.compile("|".join(f"(?:{pattern})" for pattern in ordered), re.IGNORECASE)


def _latin_tokens(folded: str) -> list[tuple[int, int, str]]:
    tokens = []
    for match in _LATIN_TOKEN_RE.finditer(folded):
        start, end, word = match.start(), match.end(), match.group()
        if word.endswith(("'s", "’s")):
            end, word = end - 2, word[:-2]
        tokens.append((start, end, word))
    return tokens


def _position(folded: str, start: int) -> str:
    """ "start" at the start of a sentence, a line, a table cell or a quotation; "label" right
    after a colon; "mid" inside a sentence."""
    # Symbols (an emoji, a bullet, an arrow) between a sentence's end and a word do not make it
    # mid-sentence: "😀 In the third year" opens a sentence.
    before = "".join(
        " " if unicodedata.category(char).startswith("S") else char
        for char in folded[max(0, start - 12) : start]
    )
    if _SENTENCE_END_RE.search(before) and not re.search(r":[\s\"'“‘(\[«-]*$", before):
        return "start"
    if re.search(r"(?:[|/\t]|  )[\s\"'“‘(\[«-]*$", before) or re.search(
        r"[\"“‘(\[«]$|(?:^|\s)'$", before
    ):
        return "start"
    if re.search(r":[\s\"'“‘(\[«-]*$", before):
        return "label"
    return "mid"


# What follows a person opening a sentence: "An was an older man", "Do did what he was told",
# "So never ate with us", "Ok and Jo left".
_SUBJECT_VERBS = _words(
    """
    said says told tells was had did never always kept keeps took came went called beat hit
    shouted asked gave worked ate would could knew left stayed died answered laughed cried smiled
    wrote returned refused tried looked made got ran lived slept drank also still himself herself
    wanted thought showed brought paid ordered sent is and
    """
)
# After So, No and Do these open English sentences: "So did the witness", "No was the answer".
_INVERSION_WORDS = _words("was were did do does had have is are would could can will and also")


def _sentence_surname_subject(
    folded: str, tokens: list[tuple[int, int, str]], index: int, names_mid: set[str]
) -> bool:
    """Whether a surname that also opens English sentences (An, So, Do, Ok, O, U) is the
    person here: the text writes it capitalised inside a sentence elsewhere, as a name, and here
    a subject's verb follows it ("An was an older man"), or "and" and another capitalised word
    ("So and Yu shared a bunk")."""
    word = tokens[index][2]
    lower = word.lower()
    if lower == "i" or word not in names_mid or index + 1 >= len(tokens):
        return False
    start, _end, following = tokens[index + 1]
    if not re.fullmatch(r"[ \t]+", folded[tokens[index][1] : start]):
        return False
    following = following.lower()
    if following not in _SUBJECT_VERBS:
        return False
    if lower in ("so", "no", "do") and following in _INVERSION_WORDS - {"and"}:
        return False
    if following == "and":
        return index + 2 < len(tokens) and _is_capitalised(tokens[index + 2][2])
    return True


def _latin_candidates(folded: str, excluded_words: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, reason) of the Latin tokens of the folded text that may be names."""
    tokens = _latin_tokens(folded)
    lowercase = {word for _s, _e, word in tokens if word.islower()}
    # Surnames that open English sentences, written capitalised inside a sentence too.
    names_mid = {
        word
        for start, _end, word in tokens
        if word.lower() in SENTENCE_STARTERS
        and word.lower() in names.ROMANIZED_SURNAMES
        and _is_capitalised(word)
        and _position(folded, start) == "mid"
    }
    found: list[tuple[int, int, str]] = []
    for index, (start, end, word) in enumerate(tokens):
        lower = word.lower()
        if not _is_capitalised(word) or (len(word) < 2 and word not in ("O", "U")):
            continue
        previous = tokens[index - 1][2].lower() if index else ""
        gap_before = folded[tokens[index - 1][1] : start] if index else ""
        after_title = (
            index > 0
            and (previous.rstrip(".") in names.TITLES_BEFORE or previous in _INTRODUCERS)
            and re.fullmatch(r"\.?[ \t]+[\"'“‘]?", gap_before) is not None
            and ("." not in gap_before or previous in _ABBREVIATED_TITLES)
        )
        if after_title and lower not in CAPITALISED_ENGLISH and lower not in _place_words():
            found.append((start, end, REASON_AFTER_TITLE))
            continue
        if (
            lower in excluded_words
            or lower in _place_words()
            or _all_parts(lower, CAPITALISED_ENGLISH)
        ):
            continue
        first, _hyphen, rest = word.partition("-")
        if rest and first.lower() in CAPITALISED_ENGLISH and rest.islower():
            continue  # Chinese-flagged, Korean-made
        if _names_an_organisation(folded, tokens, index) or _after_organisation(
            folded, tokens, index
        ):
            continue  # Kim Chaek University, Namgang Construction Company, Ministry of Forestry
        if lower in ORGANISATION_WORDS or _numbered(folded, tokens, index):
            continue  # "the Company", a ship or a unit: "the Tongil-ho 7", "Brigade 3"
        english = _all_parts(lower, ENGLISH_WORDS)
        if word.isupper() and english:
            continue  # a header: NAME | ROLE | SITE
        position = _position(folded, start)
        surname = lower in names.ROMANIZED_SURNAMES
        if position == "mid" or (position == "label" and not _label_line(folded, start)):
            if surname or not english:
                found.append(
                    (
                        start,
                        end,
                        REASON_ROMANIZED if _is_korean_syllables(word) else REASON_CAPITALISED,
                    )
                )
        elif surname and (
            lower not in SENTENCE_STARTERS
            or _sentence_surname_subject(folded, tokens, index, names_mid)
        ):
            found.append((start, end, REASON_SURNAME_FIRST))
        elif "-" in word and _is_korean_syllables(word):
            found.append((start, end, REASON_GIVEN_FIRST))
        elif not english and lower not in lowercase and not surname:
            found.append((start, end, REASON_UNKNOWN_FIRST))
    return _joined(folded, found)


def _english_word(word: str, words: frozenset[str]) -> bool:
    """`word` or its stem without an English ending ("remarks", "pasted", "checking")."""
    if word in words:
        return True
    for ending in ("s", "es", "ed", "d", "ing", "ly", "er", "ers"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if stem in words or stem + "e" in words:
                return True
    return False


def _all_parts(word: str, words: frozenset[str]) -> bool:
    """Every hyphenated part of `word` is one of `words` (or has its stem there)."""
    return all(_english_word(part, words) for part in word.split("-") if part)


def _after_organisation(folded: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """The capitalised run holding `index` follows "<organisation word> of": "Ministry of State
    Security", "University of Technology"."""
    position = index
    while position > 0 and tokens[position - 1][2][:1].isupper():
        if not _JOIN_RE.fullmatch(folded[tokens[position - 1][1] : tokens[position][0]]):
            break
        position -= 1
    if position < 2 or tokens[position - 1][2] != "of":
        return False
    return tokens[position - 2][2].lower() in ORGANISATION_WORDS


def _numbered(folded: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """The capitalised run holding `index` is followed by a number: a ship or a unit."""
    position = index
    while position + 1 < len(tokens) and tokens[position + 1][2][:1].isupper():
        if not _JOIN_RE.fullmatch(folded[tokens[position][1] : tokens[position + 1][0]]):
            break
        position += 1
    return re.match(r"[ \t]+(?:No\.?[ \t]*)?\d", folded[tokens[position][1] :]) is not None


def _label_line(folded: str, start: int) -> bool:
    """The colon before `start` closes a short label at the start of its line ("Q:", "Site:")."""
    line_start = folded.rfind("\n", 0, start) + 1
    colon = folded.rfind(":", line_start, start)
    return colon - line_start <= 24


def _names_an_organisation(folded: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """An organisation word closes the run of capitalised words that starts at `index`."""
    for position in range(index + 1, min(index + 5, len(tokens))):
        start, _end, word = tokens[position]
        gap = folded[tokens[position - 1][1] : start]
        if not word[:1].isupper() or not _JOIN_RE.fullmatch(gap):
            return False
        if word.lower() in ORGANISATION_WORDS:
            return True
    return False


def _joined(folded: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Neighbouring listed words separated by a blank or a hyphen become one item: one click
    for "Pak Song Il"."""
    joined: list[tuple[int, int, str]] = []
    for start, end, reason in found:
        if joined and _JOIN_RE.fullmatch(folded[joined[-1][1] : start]):
            first_start, _end, first_reason = joined[-1]
            joined[-1] = (first_start, end, first_reason)
        else:
            joined.append((start, end, reason))
    return joined


def _hangul_candidates(
    text: str, known_names: Collection[str], excluded: frozenset[str]
) -> list[tuple[int, int, str]]:
    from testimony.anonymize import korean  # Kiwi loads on first use: only when there is Hangul
    from testimony.anonymize.recogniser import hangul_tokens

    tokens = hangul_tokens(text, known_names)  # korean.hangul_tokens, kept for the next reader
    candidates = korean.name_candidates(text, known_names, tokens=tokens)
    vocative = {token.start for token in tokens if token.tag == "JKV"}
    places = {text[c.start : c.end] for c in candidates if c.after == "place particle"}
    found = []
    for candidate in candidates:
        start, end = candidate.start, candidate.end
        surface = re.sub(r"[^가-힣]", "", text[start:end])
        word = re.match(r"[가-힣]*", text[start:]).group()
        stem = surface.removesuffix("시") if len(surface) > 2 else surface
        if (
            surface in places
            or surface in excluded
            or surface in _hangul_places()
            or stem in _hangul_places()
            or word.startswith(tuple(HANGUL_STOPLIST))
            or surface.endswith(_HANGUL_ORGANISATION_ENDINGS)
            or candidate.syllables > 5
        ):
            continue
        before = text[max(0, start - 12) : start]
        role = re.search(r"([가-힣]+)[ \t]+$", before)
        in_list = bool(re.match(r"[ \t]*[,/·、(]", text[end:])) or bool(
            re.search(r"[,/·、][ \t]*$", before)
        )
        after_role = role is not None and role.group(1) in _HANGUL_ROLES
        if candidate.kind in ("proper", "unknown"):
            keep = candidate.after != "other"  # also before nothing: 박반..., 방대길(동료)
        elif candidate.kind == "name-shaped":
            keep = candidate.after in ("particle", "copula", "honorific") or in_list or after_role
        elif candidate.kind == "syllables apart":
            keep = candidate.after == "honorific" or in_list or after_role or end in vocative
        else:  # a surname alone: before an honorific, called (옥아) or quoted ("안이 말하길")
            quoted = re.search(r"[\"'“‘「『][ \t]*$", text[max(0, start - 2) : start]) is not None
            keep = candidate.after == "honorific" or end in vocative or quoted
        if keep:
            found.append((start, end, _HANGUL_REASONS.get(candidate.kind, REASON_HANGUL)))
    for match in _JAMO_INITIALS_RE.finditer(text):
        if len(set(match.group())) > 1:  # ㅅㅎㅅ, not the laughter ㅋㅋㅋ
            found.append((match.start(), match.end(), REASON_INITIALS))
    noun_words = {
        (word[0].start, word[-1].end)
        for word in korean.words(tokens)
        if all(token.tag in korean.NOUN_TAGS for token in word)
    }
    repeated = [
        item for item in found if item[2] != _HANGUL_REASONS["name-shaped"] or item[1] - item[0] > 2
    ]
    found.extend(_hangul_list_neighbours(text, found, excluded, noun_words))
    found.extend(_hangul_repeats(text, repeated))
    return found


def _hangul_list_neighbours(
    text: str,
    found: list[tuple[int, int, str]],
    excluded: frozenset[str],
    noun_words: set[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    """The bare words of a comma or slash list that holds a listed name: 명옥, 순금, 혜영은."""
    starts = {start for start, _end, _reason in found}
    extra = []
    for match in _HANGUL_LIST_RE.finditer(text):
        elements = list(_HANGUL_ELEMENT_RE.finditer(match.group()))
        offset = match.start()
        if not any(offset + e.start() in starts for e in elements):
            continue
        for element in elements:
            start, end = offset + element.start(1), offset + element.end(1)
            bare = element.group(1)
            if start in starts or bare in excluded or bare in _hangul_places():
                continue
            if bare in _HANGUL_ROLES or bare.startswith(tuple(HANGUL_STOPLIST)):
                continue  # 편성희 언니, 도경옥 언니
            if (start, end) not in noun_words:
                continue  # 어렸고, 했는데, 회계는: a verb or a word with its particle
            if 2 <= len(bare) <= 3:
                extra.append((start, end, REASON_HANGUL_LIST))
    return extra


def _hangul_repeats(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Every other occurrence, at the start of a word, of a listed Hangul name of two
    syllables or more: 조금철이가 listed, so 조금철과 too, however Kiwi reads it."""
    listed = {text[s:e] for s, e, _r in found if len(re.sub(r"[^가-힣]", "", text[s:e])) >= 2}
    starts = {start for start, _end, _reason in found}
    if not listed:
        return []
    alternatives = "|".join(re.escape(name) for name in sorted(listed, key=len, reverse=True))
    return [
        (match.start(), match.end(), REASON_HANGUL_REPEAT)
        for match in re.finditer(rf"(?<![가-힣])(?:{alternatives})", text)
        if match.start() not in starts
    ]


def _foreign_script_candidates(folded: str) -> list[tuple[int, int, str]]:
    """Capitalised Cyrillic words, neighbours joined (Виктор Ким), and words of two to four
    Chinese characters (陈晓燕, 張偉) that are not a known place and hold no character of a
    date, an administrative unit or a company (1981年生, 東港市)."""
    found = []
    for match in _CYRILLIC_RE.finditer(folded):
        words = match.group().lower().replace("ё", "е").split()
        if any(word.strip("-") in CYRILLIC_PLACES for word in words):
            continue
        if match.group().isupper() and len(match.group()) <= 4:
            continue  # a company's legal form in capitals
        found.append((match.start(), match.end(), REASON_FOREIGN_SCRIPT))
    for match in _HAN_RE.finditer(folded):
        word = match.group()
        if not 2 <= len(word) <= 4 or word in HAN_PLACES or set(word) & _HAN_NOT_NAMES:
            continue
        found.append((match.start(), match.end(), REASON_FOREIGN_SCRIPT))
    found.extend(
        (match.start(), match.end(), REASON_ARABIC_SCRIPT) for match in _ARABIC_RE.finditer(folded)
    )
    return found


# In a sentence written in Chinese: "little" or "old" and a surname (我让小张开车, 先问老李),
# a surname and a title (孙厂长, 王经理, 金师傅), a name after "is called" (老李叫李国庆).
_CHINESE_TITLES = (
    "厂长|经理|老板|师傅|主任|队长|班长|组长|老师|先生|女士|小姐|大姐|大哥|阿姨|科长|部长|书记|总"
)
_CHINESE_RUN_RE = re.compile(r"[\u4e00-\u9fff]{5,}")


def _chinese_sentence_names(folded: str) -> list[tuple[int, int, str]]:
    """Names inside a run of Chinese (above), where the rule for words of two to four
    characters cannot cut them: the surname of 小张 or 孙厂长, the name after 叫."""
    from testimony.anonymize.foreign_names import CHINESE_SURNAME_CHARS

    found = []
    for run in _CHINESE_RUN_RE.finditer(folded):
        text, offset = run.group(), run.start()
        for match in re.finditer(rf"(?<=[小老阿])(.)|(.)(?={_CHINESE_TITLES})", text):
            at = match.start()
            if text[at] in CHINESE_SURNAME_CHARS:
                found.append((offset + at, offset + at + 1, REASON_FOREIGN_SCRIPT))
        for match in re.finditer(r"(?:名叫|叫做|叫)(.[\u4e00-\u9fff]{1,2})$", text):
            if match.group(1)[0] in CHINESE_SURNAME_CHARS:
                found.append(
                    (offset + match.start(1), offset + match.end(1), REASON_FOREIGN_SCRIPT)
                )
    return found


def _known_surnames_alone(text: str, known_names: Collection[str]) -> list[tuple[int, int, str]]:
    """고는 (제가) 그때 ...: the one-syllable surname of a registered Hangul name, alone with a
    particle at the start of a sentence or a line, where the finders leave a surname that is also
    a word (고, 한, 전 ...). Not 이, 그, 저, which open sentences as 'this', 'that'."""
    surnames = {
        name.strip()[0]
        for name in known_names
        if len(name.strip()) >= 2 and "가" <= name.strip()[0] <= "힣"
    } - {"이", "그", "저"}
    return [
        (match.start(1), match.end(1), REASON_KNOWN_SURNAME)
        for match in _SURNAME_OPENING_RE.finditer(text)
        if match.group(1) in surnames
    ]


_POSTS_SET = frozenset((*names.HANGUL_TITLES, *names.HANGUL_POSTS))
_POSTS_PATTERN = "|".join(sorted(_POSTS_SET, key=len, reverse=True))
# "국 (이름 모름)", "황(이름 모름)", "별[본명 모름]", "방 지배인(남성, 이름 모름)": the word before
# a note that the (rest of the) name is unknown is a name, whatever else it means.
_UNKNOWN_NOTE_KO = (
    r"(?:[^)\]\n]{0,12}?,[ \t]*)?(?:이름|본명|성명|실명)[은는]?[ \t]*(?:모름|미상|불명)"
)
_UNKNOWN_NOTE_EN = (
    r"(?:[^)\]\n]{0,24}?,[ \t]*)?(?:(?:first|given|full|real|family)[ \t]+)?(?:name|surname)"
    r"[ \t]+(?:unknown|not[ \t]+known)"
)
# "the Nurse (name unknown)": a role written with a capital, not a name.
_ROLE_NOUNS = _words(
    """
    nurse doctor driver cook foreman minder manager guard boss officer deputy boatswain captain
    chief head supervisor worker interpreter owner man woman boy girl agent broker cleaner
    """
)
_NAME_UNKNOWN_KO_RE = re.compile(
    rf"(?<![가-힣])([가-힣]{{1,4}})(?:[ \t]+({_POSTS_PATTERN}))?(?:[ \t]+(?:모|某))?"
    rf"[ \t]*[(\[][ \t]*{_UNKNOWN_NOTE_KO}"
)
_NAME_UNKNOWN_EN_RE = re.compile(
    r"(?<![A-Za-z])([A-Z][a-z]+)[ \t]*(?:[(\[][ \t]*|,[ \t]*)" + _UNKNOWN_NOTE_EN
)


def _name_unknown_marks(text: str) -> list[tuple[int, int, str]]:
    """The word before a note that the rest of its name is unknown: 보위원: 국 (이름 모름), 표
    씨(이름 모름), Deputy Gang (security, given name unknown), Yon, given name unknown."""
    found = []
    for match in _NAME_UNKNOWN_KO_RE.finditer(text):
        word = match.group(1)
        if word in _POSTS_SET or word in _HANGUL_ROLES:
            continue  # 보위원(이름 모름): the post, not a name
        found.append((match.start(1), match.end(1), REASON_NAME_UNKNOWN))
    found.extend(
        (match.start(1), match.end(1), REASON_NAME_UNKNOWN)
        for match in _NAME_UNKNOWN_EN_RE.finditer(text)
        if match.group(1).lower() not in _ROLE_NOUNS
    )
    return found


# A one-syllable surname right after a post, standing alone or with a person's particle:
# "확인: 보위지도원 변 (수표)", "보위원 도에 대한 정보", "관리원 탁에게". 안 before a word is 'not'.
_POST_SURNAME_RE = re.compile(
    rf"(?<![가-힣])(?:{_POSTS_PATTERN})[ \t]+([가-힣])"
    r"(?=[ \t]*(?:$|[^가-힣 \t])|에게|한테|에[ \t]+(?:대한|관한|대해))",
    re.MULTILINE,
)


def _surnames_after_posts(text: str) -> list[tuple[int, int, str]]:
    """A surname alone after a post (above)."""
    found = []
    for match in _POST_SURNAME_RE.finditer(text):
        letter = match.group(1)
        if letter not in names.SURNAMES or letter in _SURNAMES_NEVER_ALONE:
            continue
        found.append((match.start(1), match.end(1), informal.REASON_SURNAME_BESIDE_TITLE))
    return found


# A one-syllable surname, or a few of them with commas, as the label of a line or a remark:
# a ledger's "하 - 병가 5일. 도 - 무단이탈 1일. 연, 금 - 이상 없음", a speaker's "우: 문 앞에",
# a post's "부지배인 도: ...". Opening its line or a sentence, or after a post.
_SURNAME_LABEL_RE = re.compile(
    rf"(?:^|(?<=[.!?:\n])|(?:{_POSTS_PATTERN})[ \t]+)[ \t]*"
    r"([가-힣](?:[ \t]*,[ \t]*[가-힣])*)[ \t]*(?:[-–—][ \t]|:(?!\d))",
    re.MULTILINE,
)
# Enumerators of Korean lists (가. 나. 다.) are surnames too; with a dash or a colon they are
# still more often the list's letters.
_LIST_LETTERS = frozenset("가나다라마바사아자차카타파")


def _surname_labels(text: str) -> list[tuple[int, int, str]]:
    """Bare Korean surnames as the label of a line or a remark (above)."""
    found = []
    for match in _SURNAME_LABEL_RE.finditer(text):
        offset = match.start(1)
        if match.group(1) == "문" and match.group().rstrip().endswith(":"):
            continue  # 문: ... 답: ...: a transcript's question, not Mr Mun
        for part in re.finditer(r"[가-힣]", match.group(1)):
            letter = part.group()
            if letter in names.SURNAMES and letter not in _LIST_LETTERS | _SURNAMES_NEVER_ALONE:
                start = offset + part.start()
                found.append((start, start + 1, REASON_SURNAME_LABEL))
    return found


# "최가는 좀 괜찮았어요", "보위원 탁가가", "윤가네 식구들": a surname with the familiar, often
# scornful suffix 가 is a person, unless the two syllables are a word (제가 'I', 배가 'the ship',
# 국가 'state', 강가 'riverside', 장가 'marriage') or 가 is the particle after the word (도가
# 넘었고 'degrees'). Counted on the 22 labelled sets before the list was written.
_GA_WORDS = _words(
    """
    제가 배가 나가 국가 추가 도가 허가 강가 이가 오가 시가 주가 대가 평가 고가 단가 정가 원가
    명가 양가 외가 본가 종가 인가 상가 전가 차가 장가 사가 성가 소가 마가 구가 공가 위가 한가
    안가 모가 선가 석가 유가 호가 염가 반가 부가 가가 우가 진가 예가 여가 표가 설가 하가
    """
)
_SURNAME_GA_RE = re.compile(
    r"(?<![가-힣])([가-힣])가(?=는|도|가|네|에게|한테|를|랑|하고|의|놈|년|새끼|였|[ \t,.!?\"'”’)])"
)


def _surnames_with_ga(text: str) -> list[tuple[int, int, str]]:
    """A surname with the suffix 가 (above): the surname and its suffix, as one item."""
    return [
        (match.start(1), match.end(1) + 1, REASON_SURNAME_GA)
        for match in _SURNAME_GA_RE.finditer(text)
        if match.group(1) in names.SURNAMES and match.group(1) + "가" not in _GA_WORDS
    ]


# Surnames that are also the commonest pronouns and determiners (this, that, I): their bare
# word is nearly always the word.
_SURNAMES_NEVER_ALONE = frozenset("이그저나제")
_PLACE_PARTICLES = frozenset({"에", "에서", "로", "으로", "까지", "부터", "에서부터"})
# After a proposed one-syllable surname: the post it was proposed with (설 동무가, 단 부대장은).
_SURNAME_POST_RE = re.compile(rf"[ \t]*(?:{_POSTS_PATTERN})")


def _named_surnames_alone(
    text: str, named: Iterable[tuple[int, int]], known_names: Collection[str]
) -> list[tuple[int, int, str]]:
    """내 짝은 안철호였다. 우리는 그냥 안이라고 불렀다. 안은 ...: the one-syllable surname of a
    three-syllable Hangul name proposed (or registered) in this text, or proposed alone with
    a post (관리원 설 동무가 ... 설은), standing alone as the
    analyser's noun before a particle or the copula (안은, 안이라고, 석이), or after 큰 / 작은
    ('큰 석', 작은 하). The finders leave such a surname, since it is also a word (안 'not',
    문 'door', 석 'three'); where the same text names 안철호, the reviewer is asked."""
    from testimony.anonymize.korean import NOUN_TAGS, words
    from testimony.anonymize.recogniser import hangul_tokens

    surnames = set()
    for name in [*(text[start:end] for start, end in named), *known_names]:
        hangul = re.sub(r"[^가-힣]", "", name)
        if len(hangul) == 3 and len(name.strip()) == 3:
            surnames.add(hangul[0])
    for start, end in named:
        # 설 동무, 단이라는: a person the text names by a surname alone
        if end - start == 1 and re.match(r"[가-힣]", text[start]):
            surnames.add(text[start])
    surnames -= _SURNAMES_NEVER_ALONE
    if not surnames:
        return []
    found = []
    for word in words(hangul_tokens(text, known_names)):
        first = word[0]
        if first.start > 0 and re.match(r"[가-힣]", text[first.start - 1]):
            continue  # inside a word Kiwi cut
        surname = text[first.start]
        if surname not in surnames:
            continue
        surface = text[first.start : word[-1].end]
        if re.match(rf"{surname}이(?:라고|라는|라|었|다|고|야)", surface):
            # 안이라고, 안이었다: the copula, however the analyser cut it (안이 'complacency')
            found.append((first.start, first.start + 1, REASON_NAMED_SURNAME))
            continue
        if word[-1].end == first.start + 1 and _SURNAME_POST_RE.match(text, first.start + 1):
            # 단 부대장은: before a post, whatever the analyser took it for (단 'only')
            found.append((first.start, first.start + 1, REASON_NAMED_SURNAME))
            continue
        before = text[max(0, first.start - 4) : first.start]
        if (
            text[first.start : first.end] == surname
            and re.search(r"(?:^|[^가-힣])(?:큰|작은)[ \t]+$", before) is not None
        ):
            # 큰 석, 작은 석의, 작은 도는: whatever the analyser read (석의 as a bound noun)
            found.append((first.start, first.end, REASON_NAMED_SURNAME))
            continue
        # Not a pronoun, nor a counter (책 두 권을, 세 명이): a bound noun after a number.
        if text[first.start : first.end] != surname or first.tag not in NOUN_TAGS - {"NP", "NNB"}:
            continue
        if re.search(r"(?:\d|(?<![가-힣])(?:한|두|세|네|몇))[ \t]*$", text[: first.start]):
            continue
        rest = word[1:]
        as_person = (
            bool(rest)
            and (rest[0].tag.startswith("J") or rest[0].tag == "VCP")
            # a place's particles: 방 안에서, 문으로 (a person takes 에게, 한테)
            and rest[0].form not in _PLACE_PARTICLES
        )
        if as_person:
            found.append((first.start, first.end, REASON_NAMED_SURNAME))
    return found


# A chat's speaker in small letters at the start of a line, before emoji or a timestamp and a
# colon: "jiwon 🌸: hi!", "kichol: Do team leader", "okki: today 17 hrs".
_CHAT_SPEAKER_RE = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?([a-z][a-z'-]*[a-z](?:[ _.][a-z]+)?)[ \t]*"
    r"(?:[^\w\s:]{1,4}[ \t]*)?(?:\([^)\n]{1,20}\)[ \t]*)?:[ \t]",
    re.MULTILINE,
)
# Who writes in an NGO's chats and is not a name.
_CHAT_ROLES = _words(
    """
    me you we us interviewer interpreter translator witness contact admin staff ngo lawyer
    caseworker counsellor volunteer mom dad mum sis bro note notes re fw fwd from to cc bcc subject
    sent date q a w i ip ap am pm tn nb ps tl
    """
)


def _chat_speakers(plain: str, excluded_words: frozenset[str]) -> list[tuple[int, int, str]]:
    """Speakers of a chat export in small letters (above), when the same speaker opens at
    least two lines: a person's handle, usually their name, which no rule for capitalised
    words reads. Not an English word, a role or a word of the vocabulary."""
    matches = list(_CHAT_SPEAKER_RE.finditer(plain))
    counts: dict[str, int] = {}
    for match in matches:
        counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    found = []
    for match in matches:
        speaker = match.group(1)
        parts = re.findall(r"[a-z]+", speaker)
        if counts[speaker] < 2 or speaker in _CHAT_ROLES or speaker in excluded_words:
            continue
        if all(part in _CHAT_ROLES or _english_word(part, ENGLISH_WORDS) for part in parts):
            continue
        if re.search(r"\d", speaker):
            continue
        found.append((match.start(1), match.end(1), REASON_CHAT_SPEAKER))
    return found


# A Hangul gloss right after a Latin word: "Frog" (개구리), Ok [옥], Pyon (보위원 변), "Big Mun"
# [큰 문].
_GLOSS_AFTER_RE = re.compile(
    r"[\"'”’]?[ \t]*[(\[][ \t]*([가-힣]{1,5}(?:[ \t]+[가-힣]{1,5}){0,2})[ \t]*[)\]]"
)
_GLOSS_SIZES = frozenset({"큰", "작은", "늙은", "젊은", "어린"})


def _hangul_glosses(
    text: str, ranges: Iterable[tuple[int, int]], vocabulary: frozenset[str]
) -> list[tuple[int, int, str]]:
    """The Hangul gloss of a Latin word that is proposed or listed as a name: the same person
    in the other script (a nickname's Korean, a surname's Hangul), asked about with it. Not a
    post or a size word inside the gloss (보위원 변: only 변), nor a place of the vocabulary."""
    found = []
    seen = set()
    for start, end in ranges:
        if end in seen or not re.search(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]", text[start:end]):
            continue
        seen.add(end)
        match = _GLOSS_AFTER_RE.match(text, end)
        if match is None:
            continue
        for word in re.finditer(r"[가-힣]+", match.group(1)):
            if word.group() in _POSTS_SET or word.group() in _GLOSS_SIZES:
                continue
            if word.group() in vocabulary:
                continue
            at = match.start(1) + word.start()
            found.append((at, at + len(word.group()), REASON_GLOSS))
    return found


def _recognised(
    text: str,
    blocked: list[tuple[int, int]],
    known_names: Collection[str],
    figures: Iterable[str],
    latin_vocabulary: frozenset[str],
    hangul_vocabulary: frozenset[str],
) -> list[tuple[int, int, str]]:
    """Words the statistical recogniser (recogniser.py) scored at or above its low threshold:
    those between the low and the high threshold were proposed by nobody, and those above it
    may have been rejected or not proposed (detection off). Never a word of the vocabularies."""
    from testimony.anonymize import recogniser

    def listable(word: str) -> bool:
        parts = re.findall(r"[A-Za-z]+|[가-힣]+", without_diacritics(fold_text(word).text))
        if any(part.lower() in latin_vocabulary or part in hangul_vocabulary for part in parts):
            return False
        if len(parts) == 1 and parts[0] in ACRONYMS:  # "paid by the UN", "a SIM card"
            return False
        # "Do you remember?", "Remarks", "Then Hyok came": the rules above list the surnames.
        return not (len(parts) == 1 and _english_word(parts[0].lower(), ENGLISH_WORDS))

    return [
        (start, end, REASON_RECOGNISER)
        for start, end, _score in recogniser.review_candidates(
            text, known_names, tuple(figures), blocked, listable
        )
    ]


def unresolved_tokens(
    text: str,
    covered: list[tuple[int, int]],
    *,
    vocabulary: Iterable[str] = (),
    public_figures: Iterable[str] = (),
    known_names: Collection[str] = (),
    named: Iterable[tuple[int, int]] = (),
) -> list[Unresolved]:
    """Every token of `text` that may be a name and that no range of `covered` touches.

    `covered`: [start, end) ranges already decided - proposals (accepted or rejected), the
    reviewer's own redactions, kept tokens. `vocabulary`: names never to list (countries,
    provinces, in English and Korean). `public_figures`: full names kept as they are, beside
    the built-in list. `known_names`: registered Hangul names, read as one word each.
    `named`: the ranges proposed as names, whose Latin words are listed wherever else they
    stand, in any case (`informal.latin_repeats`). Offsets are into `text`, sorted.
    """
    if not text:
        return []
    named = list(named)  # read twice below
    folded = fold_text(text)
    plain = without_diacritics(folded.text)  # character for character: offsets stay
    latin_vocabulary, hangul_vocabulary = _vocabulary_words(vocabulary)
    excluded_words = latin_vocabulary
    figures = (*DEFAULT_PUBLIC_FIGURES, *DETECTOR_PUBLIC_FIGURES, *public_figures)
    public = _public_ranges(plain, figures)
    shared = _shared_public_names(plain, public)
    blocked = [
        *covered,
        *(folded.original_span(s, e) for s, e in public if (s, e) not in shared),
    ]
    items: list[tuple[int, int, str]] = [
        (*folded.original_span(start, end), reason)
        for start, end, reason in _latin_candidates(plain, excluded_words)
    ]
    items.extend(
        (*folded.original_span(start, end), reason)
        for start, end, reason in _foreign_script_candidates(plain)
    )
    items.extend(
        (*folded.original_span(start, end), reason)
        for start, end, reason in _chat_speakers(plain, excluded_words)
    )
    items.extend((*folded.original_span(s, e), REASON_SHARED_PUBLIC_NAME) for s, e in shared)
    items.extend(
        (*folded.original_span(start, end), reason)
        for start, end, reason in _chinese_sentence_names(plain)
    )
    places = _place_words() | excluded_words
    items.extend(
        (*folded.original_span(start, end), reason)
        for start, end, reason in informal.latin_candidates(plain, places)
    )
    items.extend(informal.other_script_words(text))
    if names.contains_hangul(text) or re.search(r"[\u1100-\u1112]", text):
        items.extend(_hangul_candidates(text, known_names, hangul_vocabulary))
        items.extend(_known_surnames_alone(text, known_names))
        items.extend(_named_surnames_alone(text, named, known_names))
        items.extend(_surname_labels(text))
        items.extend(_surnames_with_ga(text))
        items.extend(_surnames_after_posts(text))
        items.extend(informal.hangul_candidates(text, hangul_vocabulary | _hangul_places()))
    elif _HAN_RE.search(text):
        items.extend(informal.hangul_candidates(text, frozenset()))
    items.extend(_name_unknown_marks(text))

    def plain_text(start: int, end: int) -> str:
        return without_diacritics(fold_text(text[start:end]).text)

    repeats = informal.latin_repeats(
        plain,
        [plain_text(start, end) for start, end in named],
        [plain_text(start, end) for start, end, _reason in items],
    )
    listed_starts = {start for start, _end, _reason in items}
    for start, end, reason in repeats:
        original = folded.original_span(start, end)
        if original[0] not in listed_starts:
            items.append((*original, reason))
    items.extend(
        _recognised(text, blocked, known_names, figures, excluded_words, hangul_vocabulary)
    )
    items.extend(
        _hangul_glosses(
            text,
            [*named, *((start, end) for start, end, _reason in items)],
            hangul_vocabulary | _hangul_places(),
        )
    )
    blocked_starts, blocked_ends = _merged(blocked)
    result: list[Unresolved] = []
    taken_end = -1
    for start, end, reason in sorted(items, key=lambda item: (item[0], -item[1], item[2])):
        index = bisect.bisect_left(blocked_starts, end) - 1  # the last range starting before end
        if start < taken_end or (index >= 0 and blocked_ends[index] > start):
            continue
        taken_end = end
        result.append(Unresolved(start, end, text[start:end], reason))
    return result


def _merged(ranges: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts and ends of `ranges` merged into sorted ranges that do not touch each other."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(r for r in ranges if r[0] < r[1]):
        if ends and start < ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends
