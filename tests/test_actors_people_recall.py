"""People recall classes measured on the three real development sets (issue 13 classes 3-5, session 3): each
class with invented variants in Simplified and Traditional script, and texts where no person may be read.
Invented names only (the places are the vocabulary's)."""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def people(text: str) -> dict[str, set[str]]:
    """Each person with the rules that evidence it."""
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    return {p.name: {e.rule for e in p.provenance} for p in facts.people}


def check(text: str, expected: set[str], rule: str) -> None:
    found = people(text)
    assert expected <= set(found), found
    assert all(any(r.startswith(rule) for r in found[n]) for n in expected), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "大会在临江举行。龚明远、柴思雨、钱小禾、马正之和其他大会主席团成员也在主席台就座。",
            {"龚明远", "柴思雨", "钱小禾", "马正之"},
            id="group-then-ye",
        ),
        pytest.param("座谈会召开。林晓峰、邵可心、蒲文清均出席。", {"林晓峰", "邵可心", "蒲文清"}, id="jun"),
        pytest.param(
            "大會在臨江舉行。龔明遠、柴思雨、錢小禾和其他主席團成員也在主席臺就座。",
            {"龚明远", "柴思雨", "钱小禾"},
            id="traditional",
        ),
    ],
)
def test_a_list_with_an_adverb_before_its_verb(text: str, expected: set[str]) -> None:
    check(text, expected, "list:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "江城集团领导龚明远、柴思雨、钱小禾，以及双方有关部门负责人出席签约仪式。",
            {"龚明远", "柴思雨", "钱小禾"},
            id="group-leaders",
        ),
        pytest.param(
            "座談會上，青禾銀行領導林曉峰、邵可心，以及各支行負責人參加。", {"林晓峰", "邵可心"}, id="bank-traditional"
        ),
        pytest.param(
            "市領導龔明遠,、柴思雨,、錢小禾及有關部門負責人陪同調研。",
            {"龚明远", "柴思雨", "钱小禾"},
            id="doubled-marks-traditional",
        ),
        pytest.param("市领导林晓峰,、蒲文清陪同。", {"林晓峰", "蒲文清"}, id="doubled-marks"),
    ],
)
def test_leaders_of_an_organisation_listed_without_titles(text: str, expected: set[str]) -> None:
    check(text, expected, "list_leaders")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "八位新省长中，他们分别是北京的龚明远、上海的柴思雨、浙江的钱小禾以及四川的欧阳青禾。",
            {"龚明远", "柴思雨", "钱小禾", "欧阳青禾"},
            id="fenbieshi",
        ),
        pytest.param("其中，吉林的林晓峰、广东的邵可心等为届中调任。", {"林晓峰", "邵可心"}, id="qizhong-deng"),
        pytest.param(
            "新任主任分別是湖南的龔明遠和雲南的格桑多吉。", {"龚明远", "格桑多吉"}, id="traditional-four-characters"
        ),
    ],
)
def test_people_listed_by_where_they_come_from(text: str, expected: set[str]) -> None:
    check(text, expected, "list_places")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("包括北京的高校和上海的高校，都有招生计划。", id="same-noun-twice"),
        pytest.param("北京的龚明远和上海的柴思雨。", id="no-lead"),
        pytest.param("其中，北京的市区和上海的郊区都在扩大。", id="levels"),
    ],
)
def test_no_person_in_place_lists_of_things(text: str) -> None:
    assert not set(people(text)) - {"龚明远", "柴思雨"} and "list_places" not in str(people(text))


def roles(text: str) -> set[tuple[str, str]]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    return {(r.person, r.position) for r in facts.roles}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("原临江省委书记巴图孟克，原海州省委书记柴思雨，均已调任。", "巴图孟克", id="comma"),
        pytest.param("青禾省代省长乌力吉图。", "乌力吉图", id="full-stop"),
        pytest.param("原臨江省委書記巴圖孟克，原海州省委書記柴思雨，均已調任。", "巴图孟克", id="traditional"),
        pytest.param("海州总统林晓峰和夫人安娜玛丽。", "安娜玛丽", id="spouse-after-a-list-lead"),
    ],
)
def test_four_character_names_after_a_title(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("会上，临江市长龚明远讲，要抓落实。", "龚明远讲", id="one-character-verb"),
        pytest.param("还有：临江省交通厅规划处处长龚明先生。", "龚明先生", id="address"),
        pytest.param("次日召开全区领导干部大会，宣布任免决定。", "干部大会", id="a-meeting-after-a-list-lead"),
        pytest.param("林市長於會中表示，兩市友誼深厚。", "于会中", id="preposition-traditional"),
        pytest.param("临江集团董事长龚明夫妇，出席晚宴。", "龚明夫妇", id="a-couple"),
    ],
)
def test_no_four_character_person_from_words(text: str, absent: str) -> None:
    assert absent not in people(text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param(
            "以临江省委书记龚明远、青禾协会副会长柴思为代表的诸位嘉宾出席。", ("柴思", "青禾协会副会长"), id="wei-daibiao"
        ),
        pytest.param("以海州市副市长钱小禾为首的代表团抵达。", ("钱小禾", "海州市副市长"), id="wei-shou"),
        pytest.param(
            "以青禾協會副會長柴思為代表的諸位嘉賓出席。", ("柴思", "青禾协会副会长"), id="wei-daibiao-traditional"
        ),
    ],
)
def test_a_weak_boundary_starting_a_phrase_ends_the_name(text: str, role: tuple[str, str]) -> None:
    assert role in roles(text)
    assert role[0] + text[text.index(role[0]) + len(role[0])] not in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("两人当选主任，分别是阿米提·托乎当选临江自治区人大常委会主任。", "阿米提·托乎", id="fenbieshi"),
        pytest.param("其中是买买江·热合当选海州自治区主席。", "买买江·热合", id="shi"),
        pytest.param("兩人當選主任，分別是阿米提·托乎當選臨江自治區人大常委會主任。", "阿米提·托乎", id="traditional"),
    ],
)
def test_a_dotted_name_starts_after_a_lead(text: str, name: str) -> None:
    found = people(text)
    assert name in found
    assert not [n for n in found if n != name and n.endswith(name)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param("林晓峰当选中共临江市委书记\n本报讯 临江市党代会闭幕。", ("林晓峰", "临江市委书记"), id="elected"),
        pytest.param("柴思雨任海州市副市长\n本报讯 海州市人大常委会召开会议。", ("柴思雨", "海州市副市长"), id="appointed"),
        pytest.param("林曉峰當選中共臨江市委書記\n本報訊 臨江市黨代會閉幕。", ("林晓峰", "临江市委书记"), id="traditional"),
    ],
)
def test_an_appointment_headline(text: str, role: tuple[str, str]) -> None:
    assert role in roles(text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param(
            "会上，江城市发展改革委规划和环境科科长龚明远介绍，当前形势良好。",
            ("龚明远", "江城市发展改革委规划和环境科科长"),
            id="section-chief",
        ),
        pytest.param("在青禾里，里长洪明森陈情农路问题。", ("洪明森", "里长"), id="village-warden-petition"),
        pytest.param("縣議員簡思庭反映巷道問題。", ("简思庭", "县议员"), id="councillor-traditional"),
        pytest.param(
            "临江省人大常委会副主任龚明远转任省委常委。", ("龚明远", "临江省人大常委会副主任"), id="transferred"
        ),
        pytest.param("副省長招玉明等參加了會見。", ("招玉明", "副省长"), id="rarer-surname-traditional"),
    ],
)
def test_titles_and_boundaries_the_lexicon_lacked(text: str, role: tuple[str, str]) -> None:
    assert role in roles(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("临江省政协委员龚明远、柴思雨及钱小禾分别发表意见。", {"龚明远", "柴思雨", "钱小禾"}, id="ji"),
        pytest.param("两市前市长郝龙明及韩正东2030年合力促成。", {"郝龙明", "韩正东"}, id="ji-before-a-year"),
        pytest.param("臨江省政協委員龔明遠以及錢小禾分別發言。", {"龚明远", "钱小禾"}, id="yiji-traditional"),
    ],
)
def test_a_joiner_closes_a_list_after_a_title(text: str, names: set[str]) -> None:
    assert names <= set(people(text))


def test_a_joiner_before_a_group_adds_no_name() -> None:
    assert set(people("临江市长王明及有关部门负责人出席。")) == {"王明"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("随着龚明远总书记亲自倡导的倡议深入推进，合作不断深化。", id="suizhe"),
        pytest.param("协作是龚明远总书记和党中央交给临江的重大任务。", id="shi"),
        pytest.param("隨著龔明遠總書記親自倡導的倡議深入推進，合作不斷深化。", id="traditional"),
    ],
)
def test_an_honorific_after_a_lead_word(text: str) -> None:
    assert "honorific:总书记" in people(text)["龚明远"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("我委柴思副主任深入临江县调研。", "柴思", id="wo-wei"),
        pytest.param("使馆龚明远参赞、柴思雨公参陪同会见。", "柴思雨", id="embassy-list"),
        pytest.param("臺北市蔣萬民市長於2月6日接見來訪客人。", "蒋万民", id="printed-city-traditional"),
    ],
)
def test_a_name_before_its_title(text: str, name: str) -> None:
    assert any(r.startswith("name_title:") for r in people(text)[name])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("由青海省长升任书记的龚明远出席。", id="a-place-in-the-name"),
        pytest.param("临江市卫生局长龚明远出席。", id="an-organ-after-a-place"),
        pytest.param("马绍尔马久罗市长Ann Lee偕夫人来访。", id="latin-name-after-the-title"),
        pytest.param("会议由李家村村长主持，王主任委员出席。", id="an-organisation"),
        pytest.param("他先后到多家企业，向企业负责人了解情况。", id="a-preposition-and-a-noun"),
        pytest.param("他們先後到多家企業，向企業負責人了解情況。", id="a-preposition-traditional"),
    ],
)
def test_no_name_before_a_title(text: str) -> None:
    assert not any(r.startswith("name_title:") for rules in people(text).values() for r in rules)


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        pytest.param("会议召开。柴思雨及其他现职省级领导同志列席会议。", "柴思雨", "clause_others", id="ji-qita-liexi"),
        pytest.param("會議召開。龔明遠和其他主席團成員在主席臺就座。", "龚明远", "clause_others", id="he-qita-traditional"),
        pytest.param("龚明远、柴思雨列席会议。", "柴思雨", "list:列席", id="liexi-list"),
        pytest.param(
            "省发改委民营经济发展处二级主任科员龚学俊，江城市发改委副主任徐明参加活动。", "龚学俊", "titled", id="keyuan"
        ),
        pytest.param("縣議員簡思庭反應道路問題。", "简思庭", "titled", id="fanying-traditional"),
    ],
)
def test_one_name_with_others_and_more_titles(text: str, name: str, rule: str) -> None:
    assert rule in people(text)[name]


@pytest.mark.parametrize(
    ("text", "names", "rule"),
    [
        pytest.param("出席会议的还有龚明远、柴思雨、钱小禾等。", {"龚明远", "柴思雨", "钱小禾"}, "list_having", id="hai-you"),
        pytest.param("中方出席的有龚明远、柴思雨等。", {"龚明远", "柴思雨"}, "list_having", id="de-you"),
        pytest.param("出席會議的還有龔明遠、柴思雨。", {"龚明远", "柴思雨"}, "list_having", id="hai-you-traditional"),
        pytest.param("会上，龚明远、柴思雨分别作了发言。", {"龚明远", "柴思雨"}, "list:作了发言", id="fayan"),
        pytest.param("在龔明遠、柴思雨的陪同下，代表團參觀了企業。", {"龚明远", "柴思雨"}, "list:的陪同下", id="peitong-xia"),
    ],
)
def test_lists_after_a_having_lead_or_before_a_longer_verb(text: str, names: set[str], rule: str) -> None:
    found = people(text)
    assert all(rule in found[n] for n in names)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("主要的有高校、企业等。", id="nouns"),
        pytest.param("参加的有高校、高职和企业。", id="nouns-with-a-joiner"),
        pytest.param("參加的有高校、企業等。", id="nouns-traditional"),
    ],
)
def test_a_having_lead_needs_names(text: str) -> None:
    assert not people(text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param("临江科技公司创始人龚明远、首席财务官柴思雨出席。", ("柴思雨", "临江科技公司首席财务官"), id="company"),
        pytest.param("臺灣交通部政務次長林曉峰表示，將加強合作。", ("林晓峰", "台湾交通部政务次长"), id="vice-minister"),
        pytest.param("青禾旗旗长巴特苏出席。", ("巴特苏", "青禾旗长"), id="banner"),  # a banner is a level (session 61)
    ],
)
def test_title_heads_of_companies_banners_and_taiwan_offices(text: str, role: tuple[str, str]) -> None:
    assert role in roles(text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param("青禾研究院成立。研究院首任院长由海洋学家龚星河担任。", ("龚星河", "青禾研究院院长"), id="profession"),
        pytest.param("临江实验室主任由柴思雨同志兼任。", ("柴思雨", "临江实验室主任"), id="tongzhi-jianren"),
        pytest.param("青禾大學校長由物理學家林曉峰出任。", ("林晓峰", "青禾大学校长"), id="traditional"),
    ],
)
def test_a_post_held_by_a_name(text: str, role: tuple[str, str]) -> None:
    assert role in roles(text)


def test_a_post_held_by_a_title_names_nobody() -> None:
    assert not people("领导小组组长由市委书记担任。")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param(
            "【本报讯】青禾海洋科技研究院昨日在江城揭牌成立。副省长林晓峰出席揭牌仪式并为研究院揭牌。"
            "研究院首任院长由海洋学家龚星河担任。",
            ("龚星河", "青禾海洋科技研究院院长"),
            id="notice-after-a-back-reference",
        ),
        pytest.param(
            "青禾海洋科技研究院昨日成立。研究院院长龚星河表示，将加强合作。",
            ("龚星河", "青禾海洋科技研究院院长"),
            id="titled",
        ),
        pytest.param(
            "臨江光電實驗室昨日揭牌。實驗室主任柴思雨介紹了研究方向。",
            ("柴思雨", "临江光电实验室主任"),
            id="laboratory-traditional",
        ),
    ],
)
def test_a_bare_kind_of_organisation_at_a_clause_start_takes_the_one_named_before(
    text: str, role: tuple[str, str]
) -> None:
    assert role in roles(text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param("格桑顿珠接替次仁多杰当选临江自治区主席。", ("格桑顿珠", "临江自治区主席"), id="succeeds"),
        pytest.param("临江自治区副主席扎西平措出席会议。", ("扎西平措", "临江自治区副主席"), id="titled"),
        pytest.param("臨江自治區副主席斯琴巴雅出席會議。", ("斯琴巴雅", "临江自治区副主席"), id="traditional"),
    ],
)
def test_minority_names_without_a_surname(text: str, role: tuple[str, str]) -> None:
    assert role in roles(text)


def test_an_honorific_head_is_left_to_the_honorific_rule() -> None:
    # a bare comma leads no unknown name in honorific order (a speech verb and its comma do: word_uses honorific_lead)
    assert "龚明远" not in people("这里很偏远，龚明远总书记来过这里。")
    assert people("他说，龚明远总书记来过这里。").get("龚明远") == {"honorific:总书记"}
