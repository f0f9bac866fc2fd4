"""Delegation-visit news (issue 13, fourth session): invented variants of the shapes found on real
delegation pages — the hosts' posts printed after a joining word, honorifics after a name in a member list,
a jointly presided meeting, the group's talks during its visit, and a subject after a dateline's byline."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, facts
from ygraph.model import DocumentFacts


def _parts(f: DocumentFacts) -> dict[str, set[tuple[str, str]]]:
    """Event title → (person, relation) pairs."""
    return {e.title: {(p.person, p.relation) for p in e.participants} for e in f.events}


def _linked(f: DocumentFacts, person: str, relation: str, event_type: str) -> list[str]:
    """The dates of the events of ``event_type`` that ``person`` is linked to with ``relation``."""
    return [
        e.date or ""
        for e in f.events
        if e.event_type == event_type and any(p.person == person and p.relation == relation for p in e.participants)
    ]


# --- the post after a joining word: 与/而/亦与/团与/一行与/则有 begin no organisation ---------------------
@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("临江省代表团前往江城，与江城市市长柴思雨共同主持合作会议。", "柴思雨", "江城市长"),
        ("臨江省代表團前往湖濱，與湖濱市副市長林晓峰會面。", "林晓峰", "湖滨市副市长"),
        ("代表团与江城市副市长林晓峰会面交流。", "林晓峰", "江城市副市长"),
        ("考察团一行与海州市协作办公室主任龚明远进行座谈。", "龚明远", "海州市协作办公室主任"),
        ("他们亦与江城市商务局局长柴思雨见面。", "柴思雨", "江城市商务局局长"),
        ("龚明远率团访问，而临江市商务局局长林晓峰陪同。", "林晓峰", "临江市商务局局长"),
        ("陪同龚明远的有临江商会秘书长林晓峰，江城市府则有商务局局长柴思雨。", "柴思雨", "商务局局长"),
    ],
)
def test_joining_word_starts_no_organisation(text: str, person: str, post: str) -> None:
    found = {p for n, p in claims(text) if n == person}
    assert post in found, found
    assert not any(p != post and p.endswith(post) for p in found), found


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("江城市自然资源与规划局局长柴思雨出席会议。", "柴思雨", "江城市自然资源与规划局局长"),
        ("临江市长龚明远与江城市自然资源与规划局局长柴思雨会面。", "柴思雨", "江城市自然资源与规划局局长"),
        ("临江集团与江城大学联合实验室主任林晓峰出席。", "林晓峰", "江城大学联合实验室主任"),
    ],
)
def test_joining_word_inside_an_organisation_stays(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# --- 博士/教授 after a name in a list of posts: the next post starts after it ----------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "代表团成员包括商务厅厅长林晓峰教授、科技厅厅长柴思雨博士和交通厅副厅长龚明远。",
            {("林晓峰", "商务厅厅长"), ("柴思雨", "科技厅厅长"), ("龚明远", "交通厅副厅长")},
        ),
        (
            "代表團成員包括創新局局長林晓峰博士、衛生局局長柴思雨教授、民政局副局長龚明远。",
            {("林晓峰", "创新局局长"), ("柴思雨", "卫生局局长"), ("龚明远", "民政局副局长")},
        ),
        (
            "代表团与江城市商务局局长龚明远博士和江城市外事办主任柴思雨会面。",
            {("龚明远", "江城市商务局局长"), ("柴思雨", "江城市外事办主任")},
        ),
    ],
)
def test_honorific_after_name_ends_it(text: str, expected: set[tuple[str, str]]) -> None:
    found = claims(text)
    assert expected <= found, found
    assert not any("博士" in p or "教授" in p for _, p in found), found


def test_professor_before_a_name_is_still_a_post() -> None:
    assert ("龚明远", "临江大学教授") in claims("临江大学教授龚明远出席论坛。")


# --- 甲…，与乙共同主持某会议: both preside --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2031年5月2日电 临江省常务副省长龚明远2日率领临江省政府代表团前往江城，与江城市市长柴思雨共同主持江临合作会议。",
        "新华社江城2031年5月2日电 臨江市長龔明遠2日率團抵達江城，同江城市長柴思雨共同主持江臨合作座談會。",
        "本报讯 5月2日，临江市委书记龚明远带领临江市党政代表团到江城市考察，与江城市委书记柴思雨共同主持两市合作交流会议。",
    ],
)
def test_jointly_presided(text: str) -> None:
    f = facts(text)
    assert _linked(f, "柴思雨", "presided", "meeting") == ["2031-05-02"]
    assert _linked(f, "龚明远", "presided", "meeting") == ["2031-05-02"]


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2031年5月2日电 临江市长龚明远2日率团抵达江城，与江城市长柴思雨会面后出席江临合作会议，会议由林晓峰主持。",
        "新华社江城2031年5月2日电 临江市长龚明远2日率团抵达江城，与江城市长柴思雨出席江临合作会议。",
        "新华社江城2031年5月2日电 临江市长龚明远2日率团抵达江城。江临合作会议由江城市长柴思雨主持。",
    ],
)
def test_not_jointly_presided(text: str) -> None:
    assert _linked(facts(text), "龚明远", "presided", "meeting") == []


# --- the group's talks during its visit: dated by the visit, hosts attend -------------------------------
@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("新华社江城2031年5月8日电 临江省代表团8日抵达江城访问。在江城期间，代表团与江城市副市长林晓峰会面交流。", "林晓峰"),
        ("新华社江城2031年5月8日电 臨江省代表團8日抵達江城訪問。在江城期間，代表團與江城市副市長林晓峰會面。", "林晓峰"),
        ("本报讯 2031年5月8日至9日，临江市青山区考察团赴江城市对接合作。考察团一行与江城市协作办主任柴思雨进行座谈。", "柴思雨"),
        ("新华社江城2031年5月8日电 临江省代表团8日抵达江城访问。访问期间，他们亦与江城市外事办主任柴思雨见面。", "柴思雨"),
    ],
)
def test_group_talks_during_visit(text: str, host: str) -> None:
    f = facts(text)
    dated = _linked(f, host, "attended", "talks") + _linked(f, host, "spoke_at", "meeting") + _linked(
        f, host, "attended", "meeting"
    )
    assert dated and all(d == "2031-05-08" for d in dated), _parts(f)


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2031年5月9日电 临江省代表团8日抵达江城访问。9日，代表团与江城市副市长林晓峰会面交流。",
        "新华社江城2031年5月9日电 臨江省代表團8日抵達江城訪問。9日，代表團與江城市副市長林晓峰會面。",
        "新华社江城2031年5月9日电 临江省代表团8日抵达江城访问。访问期间，9日上午，代表团与江城市副市长林晓峰会面。",
    ],
)
def test_talks_with_a_day_of_their_own_keep_it(text: str) -> None:
    assert _linked(facts(text), "林晓峰", "attended", "talks") == ["2031-05-09"]


# --- a subject after a dateline's byline: (记者 某某) is no part of the clause's head ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "  湖滨社江城1月26日电(记者 宁可心)临江商会主席龚明远26日下午前往江城市政府,拜访江城市长柴思雨。",
        "  湖濱社江城1月26日電（記者 寧可心）臨江商會主席龔明遠26日下午前往江城市政府，拜訪江城市長柴思雨。",
        "  湖滨社江城1月26日电(记者 宁可心)临江江城商贸合作委员会(简称:江临商合会)主席龚明远26日下午前往江城市政府,拜访江城市长柴思雨。",
    ],
)
def test_call_after_dateline_byline(text: str) -> None:
    f = facts(text)
    assert _linked(f, "龚明远", "attended", "talks") == ["2031-01-26"], _parts(f)
    assert _linked(f, "柴思雨", "attended", "talks") == ["2031-01-26"], _parts(f)


def test_bracket_before_the_subject_still_blocks_a_non_subject() -> None:
    """A person named inside a clause after other words is still no subject of a later clause's act."""
    f = facts("  湖滨社江城1月26日电(记者 宁可心)会议听取了龚明远的汇报,拜访江城市长柴思雨。")
    assert _linked(f, "龚明远", "attended", "talks") == [], _parts(f)


# --- hosts who 陪同考察 attend the guests' visit, not the talks or signing of their clause ----------------
@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "本报讯 2030年5月8日，临江省青山县县长龚明远等一行来江城学习考察，并与江城签订了友好合作协议。江城市领导林晓峰、柴思雨陪同考察。",
            "柴思雨",
        ),
        (
            "新华社江城2031年9月21日电 9月21日至22日，临江市委书记龚明远带领临江市党政代表团到江城市考察交流。江城市委书记柴思雨会见代表团一行并陪同考察。",
            "柴思雨",
        ),
        (
            "新华社江城2031年9月21日电 21日，臨江市黨政代表團抵達江城市參觀考察。江城市長柴思雨會見代表團一行並陪同參觀。",
            "柴思雨",
        ),
    ],
)
def test_hosts_accompany_the_visit(text: str, host: str) -> None:
    f = facts(text)
    toured = _linked(f, host, "attended", "visit") + _linked(f, host, "attended", "inspection")
    assert toured, _parts(f)
    assert _linked(f, host, "attended", "signing") == [], _parts(f)


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2031年9月21日电 21日，临江市党政代表团到江城市考察交流。江城市委书记柴思雨会见代表团，市委秘书长林晓峰陪同会见。",
        "新华社江城2031年9月21日电 21日，临江市党政代表团到江城市考察交流。江城市委秘书长林晓峰陪同出席江临合作座谈会。",
        "新华社江城2031年9月21日电 21日，临江市委书记柴思雨会见江城客商，市委秘书长林晓峰陪同。",
    ],
)
def test_accompanying_other_acts_stays_there(text: str) -> None:
    f = facts(text)
    assert _linked(f, "林晓峰", "attended", "visit") == [], _parts(f)


# --- 陪同某某还包括甲、乙: those listed after 还包括 accompany the call ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2030年1月26日电 临江商会主席龚明远26日下午前往江城市政府，拜访江城市长柴思雨。陪同龚明远主席还包括临江商会秘书长林晓峰、临江贸易中心主任欧阳青禾。",
        "新华社江城2030年1月26日电 臨江商會主席龔明遠26日下午前往江城市政府，拜訪江城市長柴思雨。陪同龔明遠還包括臨江商會秘書長林晓峰、臨江貿易中心主任歐陽青禾。",
        "新华社江城2030年1月26日电 26日，临江市长龚明远会见江城市长柴思雨。陪同会见的还包括临江市副市长林晓峰、临江市外事办主任欧阳青禾。",
    ],
)
def test_companions_listed_after_also_including(text: str) -> None:
    f = facts(text)
    for person in ("林晓峰", "欧阳青禾"):
        assert _linked(f, person, "attended", "talks") == ["2030-01-26"], _parts(f)


def test_also_including_without_people_links_nobody() -> None:
    f = facts("新华社江城2030年1月26日电 26日，临江市长龚明远会见江城市长柴思雨。陪同会见的还包括有关部门负责人。")
    assert {p for e in f.events for p, _ in _parts(f)[e.title]} == {"龚明远", "柴思雨"}, _parts(f)
