"""Hanja surnames and their Hangul readings."""

from testimony.anonymize.names.surnames import surname_hangul_forms

# The Hanja of the common Korean surnames and their Hangul readings (North and South forms).
# Source: the standard readings of the surname characters (국립국어원 표준국어대사전, the
# Hanja of the surnames counted by the 2015 South Korean census, 통계청 성씨·본관 통계). A name
# in Hanja (朴哲民) cannot be read back from its Hangul; only its surname character can. The
# last rows are the simplified characters a Chinese text writes the same surnames in (韩, 郑,
# 张, 车): a contract, a payslip or a chat from a Chinese workplace names Korean workers so.
# 于 is left out: it is the word "at" (关于, 小于 "less than") far more often than 우.
_HANJA_SURNAME_ROWS = """
朴 박|李 이 리|金 김|崔 최|鄭 정|林 림 임|姜 강|趙 조|尹 윤|張 장|韓 한|申 신|黃 황|吳 오|安 안
柳 류 유|洪 홍|全 전|高 고|文 문|孫 손|梁 양 량|宋 송|白 백|許 허|劉 류 유|南 남|沈 심|盧 노 로
河 하|郭 곽|成 성|車 차|朱 주|禹 우|具 구|任 임 림|羅 나 라|田 전|閔 민|元 원|玄 현|魯 노 로
池 지|卞 변|嚴 엄|丁 정|千 천|方 방|孔 공|康 강|玉 옥|奇 기|秦 진|陳 진|蔡 채|表 표|明 명
呂 여 려|延 연|魏 위|馬 마|吉 길|周 주|太 태|卓 탁|桂 계|邊 변|石 석|徐 서|愼 신|辛 신|慶 경
裵 배|裴 배|曺 조|曹 조|廉 염 렴|王 왕|陸 육 륙|咸 함|都 도|陶 도|睦 목|薛 설|秋 추|魚 어|余 여
琴 금|潘 반|蘇 소|殷 은|片 편|楊 양|兪 유|庾 유|尙 상|夏 하|智 지|晉 진|錢 전|董 동|毛 모|牟 모
孟 맹|奉 봉|諸 제|宣 선|鞠 국|韋 위|弓 궁|甘 감|龍 용 룡|皮 피|邢 형|景 경|印 인|卜 복|段 단
馮 풍|房 방|芮 예|溫 온|賓 빈|葉 엽|唐 당|蔣 장|范 범|簡 간|丘 구|邱 구|宮 궁|史 사|承 승|龔 공
郑 정|张 장|赵 조|刘 류 유|吴 오|孙 손|许 허|卢 노 로|罗 나 라|陈 진|车 차|杨 양|苏 소|陆 육 륙
严 엄|边 변|鲁 노 로|龙 용 룡|吕 여 려|韩 한|黄 황|马 마|冯 풍|邓 등|鄧 등|萧 소|庄 장|汤 탕|贾 가
叶 엽|蒋 장|钱 전|韦 위|龚 공|闵 민
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
