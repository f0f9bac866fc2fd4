"""Personnel notices of Taiwan's city and county governments (eighth session, lane notice18), on invented text
in Simplified and Traditional script: a department head printed without its government (卫生局长, 主计处处长) on
a page that prints one such government is that government's; a government printed short (县府, 市府) is the
government; transfer words (平调, 真除, 布达, 届龄) are never names; 主任 is never cut into a name and 任."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, facts, handed_on, people

# A department head (局长, 处长, their deputies) after a plain department name, on a page printing the government
# of one city or county whose pages print departments bare: that government's department.
DEPARTMENT = [
    ("臺南市政府今天舉行交接典禮，新任衛生局長龔明遠宣誓就職。", "龚明远", "台南市卫生局长"),
    ("台南市政府今天举行交接典礼，新任卫生局长龚明远宣誓就职。", "龚明远", "台南市卫生局长"),
    ("金門縣政府今天發布人事命令，主計處長柴思雨監交。", "柴思雨", "金门县主计处长"),
    ("高雄市府今天公布人事，民政局副局長林曉峰調任參議。", "林晓峰", "高雄市民政局副局长"),
    ("嘉义县政府布达新任主管，综合发展处处长钱小禾宣誓就职。", "钱小禾", "嘉义县综合发展处处长"),
    ("市府今天布達，都發局長宁可心宣誓就職。臺中市副市長龔明遠監誓。臺中市各區同步。", "宁可心", "台中市都发局长"),
]


@pytest.mark.parametrize(("text", "person", "post"), DEPARTMENT)
def test_a_bare_department_is_the_printed_governments(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# Not composed: two such governments printed, a mainland city (its departments are printed with their level),
# a national body (中央…局), or a page that prints no government at all.
KEPT = [
    ("臺南市政府與高雄市政府今天交流，衛生局長龔明遠出席。", "龚明远", "卫生局长"),
    ("江城市政府今天召开会议，卫生局长龚明远出席。", "龚明远", "卫生局长"),
    ("金門縣政府今天開會，中央氣象局長柴思雨出席。", "柴思雨", "中央气象局长"),
    ("金門縣今天舉行活動，主計處長柴思雨出席。", "柴思雨", "主计处长"),
]


@pytest.mark.parametrize(("text", "person", "post"), KEPT)
def test_a_department_stays_as_printed_without_one_government(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("金門縣政府今天發布人事命令，新任縣府財政處長龔明遠宣誓就職。", "龚明远", "金门县政府财政处长"),
        ("高雄市府今天發布人事，林曉峰調任高雄市府參議。", "林晓峰", "高雄市政府参议"),
        ("嘉义县政府今天发布人事，县府秘书处长柴思雨出席。", "柴思雨", "嘉义县政府秘书处长"),
    ],
)
def test_a_government_printed_short_is_the_government(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# A transfer word after a title (区长平调) is never a name; a name before one (代理区长某某真除) ends there.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("臨江市政府公布區長人事，有11位是區長平調，新任區長有9位。", "平调"),
        ("江城县政府公布人事，有3位是局长平调，2位新任。", "平调"),
        ("青禾縣政府今天公布，兩位處長平調，三位科長升任。", "平调"),
    ],
)
def test_a_transfer_word_is_no_name(text: str, word: str) -> None:
    assert word not in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("临江市政府今天举行区长布达，代理区长柴思雨真除。", "柴思雨"),
        ("臨江市政府今天舉行區長布達，代理區長林曉峰真除。", "林晓峰"),
        ("江城县政府公布人事，区长林晓峰届龄退休，由龚明远接任。", "林晓峰"),
        ("江城縣政府公布人事，處長龔明遠屆齡退休。", "龚明远"),
    ],
)
def test_a_name_ends_before_a_transfer_word(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "其中3名區長改調參議、區公所主任秘書及戶政事務所主任。",
        "其中4名区长改调参议、区公所主任秘书及户政事务所主任。",
        "三位科长分别调任青禾公所主任秘书、江城所主任。",
    ],
)
def test_a_director_title_is_not_cut_into_a_name(text: str) -> None:
    """…公所主任秘书: 主任 is a title, never the end of a name (公所主) and the verb 任."""
    assert not any(name.endswith("主") for name in people(text))


# 某职甲调任某职，由乙接任<the same post>: the post printed after the verb is the one the titled name before the
# clause holds: a hand-over naming both (a succession even of a post of several holders, such as a deputy's).
NAMED_TAKEOVER = [
    (
        "江城市政府今天公布人事，原民政局副局长林晓峰调任市府参议，由原市府参议龚明远接任民政局副局长，另有区长调动。",
        ("民政局副局长", "林晓峰", "龚明远"),
    ),
    (
        "青禾縣政府今天公布人事，原財政處副處長柴思雨調任縣府參議，由參議林曉峰接任財政處副處長。",
        ("财政处副处长", "柴思雨", "林晓峰"),
    ),
    (
        "临江市委决定，市委副秘书长钱小禾调任市政协秘书长，由市委办公室主任宁可心接任市委副秘书长。",
        ("临江市委副秘书长", "钱小禾", "宁可心"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), NAMED_TAKEOVER)
def test_a_takeover_naming_the_post_hands_it_on(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


def test_a_takeover_of_a_post_nobody_held_hands_nothing_on() -> None:
    """The post after the verb is not the titled name's (市政协副秘书长 is not 市委副秘书长): no hand-over."""
    text = "临江市委决定，市委副秘书长钱小禾调任市政协秘书长，由宁可心接任市政协副秘书长。"
    assert not any(before == "钱小禾" for _, before, _ in handed_on(text))


# A bare title (ellipsis org) in a later sentence is the post of the one organisation the article printed with that
# head before a name (参议 after 高雄市府参议甲); two organisations printed with it: it stays bare.
ARTICLE_POST = [
    ("高雄市府公布人事。高雄市府參議龔明遠調任民政局副局長。參議柴思雨調任鼓山區公所區長。", "柴思雨", "高雄市政府参议"),
    ("江城大学副校长龚明远出席开幕式。下午，副校长柴思雨主持论坛。", "柴思雨", "江城大学副校长"),
    ("江城大學副校長龔明遠出席開幕式。下午，副校長林曉峰主持論壇。", "林晓峰", "江城大学副校长"),
]


@pytest.mark.parametrize(("text", "person", "post"), ARTICLE_POST)
def test_a_bare_title_takes_the_one_organisation_printed_with_it(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


def test_a_bare_title_stays_bare_between_two_organisations() -> None:
    text = "江城大学副校长龚明远、青禾学院副校长林晓峰出席。下午，副校长柴思雨主持论坛。"
    assert ("柴思雨", "副校长") in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "江城海巡總局舉行交接典禮。署長對卸任柴總局長表示感謝，並對新任總局長龔明遠寄予厚望。",
        "临江海巡总局举行交接典礼。署长对卸任柴总局长表示感谢，并对新任总局长龚明远寄予厚望。",
        "青禾港务局举行交接仪式。对卸任林局长表示感谢，并对新任局长龚明远寄予厚望。",
    ],
)
def test_a_surname_with_a_title_is_no_organisation(text: str) -> None:
    """卸任柴总局长 (a surname and a title: an address) gives the bare title after it no organisation."""
    assert not any(post.startswith(("柴", "林")) for person, post in claims(text) if person == "龚明远")


# 前 between an organisation and its title goes out of the post (the post held before), but in a country's title.
@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("青禾经济研究院前院长龚明远出任江城发展委员会主委。", "龚明远", "青禾经济研究院院长"),
        ("江城市前議員柴思雨出席。", "柴思雨", "江城市议员"),
        ("江城法務局前局長林曉峰出席。", "林晓峰", "江城法务局局长"),
        ("美国前国务卿柯朗出席。", "柯朗", "美国前国务卿"),
    ],
)
def test_a_former_marker_inside_a_post_goes_out_of_it(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("台東縣政府今天布達，原民處長龔明遠宣誓就職。", "龚明远", "台东县原民处长"),
        ("金門縣政府今天布達，原綜發處處長柴思雨調任。", "柴思雨", "金门县综发处处长"),
        # the post he leaves, the government's (session 32: a notice form's post printed after 原 is the post itself)
        ("台南市政府今天布達，原衛生局長林曉峰卸任。", "林晓峰", "台南市卫生局长"),
    ],
)
def test_a_former_marker_before_a_department_keeps_it_from_the_government(text: str, person: str, post: str) -> None:
    """原某处处长: 原 is no part of the department (the post held before, 某县综发处处长: session 10, notice20
    strips it, actors/inherit.former_post); 原民处 (one character after 原) is a
    department's name."""
    assert (person, post) in claims(text)


# 原 before an organisation the article prints alone elsewhere is a former marker, out of the post (原某局代副局长甲
# … 某局): 原住民族委员会 is never printed as 住民族委员会, so its 原 stays.
@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("江城行政局局長龔明遠今日就職，而原江城行政局代副局長柴思雨則獲委任為副局長。江城行政局今日發稿。", "柴思雨", "江城行政局代副局长"),
        ("青禾交通局今日发稿，原青禾交通局副局长林晓峰调任青禾海事局局长。", "林晓峰", "青禾交通局副局长"),
        ("臨江原住民族委員會主委龔明遠出席。", "龚明远", "临江原住民族委员会主委"),
    ],
)
def test_a_former_marker_before_an_organisation_printed_alone(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# A post printed without a name right before the ceremony that hands it on (某总局总局长布达交接典礼): a title head
# printed alone later (卸任总局长甲, 新任总局长乙) is that post, and the ceremony's pair a succession.
CEREMONY = [
    (
        "临江海巡总局今天举行临江海巡总局总局长布达交接典礼。署长对卸任总局长林晓峰表示感谢，并对新任总局长龚明远寄予厚望。",
        ("临江海巡总局总局长", "林晓峰", "龚明远"),
    ),
    (
        "臨江海巡總局今天舉行臨江海巡總局總局長布達交接典禮。署長對卸任總局長林曉峰表示感謝，並對新任總局長龔明遠寄予厚望。",
        ("临江海巡总局总局长", "林晓峰", "龚明远"),
    ),
    (
        "江城港务局于6月1日上午假所属礼堂举行江城港务局局长交接典礼。部长感谢卸任局长柴思雨，勉励新任局长钱小禾。",
        ("江城港务局局长", "柴思雨", "钱小禾"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), CEREMONY)
def test_a_ceremony_names_the_post_it_hands_on(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


# 某局长甲(今天)宣誓就职: the titled name takes the post on the day; with the former holder the article names (原某局长乙),
# a succession. A swearing-in's anniversary (就职2周年) takes nothing.
SWORN = [
    ("嘉义县政府今天布达，地政局长龚明远今天宣誓就职，副县长林晓峰监交。林晓峰肯定原地政局长柴思雨的贡献。", ("嘉义县地政局长", "柴思雨", "龚明远")),
    ("嘉義縣政府今天布達，地政局長龔明遠今天宣誓就職，副縣長林曉峰監交。林曉峰肯定原地政局長柴思雨的貢獻。", ("嘉义县地政局长", "柴思雨", "龚明远")),
    ("江城市卫生局局长钱小禾今日宣誓就职。原江城市卫生局局长宁可心另有任用。", ("江城市卫生局局长", "宁可心", "钱小禾")),
]


@pytest.mark.parametrize(("text", "succession"), SWORN)
def test_a_titled_name_sworn_in_takes_the_post(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


def test_an_anniversary_of_a_swearing_in_takes_nothing() -> None:
    changes = {(r.person, r.change) for r in facts("江城县县长龚明远宣誓就职2周年，举办活动。").roles}
    assert ("龚明远", "start") not in changes


# A verb of praise before a post (肯定, 勉励, 恭喜…) is no part of it.
@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("副县长林晓峰肯定江城县交通局长龚明远的表现。", "龚明远", "江城县交通局长"),
        ("副縣長林曉峰致詞時勉勵江城縣交通局長龔明遠，期許再創佳績。", "龚明远", "江城县交通局长"),
        ("县长林晓峰恭喜江城县水利局长柴思雨获奖。", "柴思雨", "江城县水利局长"),
    ],
)
def test_a_verb_of_praise_is_no_part_of_a_post(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)
