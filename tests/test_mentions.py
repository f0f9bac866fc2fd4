"""Person mentions, one table row per pattern (invented names only)."""

from __future__ import annotations

import pytest

from ygraph.actors.mentions import analyse_document, find_mentions
from ygraph.model import Mention, Source
from ygraph.text import clean, segment
from ygraph.time import temporal


def mentions_of(text: str) -> list[Mention]:
    """The pipeline's steps up to the actors, then every article's mentions."""
    doc = temporal.date_document(segment.segment(clean.clean(Source("t.txt", text, "utf-8"))), {})
    actors = analyse_document(doc)
    return [m for a, found in zip(doc.articles, actors.articles, strict=True) for m in find_mentions(a, found)]


def persons(text: str) -> list[tuple[str, str]]:
    return sorted({(m.text, m.rule) for m in mentions_of(text) if m.kind == "person"})


def names(text: str) -> set[str]:
    return {name for name, _ in persons(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("上海市委书记龚明远出席会议。", {"龚明远"}, id="place-organ-title-name"),
        pytest.param("江苏省长柴思雨表示，要加快发展。", {"柴思雨"}, id="province-governor"),
        pytest.param(
            "中共中央政治局常委、国务院总理欧阳青禾出席。", {"欧阳青禾"}, id="compound-surname-chain"
        ),
        pytest.param(
            "龚明远、柴思雨、欧阳青禾出席会议。", {"龚明远", "柴思雨", "欧阳青禾"}, id="attendance-list"
        ),
        pytest.param(
            "要贯彻龚明远总书记重要讲话精神，落实龚明远总书记指示。", {"龚明远"}, id="honorific-order"
        ),
        pytest.param(
            "以龚明远同志为核心的党中央，贯彻龚明远总书记指示。", {"龚明远"}, id="honorific-order-mixed"
        ),
        pytest.param("会上，柴思雨说，要抓好落实。", {"柴思雨"}, id="speaker-at-clause-start"),
        pytest.param("在某区工作的钱小禾告诉记者，交通方便了。", {"钱小禾"}, id="speaker-after-de"),
        pytest.param("某国前国务卿约翰·史密斯逝世。", {"约翰·史密斯"}, id="foreign-dotted-name"),
        pytest.param("美国总统戴维斯致电祝贺。", {"戴维斯"}, id="foreign-title-transliterated"),
        pytest.param(
            "日本某株式会社执行副总裁山田太郎、韩国某公司副总裁金成浩分别出席。",
            {"山田太郎", "金成浩"},
            id="foreign-4",
        ),
        pytest.param("市政府秘书长 龚\n明远主持会议。", {"龚明远"}, id="ocr-line-break-in-name"),
        pytest.param("国家发改委主任柴思雨近日在某地调研。", {"柴思雨"}, id="boundary-time-word"),
        pytest.param("（记者 龚明远 柴思雨）", {"龚明远", "柴思雨"}, id="byline"),
        pytest.param("本报记者 龚明远、柴思雨 报道", {"龚明远", "柴思雨"}, id="byline-reported"),
        pytest.param("合作取得新进展。\n新华社记者 龚明远摄", {"龚明远"}, id="byline-photo-credit"),
        pytest.param("（摄影 柴思雨）", {"柴思雨"}, id="byline-photographer"),
        pytest.param("龚明远、柴思雨等领导出席活动。", {"龚明远", "柴思雨"}, id="list-with-deng"),
        pytest.param("会议由欧阳青禾主持。", {"欧阳青禾"}, id="presided-by"),
        pytest.param("大会上龚明远、柴思雨出席。", {"龚明远", "柴思雨"}, id="list-after-words"),
    ],
)
def test_person_patterns(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("长三角三省一市要贯彻党中央决策部署。", id="regions-and-party"),
        pytest.param("总书记强调在推进共同富裕上先行示范。", id="bare-honorific-then-verb"),
        pytest.param("要深入学习贯彻总书记重要讲话精神。", id="verb-before-honorific"),
        pytest.param(
            "要学习贯彻总书记重要讲话精神，学习贯彻总书记指示，学习贯彻同志们的意见。",
            id="verb-before-honorifics-repeated",
        ),
        pytest.param("国家发展改革委有关负责人应邀出席会议。", id="official-without-name"),
        pytest.param("会议指出，要推进一体化发展。", id="meeting-speaks"),
        pytest.param("会议对取得的成绩表示肯定。", id="noun-after-de"),
        pytest.param("。云南表示欢迎。全会指出，要坚持。文件强调，要落实。", id="places-and-documents-speak"),
        pytest.param("新华社记者摄。本报讯 座谈会召开。", id="agency-words"),
        pytest.param("会上，龚主任介绍了情况。柴总说，很好。", id="surname-and-form-of-address"),
    ],
)
def test_no_junk_people(text: str) -> None:
    assert names(text) == set()


def test_every_occurrence_of_an_established_name_is_a_mention() -> None:
    found = persons("上海市委书记龚明远主持会议。龚明远强调，要抓落实。会后龚明远前往企业。")
    assert ("龚明远", "titled") in found
    assert ("龚明远", "known_name") in found


def test_mention_offsets_are_the_name() -> None:
    text = "江苏省长柴思雨出席。"
    found = mentions_of(text)
    person = next(m for m in found if m.kind == "person")
    assert text[person.start : person.end] == "柴思雨"
    position = next(m for m in found if m.kind == "position")
    assert position.text == "江苏省长"


def test_user_lexicons_extend_the_vocabulary(tmp_path) -> None:
    from ygraph import lexicons

    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "titles.tsv").write_text("艇长\tsingle\torg\n", encoding="utf-8")
    text = "某艇艇长龚明远出席。"
    assert names(text) == set()
    try:
        lexicons.set_user_dirs([tmp_path])
        assert names(text) == {"龚明远"}
    finally:
        lexicons.set_user_dirs([])
    assert names(text) == set()


def test_lexicon_files_have_a_format_header() -> None:
    from importlib import resources

    folder = resources.files("ygraph").joinpath("lexicons", "zh", "actors")
    for entry in folder.iterdir():
        text = entry.read_text(encoding="utf-8")
        assert "FORMAT:" in text and "EXAMPLE" in text, entry.name
