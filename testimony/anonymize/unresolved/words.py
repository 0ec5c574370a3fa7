"""The word lists of the review list and the small helpers that read words against them:
acronyms, the places where the witnesses were sent (Latin, Hangul, Cyrillic, Chinese
characters), stoplists, organisation words. The English words are in `anonymize/english.py`.
"""

import re
from collections.abc import Iterable
from functools import cache

from testimony.anonymize import names
from testimony.anonymize.folding import fold_text
from testimony.anonymize.redact.vocabulary import HANGUL_PLACE_NAMES, PLACE_NAMES, PLACE_SUFFIXES
from testimony.anonymize.risk import PLACES_BY_PROVINCE


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Korean surnames that also open many English sentences ("So we left", "Do you..."): listed
# mid-sentence only.
SENTENCE_STARTERS = _words("i o u in an so no do to go ok un yo won")

# Acronyms, compared in capitals only: "UN sanctions", "a SIM card" (a name typed in capitals,
# "PAK", is still listed).
ACRONYMS = _words("UN SIM NGO ILO USD ID TV OK DPRK ROK USA UAE EU KPA NK PC PDF IT SMS")

# Words that are listed by their shape (capitalised, in Cyrillic or Chinese characters) but
# never stand for a person alone: codes of countries, currencies and time zones, a log's
# levels, days and months cut short, the labels of forms, logs and court papers, ranks and
# posts said without a name. Three letters at least, and none that is also a name (Sun, Jun,
# Jan, May are names too): two capitals are as often someone's initials (HR, JP, AM). A run
# that holds one beside a name ("Master Wang") is still listed.
NEVER_LISTED = _words(
    """
    PRK ROK UAE RUS CHN MNG POL KOR KWT QAT RUB KRW RMB CNY USD KWD QAR AED MNT PLN VND EUR
    GMT UTC KST MSK INT OCR IMG QID ATM DEBUG INFO WARN ERROR MEMO FORM CODE REF TBC TBD PDF
    URL Mon Tue Wed Thu Fri Sat Feb Mar Apr Jul Aug Sep Sept Oct Nov Dec
    Nationality Status Action Prepared Approved Caption Data Decision Transcribed Reply Client
    Plan Period Surname Diagnosis Location Consent Venue Issued Speaker Handwritten Remarks
    Notes Comments Signature Signed Total Amount Address Phone Email Occupation Gender Age
    Employer Passport Visa Applicant Appellant Respondent Defendant Plaintiff Interviewer
    Interpreter Translator Annex Appendix Attachment Subject Deckhand Oiler Bosun Master Capt
    Sgt Rev Chair Secretary Treasurer Member Director Minister Court Board Lender Visitor
    Uwagi Abroad
    Дата Примечание Примечания Сумма Паспорт Фамилия Бригадир Подпись Место Итого Спасибо Имя
    Отчество Адрес Телефон Должность
    备注 姓名 正常 车间 签字 组长 评论 序号 阴性 合格 完好 性别 时间 本人 管理 编号 回复 宿舍
    病假 翻译 国籍 名前 写真 申请人 同上 审核 单位 加班 包装 食堂 确认 確認 日期 地址 电话 签名
    """
)

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
_LATIN_TOKEN_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+(?:['’][A-Za-z]+)*)*")


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
