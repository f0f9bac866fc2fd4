"""Events on real-page classes (issue 13, third round): invented text with invented names and places."""

from __future__ import annotations

from test_events import by_relation, extract


def test_a_stop_character_inside_a_word_of_the_name_keeps_the_name_whole() -> None:
    found = extract(
        "本报讯 5月12日下午，两市在江城举行东西协作和对口支援工作座谈会。林晓峰主持会议并讲话。",
        people=("林晓峰",),
    )
    assert [(e.title, e.date) for e in found] == [("东西协作和对口支援工作座谈会", "2031-05-12")]
    assert by_relation(found[0])["presided"] == ["林晓峰"]


def test_a_meeting_convened_with_le_or_a_modifier_took_place() -> None:
    found = extract(
        "本报讯 2031年5月12日，林晓峰主持召开本届政府的第38次江城市政府常务会议。"
        "2031年5月20日，首任市长王立群主持召开了第一次市政会议。",
        people=("林晓峰", "王立群"),
    )
    assert sorted((e.title, e.date) for e in found) == [
        ("第38次江城市政府常务会议", "2031-05-12"),
        ("第一次市政会议", "2031-05-20"),
    ]
    assert all(by_relation(e)["presided"] for e in found)


def test_a_ceremony_held_at_a_meeting_is_part_of_it_and_the_meeting_stays_reported() -> None:
    found = extract(
        "本报讯 5月12日，临江省江城片区海州推介会在海州举行。推介会上还举行了项目签约仪式，"
        "江城片区与海州企业签订了6个项目合作协议。林晓峰、王立群出席了活动。",
        people=("林晓峰", "王立群"),
    )
    by_title = {e.title: e for e in found}
    assert sorted(by_title) == ["临江省江城片区海州推介会", "项目签约仪式"]
    assert by_title["项目签约仪式"].date == "2031-05-12"
    assert by_relation(by_title["临江省江城片区海州推介会"])["attended"] == ["林晓峰", "王立群"]
