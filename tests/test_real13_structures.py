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
    assert successions(text) == {("临江省人民政府省长", "柴思雨", "龚明远")}


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


def test_a_party_congress_presidium_list_of_many_names_takes_the_congress() -> None:
    names = ["龚明远", "柴思雨", "宁可心", "钱小禾", "马一平", "焉二平", "林晓峰", "龚明达", "柴思远", "宁可意", "钱小河", "马二平"]
    text = (
        "中国共产党江城市第九次代表大会，3月8日上午在江城开幕。"
        f"在主席台前排就座的大会执行主席有：{'、'.join(names)}。"
    )
    posts = {(r.person, r.position) for r in corpus(text).roles}
    assert {(n, "中国共产党江城市第九次代表大会执行主席") for n in names} <= posts


def test_members_elected_with_a_count_and_each_ones_post() -> None:
    text = (
        "19日，中共临江省九届一次全会召开。会议选举产生3名临江省委常委：龚明远、柴思雨、宁可心。"
        "其中，龚明远为临江省委书记。"
    )
    got = claims(text)
    assert {(n, "临江省委常委", "") for n in ("龚明远", "柴思雨", "宁可心")} <= got
    assert ("龚明远", "临江省委书记", "") in got


def test_the_presidium_listed_after_jiuzuo_de_attends_and_who_opens_it_presides() -> None:
    text = (
        "中国共产党江城市第九次代表大会，3月8日上午在江城开幕。"
        "在主席台前排就座的大会执行主席有：龚明远、柴思雨、宁可心。上午9时，柴思雨宣布大会开幕。"
    )
    got = corpus(text)
    links = {(p.person, p.relation) for e in got.events for p in e.participants}
    assert {("龚明远", "attended"), ("宁可心", "attended"), ("柴思雨", "presided")} <= links


def test_a_guest_province_word_stops_a_chain_and_an_assistant_minister_is_a_post() -> None:
    got = claims("商务部党组成员、部长助理柴思雨，主宾省海州省委副书记、省长宁可心先后致辞。")
    assert {("柴思雨", "商务部部长助理", ""), ("宁可心", "海州省委副书记", ""), ("宁可心", "海州省长", "")} <= got


def test_one_person_following_another_in_two_posts_is_two_edges_of_the_graph() -> None:
    from ygraph.corpus.graph import build_graph

    text = (
        "会议宣布：临江市委副书记、市长龚明远任中共临江市委书记、临江新区党工委书记；"
        "海州省委副书记柴思雨不再担任中共临江市委书记、常委、委员，临江新区党工委书记职务。"
    )
    graph = build_graph(corpus(text))
    posts = {d["position"] for _, _, d in graph.edges(data=True) if d["relation"] == "succeeded"}
    assert posts == {"临江市委书记", "临江新区党工委书记"}


def test_a_birth_date_never_dates_a_past_post() -> None:
    for text in (
        "临江省委书记龚明远出席会议。龚明远出生于1960年10月，为临江人，曾任青禾市委书记。",
        "临江省委书记龚明远出席会议。龚明远1960年10月生，曾任青禾市委书记。",
    ):
        dates = {r.date for r in corpus(text).roles if r.position == "青禾市委书记"}
        assert dates == {None}


def test_a_delegations_calls_and_banquets_are_events_with_both_sides() -> None:
    text = (
        "新华社海州2030年2月20日电 19日，临江市长龚明远拜会青禾市长钱小禾、青山县长马一平。"
        "20日晚，海州党荣誉主席柴思雨宴请龚明远。"
    )
    got = merge([process_document(Source("t.txt", text, "utf-8"))], ())
    links = {(e.date, p.person) for e in got.events for p in e.participants if p.relation == "attended"}
    assert {("2030-02-19", n) for n in ("龚明远", "钱小禾", "马一平")} <= links
    assert {("2030-02-20", "柴思雨"), ("2030-02-20", "龚明远")} <= links
    roles = {(r.person, r.position) for r in got.roles}
    assert ("钱小禾", "青禾市长") in roles
    assert not any("拜会" in r.position for r in got.roles)


def test_a_holders_list_opening_a_line_is_read() -> None:
    text = "会议闭幕，全场响起掌声。\n会议选出的临江省政协副主席是：龚明远、柴思雨、宁可心。\n分别由钱小禾、马一平出任临江、海州省委书记。"
    got = claims(text)
    assert {n for n, p, _ in got if p == "临江省政协副主席"} == {"龚明远", "柴思雨", "宁可心"}
    assert ("马一平", "海州省委书记", "start") in got
