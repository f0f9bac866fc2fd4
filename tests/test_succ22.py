"""Issue 13, lane succ22: notices, their roles and successions (invented text only, Simplified and Traditional).

* A Hong Kong notice prints the day a move takes effect between the mover and 出任 (甲本月N日起/下周X起出任某职，
  接替退休的乙): the move is read, the day is no name (周三起), the predecessor after 接替…的 leaves the post.
* Title heads of courts and civil-service ranks: 庭长/副庭长 (a court's division printed after a post of the court
  is that court's; 审判员 after a division's post is the court's), 总机师, 规划师, 建筑师, 测量师.
* A name with 和 in the middle in a standing committee's notice (任命钱和远为…, 免去宁和平的…) and the rare
  surnames 雒, 庹: both holders are read, so the notice is a succession.
* A hand-over ceremony held by a body (某局举行新、卸任局长交接典礼): the bare title before the ceremony word is
  that body's post, and so are 卸任局长甲 / 新任局长乙 after it (a succession).
* A career told with an adverb (曾长期担任…一职, 多年担任) or two posts joined by 和: 曾长期 is no name, each post is
  a past post.
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, handed_on, people

# --- a Hong Kong move with its day between the mover and the verb ------------------------------------------
DAY_MOVES = [
    ("政府公布人事安排，渔农署助理署长林晓峰本月20日起出任渔农署署长，接替退休的龚明远。", ("渔农署署长", "龚明远", "林晓峰")),
    ("政府公布人事安排，漁農署助理署長林曉峰本月20日起出任漁農署署長，接替退休的龔明遠。", ("渔农署署长", "龚明远", "林晓峰")),
    ("海事处副处长柴思雨，下周三起出任海事处处长，接替即将退休的钱小禾。", ("海事处处长", "钱小禾", "柴思雨")),
    ("海事處副處長柴思雨，下週三起出任海事處處長，接替即將退休的錢小禾。", ("海事处处长", "钱小禾", "柴思雨")),
    ("另外，屋宇署副署长宁可心下星期一起出任屋宇署署长，接替休假的王青禾。", ("屋宇署署长", "王青禾", "宁可心")),
    ("消息指，邮政署副署长龚明远下月1日起出任邮政署署长，接替离任的林晓峰。", ("邮政署署长", "林晓峰", "龚明远")),
    ("水务署副署长林晓峰5月3日起出任水务署署长，接替龚明远。", ("水务署署长", "龚明远", "林晓峰")),
    # a date in brackets after the day word, a comma before the verb
    ("政府今日宣布，现任江城局常任秘书长龚明远明日（5月2日）起，出任海州局常任秘书长，接替已展开退休前休假的柴思雨。", ("海州局常任秘书长", "柴思雨", "龚明远")),
    # the predecessor's name ends with 和
    ("政府宣布，屋宇署副署长林晓峰将于12月30日出任屋宇署署长，接替即将展开退休前休假的王立和。", ("屋宇署署长", "王立和", "林晓峰")),
    # a vacancy taken on a day printed after the successor
    ("康樂署署長林曉峰調任江城局常任秘書長。康樂署署長的空缺，就由產業署署長龔明遠，在十月四日接任。", ("康乐署署长", "林晓峰", "龚明远")),
]


@pytest.mark.parametrize(("text", "succession"), DAY_MOVES)
def test_a_move_dated_between_mover_and_verb_is_a_succession(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


def test_a_predecessor_printed_as_a_stand_in_hands_on_no_post() -> None:
    """接替…的乙 where the article calls 乙 the 署理 of that post: 乙 leaves the stand-in's post, no succession."""
    text = (
        "政府宣布，屋宇署副署长林晓峰将于12月30日出任屋宇署署长，接替即将展开退休前休假的王立和。"
        "局长说，王立和服务政府多年。作为署理屋宇署署长，他带领屋宇署推展工作。"
    )
    assert ("王立和", "署理屋宇署署长") in claims(text)
    assert not handed_on(text)


@pytest.mark.parametrize(
    "text",
    [
        "海事处副处长柴思雨，下周三起出任海事处处长，接替即将退休的钱小禾。",
        "海事處副處長柴思雨，下週四起出任海事處處長。",
        "政府表示，新措施下周五起实施，海事处处长钱小禾会出席记者会。",
    ],
)
def test_a_weekday_is_no_name(text: str) -> None:
    found = people(text)
    assert not {n for n in found if n.startswith("周")}


def test_a_past_move_keeps_no_new_holder() -> None:
    """曾于…出任 is a career, never the notice's move: no succession."""
    assert not handed_on("海事处处长柴思雨曾于5月3日起出任海事处副处长，接替钱小禾。")


# --- title heads: courts and civil-service ranks ------------------------------------------------------------
HEADS = [
    ("会议免去柴思雨的江城海事法院副院长、海商审判庭庭长、审判员职务。", "柴思雨", "江城海事法院海商审判庭庭长"),
    ("会议免去柴思雨的江城海事法院副院长、海商审判庭庭长、审判员职务。", "柴思雨", "江城海事法院审判员"),
    (
        "经表决，免去龚明远的临江金融法院副院长、审判委员会委员、商事审判庭庭长、审判员职务。",
        "龚明远",
        "临江金融法院商事审判庭庭长",
    ),
    ("會議任命錢小禾為江城市中級人民法院刑事審判第二庭副庭長、審判員。", "钱小禾", "江城市中级人民法院刑事审判第二庭副庭长"),
    ("會議任命錢小禾為江城市中級人民法院刑事審判第二庭副庭長、審判員。", "钱小禾", "江城市中级人民法院审判员"),
    ("江城市中级人民法院民一庭庭长林晓峰出席。", "林晓峰", "江城市中级人民法院民一庭庭长"),
    ("江城救援队总机师柴思雨陪同视察。", "柴思雨", "江城救援队总机师"),
    ("首席規劃師宁可心出席論壇。", "宁可心", "首席规划师"),
    ("江城房屋局总建筑师王青禾介绍方案。", "王青禾", "江城房屋局总建筑师"),
    ("江城地政总署首席测量师龚明远陪同视察。", "龚明远", "江城地政总署首席测量师"),
]


@pytest.mark.parametrize(("text", "person", "post"), HEADS)
def test_court_and_rank_titles_name_their_holder(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        # a division printed with its own court keeps it
        ("免去龚明远的临江金融法院副院长、江城海事法院民一庭庭长职务。", "龚明远", "临江金融法院江城海事法院民一庭庭长"),
        # a pilot is no title head alone: a driver's 师傅 names no post
        ("司机师傅林晓峰说，路况良好。", "林晓峰", "司机师"),
    ],
)
def test_no_court_or_rank_post_where_none_is_printed(text: str, person: str, post: str) -> None:
    assert (person, post) not in claims(text)


# --- names with 和 inside, rare surnames: both holders of a standing committee's notice ---------------------
NOTICE_PAIRS = [
    ("会议决定免去林晓峰的临江省农业和林业厅厅长职务，任命钱和远为临江省农业和林业厅厅长。", ("临江省农业和林业厅厅长", "林晓峰", "钱和远")),
    ("會議決定免去宁和平的臨江省水利廳廳長職務，任命柴思雨為臨江省水利廳廳長。", ("临江省水利厅厅长", "宁和平", "柴思雨")),
    ("会议决定免去雒思远的临江省文化厅厅长职务，任命庹青禾为临江省文化厅厅长。", ("临江省文化厅厅长", "雒思远", "庹青禾")),
    ("會議決定免去雒思遠的臨江省文化廳廳長職務，任命庹青禾為臨江省文化廳廳長。", ("临江省文化厅厅长", "雒思远", "庹青禾")),
]


@pytest.mark.parametrize(("text", "succession"), NOTICE_PAIRS)
def test_a_standing_committee_notice_names_both_holders(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


def test_two_names_joined_by_he_stay_two() -> None:
    found = claims("会议任命林晓峰和柴思雨为临江省副省长。")
    assert ("林晓峰", "临江省副省长") in found and ("柴思雨", "临江省副省长") in found


# --- a hand-over ceremony held by a body -----------------------------------------------------------------
CEREMONIES = [
    (
        "临江县交通局今天举行新、卸任局长交接典礼。卸任局长柴思雨过去两年常驻工地；新任局长龚明远宣誓就职。",
        ("临江县交通局局长", "柴思雨", "龚明远"),
    ),
    (
        "臨江縣交通局今天舉行新、卸任局長交接典禮。卸任局長柴思雨過去兩年常駐工地；新任局長龔明遠宣誓就職。",
        ("临江县交通局局长", "柴思雨", "龚明远"),
    ),
    (
        "青禾县卫生局今天举行新旧任局长交接典礼，卸任局长柴思雨调任他职，新任局长龚明远宣誓就职。",
        ("青禾县卫生局局长", "柴思雨", "龚明远"),
    ),
    (
        "江城市地政處上午舉行新卸任處長交接典禮，由市長監交，卸任處長林曉峰榮退，新任處長錢小禾隨即主持會議。",
        ("江城市地政处处长", "林晓峰", "钱小禾"),
    ),
    (
        "臨江院今早舉行秘書長交接儀式，卸任秘書長柴思雨致詞，新任秘書長龔明遠表示惶恐。",
        ("临江院秘书长", "柴思雨", "龚明远"),
    ),
    (  # 所 ends a body (name_title_org_end, session 31): an office's own 主任
        "江城市地政事务所今天举行新旧任主任交接典礼，卸任主任柴思雨致词，新任主任林晓峰表示将提升服务。",
        ("江城市地政事务所主任", "柴思雨", "林晓峰"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), CEREMONIES)
def test_a_ceremony_of_a_body_hands_its_post_on(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


@pytest.mark.parametrize(
    "text",
    [
        # the body is not the one holding the ceremony (printed inside the clause, not opening it)
        "县长昨天为临江县交通局主持新、卸任局长交接典礼，卸任局长柴思雨，新任局长龚明远。",
        # 主任 names no body by its first character, and 中心 ends no body (name_title_org_end): it stays bare
        "江城市地政服务中心今天举行新旧任主任交接典礼，新任主任林晓峰表示将提升服务。",
        # a bureau's head is never the government's: 局长 needs a body ending with 局
        "临江县政府今天举行新卸任局长交接典礼，新任局长龚明远宣誓就职。",
    ],
)
def test_no_ceremony_body_where_none_opens_the_sentence(text: str) -> None:
    assert not any(post.startswith(("临江县交通局", "新旧任", "江城市地政服务中心", "临江县政府")) for _, post in claims(text))


def test_a_name_after_the_agent_mark_is_no_four_character_name() -> None:
    found = people("青禾港務局今天辦理交接，新任局長由鄭海濤（左二）接任。")
    assert "郑海涛" in found and "由郑海涛" not in found


# --- careers told with an adverb, or two posts joined by 和 -------------------------------------------------
CAREERS = [
    ("会议任命林晓峰为江城市副市长。林晓峰出身纺织行业，曾长期担任青禾纺织公司总经理一职。", "林晓峰", "青禾纺织公司总经理"),
    ("会议任命林晓峰为江城市副市长。林晓峰曾多年担任青禾县县长。", "林晓峰", "青禾县长"),
    ("會議任命林曉峰為江城市副市長。林曉峰出身紡織行業，曾長期擔任青禾紡織公司總經理一職。", "林晓峰", "青禾纺织公司总经理"),
    ("会议任命钱小禾为江城市副市长。钱小禾从政多年，历任江城市科委副主任和江城市科委主任等职。", "钱小禾", "江城市科委副主任"),
    ("会议任命钱小禾为江城市副市长。钱小禾从政多年，历任江城市科委副主任和江城市科委主任等职。", "钱小禾", "江城市科委主任"),
    ("林晓峰曾任江城市交委副主任及江城大学校长等职。", "林晓峰", "江城大学校长"),
]


@pytest.mark.parametrize(("text", "person", "post"), CAREERS)
def test_a_career_with_an_adverb_or_a_joiner(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "会议任命林晓峰为江城市副市长。他的履历以企业为主，曾长期担任青禾纺织公司总经理一职。",
        "柴思雨曾长期在基层工作，曾多年担任青禾县县长。",
    ],
)
def test_an_adverb_after_zeng_is_no_name(text: str) -> None:
    assert not {n for n in people(text) if n.startswith("曾")}


# --- names and the posts they held, respectively (甲、乙此前分别担任某职和某职) ------------------------------
RESPECTIVE = [
    ("会议任命钱小禾、宁可心为江城市副市长。钱小禾、宁可心此前分别担任江城市青禾区委书记和松岩区委书记。", "钱小禾", "江城市青禾区委书记"),
    ("会议任命钱小禾、宁可心为江城市副市长。钱小禾、宁可心此前分别担任江城市青禾区委书记和松岩区委书记。", "宁可心", "江城市松岩区委书记"),
    ("會議任命錢小禾、寧可心為江城市副市長。錢小禾、寧可心之前分別擔任江城市青禾區委書記和松岩區委書記。", "宁可心", "江城市松岩区委书记"),
    ("林晓峰、龚明远曾分别担任江城大学校长、青禾医院院长。", "龚明远", "青禾医院院长"),
    ("林晓峰、龚明远分别担任江城市青禾区区长、临江市松岩区区长。", "龚明远", "临江市松岩区长"),
]


@pytest.mark.parametrize(("text", "person", "post"), RESPECTIVE)
def test_names_hold_their_posts_respectively(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        # a past list is no post given now
        ("林晓峰、龚明远曾分别担任江城大学校长、青禾医院院长。", "明远曾", "青禾医院院长"),
        # counts that disagree say nothing
        ("林晓峰、龚明远此前分别担任江城大学校长。", "林晓峰", "江城大学校长"),
    ],
)
def test_no_respective_post_where_the_lists_disagree(text: str, person: str, post: str) -> None:
    assert (person, post) not in claims(text)
