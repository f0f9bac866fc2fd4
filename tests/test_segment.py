"""segment: articles, titles, datelines, places and sentences; invented pages, then the seeds end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph.model import Document, Source
from ygraph.text import clean, read, segment
from ygraph.time import temporal


def pages(text: str, fmt: str = "txt") -> Document:
    return segment.segment(clean.clean(Source(path="p.txt", text=text, encoding="utf-8", fmt=fmt)))


def outline(doc: Document) -> list[tuple[str, str | None, str]]:
    return [(a.title, a.place, a.dateline) for a in doc.articles]


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("新华社某州3月4日电", "某州"),
        ("据新华社某州3月4日电", "某州"),
        ("新华社3月4日电", None),
        ("本报某州3月4日电（记者 某某）", "某州"),
        ("本报讯（记者 某某）3月4日", None),
        ("本报讯3月4日至5日", None),
        ("中新社某州3月4日电", "某州"),
        ("新华社某州2023年3月4日电", "某州"),
        ("据新华社电", None),
        ("央广网某州3月4日消息（记者 某某）", "某州"),
    ],
)
def test_datelines_and_places(dateline: str, place: str | None) -> None:
    doc = pages(f"{dateline}，某某会议在某地举行。会议强调，要加强合作。")
    assert outline(doc) == [("", place, dateline)]


def test_articles_split_at_datelines_with_a_headline_stack_for_the_next() -> None:
    doc = pages(
        "新华社某州3月4日电 甲会议在某州举行。会议认为，要推进合作。\n\n"
        "乙论坛在某县举行\n\n某某某某出席\n\n"
        "本报讯 3月5日，乙论坛在某县举行。论坛讨论了发展问题。"
    )
    assert outline(doc) == [
        ("", "某州", "新华社某州3月4日电"),
        ("乙论坛在某县举行 某某某某出席", None, "本报讯3月5日"),
    ]
    second = doc.articles[1]
    assert [s.text for s in second.sentences] == [
        "乙论坛在某县举行",
        "某某某某出席",
        "本报讯3月5日，乙论坛在某县举行。",
        "论坛讨论了发展问题。",
    ]
    assert doc.text[second.start : second.end].startswith("乙论坛")


def test_a_headline_stack_printed_after_its_article_goes_back_to_it() -> None:
    doc = pages(
        "新华社某州3月4日电 某某主持召开甲区域合作座谈会并发表讲话。会议认为，要推进合作。\n\n"
        "某某主持召开甲区域合作座谈会\n\n强调推进合作\n\n"
        "本报讯 3月5日，丙公司发布新产品。发布会在某县举行。"
    )
    assert [a.title for a in doc.articles] == ["某某主持召开甲区域合作座谈会 强调推进合作", ""]
    assert doc.articles[1].dateline == "本报讯3月5日"


def test_closing_datelines_end_articles() -> None:
    doc = pages(
        "甲事项取得进展。各方表示，要继续推进。\n\n新华社某州3月4日电\n\n"
        "乙事项也有进展。有关方面介绍了情况。（新华社某州3月5日电）\n\n"
        "丙事项开始实施。"
    )
    assert [(a.dateline, a.place) for a in doc.articles] == [
        ("新华社某州3月4日电", "某州"),
        ("（新华社某州3月5日电）", "某州"),
        ("", None),
    ]
    assert doc.text[doc.articles[1].start :].startswith("乙事项")


@pytest.mark.parametrize("rule", ["----------", "＝＝＝＝＝＝", "* * *", "※※※"])
def test_a_rule_line_separates_articles(rule: str) -> None:
    first, second = (
        "甲会议在某市举行，与会各方就加强合作达成共识。",
        "乙公司在某市发布了新产品，产品将于下月上市。",
    )
    doc = pages(f"甲会议举行\n{first}\n{rule}\n乙公司发布新产品\n{second}", "md")
    assert [(a.title, [s.text for s in a.sentences]) for a in doc.articles] == [
        ("甲会议举行", ["甲会议举行", first]),
        ("乙公司发布新产品", ["乙公司发布新产品", second]),
    ]


def test_a_masthead_is_not_a_title() -> None:
    doc = pages(
        "某某日报 2019年7月8日 星期一\n某某主持召开某某座谈会\n7月7日，某某在某地主持召开某某座谈会，\n某某出席。"
    )
    assert [a.title for a in doc.articles] == ["某某主持召开某某座谈会"]


def test_a_last_headline_printed_after_its_article_is_its_title() -> None:
    doc = pages("本报讯 3月4日，某公司发布年度报告。报告由某某撰写。\n\n某公司发布年度报告\n")
    assert [a.title for a in doc.articles] == ["某公司发布年度报告"]


def test_headline_block_at_the_end_of_a_page_is_an_article() -> None:
    doc = pages("本报讯 3月4日，甲会议举行。会议讨论了合作。\n\n乙会议在某市举行\n\n丙论坛在某县举行\n\n")
    assert [a.title for a in doc.articles] == ["", "乙会议在某市举行 丙论坛在某县举行"]


def test_a_byline_under_a_headline_stays_out_of_the_title() -> None:
    doc = pages("甲会议举行。\n\n乙论坛在某县举行\n\n新华社记者 某某\n\n新华社某县3月5日电 乙论坛举行。")
    assert outline(doc) == [("", None, ""), ("乙论坛在某县举行", "某县", "新华社某县3月5日电")]


def test_an_article_ending_mark_ends_the_article() -> None:
    doc = pages("甲会议举行，各方达成共识。（完）\n\n乙公司发布新产品")
    assert doc.text == "甲会议举行，各方达成共识。（完）\n乙公司发布新产品"
    assert [a.title for a in doc.articles] == ["", "乙公司发布新产品"]


def test_a_web_copy_title_over_long_paragraphs() -> None:
    body = "会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，推动高质量发展，加强区域合作，共同推进一体化。"
    doc = pages(f"某某会议在某市举行\n\n{body}\n\n一是加强合作\n\n{body}\n\n某某指出，要加强\n\n{body}")
    assert doc.text == f"某某会议在某市举行\n{body}\n一是加强合作\n{body}\n某某指出，要加强{body}"
    assert [a.title for a in doc.articles] == ["某某会议在某市举行"]
    assert "一是加强合作" in [s.text for s in doc.articles[0].sentences]


def test_markdown_headings() -> None:
    doc = pages(
        "# 甲会议在某市举行\n\n新华社某市3月4日电 甲会议举行。会议强调合作。\n\n"
        "### 一个小节\n\n小节正文。\n\n"
        "## 乙活动举行\n\n新华社某市3月5日电 乙活动举行。",
        fmt="md",
    )
    assert outline(doc) == [
        ("甲会议在某市举行", "某市", "新华社某市3月4日电"),
        ("乙活动举行", "某市", "新华社某市3月5日电"),
    ]
    assert "一个小节" in [s.text for s in doc.articles[0].sentences]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("他说：“要加强合作。”会议结束。", ["他说：“要加强合作。”", "会议结束。"]),
        ("一是加强合作；二是推进改革。", ["一是加强合作；", "二是推进改革。"]),
        ("真的吗？是的！好。", ["真的吗？", "是的！", "好。"]),
        ("会议在某市举行.面值3.60元.", ["会议在某市举行.", "面值3.60元."]),
        ("第一句没有结束\n\n第二行接着说完。", ["第一句没有结束第二行接着说完。"]),
        ("段落一。\n\n段落二没有句号", ["段落一。", "段落二没有句号"]),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    doc = pages(text)
    found = [s for a in doc.articles for s in a.sentences]
    assert [s.text for s in found] == sentences
    assert all(doc.text[s.start : s.end] == s.text for s in found)


# -- the seeds, end to end ---------------------------------------------------------------------------

EXPECTED_ARTICLES = {"000": 4, "001": 4, "002": 5, "003": 5, "004": 2}


@pytest.fixture(scope="module")
def seed_docs(seeds_dir: Path) -> dict[str, Document]:
    sources, warnings = read.read_all(read.discover([seeds_dir]), None)
    assert warnings == []
    return {s.path[:3]: temporal.date_document(segment.segment(clean.clean(s)), {}) for s in sources}


def test_seed_article_counts(seed_docs: dict[str, Document]) -> None:
    assert {key: len(doc.articles) for key, doc in seed_docs.items()} == EXPECTED_ARTICLES


def test_seed_articles_cover_the_text_in_order(seed_docs: dict[str, Document]) -> None:
    for doc in seed_docs.values():
        ends = [0]
        for article in doc.articles:
            assert article.start >= ends[-1]
            assert article.sentences and article.sentences[0].start >= article.start
            assert article.sentences[-1].end <= article.end
            if article.dateline:
                assert doc.text.find(article.dateline, article.start, article.end) >= 0
            ends.append(article.end)


def test_seed_000_postal_news_has_its_own_dates(seed_docs: dict[str, Document]) -> None:
    dates = [a.date for a in seed_docs["000"].articles]
    assert dates[0] == "2023-11-30"
    assert dates[1] == "2023-11-28"  # the summit (本报讯, its own lede date)
    assert dates[3] == "2023-12-01"  # the stamp issue
    assert dates[2] in ("2023-11-28", "2023-11-29")  # the two-day work meeting


def test_seed_datelines_hold_no_headline(seed_docs: dict[str, Document]) -> None:
    for doc in seed_docs.values():
        for article in doc.articles:
            first = next(
                (s for s in article.sentences if article.dateline and article.dateline in s.text), None
            )
            if first is not None and article.dateline.startswith("本报讯"):
                assert first.text.startswith("本报讯"), first.text


def test_every_seed_document_gets_a_date(seed_build) -> None:
    result, _ = seed_build
    documents = {d.path[:3]: (d.date, d.date_source) for d in result.corpus.documents}
    assert set(documents) == set(EXPECTED_ARTICLES)
    for key, (date, source) in documents.items():
        assert date and date.startswith(("2022", "2023")), (key, date)
        assert source != "unresolved", key


def test_seed_unresolved_time_expressions(seed_build) -> None:
    _, out = seed_build
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["unresolved_dates"] == []


_ALPHABET = st.sampled_from(
    [
        *"某会议举行在市。，；！？”“（）《》 \n\n■#*",
        "新华社某市3月4日电",
        "本报讯",
        "（新华社北京3月4日电）",
        "新华社记者 某某摄",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join), st.sampled_from(["txt", "md"]))
def test_segment_property(raw: str, fmt: str) -> None:
    doc = pages(raw, fmt)
    previous_end = 0
    for index, article in enumerate(doc.articles):
        assert article.index == index
        assert previous_end <= article.start <= article.end <= len(doc.text)
        previous_end = article.end
        for sentence in article.sentences:
            assert article.start <= sentence.start < sentence.end <= article.end
            assert doc.text[sentence.start : sentence.end] == sentence.text
        if article.dateline:
            assert doc.text.find(article.dateline, article.start, article.end) >= 0


def test_user_dateline_rules_apply_after_a_build_without_them(tmp_path: Path) -> None:
    from ygraph import lexicons

    text = "某某通讯社某市3月4日报道 某会议举行。会议讨论了合作。\n\n新华社某县3月5日电 某活动举行。"
    assert pages(text).articles[0].dateline == ""  # not a packaged agency
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "datelines.tsv").write_text("extra\t某某通讯社{place}?{date}报道\n", encoding="utf-8")
    lexicons.set_user_dirs([tmp_path])
    try:
        assert [(a.dateline, a.place) for a in pages(text).articles] == [
            ("某某通讯社某市3月4日报道", "某市"),
            ("新华社某县3月5日电", "某县"),
        ]
    finally:
        lexicons.set_user_dirs([])


INVENTED_PAGE = """ 要闻

新华社某州 3月 4 日电 某某委员会主任

王明远 4 日上午在某州主持召开区

域 合 作 座 谈 会并发表讲话。他强调，

要加强交通和产业协同。

赵新民、钱立群出席座谈会。

王明远主持召开区域合作座谈会

赵新民钱立群出席

本报讯 （记者 孙某） 3月 2 日，第

五届某某产业论坛在某县举行。论坛

发布了合作倡议。 （下转第2版）

责任编辑：李某

本报讯 3月3日，某某公司发布新

一代产品，计划年内投入使用。

某某公司发布新一代产品
"""


def test_an_invented_ocr_page_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(INVENTED_PAGE.encode("gb18030"))
    [source], warnings = read.read_all([(path, "page.txt")], "2019")
    assert warnings == [] and source.encoding == "gb18030"
    doc = temporal.date_document(segment.segment(clean.clean(source)), {})
    assert [(a.title, a.place, a.dateline, a.date) for a in doc.articles] == [
        ("王明远主持召开区域合作座谈会 赵新民钱立群出席", "某州", "新华社某州3月4日电", "2019-03-04"),
        ("", None, "本报讯（记者 孙某）3月2日", "2019-03-02"),
        ("某某公司发布新一代产品", None, "本报讯3月3日", "2019-03-03"),
    ]
    assert [s.text for s in doc.articles[0].sentences][:2] == [
        "新华社某州3月4日电 某某委员会主任王明远4日上午在某州主持召开区域合作座谈会并发表讲话。",
        "他强调，要加强交通和产业协同。",
    ]
    for article in doc.articles:
        for sentence in article.sentences:
            start, end = doc.original_span(sentence.start, sentence.end)
            assert source.text[start:end].replace(" ", "").replace("\n", "").startswith(sentence.text[:2])
