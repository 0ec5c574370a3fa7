"""Words that decide whether part of a name standing alone is a person: posts, English
words that are also spellings, verbs a person does, abbreviations that are not initials; and
the surnames a text glosses a full name with."""

import re
from functools import lru_cache
from typing import NamedTuple


def _words(text: str) -> list[str]:
    # The word lists below read as prose; ruff (SIM905) would rewrite a literal "...".split()
    # into one item per line.
    return text.split()


# Words for a post that follow a surname written apart as a title does (강 관리원, 모 단장, 연
# 부지배인): with a registered person's surname they name that person; with any one-syllable
# surname they are listed for the reviewer (informal.py).
HANGUL_POSTS: tuple[str, ...] = tuple(
    sorted(
        _words(
            """
    관리원 관리인 통역원 감독관 안내원 보안원 담당자 담당 간부 참사관 참사 영사 서기 경리 운전수
    운전사 요리사 의사 간호사 기사 아줌마 단장 부단장 지배인 부지배인 부반장 부소장 부사장 부장
    기자 교관 작업반장 현장장 숙소장 위생원 경비원 취사원 조리원 보위지도원 직원 부원 조사원 대장
    부대장 상담원 상담사 실장 국장 대원 조원 반원 작가 변호사 진행자 통역 책임 선단장
    """
        ),
        key=len,
        reverse=True,
    )
)


# Romanized surname and given-name spellings that are also English words. Alone, such a word is a
# person only where the grammar says so ("Song said", "Moon's team", "beat So"): never "a song",
# "the moon", "Park the truck".
ENGLISH_WORD_SPELLINGS: frozenset[str] = frozenset(
    _words(
        """
    a ah am an at be bee been bin bo boo boom boon bop bum bun bung chi chin chip do doh don dong
    dung eel gang gee go gong goo gook gum gun ha ham hee hi ho hoe hoo hum hun hung i im in jam
    jeep jo kin la lam lee lie lo loo ma man mi mo moo moon na nah nan no noon oh ok om on oo op
    pan pang pee pi pin po pong poo pop pun pup ram ran rim see seek seem seen sheen shim shin sim
    sin so son song soon sop sum sun sung sup tan to ton tong too took tun u uh um un up wan wee
    won woo wool ya ye yo you young yu yum yup ban bang kook pong sol yuk park o
    """
    )
)
# The English words among them that open a sentence as grammar words ("So we left", "No one
# came", "Do you"): there even "So was ..." is not a person.
ENGLISH_FUNCTION_WORDS: frozenset[str] = frozenset(
    _words(
        """
    a ah am an at be do go ha hi ho i in la lo no o oh ok on so to too u uh um up ya ye yo you
    yup nah doh soon
    """
    )
)
# A surname spelling never taken alone: "I" is the pronoun.
NEVER_ALONE: frozenset[str] = frozenset(["i"])
# What a person does right after being named: the subject of one of these is a person.
PERSON_VERBS: frozenset[str] = frozenset(
    _words(
        """
    said says told tells asked asks answered replied shouted yelled screamed whispered cried
    laughed smiled nodded explained ordered warned threatened promised insisted admitted added
    wrote called beat beats hit kicked slapped punched struck hurt took gave came went left ran
    fled escaped defected died worked lived stayed slept ate helped tried wanted refused agreed
    returned disappeared vanished arrived knew saw heard watched met kept lost paid sent stole
    brought got was is had has did would could will can must who himself herself never always
    also reported reports lay sat stood waited
    sang sings cooked cleaned drove carried fell fainted collapsed wept begged prayed hid swam
    climbed crossed signed counted sewed
    """
    )
)
# Verbs a person does, as a lexicon of forms (`verb_forms`): the third person ("knows",
# "describes") and the past ("opened", "held") of common verbs of testimony. After a surname
# that is an English word, a form of one of them reads as its verb only once that person was
# named in full (`redact.latin.LatinScan.weak_person_context`); PERSON_VERBS stays the short
# list that is enough alone (and the recogniser's feature).
_REGULAR_VERBS = _words(
    """
    accept accuse add admit agree allow answer appear arrange arrest arrive ask attack beg
    believe belong blame bow call carry change check chase claim clean climb close collapse
    collect complain confirm confiscate consent control cook count cover cross cry decide
    defect deny describe destroy die disappear drag drop earn enter escape explain faint fear
    fill finish follow force forget grab greet guard hand handle happen hate help hide hope
    hurry ignore injure insist interrogate introduce invite join jump kick kill kiss knock
    laugh learn like list live lock look love manage marry mention miss move need nod note
    notice obey object offer open order organise organize own pass phone pick plan play pray
    prefer prepare promise protect protest pull punch push question recall receive recognise
    recognize record refuse remain remember repair repeat reply report request rescue return
    save scream search seem sell share shout sign slap smile smoke sneak start stay steal stop
    suffer supervise support suspect talk tend testify thank threaten touch translate travel
    treat try trust turn use vanish visit wait walk want warn wash watch weep whisper wish work
    worry yell estimate identify discuss state doubt guess assume argue suggest wonder reckon
    realise realize recount confess pretend point
    """
)
_IRREGULAR_VERB_FORMS = _words(
    """
    held made knew thought led ran kept took gave brought sent paid told beat hit hurt fled
    left came went got saw heard met lost stole hid drove fell sat stood lay slept ate sang
    swam wept wrote spoke read sold bought caught taught found felt forbade let put set began
    became drank threw broke chose forgot shook woke understood overheard oversaw fought shot
    bit rode hung dug spent said says does has goes knows holds makes keeps takes gives
    brings sends pays tells beats hits leads runs sees hears meets loses steals hides drives
    falls sits stands lies sleeps eats sings swims weeps writes speaks reads sells buys catches
    teaches finds feels lets puts sets begins becomes drinks throws breaks chooses forgets
    shakes wakes understands fights shoots bites rides digs spends
    """
)


def _inflected(verb: str) -> list[str]:
    """The third person and the past of a regular verb: describe -> describes, described;
    try -> tries, tried; stop -> stops, stopped; wash -> washes, washed."""
    if verb.endswith("e"):
        return [verb + "s", verb + "d"]
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return [verb[:-1] + "ies", verb[:-1] + "ied"]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return [verb + "es", verb + "ed"]
    forms = [verb + "s", verb + "ed"]
    vowels = [char for char in verb if char in "aeiou"]
    if len(vowels) == 1 and verb[-1] in "bdgmnpt" and verb[-2] in "aeiou":
        forms.append(verb + verb[-1] + "ed")  # stop -> stopped, nod -> nodded
    return forms


VERB_FORMS: frozenset[str] = PERSON_VERBS | frozenset(
    [*_IRREGULAR_VERB_FORMS, *(form for verb in _REGULAR_VERBS for form in _inflected(verb))]
)
# Nouns after a surname that make it a family's name, of persons: "the Yu siblings".
FAMILY_NOUNS: frozenset[str] = frozenset(
    _words("family families brothers sisters siblings couple household children sons daughters")
)
# Capitalised words before a surname that are not another part of a name ("On Sundays Moon
# held", "In March Pak said", "the Korean Yu"): calendar words and nationalities.
NOT_A_NAME_BEFORE: frozenset[str] = frozenset(
    _words(
        """
    monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
    thursdays fridays saturdays sundays january february march april june july august
    september october november december korean chinese russian mongolian vietnamese japanese
    polish kuwaiti qatari nepali north south
    """
    )
)
# Verbs and prepositions whose object, written right after them, is a person.
OBJECT_CUES: frozenset[str] = frozenset(
    _words(
        """
    beat hit kicked slapped punched struck hurt told asked ordered warned threatened met saw
    helped followed interrogated questioned reported informed thanked pushed dragged grabbed
    caught arrested blamed accused paid trusted married visited called by
    """
    )
)
# Words just before a name that introduce it: "a man named Song", "surnamed Kim", a form's field
# ("Surname: GANG"), a caseworker's "client MOON".
NAME_CUES: frozenset[str] = frozenset(
    ["named", "called", "surnamed", "nicknamed", "name", "surname", "client", "patient"]
)
# Titles of the leadership: "Marshal Kim", "General Kim", "Chairman Kim" are not a witness Kim.
LEADERSHIP_TITLES: frozenset[str] = frozenset(
    ["marshal", "general", "generalissimo", "chairman", "president", "premier"]
)
# After a surname these make it the name of a regime, not of a person ("the Kim regime").
NOT_A_PERSON_AFTER: frozenset[str] = frozenset(
    ["regime", "dynasty", "cult", "government", "administration", "era", "clan"]
)
# Surnames that name a river after "the": "the other side of the Han" is the river through Seoul,
# unless a word for a person or a case follows ("the Han family", "the Han who ran the canteen").
RIVER_SURNAMES: frozenset[str] = frozenset(["han"])
PERSON_AFTER_THE: frozenset[str] = frozenset(
    _words(
        """
    family families case file boy girl boys girls brother brothers sister sisters son daughter
    uncle aunt man woman couple twins household kid kids who whom whose from in of at on
    """
    )
)
# Surname and given-name syllables that are also ordinary Korean words or word stems before a
# particle: 이 (this), 나 (I), 제가 (I), 하는 (doing), 한 (one), 전에 (before), 안에 (inside),
# 오는 (coming), 길을 (road), 강을 (river), 손을 (hand), 일을 (work), 수가 (number), 라는 (the
# quotative after a foreign name: Saeed라는) ... Alone
# with a particle they are taken as names only in the affectionate form (일이가) or after a title.
HANGUL_WORD_SYLLABLES: frozenset[str] = frozenset(
    _words(
        """
    이 나 제 하 한 전 안 오 주 지 여 기 도 서 조 모 차 배 반 명 길 강 방 문 공 성 국 용 소 위 편
    선 천 금 표 구 은 인 마 설 연 원 심 신 양 장 정 고 육 석 변 함 추 계 봉 옥 왕 채 권 남 노
    우 어 시 사 상 수 일 동 산 영 광 식 복 범 학 향 춘 진 경 손 미 호 자 재 대 내 해 화 비 부 세 라
    """
    )
)
# The particles that make a lone Hangul surname or one-syllable given name a name (박은, 혁이가).
HANGUL_NAME_PARTICLES: frozenset[str] = frozenset(
    _words("은 는 이 가 을 를 의 에게 에게서 한테 한테서 도 와 과 께서 랑 이랑 하고 만 처럼 아 야")
)
# A nickname made of an adjective and a surname: 큰 박, 작은 김.
HANGUL_NICKNAME_ADJECTIVES: frozenset[str] = frozenset(_words("큰 작은 늙은 젊은 키큰 꼬마"))
# Before a title written apart these are more often words than surnames: 이 (this), 한 (one),
# 전 (former), 현 (current), 모 (a certain), 고 (the late). Before 씨, which follows only a
# surname, they are surnames; so is 한 before 동무 or 동지 ("one comrade" is 동무 한 명).
SPACED_TITLE_AMBIGUOUS: frozenset[str] = frozenset(["이", "한", "전", "현", "모", "고"])
SPACED_TITLE_EXCEPTIONS: dict[str, frozenset[str]] = {
    "씨": SPACED_TITLE_AMBIGUOUS,
    "동무": frozenset(["한"]),
    "동지": frozenset(["한"]),
}
# Dotted letters that are abbreviations, never initials of a person (U.N., U.S., D.P.R.K.).
NOT_INITIALS: frozenset[str] = frozenset(
    _words(
        "us un uk eu dc pm am nk sk ie eg ok tv no st mr ms dr jr sr co ad bc vs rok usa prc ngo "
        "ilo ussr"
    )
)


# "최가는 좀 괜찮았어요", "보위원 탁가가", "윤가네 식구들": a surname with the familiar, often
# scornful suffix 가 is a person, unless the two syllables are a word (제가 'I', 배가 'the ship',
# 국가 'state', 강가 'riverside', 장가 'marriage') or 가 is the particle after the word (도가
# 넘었고 'degrees'). Counted on the 22 labelled sets before the list was written.
SURNAME_GA_WORDS: frozenset[str] = frozenset(
    _words(
        """
    제가 배가 나가 국가 추가 도가 허가 강가 이가 오가 시가 주가 대가 평가 고가 단가 정가 원가
    명가 양가 외가 본가 종가 인가 상가 전가 차가 장가 사가 성가 소가 마가 구가 위가 한가
    안가 모가 선가 석가 유가 호가 염가 반가 부가 가가 진가 예가 여가
    """
    )
)


# A full name with its surname alone in brackets, the short form the text will use for that
# person: "검토자: 백승아(이하 백), 노윤재(이하 노)", "면담자: 문가람(문)". Groups: the full name,
# its surname, the glossing surname.
SURNAME_GLOSS_RE = re.compile(
    r"(?<![가-힣])(([가-힣])[가-힣]{1,2})[ \t]*[(（](?:이하[ \t]*)?(\2)[)）]"
)


class SurnameGlosses(NamedTuple):
    surnames: frozenset[str]  # the surnames some full name of the text is glossed with
    positions: frozenset[int]  # where each glossing surname stands


@lru_cache(maxsize=8)
def surname_glosses(text: str) -> SurnameGlosses:
    """The surnames `text` glosses full names with, and where (one pass over the text, shared
    by the scans that ask for each label and each bracket)."""
    matches = list(SURNAME_GLOSS_RE.finditer(text))
    return SurnameGlosses(
        frozenset(match.group(3) for match in matches),
        frozenset(match.start(3) for match in matches),
    )
