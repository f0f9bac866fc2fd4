"""People recall, issue 13 round 28 (names28): classes ranked by their spread over the studied sets. A name printed
before its title after a preposition or verb whose object it is (在某某总统任内, 同某某首相会谈, 向某某市长汇报:
``word_uses.tsv`` name_title_object_lead), never after a word opening with such a lead (对于, 至于: object_lead_word);
a dotted name whose first part holds a title head (某委员会主委甲·乙) starts after the title; a 、 list closed by 等 and
a group of people the vocabulary lacked (等人, 等学者, 等企业家代表: list_group), never by a group that is no people
(等人气景点: list_body_group); a having lead printed with a colon (名单为：甲、乙). Invented names and frames only."""

from __future__ import annotations

import pytest

from test_mentions import names, persons

# ---- the order of address after an object lead ----


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        pytest.param("两地交流在林晓峰总统任内启动，延续至今。", "林晓峰", "name_title:总统", id="zai-simplified"),
        pytest.param("兩地交流在林曉峰總統任內啟動。", "林晓峰", "name_title:总统", id="zai-traditional"),
        pytest.param("上月外长在海州同柴思雨首相举行会谈。", "柴思雨", "name_title:首相", id="tong"),
        pytest.param("这段情谊可以回溯至龚明远市长在任时期。", "龚明远", "name_title:市长", id="zhi"),
        pytest.param("各方对钱小禾大使的到访表示欢迎。", "钱小禾", "name_title:大使", id="dui"),
        pytest.param("各方對錢小禾大使的到訪表示歡迎。", "钱小禾", "name_title:大使", id="dui-traditional"),
        pytest.param("副县长今天代表宁可心县长出席颁奖。", "宁可心", "name_title:县长", id="daibiao"),
        pytest.param("议长致词时肯定柴思雨县长推动的工作。", "柴思雨", "name_title:县长", id="kending"),
        pytest.param("各局处长向龚明远市长汇报进度。", "龚明远", "name_title:市长", id="xiang"),
        pytest.param("主持人随后请林晓峰院长致辞。", "林晓峰", "name_title:院长", id="qing"),
        pytest.param("他和柴思雨局长一起走访企业。", "柴思雨", "name_title:局长", id="he"),
        pytest.param("今晚宴请钱小禾部长一行。", "钱小禾", "name_title:部长", id="yanqing"),
        pytest.param("市府会同宁可心处长研商方案。", "宁可心", "name_title:处长", id="huitong"),
    ],
)
def test_a_name_before_its_title_after_an_object_lead(text: str, name: str, rule: str) -> None:
    assert (name, rule) in persons(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("议员对于交通局长一职仍由代理表示不满。", "于交通", id="duiyu-word"),
        pytest.param("至于交通局长的人选尚未确定。", "于交通", id="zhiyu-word"),
        pytest.param("秘书处向各位市长寄送了通知。", "各位", id="xiang-group"),
        pytest.param("会上请各位县长逐一发言。", "各位", id="qing-group"),
        pytest.param("代表团在海州市长陪同下参观。", "海州市", id="zai-place"),
        pytest.param("代表市委书记宣读贺信。", "市委书", id="daibiao-post"),
    ],
)
def test_no_name_before_a_title_after_a_lead_word(text: str, absent: str) -> None:
    assert not any(absent in n for n in names(text))


# ---- a dotted name never holds its title ----


@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        pytest.param("海州族委员会主委阿卡·斯林与县长林晓峰出席。", "阿卡·斯林", "会主委阿卡·斯林", id="after-committee"),
        pytest.param(
            "松岩市市长安德烈·莫林、驻华大使丹尼·奥卡,临江省长龚明远出席。",
            "丹尼·奥卡",
            "驻华大使丹尼·奥卡",
            id="list-item-with-title",
        ),
    ],
)
def test_a_dotted_name_starts_after_its_title(text: str, name: str, glued: str) -> None:
    found = names(text)
    assert name in found and glued not in found


# ---- a 、 list closed by 等 and a group of people ----


@pytest.mark.parametrize(
    ("text", "listed", "rule"),
    [
        pytest.param("主任率领龚明远、柴思雨等人，察看堤防。", {"龚明远", "柴思雨"}, "list_closed:人", id="deng-ren"),
        pytest.param(
            "論壇邀得龔明遠、柴思雨、錢小禾等學者，共商規劃。", {"龚明远", "柴思雨", "钱小禾"}, "list_closed:学者", id="scholars"
        ),
        pytest.param(
            "书记与林晓峰、宁可心、柴思雨等企业家代表座谈。",
            {"林晓峰", "宁可心", "柴思雨"},
            "list_closed:企业家",
            id="entrepreneurs",
        ),
    ],
)
def test_a_list_closed_by_a_group_of_people(text: str, listed: set[str], rule: str) -> None:
    found = persons(text)
    assert all((n, rule) in found for n in listed)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("松岩、青禾等人气景点游客如织。", "松岩", id="popular-places"),
        pytest.param("江城、海州等人口大市率先试点。", "江城", id="populous-cities"),
        pytest.param("林业、农业等部门负责人参加。", "林业", id="bodies"),
    ],
)
def test_a_list_closed_by_no_people_reads_none(text: str, absent: str) -> None:
    assert absent not in names(text)


# ---- a having lead printed with a colon ----


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        pytest.param("评审小组共5人，名单为：林晓峰、龚明远、柴思雨。", {"林晓峰", "龚明远", "柴思雨"}, id="list-colon"),
        pytest.param("評審小組共5人,名單為:林曉峰、龔明遠、柴思雨。", {"林晓峰", "龚明远", "柴思雨"}, id="list-colon-traditional"),
        pytest.param("获奖的分别是：宁可心、钱小禾。", {"宁可心", "钱小禾"}, id="respectively-colon"),
    ],
)
def test_a_having_lead_with_a_colon(text: str, listed: set[str]) -> None:
    assert listed <= names(text)


def test_a_having_lead_with_a_colon_still_needs_names() -> None:
    assert not {"高校", "高职"} & {n for n, r in persons("招生的名单为：高校、高职。") if r == "list_having"}
