"""Events on real-page classes (issue 13, second round): invented text with invented names and places."""

from __future__ import annotations

from test_events import by_relation, extract


def test_short_and_full_session_names_are_one_meeting() -> None:
    found = extract(
        "本报讯 林晓峰5月12日在临江省九届人大三次会议举行第三次全体会议上当选为省长。"
        "5月12日，在临江省第九届人民代表大会第三次会议上，王立群当选省人大常委会主任。",
        people=("林晓峰", "王立群"),
    )
    assert [(e.title, e.date) for e in found] == [("临江省九届人大三次会议第三次全体会议", "2031-05-12")]


def test_a_plenum_printed_short_and_long_is_one_meeting_on_other_days_two() -> None:
    same = extract(
        "本报讯 6月7日，中共江城市委十届七次全会在江城举行。"
        "6月7日，中共江城市委第十届第七次全体会议审议通过了《江城发展规划》。",
    )
    assert len(same) == 1
    apart = extract(
        "本报讯 6月7日，临江省九届人大三次会议举行第三次全体会议。6月9日，临江省第九届人民代表大会第三次会议在江城闭幕。",
    )
    assert len(apart) == 2, [(e.title, e.date) for e in apart]


def test_a_pronoun_speaks_for_the_participant_named_before() -> None:
    found = extract(
        "本报讯 5月12日，林晓峰在江城会见海州省代表团团长王立群一行。"
        "林晓峰对王立群一行来访表示欢迎。他说，两地合作前景广阔。"
        "王立群感谢江城的接待。他表示，愿意深化合作。她强调的事另有所指。",
        people=("林晓峰", "王立群", "陈红"),
    )
    talks = next(e for e in found if e.event_type == "talks")
    assert by_relation(talks)["spoke_at"] == ["林晓峰", "王立群"]


def test_a_pronoun_after_no_participant_speaks_for_nobody() -> None:
    found = extract(
        "本报讯 5月12日，临江论坛在江城举行。陈红参观了展览。他表示，收获很大。", people=("陈红",)
    )
    assert all("spoke_at" not in by_relation(e) for e in found)


def test_an_earlier_edition_named_with_its_year_is_only_named() -> None:
    # the start of a period (以来) and the decisions carried out (议定事项) refer to it (gold conventions A1)
    found = extract(
        "本报讯 5月12日，2031年临江区域合作联席会议在江城举行。会议听取了2029年临江区域合作联席会议以来工作进展的通报，"
        "以及贯彻落实2030年临江区域合作联席会议议定事项情况的汇报。",
    )
    assert sorted((e.title, e.date) for e in found) == [("2031年临江区域合作联席会议", "2031-05-12")]


def test_this_years_meeting_before_yilai_is_no_earlier_edition() -> None:
    found = extract("本报讯 5月12日，临江论坛在江城举行。2031年临江区域合作联席会议以来，两地合作不断深化。")
    assert [e.title for e in found] == ["临江论坛"]


def test_a_document_cited_by_its_number_is_a_release_of_that_year() -> None:
    found = extract(
        "本报讯 5月12日，临江省召开开发区工作会议。会议回顾了一年来的工作：省政府出台了"
        "《临江省人民政府关于促进江城开发区发展的若干意见》（临政发〔2030〕12号）和《江城发展规划》。",
    )
    got = {(e.title, e.event_type, e.date) for e in found}
    assert ("临江省人民政府关于促进江城开发区发展的若干意见", "release", "2030") in got
    assert not any(e.title == "江城发展规划" for e in found)  # no number: a title, no event
    assert [e for e in found if e.event_type == "meeting"][0].date == "2031-05-12"


def test_a_document_the_page_carries_out_is_a_reference() -> None:
    """贯彻落实《…》（某发〔2030〕12号）: the document acted on is named as a reference (gold-conventions A1)."""
    found = extract(
        "本报讯 5月12日，临江省召开开发区工作会议。会议要求贯彻落实《临江省人民政府关于促进江城开发区发展的若干意见》"
        "（临政发〔2030〕12号）。",
    )
    assert [e.event_type for e in found] == ["meeting"]


def test_a_notice_released_by_an_office_is_dated_by_its_signature() -> None:
    text = (
        "江城市人民政府办公厅印发关于促进江城开发区发展实施方案的通知\n"
        "各区人民政府：\n经市人民政府同意，现将实施方案印发给你们，请照此执行。\n"
        "江城市人民政府办公厅\n2030年10月9日\n"
    )
    found = extract(text, pub="2030")
    assert [(e.event_type, e.date) for e in found] == [("release", "2030-10-09")]
    assert extract(text.replace("办公厅\n2030", "办公厅 2030"), pub="2030")[0].date == "2030-10-09"
    unsigned = extract(text.replace("江城市人民政府办公厅\n2030", "附件\n2030"), pub="2030")
    assert [(e.event_type, e.date) for e in unsigned] == [("release", "2030")]


def test_a_banquet_given_by_a_host_is_an_event_its_guests_attend() -> None:
    found = extract(
        "林晓峰举行宴会欢迎海州省长王立群\n\n本报讯 林晓峰12日晚在江城宾馆举行宴会，欢迎海州省长王立群。陈红、赵文出席。",
        people=("林晓峰", "王立群", "陈红", "赵文"),
    )
    banquet = next(e for e in found if e.event_type == "other")
    assert banquet.date == "2031-05-12" and len(found) == 1, [(e.title, e.date) for e in found]
    assert by_relation(banquet)["attended"] == ["林晓峰", "王立群", "赵文", "陈红"]
