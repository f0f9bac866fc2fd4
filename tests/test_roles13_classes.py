"""Roles and successions on real pages (issue 13, classes 2 and 5), each class with invented text in
Simplified and Traditional script. Invented names; real province and city names are vocabulary only."""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.pipeline import process_document

DAY = "2031-04-28"


def roles(text: str) -> set[tuple[str, str]]:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    return {(r.person, r.position) for r in facts.roles}


# A bare provincial title in an article about one province: the province named far more often than the
# guests of its level, or (no province named) the gazetteer cities of one province named three times.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甘肃省举行投资洽谈会。甘肃省领导出席。省委书记龚明远致辞。山东省客商参加。甘肃企业签约，甘肃特色产品展出。",
            ("龚明远", "甘肃省委书记"),
        ),
        (
            "8月3日，江苏天气炎热。省委书记柴思雨、省长林晓峰为江苏自贸试验区揭牌。浙江省代表到场。江苏各片区同步启动，江苏企业参加。",
            ("林晓峰", "江苏省长"),
        ),
        (
            "河南省代表團抵達。省委副書記、省長錢小禾率團考察。河南企業與台灣企業簽約，河南客商表示滿意，河南代表團還參觀了工廠。",
            ("钱小禾", "河南省委副书记"),
        ),
        (
            "芜湖市与马鞍山市签署同城化协议。芜湖市委书记龚明远，省政府副秘书长柴思雨出席。马鞍山市市长林晓峰致辞。",
            ("柴思雨", "安徽省政府副秘书长"),
        ),
        (
            "蕪湖市與馬鞍山市簽署合作協議。省政府副秘書長柴思雨出席，蕪湖市代表發言。",
            ("柴思雨", "安徽省政府副秘书长"),
        ),
    ],
)
def test_a_bare_provincial_title_takes_the_province_the_article_is_about(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "甘肃省举行投资洽谈会。省委书记龚明远致辞。山东省客商参加。江苏企业签约。",  # peers: no guess
        "甘肅省舉行投資洽談會。省委書記龔明遠致辭。山東省客商參加，山東企業簽約。",
        "蚌埠市代表参加。省政府副秘书长龚明远出席。",  # one city named once: no evidence
    ],
)
def test_no_province_is_guessed_between_peers_or_from_one_city(text: str) -> None:
    found = roles(text)
    assert found and all(not position.startswith(("甘肃", "山东", "江苏", "安徽")) for _, position in found)


def successions(text: str) -> set[tuple[str, str, str]]:
    from ygraph.corpus.people import successions as corpus_successions

    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    found, _ = corpus_successions(list(facts.roles))
    return {(s.position, s.before, s.after) for s in found}


# A round-up of elections: 乙当选某职，原<title>甲… — the former holder's post is the one printed earlier in
# the sentence with the same head, and the article says who followed whom.
@pytest.mark.parametrize(
    ("text", "former", "succession"),
    [
        (
            "陈晓东当选临江省人民政府省长，原省长龚明远现任临江省委书记。",
            ("龚明远", "临江省人民政府省长"),
            ("临江省人民政府省长", "龚明远", "陈晓东"),
        ),
        (
            "柴思雨当选临江自治区主席，原主席龚明远已调任国家能源局局长。",
            ("龚明远", "临江自治区主席"),
            ("临江自治区主席", "龚明远", "柴思雨"),
        ),
        (
            "錢小禾當選海州市市長，原市長龔明遠現任海州市委書記。",
            ("龚明远", "海州市长"),
            ("海州市长", "龚明远", "钱小禾"),
        ),
        (
            "在政府方面，林晓峰当选江城市人民政府市长，前市长宁可心已退休。",
            ("宁可心", "江城市人民政府市长"),
            ("江城市人民政府市长", "宁可心", "林晓峰"),
        ),
    ],
)
def test_a_former_holder_after_an_election_takes_the_post_and_is_succeeded(
    text: str, former: tuple[str, str], succession: tuple[str, str, str]
) -> None:
    assert former in roles(text)
    assert succession in successions(text)


def test_a_former_title_of_another_head_stays_bare() -> None:
    found = roles("钱小禾当选海州市副市长，原市长龚明远出席。")
    assert ("龚明远", "海州市副市长") not in found and ("龚明远", "海州市长") not in found


# 甲接替乙当选/就任某职: 甲 is given the post, 乙 is the predecessor (never the one elected).
@pytest.mark.parametrize(
    ("text", "after", "before", "position"),
    [
        ("柴思雨接替龚明远当选临江自治区主席。", "柴思雨", "龚明远", "临江自治区主席"),
        ("柴思雨接替龔明遠當選臨江自治區主席。", "柴思雨", "龚明远", "临江自治区主席"),
        ("会上，钱小禾接替林晓峰当选为海州市政协主席。", "钱小禾", "林晓峰", "海州市政协主席"),
        ("宁可心接替柴思雨就任江城市市长。", "宁可心", "柴思雨", "江城市长"),
    ],
)
def test_jieti_before_an_election_names_the_predecessor(
    text: str, after: str, before: str, position: str
) -> None:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    changes = {(r.person, r.position, r.change) for r in facts.roles}
    assert (after, position, "start") in changes and (before, position, "end") in changes
    assert (before, position, "start") not in changes
    assert (position, before, after) in successions(text)


# 现任/转任/就任: posts held now (dated like the sentence, never past); the title before the name places
# a bare post after 转任; a list opening (分别是) is no part of a dotted name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "原市长龚明远现任海州市委书记、市人大常委会主任。",
            {("龚明远", "海州市委书记"), ("龚明远", "海州市人大常委会主任")},
        ),
        (
            "在两会之前，钱小禾就任甘肃省人民政府副省长；河南省人大常委会副主任柴思雨转任省委常委、秘书长。",
            {("钱小禾", "甘肃省人民政府副省长"), ("柴思雨", "河南省委常委"), ("柴思雨", "河南省委秘书长")},
        ),
        (
            "河南省人大常委會副主任柴思雨轉任省委常委、秘書長。",
            {("柴思雨", "河南省委常委"), ("柴思雨", "河南省委秘书长")},
        ),
        (
            "兩人當選人大主任，分別是帕巴·格列當選臨江自治區人大常委會主任，龔明遠當選海州省人大常委會主任。",
            {("帕巴·格列", "临江自治区人大常委会主任"), ("龚明远", "海州省人大常委会主任")},
        ),
    ],
)
def test_posts_held_now_after_xianren_zhuanren_jiuren(text: str, expected: set[tuple[str, str]]) -> None:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    found = {(r.person, r.position): r for r in facts.roles}
    for key in expected:
        assert key in found and found[key].change in ("", "start") and found[key].date == DAY
    assert not any(p.startswith("分别") for p, _ in found)


# A notice's list of posts goes on after a comma when every piece is a whole post (不再担任某职，某职、某职，
# 某职职务; 兼任某职，某职。; 任命甲为某职，代理某职职务), and never over the next item of a list (乙为某职).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "柴思雨同志不再担任临江市人民政府党组成员，临江新区党工委副书记、委员，临江新区管委会主任职务。",
            {("柴思雨", "临江市人民政府党组成员", "end"), ("柴思雨", "临江新区管委会主任", "end")},
        ),
        (
            "临江市副市长龚明远兼任临江新区党工委委员、副书记，临江新区管委会主任。",
            {("龚明远", "临江新区党工委副书记", "start"), ("龚明远", "临江新区管委会主任", "start")},
        ),
        (
            "錢小禾同志不再擔任海州市人民政府黨組成員，海州高新區管委會主任職務。",
            {("钱小禾", "海州市人民政府党组成员", "end"), ("钱小禾", "海州高新区管委会主任", "end")},
        ),
        (
            "会议决定任命林晓峰为江城市副市长，代理江城市市长职务。",
            {("林晓峰", "江城市副市长", "start"), ("林晓峰", "江城市代理市长", "start")},
        ),
    ],
)
def test_a_notice_list_of_posts_goes_on_after_a_comma(text: str, expected: set[tuple[str, str, str]]) -> None:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    assert expected <= {(r.person, r.position, r.change) for r in facts.roles}


@pytest.mark.parametrize(
    "text",
    [
        "会议决定任命龚明远为临江市审计局局长，柴思雨为临江市统计局局长。",
        "會議決定任命龔明遠為臨江市審計局局長，柴思雨為臨江市統計局局長。",
        "会议决定任命龚明远为临江市审计局局长，负责全面工作。",
    ],
)
def test_the_next_item_of_a_notice_is_no_post_of_the_first_name(text: str) -> None:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    mine = {r.position for r in facts.roles if r.person == "龚明远"}
    assert mine == {"临江市审计局局长"}


def test_a_resignation_and_an_acting_appointment_are_a_succession() -> None:
    text = "会议接受龚明远辞去江城市市长职务，决定任命林晓峰为江城市副市长，代理江城市市长职务。"
    assert ("江城市长", "龚明远", "林晓峰") in successions(text)


# 时任某职的甲: the post held at the time the sentence speaks of, dated by that sentence.
@pytest.mark.parametrize(
    ("text", "expected", "date"),
    [
        ("2009年11月，时任海州省长的龚明远获中央任命，出任临江省委书记。", ("龚明远", "海州省长"), "2009-11"),
        ("同年3月，时任农业部长的柴思雨也同获任命。", ("柴思雨", "农业部长"), None),
        ("2012年5月，時任江城市副市長的錢小禾調任海州市。", ("钱小禾", "江城市副市长"), "2012-05"),
    ],
)
def test_the_post_held_at_the_time_before_de_and_a_name(
    text: str, expected: tuple[str, str], date: str | None
) -> None:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    found = {(r.person, r.position): r for r in facts.roles}
    assert expected in found
    if date:
        assert found[expected].date == date


# 甲和乙为某职, 任命甲与乙为某职: two names joined by a joiner are two holders.
@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("会议闭幕。其中，钱小禾为临江省委书记，龚明远和柴思雨为临江省委副书记。", "临江省委副书记"),
        ("會議閉幕。其中，錢小禾為臨江省委書記，龔明遠與柴思雨為臨江省委副書記。", "临江省委副书记"),
        ("会议选举龚明远和柴思雨为临江省委副书记。", "临江省委副书记"),
        ("会议决定任命龚明远及柴思雨为临江市副市长。", "临江市副市长"),
    ],
)
def test_two_names_joined_by_he_are_two_holders(text: str, position: str) -> None:
    assert {("龚明远", position), ("柴思雨", position)} <= roles(text)


# A biography's clauses run on across semicolons: the career list after ；…曾任 is the same person's.
@pytest.mark.parametrize(
    "text",
    [
        "官方宣布，龚明远出任临江省委书记。资料显示，龚明远1960年生，曾任海州市副市长；2015年后调往北京，曾任国家能源局副局长、江城市委副书记。",
        "官方宣布，龔明遠出任臨江省委書記。資料顯示，龔明遠1960年生，曾任海州市副市長；2015年後調往北京，曾任國家能源局副局長、江城市委副書記。",
        "官方宣布，龚明远出任临江省委书记。龚明远长年在海州工作，历任海州市副市长；此后曾任国家能源局副局长、江城市委副书记等职。",
    ],
)
def test_a_career_list_after_a_semicolon_is_the_same_persons(text: str) -> None:
    found = roles(text)
    assert {("龚明远", "国家能源局副局长"), ("龚明远", "江城市委副书记")} <= found


def test_a_career_after_a_full_stop_and_another_subject_is_not_the_first_persons() -> None:
    text = "官方宣布，龚明远出任临江省委书记。另据报道，曾任国家能源局副局长的柴思雨也已到任。"
    assert ("龚明远", "国家能源局副局长") not in roles(text)


# A bare title the article also prints completed for the same person is left out (a bare title is no post).
@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "会议选举产生八届市委常委会，龚明远当选书记，柴思雨当选副书记。会议召开。龚明远当选临江市委书记，柴思雨当选临江市委副书记。",
            {("龚明远", "临江市委书记"), ("柴思雨", "临江市委副书记")},
            {("龚明远", "书记"), ("柴思雨", "副书记")},
        ),
        (
            "會議選舉產生八屆市委常委會，龔明遠當選書記。會議召開。龔明遠當選臨江市委書記。",
            {("龚明远", "临江市委书记")},
            {("龚明远", "书记")},
        ),
        (
            "团长龚明远率团访问。临江考察团团长龚明远表示感谢。",
            {("龚明远", "临江考察团团长")},
            {("龚明远", "团长")},
        ),
    ],
)
def test_a_bare_title_repeated_completed_is_left_out(
    text: str, kept: set[tuple[str, str]], dropped: set[tuple[str, str]]
) -> None:
    found = roles(text)
    assert kept <= found and not dropped & found


def test_a_bare_title_without_its_completed_form_stays() -> None:
    found = roles("县长龚明远在副县长柴思雨陪同下检查工作。临江市委书记龚明远讲话。")
    assert ("柴思雨", "副县长") in found


def test_a_bare_title_is_no_repeat_of_a_longer_head() -> None:
    found = roles("会议由主任龚明远主持。龚明远曾任临江集团副主任。")
    assert {("龚明远", "主任"), ("龚明远", "临江集团副主任")} <= found  # 副主任 is another head


# A party affiliation (无党籍) and a speaker's lead (…者为) start no organisation.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中评社上海7月2日电（记者 柴思雨）无党籍台北市长龚明远1日率团赴上海。", ("龚明远", "台北市长")),
        ("中評社上海7月2日電（記者 柴思雨）無黨籍台北市長龔明遠1日率團赴上海。", ("龚明远", "台北市长")),
        ("论坛由市长致词开场，台北方讲者为台北市卫生局长钱小禾。", ("钱小禾", "台北市卫生局长")),
        ("論壇由市長致詞開場，江城方主講者為江城市衛生局長錢小禾。", ("钱小禾", "江城市卫生局长")),
    ],
)
def test_an_affiliation_or_a_speakers_lead_starts_no_organisation(
    text: str, expected: tuple[str, str]
) -> None:
    found = roles(text)
    assert expected in found and not any(p.startswith(("柴思雨", "无党籍")) or "者为" in p for _, p in found)


# 前/原 before a post the article prints elsewhere without it: a former holder of that post (a predecessor).
@pytest.mark.parametrize(
    ("text", "before", "after", "position"),
    [
        (
            "今年2月，龚明远获前行政院长柴思雨邀请出任主委。行政院长钱小禾表示欢迎。",
            "柴思雨",
            "钱小禾",
            "行政院长",
        ),
        (
            "今年2月，龔明遠獲前行政院長柴思雨邀請出任主委。行政院長錢小禾表示歡迎。",
            "柴思雨",
            "钱小禾",
            "行政院长",
        ),
        (
            "临江集团董事长林晓峰今天出席仪式。原临江集团董事长宁可心也到场。",
            "宁可心",
            "林晓峰",
            "临江集团董事长",
        ),
    ],
)
def test_a_former_marker_before_a_post_printed_elsewhere(
    text: str, before: str, after: str, position: str
) -> None:
    facts = process_document(Source("t.txt", text, "utf-8", user_date=DAY))
    assert (before, position, "former") in {(r.person, r.position, r.change) for r in facts.roles}


def test_a_former_marker_inside_a_word_stays() -> None:
    found = roles("原子能机构主任龚明远出席会议。")
    assert not any(p.startswith("子能") for _, p in found)
