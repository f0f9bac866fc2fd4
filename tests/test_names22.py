"""People recall, issue 13 round 22 (names22: names the build did not find): a 、 list closed by 等 and who its
items are, a list printed with commas, a title and its holder split by a quote, a title printed after the name
as its form of address, Japanese names of five characters, 其 inside a given name, Taiwan cabinet title heads.
Invented names and sentence frames only; every class with the near misses that must not fire."""

from __future__ import annotations

import pytest

from test_mentions import names, persons

# ---- A. a 、 list closed by 等 + a group of people or a title head, whatever follows (list_closed) ----


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        pytest.param(
            "应松岩州议会之邀，临江市议会林晓峰议长与龚明远、柴思雨、钱小禾等议员昨日启程。",
            {"龚明远", "柴思雨", "钱小禾"},
            "list_closed:议员",
            id="councillors-after-yu",
        ),
        pytest.param(
            "應松岩州議會之邀，臨江市議會林曉峰議長與龔明遠、柴思雨、錢小禾等議員昨日啟程。",
            {"龚明远", "柴思雨", "钱小禾"},
            "list_closed:议员",
            id="councillors-traditional",
        ),
        pytest.param(
            "全会鼓掌通过龚明远提名的柴思雨、钱小禾、宁可心等副主席人选。",
            {"柴思雨", "钱小禾", "宁可心"},
            "list_closed:副主席",
            id="vice-chairs-title-head",
        ),
        pytest.param(
            "到会的有海州大学教授林晓峰；龚明远、柴思雨、钱小禾等市领导。",
            {"龚明远", "柴思雨", "钱小禾"},
            "list_closed:领导",
            id="city-leaders-unit",
        ),
        pytest.param(
            "省委决定由龚明远、柴思雨等10名同志分别担任巡视组组长。",
            {"龚明远", "柴思雨"},
            "list_closed:同志",
            id="count-of-comrades",
        ),
        pytest.param(
            "龚明远、柴思雨等十余位嘉宾为展馆揭牌。",
            {"龚明远", "柴思雨"},
            "list_closed:嘉宾",
            id="numeral-count-guests",
        ),
    ],
)
def test_a_list_closed_by_who_its_items_are_reads_names(text: str, expected: set[str], rule: str) -> None:
    found = persons(text)
    assert expected <= {n for n, _ in found}
    assert all(r == rule for n, r in found if n in expected)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("江城、海州等地嘉宾齐聚青禾县。", {"江城", "海州"}, id="places-di"),
        pytest.param("张家港、李家庄等村干部接受了培训。", {"张家港", "李家庄"}, id="villages-cun"),
        pytest.param("王府井、周庄等景区负责人介绍了客流。", {"王府井", "周庄"}, id="sights-noun"),
        pytest.param("钢铁、汽车等行业代表发言。", {"钢铁", "汽车"}, id="sectors"),
        pytest.param("水利、交通等部门的负责人列席。", {"水利", "交通"}, id="bodies"),
        pytest.param("宣传、组织等部长参加了培训。", {"宣传", "组织"}, id="departments-title"),
        pytest.param("常委、副主席等领导参加了会议。", {"常委", "副主席"}, id="titles-as-items"),
    ],
)
def test_a_closed_list_of_places_bodies_or_titles_is_no_list_of_names(text: str, absent: set[str]) -> None:
    assert not absent & names(text)


# ---- B. a list printed with commas where others print 、 (list_comma) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "年会第二天由林晓峰主持。常务主席龚明远,柴思雨,钱小禾,宁可心在主席台就座。",
            {"龚明远", "柴思雨", "钱小禾", "宁可心"},
            id="after-title-ascii-commas",
        ),
        pytest.param(
            "开幕式上，龚明远，柴思雨，钱小禾等在主席台就座。",
            {"龚明远", "柴思雨", "钱小禾"},
            id="fullwidth-deng",
        ),
        pytest.param("会议开幕。龚明远,柴思雨在主席台就座。", {"龚明远", "柴思雨"}, id="two-names-seated"),
        pytest.param(
            "会议开幕。龚明远,柴思雨,钱小禾,宁可心,钱家和,蒿一平,林晓峰,马一平,邵可为等在主席台就座。",
            {"钱家和", "蒿一平", "宁可心"},
            id="long-list-particle-and-rare-surname",
        ),
    ],
)
def test_a_comma_list_before_an_attendance_verb_reads_names(text: str, expected: set[str]) -> None:
    assert expected <= names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("随后,龚明远出席了开工仪式。", {"随后"}, id="clause-opening"),
        pytest.param("会上,林晓峰,龚明远出席。", {"会上"}, id="two-items-only"),
        pytest.param("席间,林晓峰在主席台就座。", {"席间"}, id="two-items-seated-opening"),
        pytest.param("近日,江城,海州,松岩代表出席。", {"江城", "海州", "松岩"}, id="places"),
    ],
)
def test_a_comma_clause_is_no_comma_list(text: str, absent: set[str]) -> None:
    assert not absent & names(text)


# ---- C. a quoted title and its holder; the cabinet heads of Taiwan (人事长, 主计长) ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("留任者包括“卫福部长”龚明远、“劳动部长”柴思雨。", "龚明远", id="quoted-title"),
        pytest.param("留任者包括“卫福部长”龚明远、“劳动部长”柴思雨。", "柴思雨", id="quoted-title-second"),
        pytest.param("新阁员有行政院秘书长”林晓峰、交通部长钱小禾。", "林晓峰", id="closing-quote-only"),
        pytest.param("留任者有「主計長」林曉峰、經濟部長錢小禾。", "林晓峰", id="corner-quotes-traditional"),
        pytest.param("名单还有人事长龚明远、主计长柴思雨。", "龚明远", id="renshizhang-head"),
        pytest.param("青禾县经济部次长林晓峰简报事故经过。", "林晓峰", id="jianbao-follower"),
        pytest.param("經濟部長王小禾、“勞動部長”龔明遠續留。", "龚明远", id="xuliu-follower"),
    ],
)
def test_a_quoted_title_or_a_cabinet_head_reads_its_holder(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("江城开通“市长”热线，市民反映强烈。", {"热线"}, id="hotline"),
        pytest.param("该局推行“首席执行官”制度。", {"制度"}, id="system"),
        pytest.param("八名政务委员全数留任。", {"全数"}, id="all-of-them"),
    ],
)
def test_a_quoted_title_before_a_noun_reads_no_name(text: str, absent: set[str]) -> None:
    assert not absent & names(text)


# ---- D. a title after the name as its form of address; Japanese names of five characters ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "松岩市议会议员联盟会长林晓峰议员及干事长龚明远议员昨日抵达。", "林晓峰", id="address-ji"
        ),
        pytest.param(
            "松岩市议会议员联盟会长林晓峰议员及干事长龚明远议员于昨日抵达。", "龚明远", id="address-yu"
        ),
        pytest.param("海州县议会会长渡边富士雄议员率团来访。", "渡边富士雄", id="japanese-five-lv"),
        pytest.param("松岩縣議會幹事長井上明樹議員26日抵達臨江。", "井上明树", id="japanese-four-digits"),
        pytest.param("海州市副市长高岛健一郎等嘉宾到场。", "高岛健一郎", id="japanese-five-deng"),
        pytest.param("松巖縣教育長石塚真彥及課長到場。", "石冢真彦", id="shizuka-traditional"),
    ],
)
def test_a_name_closed_by_its_title_of_address_or_a_long_japanese_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param(
            "「松岩友好议员联盟」会长林晓峰议员及干事长龚明远议员于本月抵达。", {"于本", "联盟"}, id="league"
        ),
        pytest.param("「松岩友好議員連盟」成立。", {"连盟"}, id="renmei"),
        pytest.param("松岩市议员于本月底换届。", {"于本"}, id="preposition-day"),
        pytest.param("领导小组组长由县委书记担任。", {"由县委"}, id="post-held-by-a-title"),
        pytest.param("工作组组长向市委书记汇报。", {"向市委"}, id="preposition-xiang"),
        pytest.param("协会会长江城市长出席。", {"江城市"}, id="place-before-title"),
        pytest.param("海州县知事渡边富士山下的小镇出席。", {"渡边富士山下"}, id="five-needs-boundary"),
    ],
)
def test_an_organisation_or_a_preposition_after_a_title_is_no_name(text: str, absent: set[str]) -> None:
    assert not absent & names(text)


# ---- E. 其 inside a given name after a title (word_uses.tsv name_middle, name_middle_word) ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("行政院副院长陈其远、交通部长林晓峰出席。", "陈其远", id="qi-after-title-list"),
        pytest.param("22日下午，市委书记龚其春主持召开会议。", "龚其春", id="qi-before-verb"),
    ],
)
def test_qi_inside_a_given_name_after_a_title(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("市长王其实很忙。", {"王其实"}, id="qishi"),
        pytest.param("局长李其他同志出席。", {"李其他"}, id="qita"),
        pytest.param("副市长张其余人员到场。", {"张其余"}, id="qiyu"),
    ],
)
def test_a_word_with_qi_after_a_surname_is_no_name(text: str, absent: set[str]) -> None:
    assert not absent & names(text)


# ---- F. a name in Latin letters right after a title (titled:latin), its spaces restored ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "留任者有行政院发言人Lana Kovac、内政部长龚明远。", "Lana Kovac", id="after-spokesman-list"
        ),
        pytest.param("松岩市长Tomas R. Hale偕夫人抵达江城。", "Tomas R. Hale", id="initial-before-verb"),
        pytest.param("海州国贸易部部长Ivo Marten 及随员出席。", "Ivo Marten", id="space-before-joiner"),
    ],
)
def test_a_latin_name_after_a_title(text: str, name: str) -> None:
    found = persons(text)
    assert (name, "titled:latin") in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("江城集团董事长兼CEO出席。", "CEO", id="acronym"),
        pytest.param("某组织秘书长APEC会议期间表示。", "APEC", id="organisation-acronym"),
        pytest.param("该公司经理iPhone发布会上发言。", "iPhone", id="lower-case-first"),
        pytest.param("江城市市长Apple发布会上致辞。", "Apple", id="one-word"),
    ],
)
def test_an_acronym_or_one_latin_word_after_a_title_is_no_name(text: str, absent: str) -> None:
    assert not any(absent in n for n in names(text))


# ---- G. assistant titles (市长助理, 社长助理, 特别助理), boundaries 所提 / 过去, the surname 雒, an adverb after a title of
# address ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("江城市长助理林晓峰陪同考察。", "林晓峰", id="mayor-assistant"),
        pytest.param("海州杂志社社长助理龚明远等到场。", "龚明远", id="publisher-assistant"),
        pytest.param(
            "江城行政长官高级特别助理柴思雨和助理处长林晓峰随行。", "柴思雨", id="special-assistant"
        ),
        pytest.param("全会还通过前秘书长龚明远所提书面报告。", "龚明远", id="suoti"),
        pytest.param("免去雒一平的临江市交通局局长职务。", "雒一平", id="surname-luo"),
        pytest.param("县长感谢卸任局长龚明远过去一年的付出。", "龚明远", id="guoqu"),
        pytest.param("江城市长龚明远大使也出席了晚宴。", "龚明远", id="address-then-adverb"),
    ],
)
def test_assistant_titles_boundaries_and_a_rare_surname(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("市长助理岗位由临江市统一招聘。", {"岗位"}, id="assistant-post-noun"),
        pytest.param("过去一年，江城局长龚明远所提建议被采纳。", {"龚明远所"}, id="suoti-no-cut"),
    ],
)
def test_an_assistant_post_before_a_noun_reads_no_name(text: str, absent: set[str]) -> None:
    assert not absent & names(text)
