"""Visits and talks (issue 13, fifth session genre probe): invented variants of the classes fresh delegation
and foreign-meeting pages showed — a form of address or a time word glued to a visitor's name, manner words
read as names after a title, the leader of a group (甲率某团…) on its visit and on the act of the next
subjectless clause, and one report of several talks with different people kept apart."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, event_people, facts, people

# --- 先生/女士 after a name and 时 after a name end it --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "junk"),
    [
        ("临江市市长龚明远会见了海州国地方政府首席部长卡洛·森德先生率领的代表团。", "卡洛·森德", "卡洛·森德先生"),
        ("臨江市市長龔明遠會見了海州國首席部長卡洛·森德先生一行。", "卡洛·森德", "卡洛·森德先生"),
        ("江城市副市长柴思雨会见海州国文化部部长安娜·贝尔女士。", "安娜·贝尔", "安娜·贝尔女士"),
        ("江城市副市長柴思雨會見海州國文化部部長安娜·貝爾女士一行。", "安娜·贝尔", "安娜·贝尔女士"),
        # 时 after a name ends it too
        ("在会见海州国议长马克斯时，龚明远表示，愿加强合作。", "马克斯", "马克斯时"),
        ("在會見海州國議長馬克斯時，龔明遠表示，願加強合作。", "马克斯", "马克斯时"),
        ("在会见青禾国外长阿兰时，柴思雨介绍了临江情况。", "阿兰", "阿兰时"),
    ],
)
def test_a_form_of_address_or_a_time_word_ends_the_name(text: str, name: str, junk: str) -> None:
    found = people(text)
    assert name in found and junk not in found, found


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("中联部有关同志及驻海州国大使全程陪同。", "全程"),
        ("中聯部有關同志及駐海州國大使全程陪同。", "全程"),
        ("柴思雨对代表团表示欢迎，简要介绍了临江市情后，他说，临江重视交流。", "简要"),
        ("龔明遠對來賓表示歡迎，簡單介紹了江城概況。", "简单"),
        ("临江市副市长龚明远简要介绍了情况。", "简要"),
    ],
)
def test_manner_word_is_no_name(text: str, junk: str) -> None:
    found = people(text)
    assert not any(n.startswith(junk) for n in found), found


def test_manner_word_after_a_title_keeps_the_name_before() -> None:
    assert "龚明远" in people("临江市副市长龚明远简要介绍了情况。")


# --- 甲率某团…访问: the leader attends the visit; a subjectless clause after it keeps the subject ---------


@pytest.mark.parametrize(
    "text",
    [
        "应海州国民主党邀请，省委常委、省纪委书记龚明远率中国共产党友好代表团于5月12日至21日对海州国进行了正式访问。",
        "應海州國民主黨邀請，省委常委、省紀委書記龔明遠率中國共產黨友好代表團於5月12日至21日對上述兩國進行了正式友好訪問。",
        "江城市委书记、市人大常委会主任柴思雨率江城市党政代表团于5月12日至14日对临江市进行友好访问。",
    ],
)
def test_leader_attends_the_visit(text: str) -> None:
    visits = [e for e in facts(text, "2031-05-22").events if e.event_type == "visit"]
    assert visits, facts(text).events
    assert any(("龚明远" if "龚" in text or "龔" in text else "柴思雨", "attended") in event_people(e) for e in visits)


@pytest.mark.parametrize(
    ("text", "leader"),
    # these pass without the class too: they guard that 率 as a lead verb keeps the subject of the next clause
    [
        ("江城市市长柴思雨1日率百人团赴临江，参加为期3天的临江江城双城论坛。", "柴思雨"),
        ("江城市市長柴思雨1日率百人團赴臨江，參加為期3天的臨江江城雙城論壇。", "柴思雨"),
        ("临江市长龚明远5日率团抵达海州，出席海州国际博览会开幕式。", "龚明远"),
    ],
)
def test_subjectless_clause_keeps_the_leader(text: str, leader: str) -> None:
    f = facts(text, "2031-05-22")
    forums = [e for e in f.events if e.event_type in ("forum", "opening", "meeting", "other")]
    assert any((leader, "attended") in event_people(e) for e in forums), [(e.title, e.participants) for e in f.events]


@pytest.mark.parametrize(
    "text",
    [
        "临江市座谈会5日在江城举行。会议强调，以龚明远同志为首的工作组要求临江率先基本实现现代化。",
        "臨江市座談會5日在江城舉行。會議強調，以龔明遠同志為首的工作組要求臨江率先基本實現現代化。",
        "临江市座谈会5日在江城举行。龚明远所在的企业增长率达到百分之五。",
    ],
)
def test_rate_and_first_are_no_lead(text: str) -> None:
    f = facts(text, "2031-05-22")
    assert not any(p.person == "龚明远" for e in f.events for p in e.participants), f.events


# --- a bare title only a foreign government has: the name after it is read as a foreign one -------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("访海期间，龚明远拜会了副总统博伊凯，并交换了意见。", "博伊凯"),
        ("訪海期間，龔明遠拜會了副總統博伊凱，並交換了意見。", "博伊凯"),
        ("访问期间，柴思雨会见了首相维克多。", "维克多"),
        ("在海州期间，林晓峰拜会了州长奥斯卡。", "奥斯卡"),
    ],
)
def test_foreign_only_bare_title_reads_a_foreign_name(text: str, name: str) -> None:
    assert name in people(text), people(text)


def test_domestic_bare_title_stays_strict() -> None:
    assert not any(n.startswith("务实") for n in people("访问期间，龚明远会见了副市长务实合作的代表。"))


# --- 甲拜会乙；与丙举行会谈 / 甲会见乙，并与丙会谈: the second talks have the same actor -------------------

_VISIT = "新华社江城2031年5月22日电 临江省委常委龚明远率友好代表团于5月12日至21日对海州国进行了访问。"
_VISIT_T = "新華社江城2031年5月22日電 臨江省委常委龔明遠率友好代表團於5月12日至21日對海州國進行了訪問。"


@pytest.mark.parametrize(
    "text",
    [
        _VISIT + "访海期间，龚明远拜会了副总统博伊凯；与民主党主席林德举行了两党工作会谈。",
        _VISIT_T + "訪海期間，龔明遠拜會了副總統博伊凱，並交換了意見；與民主黨主席林德舉行了兩黨工作會談。",
        _VISIT + "访海期间，龚明远会见了副总统博伊凯，并与民主党主席林德举行了两党工作会谈。",
    ],
)
def test_partner_clause_after_talks_keeps_the_actor(text: str) -> None:
    talks = [e for e in facts(text, "2031-05-22").events if e.event_type == "talks"]
    second = [e for e in talks if "林德" in e.title]
    assert second and ("龚明远", "attended") in event_people(second[0]), [(e.title, e.participants) for e in talks]


# --- one report of two talks with two different people: two events after the merge ---------------------


@pytest.mark.parametrize(
    "text",
    [
        _VISIT + "访海期间，龚明远拜会了副总统博伊凯。访青期间，龚明远会见了副总统阿森。",
        _VISIT_T + "訪海期間，龔明遠拜會了副總統博伊凱。訪青期間，龔明遠會見了副總統阿森。",
        _VISIT + "访海期间，龚明远会见了首相桑伊斯。其间，龚明远还会见了首相阿森。",
    ],
)
def test_talks_with_two_counterparts_stay_two(text: str) -> None:
    from ygraph.corpus import eventmerge

    events, _ = eventmerge.merge_events([facts(text, "2031-05-22")], [])
    talks = [e.title for e in events if e.event_type == "talks"]
    assert len(talks) == 2, talks


def test_one_talks_told_twice_stays_one() -> None:
    from ygraph.corpus import eventmerge

    text = _VISIT + "访海期间，龚明远会见了副总统博伊凯。会见中，龚明远会见副总统博伊凯时表示，愿加强合作。"
    events, _ = eventmerge.merge_events([facts(text, "2031-05-22")], [])
    assert len([e for e in events if e.event_type == "talks"]) == 1


# --- 成员有N人，包括…: the members after a head count; hosts 在场迎接 a visiting group -----------------------

_GROUP = "新华社江城2031年5月22日电 临江市长龚明远率领代表团访问江城三日。"
_GROUP_T = "新華社江城2031年5月22日電 臨江市長龔明遠率領代表團訪問江城三日。"


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (_GROUP + "访问团成员有165人，包括临江集团董事长柴思雨、临江大学校长林晓峰等。", "柴思雨"),
        (_GROUP_T + "訪問團成員有165人，包括臨江集團董事長柴思雨、臨江大學校長林晓峰等。", "柴思雨"),
        (_GROUP + "代表团成员有30余人，其中包括临江大学校长林晓峰。", "林晓峰"),
    ],
)
def test_members_listed_after_a_head_count(text: str, member: str) -> None:
    visits = [e for e in facts(text, "2031-05-22").events if e.event_type == "visit"]
    assert visits and (member, "attended") in event_people(visits[0]), visits


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (_GROUP + "首站到江城规划馆，江城市委书记柴思雨、市长林晓峰在场迎接。", "柴思雨"),
        (_GROUP_T + "首站到江城規劃館，江城市委書記柴思雨、市長林晓峰在場迎接。", "柴思雨"),
        (_GROUP + "江城市委书记柴思雨到机场迎接。", "柴思雨"),
    ],
)
def test_hosts_welcoming_attend_the_visit(text: str, host: str) -> None:
    visits = [e for e in facts(text, "2031-05-22").events if e.event_type == "visit"]
    assert visits and (host, "attended") in event_people(visits[0]), visits


def test_welcoming_an_event_is_no_attendance() -> None:
    text = "新华社江城2031年5月22日电 临江市第五次代表大会22日开幕。大会是在深入学习贯彻龚明远同志讲话精神、以优异成绩迎接党的代表大会之际召开的。"
    assert not any(p.person == "龚明远" for e in facts(text, "2031-05-22").events for p in e.participants)


# --- 甲分别会见乙、丙: one host, several guests — one talks event per guest -------------------------------


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        ("新华社江城2031年5月22日电 21日，临江市长龚明远分别会见法国议长马蒂厄、法国商务部部长卡伦。", ("马蒂厄", "卡伦")),
        ("新華社江城2031年5月22日電 21日，臨江市長龔明遠分別會見了法國議長馬蒂厄、法國商務部部長卡倫。", ("马蒂厄", "卡伦")),
        ("新华社江城2031年5月22日电 21日，临江市长龚明远分别会见法国议长马蒂厄、德国外长罗兰、法国大使蒂博。", ("罗兰", "蒂博")),
    ],
)
def test_one_host_several_guests_one_talks_each(text: str, guests: tuple[str, str]) -> None:
    talks = [e for e in facts(text, "2031-05-22").events if e.event_type == "talks"]
    for guest in guests:
        own = [e for e in talks if guest in e.title]
        assert len(own) == 1 and (guest, "attended") in event_people(own[0]), [(e.title, e.participants) for e in talks]
        assert not any(other in own[0].title for other in guests if other != guest), own[0].title
        assert ("龚明远", "attended") in event_people(own[0])


# --- 会见后，双方共同签署…: the talks' two sides sign ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2031年5月22日电 21日下午，临江市市长龚明远会见了法国大区主席马蒂厄率领的代表团一行。会见后，双方共同签署了临江市与法国大区谅解备忘录。",
        "新華社江城2031年5月22日電 21日下午，臨江市市長龔明遠會見了法國大區主席馬蒂厄率領的代表團一行。會見後，雙方共同簽署了臨江市與法國大區諒解備忘錄。",
        "新华社江城2031年5月22日电 21日，临江市市长龚明远会见法国大区主席马蒂厄。会谈后，双方签署了友好合作协议。",
    ],
)
def test_both_sides_of_talks_sign(text: str) -> None:
    signings = [e for e in facts(text, "2031-05-22").events if e.event_type == "signing"]
    assert signings, facts(text).events
    assert {("龚明远", "attended"), ("马蒂厄", "attended")} <= event_people(signings[0]), signings[0].participants


def test_signing_after_a_meeting_keeps_its_own_people() -> None:
    text = "新华社江城2031年5月22日电 21日，临江江城合作联席会议在江城举行，临江市长龚明远出席。会后，双方签署了6份合作协议。"
    signings = [e for e in facts(text, "2031-05-22").events if e.event_type == "signing"]
    assert signings and ("龚明远", "attended") not in event_people(signings[0])


# --- 某国某市友城代表团来我市: the hosts' bare titles are the page's city when the guests name none of ours -----


@pytest.mark.parametrize(
    "text",
    [
        "应我市邀请，法国马赛区、德国汉诺区友城代表团40余名代表来我市参加宿迁国际友城活动。10月23日，副市长龚明远会见了代表团一行。龚明远说，宿迁高度重视国际交流。代表团感谢宿迁的接待，希望加强与宿迁市的合作。",
        "應我市邀請，法國馬賽區、德國漢諾區友城代表團40餘名代表來我市參加宿迁國際友城活動。10月23日，副市長龔明遠會見了代表團一行。龔明遠說，宿迁高度重視國際交流。代表團感謝宿迁的接待，希望加強與宿迁市的合作。",
        "应我市邀请，日本青森町友好代表团来我市访问。23日，副市长龚明远会见了代表团一行，他说，宿迁与青森町交往密切，宿迁愿加强合作。宿迁市各界欢迎客人。",
    ],
)
def test_foreign_guests_leave_the_hosts_city_to_the_page(text: str) -> None:
    assert ("龚明远", "宿迁市副市长") in claims(text), claims(text)


def test_domestic_guests_city_is_not_the_hosts() -> None:
    text = "池州市党政代表团来我市考察。23日，副市长龚明远会见了代表团一行。池州市企业代表参加。池州合作成果丰硕，池州市欢迎客人。"
    assert ("龚明远", "池州市副市长") not in claims(text), claims(text)


# --- a transliterated name after any title (某党主席舍尔顿, 某区市长布洛克) --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("访问期间，龚明远与民主党主席舍尔顿举行会谈。", "舍尔顿"),
        ("訪問期間，龔明遠會見了海濱區市長布洛克，參觀了港口。", "布洛克"),
        ("期间，龚明远会见了青山区市长萨拉，并考察了农场。", "萨拉"),
    ],
)
def test_transliterated_name_after_a_title(text: str, name: str) -> None:
    assert name in people(text), people(text)


@pytest.mark.parametrize(
    "text",
    ["临江市副市长德克表示赞同。", "江城市委书记斯特别强调安全。", "临江市市长基里出席。"],
)
def test_transliteration_needs_a_boundary_and_no_usual_reading(text: str) -> None:
    assert not any(n in ("斯特", "斯特别") for n in people(text)), people(text)


# --- a four-character name of two surnames (冠夫姓: 柴龚思雨) printed again, after a title ---------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("行政长官柴龚思雨率领代表团访问江城。柴龚思雨表示，感到十分荣幸。", "柴龚思雨"),
        ("行政長官柴龔思雨率領代表團訪問江城。期間柴龔思雨向江城市委書記龚明远介紹團員。", "柴龚思雨"),
        ("律政司司长林陈晓月出席论坛。林陈晓月致辞时说，合作前景广阔。", "林陈晓月"),
    ],
)
def test_two_surname_name_after_a_title(text: str, name: str) -> None:
    found = people(text)
    assert name in found and name[:2] not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "上海市长宁区党政代表团到访。上海市长宁区党政代表团与江城座谈。",
        "上海市長寧區黨政代表團到訪。上海市長寧區黨政代表團與江城座談。",
        "三省委书记易帅应川出席会议。",
    ],
)
def test_two_surnames_need_a_name_not_a_place_or_two_names(text: str) -> None:
    assert not any(len(n) == 4 and ("区" in n or n.startswith("易帅")) for n in people(text)), people(text)


@pytest.mark.parametrize(
    "text",
    [
        "至于总统府秘书长在人选确认前，由副秘书长柴思雨代理。",
        "至於總統府秘書長在人選確認前，由副秘書長柴思雨代理。",
        "总督府发言人龚明远表示，将加强合作。",
    ],
)
def test_a_foreign_head_going_on_into_an_office_reads_no_name(text: str) -> None:
    assert not any(n.startswith("府") for n in people(text)), people(text)


# --- a report's closing byline is no photo credit: the act before it keeps its own day ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "28日下午，临江市市长龚明远会见了法国大区主席马蒂厄一行。会见后，双方共同签署了谅解备忘录。（记者 林晓峰）",
        "28日下午，臨江市市長龔明遠會見了法國大區主席馬蒂厄一行。會見後，雙方共同簽署了諒解備忘錄。（記者 林晓峰）",
        "28日，临江市市长龚明远会见了法国大区主席马蒂厄。会谈后，双方签署了友好合作协议。（本报记者 林晓峰）",
    ],
)
def test_closing_byline_leaves_the_signing_its_talks_day(text: str) -> None:
    signings = [e for e in facts(text, "2031-10-29").events if e.event_type == "signing"]
    assert signings and signings[0].date == "2031-10-28", [(e.title, e.date) for e in signings]
