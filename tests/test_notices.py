"""任免 notices (actors/appointments.py, appointment_forms.tsv): every form, with post lists, name lists and
items that follow without the verb; a notice that ends one holder's post and gives it to another is a
succession dated by the notice (corpus/people.successions). Invented names and places."""

from __future__ import annotations

import pytest

from ygraph.corpus.people import succession_position, successions
from ygraph.model import Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def claims(text: str) -> set[tuple[str, str, str]]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    return {(r.person, r.position, r.change) for r in facts.roles}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "任命龚明远为临江市人民政府副市长、代理市长。",
            {("龚明远", "临江市人民政府副市长", "start"), ("龚明远", "临江市代理市长", "start")},
            id="appoint-post-list",
        ),
        pytest.param(
            "任命龚明远为临江省财政厅厅长,柴思雨为临江省审计厅副厅长,宁可心为临江省统计局局长。",
            {
                ("龚明远", "临江省财政厅厅长", "start"),
                ("柴思雨", "临江省审计厅副厅长", "start"),
                ("宁可心", "临江省统计局局长", "start"),
            },
            id="appoint-items-without-the-verb",
        ),
        pytest.param(
            "决定免去龚明远临江市人民政府副市长、市公安局局长的职务。",
            {("龚明远", "临江市人民政府副市长", "end"), ("龚明远", "临江市公安局局长", "end")},
            id="remove-name-and-post-run-together",
        ),
        pytest.param(
            "决定免去龚明远、柴思雨的临江省人民政府副省长职务。",
            {("龚明远", "临江省人民政府副省长", "end"), ("柴思雨", "临江省人民政府副省长", "end")},
            id="remove-name-list",
        ),
        pytest.param(
            "分别免去龚明远的临江省财政厅厅长职务;柴思雨的临江省审计厅厅长职务;",
            {("龚明远", "临江省财政厅厅长", "end"), ("柴思雨", "临江省审计厅厅长", "end")},
            id="remove-items-without-the-verb",
        ),
        pytest.param(
            "接受柴思雨辞去临江市人民政府市长的职务。",
            {("柴思雨", "临江市人民政府市长", "end")},
            id="resignation-accepted",
        ),
        pytest.param(
            "龚明远、柴思雨分别提出辞去临江省人大常委会委员职务。",
            {("龚明远", "临江省人大常委会委员", "end"), ("柴思雨", "临江省人大常委会委员", "end")},
            id="resignation-name-list",
        ),
        pytest.param(
            "柴思雨同志因年龄原因不再担任临江省委书记、常委、委员职务。",
            {
                ("柴思雨", "临江省委书记", "end"),
                ("柴思雨", "临江省委常委", "end"),
                ("柴思雨", "临江省委委员", "end"),
            },
            id="no-longer-holds-a-post-list",
        ),
        pytest.param(
            "会议补选龚明远、柴思雨为江西省政协副主席；补选宁可心为江西省政协秘书长。",
            {
                ("龚明远", "江西省政协副主席", "start"),
                ("柴思雨", "江西省政协副主席", "start"),
                ("宁可心", "江西省政协秘书长", "start"),
            },
            id="election-with-items",
        ),
        pytest.param(
            "本报北京6月30日电 6月26日，中国共产党青禾市第十一届委员会第一次全体会议选举龚明远为市委书记，"
            "柴思雨为市委副书记。",
            {("龚明远", "青禾市委书记", "start"), ("柴思雨", "青禾市委副书记", "start")},
            id="election-takes-the-place-of-the-electing-organ-not-the-dateline",
        ),
        pytest.param(
            "任命龚明远为省人大常委会农村工作委员会主任，柴思雨为省人大常委会财政经济工作委员会副主任。",
            {
                ("龚明远", "省人大常委会农村工作委员会主任", "start"),
                ("柴思雨", "省人大常委会财政经济工作委员会副主任", "start"),
            },
            id="a-name-before-wei-is-no-place",
        ),
        pytest.param(
            "临江省委副书记龚明远接替柴思雨担任临江省委书记。",
            {
                ("龚明远", "临江省委副书记", ""),
                ("龚明远", "临江省委书记", "start"),
                ("柴思雨", "临江省委书记", "end"),
            },
            id="succeeds-a-named-predecessor",
        ),
    ],
)
def test_notice_forms(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "position"),
    [
        pytest.param(
            "经研究决定：免去柴思雨的临江市审计局局长职务；任命龚明远为临江市审计局局长。",
            "临江市审计局局长",
            id="remove-then-appoint",
        ),
        pytest.param(
            "龚明远同志任临江省委书记，柴思雨同志不再担任临江省委书记职务。",
            "临江省委书记",
            id="appointed-and-leaves",
        ),
        pytest.param("临江省委副书记龚明远接替柴思雨担任临江省委书记。", "临江省委书记", id="succeeds"),
        pytest.param(
            "任命龚明远为临江市人民政府副市长、代理市长。接受柴思雨辞去临江市人民政府市长的职务。",
            "临江市人民政府市长",
            id="acting-holder-after-a-resignation",
        ),
    ],
)
def test_a_notice_is_a_succession_dated_by_the_notice(text: str, position: str) -> None:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    found, conflicts = successions(list(facts.roles))
    assert [(s.position, s.before, s.after, s.before_last_seen, s.after_first_seen) for s in found] == [
        (position, "柴思雨", "龚明远", DAY, DAY)
    ]
    assert conflicts == []


def test_a_notice_pairs_a_post_whose_province_is_not_printed() -> None:
    """省人大常委会某工作委员会主任 in a notice that names no province: specific enough within the notice."""
    text = (
        "会议任命龚明远为省人大常委会农村工作委员会主任。"
        "会议免去柴思雨的省人大常委会农村工作委员会主任职务；宁可心的省人大常委会副秘书长职务。"
    )
    found, _ = successions(list(process_document(Source("t.txt", text, "utf-8", user_date=DAY)).roles))
    assert [(s.position, s.before, s.after) for s in found] == [
        ("省人大常委会农村工作委员会主任", "柴思雨", "龚明远")
    ]


def test_a_holder_seen_after_the_removal_day_overlaps() -> None:
    """An end on one day and the same person holding the post later is no succession (reported overlap)."""
    text = "2031年4月28日，免去柴思雨的临江市审计局局长职务；任命龚明远为临江市审计局局长。2031年5月3日，临江市审计局局长柴思雨出席会议。"
    found, conflicts = successions(list(process_document(Source("t.txt", text, "utf-8")).roles))
    assert not found and [c.kind for c in conflicts] == ["role_overlap"]


@pytest.mark.parametrize(
    ("position", "post"),
    [
        ("临江市人民政府代理市长", "临江市长"),
        ("临江省代省长", "临江省长"),
        ("临江市审计局局长", "临江市审计局局长"),
    ],
)
def test_succession_position_reads_acting_posts_as_the_post(position: str, post: str) -> None:
    assert succession_position(position) == post
