"""Résumé chains and decision notices (issue 13, class 8): the posts after 调任/改任/出任/当选 in clauses that
open with a time only go to the person named before; 任命甲为某职，并决定为某职 gives both posts to 甲.
Invented names and places, Simplified and Traditional."""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.pipeline import process_document


def roles(text: str) -> set[tuple[str, str, str | None]]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date="2031-04-28"))
    return {(r.person, r.position, r.date) for r in facts.roles}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "临江省水利厅厅长龚明远出席会议。2018年改任临江省委常委，2020年出任临江省副省长，次年当选临江省长。",
            {("龚明远", "临江省委常委", "2018"), ("龚明远", "临江省副省长", "2020"), ("龚明远", "临江省长", "2021")},
        ),
        (
            "江城市长柴思雨2019年调任临江省委副书记。同年6月任临江省代省长。次年当选省长。",
            {("柴思雨", "临江省代省长", "2019-06"), ("柴思雨", "临江省长", "2020")},
        ),
        (
            "臨江省水利廳廳長陶家寧出席會議。2001年改任江城市委常委，次年當選江城市長。",
            {("陶家宁", "江城市委常委", "2001"), ("陶家宁", "江城市长", "2002")},
        ),
        (
            "海州市委书记宁可心出席会议，2012年3月当选海州市政协主席，其后调任青禾市委书记。",
            {("宁可心", "海州市政协主席", "2012-03"), ("宁可心", "青禾市委书记", "2012-03")},
        ),
    ],
)
def test_a_resume_goes_on_across_clauses_that_open_with_a_time(text: str, expected: set) -> None:
    assert expected <= roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "临江省水利厅厅长龚明远出席会议。柴思雨2018年改任临江省委常委。",  # a new subject
        "临江省水利厅厅长龚明远出席会议。会后，江城市2018年改任临江省委常委。",  # a clause with its own words
        "临江省水利厅厅长龚明远表示，2018年改任临江省委常委的干部要尽快到岗。",  # a speaker's words
    ],
)
def test_no_resume_post_without_a_time_only_opening(text: str) -> None:
    assert not {(p, position) for p, position, _ in roles(text) if position == "临江省委常委"} & {
        ("龚明远", "临江省委常委")
    }


def test_a_post_held_now_is_not_carried_into_another_sentence() -> None:
    got = roles("江城市长龚明远2015年任江城市长。2018年改任临江省委常委，现任临江省委副书记。")
    assert ("龚明远", "临江省委常委", "2018") in got
    assert not any(position == "临江省委副书记" for _, position, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "临江省人大常委会决定任命龚明远为江城市副市长，并决定为代理市长。",
            {("龚明远", "江城市副市长"), ("龚明远", "江城市代理市长")},
        ),
        (
            "會議決定任命龔明遠為江城市副市長，並決定為代理市長；任命柴思雨為江城市監察委員會副主任，並決定為代理主任。",
            {
                ("龚明远", "江城市副市长"),
                ("龚明远", "江城市代理市长"),
                ("柴思雨", "江城市监察委员会副主任"),
                ("柴思雨", "江城市监察委员会代理主任"),
            },
        ),
        (
            "会议决定任命陶家宁为海州市副市长；并决定为海州市代理市长。",
            {("陶家宁", "海州市副市长"), ("陶家宁", "海州市代理市长")},
        ),
    ],
)
def test_a_decision_without_a_name_is_the_previous_appointees(text: str, expected: set) -> None:
    got = {(p, position) for p, position, _ in roles(text)}
    assert expected <= got


def test_a_decision_names_its_own_appointee_when_printed() -> None:
    got = {(p, position) for p, position, _ in roles("会议决定任命龚明远为江城市副市长，柴思雨为江城市审计局局长。")}
    assert ("柴思雨", "江城市审计局局长") in got
    assert ("龚明远", "江城市审计局局长") not in got


def test_a_resume_does_not_jump_over_sentences_about_someone_else() -> None:
    got = roles(
        "其中，龚明远在七位副市长中排名第六。临江人柴思雨一直在本地工作。在企业有22年的工作经历。"
        "2005年后历任临江省经济委员会主任、江城市长等职。"
    )
    assert not any(p == "龚明远" and position == "江城市长" for p, position, _ in got)


def test_a_bare_carried_decision_post_is_not_read() -> None:
    got = roles("临江省人大常委会决定任命龚明远为市人民政府副市长，并决定为代理市长。")
    assert not any("代理" in position for _, position, _ in got)


@pytest.mark.parametrize(
    ("text", "people", "post"),
    [
        ("会议补选林晓峰、龚明远、陶家宁3名同志为临江省人大代表。", {"林晓峰", "龚明远", "陶家宁"}, "临江省人大代表"),
        ("會議補選林曉峰、龔明遠兩名同志為臨江省人大代表。", {"林晓峰", "龚明远"}, "临江省人大代表"),
        (
            "今年4月，江城市长柴思雨调任临江省委常委，林晓峰、龚明远不再担任临江省委常委，班子已维持半年。",
            {"林晓峰", "龚明远"},
            "临江省委常委",
        ),
        ("宁可心、陶家宁不再擔任海州市委常委，海州市委班子隨之調整。", {"宁可心", "陶家宁"}, "海州市委常委"),
    ],
)
def test_names_listed_before_a_shared_post(text: str, people: set[str], post: str) -> None:
    assert people <= {p for p, position, _ in roles(text) if position == post}


def test_a_left_post_ends_at_the_comma_not_at_the_next_verb() -> None:
    got = {(p, position) for p, position, _ in roles("龚明远不再担任临江市长，改任临江市委书记。")}
    assert ("龚明远", "临江市长") in got
    assert not any(position.startswith("改任") for _, position in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "江西省委书记林晓峰出席。2011年5月林晓峰再次调任江西省委副书记,同年6月任江西省代省长。",
            ("林晓峰", "江西省委副书记", "2011-05"),
        ),
        (
            "臨江省委書記陶家寧出席。2010年8月陶家寧再次調任江城市委副書記。",
            ("陶家宁", "江城市委副书记", "2010-08"),
        ),
        ("临江省水利厅厅长龚明远离开临江，出任江城市委书记。", ("龚明远", "江城市委书记", None)),
        (
            "臨江省委書記陶家寧出席。2010年8月陶家寧由臨江省水利廳副廳長調任江城市委副書記。",
            ("陶家宁", "江城市委副书记", "2010-08"),
        ),
    ],
)
def test_a_resume_subject_ends_before_an_adverb_or_a_verb(text: str, expected: tuple) -> None:
    assert expected in roles(text)


def test_a_preposition_inside_a_phrase_makes_no_person() -> None:
    facts = process_document(Source("t.txt", "会议强调，要深入贯彻总书记关于自由贸易试验区建设的重要指示。", "utf-8", user_date="2031-04-28"))
    assert not any(p.name.startswith("关于") for p in facts.people)
