"""Personnel notices (tenth session, lane notice20), on invented text in Simplified and Traditional script: the
civil-service titles of Taiwan and Hong Kong notices (主秘, 简任技正, 专委, 总工程司); a promotion inside one body
(某局主秘甲升任副局长: the bureau's 副局长); a post handed on through its vacancy (某职职缺/遗缺/空缺/职位由乙接任/
升任); a post taken by the verb of a move (某局长将由原某局长乙调任); 原 before an organisation (原某局长: held
before); a bare title in a list of moves (原专委乙升任…: the list's body); 该局 (the bureau named last)."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, handed_on

# Civil-service title heads printed before a name: the name is read, with the post of its body.
CIVIL = [
    ("江城市环保局主秘龚明远出席会议。", "龚明远", "江城市环保局主秘"),
    ("臨江市地政局主任秘書柴思雨出席會議。", "柴思雨", "临江市地政局主任秘书"),
    ("江城市工务局简任技正林晓峰陪同视察。", "林晓峰", "江城市工务局简任技正"),
    ("臨江縣農業局專委錢小禾陪同視察。", "钱小禾", "临江县农业局专委"),
    ("江城市水利局总工程司宁可心介绍情况。", "宁可心", "江城市水利局总工程司"),
    ("青禾縣建設處專門委員王青禾介紹情況。", "王青禾", "青禾县建设处专门委员"),
]


@pytest.mark.parametrize(("text", "person", "post"), CIVIL)
def test_a_civil_service_title_names_its_holder(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


@pytest.mark.parametrize(
    "text",
    ["江城市环保局主秘处今天发布通知。", "臨江縣專委會今天召開會議。"],
)
def test_a_civil_service_word_alone_names_nobody(text: str) -> None:
    assert not claims(text)


# A promotion inside one body: the bare post after the verb is a post of the body printed before the name.
PROMOTED = [
    ("江城市环保局主秘龚明远升任副局长。", "龚明远", "江城市环保局副局长"),
    ("臨江市經發局主任秘書柴思雨晉升副局長。", "柴思雨", "临江市经发局副局长"),
    ("江城市观光局专委林晓峰升主秘。", "林晓峰", "江城市观光局主秘"),
    ("青禾縣地政局簡任技正錢小禾陞任主秘。", "钱小禾", "青禾县地政局主秘"),
    ("江城市交通局副局长宁可心升任局长。", "宁可心", "江城市交通局局长"),
    ("臨江市消防局副局長王青禾擢升為局長。", "王青禾", "临江市消防局局长"),
]


@pytest.mark.parametrize(("text", "person", "post"), PROMOTED)
def test_a_promotion_keeps_the_body(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


def test_a_post_printed_in_the_sentence_wins_over_the_own_body() -> None:
    """某局代理副局长甲退休后，某处长乙升任副局长: the 副局长 printed before (without 代理) is the post."""
    text = "江城市水利局代理副局长林晓峰退休后，江城市水利局高滩处长龚明远升任副局长。"
    found = claims(text)
    assert ("龚明远", "江城市水利局副局长") in found
    assert not [p for n, p in found if n == "龚明远" and "处副局长" in p]


def test_a_transfer_takes_no_own_body() -> None:
    """甲调任副秘书长 (a move out of the body): never the bureau's 副秘书长."""
    found = claims("原江城市工务局长龚明远调任副秘书长。")
    assert not [p for n, p in found if n == "龚明远" and p.endswith("工务局副秘书长")]


# A post handed on through its vacancy, or a post taken by a move verb: the successor holds the post, and the
# one who left it (titled in the same notice) precedes.
VACANCY = [
    (
        "江城市政府公布人事异动，地政局原主秘龚明远升副局长，主秘职缺由专委柴思雨接任。",
        ("柴思雨", "地政局主秘"),
    ),
    (
        "臨江縣政府公布人事異動，農業處長林曉峰退休，處長職位由副處長錢小禾升任。",
        ("钱小禾", "农业处长"),
    ),
    (
        "青禾县政府公布人事异动，教育处长宁可心调任县府参议，遗缺由副处长王青禾升任。",
        ("王青禾", "教育处长"),
    ),
    (
        "江城市政府昨日發布人事命令，教育局長將由原文化局長龔明遠調任。",
        ("龚明远", "教育局长"),
    ),
    (
        "臨江市新一波人事调整出炉，农业发展局长由该局副局长柴思雨升任。",
        ("柴思雨", "农业发展局长"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), VACANCY)
def test_a_vacancy_is_taken_by_the_one_named(text: str, wanted: tuple[str, str]) -> None:
    assert wanted in claims(text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "江城市政府昨日发布人事命令，原教育局长林晓峰届龄退休，教育局长将由原文化局长龚明远调任。",
            ("教育局长", "林晓峰", "龚明远"),
        ),
        (
            "臨江市新一波人事調整出爐，原農業發展局長錢小禾屆齡退休，農業發展局長由該局副局長柴思雨陞任。",
            ("农业发展局长", "钱小禾", "柴思雨"),
        ),
        (
            "青禾县政府公布人事异动，原经济发展局长宁可心回任教职，由该局主任秘书王青禾升任局长。",
            ("经济发展局长", "宁可心", "王青禾"),
        ),
    ],
)
def test_a_move_into_a_post_left_is_a_succession(text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in handed_on(text)


def test_a_vacancy_word_without_a_name_hands_nothing_on() -> None:
    assert not handed_on("江城市政府公布人事异动，主秘职缺由市府统一招考递补。")


# 原 before an organisation and its title: the post without it, held before; never inside 原住民/原子能.
@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("原江城市经济发展局长龚明远回任教职。", "龚明远", "江城市经济发展局长"),
        ("臨江市政府公布人事異動，原客家事務委員會主任委員柴思雨調任新聞處長。", "柴思雨", "客家事务委员会主任委员"),
        ("青禾县政府公布人事异动，原工务局长林晓峰调任副秘书长。", "林晓峰", "工务局长"),
    ],
)
def test_a_former_marker_is_no_part_of_the_body(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("江城县原住民族行政处处长龚明远出席会议。", "龚明远", "江城县原住民族行政处处长"),
        ("臨江縣原民處處長柴思雨出席會議。", "柴思雨", "临江县原民处处长"),
    ],
)
def test_a_body_named_with_yuan_keeps_it(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# A bare title in a list of moves: the body of the list (the last bureau printed before it).
MOVE_LIST = [
    (
        "此次异动包括江城市经发局主秘龚明远升任副局长、原简任技正柴思雨接任主秘。",
        {("柴思雨", "江城市经发局简任技正"), ("柴思雨", "江城市经发局主秘")},
    ),
    (
        "此次異動包括臨江市水利局總工程司林曉峰升任副局長、原專委錢小禾升任總工程司。",
        {("钱小禾", "临江市水利局专委"), ("钱小禾", "临江市水利局总工程司")},
    ),
    (
        "此次调整包括青禾县地政局主秘宁可心升副局长，主秘职缺由专委王青禾接任。",
        {("王青禾", "青禾县地政局专委"), ("王青禾", "青禾县地政局主秘")},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), MOVE_LIST)
def test_a_bare_title_in_a_list_of_moves_is_the_lists_body(text: str, wanted: set[tuple[str, str]]) -> None:
    assert wanted <= claims(text)


def test_a_bare_title_without_a_move_is_not_the_lists_body() -> None:
    """某局主秘甲出席，专委乙致辞: no move in the sentence, the bare title takes no bureau from it this way."""
    found = claims("江城市经发局主秘龚明远出席会议，青禾大学教授柴思雨致辞。")
    assert not [p for n, p in found if n == "柴思雨" and "经发局" in p]


@pytest.mark.parametrize(
    "text",
    ["江城市交通局局长林晓峰升任秘书长。", "臨江縣交通處長錢小禾升任秘書長。"],
)
def test_the_head_of_a_body_moves_up_out_of_it(text: str) -> None:
    """某局局长甲升任秘书长: the head of a bureau moves out of it, never to the bureau's 秘书长."""
    assert not [p for _, p in claims(text) if p.endswith(("局秘书长", "交通秘书长", "处秘书长"))]


# 任命甲为某市某区人民政府副区长、代理区长: the acting post is that government's, so the one who resigned it precedes.
ACTING_LISTED = [
    (
        "会议决定接受宁可心同志辞去青禾市青禾区人民政府区长职务的请求。会议任命林晓峰为青禾市青禾区人民政府副区长、代理区长。",
        ("青禾市青禾区人民政府区长", "宁可心", "林晓峰"),
    ),
    (
        "會議決定接受錢小禾同志辭去臨江市江北區人民政府區長職務的請求。會議任命龔明遠為臨江市江北區人民政府副區長、代理區長。",
        ("临江市江北区人民政府区长", "钱小禾", "龚明远"),
    ),
    (
        "会议接受柴思雨辞去江城市青山县人民政府县长职务。会议任命王青禾为江城市青山县人民政府副县长、代县长。",
        ("青山县人民政府县长", "柴思雨", "王青禾"),  # a county after its city is its own post (rolelabel20)
    ),
]


@pytest.mark.parametrize(("text", "wanted"), ACTING_LISTED)
def test_an_acting_post_listed_after_a_deputy_post_is_that_governments(text: str, wanted: tuple[str, str, str]) -> None:
    post, before, after = wanted
    tail = post[-8:]  # 某区人民政府区长: the city before it is the label's choice, the succession is the point
    assert any(p.endswith(tail) and (b, a) == (before, after) for p, b, a in handed_on(text))


# Hong Kong notices: a comma, a tense word (将会) or a day word (明日起) between the name and 出任; 就由 before a
# successor.
HONG_KONG = [
    ("江城新聞處處長龔明遠,將於下月九日出任江城郵政署署長。", ("龚明远", "江城邮政署署长")),
    ("柴思雨将会出任江城公务员事务局局长，他原是江城海关关长。", ("柴思雨", "江城公务员事务局局长")),
    ("现任江城商务局常任秘书长林晓峰明日起出任江城保安局常任秘书长，接替将于下月退休的钱小禾。",
     ("林晓峰", "江城保安局常任秘书长")),
    ("现任江城商务局常任秘书长钱小禾，明日起出任江城政制局常任秘书长，接替将于下月退休的林晓峰。",
     ("钱小禾", "江城政制局常任秘书长")),
    ("江城新聞處處長就由江城教育局副秘書長王青禾接任。", ("王青禾", "江城新闻处处长")),
    ("江城康乐署署长的空缺，就由江城产业署署长宁可心接任。", ("宁可心", "江城康乐署署长")),
]


@pytest.mark.parametrize(("text", "wanted"), HONG_KONG)
def test_a_hong_kong_appointment_names_the_post(text: str, wanted: tuple[str, str]) -> None:
    assert wanted in claims(text)


def test_a_day_word_is_no_name() -> None:
    text = "现任江城商务局常任秘书长林晓峰明日起出任江城保安局常任秘书长，接替将于下月退休的钱小禾。"
    assert not [n for n, _ in claims(text) if n.startswith("明日")]


# A vacancy filled by an acting holder (某职一职/职缺(暂)(由)乙代理): the acting post of that body; 代理某务局长
# printed after 兼 is 某务局代理局长; 该局 skips a bare 局长 to the bureau named before it.
ACTING = [
    ("江城市體育局長林曉峰轉任顧問，局長一職該局副局長龔明遠代理。", ("龚明远", "江城市体育局代理局长")),
    ("臨江縣交通處長錢小禾退休，處長職缺暫由副處長柴思雨代理。", ("柴思雨", "临江县交通处代理处长")),
    ("青禾市文化局长宁可心请辞，局长一职由该局副局长王青禾暂代。", ("王青禾", "青禾市文化局代理局长")),
    ("原江城市建設局長林曉峰改任參議兼代理建設局長。", ("林晓峰", "建设局代理局长")),
    ("江城市體育局長林曉峰轉任顧問，局長一職該局副局長龔明遠代理。", ("龚明远", "江城市体育局副局长")),
]


@pytest.mark.parametrize(("text", "wanted"), ACTING)
def test_an_acting_holder_gets_the_acting_post(text: str, wanted: tuple[str, str]) -> None:
    assert wanted in claims(text)


def test_an_acting_word_inside_a_name_is_no_acting_post() -> None:
    """局长一职由甲接任 (no acting verb): the full post, never an acting one."""
    found = claims("江城市體育局長林曉峰轉任顧問，局長一職由該局副局長龔明遠接任。")
    assert not [p for n, p in found if n == "龚明远" and "代理" in p]


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("江城市政府公布人事異動，江城市政府秘書長林曉峰續任。", "林晓峰", "江城市政府秘书长"),
        ("臨江縣政府副秘書長龔明遠續任並兼代理人事處長。", "龚明远", "临江县政府副秘书长"),
        ("青禾市政府公布人事异动，青禾市政府参议柴思雨续任。", "柴思雨", "青禾市政府参议"),
    ],
)
def test_a_holder_who_stays_keeps_the_post(text: str, person: str, post: str) -> None:
    """某职甲续任: the name ends before 续任 and holds the post printed before it."""
    assert (person, post) in claims(text)


# A vacancy's clause that prints the post again (空缺由乙升任副局长), and a clause opening with a lead word
# (加上/另外/此外 某局长由乙升任): the post is handed on all the same.
VACANCY_POST = [
    ("江城市消防局副局長林曉峰升任局長，空缺由簡任技正龔明遠升任副局長。", ("江城市消防局副局长", "林晓峰", "龚明远")),
    ("臨江縣工務處副處長柴思雨調任主計處長，其空缺由專委錢小禾升任副處長。", ("临江县工务处副处长", "柴思雨", "钱小禾")),
    ("青禾市交通局主秘宁可心调任副局长，职缺则由专委王青禾接任主秘。", ("青禾市交通局主秘", "宁可心", "王青禾")),
]


@pytest.mark.parametrize(("text", "wanted"), VACANCY_POST)
def test_a_vacancy_clause_may_print_the_post_again(text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in handed_on(text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("此次調動，加上江城市環保局長由副局長龔明遠升任。", ("龚明远", "江城市环保局长")),
        ("另外，臨江縣社會處長由副處長柴思雨升任。", ("柴思雨", "临江县社会处长")),
        ("此外青禾市地政局长由该局副局长林晓峰升任。", ("林晓峰", "青禾市地政局长")),
    ],
)
def test_a_lead_word_before_the_post_is_no_part_of_it(text: str, wanted: tuple[str, str]) -> None:
    assert wanted in claims(text)


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("江城市交通局长林晓峰、副局长柴思雨出席。", "柴思雨", "江城市交通局副局长"),
        ("臨江縣工務處長龔明遠、副處長錢小禾出席。", "钱小禾", "临江县工务处副处长"),
    ],
)
def test_a_deputy_after_a_merged_head_keeps_the_body(text: str, person: str, post: str) -> None:
    """某务局长甲、副局长乙: 局 of 局长 names the bureau, so the deputy is 某务局副局长."""
    assert (person, post) in claims(text)


# A day printed between the mover and the verb (甲8月1日升任局长, 甲于十月四日调任, 甲10月4日接任).
@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("江城市消防局前副局長林曉峰8月1日升任局長。", "林晓峰", "江城市消防局局长"),
        ("臨江縣主計處長柴思雨於十月四日調任臨江縣政府副秘書長。", "柴思雨", "临江县政府副秘书长"),
        ("青禾县交通局局长龚明远10月4日接任青禾县政府秘书长。", "龚明远", "青禾县政府秘书长"),
    ],
)
def test_a_day_between_the_mover_and_the_verb(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)
