"""Events, dates and roles of session 50 (invented text, invented names).

- A gathering reported on one day and named again by its noun alone as the subject of a sentence printing its range
  (本届论坛于十四日至二十一日在某地举办) lasts that range (lasting.told_range); a range that does not hold the day
  it was reported on, or a noun that is not the sentence's subject, leaves the day.
- A programme announced in the gathering's frame (论坛期间，还将举办甲会、乙节) is planned and dated by the gathering's
  days (retold._head_opens: the head word alone opening the sentence).
- A wire's own signoff stamp (（编辑：某某）1130608) dates its article over an earlier stamp of another item printed
  below it (document_date.tsv scope ``signoff``).
- A 消息 dateline's date is the day the report was filed: a later bare day (10日晚) is of its month, not ahead.
- A bare 自治区 post is the one autonomous region the page prints with its own 党委 (provincepick.organ_province).
- 被 ends the name a 时任 link introduces (时任某厅长的甲被免职).
- A wish (期许某桥通车…) is no act done.
- Talks' titles leave out a chain of posts before the people met (拜访某省委常委、某市委书记、市长甲), not one post.
- Talks after a semicolon carry the actor of the talks before it past another act told between (甲拜访乙，并参观某院；
  之后拜访丙: sides.continued_actor).
- A lede dated from the page (昨天下午，…) keeps the page's date when a later sentence prints a full date of the story's
  past (某办法于2006年2月5日经某会议审议通过).
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, facts
from sweep13 import in_script

_FORUM = (
    "新华社林城5月16日电 首届青松论坛今晚在林城开幕。临江省省长郑云鹏出席并致辞。"
    "本届论坛于十四日至二十一日在林城、石城等地举办。"
)


def _dated(text: str, day: str = "2031-05-16") -> dict[str, tuple[str | None, str | None, bool]]:
    return {e.title: (e.date, e.date_end, e.planned) for e in facts(text, day).events}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_gathering_named_again_with_its_range_lasts_it(script: str) -> None:
    events = _dated(in_script(_FORUM, script))
    assert events["首届青松论坛"] == ("2031-05-14", "2031-05-21", False)


@pytest.mark.parametrize(
    "later",
    [
        "本届论坛于十七日至二十一日在林城、石城等地举办。",  # the range does not hold the day reported
        "省长表示，本届论坛于十四日至二十一日在林城举办。",  # the noun is no subject opening the sentence
        "本届论坛于十四日至二十一日在林城、石城等地展出作品。",  # no word of holding after the range
    ],
)
def test_gathering_keeps_its_day_otherwise(later: str) -> None:
    text = _FORUM.replace("本届论坛于十四日至二十一日在林城、石城等地举办。", later)
    assert _dated(text)["首届青松论坛"][:2] == ("2031-05-16", None)


def test_programme_in_the_gatherings_frame_takes_its_days() -> None:
    text = _FORUM + "论坛期间，还将举办青松经济研讨会、县市植树活动、海峡两岸青年对接会等系列活动。"
    events = _dated(text)
    assert events["青松经济研讨会"] == ("2031-05-14", "2031-05-21", True)
    assert events["海峡两岸青年对接会"] == ("2031-05-14", "2031-05-21", True)
    assert not any("植树活动" in title for title in events)


def test_programme_without_the_frame_is_only_named() -> None:
    text = _FORUM + "主办方希望，今后还将举办青松经济研讨会。"
    assert "青松经济研讨会" not in _dated(text)


_WIRE = "（江城社記者宁可心臨江縣8日電）臨江縣長林曉峰今天率團前往海州參訪。（編輯：钱小禾）1130608\n-\n2024/06/07 21:52\n"


def test_wire_signoff_dates_its_article_over_another_items_stamp() -> None:
    found = facts(_WIRE, None)
    assert [a.date for a in found.document.articles][0] == "2024-06-08"


def test_earliest_stamp_stands_without_a_signoff() -> None:
    text = _WIRE.replace("（編輯：钱小禾）1130608", "")
    assert facts(text, None).document.articles[0].date == "2024-06-07"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_message_dateline_is_filed(script: str) -> None:
    text = in_script(
        "湖滨网2030年10月27日江城消息 日前，临江市参访团来江城参访。10日晚，江城市长柴思雨会见了该团一行。", script
    )
    talks = [e for e in facts(text, None).events if e.event_type == "talks"]
    assert [(e.date, e.planned) for e in talks] == [("2030-10-10", False)]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_bare_autonomous_region_post_is_the_pages_region(script: str) -> None:
    text = in_script("中央决定，龚明远任西藏自治区党委书记。自治区党委副书记柴思雨、自治区政协主席钱小禾出席。", script)
    posts = {(name, post) for name, post in claims(text) if name in ("柴思雨", "钱小禾")}
    assert posts == {
        ("柴思雨", "西藏自治区党委副书记"),
        ("钱小禾", "西藏自治区政协主席"),
    }


def test_two_regions_leave_the_bare_post() -> None:
    text = "龚明远任西藏自治区党委书记，王大树任内蒙古自治区党委书记。自治区政协主席钱小禾出席。"
    assert ("钱小禾", "自治区政协主席") in claims(text)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_passive_ends_the_holder_of_a_former_post(script: str) -> None:
    text = in_script("去年12月，时任临江省交通运输厅厅长的龚明远被免职。", script)
    assert ("龚明远", "临江省交通运输厅厅长") in claims(text)


def test_wish_is_no_act() -> None:
    text = "新华社江城2031年1月27日电 27日，临江县长龚明远出席青松发展座谈会。龚明远说，今年是关键之年，期许青松大桥通车带动地方发展。"
    assert [e.title for e in facts(text, None).events] == ["青松发展座谈会"]


@pytest.mark.parametrize(
    ("met", "title"),
    [
        ("临江省委常委、江城市委书记、市长柴思雨", "龚明远拜会柴思雨"),
        ("巴西总统柴思雨", "龚明远拜会巴西总统柴思雨"),
    ],
)
def test_talks_title_leaves_out_a_chain_of_posts(met: str, title: str) -> None:
    text = f"新华社江城2月23日电 23日，香港特区行政长官龚明远拜会了{met}。"
    assert [e.title for e in facts(text, "2031-02-23").events if e.event_type == "talks"] == [title]


_PAGE_DAY = "本报讯 昨天下午，市政府召开第十三次常务会议。《青松管理办法》于2026年2月5日经临江省政府常务会议审议通过。"


def test_page_day_lede_keeps_the_pages_date() -> None:
    found = facts(_PAGE_DAY, "2031-04-14")
    assert found.document.articles[0].date == "2031-04-14"
    assert [(e.title, e.date) for e in found.events if "第十三次" in e.title] == [("市政府第十三次常务会议", "2031-04-13")]


def test_full_date_lede_without_page_date_stands() -> None:
    """No date of the page: the full date printed is all the article has (as before)."""
    assert facts(_PAGE_DAY, None).document.articles[0].date == "2026-02-05"


@pytest.mark.parametrize("between", ["，并参观江城医院", ""])
@pytest.mark.parametrize("above", ["新华社香港2月22日电 ", "政务司司长柴远帆赴联席会议\n\n"])
def test_talks_after_a_semicolon_keep_their_actor(above: str, between: str) -> None:
    """The talks before the semicolon are the first person's of their own line (a subheading above is no part)."""
    text = (
        f"{above}行政长官龚明远明日先会到江城拜访临江省委常委、江城市委书记、市长柴思雨"
        f"{between}；之后会到海州拜访临江省委书记钱小禾。"
    )
    talks = [e for e in facts(text, "2031-02-22").events if e.event_type == "talks"]
    met = [{p.person for p in e.participants} for e in talks]
    assert {"龚明远", "钱小禾"} in met and {"龚明远", "柴思雨"} in met
