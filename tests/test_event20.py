"""Events missed on many pages (tenth session, event20; docs/events.md).

Two classes counted over the missing events of all 21 studied sets (/work/scratch/s10/event20-classes.md):
* a named activity printed in quotes with its head right after the closing quote (“某某行”活动, 「某某节」系列活动)
  or right before it (「某某特展开展活动」),
  held (举办/举行/参加/开幕的/启动/圆满结束): an `other` event titled by the name and its head, no quotation marks;
* the words that show a named event took place after its name, the whole paradigm (圆满结束, 圆满落幕, 落下帷幕,
  落幕, 登场, 揭幕, 开锣, 启幕, 拉开帷幕, 画下圆满句点), and before it (开幕的, 启动, 启动了);
and a guard: a past marker before a list of names (曾举办甲峰会及乙年会的某酒店) describes every name of the list.
All text is invented.
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events

DAY = "新华社江城2031年5月9日电 "


def _titles(text: str) -> dict[str, tuple[str, str | None, bool]]:
    return {e.title: (e.event_type, e.date, e.planned) for e in built_events(text)}


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("8日，临江省外事办在江城举办“驻华使节江城行”活动。", "驻华使节江城行活动", "2031-05-08"),
        ("8日，臨江市政府舉行「青禾鄰里節」活動，兩岸鄉親參加。", "青禾邻里节活动", "2031-05-08"),
        ("4月25日下午，为期8天的临江“明远亲缘宝岛行”活动圆满结束。", "临江明远亲缘宝岛行活动", "2031-04-25"),
        ("第六屆「江城·海州日」活動8日在海州舉行。", "第六届江城·海州日活动", "2031-05-08"),
        ("8日，江城市举办“江城友好周”系列活动。", "江城友好周系列活动", "2031-05-08"),
        ("8日，柴思雨出席在江城開幕的『海州文化周』主題活動。", "海州文化周主题活动", "2031-05-08"),
        ("8日，两市在江城启动了“青禾少年手拉手”交流活动。", "青禾少年手拉手交流活动", "2031-05-08"),
        ("臨江市長龔明遠今天出席「海州市X柴思雨特展開展活動」，會上他表示。", "海州市X柴思雨特展开展活动", "2031-05-09"),
        ("8日，江城市举办“2031临江·海州经贸合作交流活动”。", "2031临江·海州经贸合作交流活动", "2031-05-08"),
    ],
)
def test_a_quoted_activity_held_is_an_event(text: str, title: str, date: str) -> None:
    found = _titles(DAY + text)
    assert found.get(title) == ("other", date, False), found


@pytest.mark.parametrize(
    "text",
    [
        "8日，各地开展“学雷锋”活动。",  # a campaign carried out, no event held
        "龚明远表示，“江城之夏”活动办得很好。",  # talked about, no word of taking place
        "龚明远表示，「江城之夏活動」辦得很好。",
        "8日，主论坛在曾经举办“江城之夏”活动的江城广场举行。",  # described by an earlier event
    ],
)
def test_a_quoted_activity_not_held_is_no_event(text: str) -> None:
    assert not [t for t, (kind, _, planned) in _titles(DAY + text).items() if kind == "other" and not planned]


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("第三届临江合作论坛8日在江城落下帷幕。", "第三届临江合作论坛", "2031-05-08"),
        ("臨江城鄉融合發展座談會今天在江城登場。", "临江城乡融合发展座谈会", "2031-05-09"),
        ("8日，第二届海州发展论坛圆满落幕。", "第二届海州发展论坛", "2031-05-08"),
        ("第三屆臨江合作論壇8日在江城圓滿結束。", "第三届临江合作论坛", "2031-05-08"),
        ("江城两岸交流座谈会8日落幕，两地代表参加。", "江城两岸交流座谈会", "2031-05-08"),
        ("8日，第五届临江文化节在江城揭幕。", "第五届临江文化节", "2031-05-08"),
        ("8日，江城市第二届海州文化节拉开帷幕。", "江城市第二届海州文化节", "2031-05-08"),
        ("臨江論壇8日在江城劃下圓滿句點。", "临江论坛", "2031-05-08"),
    ],
)
def test_a_name_then_a_word_of_ending_or_opening_is_held(text: str, title: str, date: str) -> None:
    found = _titles(DAY + text)
    assert title in found and found[title][1] == date, found


@pytest.mark.parametrize(
    "text",
    [
        "8日，主论坛在曾经举办临江峰会及第35届海州银行年会的江城酒店登场。",
        "8日，主论坛在曾举办临江论坛和第35届海州银行年会的江城酒店举行。",
    ],
)
def test_a_past_marker_describes_every_name_of_its_list(text: str) -> None:
    found = _titles(DAY + text)
    assert "第35届海州银行年会" not in found, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("日前，临江市举行“海峡青年周”活动，由海州青年协会会长柴思雨带队的交流团一行22人来临江开展交流考察。", "visit"),
        ("近日，临江省外办举办“海外侨胞临江行”活动，40余位侨胞代表参加。临江省委书记龚明远会见侨胞代表团。", "talks"),
        ("日前，江城舉辦「海州文化周」活動，海州市代表團一行30人來江城參訪交流。", "visit"),
    ],
)
def test_a_quoted_activity_leaves_the_lede_to_the_acts_it_holds(text: str, kind: str) -> None:
    kinds = {k for k, _, _ in _titles(DAY + text).values()}
    assert {"other", kind} <= kinds, kinds


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("今年3月16日，临江综合保税区(一期)顺利通过预验收。", "临江综合保税区(一期)顺利通过预验收", "2031-03-16"),
        ("8日，臨江保稅港區(一期)通過聯合驗收。", "临江保税港区(一期)通过联合验收", "2031-05-08"),
        ("8日，临江新区水厂项目通过初步验收。", "临江新区水厂项目通过初步验收", "2031-05-08"),
        ("8日，江城高新區通過綜合驗收。", "江城高新区通过综合验收", "2031-05-08"),
        ("8日，海州港二期工程通过终验。", "海州港二期工程通过终验", "2031-05-08"),
    ],
)
def test_an_acceptance_passed_is_an_event_whatever_its_kind(text: str, title: str, date: str) -> None:
    found = _titles(DAY + text)
    assert found.get(title) == ("other", date, False), found


@pytest.mark.parametrize(
    "text",
    ["龚明远表示，临江新区项目年内将通过预验收。", "龚明远要求，确保项目年底前通过初步验收等具体任务。"],
)
def test_an_acceptance_announced_or_required_is_no_event(text: str) -> None:
    assert not [t for t, (kind, _, planned) in _titles(DAY + text).items() if kind == "other" and not planned]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("8日，海州市代表团拜会临江市长龚明远。", "海州市代表团拜会临江市长龚明远"),
        ("8日，海州市政府代表團隨即拜訪駐江城辦事處處長龔明遠。", "海州市政府代表团随即拜访驻江城办事处处长龚明远"),
        ("8日，海州访问团会见临江市长龚明远，双方交换了意见。", "海州访问团会见临江市长龚明远"),
        ("8日，青禾县考察团在江城拜访了临江集团董事长林晓峰。", "青禾县考察团拜访临江集团董事长林晓峰"),
        ("8日，海州參訪團會晤臨江市長龔明遠。", "海州参访团会晤临江市长龚明远"),
    ],
)
def test_a_visiting_groups_talks_with_a_named_host_are_an_event(text: str, title: str) -> None:
    found = _titles(DAY + text)
    assert found.get(title, ("",))[0] == "talks", found


@pytest.mark.parametrize(
    "text",
    [
        "8日，海州市代表团与临江外事部门官员会面交流。",  # no host named: left to the visit reported
        "海州代表团下周将获临江省领导接见。",  # passive, announced
        "8日，海州代表团获临江市长龚明远接见。",  # received: the host acts (a person before the act is needed)
        "8日，海州代表團受到臨江市長龔明遠會見。",
        "8日，海州访问团通过高层拜访、民间交流等多种形式推动合作。",  # a way of working, no talks
    ],
)
def test_a_visiting_groups_talks_with_no_host_named_are_no_event(text: str) -> None:
    assert "talks" not in {k for k, _, _ in _titles(DAY + text).values()}
