"""Events, roles, people and times of session 57 (invented text, invented names).

- Common wire forms: a call on the phone (通电话), a reply letter (回信), an official visit begun (展开正式访问), talks at
  a named venue (在某大会堂同某国总统甲举行会谈), an inauguration abroad (出席某国总统甲就职仪式).
- A dispatch's own day (某社某地1月10日电, 【本报驻某地记者某某十日电】) is the day its 昨日 is counted from, even on a page
  dated the day after.
- A meeting told first by its noun alone and then by its name is one meeting; a hearing at a named meeting is the
  meeting's business; a forum's round table is a session of the forum.
"""

from __future__ import annotations

from pipeline_probe import facts
from pipeline_probe import held_roles as _roles
from pipeline_probe import taking_part as _parts
from pipeline_probe import titled_events as _events


def _people(text: str, day: str | None = None) -> set[str]:
    return {p.name for p in facts(text, day).people}


def test_a_phone_call_is_talks_of_both_sides() -> None:
    text = "新华社北京2031年6月3日电 国家主席林晓峰3日应约同松岩国总统柴思远通电话。"
    found = _events(text)
    assert found["林晓峰应约同柴思远通电话"][0] == "2031-06-03"
    assert ("林晓峰应约同柴思远通电话", "柴思远", "attended") in _parts(text)
    assert ("柴思远", "松岩国总统") in _roles(text)


def test_a_reply_letter_is_a_message_sent() -> None:
    text = "新华社北京2031年6月3日电 国家主席林晓峰3日给江城大学青年学生回信，勉励他们努力学习。"
    assert ("林晓峰给江城大学青年学生回信", "林晓峰", "sent") in _parts(text)


def test_an_official_visit_begun_on_arrival_is_the_visit() -> None:
    text = "新华社江城2031年3月5日电 松岩国总理宁可心今日中午抵达江城，对临江国展开正式访问。临江省副省长林晓峰到机场迎接。"
    assert _events(text)["宁可心访问临江国"][0] == "2031-03-05"


def test_the_venue_of_talks_is_no_part_of_the_guests_post() -> None:
    text = "新华社江城2031年3月5日电 国务院总理林晓峰5日在江城大会堂同海州总理柴思远举行会谈。"
    roles = _roles(text)
    assert ("柴思远", "海州总理") in roles
    assert not any("大会堂" in post for _, post in roles)


def test_an_inauguration_abroad_is_the_new_heads_own() -> None:
    text = "新华社松岩2031年6月3日电 2日，国家副主席柴思远在松岩出席松岩国总统许文澜就职仪式。"
    assert ("许文澜就职仪式", "柴思远", "attended") in _parts(text)


def test_the_spokesperson_announcing_a_visit_takes_no_part_in_it() -> None:
    text = (
        "新华社北京2031年5月12日电 外交部发言人许文澜12日宣布：应松岩国总统柴思远邀请，"
        "国家主席林晓峰将于5月20日至24日对松岩国进行国事访问。"
    )
    parts = _parts(text)
    assert ("林晓峰访问松岩国", "林晓峰", "attended") in parts
    assert not any(person == "许文澜" for _, person, _ in parts)


def test_no_name_starts_inside_a_talk_word() -> None:
    text = "新华社江城2031年5月9日电 9日，两省在海州市召开交流座谈会。柴思雨主持座谈会，龚明远、钱小禾讲话。"
    people = _people(text)
    assert "谈会" not in people
    assert {"柴思雨", "龚明远", "钱小禾"} <= people


def test_a_dispatchs_day_counts_its_yesterday() -> None:
    wire = "某会开幕\n新华社江城1月10日电 临江省政协五届一次会议昨日上午在江城开幕。"
    assert list(_events(wire, "2031-01-11").values())[0][0] == "2031-01-09"
    own = "某会开幕\n【本报驻江城记者林晓峰十日电】临江省政协五届一次会议昨日上午在江城开幕。"
    assert list(_events(own, "2031-01-11").values())[0][0] == "2031-01-09"


def test_a_hearing_at_a_named_meeting_is_the_meetings_business() -> None:
    text = "新华社江城2031年6月3日电 省长林晓峰3日在省政府常务会议上听取省发改委主任柴思远汇报后表示，要稳定物价。"
    assert list(_events(text)) == ["省政府常务会议"]
    parts = _parts(text)
    assert ("省政府常务会议", "林晓峰", "attended") in parts
    assert ("省政府常务会议", "柴思远", "spoke_at") in parts


def test_the_opening_of_the_meeting_is_the_forums_after_a_call_on_its_guests() -> None:
    text = (
        "新华社江城2031年12月14日电 2031年12月13日，第五届江海发展专题研讨会暨首届江海论坛在江城举行。\n"
        "12月12日晚，临江省委书记柴思远会见了出席本届研讨会的各位专家。\n"
        "会议开幕式由临江省副省长许文澜主持，临江省省长钱小禾致辞。"
    )
    parts = _parts(text)
    assert ("第五届江海发展专题研讨会暨首届江海论坛", "许文澜", "presided") in parts
    assert not any(person == "柴思远" and "论坛" in title for title, person, _ in parts)


def test_a_round_table_is_a_session_of_the_forum() -> None:
    text = (
        "新华社江城2031年12月14日电 13日，第五届江海论坛在江城举行。"
        "圆桌会议由临江省副省长柴思远主持，与会者就区域合作交换意见。"
    )
    assert list(_events(text)) == ["第五届江海论坛"]
    assert ("第五届江海论坛", "柴思远", "presided") in _parts(text)


def test_a_meeting_told_by_its_noun_then_by_its_name_is_one() -> None:
    text = (
        "新华社江城2031年8月25日电 8月24日，青禾县党政代表团来江城考察交流。江城市委书记林晓峰出席联席会议并讲话，"
        "市长柴思远主持联席会议。\n在江城市——青禾县对口支援工作联席会上，双方观看了宣传片，并进行了两地高中结对签约。"
    )
    found = _events(text)
    assert "联席会议" not in found
    assert not any("签约" in title for title in found)
    parts = _parts(text)
    assert ("江城市——青禾县对口支援工作联席会", "林晓峰", "spoke_at") in parts
    assert ("江城市——青禾县对口支援工作联席会", "柴思远", "presided") in parts


def test_kinds_of_meeting_offered_are_no_event() -> None:
    text = "新华社江城2030年6月8日电 8日，临江市委召开全会。代表由各选举单位召开职工代表会议或职工大会推选产生。"
    assert len(_events(text)) == 1


def test_a_bodys_short_name_takes_the_body_printed_in_full() -> None:
    text = "临江市议会财经事务委员会昨日到青山视察排水工程。随行者有事务委员会主席柴思远和委员林晓峰。"
    roles = _roles(text, "2031-02-03")
    assert ("柴思远", "临江市议会财经事务委员会主席") in roles
    assert ("柴思远", "事务委员会主席") not in roles


def test_a_province_before_a_city_is_no_title_before_a_name() -> None:
    assert "沙市" not in _people("新华社长沙2031年9月25日电 周明远在湖南省长沙市会见客人。")
    assert ("林晓峰", "湖南省长") in _roles("新华社长沙2031年9月25日电 湖南省长林晓峰会见客人。")
