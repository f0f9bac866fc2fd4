"""People and roles classes of issue 13, round 4 (names14): the name read after a complete title chain when no
listed word follows it (the open right boundary, name_followers.tsv), name characters that are particles
elsewhere (和/之), generic vocabulary (a surname, titles), and titles printed after the name. Invented text
only (临江省, 江城市, 龚明远, 柴思雨 …), Simplified and Traditional."""

from __future__ import annotations

import pytest

from ygraph.corpus import merge
from ygraph.model import Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def facts(text: str):  # noqa: ANN201 - the pipeline's facts
    return process_document(Source("t.txt", text, "utf-8", user_date=DAY))


def people(text: str) -> dict[str, set[str]]:
    return {p.name: {e.rule for e in p.provenance} for p in facts(text).people}


def claims(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in facts(text).roles}


# The open right boundary: a name after a complete title, closed by an unlisted word (cause, leaving, acting
# post, hands, time of day, manner adverb).
OPEN = [
    ("临江省水利厅厅长龚明远因病离开临江。", "龚明远", "临江省水利厅厅长"),
    ("江城市环保局局长柴思雨离职，由副局长钱小禾接任。", "柴思雨", "江城市环保局局长"),
    ("江城市環保局局長柴思雨離職，由副局長錢小禾接任。", "柴思雨", "江城市环保局局长"),
    ("离港期间，由临江市交通局副局长林晓峰署理局长职务。", "林晓峰", "临江市交通局副局长"),
    ("離港期間，由臨江市交通局副局長林曉峰署任局長職務。", "林晓峰", "临江市交通局副局长"),
    ("宁可心从大会执行主席、临江省代省长柴思雨手中接过会旗。", "柴思雨", "临江省代省长"),
    ("寧可心從大會執行主席、臨江省代省長柴思雨手中接過會旗。", "柴思雨", "临江省代省长"),
    ("临江市市长龚明远中午宴请了代表团。", "龚明远", "临江市长"),
    ("臨江市市長龔明遠中午宴請了代表團。", "龚明远", "临江市长"),
    ("青禾县县长宁可心充分肯定了项目进展。", "宁可心", "青禾县长"),
    ("江城市委书记韩定因病住院。", "韩定", "江城市委书记"),
]


@pytest.mark.parametrize(("text", "name", "post"), OPEN)
def test_a_name_after_a_title_ends_before_an_unlisted_word(text: str, name: str, post: str) -> None:
    assert (name, post) in claims(text)
    assert any(r.startswith("titled:follow.") for r in people(text)[name])


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        ("临江市委书记韩定充分肯定了工作成绩。", "韩定", "韩定充"),  # 充 starts the word, 分 does not
        ("江城市市长龚明中午会见客商。", "龚明", "龚明中"),  # two characters: 中午 starts after them
        ("江城市市長龔明中午會見客商。", "龚明", "龚明中"),
        ("临江市市长柴思雨因病请假。", "柴思雨", "柴思"),  # three: the 4th character starts the word
    ],
)
def test_the_open_boundary_picks_the_reading_where_the_word_starts(text: str, name: str, wrong: str) -> None:
    found = people(text)
    assert name in found
    assert wrong not in found


@pytest.mark.parametrize(
    "text",
    [
        "临江市交通局局长柴思雨立强出席。",  # no 4th character swallowed, nor read before an unknown word
        "江城集团董事长龚明远华因病离职。",
        "臨江市交通局局長柴思雨立強出席。",
    ],
)
def test_the_open_boundary_never_reads_a_fourth_character(text: str) -> None:
    names = set(people(text))
    assert not any(len(n) >= 4 for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        "临江大学副校长由现任江城大学教授龚明远接任。",
        "江城市政务次长由現任臨江大學校長林曉峰接任。",
        "青禾县副县长由现任县委常委柴思雨兼任。",
    ],
)
def test_a_preposition_after_a_title_is_no_name(text: str) -> None:
    names = set(people(text))
    assert not any(n.startswith("由") for n in names), names


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("会上，临江市副市长杜和远、江城市副市长钱小禾先后发言。", "杜和远", "临江市副市长"),
        ("會上，臨江市副市長杜和遠、江城市副市長錢小禾先後發言。", "杜和远", "临江市副市长"),
        ("临江省委组织部副部长宋和平任江城区委书记。", "宋和平", "临江省委组织部副部长"),
        ("包括临江省委副书记、代省长韩定之在内的各方出席。", "韩定之", "临江省代省长"),
        ("包括臨江省委副書記、代省長韓定之在內的各方出席。", "韩定之", "临江省代省长"),
    ],
)
def test_particles_that_names_use_after_a_title(text: str, name: str, post: str) -> None:
    assert (name, post) in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "临江市市长和副市长出席会议。",
        "临江市委书记和市长共同调研。",
        "江城市副市長和秘書長一同考察。",
        "临江市委书记龚明远和柴思雨出席。",
    ],
)
def test_he_between_titles_or_names_is_no_name_character(text: str) -> None:
    names = set(people(text))
    assert not any("和" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("江城市交通局局长丘明远介绍了情况。", "丘明远", "江城市交通局局长"),
        ("临江市医师协会理事柴思雨发言。", "柴思雨", "临江市医师协会理事"),
        ("臨江市醫師協會理事柴思雨發言。", "柴思雨", "临江市医师协会理事"),
        ("与会嘉宾包括青禾县参议宁可心、江城市副市长龚明远。", "宁可心", "青禾县参议"),
        ("與會嘉賓包括青禾縣參議寧可心、江城市副市長龔明遠。", "宁可心", "青禾县参议"),
    ],
)
def test_generic_vocabulary_surname_and_titles(text: str, name: str, post: str) -> None:
    assert (name, post) in claims(text)


def successions(text: str) -> set[tuple[str, str, str]]:
    corpus = merge.merge([facts(text)], ())
    return {(s.position, s.before, s.after) for s in corpus.successions}


# Title printed away from the name: the post handed on in a clause after its holder (某局长甲离职，由乙接任),
# the post before 由 (某职由某市副市长乙接任), an acting post (由乙署理某职职务).
HANDED_ON = [
    ("江城市环保局局长柴思雨因病离职，由临江大学教授龚明远接任。", "柴思雨", "龚明远", "江城市环保局局长"),
    ("臨江省內政廳廳長柴思雨因借調期滿決定返校，由臨江省政府秘書長龔明遠接任；", "柴思雨", "龚明远", "临江省内政厅厅长"),
    ("青禾县交通局局长宁可心退休，由钱小禾接任。", "宁可心", "钱小禾", "青禾县交通局局长"),
    ("青禾縣交通局局長寧可心退休，由錢小禾接替。", "宁可心", "钱小禾", "青禾县交通局局长"),
]


@pytest.mark.parametrize(("text", "before", "after", "post"), HANDED_ON)
def test_a_post_handed_on_after_its_holder(text: str, before: str, after: str, post: str) -> None:
    assert {(before, post), (after, post)} <= claims(text)
    assert (post, before, after) in successions(text)


@pytest.mark.parametrize(
    "text",
    [
        "江城市长柴思雨辞去市人大代表职务，由龚明远接任。",  # the post handed on is another one, printed between
        "江城市长柴思雨主持会议。会议决定，由龚明远接任。",  # another sentence
        "临江市委书记柴思雨出席会议，由龚明远接任主持。",  # the verb does not close the clause
    ],
)
def test_no_hand_over_of_the_post_before_the_name(text: str) -> None:
    got = claims(text)
    assert not any(name == "龚明远" and post.endswith(("市长", "书记")) for name, post in got), got


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("临江省政府秘书长由江城市副市长林晓峰接任。", "林晓峰", "临江省政府秘书长"),
        ("臨江省政府秘書長由江城市副市長林曉峰接任。", "林晓峰", "临江省政府秘书长"),
        ("江城市交通局局长由青禾县县长宁可心接替。", "宁可心", "江城市交通局局长"),
    ],
)
def test_a_post_before_you_taken_by_a_titled_name(text: str, name: str, post: str) -> None:
    assert (name, post) in claims(text)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("局长离港期间，由江城市交通局副局长林晓峰署理江城市交通局局长职务。", "林晓峰", "署理江城市交通局局长"),
        ("局長離港期間，由江城市交通局副局長林曉峰署任江城市交通局局長職務。", "林晓峰", "署任江城市交通局局长"),
        ("行政长官离港期间，由政务司司长龚明远署理行政长官职务；", "龚明远", "署理行政长官"),
    ],
)
def test_an_acting_post_for_an_absence(text: str, name: str, post: str) -> None:
    assert (name, post) in claims(text)
