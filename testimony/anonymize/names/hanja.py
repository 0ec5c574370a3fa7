"""Hanja surnames and their Hangul readings."""

from testimony.anonymize.names.surnames import surname_hangul_forms

# The Hanja of the common Korean surnames and their Hangul readings (North and South forms).
# Source: the standard readings of the surname characters (국립국어원 표준국어대사전, the
# Hanja of the surnames counted by the 2015 South Korean census, 통계청 성씨·본관 통계). A name
# in Hanja (朴哲民) cannot be read back from its Hangul; only its surname character can.
_HANJA_SURNAME_ROWS = """
朴 박|李 이 리|金 김|崔 최|鄭 정|林 림 임|姜 강|趙 조|尹 윤|張 장|韓 한|申 신|黃 황|吳 오|安 안
柳 류 유|洪 홍|全 전|高 고|文 문|孫 손|梁 양 량|宋 송|白 백|許 허|劉 류 유|南 남|沈 심|盧 노 로
河 하|郭 곽|成 성|車 차|朱 주|禹 우|具 구|任 임 림|羅 나 라|田 전|閔 민|元 원|玄 현|魯 노 로
池 지|卞 변|嚴 엄|丁 정|千 천|方 방|孔 공|康 강|玉 옥|奇 기|秦 진|陳 진|蔡 채|表 표|明 명
呂 여 려|延 연|魏 위|馬 마|吉 길|周 주|太 태|卓 탁|桂 계|邊 변|石 석|徐 서|愼 신|辛 신|慶 경
"""
HANJA_SURNAMES: dict[str, frozenset[str]] = {}
for _row in _HANJA_SURNAME_ROWS.replace("\n", "|").split("|"):
    _parts = _row.split()
    if len(_parts) >= 2:
        HANJA_SURNAMES[_parts[0]] = frozenset(_parts[1:])


def hanja_surnames_of(hangul_surname: str) -> frozenset[str]:
    """The Hanja that read as this Hangul surname (박 -> 朴; 이 and 리 -> 李)."""
    forms = set(surname_hangul_forms(hangul_surname)) | {hangul_surname}
    return frozenset(hanja for hanja, readings in HANJA_SURNAMES.items() if readings & forms)
