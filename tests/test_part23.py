"""Participation, thirteenth session (lane part23): the parties of a hand-over or oath ceremony, and who speaks
in 甲向乙说. Invented Simplified and Traditional variants with near-misses:

* once an article has told a hand-over or oath ceremony (…交接典礼, 布达典礼, 就职典礼), the people it names as
  handing over or taking a post attend it: after a ``handover_party`` word and its post (卸任/新任/接任/监交人),
  listed after such a name with 、, right before a ``handover_act`` (交接给, 完成宣誓就职), or the receiver of a
  ``handover_give`` act; a name told before the ceremony's own name (a caption, a lede) with a party word too;
  not one only thanked, nor the names of a list of posts changed (某职由甲接任: presence not said, C4);
* 甲向乙说 / 甲对新任局长乙表示: 乙 is spoken to, 甲 speaks.
"""

from __future__ import annotations

import pytest

from test_part22 import _by_event as by_event

WIRE = "本报讯 2031年9月12日，"
SCRIPTS = ("simplified", "traditional")


def _by_event(text: str, script: str) -> dict[str, set[tuple[str, str]]]:
    """{event title (Simplified): {(person, relation)}} of ``text`` under this file's wire (test_part22's reader)."""
    return by_event(text, script, WIRE)


def _on(found: dict[str, set[tuple[str, str]]], words: str) -> set[str]:
    """The people of the events whose title holds ``words``."""
    return {name for title, pairs in found.items() if words in title for name, _ in pairs}


# (text, the people who must attend the ceremony)
PARTIES = [
    # a party word, a post, the name
    (
        "江城市政府举行三位局长交接典礼，由副市长龚明远监交。卸任交通局长林晓峰感谢同仁。新任交通局长柴思雨表示，将全力以赴。",
        {"龚明远", "林晓峰", "柴思雨"},
    ),
    # 接任…的 + name; a list after the party word
    ("海州县政府今天举行布达典礼。卸任的副县长林晓峰、王立群与县长拥抱。", {"林晓峰", "王立群"}),
    ("海州县政府今天举行布达典礼。接任农业处处长的钱小禾表示，将尽快熟悉业务。", {"钱小禾"}),
    # the supervisor named as 监交人
    (
        "青禾镇长交接典礼上午在镇公所举行。监交人县政府秘书长宁可心表示，要服务乡亲。新任镇长钱小禾随后宣誓。",
        {"宁可心", "钱小禾"},
    ),
    # acts after the name: a give act and its receiver, an oath taken
    (
        "临江县政府举行县长交接典礼，代理县长林晓峰将印信交接给县长龚明远，仪式简单隆重。",
        {"林晓峰", "龚明远"},
    ),
    (
        "青禾乡乡长就职典礼今天在乡公所举行，由县府秘书宁可心主持。青禾乡代理乡长钱小禾宣誓就职后与乡亲合影。",
        {"宁可心", "钱小禾"},
    ),
    # the parties told in the lede before the ceremony is named by its own name
    (
        "卸任市长林晓峰将印信交给新任市长柴思雨。江城市第五届市长宣誓就职典礼上午在市府广场举行。",
        {"林晓峰", "柴思雨"},
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "parties"), PARTIES)
def test_the_parties_of_a_handover_attend_it(text: str, parties: set[str], script: str) -> None:
    found = _by_event(text, script)
    ceremonies = {t: p for t, p in found.items() if t.endswith(("典礼", "仪式"))}
    assert ceremonies, found
    present = set().union(*({name for name, _ in pairs} for pairs in ceremonies.values()))
    assert parties <= present, found


# near-misses: no ceremony told (a notice), the ceremony only planned, a transfer told before a ceremony named
# later, a name right before the act but another name between, a list of posts changed (甲接任: C4, presence not
# said), one thanked
NOT_PARTIES = [
    ("江城市政府发布人事命令，新任交通局长柴思雨下周到任，卸任局长林晓峰调任参议。", "柴思雨", ""),
    ("江城市政府将于下周举行局长交接典礼，新任交通局长柴思雨届时宣誓就职。", "柴思雨", "交接典礼"),
    ("松岩县副县长林晓峰调任县府参议。各机关新任首长的布达交接典礼同日在县府举行。", "林晓峰", "交接典礼"),
    ("青禾区长交接典礼今天举行，由东湖里里长钱小禾接任。", "东湖里", "交接典礼"),
    ("松岩区公所举行区长交接典礼，区长林晓峰升任市府参议，其遗缺由副区长柴思雨接任。", "柴思雨", "交接典礼"),
    (
        "江城市政府举行局长交接典礼，由副市长龚明远监交，副市长感谢卸任局长林晓峰一年来的付出。",
        "林晓峰",
        "交接典礼",
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "name", "words"), NOT_PARTIES)
def test_no_party_without_a_ceremony_told(text: str, name: str, words: str, script: str) -> None:
    found = _by_event(text, script)
    assert name not in set().union(set(), *({n for n, _ in pairs} for pairs in found.values())), found


SPOKEN_TO = [
    "江城市长交接典礼今天举行。卸任市长林晓峰向新任市长柴思雨说，市政千头万绪。",
    "江城市长交接典礼今天举行。新任市长柴思雨出席典礼，监交人县政府秘书长龚明远对柴思雨表示，要尽快进入角色。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", SPOKEN_TO)
def test_the_one_spoken_to_is_no_speaker(text: str, script: str) -> None:
    found = _by_event(text, script)
    pairs = set().union(*found.values())
    assert ("柴思雨", "spoke_at") not in pairs, found
    assert any(name in ("林晓峰", "龚明远") and rel == "spoke_at" for name, rel in pairs), found
