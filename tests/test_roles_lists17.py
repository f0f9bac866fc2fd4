"""A title that governs a list of names, and election results (issue 13, roles, session 7): the session's own
seats (执行主席 of a sitting, 担任…的有), each election result with its own post (bare posts completed by
the post elected before them, or by the organisation printed before a count), and lists that a title does
NOT govern. Invented text only; Simplified and Traditional variants."""

from __future__ import annotations

import pytest

from pipeline_probe import claims

roles = claims  # (person, position) of every role claim

# --- a sitting's executive chairs are the session's -------------------------------------------------------

SITTINGS = [
    (
        "临江省第十二届人民代表大会第二次会议开幕。第一次全体会议执行主席为龚明远、柴思雨、林晓峰。",
        "临江省第十二届人民代表大会第二次会议执行主席",
        ("龚明远", "柴思雨", "林晓峰"),
    ),
    (
        "臨江省第十二屆人民代表大會第二次會議開幕。第二次全體會議執行主席為龔明遠、柴思雨、林曉峰。",
        "临江省第十二届人民代表大会第二次会议执行主席",
        ("龚明远", "柴思雨", "林晓峰"),
    ),
    (  # a session printed with its level alone (the page's own city's)
        "下午，市十三届人大四次会议在江城大剧院开幕。第一次全体会议执行主席为钱小禾、欧阳青禾、蒋文。",
        "市十三届人大四次会议执行主席",
        ("钱小禾", "欧阳青禾", "蒋文"),
    ),
    (  # 担任…并在主席台就座的有
        "江城市第九届人民代表大会第三次会议开幕。担任第二次全体会议执行主席并于台上就座的有：龚明远、柴思雨、林晓峰。",
        "江城市第九届人民代表大会第三次会议执行主席",
        ("龚明远", "柴思雨", "林晓峰"),
    ),
    (
        "江城市第九屆人民代表大會第三次會議開幕。擔任大會執行主席的有龔明遠、柴思雨和林曉峰等。",
        "江城市第九届人民代表大会第三次会议执行主席",
        ("龚明远", "柴思雨", "林晓峰"),
    ),
    (
        "政协青禾市第七届委员会第二次会议举行。大会由执行主席蒋文主持。担任本届大会执行主席的还有：钱小禾、欧阳青禾。",
        "政协青禾市第七届委员会第二次会议执行主席",
        ("蒋文", "钱小禾", "欧阳青禾"),
    ),
]


@pytest.mark.parametrize(("text", "post", "names"), SITTINGS)
def test_a_sittings_executive_chairs_hold_the_sessions_post(text: str, post: str, names: tuple[str, ...]) -> None:
    found = roles(text)
    for name in names:
        assert (name, post) in found
    assert not any(p.startswith(("第一次", "第二次")) for _, p in found)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("上午，市九届人大二次会议开幕。大会由主席团常务主席、执行主席龚明远主持。", "龚明远", "市九届人大二次会议主席团常务主席"),
        ("上午，市九屆人大二次會議開幕。大會由主席團常務主席、執行主席龔明遠主持。", "龚明远", "市九届人大二次会议执行主席"),
        ("临江省第九届人民代表大会第二次会议开幕。大会主席团常务主席柴思雨就座。", "柴思雨", "临江省第九届人民代表大会第二次会议主席团常务主席"),
        (  # the session printed without its place after it was printed with it
            "临江省十二届人大二次会议开幕\n上午，省十二届人大二次会议开幕。大会执行主席林晓峰主持。",
            "林晓峰",
            "临江省十二届人大二次会议执行主席",
        ),
    ],
)
def test_presidium_posts_keep_the_presidium_only_for_the_standing_chair(text: str, name: str, post: str) -> None:
    assert (name, post) in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "上午，市九届人大二次会议开幕。大会由执行主席龚明远主持。会议表决通过了市九届人大二次会议选举办法。",
        "上午，市九屆人大二次會議開幕。大會由執行主席龔明遠主持。會議表決通過了市九屆人大二次會議選舉辦法。",
        "上午，市九届人大二次会议开幕。大会由执行主席龚明远主持。会议审议了县九届人大二次会议的报告。",
    ],
)
def test_a_verb_before_a_level_starts_no_sessions_name(text: str) -> None:
    found = roles(text)
    assert ("龚明远", "市九届人大二次会议执行主席") in found
    assert not any(p.startswith(("通过", "审议", "议了")) for _, p in found)


# --- election results: each post to its own names ---------------------------------------------------------

ELECTIONS = [
    (
        "龚明远当选为政协临江省第十一届委员会主席，柴思雨、林晓峰、钱小禾当选为副主席，欧阳青禾当选为秘书长。",
        {
            ("龚明远", "政协临江省第十一届委员会主席"),
            ("柴思雨", "政协临江省第十一届委员会副主席"),
            ("钱小禾", "政协临江省第十一届委员会副主席"),
            ("欧阳青禾", "政协临江省第十一届委员会秘书长"),
        },
    ),
    (
        "龔明遠當選為政協臨江省第十一屆委員會主席，柴思雨、林曉峰當選為副主席，歐陽青禾當選為秘書長。",
        {
            ("柴思雨", "政协临江省第十一届委员会副主席"),
            ("林晓峰", "政协临江省第十一届委员会副主席"),
            ("欧阳青禾", "政协临江省第十一届委员会秘书长"),
        },
    ),
    (  # 等N人
        "蒋文高票当选江城市政协主席，柴思雨、林晓峰、钱小禾等12人当选副主席。",
        {("柴思雨", "江城市政协副主席"), ("林晓峰", "江城市政协副主席"), ("钱小禾", "江城市政协副主席")},
    ),
    (
        "大会选举龚明远为青禾市人民政府市长，选举柴思雨、林晓峰为副市长。",
        {("龚明远", "青禾市人民政府市长"), ("柴思雨", "青禾市人民政府副市长"), ("林晓峰", "青禾市人民政府副市长")},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), ELECTIONS)
def test_each_election_result_holds_the_post_of_its_own_clause(text: str, wanted: set[tuple[str, str]]) -> None:
    found = roles(text)
    assert wanted <= found
    # never across the comma: the secretary-general is no vice-chair, and no vice-chair the chair
    assert ("欧阳青禾", "政协临江省第十一届委员会副主席") not in found
    assert ("柴思雨", "政协临江省第十一届委员会主席") not in found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("龚明远当选为江城市委书记。柴思雨、林晓峰当选为副书记。", {("柴思雨", "江城市委副书记"), ("林晓峰", "江城市委副书记")}),
        (
            "宁致远当选为政协临江省第十一届委员会主席。蒋文等58人当选为常务委员。",
            {("蒋文", "政协临江省第十一届委员会常务委员")},
        ),
        ("龔明遠當選為江城市委書記。柴思雨當選為副書記。", {("柴思雨", "江城市委副书记")}),
    ],
)
def test_results_of_one_paragraph_share_its_organisation(text: str, wanted: set[tuple[str, str]]) -> None:
    assert wanted <= roles(text)


def test_a_bare_result_in_another_paragraph_stays_bare() -> None:
    found = roles("龚明远当选为江城市委书记。\n柴思雨、林晓峰当选为副书记。")
    assert ("龚明远", "江城市委书记") in found
    assert not any(p.startswith("江城市委") for n, p in found if n in ("柴思雨", "林晓峰"))


COUNTED = [
    ("会议选出的政协临江省第九届委员会12位副主席是：柴思雨、林晓峰、钱小禾。", "政协临江省第九届委员会副主席", ("柴思雨", "钱小禾")),
    ("會議選出的政協臨江省第九屆委員會12位副主席是:柴思雨、林曉峰、錢小禾。", "政协临江省第九届委员会副主席", ("柴思雨", "钱小禾")),
    ("会议选出的江城市人大常委会五名副主任是：龚明远、蒋文、欧阳青禾。", "江城市人大常委会副主任", ("龚明远", "欧阳青禾")),
]


@pytest.mark.parametrize(("text", "post", "names"), COUNTED)
def test_a_count_between_an_organisation_and_its_title_leaves_the_post_whole(
    text: str, post: str, names: tuple[str, ...]
) -> None:
    found = roles(text)
    for name in names:
        assert (name, post) in found


# --- lists a title does not govern -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "others"),
    [
        ("江城市人大常委会副主任龚明远主持会议，柴思雨、林晓峰出席。", "龚明远", ("柴思雨", "林晓峰")),
        ("江城市人大常委會副主任龔明遠主持會議，柴思雨和林曉峰出席。", "龚明远", ("柴思雨", "林晓峰")),
        ("龚明远当选为江城市政协主席，柴思雨、林晓峰出席会议。", "龚明远", ("柴思雨", "林晓峰")),
        ("会议开幕。担任大会秘书长的龚明远宣读议程，柴思雨、林晓峰出席。", "", ("柴思雨", "林晓峰")),
    ],
)
def test_a_list_the_title_does_not_govern_gets_no_post(text: str, holder: str, others: tuple[str, ...]) -> None:
    found = roles(text)
    assert not any(n in others for n, _ in found)
    if holder:
        assert any(n == holder for n, _ in found)


def test_names_without_a_title_get_none() -> None:
    assert not roles("龚明远、柴思雨和林晓峰出席会议。")


# --- a post governing the clauses after it (…主任由甲，乙共同担任；副主任为某职丙，某职丁；秘书长为…) -----------

GOVERNED = [
    (
        "江城新区管理委员会主任由临江省委副书记、省长龚明远，江城市市长柴思雨共同担任；常务副主任为江城市政府秘书长林晓峰，"
        "副主任为临江省委常委、省政府常务副省长钱小禾，临江省政府副省长欧阳青禾，江城市委书记蒋文；秘书长为江城市政府副秘书长陶家宁。",
        {
            ("龚明远", "江城新区管理委员会主任"),
            ("柴思雨", "江城新区管理委员会主任"),
            ("林晓峰", "江城新区管理委员会常务副主任"),
            ("钱小禾", "江城新区管理委员会副主任"),
            ("欧阳青禾", "江城新区管理委员会副主任"),
            ("蒋文", "江城新区管理委员会副主任"),
            ("陶家宁", "江城新区管理委员会秘书长"),
            ("钱小禾", "临江省委常委"),  # each item keeps its own titles
            ("龚明远", "临江省长"),
        },
    ),
    (
        "江城新區管理委員會主任由臨江省委副書記、省長龔明遠，江城市市長柴思雨共同擔任；副主任為江城市委書記蔣文，臨江省政府副省長歐陽青禾。",
        {
            ("龚明远", "江城新区管理委员会主任"),
            ("柴思雨", "江城新区管理委员会主任"),
            ("蒋文", "江城新区管理委员会副主任"),
            ("欧阳青禾", "江城新区管理委员会副主任"),
        },
    ),
    (
        "青禾港建设领导小组组长为临江省副省长龚明远，副组长为江城市市长柴思雨、江城市副市长林晓峰。",
        {
            ("龚明远", "青禾港建设领导小组组长"),
            ("柴思雨", "青禾港建设领导小组副组长"),
            ("林晓峰", "青禾港建设领导小组副组长"),
            ("柴思雨", "江城市长"),
        },
    ),
]


@pytest.mark.parametrize(("text", "wanted"), GOVERNED)
def test_a_post_governs_each_clause_after_it_up_to_the_next_post(text: str, wanted: set[tuple[str, str]]) -> None:
    found = roles(text)
    assert wanted <= found
    assert ("柴思雨", "青禾港建设领导小组组长") not in found  # the next clause's post ends the list
    assert not any("为" in p or "為" in p for _, p in found)  # 副主任为某职: 为 ends a chain


@pytest.mark.parametrize(
    "text",
    [
        "江城市委书记为龚明远，柴思雨出席会议。",  # a clause that is no item ends the list
        "江城市委書記為龔明遠，柴思雨、林曉峰出席會議。",
        "会议主任由龚明远担任，柴思雨宣读决定。",
    ],
)
def test_a_clause_that_is_no_item_ends_the_governed_list(text: str) -> None:
    found = roles(text)
    assert not any(n in ("柴思雨", "林晓峰") for n, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "海州新区执行委员会副主任由香港特别行政区政府商务局局长龚明远出任",
        "海州新區執行委員會副主任由香港特別行政區政府商務局局長龔明遠出任",
        "江城新区执行委员会秘书长由临江省政府办公厅主任龚明远兼任",
    ],
)
def test_a_preposition_before_a_place_after_a_post_starts_no_name(text: str) -> None:
    found = roles(text)
    assert not any(n.startswith("由") for n, _ in found)
    assert any(n == "龚明远" for n, _ in found)


# --- 和 / 以及 before the last name of a list a title governs -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("江城市人大常委会主任蒋文主持，副主任柴思雨、林晓峰和钱小禾出席。", "江城市人大常委会副主任"),
        ("江城市人大常委會主任蔣文主持，副主任柴思雨、林曉峰和錢小禾出席。", "江城市人大常委会副主任"),
        ("蒋文当选为江城市政协主席，柴思雨、林晓峰和钱小禾当选为副主席。", "江城市政协副主席"),
        ("蒋文当选为江城市政协主席，柴思雨、林晓峰以及钱小禾当选为副主席。", "江城市政协副主席"),
        ("会议选举柴思雨、林晓峰和钱小禾为江城市政协副主席。", "江城市政协副主席"),
    ],
)
def test_the_name_after_a_last_joiner_shares_the_lists_post(text: str, post: str) -> None:
    found = roles(text)
    for name in ("柴思雨", "林晓峰", "钱小禾"):
        assert (name, post) in found


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        ("江城市长蒋文和林晓峰出席。", "林晓峰"),  # no 、 list: 和 joins two people, not one post
        ("江城市人大常委会主任蒋文主持，副主任柴思雨、林晓峰和钱小禾等有关部门负责人出席。", ""),
        ("江城市長蔣文和林曉峰出席。", "林晓峰"),
    ],
)
def test_a_joiner_without_a_list_shares_no_post(text: str, outside: str) -> None:
    found = roles(text)
    assert not any(n == outside for n, _ in found)
    assert not any("负责" in n for n, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "龚明远当选为江城市委书记，柴思雨当选为副市长。",
        "龔明遠當選為江城市委書記，柴思雨當選為副市長。",
        "青禾港建设领导小组组长为江城市委书记龚明远，副市长为柴思雨。",
    ],
)
def test_a_levels_title_never_takes_a_party_committee(text: str) -> None:
    found = roles(text)
    assert not any("委副市长" in p or "小组副市长" in p for _, p in found)
