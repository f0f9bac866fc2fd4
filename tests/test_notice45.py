"""Notices and posts of session 35 (invented text, invented names).

- A ministry of the State Council right after a name in a notice body ends the name (免去甲公安部副部长职务).
- A note on a post given may hold a comma (（专职，副部长级）); a list of posts may close with 等…职务 or 职位.
- 担任 in the sentence of a decision (某委决定：…；甲同志担任某职) gives the post.
- 甲将接替乙，成为新的某职; 甲接替乙代理某职职务.
- The departments of a party committee after one another are each the committee's (某市委组织部部长、机关工委书记).
- A town printed after its county, or before its office (某镇公所), is the page's town for bare 镇长.
- A word of time or of news (如今, 传出) and a dispatching verb (并派) are never part of an organisation.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts


def _roles(text: str, day: str = "2031-04-28") -> set[tuple[str, str, str]]:
    return {(r.person, r.position, r.change or "") for r in facts(text, day).roles}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "国务院决定免去柴思雨公安部副部长职务；免去龚明远的交通运输部副部长职务。",
            {("柴思雨", "公安部副部长", "end"), ("龚明远", "交通运输部副部长", "end")},
            {("柴思雨公", "安部副部长", "end")},
        ),
        (
            "国务院任命林晓峰为国家预防腐败局副局长（专职，副部长级）。",
            {("林晓峰", "国家预防腐败局副局长", "start")},
            set(),
        ),
        (
            "中央决定免去柴思雨的临江省公安厅厅长、党委副书记等职务。",
            {("柴思雨", "临江省公安厅厅长", "end"), ("柴思雨", "临江省公安厅党委副书记", "end")},
            set(),
        ),
        (
            "市委决定：免去柴思雨同志临江区委副书记职务；龚明远同志担任临江区委委员、常委、副书记。",
            {("龚明远", "临江区委副书记", "start"), ("龚明远", "临江区委常委", "start")},
            set(),
        ),
        (
            "经中央批准，龚明远同志将接替柴思雨同志，成为新的江城大学校长。",
            {("龚明远", "江城大学校长", "start"), ("柴思雨", "江城大学校长", "end")},
            set(),
        ),
    ],
)
def test_notice_forms(text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]) -> None:
    roles = _roles(text)
    assert expected <= roles
    assert not absent & roles


def test_a_post_held_without_a_decision_is_no_appointment() -> None:
    """担任 with no decision in its sentence stays a post seen (甲担任某职以来…)."""
    roles = _roles("龚明远同志担任临江区委副书记以来，推动了多项工作。")
    assert not {r for r in roles if r[2] == "start"}


def test_the_departments_of_one_committee_after_one_another() -> None:
    roles = _roles("临江市委常委、组织部部长、机关工委书记龚明远出席会议。")
    assert ("龚明远", "临江市委机关工委书记", "") in roles
    assert ("龚明远", "临江市委组织部机关工委书记", "") not in roles


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("临江县青山镇近年屡换镇长。青山镇公所今天说，代理镇长龚明远将退休。", "青山镇代理镇长"),
        ("今天，记者来到临江县通山镇。通山镇近年变化大。镇长龚明远介绍了情况。", "通山镇镇长"),
    ],
)
def test_the_town_of_the_page_completes_a_bare_town_post(text: str, post: str) -> None:
    assert ("龚明远", post, "") in _roles(text)


def test_two_towns_leave_a_bare_town_post_bare() -> None:
    text = "临江县青山镇公所与临江县白水镇公所今天召开会议。镇长龚明远出席。"
    assert ("龚明远", "镇长", "") in _roles(text)


def test_a_swearing_in_word_after_a_bare_title_is_nobody() -> None:
    text = "临江县白云乡公所昨天举办「乡长宣示就职交接典礼」。白云乡公所说，新乡长龚明远上任。"
    assert "宣示" not in {r.person for r in facts(text).roles}


def test_a_city_stem_inside_another_citys_name_is_no_mention(monkeypatch: pytest.MonkeyPatch) -> None:
    """鞍山 printed inside 马鞍山 names 马鞍山市, never 鞍山市 (invented places: 青禾 inside 东青禾)."""
    from ygraph.actors import printedplaces
    from ygraph.actors.placescan import PlaceScan

    monkeypatch.setattr(printedplaces, "place_table", lambda: {"东青禾": "东青禾市", "青禾": "青禾市"})
    found = PlaceScan(places=((3, "东青禾"), (9, "东青禾"), (20, "青禾")), cities=(), counties=(), city_stems=())
    assert printedplaces._inside_others(found, "青禾", "青禾市") == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "会议经表决，任命柴思雨为江城市人大常委会某工作委员会主任，免去其江城市人大常委会副秘书长职务；"
            "任命龚明远为江城市人大常委会副秘书长。",
            {("柴思雨", "江城市人大常委会副秘书长", "end"), ("龚明远", "江城市人大常委会副秘书长", "start")},
        ),
    ],
)
def test_the_appointed_person_leaves_the_post_after_qi(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _roles(text)


def test_the_official_who_hands_the_seal_over_is_no_predecessor() -> None:
    """监交人某局长乙…。乙将印信交接给新任区长甲: 乙, printed with another post, leaves no 区长 post."""
    text = (
        "江城社2031年8月18日电 江城市政府今日举行南江区长布达交接典礼，由民政局长柴思雨主持及监誓。"
        "柴思雨将印信交接给新任南江区长林晓峰。"
    )
    roles = _roles(text, "2031-08-18")
    assert not {r for r in roles if r[0] == "柴思雨" and r[1].endswith("区长")}
    assert ("林晓峰", "南江区长", "start") in roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "江城市政府今日举行交接典礼。林晓峰、龚明远先前分别代理南江区长、北江区长，今日正式真除。",
            {("林晓峰", "南江区代理区长", "past"), ("龚明远", "北江区代理区长", "past")},
        ),
        (
            "临江县青山镇公所今天说，局长龚明远将于15日接替柴思雨代理青山镇长职务。",
            {("龚明远", "青山镇代理镇长", "start"), ("柴思雨", "青山镇代理镇长", "end")},
        ),
    ],
)
def test_acting_posts_printed_with_the_lead_first(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _roles(text, "2031-04-12")


def test_a_plan_adverb_or_a_meeting_verb_before_a_post_is_no_organisation() -> None:
    roles = _roles("林晓峰今日下午预计与海州会会长龚明远会面，17日上午将晤江城办主任柴思雨。")
    assert {("龚明远", "海州会会长", ""), ("柴思雨", "江城办主任", "")} <= roles


def test_past_holders_listed_after_li_ren_and_a_by_election_winner() -> None:
    text = (
        "江城社2031年9月28日电\n青山镇公所今天举行第十六届青山镇补选镇长就职典礼。第十六届青山镇补选镇长龚明远宣誓就职。"
        "\n历任前镇长柴思雨、林晓峰等人悉皆到场祝贺。"
    )
    roles = {(r.person, r.position, r.change or "") for r in facts(text, "2031-09-28").roles}
    assert ("柴思雨", "青山镇镇长", "former") in roles
    assert ("龚明远", "青山镇镇长", "start") in roles
    assert not {r for r in roles if "历任" in r[1] or "补选" in r[1]}


def test_the_new_holder_printed_with_the_post_replaces_the_one_after_jieti() -> None:
    """新任某职甲接替…的乙: 乙 leaves the post 甲 is printed with (a post before the names)."""
    roles = _roles("江城社2031年5月8日电 新任江城市交通局长龚明远接替届龄退休的柴思雨，今天正式上任。", "2031-05-08")
    assert {("龚明远", "江城市交通局长", "start"), ("柴思雨", "江城市交通局长", "end")} <= roles
