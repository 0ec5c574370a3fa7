"""Titles and honorifics around a name, in English and Korean: which make a surname alone a
mention."""

# A surname alone is a mention only after one of these. Marshal, General, Chairman, President,
# Premier and Supreme Leader are left out on purpose: in testimonies they name the leadership.
TITLES_BEFORE: frozenset[str] = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mister",
        "madam",
        "madame",
        "comrade",
        "dr",
        "doctor",
        "director",
        "manager",
        "supervisor",
        "captain",
        "boss",
        "chief",
        "foreman",
        "officer",
        "minder",
        "secretary",
        "instructor",
        "teacher",
        "engineer",
        "commander",
        "lieutenant",
        "sergeant",
        "inspector",
        "agent",
        "leader",
        "uncle",
        "aunt",
        "auntie",
        "granny",
        "grandpa",
    ]
)
# Words that make "leader" a reference to the leadership ("Supreme Leader Kim").
LEADERSHIP_WORDS: frozenset[str] = frozenset(
    ["supreme", "great", "dear", "respected", "eternal", "beloved"]
)
# Korean titles written in Latin letters after the surname ("Rim-dongmu", "Kim ssi").
ROMANIZED_TITLES_AFTER: frozenset[str] = frozenset(
    [
        "dongmu",
        "tongmu",
        "dongji",
        "tongji",
        "ssi",
        "nim",
        "seonsaeng",
        "sonsaeng",
        "seonsaengnim",
        "sonsaengnim",
        "banjang",
        "panjang",
        "jakeopbanjang",
        "sojang",
        "jibaein",
        "chibaein",
        "gwajang",
        "kwajang",
        "bujang",
        "pujang",
        "sajang",
        "jidowon",
        "chidowon",
    ]
)
# Korean titles after a Hangul surname or name (김씨, 림 동무, 박반장).
HANGUL_TITLES: tuple[str, ...] = tuple(
    sorted(
        [
            "씨",
            "님",
            "동무",
            "동지",
            "선생",
            "선생님",
            "반장",
            "작업반장",
            "소장",
            "지배인",
            "과장",
            "부장",
            "사장",
            "대표",
            "선장",
            "기관장",
            "공장장",
            "팀장",
            "조장",
            "감독",
            "주임",
            "실장",
            "위원장",
            "중대장",
            "소대장",
            "대장",
            "지도원",
            "보위원",
            "안전원",
            "책임자",
            "관리자",
            "기사장",
            "갑판장",
            "부선장",
            "항해사",
            "기관사",
            "분조장",
            "직장장",
            "현장소장",
            "감시원",
            "통역원",
            "당비서",
            "비서",
            "여사",
            "영감",
            "아바이",
            "선배",
            "아저씨",
            "아주머니",
            "형",
            "누나",
            "언니",
            "오빠",
        ],
        key=len,
        reverse=True,
    )
)


# Words that read as a surname and a title but are ordinary nouns: 손님 (a guest), 공사장 (a
# building site), 여사장 (a woman owner).
SURNAME_AND_TITLE_WORDS: tuple[str, ...] = ("손님", "공사장", "여사장")
