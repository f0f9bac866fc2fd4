"""Events and participants of session 46 (invented text, invented names).

- One item counted before an agreement (签署了一项某协议) is left out of the act's object, so the agreement is read
  and the signing is an event (events/patterns.tsv object_measure).
- An outlet's name in brackets opening the report (【某台】) is no part of the first act's subject
  (events/patterns.tsv outlet_tag; as a dateline it cut page fields such as 【出版日期】 off their article).
- A person who invites someone to come (甲前往某地，邀请某市长率团前来) does not take part in what the invited one
  does; one who comes at an invitation (甲应邀出席) does (word_uses.tsv invites; participants._inviter).
- 举办 convenes a ceremony as 举行 does (某馆17日举办开幕典礼 → 某馆开幕典礼), and a plan's words before the verb
  (届时将举行某酒会) name no convening body (word_uses.tsv convenes, convener_adverb).
- An exhibition hall named after the fair it houses (在某交易会展馆开幕) is a place, no second gathering, so the fair's
  bare opening ceremony joins the fair (events/not_after.txt 展馆).
- Building begun on a named site (某园区正式动工) is an opening (triggers.tsv 正式动工, 正式开工); a clause of where the
  subject lies (座落于某乡的) is no part of its title (word_uses.tsv located); a second opening act of the sentence with
  no day of its own (甲、乙共同为某楼奠基) is the same opening, its actors attend it (events/openacts.same_rite); so is
  one after the headline's opening told again, and every titled name of its subject list takes part
  (甲、某大学董事长乙、校长丙等人…: actpeople.co_actors reads a post printed before each name).
- A speaker label on a line that ends no sentence (某副市长甲：与乙有着类似经历) is a subheading: no speech at the
  press conference reported (participants._label).
- Related links (相关推荐) whose headlines each come with a teaser paragraph: the teaser of a link, followed by
  another link or the page's end, is furniture too (text/linelists.related_links; breaks.tsv list_header 相关推荐).
- A call expected or scheduled (预计, 预定: word_uses.tsv talks_plan) in a clause naming no one goes on with the
  sentence's subject (甲今率团启程赴某地，预计今下午拜会乙: actdraft.dated_plan): planned talks on that day.
- A forum's opening plenary (出席开幕大会) is the forum's own opening (word_uses.tsv opening_ceremony 开幕大会).
- A leader touring with his own team (率领团队到街区考察) makes an inspection; a team that travels to another
  place (率市府团队赴某市考察) makes a visit, as before (groups.own_team).
- A planned event's day printed alone, before the article's day (12月30日: 某会议9日举行), lies in the next month
  (dating.ahead), as a month-day before it lies in the next year.
- A byline in brackets after a dateline may name someone before the first role, or a paper before 记者 (（某某
  某日报记者甲 某网记者乙）): it is the dateline's, no part of the first event's name (text/bylines.tsv bracketed).
- A breadcrumb whose last item is the article's headline, however long (首页>专题>某某会见某代表团), is furniture
  (text/furniture.tsv); a headline printed twice over stays two lines, never one sentence (cleanlines.breaks_after),
  and it tells its talks once, so the report's talks of that host below are the same (register.headline_talks).
"""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts
from sweep13 import in_script
from ygraph.text.linelists import related_links

_WIRE = "新华社江城2030年11月3日电 "


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("count", ["一项", "一份", ""])
def test_a_signing_of_one_counted_agreement(count: str, script: str) -> None:
    found = facts(in_script(_WIRE + f"江城市与海州市1日签署了{count}经贸合作协议书。", script), "2030-11-03")
    assert [(e.title, e.event_type, e.date) for e in found.events] == [
        ("江城市与海州市签署经贸合作协议书", "signing", "2030-11-01")
    ]


def test_a_count_of_a_set_still_ends_the_object() -> None:
    found = facts(_WIRE + "江城邮政局1日发行一套4枚纪念邮票。", "2030-11-03")
    assert all("一套" not in e.title for e in found.events)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_outlet_in_brackets_is_no_part_of_the_subject(script: str) -> None:
    found = facts(in_script("【湖滨台】江城市与海州市1日签署了经贸合作协议书。", script), "2030-11-03")
    assert [e.title for e in found.events] == ["江城市与海州市签署经贸合作协议书"]


_INVITED = "江城市与海州市1日签署了经贸合作协议书。今年9月，江城市建设局长柴思雨前往海州市，"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_who_invites_takes_no_part(script: str) -> None:
    found = facts(in_script(_WIRE + _INVITED + "邀请海州市长率团前来江城签署协议。", script), "2030-11-03")
    assert [e.title for e in found.events] == ["江城市与海州市签署经贸合作协议书"]
    assert event_people(found.events[0]) == set()


@pytest.mark.parametrize("lead", ["应邀", "获邀", "接受邀请"])
def test_who_is_invited_takes_part(lead: str) -> None:
    text = _WIRE + f"江城市与海州市1日签署了经贸合作协议书，海州市长林晓峰{lead}出席签约仪式。"
    found = facts(text, "2030-11-03")
    assert [e.title for e in found.events] == ["江城市与海州市签署经贸合作协议书"]
    assert event_people(found.events[0]) == {("林晓峰", "attended")}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("verb", ["举办", "举行"])
def test_a_ceremony_held_by_its_body(verb: str, script: str) -> None:
    text = _WIRE + f"江城档案馆2日{verb}开幕典礼，江城市长林晓峰出席活动。"
    found = facts(in_script(text, script), "2030-11-03")
    assert [(e.title, e.date) for e in found.events] == [("江城档案馆开幕典礼", "2030-11-02")]
    assert event_people(found.events[0]) == {("林晓峰", "attended")}


@pytest.mark.parametrize("lead", ["届时将", "届时"])
def test_a_plans_words_name_no_convening_body(lead: str) -> None:
    text = "新华社江城2030年6月8日电 第三届江城论坛将于6月20日开幕，" + lead + "举行招待酒会。"
    titles = {e.title for e in facts(text, "2030-06-08").events}
    assert "招待酒会" in titles
    assert not any(t.endswith("招待酒会") and t != "招待酒会" for t in titles)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_fairs_hall_is_no_second_gathering(script: str) -> None:
    text = "新华社江城8月26日电 2030年江城博览会26日在江城农产品交易会展馆开幕。临江省领导林晓峰等出席开幕仪式。"
    found = facts(in_script(text, script), "2030-08-26")
    assert [e.title for e in found.events] == ["2030年江城博览会"]
    assert event_people(found.events[0]) == {("林晓峰", "attended")}


_GROUND = "新华社江城2030年1月3日电 "


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("verb", ["正式动工", "正式开工"])
@pytest.mark.parametrize("lead", ["", "座落于东岭乡的", "位于东岭乡的"])
def test_a_site_where_building_began(lead: str, verb: str, script: str) -> None:
    found = facts(in_script(_GROUND + f"{lead}江城大学产学合作园区3日{verb}，县长林晓峰出席。", script), "2030-01-03")
    assert [(e.title, e.event_type, e.date) for e in found.events] == [
        (f"江城大学产学合作园区{verb}", "opening", "2030-01-03")
    ]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("day", ["3日", ""])
def test_a_second_opening_act_is_the_same_rite(day: str, script: str) -> None:
    text = _GROUND + f"江城大学产学合作园区{day}正式动工，县长林晓峰、校长柴思雨等人一起为新建的教学楼奠基。"
    found = facts(in_script(text, script), "2030-01-03")
    assert [(e.title, e.date) for e in found.events] == [("江城大学产学合作园区正式动工", "2030-01-03")]
    assert event_people(found.events[0]) == {("林晓峰", "attended"), ("柴思雨", "attended")}


def test_an_opening_act_on_a_day_of_its_own_stays_apart() -> None:
    text = _GROUND + "江城大学产学合作园区3日正式动工，5日县长林晓峰为新建的教学楼奠基。"
    found = facts(text, "2030-01-06")
    assert sorted(e.date for e in found.events) == ["2030-01-03", "2030-01-05"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_every_titled_name_of_the_subject_list_attends(script: str) -> None:
    listed = "县长林晓峰、县府秘书长陈大川、江城大学董事长宁可心、校长柴思雨、东岭乡长吴启航等人"
    text = _GROUND + f"江城大学产学合作园区3日正式动工，{listed}一起为新建的教学楼奠基。"
    found = facts(in_script(text, script), "2030-01-03")
    assert len(found.events) == 1
    names = {"林晓峰", "陈大川", "宁可心", "柴思雨", "吴启航"}
    assert event_people(found.events[0]) == {(n, "attended") for n in names}


def test_the_headlines_opening_takes_the_rites_people() -> None:
    text = (
        "江城大学产学合作园区正式动工\n2030-01-03 12:18\n"
        "在各界期盼下，江城大学产学合作园区总算正式动工，县长林晓峰、校长柴思雨等人一起为新建的教学楼奠基破土。"
    )
    found = facts(text, "2030-01-03")
    assert len(found.events) == 1
    assert event_people(found.events[0]) == {("林晓峰", "attended"), ("柴思雨", "attended")}


def test_a_subheading_is_no_speaker_label() -> None:
    text = "新华社江城2030年5月8日电 江城市政府8日举行新闻发布会。\n副市长 柴思雨：今年江城将新建学校20所。\n"
    heading = "江城市副市长林晓峰：与柴思雨有着类似经历\n"
    found = facts(text + heading, "2030-05-08")
    assert [event_people(e) for e in found.events] == [{("柴思雨", "spoke_at")}]
    found = facts(text, "2030-05-08")
    assert [event_people(e) for e in found.events] == [{("柴思雨", "spoke_at")}]


_RELATED = [
    "新华社江城2030年5月8日电 江城市政府8日举行新闻发布会。",
    "相关推荐",
    "海州市政府公布消费券新方案",
    "海州市政府12日公布消费券优化方案，每名居民将可获发500元。",
    "青禾县今年将完成防灾立法",
    "青禾县县长柴思雨29日表示，今年将完成防灾立法。",
]


def test_the_teasers_of_related_links_are_furniture() -> None:
    assert related_links(_RELATED) == {1, 2, 3, 4, 5}
    found = facts("\n".join(_RELATED), "2030-05-08")
    assert [e.title for e in found.events] == ["江城市政府新闻发布会"]
    assert not found.roles


def test_a_paragraph_right_after_the_heading_is_the_articles() -> None:
    lines = [*_RELATED[:2], "江城市长林晓峰出席发布会并讲话。", "海州市政府公布消费券新方案"]
    assert related_links(lines) == {1}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("plan", ["预计", "预定", "将"])
def test_a_call_expected_on_the_day_of_a_departure(plan: str, script: str) -> None:
    text = f"新华社台北2031年9月25日电 海州立法院长林晓峰今（25日）率团启程赴日本交流，{plan}今下午拜会东岛国前总理柴思雨。"
    found = facts(in_script(text, script), "2031-09-25")
    talks = [e for e in found.events if e.event_type == "talks"]
    assert [(e.date, e.planned) for e in talks] == [("2031-09-25", True)]
    assert event_people(talks[0]) == {("林晓峰", "attended"), ("柴思雨", "attended")}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_forums_opening_plenary(script: str) -> None:
    text = "新华社海口3月24日电 江城论坛2030年年会24日上午在海州开幕。临江省长林晓峰出席开幕大会并发表主旨演讲。"
    found = facts(in_script(text, script), "2030-03-24")
    assert [e.title for e in found.events] == ["江城论坛2030年年会"]
    assert event_people(found.events[0]) == {("林晓峰", "attended"), ("林晓峰", "spoke_at")}


_TOUR = "香港新闻网11月15日电 江城特区行政长官林晓峰今天(15日)下午"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    ("tour", "kind"),
    [("率领团队，到多个街区进行考察。", "inspection"), ("率市府团队赴海州市考察。", "visit"), ("率团赴海州市考察。", "visit")],
)
def test_a_leaders_own_team_on_an_inspection(tour: str, kind: str, script: str) -> None:
    found = facts(in_script(_TOUR + tour, script), "2030-11-15")
    assert [e.event_type for e in found.events] == [kind]


_DECIDED = "江城区人大常委会举行第二十九次会议\n会议决定江城区十五届人大七次会议9日举行\n新华社江城12月30日电 "


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("day", "expected"), [("1月9日", "2032-01-09"), ("9日", "2032-01-09")])
def test_a_planned_day_before_the_articles_lies_ahead(day: str, expected: str, script: str) -> None:
    text = _DECIDED + f"江城区人大常委会30日举行第二十九次会议。会议决定，江城区第十五届人民代表大会第七次会议{day}在江城举行。"
    found = facts(in_script(text, script), "2031-12-30")
    planned = [(e.date, e.planned) for e in found.events if "七次" in e.title]
    assert planned == [(expected, True)]


@pytest.mark.parametrize(("day", "expected"), [("9日", "2032-01-09"), ("31日", "2031-12-31")])
def test_a_planned_day_alone(day: str, expected: str) -> None:
    text = f"新华社江城12月30日电 会议决定，江城区第十五届人民代表大会第七次会议{day}在江城举行。"
    assert [(e.date, e.planned) for e in facts(text, "2031-12-30").events] == [(expected, True)]


def test_a_held_day_before_the_articles_stays() -> None:
    found = facts("新华社江城12月30日电 江城区人大常委会9日举行第二十九次会议。", "2031-12-30")
    assert [e.date for e in found.events] == ["2031-12-09"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_byline_naming_someone_before_its_first_role(script: str) -> None:
    text = "江城网12月30日讯 (宋立新 江城日报记者林晓峰 江城网记者柴思雨)江城区人大常委会举行第二十九次会议。"
    found = facts(in_script(text, script), "2031-12-30")
    assert [e.title for e in found.events] == ["江城区人大常委会第二十九次会议"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_breadcrumb_ending_with_the_headline(script: str) -> None:
    headline = "江城市长林晓峰会见赴海州出席首届海江地方领导人论坛的江城代表团"
    text = f"首页>专题>相关文稿>{headline}\n{headline}\n\n新华社江城3月22日电 3月22日，林晓峰会见了代表团。"
    found = facts(in_script(text, script), "2030-03-22")
    assert len(found.events) == 1
    assert found.events[0].title.endswith("代表团")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("copies", [1, 2, 3])
def test_a_headline_printed_twice_over_tells_its_talks_once(copies: int, script: str) -> None:
    headline = "江城市长林晓峰会见赴海州出席首届海江地方领导人论坛的江城代表团\n"
    body = "时间:2030-03-22\n3月22日，江城市长林晓峰在议会大厦会见了海州会长柴思雨率领的代表团。\n"
    found = facts(in_script(headline * copies + body, script), "2030-03-22")
    assert [(e.title, e.date) for e in found.events] == [
        ("林晓峰会见赴海州出席首届海江地方领导人论坛的江城代表团", "2030-03-22")
    ]
