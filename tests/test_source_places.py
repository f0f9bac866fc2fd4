"""A bare level title (市委书记, 市人民政府市长) takes the place the page names only in its source line,
masthead or dateline (actors/sourceplaces.py, actors/source_places.tsv); a national paper, a peer named as
often, or a city name read as a word leaves it bare. Invented text, Simplified and Traditional."""

from __future__ import annotations

import pytest

from lexicon_examples import check, observe

META = "发布时间:2030-06-08 08:09 来源:"
CASES = [
    # (id, text, facts that must hold)
    ("meta-daily", f"江城市政务 / {META}江城日报 / 市委书记林晓峰主持召开会议。", "role 林晓峰 江城市委书记 rule=titled+src.suffix.daily"),
    (
        "meta-site-notice",
        f"人事任免 / {META}丽水新闻网讯 / 市人大常委会决定接受龚明远辞去市人民政府市长职务。",
        "role 龚明远 丽水市人民政府市长",
    ),
    ("tw-according", "據江城電視臺報道，江城市民營經濟座談會召開。市委書記柴思雨出席。", "role 柴思雨 江城市委书记"),
    ("dateline-xun", "江城讯 6月8日，江城市民营经济座谈会召开。市委副书记陶家宁出席。", "role 陶家宁 江城市委副书记"),
    ("tw-meta", "人事任免 / 發佈時間:2030-06-08 08:09 來源:麗水日報 / 市委書記林曉峰主持會議。", "role 林晓峰 丽水市委书记"),
    # a source line alone on its line is page furniture: read from the original lines
    ("furniture-line", "人事任免 / 来源：江城日报 / 江城市民营经济座谈会召开。市委书记林晓峰出席。", "role 林晓峰 江城市委书记"),
    ("tw-furniture-line", "人事任免 / 來源：麗水日報 / 市委書記林曉峰出席會議。", "role 林晓峰 丽水市委书记"),
    # negatives: never a guess
    ("furniture-national", "人事任免 / 来源：人民日报 / 市委书记林晓峰出席会议。", "no role 林晓峰 人民市委书记; role 林晓峰 市委书记"),
    ("national-paper", f"人事任免 / {META}人民日报 / 市委书记林晓峰主持召开会议。", "no role 林晓峰 人民市委书记"),
    (
        "peer-as-often",
        f"协议签署 / {META}江城日报 / 临江市与江城市签署协议。临江市代表团到访。市委书记林晓峰出席。",
        "no role 林晓峰 江城市委书记",
    ),
    ("word-not-lead", "会上，在建市大庆日报告会后，市委书记林晓峰讲话。", "no role 林晓峰 大庆市委书记"),
    ("tw-national", "據人民日報報道，市委書記林曉峰主持會議。", "no role 林晓峰 人民市委书记"),
]


@pytest.mark.parametrize(("text", "facts"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_source_place_completes_bare_titles(text: str, facts: str) -> None:
    seen = observe(text)
    wrong = [f for f in facts.split("; ") if not check(f, seen)]
    assert not wrong, (wrong, [(r.person, r.position) for r in seen.corpus.roles])


def test_without_the_source_the_title_stays_bare() -> None:
    """The regression: the same page without its source line keeps the bare title (the rule is what fires)."""
    seen = observe("江城市政务 / 市委书记林晓峰主持召开会议。")
    assert not check("role 林晓峰 江城市委书记", seen)
