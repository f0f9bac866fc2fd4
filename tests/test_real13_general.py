"""Generalisation classes of issue 13 measured on unseen real pages (dates, page furniture, names), each with
invented text: a reposting site's stamp or a site clock never dates the article, page field lines are
never glued to the body, pinyin glosses inside page fields and names, breadcrumbs. Invented names only."""

from __future__ import annotations

from ygraph.model import Source
from ygraph.pipeline import process_document
from ygraph.text import clean, segment
from ygraph.time import temporal


def dated(text: str) -> list[tuple[str | None, str, list[str]]]:
    doc = temporal.date_document(segment.segment(clean.clean(Source("t.txt", text, "utf-8"))), {})
    return [(a.date, a.date_rule, [s.text for s in a.sentences]) for a in doc.articles]


def test_repost_stamp_years_later_never_dates_the_article() -> None:
    text = (
        "临江召开座谈会\n\n来源:临江文库 编辑:某某 时间:2037/05/03 06:27:51\n\n临江召开座谈会\n\n"
        "2031年12月08日 04:35\n来源:江城网 作者:龚明远\n\n12月6日下午，临江市召开领导干部大会。"
    )
    [(date, rule, _)] = dated(text)
    # the lede's day placed against the earliest stamp (headline lines are not counted as lede sentences, issue 15)
    assert (date, rule) == ("2031-12-06", "header_date:header_clock")
    facts = process_document(Source("t.txt", text, "utf-8"))
    assert [w.code for w in facts.warnings if w.code == "W014"] == ["W014"]
    assert ("临江市领导干部大会", "2031-12-06") in {(e.title, e.date) for e in facts.events}
    assert not any(e.date and e.date.startswith("2037") for e in facts.events)


def test_site_clock_at_the_top_never_dates_the_article() -> None:
    text = (
        "2036年03月29日 星期三\n\n临江政协选出领导人\n\n发布日期:2031-03-15\n\n"
        "  会议14日下午在江城举行，龚明远当选临江省政协主席。"
    )
    [(date, rule, sentences)] = dated(text)
    assert (date, rule) == ("2031-03-15", "header_date:published_label")
    assert "发布日期:2031-03-15" in sentences


def test_page_field_line_is_not_glued_to_the_first_sentence() -> None:
    text = "发布日期:2031-03-29\n信息来源:\n临江市第三次代表大会，3月28日上午在江城开幕。大会由龚明远主持。"
    [(date, _, sentences)] = dated(text)
    assert sentences[0] == "发布日期:2031-03-29"
    assert sentences[1].startswith("临江市第三次代表大会")
    facts = process_document(Source("t.txt", text, "utf-8"))
    assert {(e.title, e.date) for e in facts.events} == {("临江市第三次代表大会", "2031-03-28")}


def test_date_and_clock_line_with_a_paper_name_stands_alone() -> None:
    text = "临江两位市长入选常委(图)\n\n2031-11-22 01:16:11  江城晚报    参与评论()人\n\n19日，临江市委全会召开。"
    [(date, rule, sentences)] = dated(text)
    assert sentences[1].startswith("2031-11-22")
    assert sentences[2] == "19日，临江市委全会召开。"
    assert rule == "header_date:header_clock"


def test_pinyin_gloss_inside_a_page_field_and_a_name() -> None:
    text = "發(fā)布日期:2031-03-15\n\n信息來源:江城網\n\n  會(huì)議14日在江城舉行,龔明(míng)遠主持會議。"
    [(date, _, sentences)] = dated(text)
    assert sentences[0] == "发布日期:2031-03-15"
    assert date == "2031-03-15"
    assert "龚明远主持会议" in sentences[1]


def test_breadcrumb_after_current_position_is_furniture() -> None:
    [(_, _, sentences)] = dated("当前位置:新闻 > 地方新闻 > 正文\n\n临江召开座谈会\n\n会议在江城举行。")
    assert not any("当前位置" in s for s in sentences)


def test_a_day_after_the_publication_date_in_a_sentence_stating_a_plan() -> None:
    text = "时间:2031-02-17 09:21 来源:临江网\n\n龚明远16日率团抵达江城。19日龚明远将南下湖滨，拜会湖滨市长柴思雨。"
    doc = temporal.date_document(segment.segment(clean.clean(Source("t.txt", text, "utf-8"))), {})
    values = {t.text: t.value for a in doc.articles for t in a.times}
    assert (values["16日"], values["19日"]) == ("2031-02-16", "2031-02-19")


def test_a_name_never_runs_across_a_kept_line_break() -> None:
    text = "各省不再兼任省会市委书记\n来源:江城文库 时间:2031/05/03 06:27:51\n\n会议在江城举行，临江市委书记龚明远出席。"
    facts = process_document(Source("t.txt", text, "utf-8"))
    assert {p.name for p in facts.people} == {"龚明远"}


def test_a_line_break_ends_a_sentence_for_a_biography_subject() -> None:
    text = "日前，龚明远同志任临江省委书记。\n龚明远1961年11月生，江西人。曾在江城工作。2002年1月任江城市长。"
    facts = process_document(Source("t.txt", text, "utf-8", user_date="2031-04-28"))
    assert ("龚明远", "江城市长") in {(r.person, r.position) for r in facts.roles}


def roles_of(text: str) -> set[tuple[str, str]]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date="2031-04-28"))
    return {(r.person, r.position) for r in facts.roles}


def test_given_names_that_are_words_end_before_career_and_visit_words() -> None:
    found = roles_of(
        "临江省委副书记龚建军卸任江城市委书记。湖滨集团董事长柴志刚晚宴招待代表团；"
        "代表团再与江城市长宁可心见面。"
    )
    assert {("龚建军", "临江省委副书记"), ("柴志刚", "湖滨集团董事长"), ("宁可心", "江城市长")} <= found


def test_a_title_starts_after_a_verb_or_a_byline_never_with_it() -> None:
    found = roles_of("记者钱小禾发自江城随着临江省委副书记龚明远卸任，代表团将拜会湖滨市长柴思雨。")
    assert {("龚明远", "临江省委副书记"), ("柴思雨", "湖滨市长")} <= found
    assert not any(p.startswith(("拜会", "钱小禾", "随着")) for _, p in found)


def test_a_photo_caption_gives_no_act_the_article_reports_it() -> None:
    text = (
        "临江省长龚明远(右)在江城会见来访的湖滨市长柴思雨(左)一行。\n"
        "新华社江城2031年6月30日电 6月29日，临江省长龚明远在江城会见了湖滨市长柴思雨率领的代表团。"
    )
    events = process_document(Source("t.txt", text, "utf-8")).events
    assert not any("(右)" in e.title for e in events)
    assert {e.date for e in events} == {"2031-06-29"}


def test_a_site_news_dateline_with_a_reporter_is_no_part_of_the_first_sentence() -> None:
    for text, rule in (
        ("东南网-临江日报6月29日讯(记者 钱小禾)27日晚,副省长柴思雨在江城会见了客人。", "site_news"),
        ("【湖滨网2031年6月29日讯】临江人事再有调整。", "site_news"),
        ("湖滨网6月30日江城消息 6月29日,临江省长柴思雨在江城会见了客人。", "site_news_place"),
    ):
        doc = segment.segment(clean.clean(Source("t.txt", text, "utf-8")))
        assert [a.dateline_rule for a in doc.articles] == [rule]
    facts = process_document(Source("t.txt", text, "utf-8", user_date="2031-06-30"))
    assert [e.date for e in facts.events] == ["2031-06-29"]


def test_bulleted_related_links_are_lines_of_their_own() -> None:
    text = "会议闭幕。\n·省领导会见湖滨市副市长柴思雨一行\n·省领导到江城调研三农工作\n"
    facts = process_document(Source("t.txt", text, "utf-8", user_date="2031-06-29"))
    assert {p.name for p in facts.people} == {"柴思雨"}


def test_related_links_under_their_heading_are_furniture() -> None:
    """notice14: the headlines under 相关新闻 are other pages' (page furniture, text/linelists.py)."""
    text = "相关新闻\n·省领导会见湖滨市副市长柴思雨一行\n·省领导到江城调研三农工作\n"
    facts = process_document(Source("t.txt", text, "utf-8", user_date="2031-06-29"))
    assert not facts.people


def test_a_resignation_request_names_no_person_in_its_verb() -> None:
    text = "会议决定：接受柴思雨同志申请辞去临江省人民政府省长职务请求。"
    facts = process_document(Source("t.txt", text, "utf-8", user_date="2031-06-29"))
    assert {p.name for p in facts.people} == {"柴思雨"}


def test_a_lookalike_character_in_a_title_and_a_dateline_before_it() -> None:
    found = roles_of("湖滨网2月17日消息 江城巿长龚明远16日率团抵达湖滨。")
    assert ("龚明远", "江城市长") in found
    assert len(found) == 1


def test_an_anaphor_before_a_company_title_points_back_to_the_company() -> None:
    found = roles_of(
        "代表团考察了从事药材研发生产的湖滨青禾生技公司。龚明远对该企业董事长柴思雨说，欢迎合作。"
        "在临江集团总部，代表团听取该集团董事长宁可心关于企业发展的介绍。"
    )
    assert {("柴思雨", "湖滨青禾生技公司董事长"), ("宁可心", "临江集团董事长")} <= found
    assert not any(p in ("企业董事长", "集团董事长") for _, p in found)


def test_a_name_cut_by_the_end_of_a_truncated_page_is_no_person() -> None:
    text = "晚间，代表团出席湖滨党荣誉主席龚明远举行的晚宴。\n代表团此行将会晤湖滨党荣誉主席柴思雨、龚明"
    facts = process_document(Source("t.txt", text, "utf-8", user_date="2031-02-17"))
    assert {p.name for p in facts.people} == {"龚明远", "柴思雨"}
