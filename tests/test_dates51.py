"""Dates of session 41 (invented text, invented names).

- A year printed after the birth words (出生于1975年6月, 生於1968年) is a birth, never the article's year
  (time/rules.tsv y_born_after): a page with no other year leaves its dateline's month and day unresolved, reported.
- A birth year and the age the person is this year (出生于1975年6月，今年56岁; 1975年生，现年五十六岁) give the
  article's year, their sum (time/year_cues.tsv birth_age, articledate._added_years).
- A month and day printed right after a page clock glued to them (2031-12-25 09:4712月23日上午) date the event
  (time/rules.tsv md_after_clock), not the page's stamp.
- A related-links list opened by 相关文章 (also after a back link: 返回上一页相关文章) is page furniture: its dates
  never date the page (text/breaks.tsv list_header).
- 未来 as a verb's object in a theme or a slogan (共享未来, 开创未来) is no vague time: the event it names stays dated
  (time/rules.tsv vague_future).
- A year opening a period up to now with an event's name between it and 以来 (2018年第三次全省科技工作会议以来) is
  history, never the article's year (time/rules.tsv y_since_clause, up to 16 characters).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script

_NOTICE = "本报讯 4月8日，临江省委召开干部大会。会议宣布，龚明远任临江省委书记。"


@pytest.mark.parametrize("birth", ["龚明远出生于1975年6月。", "龚明远生于1975年，籍贯江城。"])
def test_a_birth_year_is_never_the_article_year(birth: str) -> None:
    found = facts(_NOTICE + birth, "")
    assert [r.date for r in found.roles] == [None]
    assert "W010" in {w.code for w in found.warnings}  # the article's date is reported unresolved


@pytest.mark.parametrize(
    "birth",
    ["龚明远出生于1975年6月，今年56岁。", "龚明远1975年6月生，现年五十六岁。", "龚明远，1975年出生，今年56周岁。"],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_birth_year_and_this_year_s_age_give_the_year(birth: str, script: str) -> None:
    found = facts(in_script(_NOTICE + birth, script), "")
    assert [r.date for r in found.roles] == ["2031-04-08"]


@pytest.mark.parametrize(
    "sentence",
    ["龚明远1975年6月到江城工作，今年56岁。", "江城1975年建市，今年56岁的龚明远出席。"],
)
def test_an_age_after_a_year_of_no_birth_adds_nothing(sentence: str) -> None:
    found = facts(_NOTICE + sentence, "")
    assert [r.date for r in found.roles] != ["2031-04-08"]


@pytest.mark.parametrize("clock", ["09:47", "9:05", "21：30"])
def test_a_day_glued_after_a_page_clock_dates_the_event(clock: str) -> None:
    text = f"来源：江城新闻网\n2031-12-25 {clock}12月23日上午，市委副书记、市长龚明远主持召开专题会议，研究规划编制工作。"
    assert [e.date for e in facts(text, "2031-12-25").events] == ["2031-12-23"]


def test_digits_after_a_score_are_no_day() -> None:
    text = "来源：江城新闻网\n2031-12-25 江城队以2:1012胜出。12月23日上午，市长龚明远主持召开专题会议。"
    assert [e.date for e in facts(text, "2031-12-25").events] == ["2031-12-23"]


@pytest.mark.parametrize("name", ["第三次全省科技工作会议", "中央第九次江城工作座谈会"])
def test_a_year_since_an_event_is_never_the_article_year(name: str) -> None:
    text = f"江城网讯 10月14日，临江省党政代表团来江城考察。2018年{name}以来，两地合作不断深化。"
    found = facts(text, "")
    assert [e.date for e in found.events] == [None]
    assert "W010" in {w.code for w in found.warnings}


@pytest.mark.parametrize("heading", ["返回上一页相关文章", "相关文章", "返回上一頁相關文章"])
def test_the_dates_of_a_related_links_list_never_date_the_page(heading: str) -> None:
    text = (
        "江城县开工典礼\n取自江城县府网站\n2031.09.08\n江城渔港仓库工程8日上午举行开工典礼，典礼由县长林晓峰主持。\n"
        f"{heading}\n2030.10.22\n海州会会长龚明远拜会林晓峰2031.01.07\n江城举办元宵灯会2037.11.22\n"
    )
    found = facts(in_script(text, "traditional" if "頁" in heading else "simplified"), "")
    assert [e.date for e in found.events] == ["2031-09-08"]


@pytest.mark.parametrize("theme", ["数字互通两地协作共享未来", "携手开创未来", "面向未来"])
def test_future_as_a_themes_noun_is_no_time(theme: str) -> None:
    text = f"江城网2031年9月20日讯 9月20日，以“{theme}”为主题的2031江海科技论坛在江城开幕。"
    assert [(e.title, e.date) for e in facts(text, "2031-09-20").events] == [("2031江海科技论坛", "2031-09-20")]
