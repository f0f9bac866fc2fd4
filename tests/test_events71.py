"""Events, roles, dates and people of session 61 (invented text, invented names).

- Meetings: a festival's 团拜会, two meetings of one body printed as a pair (甲政府党组会议和常务会议), a venue that is a
  hall inside a centre, officials come to announce a personnel decision; an act that is what a report is about is no
  event.
- Places: a venue named after its province keeps the province (浙江宾馆).
- Dates: 昨(十五)日 printed on a page of the 15th makes the story's later 昨日 that day too.
- Roles: a host's bare post in the clause after the visit takes the host's place (至某县政府拜访，与县长乙交流); a titled
  list goes on over a minority name of four or five characters; the mainland's bare national posts on a page that
  names a country only as a treaty party or a visit's goal; a college's own page (我校) gives its bare posts to the
  college its body names; a congress's officers adopted by its preparatory meeting (通过甲为大会秘书长).
- People: a name whose surname the vocabulary lacks, opening two sentences before 同志.
"""

from __future__ import annotations

from pipeline_probe import facts
from pipeline_probe import held_roles as _roles
from pipeline_probe import taking_part as _parts
from pipeline_probe import titled_events as _events

DAY = "2031-02-12"


def _people(text: str, day: str | None = DAY) -> set[str]:
    return {p.name for p in facts(text, day).people}


def test_a_festivals_tuanbaihui_is_a_meeting_and_a_groups_call_is_not_one() -> None:
    text = "新华社江城2月12日电 昨天(11日)上午，2031年临江市春节团拜会在江城饭店举行。市长龚明远主持。"
    assert _events(text, DAY)["2031年临江市春节团拜会"][0] == "2031-02-11"
    assert ("2031年临江市春节团拜会", "龚明远", "presided") in _parts(text, DAY)
    call = "新华社江城2月12日电 11日，松岩县议员团拜会江城市长龚明远。"
    assert set(_events(call, DAY)) == {"松岩县议员团拜会江城市长龚明远"}  # the call, no 团拜会 gathering


def test_a_venue_named_after_its_province_keeps_it() -> None:
    text = "新华社江城2月12日电 11日上午，临江市座谈会在浙江宾馆举行。"
    assert _events(text, DAY)["临江市座谈会"][1] == "浙江宾馆"
    inland = "新华社江城2月12日电 11日上午，临江市座谈会在浙江杭州举行。"
    assert _events(inland, DAY)["临江市座谈会"][1] == "杭州"


def test_two_meetings_of_one_body_printed_as_a_pair_are_two_events() -> None:
    from ygraph.events.titlematch import kinds_apart  # here: the start code had no such check

    text = "新华社江城4月19日电 4月18日，临江市长林晓峰主持召开市政府党组会议和常务会议，部署春耕。"
    events = _events(text, "2031-04-19")
    assert events["市政府常务会议"][0] == "2031-04-18"
    assert len(events) == 2
    assert kinds_apart("临江省政府党组会议", "临江省政府常务会议")
    assert not kinds_apart("临江省政府党组会议", "临江省政府党组扩大会议")  # one kind inside the other
    assert not kinds_apart("临江省政府常务会议", "临江省政府第5次常务会议")


def test_a_hall_inside_a_centre_is_the_venue_not_the_meetings_name() -> None:
    text = "新华社江城2月27日电 26日午后，中国共产党临江市第五次代表大会在江城会展中心东湖剧场举行预备会议。"
    assert set(_events(text, "2031-02-27")) == {"中国共产党临江市第五次代表大会预备会议"}


def test_officials_come_to_announce_a_personnel_decision_hold_a_meeting() -> None:
    text = (
        "2031年11月1日下午，临江大学副校长林晓峰等人到学院宣布干部任职决定，班子成员参加会议。"
        "柴思远主持会议。"
    )
    assert ("林晓峰等人到学院宣布干部任职", "柴思远", "presided") in _parts(text, None)


def test_an_act_a_report_is_about_is_no_event() -> None:
    text = (
        "新华社北京10月31日电 全国人大常委会本次会议今天下午闭幕，林晓峰委员长主持。"
        "上午,各组审议了有关议案,林晓峰委员长出访南非、智利两国情况的书面报告。"
    )
    assert not any("出访" in t for t in _events(text, "2031-10-31"))
    released = "新华社江城3月5日电 江城市人大会议5日开幕。大会印发了江城市政府关于2030年预算执行情况的报告。"
    assert "江城市人大会议" in _events(released, "2031-03-05")


def test_a_writers_yesterday_printed_with_its_day_holds_for_the_storys_later_yesterday() -> None:
    text = (
        "2031-09-15 13:23 柴思远 报导\n"
        "海州省松岩县副县长林晓峰昨(十五)日率团拜访临江县政府，同县长龚明远座谈。\n"
        "松岩县参访团昨日又拜会了临江县议会议长宁可心。"
    )
    dates = {date for date, _ in _events(text, None).values()}
    assert dates == {"2031-09-15"}
    plain = "2031-09-15 13:23 柴思远 报导\n松岩县参访团昨日拜会了临江县议会议长宁可心。"
    assert {date for date, _ in _events(plain, None).values()} == {"2031-09-14"}


def test_a_hosts_bare_post_in_the_clause_after_the_visit_is_the_hosts() -> None:
    text = "海州省松岩县副县长柴思远昨日带领农业局局长林晓峰等参访人员至临江县政府拜访，与县长龚明远进行座谈。"
    roles = _roles(text, "2031-09-15")
    assert ("龚明远", "临江县长") in roles
    assert ("龚明远", "松岩县长") not in roles


def test_a_titled_list_goes_on_over_a_minority_name() -> None:
    text = "新华社江城10月31日电 出席会议的有临江省政协副主席林晓峰、柴思远、萨仁其木格、宁可心、许文澜。"
    roles = _roles(text, "2031-10-31")
    assert {("萨仁其木格", "临江省政协副主席"), ("许文澜", "临江省政协副主席")} <= roles
    words = "新华社北京10月31日电 临江省副省长林晓峰、柴思远、其他同志、宁可心出席会议。"
    assert "其他同志" not in _people(words, "2031-10-31")


def test_a_countrys_treaty_or_visit_leaves_the_bare_national_posts_the_mainlands() -> None:
    text = (
        "新华社北京10月31日电 全国人大常委会本次会议今天闭幕，林晓峰委员长主持。"
        "会议批准了我国同智利签订的引渡条约，还审议了林晓峰委员长出访南非等国情况的书面报告。"
    )
    assert ("林晓峰", "全国人大常委会委员长") in _roles(text, "2031-10-31")
    foreign = (
        "新华社万象11月13日电 柴思远抵达万象，受到老挝党中央政治局委员、副总理宁可心等热情迎接。"
        "宁可心副总理表示欢迎。国务院有关部门负责人陪同。"
    )
    assert ("宁可心", "国务院副总理") not in _roles(foreign, "2031-11-13")


def test_a_colleges_own_page_gives_its_bare_posts_to_the_college() -> None:
    text = (
        "12月15日下午，我校与青禾县人民政府合作签约仪式在青禾举行。校党委书记、校长林晓峰，党委常委、副校长柴思远"
        "出席活动。临江工程学院将与青禾县携手发展，青禾县欢迎临江工程学院的团队。"
    )
    roles = _roles(text, "2031-12-15")
    assert {("林晓峰", "临江工程学院党委书记"), ("林晓峰", "临江工程学院校长"), ("柴思远", "临江工程学院副校长")} <= roles
    named_once = text.replace("，青禾县欢迎临江工程学院的团队", "")
    assert ("林晓峰", "临江工程学院校长") not in _roles(named_once, "2031-12-15")


def test_a_congresss_officers_adopted_by_its_preparatory_meeting() -> None:
    text = (
        "2月26日下午，中国共产党临江市第五次代表大会举行预备会议。会议通过林晓峰为大会秘书长；"
        "通过柴思远、宁可心为大会副秘书长。"
    )
    roles = _roles(text, "2031-02-27")
    assert ("林晓峰", "中国共产党临江市第五次代表大会秘书长") in roles
    assert ("宁可心", "中国共产党临江市第五次代表大会副秘书长") in roles


def test_a_name_with_an_unknown_surname_opening_two_sentences_before_tongzhi() -> None:
    twice = "2月26日，临江市第五次党代会举行预备会议。代青禾同志主持会议。当晚，大会主席团会议举行。代青禾同志主持会议。"
    assert "代青禾" in _people(twice, "2031-02-27")
    once = "2月26日，临江市第五次党代会举行预备会议。代青禾同志主持会议。"
    assert "代青禾" not in _people(once, "2031-02-27")


def test_a_county_printed_only_before_its_congress_is_the_pages() -> None:
    text = (
        "昨日上午，县九届人大常委会举行第12次会议，县人大常委会副主任林晓峰，副主任柴思远到会。"
        "会议还决定淳安县第十届人民代表大会第一次会议3月10日开幕。"
    )
    roles = _roles(text, "2031-01-01")
    assert {("林晓峰", "淳安县人大常委会副主任"), ("柴思远", "淳安县人大常委会副主任")} <= roles


def test_two_governments_holding_a_signing_ceremony_name_it() -> None:
    text = "新华社江城2031年9月17日电 昨天，临江县人民政府与青禾市人民政府举行了签约仪式。县长林晓峰出席签约仪式。"
    assert _events(text, None)["临江县人民政府与青禾市人民政府签约仪式"][0] == "2031-09-16"
    long_clause = "新华社江城2031年9月17日电 9月16日，临江县人民政府有关部门负责同志与青禾市各界代表举行签约仪式。"
    assert not any(t.startswith("临江县人民政府有关部门") for t in _events(long_clause, None))


def test_an_act_word_inside_a_commissions_name_is_no_act() -> None:
    text = (
        "新华社江城2031年10月27日电 26日，中国共产党青禾县第十三次代表大会开幕。"
        "县纪委书记柴思远代表上届县纪律检查委员会向大会报告工作。"
    )
    assert set(_events(text, None)) == {"中国共产党青禾县第十三次代表大会"}
    assert ("中国共产党青禾县第十三次代表大会", "柴思远", "spoke_at") in _parts(text, None)
