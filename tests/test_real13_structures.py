"""Structures of personnel notices and analyses measured on unseen real pages (issue 13, realdev2), each
class with invented text: resignations asked for, acting posts, a title chain then 任, post lists across a
comma, respective lists, former holders beside a notice. Invented names and places only."""

from __future__ import annotations

from ygraph.corpus.merge import merge
from ygraph.model import Corpus, Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def corpus(text: str) -> Corpus:
    return merge([process_document(Source("t.txt", text, "utf-8", user_date=DAY))], ())


def claims(text: str) -> set[tuple[str, str, str]]:
    return {(r.person, r.position, r.change) for r in corpus(text).roles}


def successions(text: str) -> set[tuple[str, str, str]]:
    return {(s.position, s.before, s.after) for s in corpus(text).successions}


def test_a_resignation_asked_for_and_an_acting_post_are_a_succession() -> None:
    text = (
        "会议决定：接受柴思雨同志申请辞去临江省人民政府省长职务请求。"
        "会议决定任命龚明远为临江省人民政府副省长；会议决定龚明远代理临江省人民政府省长职务。"
    )
    got = corpus(text)
    assert {p.name for p in got.people} == {"柴思雨", "龚明远"}
    assert ("龚明远", "临江省人民政府代理省长", "start") in claims(text)
    assert successions(text) == {("临江省长", "柴思雨", "龚明远")}


def test_a_title_chain_then_ren_gives_the_post_and_a_list_across_a_comma_takes_it_away() -> None:
    text = (
        "会议宣布：临江市委副书记、市长龚明远任中共临江市委书记、临江新区党工委书记；"
        "海州省委副书记柴思雨不再担任中共临江市委书记、常委、委员，临江新区党工委书记职务。"
    )
    got = claims(text)
    assert {
        ("龚明远", "临江市委书记", "start"),
        ("龚明远", "临江新区党工委书记", "start"),
        ("柴思雨", "临江市委常委", "end"),
        ("柴思雨", "临江新区党工委书记", "end"),
        ("柴思雨", "海州省委副书记", ""),
    } <= got
    assert successions(text) == {("临江市委书记", "柴思雨", "龚明远"), ("临江新区党工委书记", "柴思雨", "龚明远")}


def test_a_past_post_is_never_taken_by_ren() -> None:
    got = claims("临江市委书记龚明远曾任青禾县长。柴思雨历任海州市委委员。宁可心任青禾市委书记期间，推动改革。")
    assert not {c for c in got if c[2] == "start"}


def test_bu_zai_jian_ren_without_zhiwu_ends_the_post() -> None:
    assert ("柴思雨", "青禾市委书记", "end") in claims("2029年，海州省委副书记柴思雨不再兼任青禾市委书记。")


def test_a_respective_list_pairs_names_and_places_in_order() -> None:
    text = "官方今天宣布，分别由龚明远、柴思雨、宁可心出任临江、海州、青禾省委书记。"
    assert {c for c in claims(text) if c[2] == "start"} == {
        ("龚明远", "临江省委书记", "start"),
        ("柴思雨", "海州省委书记", "start"),
        ("宁可心", "青禾省委书记", "start"),
    }


def test_a_respective_list_of_titled_names_leaving_posts() -> None:
    text = "除此之外，原海州省委副书记龚明远、临江省委副书记柴思雨先后卸任江城、青禾市委书记。"
    got = claims(text)
    assert ("龚明远", "江城市委书记", "end") in got
    assert ("柴思雨", "青禾市委书记", "end") in got
    assert ("柴思雨", "临江省委副书记", "") in got


def test_a_respective_list_whose_counts_disagree_says_nothing() -> None:
    got = claims("分别由龚明远、柴思雨出任临江、海州、青禾省委书记。")
    assert not {c for c in got if c[2] == "start"}


def test_a_former_holder_beside_a_notice_is_the_predecessor() -> None:
    text = (
        "官方今天宣布，分别由龚明远、柴思雨出任临江、海州省委书记。"
        "原临江省委书记宁可心、原海州省委书记钱小禾，现均为省人大常委会主任。"
    )
    assert successions(text) == {
        ("临江省委书记", "宁可心", "龚明远"),
        ("海州省委书记", "钱小禾", "柴思雨"),
    }


def test_an_expected_successor_is_no_succession_yet() -> None:
    text = "原临江省委副书记龚明远任海州省委副书记。两人预计接任省长。原海州省长柴思雨另有任用。"
    assert not successions(text)


def test_a_list_after_post_shi_names_its_holders_dotted_names_included() -> None:
    text = "会议闭幕。会议选出的临江省政协副主席是：龚明远、柴思雨、帕巴·格列、宁可心。"
    got = claims(text)
    assert {n for n, p, _ in got if p == "临江省政协副主席"} == {"龚明远", "柴思雨", "帕巴·格列", "宁可心"}


def test_presidium_posts_take_the_session_and_are_held_by_many() -> None:
    text = (
        "昨日，临江省第九届人民代表大会第二次会议开幕。大会主席团常务主席龚明远、柴思雨、宁可心在主席台前排就座。"
        "大会的执行主席是龚明远、柴思雨，会议由柴思雨主持。"
    )
    got = corpus(text)
    posts = {(r.person, r.position) for r in got.roles}
    session = "临江省第九届人民代表大会第二次会议"
    assert {(n, session + "主席团常务主席") for n in ("龚明远", "柴思雨", "宁可心")} <= posts
    assert ("龚明远", session + "执行主席") in posts
    assert not got.conflicts
    chairs = {p.person for e in got.events for p in e.participants if p.relation == "presided"}
    assert chairs == {"柴思雨"}


def test_elected_at_a_session_and_the_previous_terms_holder_are_a_succession() -> None:
    text = (
        "临江省委书记龚明远在15日举行的临江省政协九届一次会议上，当选临江省政协主席。"
        "八届临江省政协主席柴思雨向龚明远表示祝贺。"
    )
    assert ("龚明远", "临江省政协主席", "start") in claims(text)
    assert ("柴思雨", "临江省政协主席", "former") in claims(text)
    assert successions(text) == {("临江省政协主席", "柴思雨", "龚明远")}


def test_the_agent_marker_is_never_read_inside_a_word() -> None:
    text = (
        "新华社江城2030年6月8日电 临江自贸试验区揭牌仪式8日在江城举行。"
        "临江市委书记龚明远、市长柴思雨为临江自由贸易试验区揭牌。"
    )
    got = merge([process_document(Source("t.txt", text, "utf-8"))], ())
    attended = {p.person for e in got.events for p in e.participants if p.relation == "attended"}
    assert attended == {"龚明远", "柴思雨"}
