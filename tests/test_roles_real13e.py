"""Roles and successions of personnel notices measured on real pages (issue 13, round 5), each class with
invented text. Invented names and places only."""

from __future__ import annotations

from ygraph.corpus import people
from ygraph.model import Provenance, RoleClaim, Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def roles(text: str) -> set[tuple[str, str]]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    return {(r.person, r.position) for r in facts.roles}


def test_members_list_at_the_start_of_a_line() -> None:
    text = "会议举行。\n会议选出的政协临江省委员会副主席是：龚明远、柴思雨、钱小禾。"
    assert ("柴思雨", "政协临江省委员会副主席") in roles(text)


def test_career_verbs_after_a_month_and_a_later_concurrent_post() -> None:
    text = (
        "新华社今天公布，分别由龚明远、柴思雨出任临江、青禾省委书记。"
        "柴思雨曾任江城市委书记，并于2016年12月出任中共青禾省委副书记，兼任青禾省副省长、代理省长。"
        "龚明远2016年8月起出任临江省委副书记，随后兼任临江省副省长。"
    )
    found = roles(text)
    assert {("柴思雨", "青禾省委副书记"), ("柴思雨", "青禾省代理省长"), ("龚明远", "临江省委副书记")} <= found
    assert ("龚明远", "临江省副省长") in found
    assert not any(p.startswith(("兼任", "随后")) for _, p in found)


def test_name_already_takes_posts() -> None:
    text = "临江集团董事长龚明远已任临江省委委员、常委、副书记。"
    assert ("龚明远", "临江省委副书记") in roles(text)


def test_second_post_of_a_resignation_with_yiji_suo_jianren() -> None:
    text = "发言人表示，柴思雨辞政务委员以及所兼任的临江省政府主席，改接任临江证券交易所董事长。"
    assert ("柴思雨", "临江省政府主席") in roles(text)


def test_resign_then_take_a_post_and_its_concurrent_one() -> None:
    text = "发言人表示，龚明远则辞代理县长，接任政务委员兼临江省主席。"
    assert ("龚明远", "临江省主席") in roles(text)


def _claim(person: str, position: str, change: str, rule: str) -> RoleClaim:
    prov = Provenance("t.txt", 0, 0, 2, "甲乙", rule, 0, 2)
    return RoleClaim(person, position, position, position[:4], DAY, "sentence", prov, change=change)


def test_provincial_government_chair_is_the_provincial_chair_in_a_succession() -> None:
    found = people.notice_successions(
        [
            _claim("柴思雨", "临江省政府主席", "end", "notice_quit_also"),
            _claim("龚明远", "临江省主席", "start", "notice_take_over_also"),
        ]
    )
    assert [(s.before, s.after) for s in found] == [("柴思雨", "龚明远")]


def test_one_acting_holder_after_another_passes_the_post() -> None:
    """A formal acting holder replacing another holds the post: the succession is on the full post (D4; session
    37 reverses session 13's acting post, which one early gold had and four later ones do not)."""
    found = people.notice_successions(
        [
            _claim("龚明远", "青禾县代理县长", "end", "notice_quit"),
            _claim("林晓峰", "青禾县代理县长", "start", "notice_take_post"),
        ]
    )
    assert [(s.position, s.before, s.after) for s in found] == [("青禾县长", "龚明远", "林晓峰")]


def test_three_character_name_ending_in_a_joiner_before_a_notice_verb() -> None:
    text = "因退出现役，龚永和提出辞去临江省人大代表职务。"
    assert ("龚永和", "临江省人大代表") in roles(text)


def test_joiner_between_two_names_still_joins() -> None:
    text = "会议同意龚明远和柴思雨提出辞去临江省人大代表职务。"
    assert not any(p in ("龚明远和", "龚明和") for p, _ in roles(text))


def test_posts_ending_with_the_notice_of_termination() -> None:
    text = "龚明远提出辞去临江省人大代表职务，龚明远的临江省人大常委会委员、法制委员会委员职务相应终止。"
    assert ("龚明远", "临江省人大法制委员会委员") in roles(text)


def test_new_holder_marker_and_chushen_bound_the_name() -> None:
    text = "六十岁的新任临江书记龚明远出身中共中央党校，曾任中央党校科研部主任。"
    found = roles(text)
    assert ("龚明远", "中央党校科研部主任") in found
    assert not any(p.startswith("新任") for _, p in found)
