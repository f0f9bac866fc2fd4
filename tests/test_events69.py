"""Events, roles and people of session 59 (invented text, invented names).

- A township's own party congress (中国共产党某镇第N次代表大会) names the page's township: its bare posts (镇党委书记,
  镇长) are that township's; a county's congress count after its name does the same for 县委书记.
- A dotted foreign name may join a double given name with a hyphen (某-某某·某某).
- A host's post never completes the bare title of the one the host meets.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from pipeline_probe import held_roles as _roles
from pipeline_probe import taking_part as _parts
from pipeline_probe import titled_events as _events
from ygraph.corpus import merge
from ygraph.events import partverbs
from ygraph.events.draft import Draft, Ref

DAY = "2031-03-13"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "本报讯 3月12日，中国共产党青禾镇第五次代表大会开幕。镇党委书记柴思远代表第四届镇党委作报告。镇长林晓峰主持。",
            ("柴思远", "青禾镇党委书记"),
        ),
        (
            "本报讯 3月12日，中国共产党青禾镇第五次代表大会开幕。镇党委书记柴思远代表第四届镇党委作报告。镇长林晓峰主持。",
            ("林晓峰", "青禾镇镇长"),
        ),
        (
            "本报讯 3月12日，江城县松岩乡召开第五次党代会。乡党委书记柴思远作报告。松岩乡乡长林晓峰主持会议。",
            ("柴思远", "松岩乡党委书记"),
        ),
        (
            "本报讯 3月12日，中国共产党临江县第十四次代表大会开幕。县委书记柴思远代表第十三届县委作报告。",
            ("柴思远", "临江县委书记"),
        ),
    ],
)
def test_a_places_own_congress_completes_its_bare_posts(text: str, role: tuple[str, str]) -> None:
    assert role in _roles(text, DAY)


def test_a_township_named_in_passing_completes_nothing() -> None:
    text = "本报讯 3月12日，县委书记许文澜到青禾镇调研。镇党委书记柴思远陪同。"
    assert ("柴思远", "青禾镇党委书记") not in _roles(text, DAY)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("新华社北京2031年3月5日电 国家副主席柴思远5日在北京会见海州国民议会议长让-皮埃尔·马丁。", ("让-皮埃尔·马丁", "海州国民议会议长")),
        ("新华社北京2031年3月5日电 国家副主席柴思远5日在北京会见海州总统弗兰克－瓦尔特·施泰恩。", ("弗兰克－瓦尔特·施泰恩", "海州总统")),
    ],
)
def test_a_hyphen_joins_a_double_given_name_in_a_dotted_name(text: str, role: tuple[str, str]) -> None:
    assert role in _roles(text)


def test_a_hyphen_never_opens_or_ends_a_name() -> None:
    text = "新华社北京2031年3月5日电 国家副主席柴思远5日在北京会见海州国民议会议长-皮埃尔·马丁。"
    assert not any(person.startswith("-") for person, _ in _roles(text))


def test_the_host_post_never_completes_the_guests_bare_title() -> None:
    text = "新华社北京2031年3月5日电 国家副主席柴思远5日在北京会见由主席让·马丁率领的海州参议院代表团。"
    assert ("让·马丁", "国家主席") not in _roles(text)


def _people(text: str, day: str | None = None) -> set[str]:
    return {p.name for p in facts(text, day).people}


def test_a_name_ends_before_the_verb_of_a_titled_report() -> None:
    """作 before a title mark opens its object (甲作《某报告》的说明): it is no last character of the name."""
    text = "本报讯 2031年8月5日，县委全会召开。县委副书记龚禾作《关于召开第四次党代会的决议（草案）》的说明。"
    assert "龚禾" in _people(text)
    assert "龚禾作" not in _people(text)


@pytest.mark.parametrize(
    ("text", "convenes"),
    [
        ("县委副书记龚小禾作《关于召开青禾县第四次代表大会的决议（草案）》的说明。", False),
        ("县委副书记龚小禾召开青禾县第四次代表大会筹备会议。", True),
    ],
)
def test_a_verb_inside_a_document_title_convenes_nothing(text: str, convenes: bool) -> None:
    """召开 names the meeting it convenes only outside a title mark (partverbs.names_event)."""
    verb = text.index("召开") + len("召开")
    meeting = Ref(verb, len(text) - 1, Draft.undated("青禾县第四次代表大会", "meeting", verb, len(text) - 1), False)
    assert partverbs.names_event(text, "召开", verb, [meeting]) is convenes


def test_a_date_describing_a_noun_never_dates_the_next_clause() -> None:
    text = "新华社江城2031年7月2日电 市长柴思远昨天上午驱车经过已于去年十月通车的青禾大桥，视察江城港扩建工程。"
    assert _events(text)["柴思远视察江城港扩建工程"][0] == "2031-07-01"


def test_the_one_escorted_acts_not_the_escort() -> None:
    text = "新华社江城2031年7月2日电 国家主席柴思远于昨日结束访问离开前，在行政长官林晓峰陪同下前往青禾视察主要基建设施。"
    titles = set(_events(text))
    assert "柴思远前往青禾视察主要基建设施" in titles
    assert not any(t.startswith("林晓峰") for t in titles)


def test_a_column_tag_before_the_headline_is_no_part_of_the_title() -> None:
    text = (
        "[柴思远访港] 柴思远视察大桥及三跑工程\n\n发表于 2031-7-2 15:53:00\n"
        "【本报讯】国家主席柴思远于昨日在行政长官林晓峰陪同下前往青禾视察主要基建设施，包括江城大桥接线和机场第三跑道工程。"
    )
    assert not any("]" in t or "访港" in t for t in _events(text))


def test_an_act_quoted_as_the_occasion_of_words_is_no_event() -> None:
    text = "新华社江城2031年7月2日电 2日，江城周开幕。林晓峰致辞。他说，国家主席柴思远会见江城青年交流团时的重要讲话令人鼓舞。"
    assert not any("会见" in t for t in _events(text))


def test_a_prefecture_named_once_before_its_congress_term_completes_its_posts() -> None:
    text = (
        "10月8日，松岩州第九届人大常委会第三次会议开幕。州人大常委会主任柴思远，州人大常委会副主任林晓峰出席。"
        "州人民政府副州长、州公安局局长宁可心列席。"
    )
    roles = _roles(text, "2031-10-26")
    assert {("林晓峰", "松岩州人大常委会副主任"), ("宁可心", "松岩州公安局局长"), ("宁可心", "松岩州人民政府副州长")} <= roles


def test_meetings_told_after_a_then_word_are_other_meetings() -> None:
    text = (
        "临江部署汛期工作\n本报讯 5月6日上午，临江省召开全省防汛抗旱工作会议。副省长柴思远出席并讲话。随后，又召开了全省防汛抗旱指挥系统"
        "工作会议、全省水库度汛工作会议。"
    )
    corpus = merge.merge([facts(text, "2031-05-07")], ())
    titles = {e.title for e in corpus.events}
    assert {"全省防汛抗旱工作会议", "全省防汛抗旱指挥系统工作会议", "全省水库度汛工作会议"} <= titles


def test_a_state_visit_told_after_its_invitation_is_an_event() -> None:
    text = "中央社临江2031年4月7日电 海州共和国总统林晓峰(Tomás Ortega)应临江政府邀请，于6日至9日率团来临江进行正式访问。"
    events = _events(text)
    assert events.get("林晓峰访问临江") == ("2031-04-06", "临江")


def test_a_members_list_goes_on_past_latin_spellings() -> None:
    text = (
        "中央社临江2031年4月7日电 海州总统林晓峰于6日至9日来临江进行正式访问。海州访团成员包括议长宁可心(Lucía Moreno)、"
        "外交部长钱小禾(José Ramírez Peña)及财政部长许文澜(Inés Soto)等官员。"
    )
    people = {person for title, person, _ in _parts(text) if title == "林晓峰访问临江"}
    assert {"宁可心", "钱小禾", "许文澜"} <= people
