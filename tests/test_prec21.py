"""Classes found by reading ygraph's output on 36 fresh, unannotated pages (eleventh session, prec21). Invented
text only.

1. A level's people's congress or people's organisation by its short name before a title (区人大常委会主任, 区妇联
   主席): 区 is a surname, so the short name was read as a person (actors/word_uses.tsv name_title_not_end).
2. A meeting named as the approver of a decision or a text (经某会议研究决定, 某方案已经某会议审议通过, 已经某日召开的
   某会议通过) is a reference, no event (docs/gold-conventions.md A1; events/framed.py, patterns.tsv approval_*).
3. A meeting word heading a form label or a document noun (会议地点：, 会议摘要：, 会议纪要, 议事规则) ends no
   name, even where a line break joins it to the line before (events/not_after.txt); a meeting held N to M
   times a period (一般每月召开二至三次) is a series (patterns.tsv series).
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events, people

ORGANS = [
    # (text, the short name never read as a person, a person read)
    ("3月2日上午，区人大常委会召开第九次会议，区人大常委会主任林晓峰主持。", "区人大", "林晓峰"),
    ("3月2日上午，區人大常委會召開第九次會議，區人大常委會主任林曉峰主持。", "区人大", "林晓峰"),
    ("区妇联主席柴思雨、区侨联主席龚明远列席会议。", "区妇联", "柴思雨"),
    ("区科协主席宁可心和区文联主席钱小禾作了发言。", "区科协", "宁可心"),
    ("區殘聯理事長宁可心、區科協主席钱小禾列席。", "区残联", "钱小禾"),
    ("青禾县区人大常委会副主任龚明远出席。", "区人大", "龚明远"),
]


@pytest.mark.parametrize(("text", "never", "read"), ORGANS)
def test_an_organ_short_name_is_no_person(text: str, never: str, read: str) -> None:
    found = people(text)
    assert never not in found
    assert read in found


SURNAME_OU = [
    # near misses: a person whose surname is 区 before a title stays a person
    ("江城市区志强副市长出席会议。", "区志强"),
    ("临江省区大伟市长出席并讲话。", "区大伟"),
]


@pytest.mark.parametrize(("text", "name"), SURNAME_OU)
def test_a_person_surnamed_ou_before_a_title_stays(text: str, name: str) -> None:
    assert name in people(text)


DAY = "新华社江城2030年6月8日电 "

APPROVERS = [
    # (text, a title never an event's)
    (
        DAY + "8日，青禾县委召开会议。经县委常委会议研究，青禾县定于9月20日召开县第九次党代会。",
        "县委常委会议",
    ),
    (DAY + "8日，青禾县委召开会议。经青禾县政府常务会议审议通过，该方案即日起施行。", "青禾县政府常务会议"),
    (DAY + "8日，青禾县政府召开会议。该方案已经县政府常务会议审议通过，即日起施行。", "县政府常务会议"),
    (DAY + "8日，江城市委召开常委会。有关人选業經江城市政府常務會議討論同意。", "江城市政府常务会议"),
    (
        "《松岩市城市绿化管理办法》已经2030年5月20日召开的松岩市政府第12次常务会议讨论通过，现予印发。\n"
        "松岩市人民政府\n2030年5月28日\n",
        "松岩市政府第12次常务会议",
    ),
    (
        "海州产业园区管委会,各乡镇人民政府:\n《海州市人民政府常务会议工作规则》已经2030年5月20日召开的三届市人民政府"
        "第9次常务会议通过,现予印发。\n海州市人民政府\n2030年5月28日\n",
        "第9次常务会议",
    ),
]


@pytest.mark.parametrize(("text", "title"), APPROVERS)
def test_a_meeting_named_as_approver_is_no_event(text: str, title: str) -> None:
    assert not [e for e in built_events(text) if title in e.title]


HELD = [
    # near misses: a meeting held on its day, or 经 in a word, stays an event
    (DAY + "8日，江城市召开经济工作会议，研究部署明年工作。", "江城市经济工作会议"),
    (DAY + "8日，江城市委召开常委会议，经过认真讨论，会议通过了《江城规划》。", "江城市委常委会议"),
    (DAY + "8日，临江省委书记龚明远主持召开省委常委会议，研究决定有关事项。", "省委常委会议"),
]


@pytest.mark.parametrize(("text", "title"), HELD)
def test_a_meeting_held_on_its_day_stays(text: str, title: str) -> None:
    assert [e for e in built_events(text) if title in e.title]


FORMS = [
    # (text, a title never an event's, a title that stays)
    (
        "江城市人民政府\n2030年1月10日\n会议地点：江城市政府\n会议摘要：1月6日，市长龚明远主持召开市政府常务会议。\n",
        "江城市政府会议",
        "市政府常务会议",
    ),
    (
        "青禾县人民政府\n2030年3月2日\n会议地点：青禾县政府\n会议纪要：3月1日，县长柴思雨主持召开县政府常务会议。\n",
        "青禾县政府会议",
        "县政府常务会议",
    ),
]


@pytest.mark.parametrize(("text", "never", "kept"), FORMS)
def test_a_form_label_after_a_line_break_ends_no_name(text: str, never: str, kept: str) -> None:
    titles = [e.title for e in built_events(text)]
    assert never not in titles
    assert kept in titles


def test_a_meeting_held_n_to_m_times_a_month_is_a_series() -> None:
    text = DAY + "8日，海州市长林晓峰主持召开市政府常务会议。\n海州市政府常务会议一般每月召开二至三次。\n"
    assert len([e for e in built_events(text) if "常务会议" in e.title]) == 1


def test_the_page_own_release_stays_beside_its_approver() -> None:
    text = "各乡镇人民政府：\n《海州市河道管理办法》已经市政府第9次常务会议通过，现予印发。\n海州市人民政府\n2030年5月28日\n"
    titles = [e.title for e in built_events(text)]
    assert [t for t in titles if "印发" in t]
    assert not [t for t in titles if "常务会议" in t and "印发" not in t]
