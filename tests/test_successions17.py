"""Successions told by a notice (issue 13 class 2, session 7): a report that takes a post from one person and
gives it to another is a succession dated by the report, whatever words it uses — 不再任, 改任/调任 beside the
post's present holder, 改由乙接任, 其职缺由乙接任 (the post the first person leaves), a resignation accepted
for a name with a particle (龚和悦), a one-holder post given by any notice while the article prints its
other holder at that time, a level printed twice (某区区委书记). Never from two unrelated holders: a
biography's year, an undated page, a post of several holders without a hand-over clause, a stand-in.
Invented text only (临江省, 江城市, 龚明远, 柴思雨 …), Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import facts, handed_on, role_overlaps

# 乙任某职，甲不再任某职职务: 不再任 ends the post as 不再担任 does.
NO_LONGER = [
    ("宣布省委决定：龚明远同志任江城市委书记，柴思雨同志不再任江城市委书记职务。", "江城市委书记", "柴思雨", "龚明远"),
    ("宣布省委決定：龔明遠同志任江城市委書記，柴思雨同志不再任江城市委書記職務。", "江城市委书记", "柴思雨", "龚明远"),
    ("会上宣布：林晓峰同志不再任青禾县委书记职务，钱小禾同志任青禾县委书记。", "青禾县委书记", "林晓峰", "钱小禾"),
    ("會上宣布：林曉峰同志不再任臨江市政協主席職務，錢小禾同志任臨江市政協主席。", "临江市政协主席", "林晓峰", "钱小禾"),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), NO_LONGER)
def test_no_longer_holding_and_a_new_holder_are_a_succession(text: str, post: str, before: str, after: str) -> None:
    assert (post, before, after) in handed_on(text)


# 甲改任/调任某职 while the article prints the post's present holder (现任某职乙): 乙 → 甲.
MOVED = [
    ("江城外交部长柴思雨改任江城安全会议秘书长。现任江城安全会议秘书长龚明远接掌江城国防部。",
     "江城安全会议秘书长", "龚明远", "柴思雨"),
    ("江城外交部長柴思雨改任江城安全會議秘書長。現任江城安全會議秘書長龔明遠接掌江城國防部。",
     "江城安全会议秘书长", "龚明远", "柴思雨"),
    ("临江市委常委林晓峰调任青禾区委书记，原青禾区委书记钱小禾不再兼任，改任临江市政府秘书长。",
     "青禾区委书记", "钱小禾", "林晓峰"),
    ("臨江市委常委林曉峰調任青禾區區委書記，原青禾區委書記錢小禾不再兼任，改任臨江市政府秘書長。",
     "青禾区委书记", "钱小禾", "林晓峰"),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), MOVED)
def test_a_move_to_a_post_another_holds_is_a_succession(text: str, post: str, before: str, after: str) -> None:
    assert (post, before, after) in handed_on(text)


# 某职甲因故请辞，改由乙接任: 改由 opens a hand-over clause as 由 does.
CHANGED_TO = [
    ("江城劳动部长柴思雨因身体因素请辞，改由江城市副市长龚明远接任。", "江城劳动部长", "柴思雨", "龚明远"),
    ("江城勞動部長柴思雨因身體因素請辭，改由江城市副市長龔明遠接任。", "江城劳动部长", "柴思雨", "龚明远"),
    ("临江县交通局局长林晓峰因病离职，改由江城大学教授钱小禾接任。", "临江县交通局局长", "林晓峰", "钱小禾"),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), CHANGED_TO)
def test_a_handover_with_a_changed_holder(text: str, post: str, before: str, after: str) -> None:
    assert (post, before, after) in handed_on(text)


# 某职甲将接任另一职，其职缺/其遗缺由乙接任: 乙 takes the post printed before 甲, even one of several holders.
VACANCY = [
    ("海州侨务委员会副委员长宁可心将转任海州行政院副秘书长一职，其职缺由海州前议员林晓峰接任。",
     "海州侨务委员会副委员长", "宁可心", "林晓峰"),
    ("青禾僑務委員會副委員長龔明遠下月將轉任青禾行政院副秘書長，其職缺由青禾前議員柴思雨接任。",
     "青禾侨务委员会副委员长", "龚明远", "柴思雨"),
    ("江城財政局局長林曉峰將調任江城市副市長，其遺缺由副局長錢小禾接任。", "江城财政局局长", "林晓峰", "钱小禾"),
    ("江城财政局局长林晓峰将调任江城市副市长，其遗缺由副局长钱小禾接任。", "江城财政局局长", "林晓峰", "钱小禾"),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), VACANCY)
def test_a_vacancy_goes_to_the_post_left(text: str, post: str, before: str, after: str) -> None:
    assert (post, before, after) in handed_on(text)


# 接受甲辞去某职职务的请求 … 乙代理某职: a name with a particle (龚和悦) after 接受 is read.
RESIGNATION = [
    ("江城市人大常委会第九次会议经表决，接受龚和悦辞去江城市人民政府市长职务；同时决定柴思雨代理江城市人民政府市长职务。",
     "江城市长", "龚和悦", "柴思雨"),
    ("海州市人大常委會第六次會議同意接受林和萱辭去海州市人民政府市長職務；會議並決定錢小禾代理海州市人民政府市長職務。",
     "海州市长", "林和萱", "钱小禾"),
    ("会议决定接受宁和远辞去青禾县人民政府县长职务的请求，决定钱小禾为青禾县人民政府代理县长。",
     "青禾县长", "宁和远", "钱小禾"),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), RESIGNATION)
def test_an_accepted_resignation_of_a_particle_name(text: str, post: str, before: str, after: str) -> None:
    """The label is the post as printed in full (某市人民政府市长); the place and the title head are the point."""
    place, head = post[:-2], post[-2:]
    assert any(p.startswith(place) and p.endswith(head) and (b, a) == (before, after) for p, b, a in handed_on(text))


# Any notice giving a one-holder post (出任, 任命…为) in a report that prints the post's other holder at that
# time: that holder held it before (a role overlap before).
NOTICE_AND_HOLDER = [
    ("内阁名单昨天公布。江城发展委员会主委柴思雨已请辞，青禾大学前院长龚明远出任江城发展委员会主委。",
     "江城发展委员会主委", "柴思雨", "龚明远"),
    ("內閣名單昨天公布。江城發展委員會主委柴思雨已請辭，青禾大學前院長龔明遠出任江城發展委員會主委。",
     "江城发展委员会主委", "柴思雨", "龚明远"),
    ("江城市公安局局长林晓峰作报告。会议任命钱小禾为江城市公安局局长。", "江城市公安局局长", "林晓峰", "钱小禾"),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), NOTICE_AND_HOLDER)
def test_a_notice_and_the_posts_other_holder(text: str, post: str, before: str, after: str) -> None:
    assert (post, before, after) in handed_on(text)
    assert frozenset((before, after)) not in role_overlaps(text)


# Never from two unrelated holders.
UNRELATED = [
    # a biography's year is another time than the report's holder
    "柴思雨2008年任江城市委书记，此后调任临江省副省长。江城市委书记龚明远出席会议。",
    "柴思雨2008年任江城市委書記，此後調任臨江省副省長。江城市委書記龔明遠出席會議。",
    # a post of several holders: a new one beside a present one hands nothing on
    "会议决定任命柴思雨为江城市副市长。江城市副市长龚明远出席会议。",
    "會議決定任命柴思雨為江城市副市長。江城市副市長龔明遠出席會議。",
    # a stand-in (署理) holds an acting post of its own (D4)
    "局长离港期间，由江城市交通局副局长林晓峰署理江城市交通局局长职务。江城市交通局局长龚明远出席。",
    "江城市长柴思雨出国访问期间，由龚明远暂代江城市长职务。",
    "江城市長柴思雨休假期間，龔明遠臨時代理江城市長職務。",
]


@pytest.mark.parametrize("text", UNRELATED)
def test_no_succession_between_unrelated_holders(text: str) -> None:
    assert not handed_on(text)


UNDATED = [
    "龚明远当选为临江省人大常委会主任，柴思雨当选为临江省省长。临江省人大常委会主任林晓峰出席。",
    "龔明遠當選為臨江省人大常委會主任，柴思雨當選為臨江省省長。臨江省人大常委會主任林曉峰出席。",
    "钱小禾当选为江城市政协主席。江城市政协主席宁可心出席。",
]


@pytest.mark.parametrize("text", UNDATED)
def test_an_undated_page_pairs_no_holder_with_a_notice(text: str) -> None:
    """A page with no date: a holder printed beside an election is no evidence of who held it before."""
    assert not any(before in ("林晓峰", "宁可心") for _, before, _ in handed_on(text, day=""))


def test_a_piece_of_an_organisation_is_no_post() -> None:
    """新任总局长乙 … (卸任)总局长甲: 总 is no organisation, so no succession (nor overlap) is read for 总局长."""
    text = "新任总局长龚明远出席典礼。卸任总局长柴思雨致辞。"
    assert not any(post == "总局长" for post, _, _ in handed_on(text))


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("江城外交部长柴思雨改任江城安全会议秘书长。", "柴思雨", "江城安全会议秘书长"),
        ("江城外交部長柴思雨改任江城安全會議秘書長。", "柴思雨", "江城安全会议秘书长"),
        ("临江市委常委林晓峰调任青禾区委书记。", "林晓峰", "青禾区委书记"),
    ],
)
def test_a_move_gives_the_post(text: str, person: str, post: str) -> None:
    """改任/调任 gives the post now (a notice's start), not only a past post of a career."""
    assert any((r.person, r.position, r.change) == (person, post, "start") for r in facts(text).roles)


# 原宣传部部长甲 … 乙则任宣传部长: one post printed with and without its organ repeated (部 + 部长) meets as one
# post; the succession keeps the longer spelling.
ORGAN_ONCE = [
    ("江城市委常委、原宣传部部长柴思雨调任青禾区委书记，原青禾区委书记龚明远则任江城市委常委、宣传部长。",
     "江城市委宣传部部长", "柴思雨", "龚明远"),
    ("江城市委常委、原宣傳部部長柴思雨調任青禾區委書記，原青禾區委書記龔明遠則任江城市委常委、宣傳部長。",
     "江城市委宣传部部长", "柴思雨", "龚明远"),
    ("临江县交通局局长林晓峰调任青禾镇党委书记，钱小禾则任临江县交通局长。", "临江县交通局局长", "林晓峰", "钱小禾"),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), ORGAN_ONCE)
def test_an_organ_printed_once_or_twice_is_one_post(text: str, post: str, before: str, after: str) -> None:
    assert (post, before, after) in handed_on(text)


# 某市原市长甲是…: 是 ends the name after a title (the former holder is read; an election gives the successor).
COPULA = [
    ("在几位前任市长里，江城市原市长柴远帆是任期最短的一位。2032年3月，江城人代会选举钱小禾为江城市市长。",
     "江城市长", "柴远帆", "钱小禾"),
    ("歷任市長當中，海州市原市長宁致遠是唯一連任兩屆的。2032年3月，海州人代會選舉林曉峰為海州市市長。",
     "海州市长", "宁致远", "林晓峰"),
    ("临江省原省长林晓峰是首位落马的省长。2031年4月，会议选举钱小禾为临江省省长。", "临江省长", "林晓峰", "钱小禾"),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), COPULA)
def test_a_former_holder_before_a_copula(text: str, post: str, before: str, after: str) -> None:
    assert (post, before, after) in handed_on(text)


# A company's own notice: a resignation and an appointment to one board post on one day, a post of several
# holders too (董事会副主席).
COMPANY = [
    ("自2032年6月30日起，龚明远先生辞任本公司董事会副主席。同日，柴思雨女士获委任为本公司董事会副主席。",
     "董事会副主席", "龚明远", "柴思雨"),
    ("自2032年6月30日起，龔明遠先生辭任本公司董事會副主席。同日，柴思雨女士獲委任為本公司董事會副主席。",
     "董事会副主席", "龚明远", "柴思雨"),
    ("林晓峰先生于2032年9月1日辞任本公司董事会副主席。钱小禾先生为本公司董事总经理直至2032年9月1日彼获调任为本公司董事会副主席。",
     "董事会副主席", "林晓峰", "钱小禾"),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), COMPANY)
def test_a_company_notice_pairs_one_board_post(text: str, post: str, before: str, after: str) -> None:
    assert (post, before, after) in handed_on(text)


# 甲卸任/辞去某职，(改)由乙接任 (notice_leave_taken, as 不再担任 … 由乙接任).
STEPPED_DOWN = [
    ("柴思雨卸任江城水利部长，由龚明远接任。", "江城水利部长", "柴思雨", "龚明远"),
    ("柴思雨卸任江城水利部長，由龔明遠接任。", "江城水利部长", "柴思雨", "龚明远"),
    ("会议同意林晓峰辞去临江县交通局局长职务，由钱小禾接任。", "临江县交通局局长", "林晓峰", "钱小禾"),
    ("會議同意林曉峰辭去臨江縣交通局局長職務，改由錢小禾接任。", "临江县交通局局长", "林晓峰", "钱小禾"),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), STEPPED_DOWN)
def test_stepping_down_and_a_successor(text: str, post: str, before: str, after: str) -> None:
    assert (post, before, after) in handed_on(text)


# 新任某职甲，前任乙…: 乙 leaves the post 甲 gets.
NEW_AND_FORMER = [
    ("新任江城水利部长龚明远，前任柴思雨调任江城交通部长。", "江城水利部长", "柴思雨", "龚明远"),
    ("新任江城水利部長龔明遠，前任柴思雨調任江城交通部長。", "江城水利部长", "柴思雨", "龚明远"),
    ("新任江城市交通局局長龔明遠，前任林曉峰已退休。", "江城市交通局局长", "林晓峰", "龚明远"),
    ("新任临江县教育局局长钱小禾，前任宁可心另有任用。", "临江县教育局局长", "宁可心", "钱小禾"),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), NEW_AND_FORMER)
def test_a_new_holder_and_the_former_one(text: str, post: str, before: str, after: str) -> None:
    assert (post, before, after) in handed_on(text)


# 甲调任某职（原某职乙另有任用）: the bracket closes the post; 原 names the predecessor.
BRACKETED_FORMER = [
    ("龚明远调任江城水利部长（原江城水利部长柴思雨另有任用）。", "江城水利部长", "柴思雨", "龚明远"),
    ("龔明遠調任江城水利部長（原江城水利部長柴思雨另有任用）。", "江城水利部长", "柴思雨", "龚明远"),
    ("钱小禾调任临江县教育局局长（原临江县教育局局长宁可心另有任用）。", "临江县教育局局长", "宁可心", "钱小禾"),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), BRACKETED_FORMER)
def test_a_move_and_a_bracketed_former_holder(text: str, post: str, before: str, after: str) -> None:
    assert (post, before, after) in handed_on(text)


# A cabinet list: (昨天)新增某职由乙担任/接任, the post's present holder printed in the same report.
CABINET_LIST = [
    ("内阁名单公布，昨天新增江城卫福部长由现任江城健保署长龚明远担任。江城卫福部长柴思雨表示配合。",
     "江城卫福部长", "柴思雨", "龚明远"),
    ("內閣名單公布，昨天新增江城衛福部長由現任江城健保署長龔明遠擔任。江城衛福部長柴思雨表示配合。",
     "江城卫福部长", "柴思雨", "龚明远"),
    ("新阁员名单出炉，新增临江交通部长由原任次长钱小禾接任。临江交通部长林晓峰已先请辞。",
     "临江交通部长", "林晓峰", "钱小禾"),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), CABINET_LIST)
def test_a_cabinet_list_and_the_present_holder(text: str, post: str, before: str, after: str) -> None:
    assert (post, before, after) in handed_on(text)


# 某局副局长乙升任/任局长，原局长甲…: the bare post after the verb is the organisation's printed before with a
# title of its family; 原局长 is that post held before (never a post read across the name and the verb).
PROMOTED = [
    ("臨江縣教育局副局長錢小禾升任局長，原局長宁可心另有任用。", "临江县教育局局长", "宁可心", "钱小禾"),
    ("临江县教育局副局长钱小禾升任局长，原局长宁可心另有任用。", "临江县教育局局长", "宁可心", "钱小禾"),
    ("江城市交通局副局长龚明远任局长，原局长柴思雨另有任用。", "江城市交通局局长", "柴思雨", "龚明远"),
    ("2031年4月28日，江城市交通局局长柴思雨退休。江城市交通局副局长龚明远升任局长。", "江城市交通局局长", "柴思雨", "龚明远"),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), PROMOTED)
def test_a_promotion_within_the_organisation(text: str, post: str, before: str, after: str) -> None:
    assert (post, before, after) in handed_on(text)


@pytest.mark.parametrize(
    "text",
    [
        "臨江縣教育局副局長錢小禾升任局長，原局長宁可心另有任用。",
        "江城市交通局副局长龚明远任局长，原局长柴思雨另有任用。",
        "江城市水务局副局长林晓峰升任局长，原局长钱小禾调任江城市副市长。",
    ],
)
def test_a_former_bare_post_holds_no_name(text: str) -> None:
    """原局长甲 after 乙任局长: the earlier post is never read across the verb and the name before it."""
    posts = {r.position for r in facts(text).roles}
    assert not any(("升任" in p or "任局长" in p) for p in posts)
