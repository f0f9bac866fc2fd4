"""People and their posts, lane names27 (issue 13, session 17): the page's own place printed as the owner of
one of its bodies completes the organs printed after a bare level (owner_organs.tsv, actors/ownerplaces.py);
a label's left side (专访 ends it; the stop 对 does not cut 对于: prefix_stops.txt); the principal of 受…委托 (name_followers.tsv
follow.entrust); two title heads the vocabulary lacked (召集人, 课长: titles.tsv). Invented names and frames."""

from __future__ import annotations

import pytest

from pipeline_probe import facts


def _roles(text: str) -> set[tuple[str, str, str]]:
    return {(r.person, r.position, r.provenance.rule) for r in facts(text).roles}


def _positions(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in facts(text).roles}


def _names(text: str) -> set[str]:
    return {p.name for p in facts(text).people}


# ---- the owner of a body: the page's own place of that level ----


@pytest.mark.parametrize(
    ("text", "person", "position", "rule"),
    [
        pytest.param(
            "5月3日，青禾县第9届人大常委会今天开会，县政协主席林晓峰列席。",
            "林晓峰",
            "青禾县政协主席",
            "titled+owner.congress",
            id="congress-term-ordinal",
        ),
        pytest.param(
            "青禾县16届人大常委会今天开会。县法院院长龚明远列席。",
            "龚明远",
            "青禾县法院院长",
            "titled+owner.congress",
            id="congress-term-plain",
        ),
        pytest.param(
            "松岩县人民代表大会今天开幕。县法院院长柴思雨列席。",
            "柴思雨",
            "松岩县法院院长",
            "titled+owner.congress",
            id="congress-full-name",
        ),
        pytest.param(
            "柳溪县人民政府召开常务会议。县检察院检察长钱小禾介绍情况。",
            "钱小禾",
            "柳溪县检察院检察长",
            "titled+owner.government",
            id="government",
        ),
        pytest.param(
            "柳溪縣政協召開常委會議。縣法院院長錢小禾列席。",
            "钱小禾",
            "柳溪县法院院长",
            "titled+owner.cppcc",
            id="cppcc-traditional",
        ),
        pytest.param(
            "松岩县人民检察院通报案件。县法院副院长林晓峰出席。",
            "林晓峰",
            "松岩县法院副院长",
            "titled+owner.procuratorate",
            id="procuratorate",
        ),
        pytest.param(
            "松岩區公所舉辦敬老活動，由區長龔明遠主持。",
            "龚明远",
            "松岩区长",
            "titled+owner.office",
            id="office-bare-title",
        ),
    ],
)
def test_an_owner_place_completes_the_posts_of_its_level(
    text: str, person: str, position: str, rule: str
) -> None:
    assert (person, position, rule) in _roles(text)


def test_the_members_listed_after_a_completed_head_share_its_body() -> None:
    text = "7月9日，青禾县第9届人大常委会今天开会。县政协主席林晓峰，副主席龚明远、柴思雨列席。"
    found = _positions(text)
    assert ("龚明远", "青禾县政协副主席") in found and ("柴思雨", "青禾县政协副主席") in found


@pytest.mark.parametrize(
    ("text", "person", "bare"),
    [
        pytest.param(
            "青禾县人民政府、松岩县人民政府签署协议。县法院院长林晓峰出席。",
            "林晓峰",
            "县法院院长",
            id="two-owners",
        ),
        pytest.param(
            "县长林晓峰率县政府代表团出席会议。县法院院长龚明远同行。",
            "龚明远",
            "县法院院长",
            id="name-and-verb-stem",
        ),
        pytest.param(
            "会上，龚明远谈起青禾县人民政府的工作。县法院院长柴思雨出席。",
            "柴思雨",
            "县法院院长",
            id="mid-clause-unknown",
        ),
        pytest.param(
            "，临川省人民政府发布通知。省法院院长钱小禾出席。",
            "钱小禾",
            "省法院院长",
            id="unknown-province",
        ),
    ],
)
def test_no_owner_place_is_guessed(text: str, person: str, bare: str) -> None:
    assert (person, bare) in _positions(text)


# ---- words after which a label starts ----


@pytest.mark.parametrize(
    ("text", "person", "position", "wrong"),
    [
        pytest.param(
            "对于临江办主任林晓峰的意见，大家赞同。", "林晓峰", "临江办主任", "于临江办主任", id="about"
        ),
        pytest.param(
            "對於臨江辦主任林曉峰的意見，大家贊同。",
            "林晓峰",
            "临江办主任",
            "于临江办主任",
            id="about-traditional",
        ),
        pytest.param(
            "本台专访海州市市长龚明远，谈城市更新。",
            "龚明远",
            "海州市长",
            "本台专访海州市长",
            id="interview",
        ),
        pytest.param(
            "本報專訪臨江省海州市市長柴思雨。",
            "柴思雨",
            "海州市长",
            "本报专访临江省海州市长",
            id="interview-traditional",
        ),
    ],
)
def test_a_label_starts_after_a_preposition_or_an_interview(
    text: str, person: str, position: str, wrong: str
) -> None:
    found = _positions(text)
    assert (person, position) in found and (person, wrong) not in found


def test_a_body_holding_the_word_keeps_it() -> None:
    assert ("林晓峰", "临江对外交流协会会长") in _positions("临江对外交流协会会长林晓峰致辞。")


# ---- the principal of 受…委托 ----


@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        pytest.param("受江城市市长林晓峰委托，副市长出席。", "林晓峰", "林晓峰委", id="three-characters"),
        pytest.param("受海州商会会长龚明委托，秘书长出席。", "龚明", "龚明委托", id="two-characters"),
        pytest.param("受臨江縣縣長柴思雨委託，副縣長致辭。", "柴思雨", "柴思雨委", id="traditional"),
        pytest.param("青禾县县长钱小禾委托副县长代为出席。", "钱小禾", "钱小禾委", id="active-voice"),
    ],
)
def test_the_entrusting_principal_is_read(text: str, name: str, glued: str) -> None:
    found = _names(text)
    assert name in found and glued not in found


def test_entrusting_without_a_name_reads_no_person() -> None:
    assert not _names("受江城市市长委托，副市长出席。")


# ---- title heads the vocabulary lacked ----


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param(
            "主礼嘉宾包括行政会议召集人龚刘明远、江城局局长柴思雨。",
            "龚刘明远",
            "行政会议召集人",
            id="convenor",
        ),
        pytest.param(
            "出席者有行政會議召集人林陳曉峰。", "林陈晓峰", "行政会议召集人", id="convenor-traditional"
        ),
        pytest.param(
            "訪團包括青禾鎮公所民政課長林曉峰、秘書龔明遠。",
            "林晓峰",
            "青禾镇公所民政课长",
            id="section-chief",
        ),
        pytest.param(
            "松岩市公所财政课长钱小禾说明预算。",
            "钱小禾",
            "松岩市公所财政课长",
            id="section-chief-simplified",
        ),
    ],
)
def test_a_convenor_and_a_section_chief_are_posts(text: str, person: str, position: str) -> None:
    assert (person, position) in _positions(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("会议召集人表示，将于下周开会。", id="convenor-no-name"),
        pytest.param("各课长应于月底前提交报告。", id="section-chiefs-no-name"),
    ],
)
def test_a_title_without_a_name_reads_no_person(text: str) -> None:
    assert not _names(text)


# ---- a married name read whole after a stop word (a convenor named in a headline) ----


@pytest.mark.parametrize(
    ("text", "name", "tail"),
    [
        pytest.param("新一届委员会名单公布 龚刘明远任召集人", "龚刘明远", "刘明远", id="after-publish"),
        pytest.param("江城市政府宣布林陈晓峰任召集人", "林陈晓峰", "陈晓峰", id="after-announce"),
    ],
)
def test_a_married_name_after_a_stop_word_is_read_whole(text: str, name: str, tail: str) -> None:
    found = _names(text)
    assert name in found and tail not in found


def test_a_three_character_name_after_a_stop_word_stays() -> None:
    assert "林晓峰" in _names("名单公布林晓峰任组长")


# ---- a gazetteer county named twice, alone of its level: its organs after a bare level are its own ----
# (real county names that no evaluated page prints: the gazetteer is the lever; invented people)


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param(
            "县政协召开会议，县政协主席林晓峰出席。会议听取了淳安县计划和淳安县预算的报告。",
            "林晓峰",
            "淳安县政协主席",
            id="congress",
        ),
        pytest.param(
            "县政府召开会议，县法院院长龚明远列席，通报淳安县治安和淳安县信访工作。",
            "龚明远",
            "淳安县法院院长",
            id="court",
        ),
        pytest.param(
            "區人民法院院長柴思雨介紹岳麓區審判工作，岳麓區各部門參加。",
            "柴思雨",
            "岳麓区人民法院院长",
            id="traditional",
        ),
    ],
)
def test_a_county_named_twice_alone_completes_its_organs(text: str, person: str, position: str) -> None:
    assert (person, position) in _positions(text)


@pytest.mark.parametrize(
    ("text", "person", "bare"),
    [
        pytest.param("县法院院长林晓峰介绍淳安县审判工作。", "林晓峰", "县法院院长", id="named-once"),
        pytest.param(
            "淳安县与开化县签约，淳安县、开化县代表出席。县法院院长柴思雨讲话。",
            "柴思雨",
            "县法院院长",
            id="two-peers",
        ),
        pytest.param(
            "县法院院长龚明远介绍青禾县审判工作，青禾县各部门参加。",
            "龚明远",
            "县法院院长",
            id="not-in-the-gazetteer",
        ),
    ],
)
def test_a_county_not_plainly_the_pages_leaves_its_organs_bare(text: str, person: str, bare: str) -> None:
    assert (person, bare) in _positions(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "松岩县人民政府与柳溪县人民政府今日签约，县法院院长林晓峰出席。", id="joined-unknown-owners"
        ),
        pytest.param("松岩县政协和柳溪县政协联合调研，县法院院长林晓峰陪同。", id="joined-by-and"),
    ],
)
def test_two_joined_owners_leave_the_level_alone(text: str) -> None:
    assert ("林晓峰", "县法院院长") in _positions(text)
