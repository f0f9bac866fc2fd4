"""Inauguration, hand-over and oath ceremonies (seventh session, cer17; docs/events.md "Ceremonies of office").
Invented text only (临江省, 江城市, 青禾县, 林晓峰, 龚明远, 柴思雨, 马一平).

1. The name of a ceremony of office is an event of type ``other``: …交接典礼, …就职典礼, …宣誓典礼, …布达典礼
   (triggers.tsv), …宣誓就职仪式 (就职 a name_word: the name walks over its 就), and a name listing the posts
   handed over (甲区及乙区区长…交接典礼, 甲局、乙局…就职典礼: ceremony_joiner).
2. One article naming its ceremony twice (县长交接典礼 … 县长就职典礼) tells one ceremony; two ceremonies whose
   names open with places of their own stay two.
3. Who is there: 监交/监誓 (由甲担任监交, 在甲监誓下) attended, 主持、监誓 presided; the old and the new holder
   handing on the seal (甲从乙手中接下印信) attended; 见证仪式的包括… attended; 宣读誓词 attended, not a speech;
   在…带领之下 is no participation.
4. Posts: 卸任某县长乙 leaves the post (change end); 甲从某县长乙手中接下印信 hands it on (rule seal_handed): a
   succession of that post on the ceremony's day; a flag handed on (接过会旗) is no post.
5. A ceremony told after the meeting reported (会后，举行了宪法宣誓仪式) is held on that meeting's day.
6. 甲、乙今日就职，仪式由丙主持: the bare 仪式 is the ceremony of that office act (就职仪式), dated by its sentence,
   presided by 丙, attended by those taking office; 主持甲、乙的宣誓就职仪式 tells the ceremony held.
"""

from __future__ import annotations

import pytest

from pipeline_probe import event_people, facts
from ygraph.corpus.people import successions
from ygraph.model import Event, RoleClaim

DAY = "2031-05-14"


def _events(text: str) -> dict[str, Event]:
    return {e.title: e for e in facts(text, DAY).events}


def _only(text: str) -> Event:
    found = facts(text, DAY).events
    assert len(found) == 1, [e.title for e in found]
    return found[0]


def _successions(text: str) -> set[tuple[str, str, str, str]]:
    roles = sorted(
        (r for r in facts(text, DAY).roles if not r.bare),
        key=lambda r: (r.person, r.position, r.date or "", r.provenance.file, r.provenance.span_start),
    )
    return {(s.position, s.before, s.after, s.after_first_seen) for s in successions(roles)[0]}


def _changes(text: str) -> set[tuple[str, str, str]]:
    return {(r.person, r.position, r.change) for r in facts(text, DAY).roles if isinstance(r, RoleClaim)}


# --- 1. names of ceremonies ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("本报讯 青禾县12日上午举行第9届县长交接典礼，新任县长林晓峰致辞。", "第9届县长交接典礼", "2031-05-12"),
        ("本報訊 青禾縣12日上午舉行第9屆縣長交接典禮，新任縣長林曉峰致詞。", "第9届县长交接典礼", "2031-05-12"),
        ("本报讯 江城海事局局长布达交接暨宣誓典礼13日在江城举行。", "江城海事局局长布达交接暨宣誓典礼", "2031-05-13"),
        ("本報訊 江城海事局局長布達交接暨宣誓典禮13日在江城舉行。", "江城海事局局长布达交接暨宣誓典礼", "2031-05-13"),
        ("本报讯 临江市第5届市长宣誓就职典礼10日在市文化中心隆重举行。", "临江市第5届市长宣誓就职典礼", "2031-05-10"),
        ("本报讯 11日，江城市人民政府副市长宣誓就职仪式在市政府举行。", "江城市人民政府副市长宣誓就职仪式", "2031-05-11"),
        ("本報訊 11日，江城市人民政府副市長宣誓就職儀式在市政府舉行。", "江城市人民政府副市长宣誓就职仪式", "2031-05-11"),
        ("本报讯 江城市政府今(14)日举行东城区及西城区区长布达暨宣誓交接典礼。", "东城区及西城区区长布达暨宣誓交接典礼", DAY),
        ("本報訊 江城市政府今(14)日舉行東城區及西城區區長布達暨宣誓交接典禮。", "东城区及西城区区长布达暨宣誓交接典礼", DAY),
        ("本报讯 江城市政府今日举行水务局、交通局及卫生局新旧局长交接就职典礼。", "水务局、交通局及卫生局新旧局长交接就职典礼", DAY),
    ],
)
def test_a_ceremony_of_office_is_an_event(text: str, title: str, date: str) -> None:
    event = _only(text)
    assert (event.title, event.event_type, event.date) == (title, "other", date)


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 海州、松岩双城论坛是由两地旅游部门2024年共同发起，之后每年轮流举办。",
        "本報訊 江城、青禾雙城論壇是由兩地商會2023年聯手創辦，之後每年輪流舉辦。",
        "本报讯 青禾及白沙两县合作论坛是由两县2020年共同发起，此后逐年举行。",
    ],
)
def test_the_joiners_of_a_ceremonys_posts_join_no_other_name(text: str) -> None:
    """Read over 、/及, the name of a forum only recalled (…双城论坛是由…促成) would be a new event of that year."""
    assert facts(text, DAY).events == ()


# --- 2. one ceremony, named twice --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 青禾县12日上午举行第9届县长交接典礼。县长就职典礼上午9时在县礼堂举行，立委马一平到场观礼。",
        "本報訊 青禾縣12日上午舉行第9屆縣長交接典禮。縣長就職典禮上午9時在縣禮堂舉行，立委馬一平到場觀禮。",
        "本报讯 青禾县第9届县长宣誓就职典礼12日上午在县礼堂举行。第9届青禾县长宣誓就职暨交接典礼由柴思雨主持。",
        "本报讯 江城市政府今日举行水务局、交通局及卫生局新旧局长交接就职典礼。江城市政府今日举行水务局长、交通局长及卫生局长就职典礼，龚明远监誓。",
    ],
)
def test_one_ceremony_named_twice_is_one_event(text: str) -> None:
    event = _only(text)
    assert event.date == ("2031-05-12" if "12日" in text else DAY)


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 12日，青禾县县长就职典礼在县礼堂举行。同日，白沙县县长就职典礼在县政府举行。",
        "本報訊 12日，青禾縣縣長就職典禮在縣禮堂舉行。同日，白沙縣縣長就職典禮在縣政府舉行。",
        "本报讯 12日，东城区区长交接典礼举行。同日，西城区区长交接典礼举行。",
    ],
)
def test_two_places_two_ceremonies(text: str) -> None:
    assert len(facts(text, DAY).events) == 2


# --- 3. who is there ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "本报讯 青禾县12日上午举行第9届县长交接典礼，由临江省民政厅厅长柴思雨担任监交，立委马一平到场观礼。",
            {("柴思雨", "attended"), ("马一平", "attended")},
        ),
        (
            "本報訊 青禾縣12日上午舉行第9屆縣長交接典禮，由臨江省民政廳廳長柴思雨擔任監交，立委馬一平到場觀禮。",
            {("柴思雨", "attended"), ("马一平", "attended")},
        ),
        (
            "本报讯 第9届青禾县长宣誓就职暨交接典礼12日上午在县礼堂举行，由临江省主计总处主计长柴思雨主持、监誓，"
            "新任青禾县长林晓峰从卸任县长龚明远手中接过县印。",
            {("柴思雨", "presided"), ("柴思雨", "attended"), ("林晓峰", "attended"), ("龚明远", "attended")},
        ),
        (
            "本報訊 第9屆青禾縣長宣誓就職暨交接典禮12日上午在縣禮堂舉行，由臨江省主計總處主計長柴思雨主持、監誓，"
            "新任青禾縣長林曉峰從卸任縣長龔明遠手中接過縣印。",
            {("柴思雨", "presided"), ("柴思雨", "attended"), ("林晓峰", "attended"), ("龚明远", "attended")},
        ),
        (
            "本报讯 江城市政府今日举行交通局长就职典礼，新任交通局长林晓峰在市长龚明远监誓下，完成宣誓就职仪式。",
            {("林晓峰", "attended"), ("龚明远", "attended")},
        ),
        (
            "本報訊 江城市政府今日舉行交通局長就職典禮，新任交通局長林曉峰在市長龔明遠監誓下，完成宣誓就職儀式。",
            {("林晓峰", "attended"), ("龚明远", "attended")},
        ),
    ],
)
def test_supervisors_and_holders_attend(text: str, expected: set[tuple[str, str]]) -> None:
    assert event_people(_only(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 14日上午，江城市副市长宣誓就职仪式在市政府举行。副市长林晓峰、柴思雨宣读誓词。见证仪式的包括临江省民政厅厅长龚明远、江城大学校长马一平等。",
        "本報訊 14日上午，江城市副市長宣誓就職儀式在市政府舉行。副市長林曉峰、柴思雨宣讀誓詞。見證儀式的包括臨江省民政廳廳長龔明遠、江城大學校長馬一平等。",
        "新华社江城2031年5月14日电 江城市副市长宣誓就职仪式14日上午举行。副市长林晓峰、柴思雨宣读誓词。见证仪式的包括临江省民政厅厅长龚明远、江城大学校长马一平等。",
    ],
)
def test_oath_takers_and_witnesses_attend(text: str) -> None:
    people = event_people(_only(text))
    assert {("林晓峰", "attended"), ("柴思雨", "attended"), ("龚明远", "attended"), ("马一平", "attended")} <= people
    assert not any(relation == "spoke_at" for _, relation in people)  # reading the oath is no speech


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 江城市政府今日举行交通局长就职典礼。龚明远表示，原交通局长柴思雨卸任，期盼在新局长带领之下业务更上一层楼。",
        "本報訊 江城市政府今日舉行交通局長就職典禮。龔明遠表示，原交通局長柴思雨卸任，期盼在新局長帶領之下業務更上一層樓。",
        "本报讯 江城市政府今日举行交通局长就职典礼。龚明远表示，原交通局长柴思雨卸任，相信在新局长带领下业务更上一层楼。",
    ],
)
def test_under_someones_lead_is_no_participation(text: str) -> None:
    assert not any(person == "柴思雨" for person, _ in event_people(_only(text)))


# --- 4. posts handed on -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("本报讯 青禾县12日举行县长交接典礼，青禾县长林晓峰从卸任青禾县长龚明远的手中接下印信。", "青禾县长"),
        ("本報訊 青禾縣12日舉行縣長交接典禮，青禾縣長林曉峰從卸任青禾縣長龔明遠的手中接下印信。", "青禾县长"),
        ("本报讯 青禾县12日举行县长交接典礼，新任青禾县长林晓峰从青禾县长龚明远手中接过县府印信。", "青禾县长"),
        ("本報訊 江城海事局12日舉行局長交接典禮。為表彰卸任江城海事局局長龔明遠的貢獻，頒授獎章。新任江城海事局局長林曉峰表示，將繼續努力。", "江城海事局局长"),
        ("本报讯 江城海事局12日举行局长交接典礼。为表彰卸任江城海事局局长龚明远的贡献，颁授奖章。新任江城海事局局长林晓峰表示，将继续努力。", "江城海事局局长"),
    ],
)
def test_a_hand_over_is_a_succession_on_its_day(text: str, post: str) -> None:
    assert _successions(text) == {(post, "龚明远", "林晓峰", "2031-05-12")}
    assert ("龚明远", post, "end") in _changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 12日，临江市运动会闭幕，临江市长林晓峰从海州市长龚明远手中接过会旗。",
        "本報訊 12日，臨江市運動會閉幕，臨江市長林曉峰從海州市長龔明遠手中接過會旗。",
        "本报讯 12日，临江市长林晓峰从海州市长龚明远手中接下钥匙。",
    ],
)
def test_a_flag_handed_on_is_no_post(text: str) -> None:
    assert _successions(text) == set()
    assert not any(change == "end" for _, _, change in _changes(text))


# --- 5. after the meeting ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "本报讯 8日，江城市人大常委会第九次会议召开。主任龚明远主持会议。会议决定任命林晓峰为江城市副市长。"
            "林晓峰作供职发言。龚明远向林晓峰颁发任命书。会后，举行了宪法宣誓仪式。",
            "2031-05-08",
        ),
        (
            "本報訊 12日，海州市人大常委會第三次會議舉行。主任柴思雨主持會議。會議表決通過了人事任免事項。"
            "馬一平作供職報告。柴思雨向馬一平頒發任命書。會議結束後，舉行了憲法宣誓儀式。",
            "2031-05-12",
        ),
        (
            "本报讯 9日，青禾县人大常委会第四次会议召开。会议听取了有关报告。会议表决通过了任免事项。"
            "县人大常委会主任马一平讲话。会议还审议了其他事项。会后，举行宪法宣誓仪式。",
            "2031-05-09",
        ),
    ],
)
def test_a_ceremony_after_the_meeting_is_on_its_day(text: str, day: str) -> None:
    assert _events(text)["宪法宣誓仪式"].date == day


# --- 6. a bare ceremony after the act ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 江城市交通局局长林晓峰及副局长柴思雨今日就职，仪式由副市长龚明远主持。龚明远在就职仪式上表示，要团结同事。",
        "本報訊 江城市交通局局長林曉峰及副局長柴思雨今日就職，儀式由副市長龔明遠主持。龔明遠在就職儀式上表示，要團結同事。",
        "本报讯 江城市交通局局长林晓峰、副局长柴思雨今日宣誓就职，仪式由副市长龚明远主持并监誓。",
    ],
)
def test_the_ceremony_of_the_act_told_before(text: str) -> None:
    event = _only(text)
    assert event.title.endswith("就职仪式") and event.date == DAY
    assert {("龚明远", "presided"), ("林晓峰", "attended"), ("柴思雨", "attended")} <= event_people(event)


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 临江市长龚明远14日上午在市政府主持交通局局长林晓峰、水利局局长柴思雨的宣誓就职仪式。",
        "本報訊 臨江市長龔明遠14日上午在市政府主持交通局局長林曉峰、水利局局長柴思雨的宣誓就職儀式。",
        "本报讯 另外，临江市长龚明远今日在市政府主持交通局局长林晓峰及水利局局长柴思雨的宣誓就职仪式。",
    ],
)
def test_presiding_over_the_oath_of_named_holders(text: str) -> None:
    event = _only(text)
    assert event.title == "宣誓就职仪式" and ("龚明远", "presided") in event_people(event)
    assert ("林晓峰", "交通局局长") in {(r.person, r.position) for r in facts(text, DAY).roles}  # 主持 is no post's


def test_an_office_act_with_no_ceremony_is_no_event() -> None:
    assert facts("本报讯 林晓峰自2029年宣誓就职以来，走遍全县。", DAY).events == ()


# --- 7. the post the new holder held before ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        ("新任江城市卫生局局长柴思雨则原为江城市人民医院副院长。", "江城市卫生局局长", "江城市人民医院副院长"),
        ("本報訊 江城市政府今日舉行局長就職典禮。新任江城市交通局局長林曉峰原任江城市交通局副局長，業務嫻熟。", "江城市交通局局长", "江城市交通局副局长"),
        ("本报讯 新任江城市水务局局长马一平原是江城市水务局总工程师。", "江城市水务局局长", "江城市水务局总工程师"),
        ("本報訊 新任江城市水務局局長馬一平原是江城市水務局總工程師。", "江城市水务局局长", "江城市水务局总工程师"),
    ],
)
def test_the_new_holders_earlier_post_is_past(text: str, new: str, old: str) -> None:
    roles = {(r.position, r.change, r.date) for r in facts(text, DAY).roles}
    assert (new, "start") in {(p, c) for p, c, _ in roles}
    assert (old, "past", None) in roles  # held before: no date of the article's


# --- 8. an oath taken before the one administering it --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 江城市第九届市议会全体议员今在市文化中心宣誓就职，由市长龚明远监誓。",
        "本報訊 江城市第九屆市議會全體議員今在市文化中心宣誓就職，由市長龔明遠監誓。",
        "本报讯 14日，青禾县新一届县议会全体议员在县礼堂宣誓就职，由县长龚明远监誓。",
    ],
)
def test_an_oath_administered_is_an_event(text: str) -> None:
    event = _only(text)
    assert event.title.endswith("宣誓就职") and event.date == DAY and ("龚明远", "attended") in event_people(event)


def test_two_oaths_in_two_places_stay_two() -> None:
    """The assembly's oath and, in another place, the secretaries' oath ceremony named twice: two events."""
    text = (
        "本报讯 江城市第九届市议会全体议员今在市文化中心宣誓就职，由市长龚明远监誓。"
        "此外，龚明远市长今日上午在市府大楼主持水务局局长钱小禾的宣誓就职仪式。"
        "宣誓就职仪式9时半开始，在龚明远监誓下，钱小禾宣读誓词。"
    )
    found = _events(text)
    assert len(found) == 2 and ("钱小禾", "attended") in event_people(found["宣誓就职仪式"])


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 林晓峰2029年12月20日宣誓就职。",
        "本報訊 林曉峰2029年12月20日宣誓就職，任期四年。",
        "本报讯 14日，江城市议会全体议员宣誓就职。",
    ],
)
def test_an_oath_without_its_ceremony_is_no_event(text: str) -> None:
    assert facts(text, DAY).events == ()
