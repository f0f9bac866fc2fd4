"""Personnel-notice classes of the fifth session's notice probe (tests/data/realnote2, studied half), on
invented text in Simplified and Traditional script: hand-over forms with an adverb or a comma before the new
holder, a decision's second clause that is no post, a duty printed between an organisation and its title,
a removal going on with 不再担任, a name running into a career verb, personnel lists that release nothing,
photo credits that start no title, and who speaks at a session (表态发言, 他表示)."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, event_people, facts, people

# A post handed on: 某职(将/已)由<title><name>接任/担任, 某职，<title><name>接任, after a colon; the new holder
# gets the post (and keeps the title printed before the name).
HANDOVER = [
    ("行政院宣布人事异动。临江部长将由现任临江部次长龚明远接任。", "龚明远", "临江部长"),
    ("行政院宣布人事異動。臨江部長將由現任臨江部次長龔明遠接任。", "龚明远", "临江部长"),
    ("内阁名单公布，江城发展委员会主委将由青禾大学教授柴思雨担任。", "柴思雨", "江城发展委员会主委"),
    ("內閣名單公布，包括：海州文化部長將由海州市副市長林曉峰接任。", "林晓峰", "海州文化部长"),
    ("内阁改组。江城科技部长，由临江大学校长钱小禾接任。", "钱小禾", "江城科技部长"),
    ("內閣改組。青禾農業部長，青禾縣長宁可心接任。", "宁可心", "青禾农业部长"),
    ("人事调整。海州侨务委员会副委员长龚明远将接任海州行政院副秘书长。", "龚明远", "海州行政院副秘书长"),
]


@pytest.mark.parametrize(("text", "person", "post"), HANDOVER)
def test_handover_gives_the_post(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# 新任<bare post>由…接任: the post is the organisation's printed with that head earlier in the sentence; a
# predecessor printed with it, without a change, hands it on (a succession).
NEW_HOLDER = [
    ("临江退辅会主委柴思雨另有任用，新任主委由临江大学教授龚明远接任。", "龚明远", "临江退辅会主委"),
    ("臨江退輔會主委柴思雨另有任用，新任主委由臨江大學教授龔明遠接任。", "龚明远", "临江退辅会主委"),
    ("江城海委会主委林晓峰另有任用，新任主委由江城海委会副主委钱小禾接任。", "钱小禾", "江城海委会主委"),
]


@pytest.mark.parametrize(("text", "person", "post"), NEW_HOLDER)
def test_new_holder_of_a_bare_post(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "宣布中央决定：龚明远同志不再兼任临江省委书记、常委、委员职务，柴思雨同志任临江省委委员、常委、书记。",
        "宣布中央決定：龔明遠同志不再兼任臨江省委書記、常委、委員職務，柴思雨同志任臨江省委委員、常委、書記。",
        "宣布省委决定：林晓峰同志不再担任江城市委书记、常委职务，钱小禾同志任江城市委常委、书记。",
    ],
)
def test_a_second_clause_with_its_own_name_is_no_post_of_the_first(text: str) -> None:
    """…职务，乙同志任某职: the piece after the comma names another person (同志), no post of the first."""
    first = {post for person, post in claims(text) if person in ("龚明远", "林晓峰")}
    assert first and not any("同志" in post for post in first)
    second = {post for person, post in claims(text) if person in ("柴思雨", "钱小禾")}
    assert any(post.endswith("书记") for post in second)


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("中央组织部分管日常工作的副部长龚明远宣布中央决定。", "龚明远", "中央组织部副部长"),
        ("臨江省分管日常工作的副省長柴思雨出席會議。", "柴思雨", "临江省副省长"),
        ("江城市负责农业工作的副市长林晓峰陪同考察。", "林晓峰", "江城市副市长"),
    ],
)
def test_a_duty_between_organisation_and_title(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


def test_a_duty_after_a_person_names_no_organisation() -> None:
    """甲分管某工作的副市长乙: 甲 is a person, not the organisation of 乙's post."""
    assert not any(post.startswith("龚明远") for _, post in claims("龚明远分管农业的副市长柴思雨出席会议。"))


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("宣布省委决定：免去龚明远临江市委书记、常委职务，不再担任临江市人大常委会主任，另有任用。", "龚明远", "临江市人大常委会主任"),
        ("宣布省委決定：免去柴思雨江城市委書記職務，不再擔任江城市人大常委會主任職務。", "柴思雨", "江城市人大常委会主任"),
        ("会议决定免去林晓峰的青禾县县长职务，不再兼任青禾新区管委会主任。", "林晓峰", "青禾新区管委会主任"),
    ],
)
def test_a_removal_going_on_with_buzai_danren(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "临江市委书记林晓强出席会议。2015年5月，林晓强调任江城市委常委、青禾市委书记。",
        "臨江市委書記林曉強出席會議。2015年5月，林曉強調任江城市委常委、青禾市委書記。",
        "临江市长龚志强出席会议。2012年，龚志强调任江城市委常委、青禾市委书记。",
    ],
)
def test_a_name_ending_before_a_career_verb(text: str) -> None:
    """某某强调任某职: 强 ends the name and 调任 is the career verb; no name is cut before 强调."""
    found = people(text)
    assert all(len(name) == 3 for name in found), found
    assert any(post.endswith("青禾市委书记") for _, post in claims(text))


def test_qiangdiao_renhe_is_still_speech() -> None:
    """强调任何: the speech verb after all (word_uses.tsv career_overlap_not)."""
    assert "龚明远" in people("会上，龚明远强调任何单位不得推诿。")


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2031年4月28日电 临江行政院28日公布内阁异动名单，共十六人。",
        "新華社江城2031年4月28日電 臨江行政院28日公布十六位新閣員異動，包括十個機關。",
        "新华社江城2031年4月28日电 28日，临江中央公布第五届政府的主要官员名单。",
    ],
)
def test_a_personnel_list_releases_no_document(text: str) -> None:
    assert not facts(text).events


def test_a_document_published_is_still_a_release() -> None:
    assert facts("新华社江城2031年4月28日电 28日，临江市政府公布《临江市交通发展规划》。").events


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("林晓峰升任部长。本报资料照片\n\n疾管署长柴思雨出席。", "柴思雨", "疾管署长"),
        ("林曉峰升任部長。本報資料照片\n\n疾管署長柴思雨出席會議。", "柴思雨", "疾管署长"),
        ("会议在江城举行。资料图\n水务署长龚明远出席。", "龚明远", "水务署长"),
    ],
)
def test_a_photo_credit_line_starts_no_title(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


SESSION = (
    "新华社江城2031年4月28日电 13日，临江县十七届人大常委会召开第二十八次会议。县人大常委会副主任林晓峰主持会议，"
    "副主任钱小禾参加会议。会议决定任命龚明远同志为临江县人民政府副县长、代理县长。"
)
SESSION_TRAD = (
    "新華社江城2031年4月28日電 13日，臨江縣十七屆人大常委會召開第二十八次會議。縣人大常委會副主任林曉峰主持會議，"
    "副主任錢小禾參加會議。會議決定任命龔明遠同志為臨江縣人民政府副縣長、代理縣長。"
)


@pytest.mark.parametrize(
    "text",
    [
        SESSION + "在表态发言中，龚明远对县人大常委会的信任表示感谢。他表示将努力工作。",
        SESSION_TRAD + "在表態發言中，龔明遠對縣人大常委會的信任表示感謝。他表示將努力工作。",
        SESSION + "在发言中，龚明远对全县人民表示感谢。他表示将恪尽职守。",
    ],
)
def test_the_newcomer_speaks_and_the_presider_does_not(text: str) -> None:
    """在表态发言中，某某…表示: a floor opening (word_uses.tsv floor); 他 is the person named last, not the
    presider named sentences before."""
    (event,) = [e for e in facts(text).events if "人大常委会" in e.title]
    parts = event_people(event)
    assert ("龚明远", "spoke_at") in parts
    assert ("林晓峰", "spoke_at") not in parts
    assert ("林晓峰", "presided") in parts


@pytest.mark.parametrize(
    "text",
    [
        "新华社江城2031年3月21日电 21日，临江省召开领导干部大会，柴思雨主持会议并讲话。柴思雨说，我始终牢记林晓峰总书记的教诲。"
        "五年来，在以林晓峰同志为核心的党中央坚强领导下，省委团结带领全省干部群众奋斗。",
        "新華社江城2031年3月21日電 21日，臨江省召開領導幹部大會，柴思雨主持會議並講話。柴思雨說，我始終牢記林曉峰總書記的教誨。"
        "五年來，在以林曉峰同志為核心的黨中央堅強領導下，省委團結帶領全省幹部群眾奮鬥。",
        "新华社江城2031年3月21日电 21日，临江省召开领导干部大会，柴思雨主持会议并讲话。柴思雨说，我们牢记林晓峰总书记的嘱托。"
        "会议要求，深入贯彻林晓峰总书记重要指示精神，团结带领全省干部群众奋斗。",
    ],
)
def test_a_name_inside_a_stock_phrase_takes_part_in_nothing(text: str) -> None:
    """以某某同志为核心的党中央, 某某总书记重要指示精神 (events/patterns.tsv slogan): no one led there."""
    (event,) = facts(text).events
    names = {person for person, _ in event_people(event)}
    assert "柴思雨" in names
    assert "林晓峰" not in names


@pytest.mark.parametrize(
    "text",
    [
        "为表彰卸任临江海巡总局总局长柴思雨的贡献，署长颁授奖章。",
        "為表彰卸任臨江海巡總局總局長柴思雨的貢獻，署長頒授獎章。",
        "会议感谢离任江城市交通局局长柴思雨的工作。",
    ],
)
def test_leaving_words_are_no_part_of_a_post(text: str) -> None:
    """卸任/离任 before a post (prefix_stops.txt): the post starts after them."""
    posts = {post for person, post in claims(text) if person == "柴思雨"}
    assert posts and not any(w in post for post in posts for w in ("卸任", "离任", "表彰"))


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("会议决定任命市委副书记龚明远同志为临江市人民政府副市长、代理市长。", "龚明远", "临江市人民政府副市长"),
        ("會議決定任命臨江縣委副書記林曉峰同志為臨江縣人民政府副縣長、代理縣長。", "林晓峰", "临江县人民政府副县长"),
        ("会议决定任命江城市发展改革委主任钱小禾为江城市人民政府副市长。", "钱小禾", "江城市人民政府副市长"),
    ],
)
def test_an_appointee_printed_with_a_title(text: str, person: str, post: str) -> None:
    """任命<title><name>(同志)为某职: the name after the title chain gets the post."""
    assert (person, post) in claims(text)
