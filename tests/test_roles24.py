"""Roles, lane roles24 (issue 13): a post printed in a chain with only a level or an organ of the body the post
before it names (actors/siblings.py). A level longer than one character or outside place_level (自治区, 州, 盟)
takes the place that body printed (某自治区党委书记、自治区主席; 某州委常委、州委宣传部部长; 某州委副书记、州长); a
sibling organ of a zone, a subdistrict or a level (管委会, 纪工委, 监察工委, 办事处; 监委) takes the body's owner
(某园区党工委书记、管委会主任; 某区纪委书记、监委主任). Invented text, Simplified and Traditional; the near misses
keep the post as printed: no place in the chain (D1), a city whose name holds the level, a company's office."""

from __future__ import annotations

import pytest

from pipeline_probe import claims

# --- a level of more than one character, or of no place_level, after a post of that place's body ---------------

LEVELS = [
    ("据介绍，临江自治区党委常委、自治区主席龚明远当天也到场。", "龚明远", "临江自治区主席"),
    ("據介紹，臨江自治區黨委常委、自治區代主席龔明遠當天也到場。", "龚明远", "临江自治区代主席"),
    ("海州壮族自治区党委委员、自治区代主席柴思雨随后发言。", "柴思雨", "海州壮族自治区代主席"),
    ("松岩自治区党委书记、自治区政协主席钱小禾在会上讲话。", "钱小禾", "松岩自治区政协主席"),
    ("松岩自治區黨委書記、自治區政協主席錢小禾在會上講話。", "钱小禾", "松岩自治区政协主席"),
    ("当天下午，中共青禾州委常委、州委统战部部长宁可心带队走访。", "宁可心", "青禾州委统战部部长"),
    ("當天下午，中共青禾州委常委、州委統戰部部長寧可心帶隊走訪。", "宁可心", "青禾州委统战部部长"),
    ("江城州委副书记、州长林晓峰前往工地查看进度。", "林晓峰", "江城州州长"),
    ("江城州委常委、副州长林晓峰前往工地查看进度。", "林晓峰", "江城州副州长"),
    ("中共松岩盟委委员、盟委秘书长龚明远陪同客人参观。", "龚明远", "松岩盟委秘书长"),
]


@pytest.mark.parametrize(("text", "person", "post"), LEVELS)
def test_a_long_level_takes_the_place_its_chain_printed(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


LEVELS_KEPT = [  # no place in the chain (the page's region named in passing completes nothing), or a city's name
    (
        "自治区党委常委、自治区副主席龚明远参加会见。双方同意加强与临江在旅游方面的合作。",
        "龚明远",
        "自治区副主席",
    ),
    ("广州市委常委、州委书记柴思雨当天未到场。", "柴思雨", "州委书记"),
    ("临江省委常委、州委书记钱小禾出席活动。", "钱小禾", "州委书记"),
    ("美国加州州长宁可心一行抵达。", "宁可心", "美国加州州长"),
]


@pytest.mark.parametrize(("text", "person", "post"), LEVELS_KEPT)
def test_a_long_level_with_no_place_in_its_chain_stays_as_printed(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# --- a sibling organ of the body before it ---------------------------------------------------------------------

SIBLINGS = [
    ("江城园区党工委书记、管委会主任龚明远致欢迎辞。", "龚明远", "江城园区管委会主任"),
    ("江城園區黨工委書記、管委會主任龔明遠致歡迎辭。", "龚明远", "江城园区管委会主任"),
    ("青禾园区党工委副书记、管委会副主任柴思雨介绍了园区规划。", "柴思雨", "青禾园区管委会副主任"),
    ("临江新区党工委委员、纪工委书记钱小禾通报了有关情况。", "钱小禾", "临江新区纪工委书记"),
    ("海州综保区纪工委书记、监察工委主任宁可心作了部署。", "宁可心", "海州综保区监察工委主任"),
    ("松岩街道党工委书记、办事处主任林晓峰陪同检查。", "林晓峰", "松岩街道办事处主任"),
    ("松岩街道黨工委書記、辦事處主任林曉峰陪同檢查。", "林晓峰", "松岩街道办事处主任"),
    ("青禾区委常委、纪委书记、监委主任龚明远列席会议。", "龚明远", "青禾区监委主任"),
    ("青禾區委常委、紀委書記、監委主任龔明遠列席會議。", "龚明远", "青禾区监委主任"),
    ("江城县纪委副书记、监委副主任柴思雨宣读了决定。", "柴思雨", "江城县监委副主任"),
]


@pytest.mark.parametrize(("text", "person", "post"), SIBLINGS)
def test_a_sibling_organ_takes_the_owner_of_the_body_before_it(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


SIBLINGS_KEPT = [  # a body that is no zone's, a level's or a subdistrict's organ: the organ stays as printed
    ("临江集团党委书记、办事处主任龚明远出席。", "龚明远", "办事处主任"),
    ("江城市委书记、管委会主任柴思雨讲话。", "柴思雨", "管委会主任"),
    ("党工委书记、管委会主任钱小禾主持学习。", "钱小禾", "管委会主任"),
]


@pytest.mark.parametrize(("text", "person", "post"), SIBLINGS_KEPT)
def test_a_sibling_organ_of_no_such_body_stays_as_printed(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


def test_a_party_working_committee_after_its_zone_body_is_the_zones() -> None:
    """某区管委会主任、党工委书记: a 管委会 holds no 党工委, which is the zone's sibling organ (session 39: siblings
    ._zone_organ_end; this test read 管委会党工委 before)."""
    found = claims("海州综保区管委会主任、党工委书记林晓峰致辞。")
    assert ("林晓峰", "海州综保区党工委书记") in found


# --- the one post in honorific order, printed once: 总书记 ----------------------------------------------------

GENERAL_SECRETARY = [
    ("规划编制有了明确方向。龚明远总书记多次作出重要指示。", "龚明远"),
    ("規劃編制有了明確方向。龔明遠總書記多次作出重要指示。", "龚明远"),
    ("谈到乡村振兴要久久为功；柴思雨总书记多次强调。", "柴思雨"),
    ("走进牧民家中，他转达钱小禾总书记对大家的问候。", "钱小禾"),
    ("走進牧民家中，他轉達錢小禾總書記對大家的問候。", "钱小禾"),
    ("临别时，他转达了宁可心总书记的嘱托。", "宁可心"),
    ("据报道，中共总书记林晓峰前往青禾考察。", "林晓峰"),
    ("他说，龚明远总书记来过这里。", "龚明远"),  # a speech verb and its comma lead the name (session 59)
    ("據報道，中共總書記林曉峰前往青禾考察。", "林晓峰"),
]


@pytest.mark.parametrize(("text", "person"), GENERAL_SECRETARY)
def test_a_general_secretary_printed_once_is_read(text: str, person: str) -> None:
    assert (person, "中共中央总书记") in claims(text)


GENERAL_SECRETARY_NOT = [  # no name before the title: a verb, a short word; a bare comma opens no such name
    "这里很偏远，龚明远总书记来过这里。",
    "会后，时任总书记出席了活动。",
    "。要学习总书记讲话精神。",
    "全体干部认真学习总书记重要讲话。",
    "。向总书记汇报工作。",
]


@pytest.mark.parametrize("text", GENERAL_SECRETARY_NOT)
def test_no_name_is_read_before_a_general_secretary_from_words(text: str) -> None:
    assert not [p for p, post in claims(text) if post == "中共中央总书记"]


def test_a_former_general_secretary_keeps_the_former_marker() -> None:
    assert ("龚明远", "中共中央总书记") not in claims("会上，原总书记龚明远发表讲话。")


# --- 总统, 副总统 printed bare on a Taiwanese page: 中华民国's (D2) ---------------------------------------------

STATE = [
    ("總統龔明遠4日南下高雄視察電廠。", "龚明远", "中华民国总统"),
    ("行政院長林曉峰表示，總統龔明遠將出席。", "龚明远", "中华民国总统"),
    ("立法院今天开议，副总统宁可心到场致意。", "宁可心", "中华民国副总统"),
    ("今天是總統錢小禾、副總統柴思雨就職典禮，行政院也將改組。", "柴思雨", "中华民国副总统"),
    ("訪團拜會總統龔明遠等高層政要後，今天參訪台南。", "龚明远", "中华民国总统"),
]


@pytest.mark.parametrize(("text", "person", "post"), STATE)
def test_a_bare_head_of_state_on_a_taiwanese_page_is_the_republics(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


STATE_KEPT = [  # no Taiwanese cue, or a country of countries.txt printed before such a title on the page
    ("总统龚明远当天抵达首都机场。", "龚明远", "中华民国总统"),
    ("法国总统龚明远访问台南后回国，总统龚明远表示满意。", "龚明远", "中华民国总统"),
]


@pytest.mark.parametrize(("text", "person", "post"), STATE_KEPT)
def test_a_bare_head_of_state_elsewhere_is_no_republics(text: str, person: str, post: str) -> None:
    assert (person, post) not in claims(text)


def test_no_word_after_a_taiwanese_vice_president_is_read_as_a_name() -> None:
    """副總統上台…: on a Taiwanese page the title is no foreign one, so no transliterated name follows."""
    assert not [p for p, post in claims("行政院會後，副總統上台講話時強調支持。") if "副总统" in post]
