"""Personnel notices of session 33 (invented text, invented names).

- A move a report announces (甲将升任/将调任/将任某职) is a claim from the notice's day; only a proposal (甲拟任某职)
  is none (actors/word_uses.tsv plan_only; future_tense stays for careers: 将升任 is no past post).
- An officer's rank between the name and the verb (甲少将升任某职, 甲中将，将调任某职) and a comma before 将.
- A relative month before the verb (甲将于下月调任某职) is no name.
- 、晋任中将 after the post a promotion gives does not hide it.
- 甲调任某职，由乙接任: 乙 takes the post printed before 甲, which 甲 leaves (actors.takeovers._predecessor).
- A place title a promotion gives bare (某省委副书记甲升任省长) is that place's, not its party committee's
  (actors.noticeposts.own_post).
- 上述人事案将于7月1日生效: the posts given before it start that day (actors/effective_dates.tsv).
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, facts, handed_on

_WIRE = "（东岛社记者林晓峰台北17日电）东岛国防部公布将领人事异动。"
_DAY = "2031-06-17"


def _starts(text: str, day: str = _DAY) -> dict[tuple[str, str], str | None]:
    return {(r.person, r.position): r.date for r in facts(text, day).roles if r.change == "start"}


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("第八军团副指挥官龚明远少将升任陆勤部指挥官。", ("龚明远", "陆勤部指挥官")),
        ("第八军团副指挥官龚明远少将将升任陆勤部指挥官、晋任中将。", ("龚明远", "陆勤部指挥官")),
        ("花东防卫指挥部指挥官柴思雨中将，将调任陆军司令部参谋长。", ("柴思雨", "陆军司令部参谋长")),
        ("江城市副市长宁可心将于下月调任临江市委副书记。", ("宁可心", "临江市委副书记")),
    ],
    ids=["rank", "rank_then_rank_promotion", "comma_will", "next_month"],
)
def test_an_announced_move_is_a_start(text: str, given: tuple[str, str]) -> None:
    starts = _starts(_WIRE + text)
    assert given in starts
    assert all(len(person) <= 3 and not person.startswith("于") for person, _ in starts)


def test_a_proposed_post_is_no_claim() -> None:
    found = claims(_WIRE + "江城市副市长宁可心拟任临江市委副书记。")
    assert not [p for n, p in found if n == "宁可心" and p.endswith("副书记")]


def test_a_successor_takes_the_post_the_mover_leaves() -> None:
    text = _WIRE + "花东防卫指挥部指挥官柴思雨中将，将调任陆军司令部参谋长，由第八军团副指挥官龚明远少将接任。"
    assert ("花东防卫指挥部指挥官", "柴思雨", "龚明远") in handed_on(text, _DAY)


def test_a_resignation_still_hands_on_the_post_it_names() -> None:
    text = "2031年6月17日，江城市副市长柴思雨辞去江城市副市长职务，由龚明远接任。"
    assert ("江城市副市长", "柴思雨", "龚明远") in handed_on(text, _DAY)


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("2031年4月28日，青禾省委副书记龚明远升任省长。", ("龚明远", "青禾省长")),
        ("2031年4月28日，江城市委副书记龚明远升任市长。", ("龚明远", "江城市长")),
        ("2031年4月28日，青禾市规划局副局长柴思雨升任局长。", ("柴思雨", "青禾市规划局局长")),
    ],
    ids=["province", "city", "bureau"],
)
def test_a_bare_promotion_is_a_post_of_the_right_body(text: str, given: tuple[str, str]) -> None:
    assert given in _starts(text, "2031-04-28")


def test_the_posts_given_start_on_the_day_the_notice_takes_effect() -> None:
    text = (
        _WIRE + "第八军团副指挥官龚明远少将将升任陆勤部指挥官。花东防卫指挥部指挥官柴思雨中将，将调任陆军司令部参谋长，"
        "由第八军团副指挥官宁可心少将接任。上述人事案将于7月1日生效。"
    )
    starts = _starts(text)
    assert starts[("龚明远", "陆勤部指挥官")] == "2031-07-01"
    assert starts[("柴思雨", "陆军司令部参谋长")] == "2031-07-01"
    assert starts[("宁可心", "花东防卫指挥部指挥官")] == "2031-07-01"
    # a post taken away stays dated by the notice: its holder was seen in it that day
    ended = {(r.person, r.position): r.date for r in facts(text, _DAY).roles if r.change == "end"}
    assert ended[("柴思雨", "花东防卫指挥部指挥官")] == _DAY


def test_an_effective_day_before_the_notice_is_not_used() -> None:
    text = _WIRE + "第八军团副指挥官龚明远少将将升任陆勤部指挥官。上述人事案已于6月1日生效。"
    assert _starts(text)[("龚明远", "陆勤部指挥官")] == _DAY


def test_a_body_printed_without_its_parent_is_the_parented_one_in_the_report() -> None:
    text = _WIRE + "陆军第十军团指挥官李望川中将调任国防部总督察长，第十军团指挥官由陆军参谋长章立言中将接掌。"
    assert ("陆军第十军团指挥官", "李望川", "章立言") in handed_on(text, _DAY)


def test_a_take_over_list_hands_on_each_post() -> None:
    text = (
        "临江社台北2031年2月3日电 临江政府今天公布改组名单，分别是由江城县长林晓峰接掌农业委员会主委、前卫生署副署长柴思雨"
        "接卫生部长、教育部次长宁可心接科学部长。发言人表示，这次改组撤换卫生部长周立新、科学部长郑远航、农业委员会主委"
        "冯望舒等3人。"
    )
    found = handed_on(text, "2031-02-03")
    assert {
        ("农业委员会主委", "冯望舒", "林晓峰"),
        ("卫生部长", "周立新", "柴思雨"),
        ("科学部长", "郑远航", "宁可心"),
    } <= found
    assert not [p for n, p in claims(text) if p.startswith(("接", "掌", "这次"))]


def test_a_date_of_a_life_never_dates_a_post_seen() -> None:
    text = (
        "新华社江城4月28日电 江城市委书记龚明远出席会议。龚明远，生于1966年，临江人，现任临江省委常委、江城市副市长。"
        "江城市长柴思雨表示支持，柴思雨1970年生，1992年参加工作，现任江城市交通局局长。"
    )
    found = {(r.person, r.position): r.date for r in facts(text, "2031-04-28").roles}
    assert found[("龚明远", "临江省委常委")] == "2031-04-28"
    assert found[("柴思雨", "江城市交通局局长")] == "2031-04-28"


def test_a_notice_is_dated_by_its_report_day_past_an_aside_of_another_month() -> None:
    text = (
        "来源：临江网 2031-07-13 09:31\n综合临江媒体12日报道，临江政府12日进行人事调整，涉及交通、财政等部门。\n"
        "其中，教育部门负责人一职由龚明远接任。前任教育部门负责人柴思雨于5月29日去职。\n"
        "宁可心接替林晓峰任临江交通部门负责人，周立新接替郑远航任临江财政部门负责人。"
    )
    starts = _starts(text, "2031-07-13")
    assert starts[("宁可心", "临江交通部门负责人")] == "2031-07-12"


def test_a_vacancy_named_as_a_place_to_fill_is_handed_on_and_no_person() -> None:
    text = (
        "（临江社记者周立新台北30日电）原临江市警察局长柴思雨升任警政署长，空缺的位置最后由警政署副署长宁可心接任，"
        "并非临江市长龚明远属意的警专校长林晓峰。对此总统周远航今天表示尊重。"
    )
    assert ("临江市警察局长", "柴思雨", "宁可心") in handed_on(text, "2031-05-30")
    found = facts(text, "2031-05-30")
    assert "位置" not in {p.name for p in found.people}
    assert not [r.position for r in found.roles if r.position.startswith(("并非", "此"))]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("2031年1月25日，临江行政院长周立新请辞。对此领导人龚明远批准总辞案，并任命副院长柴思雨接任院长。", "临江行政院副院长"),
        ("2031年1月25日，临江政府院长周立新请辞。对此领导人龚明远批准总辞案，并任命副院长柴思雨接任院长。", "临江政府副院长"),
        ("2031年1月25日，临江大学校长周立新出席会议。副校长柴思雨主持会议。", "临江大学副校长"),
    ],
    ids=["contracted_body", "body", "school"],
)
def test_a_bare_deputy_title_is_the_deputy_of_the_one_body_printed_before(text: str, post: str) -> None:
    assert post in {p for n, p in claims(text) if n == "柴思雨"}


def test_a_post_named_by_its_alias_hands_on_the_post_named_in_full() -> None:
    # 阁揆 (title_aliases.tsv) is 行政院长 of its organisation as printed in full: one post, a succession
    text = "新华社台北2031年1月27日电 行政院长林嘉禾请辞获准。领导人随即任命副院长周立新接任阁揆。"
    assert ("行政院长", "林嘉禾", "周立新") in handed_on(text, "2031-01-27")


def test_a_reshuffle_report_hands_on_its_posts() -> None:
    # 包括某职由乙接任; 新成立的某职，由乙出任; 甲下台，由乙接手; 甲去职 / 甲各方: a name ends before 下台, 去职, 各方
    text = (
        "2031年2月27日电 这次在临江内政部长宁可心去职的连锁效应下，昨日大幅启动改组，集结临江市长朱远山各方势力。"
        "行政院昨日公布人事异动名单，包括临江内政部长由行政院秘书长陈立言接任。"
        "另外，新成立的临江科技部部长，由政务委员周远航出任，临江环保署长郑望舒下台，由临江大学教授冯远志接手。"
    )
    found = claims(text)
    assert {("宁可心", "临江内政部长"), ("朱远山", "临江市长"), ("周远航", "临江科技部部长")} <= found
    assert ("临江环保署长", "郑望舒", "冯远志") in handed_on(text, "2031-02-27")
    assert ("临江内政部长", "宁可心", "陈立言") in handed_on(text, "2031-02-27")


def test_a_standing_committees_decisions_with_a_deputy_and_a_head_count() -> None:
    # 决定甲副区长代理某区长职务 (a deputy's title in the order of address before 代理); 任命甲、乙等18人为某职
    text = (
        "本报讯 2031年3月9日，江城区七届人大常委会召开第十一次会议，决定接受孟远山辞去江城区人民政府区长职务的请求，"
        "决定郑望舒副区长代理江城区人民政府区长职务。会议以无记名投票方式，任命李远山、何可心、徐立新等18人为"
        "江城区人民法院审判员。"
    )
    starts = _starts(text, "2031-03-10")
    assert ("郑望舒", "江城区人民政府代理区长") in starts
    assert ("徐立新", "江城区人民法院审判员") in starts
