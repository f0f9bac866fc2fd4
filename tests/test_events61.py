"""Events, dates and roles of session 51 (invented text, invented names).

- A bullet printed between two Chinese characters is a name's middle dot (某某•某某), anywhere; a bullet opening a
  line stays (text/name_dots.tsv ``between``); a katakana dot stays list-only (「江城・海州」 joins two places).
- Talks' titles leave out why the guests came (会见来某地出席某会的某市长甲 → 会见某市长甲); before a group no
  name follows (会见来某地参访的代表团) those words name the group and stay (acttitle.past_purpose).
- A participation word inside a quoted name (举办“某某系列演讲”活动) makes no speaker (guards.in_quoted_name).
- A foreign name's first part printed alone (阿米尔大使) is the one titled dotted name it opens (docnames).
- 甲接受乙宴请: talks of the two (接受 a ``partner`` word).
- A wire filed on a day printed without its month (某社台北9日电, 【本报讯】据某社台北9日电) dates its article on
  that day of the page's month; 今晚 is that day (articledate.find_lede, temporal._own_date).
- An event's name opening with its year (2031某灯会) is not dated by another list item's year (2029年某烟火、).
- A clock after a part of the day (下午5时) is part of the date: no part of a title.
- 批准 and 同意 stop a post read back from a name (某院批准某局长甲辞职).
- After 甲宣布，the clauses are what was announced: a later act naming nobody is the announced subject's (乙).
- 当天 after a day printed earlier in its sentence is that day, even one ahead of the page (29日…，当天下午…).
- A university's department or committee printed alone after a post of the university is its own (某大学副校长、
  医学部主任; 某大学副校长、党委统战部部长).
- A demonstrative and a description before a name (这场某某型的博览会) tell the headline's or lede's event again.
- 甲与乙就某事进行了工作磋商: talks.
- A pronoun opening a sentence before a participation verb (当晚他还出席了…) is the person the sentence before
  named first.
- A relative day with its date in brackets, then 至 and a day of another month (明日(9月29日)至10月3日), is a range.
  Printed with no page date, its first day states the article's (明日 → the day before), and 翌日 after the
  sentence's 明日 is the day after that (statedday.reread: the story's day words are read again too).
- An opening its doers perform after 由, the thing opened alone in the sentence's first clause (连接两镇的某大桥，
  今天由甲、乙剪彩通车), is titled by that thing (acttitle._opened_topic); a clock in Chinese numerals (下午五时) too
  is part of the date.
- A name printed before its title at the head of a list (甲总统、某院长乙) is no post of the next name
  (addressed.without_addressed).
- 教务长, 总务长 are titles; 其 may end a given name before a boundary (某市常务副市长某某其出席).
- A reporter heard (会议听取了甲作的关于…的说明，乙作的关于…的报告) needs no opinion word of the meeting between the
  hearing word and the name: 会议听取…汇报 会议强调，要深入贯彻某某关于…的指示 makes no speaker (participants.reporters).
- The person a headline names before the act word of the page's one headline act attends it (headlineacts).
- A day right before 即将 (为6日即将召开的某会议) is the plan's (events/plan_words.txt).
- A shared meal told after talks in the same sentence (并与代表团共进午餐) is an event of its own; speeches told
  next go to the talks.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script
from ygraph.model import Source
from ygraph.text.clean import clean


def _events(text: str, day: str = "2031-04-12") -> dict[str, tuple[str | None, set[tuple[str, str]]]]:
    return {e.title: (e.date, {(p.person, p.relation) for p in e.participants}) for e in facts(text, day).events}


def _roles(text: str, day: str = "2031-04-12") -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in facts(text, day).roles}


_TALKS = (
    "新华社江城2031年4月12日电 临江市委书记龚明远在江城会见来临江举办“江海合作系列演讲”活动的海州中心秘书长"
    "柴思雨和松岩国驻华大使阿米尔{dot}森德一行。阿米尔大使表示，愿加强合作。"
)


def test_bullet_between_characters_is_a_names_dot() -> None:
    assert ("阿米尔·森德", "松岩国驻华大使") in _roles(_TALKS.format(dot="•"))


@pytest.mark.parametrize("text", ["临江市长龚明远出席会议。\n• 相关新闻", "临江新闻 •相关"])
def test_bullet_not_between_characters_stays(text: str) -> None:
    assert "•" in clean(Source("t.txt", text, "utf-8")).text


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_talks_title_leaves_out_why_the_guests_came(script: str) -> None:
    events = _events(in_script(_TALKS.format(dot="•"), script))
    assert "龚明远会见柴思雨和阿米尔·森德一行" in events


def test_talks_title_keeps_the_words_naming_a_group() -> None:
    text = "新华社江城2031年4月12日电 临江市委书记龚明远在江城会见来临江参访的松岩国驻华使节代表团。"
    assert "龚明远会见来临江参访的松岩国驻华使节代表团" in _events(text)


def test_quoted_name_makes_no_speaker_and_first_part_names_the_guest() -> None:
    people = _events(_TALKS.format(dot="•"))["龚明远会见柴思雨和阿米尔·森德一行"][1]
    assert ("阿米尔·森德", "spoke_at") in people
    assert ("龚明远", "spoke_at") not in people  # 演讲 inside the quoted name
    assert not any(name == "阿米尔" for name, _ in people)


def test_accepting_a_banquet_is_talks_of_the_two() -> None:
    text = "新华社江城2031年4月12日电 临江省委书记龚明远今晚接受海州党荣誉主席柴思雨宴请。"
    events = _events(text)
    assert ("柴思雨", "attended") in events["龚明远接受柴思雨宴请"][1]


@pytest.mark.parametrize(
    "dateline",
    ["海州社江城9日电 ", "【湖滨报讯】据海州社江城9日电："],
)
def test_wire_day_without_its_month_dates_the_article(dateline: str) -> None:
    text = dateline + "临江省委书记龚明远今晚接受海州党荣誉主席柴思雨宴请。"
    assert _events(text, "2031-04-10")["龚明远接受柴思雨宴请"][0] == "2031-04-09"


def test_name_opening_with_its_year_keeps_it_over_a_list_items_year() -> None:
    text = (
        "湖滨日报 2031年2月24日\n2031江城灯会今晚由市长龚明远点亮主灯正式揭幕。"
        "龚明远表示，包括2029年国庆烟火、2031江城灯会都在这里举办。"
    )
    dates = [e.date for e in facts(text, "2031-02-24").events if e.title == "2031江城灯会"]
    assert dates == ["2031-02-24"]


def test_clock_is_no_part_of_a_title() -> None:
    text = "新华社江城2031年4月12日电 临江市长龚明远12日下午5时在江城举行记者会。"
    assert "龚明远举行记者会" in _events(text)


@pytest.mark.parametrize("verb", ["批准", "同意"])
def test_approval_verb_stops_the_post(verb: str) -> None:
    text = f"海州社江城2031年4月12日电 市政府周一同时{verb}江城交通局长龚明远辞职。"
    roles = _roles(text)
    assert ("龚明远", "江城交通局长") in roles
    assert not any(verb in post for _, post in roles)


def test_announced_clauses_are_the_announced_subjects() -> None:
    text = (
        "新华社江城2031年4月20日电 临江党秘书长柴思雨宣布，临江党主席龚明远将于4月26日启程赴江城，"
        "访问期间将会晤江城市长林晓峰。"
    )
    talks = [e for e in facts(text, "2031-04-20").events if e.event_type == "talks"]
    assert talks and all(("柴思雨", "attended") not in {(p.person, p.relation) for p in e.participants} for e in talks)
    assert any(("龚明远", "attended") in {(p.person, p.relation) for p in e.participants} for e in talks)


def test_same_day_after_a_day_of_its_sentence_is_that_day() -> None:
    text = "新华社江城4月20日电 临江党主席龚明远29日上午在江城大学演讲，当天下午会晤江城市长林晓峰。"
    assert _events(text, "2031-04-20")["龚明远会晤江城市长林晓峰"][0] == "2031-04-29"


@pytest.mark.parametrize(
    ("chain", "post"),
    [("党委常委、常务副校长、医学部主任", "临江大学医学部主任"), ("党委副书记、副校长、党委统战部部长", "临江大学党委统战部部长")],
)
def test_university_department_after_its_post(chain: str, post: str) -> None:
    text = f"本报讯 6月10日，临江大学{chain}龚明远出席签约仪式。"
    assert ("龚明远", post) in _roles(text, "2031-06-11")


def test_demonstrative_with_a_description_tells_the_lede_event_again() -> None:
    text = (
        "新华社江城2031年6月9日电 第五届江城博览会9日开幕，市长龚明远出席。"
        "副市长柴思雨也应邀出席这场市民共享型的工艺美术博览会。"
    )
    events = _events(text, "2031-06-09")
    assert list(events) == ["第五届江城博览会"]
    assert ("柴思雨", "attended") in events["第五届江城博览会"][1]


def test_consultation_of_two_sides_is_talks() -> None:
    text = "新华社江城2031年4月20日电 4月18日，临江市委秘书长龚明远与海州市委秘书长柴思雨就年度交流计划开展工作磋商。"
    assert _events(text, "2031-04-20")["龚明远与柴思雨磋商"][0] == "2031-04-18"


def test_pronoun_opening_a_sentence_attends() -> None:
    text = (
        "新华社江城2031年5月6日电 临江市长龚明远6日抵达江城，会见多位老朋友。"
        "当晚，他还出席了江城市长柴思雨举行的欢迎宴会。"
    )
    assert ("龚明远", "attended") in _events(text, "2031-05-06")["柴思雨举行的欢迎宴会"][1]


def test_meal_after_talks_is_its_own_event_and_speeches_go_to_the_talks() -> None:
    text = (
        "新华社江城2031年3月22日电 3月22日，海州议员柴思雨在议会大厦会见了林晓峰会长率领的临江代表团，"
        "并与代表团共进午餐。临江市副市长龚明远介绍了临江情况。"
    )
    events = _events(text, "2031-03-22")
    assert "柴思雨与代表团共进午餐" in events
    talks = next(people for title, (_, people) in events.items() if title.startswith("柴思雨会见"))
    assert ("龚明远", "spoke_at") in talks


def test_day_right_before_about_to_dates_the_plan() -> None:
    text = "新华社江城4月5日电 上述决定，也为6日即将召开的江城市五届人大六次会议作了准备。"
    assert _events(text, "2031-04-05")["江城市五届人大六次会议"][0] == "2031-04-06"


def test_bracketed_day_to_a_day_of_another_month_is_a_range() -> None:
    text = "行政长官办公室表示，行政长官龚明远明日(9月29日)至10月3日访问临江省江城市。"
    visit = [e for e in facts(text, "2031-09-28").events if e.event_type == "visit"]
    assert [(e.date, e.date_end) for e in visit] == [("2031-09-29", "2031-10-03")]


def test_next_day_after_tomorrow_counts_from_the_stated_day() -> None:
    text = (
        "行政长官办公室表示，行政长官龚明远明日(9月22日)至9月28日访问临江省江城市。"
        "龚明远明日率领代表团前赴江城，翌日出席江海合作会议第二次会议，并于9月24日出席2031年江海区域合作联席会议。"
    )
    dated = {e.title: e.date for e in facts(text, None).events}
    assert dated["2031年江海区域合作联席会议"] == "2031-09-24"
    assert [d for t, d in dated.items() if t.endswith("江海合作会议第二次会议")] == ["2031-09-23"]


def test_opening_done_by_agents_is_titled_by_what_it_opens() -> None:
    text = (
        "（海州社记者钱小禾青禾县二十七日电）连接青禾县松岩镇、临江县六斗乡的松岩大桥，今天近中午时分，"
        "由临江县长龚明远、青禾县长柴思雨及地方各界剪彩通车。"
    )
    events = _events(text, "2031-01-27")
    assert "松岩大桥通车" in events
    assert ("龚明远", "attended") in events["松岩大桥通车"][1]


def test_opening_whose_clause_names_its_doer_first_keeps_the_doer() -> None:
    text = "（海州社记者钱小禾青禾县二十七日电）松岩大桥建成。今天上午，临江县长龚明远剪彩通车。"
    assert not any(title.startswith("松岩大桥") for title in _events(text, "2031-01-27"))


def test_headline_act_is_attended_by_the_person_it_names() -> None:
    text = (
        "龚明远搭乘高铁抵达江城\n（海州社记者钱小禾江城7日电）临江前县长龚明远今天上午结束青禾行程，"
        "在松岩搭乘高铁班次，在今天下午4时32分抵达江城。这是他此次访问的最后一站。"
    )
    events = _events(text, "2031-04-07")
    assert ("龚明远", "attended") in events["龚明远搭乘高铁抵达江城"][1]


def test_name_before_its_title_is_no_post_of_the_next_name() -> None:
    text = "本报讯 2031江城灯会今晚由龚明远总统、行政院长柴思雨、交通部长钱小禾等人共同点亮。"
    roles = _roles(text, "2031-02-24")
    assert ("柴思雨", "行政院长") in roles
    assert not any(post.startswith("龚明远") for _, post in roles)


def test_what_the_meeting_stressed_after_a_hearing_makes_no_reporter() -> None:
    text = (
        "新华社江城2031年8月21日电 8月21日，临江省长龚明远主持召开省政府第五次常务会议。"
        "会议听取近期防汛工作情况的汇报 会议强调，各地要深入贯彻柴思雨主席关于防灾减灾重要指示精神。"
    )
    people = _events(text, "2031-08-22")["临江省政府第五次常务会议"][1]
    assert ("龚明远", "presided") in people
    assert ("柴思雨", "spoke_at") not in people


def test_every_report_of_a_hearings_list_makes_a_speaker() -> None:
    text = (
        "新华社江城2031年6月8日电 8日，临江市政府召开常务会议。会议听取了市发改委主任龚明远作的关于经济运行情况的说明，"
        "市财政局局长柴思雨作的关于预算执行情况的报告。"
    )
    people = _events(text, "2031-06-08")["临江市政府常务会议"][1]
    assert {("龚明远", "spoke_at"), ("柴思雨", "spoke_at")} <= people
