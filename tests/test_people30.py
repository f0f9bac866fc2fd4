"""People, lane people30: gold people the studied sets (realheld16–20) missed, and words they read as people,
sorted by why (docs/actors.md, "Twentieth session: people missed and words read as people"). Every class here
is data: rows of name_followers.tsv, titles.tsv, appointment_forms.tsv and word_uses.tsv. Invented text,
Simplified and Traditional; each table fails on the code before the lane."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, people

# --- a predicate no follower row knew, right after a titled name (name_followers.tsv) ---------------------------

FOLLOWED = [  # text, person, the follower row id that closes the name
    ("江城航运公司董事长柴思雨年初离开公司。", "柴思雨", "follow.time"),
    ("臨江協會秘書長龔明遠暫時停職。", "龚明远", "follow.time"),
    ("江城县财政局原局长柴思雨申请调动。", "柴思雨", "follow.leave"),
    ("驻海州大使龚明远退职返乡。", "龚明远", "follow.leave"),
    ("江城市經濟局局長柴思雨涉貪被查。", "柴思雨", "follow.charge"),
    ("江城市主计处处长龚明远出马竞选。", "龚明远", "follow.take"),
    ("临江基金会副秘书长柴思雨回锅担任顾问。", "柴思雨", "follow.take"),
    ("经过评选，江城市社会局局长龚明远出线。", "龚明远", "follow.take"),
    ("江城市民政局副局长龚明远或柴思雨都可能接任。", "龚明远", "follow.either"),
    ("臨江交通部部長龔明遠舉例指出，港口正在擴建。", "龚明远", "follow.state"),
    ("江城大律师公会主席柴思雨资深大律师致辞。", "柴思雨", "follow.rank"),
    ("柴思雨此前担任江城议会议员龚明远办公室的助理。", "龚明远", "follow.office"),
    ("江城市長龔明遠根據市政府的安排出席活動。", "龚明远", "follow.basis"),
    ("江城茶馆创办人柴思雨秉持诚信经营。", "柴思雨", "follow.manner"),
    ("江城縣長龔明遠完成了三項工程。", "龚明远", "follow.act"),
]


@pytest.mark.parametrize(("text", "person", "row"), FOLLOWED)
def test_a_titled_name_closes_before_a_follower_word(text: str, person: str, row: str) -> None:
    found = people(text)
    assert f"titled:{row}" in found.get(person, set())
    assert not any(p.startswith(person) and p != person for p in found)  # no reading runs into the word


# --- 所率领 after a name, beside 所带领 (name_boundaries.txt) ----------------------------------------------------

LED_BY = [
    ("海州商会副会长柴岩所率领的考察团参观工厂。", "柴岩"),
    ("海州商會副會長柴岩所率的考察團參觀工廠。", "柴岩"),
]


@pytest.mark.parametrize(("text", "person"), LED_BY)
def test_a_two_character_name_ends_before_the_group_it_leads(text: str, person: str) -> None:
    found = people(text)
    assert person in found
    assert person + "所" not in found


# --- the head of an annotated post no row knew (titles.tsv) -------------------------------------------------------

HEADED = [
    ("江城旧书店创办人龚明远介绍情况。", "龚明远", "江城旧书店创办人"),
    ("江城電視台主持人柴思雨出席論壇。", "柴思雨", "江城电视台主持人"),
    ("临江贸易公司法人代表龚明远出席签约仪式。", "龚明远", "临江贸易公司法人代表"),
    ("临江驻海州特派代表林晓峰会见客商。", "林晓峰", "临江驻海州特派代表"),
    ("江城市工務局正工程司龔明遠、副工程司柴思雨出席。", "柴思雨", "江城市工务局副工程司"),
    ("临江教育局政治助理钱小禾出席论坛。", "钱小禾", "临江教育局政治助理"),
    ("江城行政会议成员柴思雨出席典礼。", "柴思雨", "江城行政会议成员"),
    ("江城消防總隊目柴思雨帶隊演練。", "柴思雨", "江城消防总队目"),
]


@pytest.mark.parametrize(("text", "person", "post"), HEADED)
def test_a_post_ending_in_a_new_head_gives_its_holder_a_role(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# --- 委任 (Hong Kong) and 特任 (a Taiwanese presidential order) before the names (appointment_forms.tsv) ----------

APPOINTED = [
    ("江城市长委任龚明远、柴思雨和钱小禾为江城体育委员会委员。", ("龚明远", "柴思雨", "钱小禾"), "江城体育委员会委员"),
    ("江城市長同時委任龔明遠、柴思雨為江城體育委員會委員，任期兩年。", ("龚明远", "柴思雨"), "江城体育委员会委员"),
    ("江城政府特任林晓峰为江城文化委员会主任。", ("林晓峰",), "江城文化委员会主任"),
]


@pytest.mark.parametrize(("text", "persons", "post"), APPOINTED)
def test_an_appointing_verb_of_hong_kong_or_taiwan_names_the_appointees(
    text: str, persons: tuple[str, ...], post: str
) -> None:
    found = claims(text)
    assert {(p, post) for p in persons} <= found
    assert {"notice_appoint"} <= people(text)[persons[0]]


NOT_APPOINTED = [  # the passive form keeps its own rule; the noun 委任 before no name reads nobody
    ("柴思雨获委任为江城警务处处长。", "柴思雨", "notice_appointed_passive"),
]


@pytest.mark.parametrize(("text", "person", "rule"), NOT_APPOINTED)
def test_the_passive_appointment_keeps_its_rule(text: str, person: str, rule: str) -> None:
    assert people(text)[person] == {rule}


# --- a word that begins with a surname character is no name (word_uses.tsv surname_word) -------------------------

WORDS = [  # text, the reading that must not be a person
    ("简单来说，这个问题很清楚。", "简单来"),
    ("江城会议召开，官方强调要落实。", "官方"),
    ("他在江城任职多年，官场认为他能干。", "官场"),
    ("他表示将做好江城议会主席余下任期的工作。", "余下"),
    ("柴思雨曾在中石油任总经理。", "石油"),
    ("他感谢龚明远总统任命他为驻海州代表。", "任命他"),
    ("江城博物馆建成后，他成为首任馆长。", "成为首"),
]


@pytest.mark.parametrize(("text", "word"), WORDS)
def test_a_word_starting_with_a_surname_character_is_no_person(text: str, word: str) -> None:
    assert word not in people(text)


STILL_NAMES = [  # a usual name with those surnames is read as before
    ("江城市副市长简明远出席会议。", "简明远"),
    ("江城市副市长石晓峰出席会议。", "石晓峰"),
    ("江城市副市长任思雨出席会议。", "任思雨"),
    ("江城市副市长官小禾出席会议。", "官小禾"),
]


@pytest.mark.parametrize(("text", "person"), STILL_NAMES)
def test_a_name_with_such_a_surname_is_still_read(text: str, person: str) -> None:
    assert person in people(text)


# --- page form: the variant 祕 and Big5's small punctuation forms (text/lookalikes.tsv) --------------------------

FORMS = [
    ("临江基金会副祕书长柴思雨出席年会。", "柴思雨", "临江基金会副秘书长"),
    ("江城市政府副祕书长龚明远出席会议。", "龚明远", "江城市政府副秘书长"),
    ("江城市委会议﹕龚明远同志任江城市委书记﹔柴思雨同志任江城市长。", "龚明远", "江城市委书记"),
    ("江城市委會議﹕龔明遠同志任江城市委書記﹔柴思雨同志任江城市長。", "龚明远", "江城市委书记"),
]


@pytest.mark.parametrize(("text", "person", "post"), FORMS)
def test_a_variant_character_or_a_small_punctuation_form_reads_as_the_usual_one(
    text: str, person: str, post: str
) -> None:
    assert (person, post) in claims(text)


# --- a name with no post at a clause start before a session's own acts (clause_forms.tsv) ------------------------

CLAUSE_ACTS = [
    ("会议开幕。龚明远向大会作关于江城财政预算的报告。", "龚明远", "clause_report"),
    ("下午，柴思雨宣布論壇閉幕。", "柴思雨", "clause_open"),
    ("会议通过议程。钱小禾代表江城市政府向论坛的举办表示祝贺。", "钱小禾", "clause_greet"),
    ("會見在江城舉行。林曉峰等參加會見。", "林晓峰", "clause_with"),
]


@pytest.mark.parametrize(("text", "person", "rule"), CLAUSE_ACTS)
def test_a_bare_name_before_a_sessions_act_is_a_person(text: str, person: str, rule: str) -> None:
    assert rule in people(text).get(person, set())


NOT_CLAUSE_ACTS = [  # a noun, not a name, before the same acts; two characters before 等 are no name there
    ("上午9时许，主持人宣布大会开幕。", "主持人"),
    ("双方期待深化合作。官员等参加会见。", "官员"),
]


@pytest.mark.parametrize(("text", "word"), NOT_CLAUSE_ACTS)
def test_a_noun_before_a_sessions_act_is_no_person(text: str, word: str) -> None:
    assert word not in people(text)
