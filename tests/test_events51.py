"""Events of session 41 (invented text, invented names).

- A report heard about a document printed right after 关于 (听取了甲所作的关于《某条例(草案)》审议结果的报告) makes the
  meeting review the document (policylinks._heard_about; word_uses hears, about_lead).
- A comma printed right after the words that open a list of participants (在主席台就座的有，省领导甲、乙，老同志丙) opens
  it as a colon does: the list runs to the sentence's end (listing.colon; patterns.tsv listed_after).
- A time adverb after 在 (在随后举行的座谈会上, 在当天召开的会议上) is no place (patterns.tsv not_place).
- 检查指导工作 (inspect and guide the work) is an inspection act whole: 工作 right after 检查指导 never reads as a noun's
  use (triggers.tsv 检查指导工作, 视察指导工作).
- 甲在某饭店欢迎乙率领的某代表团一行 is a reception, titled by the group (word_uses welcomes, visiting_group,
  leader_end); 欢迎 with no visiting group after it (表示欢迎, 欢迎各界投资) or no day of its own is none.
- Words that refer to documents without naming one (审议有关单行法规草案) are no document (documentitems._is_document;
  word_uses unnamed_lead).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script


def _links(text: str, script: str, pub: str) -> set[tuple[str, str]]:
    (event,) = facts(in_script(text, script), pub).events
    return {(p.title, p.relation) for p in event.policies}


_HEARD = (
    "本报江城6月3日讯 临江省人大常委会第九次会议今天上午在江城举行。会议将审议有关单行法规草案、若干决定草案。"
    "会议听取了省人大法工委主任龚明远关于《临江省湿地保护条例(草案)》修改情况的汇报；听取了省农业厅厅长"
    "柴思雨所作的关于《临江省种子管理条例(修订草案)》的说明；听取了省人大常委会副秘书长林晓峰关于《江城市河道管理规定》"
    "和《海州县自治条例》的审查意见。"
)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_report_heard_about_a_document_reviews_it(script: str) -> None:
    assert _links(_HEARD, script, "2031-06-03") == {
        ("临江省湿地保护条例(草案)", "reviewed"),
        ("临江省种子管理条例(修订草案)", "reviewed"),
        ("江城市河道管理规定", "reviewed"),
        ("海州县自治条例", "reviewed"),
    }


@pytest.mark.parametrize(
    "clause",
    [
        "会议听取了省政府学习《临江省湿地保护条例》情况的汇报",  # no 关于 right before the title
        "会议要求，关于《临江省湿地保护条例》的宣传要加强",  # no report heard in the clause
        "会议审议了相关法规草案和部分决定草案",  # documents referred to, none named
    ],
)
def test_documents_neither_heard_about_nor_named_are_no_policy(clause: str) -> None:
    text = f"本报江城6月3日讯 临江省人大常委会第九次会议今天上午在江城举行。{clause}。"
    assert _links(text, "simplified", "2031-06-03") == set()


def _people(text: str, script: str) -> set[tuple[str, str]]:
    (event,) = facts(in_script(text, script), "2031-01-17").events
    return {(p.person, p.relation) for p in event.participants}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_comma_after_the_list_opener_opens_the_list_to_the_sentence_end(script: str) -> None:
    text = (
        "本报讯 1月17日下午，临江省第九届人民代表大会第二次会议举行第三次全体会议，在江城闭幕。龚明远主持会议。"
        "在主席台就座的有，省委副书记、省长林晓峰，省领导柴思雨、吴启航，驻临江部队领导宁可心，老同志陈大川等。"
    )
    found = _people(text, script)
    assert {(n, "attended") for n in ("林晓峰", "柴思雨", "吴启航", "宁可心", "陈大川")} <= found


def test_a_comma_after_a_name_ends_no_list() -> None:
    text = (
        "本报讯 1月17日下午，临江省第九届人民代表大会第二次会议在江城闭幕。出席会议的有关部门负责人，"
        "会后由林晓峰带领参观。"
    )
    assert ("林晓峰", "attended") not in _people(text, "simplified")


@pytest.mark.parametrize("adverb", ["随后", "当天", "次日"])
def test_a_time_adverb_after_zai_is_no_place(adverb: str) -> None:
    text = (
        "本报讯 6月4日下午，临江省长龚明远与海州省长柴思雨签署战略合作备忘录。"
        f"龚明远在{adverb}举行的两地座谈会上讲话，要求加强合作。"
    )
    places = {e.title: e.place for e in facts(text, "2031-06-05").events}
    assert "两地座谈会" in places and places["两地座谈会"] is None


@pytest.mark.parametrize("verb", ["检查指导工作", "视察指导工作"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_inspecting_and_guiding_the_work_is_an_inspection(verb: str, script: str) -> None:
    text = (
        f"2031年4月17日下午，江城部副部长龚明远赴临江工程{verb}。临江省副省长柴思雨随同前往。"
        "临江集团董事长林晓峰等人陪同检查。"
    )
    (event,) = facts(in_script(text, script), "2031-04-18").events
    assert (event.event_type, event.date) == ("inspection", "2031-04-17")
    assert {"龚明远", "柴思雨", "林晓峰"} <= {p.person for p in event.participants}


_WELCOME = "新华社江城2031年12月19日电 江城市长柴思雨19日晚在江城宾馆欢迎海州市副市长龚明远率领的海州市政府代表团一行。"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_welcoming_a_visiting_group_is_a_reception(script: str) -> None:
    (event,) = facts(in_script(_WELCOME + "柴思雨表示，欢迎各界来江城投资。", script), "2031-12-19").events
    assert (event.event_type, event.date) == ("other", "2031-12-19")
    assert event.title.endswith("欢迎海州市政府代表团一行")
    assert {"柴思雨", "龚明远"} <= {p.person for p in event.participants}


@pytest.mark.parametrize(
    "sentence",
    ["江城市长柴思雨19日在江城表示，欢迎各界来江城投资。", "江城市长柴思雨19日对海州客人表示热烈欢迎。"],
)
def test_a_welcome_of_no_visiting_group_is_no_event(sentence: str) -> None:
    assert facts("新华社江城2031年12月19日电 " + sentence, "2031-12-19").events == ()
