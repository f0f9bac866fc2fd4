"""clean: normalized text (tables of invented lines) and the offset map back to the original."""

from __future__ import annotations

import unicodedata

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph.model import Source
from ygraph.text.clean import clean, is_traditional

_S2T = opencc.OpenCC("s2t")


def cleaned(text: str, fmt: str = "txt") -> str:
    return clean(Source(path="t.txt", text=text, encoding="utf-8", fmt=fmt)).text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # OCR narrow columns: a sentence goes on over line breaks and blank lines
        (
            "新华社某市 3月 4 日电 某某\n\n会议在某市举行。\n\n第二段开始了。",
            "新华社某市3月4日电 某某会议在某市举行。\n第二段开始了。",
        ),
        # spaces between single characters go, spaces between words of a headline stay
        (
            "推动某地节能环保和\n\n区 域 合 作 ，建 设 城 市 公 共 服 务 体\n\n系。",
            "推动某地节能环保和区域合作，建设城市公共服务体系。",
        ),
        ("本报讯 （记者 某某） 12 月 1 日，某单位举行活动。", "本报讯（记者 某某）12月1日，某单位举行活动。"),
        ("《中共中央 国务院关于某事的意见》发布。", "《中共中央 国务院关于某事的意见》发布。"),
        # full-width digits, letters and space become ASCII; full-width punctuation stays
        ("２０１９年，ＡＢＣ公司（某地）：“好”。", "2019年，ABC公司（某地）：“好”。"),
        ("某\u3000某某出席会议。", "某某某出席会议。"),
        (
            "\uf900某某出席会议并发表讲话。",
            "\u8c48某某出席会议并发表讲话。",
        ),  # a CJK compatibility ideograph → its unified form
        # Chinese date numerals become digits
        ("二〇一九年三月四日，会议举行。", "2019年3月4日，会议举行。"),
        ("三省一市共同推进十四五规划。", "三省一市共同推进十四五规划。"),
        # page furniture
        ("要闻\n\n会议提出了要求。 （下转第2版）\n\n责任编辑：某某\n\n3\n", "会议提出了要求。"),
        ("（上接第一版）会议强调，要加强合作。", "会议强调，要加强合作。"),
        ("会议举行。\n【责任编辑：某某】\n【纠错】 【打印】【关闭】\n", "会议举行。"),
        # pinyin glosses after characters (learners' and some Traditional sites): dropped, words whole
        ("临江省负(fù)责(zé)同志推动发(fā)展。", "临江省负责同志推动发展。"),
        ("柴思雨(Chai Siyu)出席。", "柴思雨(Chai Siyu)出席。"),
        # a page's time stamp (day.month.year too) stands alone; a web copy's source line is dropped
        ("林晓峰会见客人施洛凡·魏森\n17.11.2031 11:27\n本文来源: 某网\n11月12日，林晓峰会见客人。", "林晓峰会见客人施洛凡·魏森\n17.11.2031 11:27\n11月12日，林晓峰会见客人。"),
        # a dated one stays, on its own line (never glued to the report below)
        ("来源：某网 2031-05-06 19:20\n林晓峰会见客人。", "来源：某网2031-05-06 19:20\n林晓峰会见客人。"),
        # a web page's breadcrumb and skip links are furniture
        ("跳转到正文内容\n首页/ 要闻 / 地方 / 正文\n\n林晓峰督查项目\n\n5月30日，林晓峰督查项目。", "林晓峰督查项目\n5月30日，林晓峰督查项目。"),
        # a page's time stamp alone on its line is never glued to the byline or text after it
        ("江城举行会议\n2031/05/06 11:36\n〔记者林某/江城报导〕今天举行会议。", "江城举行会议\n2031/05/06 11:36\n〔记者林某/江城报导〕今天举行会议。"),
        # a headline stack before a dateline keeps its lines; the dateline starts a paragraph
        (
            "会议举行。\n\n某某会议在某市举行\n\n某某某某出席\n\n本报讯 5月6日，某地举行活动。",
            "会议举行。\n某某会议在某市举行\n某某某某出席\n本报讯5月6日，某地举行活动。",
        ),
        # a byline and a photo credit stay on their own lines
        ("新华社记者\n\n3月4日，会议举行。", "新华社记者\n3月4日，会议举行。"),
        (
            "本报记者 某某 通讯员 某某某\n\n3月4日，会议举行。",
            "本报记者 某某 通讯员 某某某\n3月4日，会议举行。",
        ),
        (
            "会议现场。\n\n新华社记者 某某摄\n\n会议认为，要加强合作。",
            "会议现场。\n新华社记者 某某摄\n会议认为，要加强合作。",
        ),
        # pull quotes inside an unfinished sentence go; elsewhere they are paragraphs
        ("甲乙合作取得\n\n■ 合作是重大战略\n■ 要加强协同\n\n新的进展。", "甲乙合作取得新的进展。"),
        ("合作取得进展。\n■ 合作是重大战略\n要加强协同。", "合作取得进展。\n■ 合作是重大战略\n要加强协同。"),
        # a photo caption inside an unfinished sentence is not glued to it
        (
            "要加强沟通，保持\n\n3月4日，某某出席会议。\n新华社记者 某某摄\n\n密切合作关系。",
            "要加强沟通，保持\n3月4日，某某出席会议。\n新华社记者 某某摄\n密切合作关系。",
        ),
        # a Latin word or number broken over two lines keeps a space
        ("两家公司一致同意签署 ABC\n\nservice 合作协议。", "两家公司一致同意签署 ABC service 合作协议。"),
        # a short line without a comma over a longer one is a title; a masthead with a date is a header
        (
            "某某日报 2019年7月8日\n某某主持召开某某座谈会\n7月7日，某某在某地主持召开某某座谈会，\n某某出席。",
            "某某日报2019年7月8日\n某某主持召开某某座谈会\n7月7日，某某在某地主持召开某某座谈会，某某出席。",
        ),
        (
            "某某新闻汇编\n2018年5月，某某在某地考察工厂建设。",
            "某某新闻汇编\n2018年5月，某某在某地考察工厂建设。",
        ),
        # a dateline cut in two is joined even though its first part is short
        (
            "新华社\n\n某市3月4日电 中共某某委员会\n\n某某出席会议并讲话。",
            "新华社某市3月4日电 中共某某委员会某某出席会议并讲话。",
        ),
        # a dateline alone on its line stays alone
        ("新华社北京3月4日电\n\n某某一体化发展向前推进。", "新华社北京3月4日电\n某某一体化发展向前推进。"),
        ("\r\n某某出席。\r\n\r\n会议举行。\r\n", "某某出席。\n会议举行。"),
        ("某某出席。\x0c会议举行。\u2029活动结束。", "某某出席。\n会议举行。\n活动结束。"),
    ],
)
def test_clean_table(raw: str, expected: str) -> None:
    assert cleaned(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "# 某某会议在某市举行\n\n### 某某出席\n\n**本报讯** 5月6日,某地举行活动。",
            "某某会议在某市举行\n某某出席\n本报讯5月6日,某地举行活动。",
        ),
        (
            "> 引用的一句话。\n\n- 列表一项。\n\n[链接文字](http://example.org/x)出现在这里。",
            "引用的一句话。\n列表一项。\n链接文字出现在这里。",
        ),
        ("![图片](a.png)\n\n---\n\n正文。", "---\n正文。"),
        ("## 标题 ##\n正文。", "标题\n正文。"),
    ],
)
def test_markdown(raw: str, expected: str) -> None:
    assert cleaned(raw, fmt="md") == expected


def test_markdown_in_a_txt_copy_of_a_web_page() -> None:
    assert cleaned("# 某某标题\n\n正文第一句。") == "某某标题\n正文第一句。"


def test_traditional_to_simplified_keeps_offsets() -> None:
    simplified = "新华社北京3月4日电 某某市委书记主持召开会议并发表讲话。"
    traditional = _S2T.convert(simplified)
    assert traditional != simplified and is_traditional(traditional)
    doc = clean(Source(path="t.txt", text=traditional, encoding="big5"))
    assert doc.text == simplified
    assert all(traditional[doc.offsets[i]] == _S2T.convert(ch) for i, ch in enumerate(doc.text))


def test_pinyin_glosses_of_a_machine_conversion_are_dropped() -> None:
    raw = "11月3日，江城市委書記林曉峰組織市領導(lǐng)集體調(diào)研重點(diǎn )項目（A）。"
    doc = clean(Source(path="t.txt", text=raw, encoding="utf-8"))
    assert doc.text == "11月3日，江城市委书记林晓峰组织市领导集体调研重点项目（A）。"
    assert raw[doc.offsets[doc.text.index("调研") + 1]] == "研"


def test_a_japanese_name_in_simplified_text_is_not_converted() -> None:
    text = "某公司执行副总裁高橋義男出席会议，会议讨论了发展问题和合作计划。"
    assert not is_traditional(text)
    assert cleaned(text) == text


def _maps_back(raw: str) -> None:
    doc = clean(Source(path="t.txt", text=raw, encoding="utf-8"))
    offsets = doc.offsets
    assert len(offsets) == len(doc.text) + 1
    assert offsets[-1] == len(raw)
    assert all(a <= b for a, b in zip(offsets, offsets[1:], strict=False)), "offsets must not go back"
    for i, ch in enumerate(doc.text):
        source = raw[offsets[i]]
        if ch in "\n ":
            assert source.isspace() or source in "\u200b\ufeff", (i, ch, source)
        elif ch != source:
            folded = unicodedata.normalize("NFKC", source)  # full-width forms, compatibility ideographs
            numeral = source in "〇零一二三四五六七八九十廿卅两０１２３４５６７８９"
            assert folded == ch or numeral or _S2T.convert(ch) == folded, (i, ch, source)


@pytest.mark.parametrize(
    "raw",
    [
        "新华社某市 三月 四 日电 某某\n\n会议举行。",
        "# 标题\n\n**本报讯** ２０２３年1月2日,  [某地](x) 举行。\n\n（下转第3版）",
        "",
        "   \n\n  ",
    ],
)
def test_offsets_map_back(raw: str) -> None:
    _maps_back(raw)


_ALPHABET = st.sampled_from(
    list(
        "某会议举行在市。，；”“（）《》年月日电讯本报新华社摄记者 \n\n\u3000１２３ＡＢ0123abc#*-[]()二十〇■…\r\t\uf900"
    )
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_offsets_property(raw: str) -> None:
    _maps_back(raw)


@settings(max_examples=100, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_markdown_offsets_property(raw: str) -> None:
    doc = clean(Source(path="t.md", text=raw, encoding="utf-8", fmt="md"))
    assert len(doc.offsets) == len(doc.text) + 1
    assert all(a <= b for a, b in zip(doc.offsets, doc.offsets[1:], strict=False))
    assert all(0 <= o <= len(raw) for o in doc.offsets)
