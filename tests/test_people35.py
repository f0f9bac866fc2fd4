"""Session 25, people never read on unseen pages (lane people35; docs/actors.md, "Twenty-fifth session: the people never
read on unseen pages, by why"). Invented text and names only, Simplified and Traditional; each row fails on the code
before its reading.

* A list no lead and no verb announces, read by the shape of its items (actors/shapedlists.py, rule ``list_shape``):
  three items or more joined by 、, every one a usual name, half of them three characters long at least.
* The holder succeeded, named right after 接替 (actors/predecessors.py, rule ``predecessor``; ``word_uses.tsv``
  predecessor_verb).
"""

from __future__ import annotations

import pytest

from pipeline_probe import people

# --- a list of usual names wherever it stands --------------------------------------------------------------------
SHAPED = [  # text, names read by list_shape
    (
        "座谈会上，林晓峰、龚明远、柴思雨、钱小禾、宁可心围绕乡村教育谈了各自的看法。",
        ("林晓峰", "龚明远", "柴思雨", "钱小禾"),
    ),
    ("晚会由院长主持，还有林晓峰、龚明远、柴思雨等客座教授到场。", ("林晓峰", "龚明远", "柴思雨")),
    ("某学院院长王青禾、优秀学员林晓峰、龚明远、柴思雨等到场祝贺。", ("林晓峰", "龚明远", "柴思雨")),
    ("典禮在禮堂舉行。林曉峰、龔明遠、柴思雨、錢小禾應邀出席。", ("林晓峰", "龚明远", "柴思雨", "钱小禾")),
    ("四位委员，即林晓峰、龚明远、柴思雨和钱小禾教授将继续留任。", ("林晓峰", "龚明远", "柴思雨", "钱小禾")),
]


@pytest.mark.parametrize(("text", "names"), SHAPED)
def test_a_list_of_usual_names_is_read_wherever_it_stands(text: str, names: tuple[str, ...]) -> None:
    found = people(text)
    for name in names:
        assert name in found, found


NOT_NAMES = [  # text, strings that are no person
    ("要坚持高质量、高效率、高水平发展。", ("高质量", "高效率", "高水平")),
    ("会上，林晓峰、龚明远、柴思雨、钱小禾共同启动活动。", ("钱小禾共",)),  # 共同: a one-character boundary is none
    ("名单包括林晓峰、龚明远、柴思雨、巴森.木拉等人。", ("巴森",)),  # a name dotted otherwise, not a name of two
    ("华为、中兴、联想等企业参展。", ("华为", "中兴", "联想")),
    ("名单：林何美珍、龚明远、柴思雨、钱小禾。", ("何美珍",)),  # never the tail of a name of four characters
    ("江城市政协委员名单：教育界、科技界、文化界、经济界、农业界。", ("文化界", "经济界", "农业界")),
]


@pytest.mark.parametrize(("text", "strings"), NOT_NAMES)
def test_a_run_that_is_no_list_of_names_reads_none(text: str, strings: tuple[str, ...]) -> None:
    found = people(text)
    for s in strings:
        assert s not in found, found


def test_the_first_rows_read_by_list_shape() -> None:
    assert "list_shape" in people(SHAPED[0][0])["林晓峰"]


# --- the holder succeeded, after 接替 ----------------------------------------------------------------------------
SUCCEEDED = [  # text, the predecessor
    ("消息说他已经接替柴思雨，出任江城档案馆馆长。", "柴思雨"),
    ("消息說他已經接替柴思雨,出任江城檔案館館長。", "柴思雨"),
    ("由副馆长林晓峰接替柴思雨为江城档案馆馆长。", "柴思雨"),
    ("龚明远卸任江城档案馆馆长，接替柴思雨任江城图书馆副馆长。", "柴思雨"),
]


@pytest.mark.parametrize(("text", "name"), SUCCEEDED)
def test_the_name_after_the_verb_of_succeeding_is_a_person(text: str, name: str) -> None:
    found = people(text)
    assert "predecessor" in found.get(name, set()), found


def test_a_post_after_the_verb_of_succeeding_is_no_person() -> None:
    assert people("林晓峰接替江城市长职务。") == {}


def test_a_long_run_is_tried_from_a_bounded_number_of_openings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each try reads the whole run, so the tries are bounded (``_OPENERS``): a run of hundreds of items that never
    reads as a roster (one name repeated) costs a few passes, not one per item (no timing: the tries are counted)."""
    from ygraph.actors import shapedlists

    tries = []
    real = shapedlists._usual
    monkeypatch.setattr(shapedlists, "_usual", lambda items: tries.append(len(items)) or real(items))
    assert shapedlists.shaped_lists("、".join(["郑立群"] * 400) + "出席。") == []
    assert 0 < len(tries) <= shapedlists._OPENERS
