"""Personnel notices (ninth session, lane notice19), on invented text in Simplified and Traditional script:
a court's or procuratorate's appointment list (副院长、审判委员会委员、审判员: every post the court's); a list of
transfers joined by 、 (甲调任某职、某职乙升任某职: no post runs into the next item, no transfer verb inside a
post); a list of new heads printed as 职务：姓名（年龄）; factory heads (厂长)."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, handed_on, people

# A court's (procuratorate's) committee and its judges (审判员, 检察员) after the court's own post: the court's.
COURT = [
    (
        "会议任命龚明远为江城市海事法院副院长、审判委员会委员、审判员。",
        "龚明远",
        {"江城市海事法院副院长", "江城市海事法院审判委员会委员", "江城市海事法院审判员"},
    ),
    (
        "會議任命柴思雨為臨江市知識產權法院副院長、審判委員會委員、審判員。",
        "柴思雨",
        {"临江市知识产权法院副院长", "临江市知识产权法院审判委员会委员", "临江市知识产权法院审判员"},
    ),
    (
        "任命林晓峰为青禾区人民检察院副检察长、检察委员会委员、检察员；任命钱小禾为青禾区人民法院审判员。",
        "林晓峰",
        {"青禾区人民检察院副检察长", "青禾区人民检察院检察委员会委员", "青禾区人民检察院检察员"},
    ),
]


@pytest.mark.parametrize(("text", "person", "posts"), COURT)
def test_a_court_list_gives_every_post_the_courts(text: str, person: str, posts: set[str]) -> None:
    found = {post for name, post in claims(text) if name == person}
    assert posts <= found
    assert not any(post.startswith(("审判", "检察委员会")) for post in found)  # never a post of its own


def test_a_judge_alone_is_the_courts() -> None:
    assert ("钱小禾", "青禾区人民法院审判员") in claims(COURT[2][0])


# Transfers listed with 、: each item is 原职 + name + transfer verb + new post; the new post ends before the next
# item, and the next person's chain never starts with the previous item's verb.
TRANSFERS = [
    (
        "金門縣政府今天公布人事異動，原環保局長林曉峰調任縣府參議、文化局長龔明遠升任主計處處長、"
        "財政處長柴思雨轉任建設處副處長。",
        {("林晓峰", "金门县政府参议"), ("龚明远", "金门县文化局长"), ("龚明远", "金门县主计处处长"),
         ("柴思雨", "金门县财政处长"), ("柴思雨", "金门县建设处副处长")},
    ),
    (
        "嘉义县政府今天公布人事异动，民政处长钱小禾调任县府参议、观光处长宁可心升任县府秘书长。",
        {("钱小禾", "嘉义县民政处长"), ("钱小禾", "嘉义县政府参议"), ("宁可心", "嘉义县观光处长"),
         ("宁可心", "嘉义县政府秘书长")},
    ),
    (
        "江城市委今天公布干部调整：江城市交通局局长林晓峰调任江城市水务局局长、江城市农业局局长龚明远改任江城市审计局局长。",
        {("林晓峰", "江城市水务局局长"), ("龚明远", "江城市农业局局长"), ("龚明远", "江城市审计局局长")},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), TRANSFERS)
def test_a_transfer_list_gives_each_item_its_own_posts(text: str, wanted: set[tuple[str, str]]) -> None:
    found = claims(text)
    assert wanted <= found
    verbs = ("调任", "升任", "转任", "改任")
    assert not [post for _, post in found if any(v in post for v in verbs)]  # no transfer verb inside a post


# New heads listed one a line, 职务：姓名（年龄）, each followed by a short CV.
AGED = [
    (
        "金門縣政府今天公布人事異動，新任局處首長為：\n\n教育處長：龔明遠（52歲），臨江大學碩士。\n\n"
        "工務處長：柴思雨（47歲），曾任工務處科長。",
        {("龚明远", "金门县教育处长"), ("柴思雨", "金门县工务处长")},
    ),
    (
        "嘉义县政府公布新任主管名单。\n观光处长：林晓峰（58岁），江城大学毕业。\n社会处长：钱小禾（44岁），江城大学硕士。",
        {("林晓峰", "嘉义县观光处长"), ("钱小禾", "嘉义县社会处长")},
    ),
    (
        "江城市今天公布人事任命。\n江城市统计局局长：宁可心（49岁）。\n江城日报社社长：龚明远（55岁）。",
        {("宁可心", "江城市统计局局长"), ("龚明远", "江城日报社社长")},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), AGED)
def test_a_head_listed_with_an_age_holds_the_post(text: str, wanted: set[tuple[str, str]]) -> None:
    assert wanted <= claims(text)


def test_a_colon_line_without_an_age_is_no_post() -> None:
    """责任编辑：某某 (a byline's field, no age): never a post of the name after it."""
    assert not [p for p in claims("江城市今天公布人事任命。\n主编：龚明远\n") if p[0] == "龚明远"]


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("江城化工厂厂长龚明远出席会议。", "龚明远", "江城化工厂厂长"),
        ("臨江自來水廠副廠長柴思雨出席會議。", "柴思雨", "临江自来水厂副厂长"),
        ("会议由江城钢铁厂厂长林晓峰主持。", "林晓峰", "江城钢铁厂厂长"),
    ],
)
def test_a_factory_head_is_a_title(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# A post named as a post (某职一职), then who takes it (由某职甲接任/出任) and, after a comma, whom that one follows
# (接棒/接替…的乙): the successor holds the post from the notice, the predecessor leaves it.
POST_TAKEN = [
    (
        "临江县本月干部名单出炉，临江县政府秘书长一职由现任参议龚明远接任，接棒月底退休的柴思雨。",
        "临江县政府秘书长", "柴思雨", "龚明远",
    ),
    (
        "江城市昨日宣布人事調整，江城市政府秘書長一職改由參議林曉峰接任，接替年初離職的錢小禾。",
        "江城市政府秘书长", "钱小禾", "林晓峰",
    ),
    (
        "新一轮调整今日公布，重点是青禾县政府秘书长一职由副秘书长宁可心接任，接棒已经退休的龚明远。",
        "青禾县政府秘书长", "龚明远", "宁可心",
    ),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), POST_TAKEN)
def test_a_post_taken_by_one_after_another(text: str, post: str, before: str, after: str) -> None:
    found = claims(text)
    assert {(after, post), (before, post)} <= found
    assert [(b, a) for _, b, a in handed_on(text)] == [(before, after)]


@pytest.mark.parametrize(
    "text",
    [
        "其中临江县政府秘书长一职由江城海关关长林何美玲出任。",
        "政府宣布：江城海關關長林何美玲出任候任縣長辦公室副主任。",
        "江城市政府今天公布：水务局长钱林秀英出任候任市长办公室主任。",
    ],
)
def test_a_married_name_after_a_title_is_read_whole(text: str) -> None:
    """Two surnames and a given name right after a title (署长林何某某出任): the name is the four characters;
    never the last three, nor a name cut out of the verb and the post (出任候任: 任候)."""
    names = {p for p, _ in claims(text)}
    assert names & {"林何美玲", "钱林秀英"}
    assert not names & {"何美玲", "林秀英", "任候"}


# Words around a name that are never part of it: a former marker before a post (原某局长甲: no person 原某),
# an exclusion (除某职甲外: no person 甲外, no post 除某职), a post named as a post (焦点为某职一职).
NOT_NAMES = [
    ("其他异动包括，原卫生局长龚明远调任县府参议。", "龚明远", "原卫生"),
    ("其他異動包括，原環保局長柴思雨調任縣府參議。", "柴思雨", "原环保"),
    ("获新职的3人中，除临江市委书记龚明远外，其他两人均由市长转任。", "龚明远", "龚明远外"),
    ("獲新職的3人中，除江城縣委書記柴思雨外，其他兩人均由縣長轉任。", "柴思雨", "柴思雨外"),
    ("本轮调整名单已出炉，焦点为参议一职，将由现任简任秘书林晓峰升任。", "林晓峰", "焦点为"),
]


@pytest.mark.parametrize(("text", "person", "word"), NOT_NAMES)
def test_words_around_a_name_are_no_name(text: str, person: str, word: str) -> None:
    found = people(text)
    assert person in found
    assert word not in found
    assert not [post for name, post in claims(text) if post.startswith("除")]


# A removal and a transfer in one item (免去甲的某职、某职，调任某职；免去乙的某职职务): 甲 leaves the first posts
# and takes the new one, which 乙 leaves in the same notice: a succession.
REMOVED_MOVED = [
    (
        "会议决定：免去柴思雨的江城市政协副秘书长、研究室主任，调任江城市文化局局长；免去龚明远的江城市文化局局长职务。",
        "柴思雨", "江城市政协副秘书长", "江城市文化局局长", "龚明远",
    ),
    (
        "會議決定：免去林曉峰的臨江市政府副秘書長職務，調任臨江市統計局局長；免去錢小禾的臨江市統計局局長職務。",
        "林晓峰", "临江市政府副秘书长", "临江市统计局局长", "钱小禾",
    ),
    (
        "当天的任免还有：免去宁可心的青禾区委办公室主任，改任青禾区统计局局长；免去柴思雨的青禾区统计局局长职务。",
        "宁可心", "青禾区委办公室主任", "青禾区统计局局长", "柴思雨",
    ),
]


@pytest.mark.parametrize(("text", "person", "left", "taken", "before"), REMOVED_MOVED)
def test_a_removal_then_a_transfer(text: str, person: str, left: str, taken: str, before: str) -> None:
    assert {(person, left), (person, taken), (before, taken)} <= claims(text)
    assert (taken, before, person) in handed_on(text)


# A former marker before a bare title (前副县长甲, 原县长乙): the title completed like any bare one, a past post.
@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("苗栗县政府今天举行县长交接典礼，新任县长龚明远上任。前县长柴思雨、前副县长林晓峰到场观礼。", "林晓峰", "苗栗县副县长"),
        ("苗栗县政府今天举行县长交接典礼，新任县长龚明远上任。前县长柴思雨、前副县长林晓峰到场观礼。", "柴思雨", "苗栗县长"),
        ("嘉義縣政府今天舉行縣長交接典禮，新任縣長龔明遠上任，前副縣長錢小禾到場觀禮。", "钱小禾", "嘉义县副县长"),
    ],
)
def test_a_former_bare_title_is_completed(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)
    assert not [p for name, p in claims(text) if name == person and p.startswith(("前", "原"))]


# The government's own staff (秘书长, 参议, 简任秘书) printed bare on a page printing one city or county government
# whose pages print its departments bare: that government's.
STAFF = [
    ("苗栗县政府今天公布人事异动，秘书长一职由现任参议龚明远接任。", {("龚明远", "苗栗县政府秘书长"), ("龚明远", "苗栗县政府参议")}),
    ("嘉義縣政府今天公布人事異動，簡任秘書林曉峰調任參議。", {("林晓峰", "嘉义县政府简任秘书"), ("林晓峰", "嘉义县政府参议")}),
    ("花莲县政府今日布达，副秘书长钱小禾升任秘书长。", {("钱小禾", "花莲县政府副秘书长"), ("钱小禾", "花莲县政府秘书长")}),
]


@pytest.mark.parametrize(("text", "wanted"), STAFF)
def test_a_bare_staff_title_is_the_printed_governments(text: str, wanted: set[tuple[str, str]]) -> None:
    assert wanted <= claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "江城市政府今天召开会议，秘书长龚明远出席。",  # a mainland city: its staff are printed with their level
        "苗栗县政府与花莲县政府今天交流，秘书长龚明远出席。",  # two such governments: whose is not said
    ],
)
def test_a_bare_staff_title_stays_without_one_government(text: str) -> None:
    assert ("龚明远", "秘书长") in claims(text)


# A titled name right before a transfer verb (某处长甲转任某职) leaves the post printed before it; a new head listed
# with an age (某处长：乙（44岁）) takes it: one notice, one post, a succession. A planned move (甲拟调任) leaves nothing.
HANDED = [
    (
        "金門縣政府今天公布人事異動，新任局處首長為：\n\n環保局長：龔明遠（52歲），臨江大學碩士。\n\n"
        "其他異動包括，原環保局長林曉峰調任縣府參議、港務處長柴思雨轉任觀光處副處長。",
        ("金门县环保局长", "林晓峰", "龚明远"),
    ),
    (
        "嘉义县政府今天公布人事异动，新任主管为：\n\n观光处长：钱小禾（47岁），江城大学硕士。\n\n"
        "其他异动包括，观光处长宁可心调任县府参议。",
        ("嘉义县观光处长", "宁可心", "钱小禾"),
    ),
    (
        "苗栗县政府今天公布人事异动。\n苗栗日报社长：林晓峰（55岁），曾任记者。\n另外，苗栗日报社长龚明远升任县府秘书长。",
        ("苗栗日报社长", "龚明远", "林晓峰"),
    ),
]


@pytest.mark.parametrize(("text", "succession"), HANDED)
def test_a_transfer_and_a_new_head_hand_a_post_on(text: str, succession: tuple[str, str, str]) -> None:
    assert succession in handed_on(text)


def test_a_planned_transfer_hands_nothing_on() -> None:
    text = "嘉义县政府今天公布人事异动。\n观光处长：钱小禾（47岁）。\n另外，观光处长宁可心拟调任县府参议。"
    assert not [s for s in handed_on(text) if s[1] == "宁可心"]


# A vacancy left by a titled name (遗缺由, 职缺由, without 其) taken by another, promoted (升任) or not (接任).
VACANCY = [
    ("苗栗縣政府今天公布人事異動，交通處長林曉峰調任縣府參議，遺缺由副處長龔明遠升任。", ("苗栗县交通处长", "林晓峰", "龚明远")),
    ("嘉义县政府今日布达，民政处长柴思雨届龄退休，职缺由副处长钱小禾接任。", ("嘉义县民政处长", "柴思雨", "钱小禾")),
    ("江城市交通局局长宁可心调任江城市政府副秘书长，遗缺由江城市交通局副局长林晓峰升任。", ("江城市交通局局长", "宁可心", "林晓峰")),
]


@pytest.mark.parametrize(("text", "succession"), VACANCY)
def test_a_vacancy_taken_by_another(text: str, succession: tuple[str, str, str]) -> None:
    post, before, after = succession
    assert (after, post) in claims(text)
    assert succession in handed_on(text)
