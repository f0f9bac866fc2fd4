"""Precision classes found on fresh, unannotated pages (session 8, lane prec18): each reads a non-person or a
wrong place. Invented text only; Simplified and Traditional variants."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, people


@pytest.mark.parametrize(
    "text",
    [
        "当时我出任临江市交通局局长。",
        "他说，那时我出任江城市副市长，工作很忙。",
        "當時我出任臨江市交通局局長。",
    ],
)
def test_pronoun_is_no_given_name(text: str) -> None:
    """A personal pronoun (我, 你, 她…) is never a character of a Han given name: 时我出任 is no person."""
    assert not any("我" in name for name in people(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("柴思雨热烈欢迎林晓峰主任来澳考察调研。", "林晓峰"),
        ("柴思雨欢迎龚明远主任来港访问。", "龚明远"),
        ("柴思雨歡迎林曉峰主任來澳考察調研。", "林晓峰"),
        ("江城市长柴思雨会见了龚明远主任，龚明远主任来沪考察。", "龚明远"),
    ],
)
def test_short_visit_after_title_is_no_name(text: str, name: str) -> None:
    """来/抵/赴, a place's one-character short form and a visit word after a title (主任来澳考察): a visit."""
    found = people(text)
    assert not any(n.startswith(("来", "來")) for n in found)
    assert all(name not in pos for _, pos in claims(text))


def test_surname_lai_still_a_name() -> None:
    """来 stays a surname when no short form of a place follows it."""
    assert "来晓勇" in people("江城市副市长来晓勇考察了企业。")


@pytest.mark.parametrize(
    "text",
    [
        "周晓峰副主席（香港赛马会董事局副主席）、各位嘉宾：",
        "林晓峰主席（香港临江会董事局副主席）、各位朋友：",
        "周曉峰副主席（香港賽馬會董事局副主席）、各位嘉賓：",
        "总统府秘书长一职暂由副秘书长柴思雨代理，新人选尚未确定。",
    ],
)
def test_relaxed_name_is_no_organ_and_title(text: str) -> None:
    """After a post whose holders' names are read relaxed (香港, 澳门, a company's), an organ's last character
    and a title (局副主席, 会委员) is no name."""
    assert not {"局副主席", "府秘书长"} & set(people(text))


@pytest.mark.parametrize(
    "text",
    [
        "1月27日，省十五届人大三次会议主席团举行第二次会议。大会主席团常务主席林晓峰、龚明远出席会议。"
        "会议听取了关于计划执行情况的汇报，听取了省十五届人大三次会议大会秘书长柴思雨的报告。",
        "1月27日，市十五届人大三次会议主席团举行第二次会议。大会主席团常务主席林晓峰、龚明远出席会议。"
        "会议审议通过了决议，通过了市十五届人大三次会议大会秘书长柴思雨的报告。",
        "1月27日，省十五屆人大三次會議主席團舉行第二次會議。大會主席團常務主席林曉峰、龔明遠出席會議。"
        "會議聽取了關於計劃執行情況的匯報，聽取了省十五屆人大三次會議大會秘書長柴思雨的報告。",
    ],
)
def test_session_name_never_starts_with_a_verb(text: str) -> None:
    """，听取了省…会议: a verb and 了 before the level start no session's name (not_place_chars.txt)."""
    posts = {pos for name, pos in claims(text) if name in ("林晓峰", "龚明远")}
    assert posts
    assert all(pos.startswith(("省", "市")) for pos in posts), posts


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        (
            "市长龚明远率团赴临江市考察\n8月16日，市委副书记、市长龚明远率团赴临江市开展交流活动。"
            "临江市市长林晓峰、副市长柴思雨参加。临江市与江城市签订协议。临江市表示欢迎。",
            "临江市长",
            "江城市长",
        ),
        (
            "县长龚明远率团赴淳安县考察\n5月6日，县委书记、县长龚明远率团赴淳安县开展交流活动。"
            "淳安县县长林晓峰参加。淳安县与青禾县签订协议。淳安县表示欢迎。",
            "淳安县长",
            "青禾县长",
        ),
        (
            "市長龔明遠率團赴臨江市考察\n8月16日，市委副書記、市長龔明遠率團赴臨江市開展交流活動。"
            "臨江市市長林曉峰、副市長柴思雨參加。臨江市與江城市簽訂協議。臨江市表示歡迎。",
            "临江市长",
            "江城市长",
        ),
    ],
)
def test_leader_of_a_delegation_keeps_his_place(text: str, wrong: str, right: str) -> None:
    """市长甲率团赴某市: 率团 is the delegation word of the lead; the leader's bare titles in that sentence are
    not the place he goes to, even when a headline named that place as the host before."""
    assert ("龚明远", wrong) not in claims(text)


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        (
            "7月12日，江城市委书记林晓峰会见了以临江市委书记龚明远为团长的临江市党政代表团一行。"
            "市委副书记、市长柴思雨，市委常委、常务副市长周明辉一同会见。",
            "江城",
            "临江",
        ),
        (
            "5月3日，淳安县委书记林晓峰会见了青禾县委书记龚明远一行。县委副书记、县长柴思雨一同会见。",
            "淳安",
            "青禾",
        ),
        (
            "7月12日，江城市委書記林曉峰會見了以臨江市委書記龔明遠為團長的臨江市黨政代表團一行。"
            "市委副書記、市長柴思雨一同會見。",
            "江城",
            "临江",
        ),
    ],
)
def test_guest_chain_prints_no_host_place(text: str, host: str, guest: str) -> None:
    """甲会见以某市委书记乙为团长的某市代表团一行: the guest's place is not the hosts' bare titles' after."""
    posts = {pos for name, pos in claims(text) if name == "柴思雨"}
    assert posts and not any(p.startswith(guest) for p in posts), posts
    assert ("龚明远", guest + ("市委书记" if "市" in text[:20] else "县委书记")) in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "芜湖市经贸考察团赴我市进行考察\n座谈会播放了宣传片。芜湖市的客人观看了展板。随后，市经合局局长柴思雨介绍情况。"
        "芜湖市表示感谢。",
        "芜湖市经贸考察团来我市考察\n座谈会播放了宣传片。芜湖市的客人观看了展板。随后，市商务局局长柴思雨介绍情况。"
        "芜湖市表示感谢。",
        "蕪湖市經貿考察團赴我市進行考察\n座談會播放了宣傳片。蕪湖市的客人觀看了展板。隨後，市經合局局長柴思雨介紹情況。"
        "蕪湖市表示感謝。",
    ],
)
def test_own_place_unknown_keeps_organ_bare(text: str) -> None:
    """某市考察团赴我市: the page's own city is not given; a 市 organ after it (市经合局) is not the visitors'
    city the page names most (a city the vocabulary knows: one it lacks may be the page's, ``_own``)."""
    assert not any(p.startswith("芜湖") for name, p in claims(text) if name == "柴思雨")


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("柴思雨明天会跟临江市副市长龚明远会面。", "临江市副市长"),
        ("期间林晓峰会跟澳门行政长官龚明远会面。", "澳门行政长官"),
        ("期間林曉峰會跟澳門行政長官龔明遠會面。", "澳门行政长官"),
    ],
)
def test_preposition_gen_stops_the_organisation(text: str, post: str) -> None:
    """甲会跟某市副市长乙会面: 跟 (with) is no part of the organisation before the title (prefix_stops.txt)."""
    assert ("龚明远", post) in claims(text)
