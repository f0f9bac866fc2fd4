"""Titles not printed directly before one name (issue 13, round 14): a post shared by a list of bare names,
an organisation printed once for a run of titles, 原 after or inside a completed post, one title of two
offices, function words kept out of a place prefix, a dash inside a bilateral body. Invented text only;
each class in Simplified and Traditional variants."""

from __future__ import annotations

import pytest

from pipeline_probe import DAY, claims, dated

roles = claims  # (person, position) of every role claim


# --- one post for a list of bare names -------------------------------------------------------------------

SHARED = [
    ("会议选举产生新一届领导班子，当选为青禾市委常委的有龚明远、柴思雨、林晓峰。", "青禾市委常委", ("龚明远", "柴思雨", "林晓峰")),
    ("會議選舉產生新一屆領導班子，當選爲青禾市委常委的有龔明遠、柴思雨、林曉峯。", "青禾市委常委", ("龚明远", "柴思雨", "林晓峰")),
    ("陶家宁、蒋文、周海涛等9人组成新一届海州市委常委班子。", "海州市委常委", ("陶家宁", "蒋文", "周海涛")),
    ("陶家寧、蔣文、周海濤等9人組成新一屆海州市委常委班子。", "海州市委常委", ("陶家宁", "蒋文", "周海涛")),
    (
        "目前，加上临江市委书记龚明远、市长柴思雨，以及林晓峰、钱小禾，临江市委常委11人班子已维持半年。",
        "临江市委常委",
        ("龚明远", "柴思雨", "林晓峰", "钱小禾"),
    ),
    (
        "目前，加上臨江市委書記龔明遠、市長柴思雨，以及林曉峯、錢小禾，臨江市委常委11人班子已維持半年。",
        "临江市委常委",
        ("龚明远", "柴思雨", "林晓峰", "钱小禾"),
    ),
    ("会议通报，临江省水利厅党组成员：杜思远、蒋文。", "临江省水利厅党组成员", ("杜思远", "蒋文")),
]


@pytest.mark.parametrize(("text", "post", "names"), SHARED)
def test_a_post_printed_once_is_held_by_every_name_of_its_list(text: str, post: str, names: tuple[str, ...]) -> None:
    found = roles(text)
    for name in names:
        assert (name, post) in found


def test_names_that_print_their_own_title_keep_it_beside_the_shared_post() -> None:
    text = "目前，加上临江市委书记龚明远、市长柴思雨，以及林晓峰、钱小禾，临江市委常委11人班子已维持半年。"
    found = roles(text)
    assert ("龚明远", "临江市委书记") in found
    assert ("柴思雨", "临江市长") in found
    assert not any(p.startswith("加上") for _, p in found)


def test_a_shared_post_is_dated_where_it_is_printed_not_by_an_earlier_clause() -> None:
    text = "今年1月，龚明远调任江城。加上林晓峰、钱小禾，以及柴思雨、蒋文，临江市委常委11人班子已维持半年。"
    assert dated(text)[("钱小禾", "临江市委常委")] == DAY


@pytest.mark.parametrize(
    "text",
    [
        "出席会议的有龚明远、柴思雨、林晓峰。",  # no post before 的有
        "当选为常委的有龚明远、柴思雨、林晓峰。",  # a post with no organisation names no office
        "加上高校、高职，全市职业教育9人班子已组建。",  # nouns, not names
        "会议通报，临江省水利厅党组成员：龚明远。",  # one name is no list
        "大会由主席团主持。担任今天大会执行主席的有：龚明远、柴思雨。",  # a session's organ names no office
    ],
)
def test_no_shared_post_without_an_organisation_or_a_list_of_names(text: str) -> None:
    found = roles(text)
    assert not any(p.endswith(("常委", "党组成员", "执行主席")) for _, p in found)


def test_a_run_does_not_give_a_commission_to_the_previous_committee() -> None:
    found = roles("其他分别是：常务副省长陈向禾，江城市委书记易立红，纪委书记傅岚。")
    assert ("傅岚", "江城市委纪委书记") not in found


# --- one organisation for a run of titles ------------------------------------------------------------------

RUNS = [
    ("国家海洋局党组书记、局长林晓峰，党组副书记、副局长龚明远出席。", "龚明远", ("国家海洋局党组副书记", "国家海洋局副局长")),
    ("國家海洋局黨組書記、局長林曉峯，黨組副書記、副局長龔明遠出席。", "龚明远", ("国家海洋局党组副书记", "国家海洋局副局长")),
    ("江城集团党委书记、董事长林晓峰，党委副书记、总经理龚明远陪同。", "龚明远", ("江城集团党委副书记", "江城集团总经理")),
    ("江城集團黨委書記、董事長林曉峯，黨委副書記、總經理龔明遠陪同。", "龚明远", ("江城集团党委副书记", "江城集团总经理")),
    (
        "临江省水利厅党组书记、厅长林晓峰，党组成员、副厅长龚明远、柴思雨出席。",
        "柴思雨",
        ("临江省水利厅党组成员", "临江省水利厅副厅长"),
    ),
    ("青禾市委书记、市长林晓峰，市委副书记、副市长龚明远出席。", "龚明远", ("青禾市委副书记", "青禾市副市长")),
]


@pytest.mark.parametrize(("text", "name", "posts"), RUNS)
def test_the_organisation_carries_to_the_later_titles_of_the_run(text: str, name: str, posts: tuple[str, ...]) -> None:
    found = roles(text)
    for post in posts:
        assert (name, post) in found
    assert not any(p in ("党组副书记", "党委副书记", "副局长", "党委总经理") for _, p in found)


def test_another_organisation_in_the_run_keeps_its_own_posts() -> None:
    found = roles("临江大学党委书记林晓峰，江城集团党委副书记龚明远出席。")
    assert ("龚明远", "江城集团党委副书记") in found
    assert ("龚明远", "临江大学党委副书记") not in found


# --- 原 after or inside a completed post; one title for two offices -----------------------------------------

FORMER = [
    ("临江市委常委、原宣传部部长林晓峰调任青禾区委书记。", "林晓峰", "临江市委宣传部部长", "原宣传部部长"),
    ("臨江市委常委、原宣傳部部長林曉峯調任青禾區委書記。", "林晓峰", "临江市委宣传部部长", "原宣传部部长"),
    ("青禾集团公司原总经理柴思雨调任临江市委常委。", "柴思雨", "青禾集团公司总经理", "青禾集团公司原总经理"),
    ("青禾集團公司原總經理柴思雨調任臨江市委常委。", "柴思雨", "青禾集团公司总经理", "青禾集团公司原总经理"),
    ("临江市委组织部原常务副部长蒋文任江北区委书记。", "蒋文", "临江市委组织部常务副部长", "临江市委组织部原常务副部长"),
    ("20日，临江市江北区召开干部大会，林晓峰任江北区委书记，原区委书记龚明远调任。", "龚明远", "江北区委书记", "原区委书记"),
    ("20日，臨江市江北區召開幹部大會，林曉峯任江北區委書記，原區委書記龔明遠調任。", "龚明远", "江北区委书记", "原区委书记"),
]


@pytest.mark.parametrize(("text", "name", "post", "printed"), FORMER)
def test_a_former_marker_goes_out_of_the_completed_post(text: str, name: str, post: str, printed: str) -> None:
    found = roles(text)
    assert (name, post) in found
    assert (name, printed) not in found


def test_a_country_title_keeps_its_former_marker() -> None:
    assert ("布朗宁", "美国前国务卿") in roles("美国前国务卿布朗宁出席。")


TWINS = [
    ("中共中央台办、国务院台办副主任龚明远出席。", "龚明远", ("中共中央台办副主任", "国务院台办副主任")),
    ("中共中央臺辦、國務院臺辦副主任龔明遠出席。", "龚明远", ("中共中央台办副主任", "国务院台办副主任")),
    ("中央网信办、国家网信办主任柴思雨出席。", "柴思雨", ("中央网信办主任", "国家网信办主任")),
]


@pytest.mark.parametrize(("text", "name", "posts"), TWINS)
def test_one_title_of_two_offices_is_held_in_both(text: str, name: str, posts: tuple[str, ...]) -> None:
    found = roles(text)
    for post in posts:
        assert (name, post) in found


def test_two_different_offices_do_not_share_a_title() -> None:
    found = roles("青禾市委宣传部、青禾市文明办主任林晓峰出席。")
    assert ("林晓峰", "青禾市委宣传部主任") not in found


# --- function words out of a place prefix; a dash inside a bilateral body -------------------------------------

GLUED = [
    ("代表团会前与临江省委书记龚明远会面，之后与临江省长柴思雨会谈。", (("龚明远", "临江省委书记"), ("柴思雨", "临江省长"))),
    ("代表團會前與臨江省委書記龔明遠會面，之後與臨江省長柴思雨會談。", (("龚明远", "临江省委书记"), ("柴思雨", "临江省长"))),
    ("代表团会前先与海州市委书记林晓峰会面。", (("林晓峰", "海州市委书记"),)),
    ("林晓峰参加上海市委书记龚明远主持的会议。", (("龚明远", "上海市委书记"),)),
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_a_function_word_is_no_part_of_the_place(text: str, expected: tuple[tuple[str, str], ...]) -> None:
    found = roles(text)
    for fact in expected:
        assert fact in found
    assert not any(p.startswith(("会前", "之后", "先与", "林晓峰")) for _, p in found)


def test_加上_before_a_bare_title_is_no_place() -> None:
    found = roles("江城市委常委共九人，加上市委书记龚明远、市长柴思雨，班子已齐。")
    assert not any(p.startswith("加上") for _, p in found)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("中国—东盟中心秘书长林晓峰出席。", ("林晓峰", "中国—东盟中心秘书长")),
        ("中國—東盟中心祕書長林曉峯出席。", ("林晓峰", "中国—东盟中心秘书长")),
        ("美国—青禾商会会长龚明远出席。", ("龚明远", "美国—青禾商会会长")),
    ],
)
def test_a_dash_between_two_parties_stays_inside_the_body(text: str, fact: tuple[str, str]) -> None:
    assert fact in roles(text)


def test_a_doubled_dash_still_ends_the_chain() -> None:
    found = roles("会议强调——临江市委书记龚明远说，要抓落实。")
    assert ("龚明远", "临江市委书记") in found


# --- a rare last character inside a notice's list ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["今年4月，宁可心、马立其不再担任临江市委常委。", "今年4月，寧可心、馬立其不再擔任臨江市委常委。", "今年4月，马立其、宁可心不再担任临江市委常委。"],
)
def test_a_listed_name_may_end_in_a_rare_character(text: str) -> None:
    found = roles(text)
    assert ("马立其", "临江市委常委") in found
    assert ("宁可心", "临江市委常委") in found


# --- a career's workplace; a government's own office ---------------------------------------------------------

CAREERS = [
    (
        "临江省委书记龚明远，1966年生，毕业后在临江省水利厅先后担任副处长、处长、副厅长。",
        "龚明远",
        ("临江省水利厅副处长", "临江省水利厅处长", "临江省水利厅副厅长"),
    ),
    (
        "臨江省委書記龔明遠，1966年生，畢業後在臨江省水利廳先後擔任副處長、處長、副廳長。",
        "龚明远",
        ("临江省水利厅副处长", "临江省水利厅副厅长"),
    ),
    ("江城市长柴思雨在江城集团历任副总经理、总经理。", "柴思雨", ("江城集团副总经理", "江城集团总经理")),
]


@pytest.mark.parametrize(("text", "name", "posts"), CAREERS)
def test_the_bare_posts_of_a_career_are_its_workplace_s(text: str, name: str, posts: tuple[str, ...]) -> None:
    found = roles(text)
    for post in posts:
        assert (name, post) in found
    assert (name, "副处长") not in found and (name, "副总经理") not in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("临江省政府副秘书长、研究室主任龚明远介绍情况。", ("龚明远", "临江省政府研究室主任")),
        ("臨江省政府副秘書長、研究室主任龔明遠介紹情況。", ("龚明远", "临江省政府研究室主任")),
        ("江城市人民政府副秘书长、办公厅主任柴思雨出席。", ("柴思雨", "江城市人民政府办公厅主任")),
    ],
)
def test_a_government_s_own_office_after_its_post(text: str, fact: tuple[str, str]) -> None:
    assert fact in roles(text)


# --- words glued before a title: a byline in brackets, 现任, a preposition before a verb -------------------------


@pytest.mark.parametrize(
    ("text", "fact", "junk"),
    [
        ("新华社北京3月5日电(记者 龚明远)临江省省长柴思雨5日出席会议。", ("柴思雨", "临江省长"), "龚明远)"),
        ("本報北京電（記者 龔明遠）臨江省省長柴思雨出席會議。", ("柴思雨", "临江省长"), "龚明远）"),
        ("政务次长由现任青禾会副主委林晓峰担任。", ("林晓峰", "青禾会副主委"), "任青禾会"),
        ("政務次長由現任青禾會副主委林曉峯擔任。", ("林晓峰", "青禾会副主委"), "任青禾会"),
    ],
)
def test_a_byline_or_a_verb_is_no_part_of_the_title(text: str, fact: tuple[str, str], junk: str) -> None:
    found = roles(text)
    assert fact in found
    assert not any(p.startswith(junk) for _, p in found)
    assert not any(n.startswith("由") for n, _ in found)


def test_a_bracketed_place_inside_a_name_still_belongs_to_it() -> None:
    found = roles("中国（临江）自由贸易试验区管委会主任柴思雨出席。")
    assert ("柴思雨", "中国（临江）自由贸易试验区管委会主任") in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("临江省水利厅厅长龚明远因工作调动离任。", ("龚明远", "临江省水利厅厅长")),
        ("臨江省水利廳廳長龔明遠因工作調動離任。", ("龚明远", "临江省水利厅厅长")),
        ("江城市长林晓峰中午宴请客人。", ("林晓峰", "江城市长")),
        ("林晓峰从临江市长龚明远手中接过会旗。", ("龚明远", "临江市长")),
    ],
)
def test_a_titled_name_before_a_cause_a_time_or_a_hand_over(text: str, fact: tuple[str, str]) -> None:
    assert fact in roles(text)


@pytest.mark.parametrize(
    ("text", "fact", "wrong"),
    [
        (
            "长治市委书记林晓峰率长治市党政考察团来潍考察。市委书记龚明远陪同。近年来潍坊市发展迅速。",
            ("龚明远", "潍坊市委书记"),
            ("龚明远", "长治市委书记"),
        ),
        (
            "長治市委書記林曉峯率長治市黨政考察團來濰考察。市委書記龔明遠陪同。近年來濰坊市發展迅速。",
            ("龚明远", "潍坊市委书记"),
            ("龚明远", "长治市委书记"),
        ),
        ("江城市委书记林晓峰率代表团来我市考察。市委书记龚明远陪同。", None, ("龚明远", "江城市委书记")),
    ],
)
def test_the_visitors_place_is_never_the_hosts(text: str, fact: tuple[str, str] | None, wrong: tuple[str, str]) -> None:
    found = roles(text)
    if fact:
        assert fact in found
    assert wrong not in found


# --- a copula after the list; a term that is the post's own; 和 inside a name --------------------------------------

COPULA = [
    ("这几人中，龚明远、柴思雨和林晓峰是临江省委常委，钱小禾是江城市副市长。", "临江省委常委", ("龚明远", "柴思雨", "林晓峰")),
    ("這幾人中，龔明遠、柴思雨和林曉峯是臨江省委常委，錢小禾是江城市副市長。", "临江省委常委", ("龚明远", "柴思雨", "林晓峰")),
    ("接任的龚明远、柴思雨都是十八届中央候补委员。", "十八届中央候补委员", ("龚明远", "柴思雨")),
    ("接任的龔明遠、柴思雨都是十八屆中央候補委員。", "十八届中央候补委员", ("龚明远", "柴思雨")),
    ("宁可心、巴音苏德和陈一凡是十八届中央委员。", "十八届中央委员", ("宁可心", "巴音苏德", "陈一凡")),
]


@pytest.mark.parametrize(("text", "post", "names"), COPULA)
def test_a_list_then_a_copula_then_the_post(text: str, post: str, names: tuple[str, ...]) -> None:
    found = roles(text)
    for name in names:
        assert (name, post) in found


@pytest.mark.parametrize("text", ["龚明远和柴思雨都是江城人。", "龚明远、柴思雨的父亲是江城集团董事长。"])
def test_a_copula_without_a_post_of_the_list_gives_nothing(text: str) -> None:
    assert not roles(text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("临江市委组织部副部长杜和远出席会议。", ("杜和远", "临江市委组织部副部长")),
        ("臨江市委組織部副部長杜和遠出席會議。", ("杜和远", "临江市委组织部副部长")),
        ("江城市副市长刘和青、林晓峰出席。", ("刘和青", "江城市副市长")),
    ],
)
def test_和_in_the_middle_of_a_three_character_name(text: str, fact: tuple[str, str]) -> None:
    assert fact in roles(text)


def test_an_election_to_a_post_is_the_notice_s_not_a_shared_post_of_another_city() -> None:
    text = "青禾市代表团访问北京。青禾市委书记林一山出席。中共临江市第九届委员会第一次全体会议选举钱小禾为市委书记，龚明远、柴思雨为市委副书记。"
    found = roles(text)
    assert ("柴思雨", "临江市委副书记") in found
    assert not any(p.startswith(("北京", "青禾")) for n, p in found if n in ("龚明远", "柴思雨"))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("澳门特区政府代表团今日访问江城。行政长官龚明远表示愿加强合作。", ("龚明远", "澳门行政长官")),
        ("澳門特區政府代表團今日訪問江城。行政長官龔明遠表示願加強合作。", ("龚明远", "澳门行政长官")),
        ("香港特区政府代表团今日访问江城。政务司司长柴思雨表示愿加强合作。", ("柴思雨", "香港政务司司长")),
    ],
)
def test_a_region_s_own_title_on_a_page_about_one_region(text: str, fact: tuple[str, str]) -> None:
    assert fact in roles(text)


def test_a_region_s_title_stays_bare_between_two_regions() -> None:
    found = roles("香港特区政府代表团访问澳门特区。行政长官龚明远表示愿加强合作。")
    assert ("龚明远", "行政长官") in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "行政长官龚明远今日见记者时透露，明日将率领香港特区政府代表团访问江城。澳门特区也派员。",
            ("龚明远", "香港行政长官"),
        ),
        (
            "行政長官龔明遠今日見記者時透露，明日將率領香港特區政府代表團訪問江城。澳門特區也派員。",
            ("龚明远", "香港行政长官"),
        ),
    ],
)
def test_a_region_named_alone_in_the_title_s_sentence(text: str, fact: tuple[str, str]) -> None:
    assert fact in roles(text)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "林晓峰任江北区委书记，原区委书记龚明远则任临江市委常委、宣传部长。",
            (("龚明远", "临江市委常委"), ("龚明远", "临江市委宣传部长"), ("龚明远", "江北区委书记")),
        ),
        (
            "林曉峯任江北區委書記，原區委書記龔明遠則任臨江市委常委、宣傳部長。",
            (("龚明远", "临江市委常委"), ("龚明远", "临江市委宣传部长")),
        ),
        ("临江市委常委、宣传部长柴思雨出席。", (("柴思雨", "临江市委宣传部长"),)),
    ],
)
def test_则任_after_a_titled_name_and_a_collapsed_department(text: str, facts: tuple[tuple[str, str], ...]) -> None:
    found = roles(text)
    for fact in facts:
        assert fact in found


@pytest.mark.parametrize(
    "text",
    [
        "香港特区政府代表团访问江城。行政长官梁一凡昨率团到江城出席会议。",
        "香港特區政府代表團訪問江城。行政長官梁一凡昨率團到江城出席會議。",
        "香港特区行政长官梁一凡昨率团到江城出席会议。",
    ],
)
def test_a_region_s_official_before_a_follower_is_no_four_character_name(text: str) -> None:
    found = roles(text)
    assert any(n == "梁一凡" for n, _ in found)
    assert not any(n == "梁一凡昨" for n, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "20日，临江市江北区召开干部大会，市委组织部原常务副部长杜和远任江北区委书记，原区委书记龚明远则任临江市委常委。",
        "20日，臨江市江北區召開幹部大會，市委組織部原常務副部長杜和遠任江北區委書記，原區委書記龔明遠則任臨江市委常委。",
    ],
)
def test_a_particle_name_after_a_title_takes_the_notice_s_post(text: str) -> None:
    found = roles(text)
    assert ("杜和远", "江北区委书记") in found
    assert ("龚明远", "江北区委书记") in found


@pytest.mark.parametrize(
    ("text", "fact", "wrong"),
    [
        (
            "潍坊市委书记杜一凡，市委常委、青禾市委书记孙明远，市委秘书长刘成舟出席。",
            ("刘成舟", "潍坊市委秘书长"),
            ("刘成舟", "青禾市委秘书长"),
        ),
        (
            "濰坊市委書記杜一凡，市委常委、青禾市委書記孫明遠，市委秘書長劉成舟出席。",
            ("刘成舟", "潍坊市委秘书长"),
            ("刘成舟", "青禾市委秘书长"),
        ),
        (
            "长治市委书记林晓峰率考察团来潍考察。市委书记杜一凡，市委常委、青禾市委书记孙明远，市委秘书长刘成舟陪同。近年来潍坊市发展迅速。",
            ("刘成舟", "潍坊市委秘书长"),
            ("刘成舟", "青禾市委秘书长"),
        ),
    ],
)
def test_a_county_level_city_in_a_chain_is_not_the_page_s_city(
    text: str, fact: tuple[str, str], wrong: tuple[str, str]
) -> None:
    found = roles(text)
    assert fact in found
    assert wrong not in found


def test_two_prefecture_cities_still_carry_the_last_printed() -> None:
    found = roles("临江市委书记杜一凡，江城市委书记孙明远，市委秘书长刘成舟出席。")
    assert ("刘成舟", "临江市委秘书长") not in found
