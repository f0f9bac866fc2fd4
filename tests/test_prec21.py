"""Classes found by reading ygraph's output on 36 fresh, unannotated pages (eleventh session, prec21). Invented
text only.

1. A level's people's congress or people's organisation by its short name before a title (区人大 + 常委会主任, 区妇联
   主席): 区 is a surname, so the short name was read as a person (actors/word_uses.tsv name_title_not_end).
2. A meeting named as the approver of a decision or a text (经某会议研究决定, 某方案已经某会议审议通过, 已经某日召开的
   某会议通过) is a reference, no event (docs/gold-conventions.md A1; events/framed.py, patterns.tsv approval_*).
3. A meeting word heading a form label or a document noun (会议地点：, 会议摘要：, 会议纪要, 议事规则) ends no
   name, even where a line break joins it to the line before (events/not_after.txt); a meeting held N to M
   times a period (照例每周举行一到两次) is a series (patterns.tsv series).
4. An act word inside the name of a group sent for that task (督导组, 调研小组), once the article told the group's
   tour, is part of that tour: 向督导组介绍情况 made a second inspection (events/word_uses.tsv task_group,
   task_group_not; events/groupcalls.task_group_tour).
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events, people

ORGANS = [
    # (text, the short name never read as a person, a person read)
    ("3月2日上午，区人大常委会开会，区人大常委会第一副主任林晓峰主持。", "区人大", "林晓峰"),
    ("3月2日上午，區人大常委會召開第九次會議，區人大常委會第一副主任林曉峰主持。", "区人大", "林晓峰"),
    ("区妇联主席柴思雨、区侨联主席龚明远列席会议。", "区妇联", "柴思雨"),
    ("区科协主席宁可心和区文联主席钱小禾作了发言。", "区科协", "宁可心"),
    ("區殘聯理事長宁可心、區科協主席钱小禾列席。", "区残联", "钱小禾"),
    ("青禾县区人大常委会第二副主任龚明远出席。", "区人大", "龚明远"),
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
        DAY + "8日，青禾县委召开会议。经青禾县委常委扩大会议专题研究，青禾县定于9月20日召开县第九次党代会。",
        "县委常委会议",
    ),
    (
        DAY + "8日，青禾县委召开会议。经青禾县政府第五次常务会议审议并通过，该方案即日起施行。",
        "青禾县政府第五次常务会议",
    ),
    (
        DAY + "8日，青禾县政府召开会议。该方案已经青禾县政府第五次常务会议审议，即日起施行。",
        "青禾县政府第五次常务会议",
    ),
    (DAY + "8日，江城市委召开常委会。有关人选業經江城市政府常務會議討論同意。", "江城市政府常务会议"),
    (
        "《松岩市城市绿化管理办法》已经2030年5月20日召开的松岩市政府第12次常务会议讨论并通过，现予印发。\n"
        "松岩市人民政府\n2030年5月28日\n",
        "松岩市政府第12次常务会议",
    ),
    (
        "海州产业园区管委会,各乡镇:\n《海州市政府常务会工作规则》已经2030年5月20日召开的三届海州市政府"
        "第9次常务会议通过,现予印发。\n海州市人民政府\n2030年5月28日\n",
        "第9次常务会议",
    ),
    (
        "各区县人民政府：\n《海州市防汛应急预案》已经海州市政府第34次常务会议审议，现印发给你们。\n"
        "海州市政府办公室\n2030年12月25日\n",
        "第34次常务会议",
    ),
]


@pytest.mark.parametrize(("text", "title"), APPROVERS)
def test_a_meeting_named_as_approver_is_no_event(text: str, title: str) -> None:
    assert not [e for e in built_events(text) if title in e.title]


HELD = [
    # near misses: a meeting held on its day, or 经 in a word, stays an event
    (DAY + "8日，江城市召开经济工作会议，研究部署明年工作。", "江城市经济工作会议"),
    (DAY + "8日，江城市委举行常委会议，经过认真讨论，会议通过了《江城规划》。", "江城市委常委会议"),
    (DAY + "8日，临江省委书记龚明远主持省委常委会议，研究决定有关事项。", "省委常委会议"),
]


@pytest.mark.parametrize(("text", "title"), HELD)
def test_a_meeting_held_on_its_day_stays(text: str, title: str) -> None:
    assert [e for e in built_events(text) if title in e.title]


FORMS = [
    # (text, a title never an event's, a title that stays)
    (
        "江城市人民政府\n2030年1月10日\n会议地点：江城市政府\n会议摘要：1月6日，市长龚明远主持召开第9次市政府常务会议。\n",
        "江城市政府会议",
        "第9次市政府常务会议",
    ),
    (
        "青禾县人民政府\n2030年3月2日\n会议地点：青禾县政府\n会议纪要：3月1日，县长柴思雨主持召开第4次县政府常务会议。\n",
        "青禾县政府会议",
        "第4次县政府常务会议",
    ),
]


@pytest.mark.parametrize(("text", "never", "kept"), FORMS)
def test_a_form_label_after_a_line_break_ends_no_name(text: str, never: str, kept: str) -> None:
    titles = [e.title for e in built_events(text)]
    assert never not in titles
    assert kept in titles


def test_a_meeting_held_n_to_m_times_a_month_is_a_series() -> None:
    text = DAY + "8日，海州市长林晓峰主持第9次市政府常务会议。\n海州市政府常务会议照例每周举行一到两次。\n"
    assert [e.title for e in built_events(text) if "常务会议" in e.title] == ["第9次市政府常务会议"]


def test_the_page_own_release_stays_beside_its_approver() -> None:
    text = "各乡镇人民政府：\n《海州市河道管理办法》已经市政府第9次常务会议通过，现予印发。\n海州市人民政府\n2030年5月28日\n"
    titles = [e.title for e in built_events(text)]
    assert [t for t in titles if "印发" in t]
    assert not [t for t in titles if "常务会议" in t and "印发" not in t]


GROUPS = [
    # (text, the number of events): the group's visit told once; the host's briefing to the group is no act
    (
        DAY
        + "8日，市委常委林晓峰带领市督导组来青禾县调研。座谈会上，县委副书记龚明远向督导组介绍了全县工作情况。",
        1,
    ),
    (DAY + "8日，市委常委林晓峰带领市督导组来青禾县调研。座谈会上，县长柴思雨向市督导组汇报了项目进展。", 1),
    (DAY + "8日，市委常委林晓峰带领市调研小组来青禾县调研。县委书记龚明远向调研小组简要介绍了县情。", 1),
    (DAY + "8日，臨江省委常委林曉峰帶領督導組來青禾縣調研。縣委副書記龔明遠向督導組介紹了工作情況。", 1),
]


@pytest.mark.parametrize(("text", "count"), GROUPS)
def test_an_act_word_naming_a_group_is_no_act(text: str, count: int) -> None:
    assert len(built_events(text)) == count


def test_an_act_on_organisation_work_stays() -> None:
    text = DAY + "8日，临江省委书记林晓峰在青禾县调研组织工作。"
    assert [e for e in built_events(text) if e.title == "林晓峰在青禾县调研组织工作"]
