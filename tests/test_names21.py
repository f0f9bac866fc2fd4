"""People recall, issue 13 round 21 (names the build did not find): Japanese surnames of two characters,
the Japanese local titles (町长, 副町长, 教育长), and names printed before their title after a verb or a
preposition whose object they are, or holding 和/之. Invented names and frames only."""

from __future__ import annotations

import pytest

from test_mentions import names, persons

# ---- Japanese two-character surnames (surnames_japanese.txt): 3-4 characters after a title ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("海州县知事铃木晴美，昨日抵达临江。", "铃木晴美", id="governor-four"),
        pytest.param("松岩县副知事渡边拓海出席开幕式。", "渡边拓海", id="vice-governor-four"),
        pytest.param("松岩町町长佐藤一郎率团抵达江城。", "佐藤一郎", id="town-mayor"),
        pytest.param("松岩町副町长高桥美咲、教育长石田健出席。", "高桥美咲", id="vice-town-mayor"),
        pytest.param("松岩町副町长高桥美咲、教育长森田健出席。", "森田健", id="education-chief-three"),
        pytest.param("临江市长龚明远会见海州市长樱井恒一行。", "樱井恒", id="three-after-mayor"),
        pytest.param("青禾县议会议长太田晴出席欢迎宴会。", "太田晴", id="speaker-three"),
        pytest.param("松岩縣知事齊藤明輝率團抵達臺中。", "齐藤明辉", id="traditional-script"),
        pytest.param("海州县知事山本一太、海州市长小川晶等出席。", "小川晶", id="list-of-titled"),
        pytest.param("会见以海州县知事西胁拓真为团长的代表团。", "西胁拓真", id="before-wei-tuanzhang"),
    ],
)
def test_a_japanese_surname_starts_a_name_after_a_title(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("青禾县副县长龚明远在大西洋沿岸考察。", "大西洋", id="ocean-not-a-name"),
        pytest.param("临江市长龚明远赴中山市考察。", "中山市", id="place-not-a-name"),
        pytest.param("临江市副市长柴思雨到清水县调研。", "清水县", id="county-not-a-name"),
        pytest.param("江城市长林晓峰表示，第二阶段工作已经启动。", "二阶段", id="phase-not-a-name"),
        pytest.param("海州县知事龚明远一行参观了福田区的企业。", "福田区", id="district-not-a-name"),
        pytest.param("松岩町长一行抵达。", "松岩町", id="town-alone"),
    ],
)
def test_a_word_that_starts_like_a_japanese_surname_is_no_name(text: str, absent: str) -> None:
    assert absent not in names(text)


# ---- the order of address: a name then its title, after an object lead (name_title_object_lead) ----


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        pytest.param("临江代表团受到龚明远市长的热情接待。", "龚明远", "name_title:市长", id="shoudao"),
        pytest.param("代表团拜会柴思雨副市长，双方交换意见。", "柴思雨", "name_title:副市长", id="baihui"),
        pytest.param("會議由林曉峰副市長主持。", "林晓峰", "name_title:副市长", id="you-traditional"),
        pytest.param("新区管委会暂由钱小禾副区长代管。", "钱小禾", "name_title:副区长", id="zanyou"),
        pytest.param(
            "多位首长出动，包括宁可心秘书长至江城视察。", "宁可心", "name_title:秘书长", id="baokuo"
        ),
        pytest.param("今天会晤柴思雨议长，商谈合作。", "柴思雨", "name_title:议长", id="huiwu"),
        pytest.param(
            "鄉長龔明遠、縣議員柴思雨及林曉峰議員到場。", "林晓峰", "name_title:议员", id="ji-after-list"
        ),
        pytest.param("临江市长龚明远偕同柴思雨局长前往。", "柴思雨", "name_title:局长", id="xietong"),
        pytest.param("今日蒞府拜會欧阳青禾市長。", "欧阳青禾", "name_title:市长", id="compound-four"),
    ],
)
def test_a_name_before_its_title_after_an_object_lead(text: str, name: str, rule: str) -> None:
    assert (name, rule) in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("今天多位首长分头视察；龚和然副市长视察江城区工程。", "龚和然", id="he-middle"),
        pytest.param("今天多位首长分头视察；柴惕之副市长前往青禾区。", "柴惕之", id="zhi-last"),
    ],
)
def test_a_name_before_its_title_may_hold_he_or_zhi(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("会议由市长主持。", "由市长", id="you-bare-title"),
        pytest.param("会议由江城市长主持。", "江城市", id="you-place-title"),
        pytest.param("代表团会见市政府秘书长一行。", "市政府", id="organ-title"),
        pytest.param("龚明远与会员代表座谈。", "会员", id="member-noun"),
        pytest.param("龚明远市长及有关局长出席。", "有关", id="ji-determiner"),
        pytest.param("临江代表团与和平区区长会面。", "和平区", id="district-head"),
        pytest.param("由原环保局长柴思雨主持。", "原环保", id="former-marker"),
        pytest.param("松岩代表团赴海州，包括海州町副町长龚明远。", "海州町", id="town-before-title"),
        pytest.param("感谢各位局长的支持。", "各位", id="thanks-plural"),
    ],
)
def test_an_object_lead_before_no_name_finds_none(text: str, absent: str) -> None:
    assert not any(absent in n for n in names(text))


# ---- rare surnames (surnames.txt: 粘, 槐, 弓) and organisations that end no name before a title ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("江城市政协秘书长槐晓峰在主席台就座。", "槐晓峰", id="huai"),
        pytest.param("临江县政协主席弓思远在会上讲话。", "弓思远", id="gong"),
        pytest.param("海州办事处处长粘可心出席见证。", "粘可心", id="nian"),
    ],
)
def test_a_rare_surname_starts_a_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("临江代表团会见海州国民党副主席一行。", "国民党", id="party"),
        pytest.param("江城代表团拜会青禾联盟秘书长。", "禾联盟", id="alliance"),
        pytest.param("临江代表团拜会江城市府秘书长。", "江城市府", id="city-government"),
        pytest.param("工作人员要求粘贴公告，槐树下设摊。", "粘贴公", id="verb-nian"),
    ],
)
def test_an_organisation_before_a_title_is_no_name(text: str, absent: str) -> None:
    assert not any(absent in n for n in names(text))


# ---- a titled name before a manner or inspection word (name_followers.tsv), or after a note on the post ----


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        pytest.param("临江市副市长龚明远冒雨察看河道。", "龚明远", "titled:follow.manner", id="in-the-rain"),
        pytest.param(
            "卸任江城市文化局长柴思雨感性地说，要继续努力。", "柴思雨", "titled:follow.manner", id="moved"
        ),
        pytest.param(
            "江城市政务司司长林晓峰巡视了农贸市场。", "林晓峰", "titled:follow.inspect", id="patrol"
        ),
        pytest.param("青禾县县长钱小禾走访困难群众。", "钱小禾", "titled:follow.inspect", id="call-on"),
        pytest.param(
            "臨江市副市長寧可心慰問了一線職工。", "宁可心", "titled:follow.inspect", id="traditional-console"
        ),
    ],
)
def test_a_titled_name_ends_before_a_manner_or_inspection_word(text: str, name: str, rule: str) -> None:
    assert (name, rule) in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("江城市审计局局长（兼）龚明远作说明。", "龚明远", id="concurrent"),
        pytest.param("臨江市新聞處助理處長（傳媒）柴思雨陪同。", "柴思雨", id="portfolio-traditional"),
        pytest.param("青禾县副县长（挂职）林晓峰出席。", "林晓峰", id="seconded"),
        pytest.param("江城市长（代）钱小禾主持会议。", "钱小禾", id="acting"),
    ],
)
def test_a_note_on_the_post_stands_between_title_and_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("临江市副市长（左）与来宾交谈。", "与来宾", id="photo-position"),
        pytest.param("江城市长（2031年）工作报告发布。", "工作报", id="year-not-a-note"),
        pytest.param("临江市长高级顾问柴思雨出席。", "高级", id="senior-not-a-name"),
        pytest.param("临江市副市长龚明远检查工作。", "龚明", id="two-not-cut"),
        pytest.param("临江市副市长王刚检查工作。", "王刚检", id="two-character-name"),
    ],
)
def test_no_name_from_a_photo_mark_a_year_or_a_grade(text: str, absent: str) -> None:
    assert absent not in names(text)


# ---- a list closed by 等 and a group of people (list_group: 议员, 干部, 嘉宾…), and turns of speech ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("晚会开始。龚明远、柴思雨、林晓峰等几位议员也出席。", "柴思雨", id="councillors"),
        pytest.param("座谈会上，龚明远、柴思雨等年轻干部作交流发言。", "龚明远", id="seconded-cadres"),
        pytest.param("開幕式上，龔明遠、柴思雨等嘉賓出席。", "柴思雨", id="guests-traditional"),
        pytest.param("会议结束前，钱小禾、宁可心作表态发言。", "宁可心", id="pledge-speech"),
    ],
)
def test_a_list_closed_by_a_group_of_people(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("市场、超市、商场等多位专家出席。", id="places-not-names"),
        pytest.param("农业、林业、水利等部门干部出席。", id="sectors-not-names"),
    ],
)
def test_a_list_of_words_before_a_group_is_no_list_of_names(text: str) -> None:
    assert not names(text)


# ---- a Japanese given name may end with 也/和/之 (word_uses japanese_given_last) ----


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        pytest.param("海州县副知事渡边拓也出席仪式。", "渡边拓也", "渡边拓", id="ye"),
        pytest.param("松岩町副町长高桥美和、教育长石田健出席。", "高桥美和", "高桥美", id="he"),
        pytest.param("松岩市长佐藤博之表示，欢迎来访。", "佐藤博之", "佐藤博", id="zhi"),
    ],
)
def test_a_japanese_given_name_may_end_with_a_particle(text: str, name: str, absent: str) -> None:
    found = names(text)
    assert name in found and absent not in found


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        pytest.param("松岩市长佐藤健和临江市长龚明远会谈。", "佐藤健", "佐藤健和", id="he-joins"),
        pytest.param("临江市副市长欧阳青也出席。", "欧阳青", "欧阳青也", id="chinese-compound-ye"),
        pytest.param("临江市长龚明远和柴思雨出席。", "龚明远", "龚明远和", id="chinese-he"),
    ],
)
def test_the_particle_stays_out_of_other_names(text: str, name: str, absent: str) -> None:
    found = names(text)
    assert name in found and absent not in found
