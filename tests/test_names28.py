"""People recall, issue 13 round 28 (names28): classes ranked by their spread over the studied sets. A name printed
before its title after a preposition or verb whose object it is (在某某总统任内, 同某某首相会谈, 向某某市长汇报:
``word_uses.tsv`` name_title_object_lead), never after a word opening with such a lead (至于, 在于: object_lead_word);
a dotted name whose first part holds a title head (某委员会主委甲·乙) starts after the title; a 、 list closed by 等 and
a group of people the vocabulary lacked (等人, 等学者, 等企业家代表: list_group), never by a group that is no people
(等人气景点: list_body_group); a having lead printed with a colon (名单为：甲、乙). Invented names and frames only."""

from __future__ import annotations

import pytest

from test_mentions import names, persons

# ---- the order of address after an object lead ----


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        pytest.param("两地交流在林晓峰总统任内启动，延续至今。", "林晓峰", "name_title:总统", id="zai-simplified"),
        pytest.param("兩地交流在林曉峰總統任內啟動。", "林晓峰", "name_title:总统", id="zai-traditional"),
        pytest.param("上月外长在海州同柴思雨首相举行会谈。", "柴思雨", "name_title:首相", id="tong"),
        pytest.param("这段情谊可以回溯至龚明远市长在任时期。", "龚明远", "name_title:市长", id="zhi"),
        pytest.param("书记昨天看望钱小禾校长并了解校务。", "钱小禾", "name_title:校长", id="kanwang"),
        pytest.param("主席致函祝賀錢小禾議長連任。", "钱小禾", "name_title:议长", id="zhuhe-traditional"),
        pytest.param("副县长今天代表宁可心县长出席颁奖。", "宁可心", "name_title:县长", id="daibiao"),
        pytest.param("议长致词时肯定柴思雨县长推动的工作。", "柴思雨", "name_title:县长", id="kending"),
        pytest.param("各局处长向龚明远市长汇报进度。", "龚明远", "name_title:市长", id="xiang"),
        pytest.param("主持人随后请林晓峰院长致辞。", "林晓峰", "name_title:院长", id="qing"),
        pytest.param("他和柴思雨局长一起走访企业。", "柴思雨", "name_title:局长", id="he"),
        pytest.param("今晚宴请钱小禾部长一行。", "钱小禾", "name_title:部长", id="yanqing"),
        pytest.param("市府会同宁可心处长研商方案。", "宁可心", "name_title:处长", id="huitong"),
    ],
)
def test_a_name_before_its_title_after_an_object_lead(text: str, name: str, rule: str) -> None:
    assert (name, rule) in persons(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("议员对于交通局长一职仍由代理表示不满。", "于交通", id="duiyu-word"),
        pytest.param("至于交通局长的人选尚未确定。", "于交通", id="zhiyu-word"),
        pytest.param("秘书处向各位市长寄送了通知。", "各位", id="xiang-group"),
        pytest.param("会上请各位县长逐一发言。", "各位", id="qing-group"),
        pytest.param("代表团在海州市长陪同下参观。", "海州市", id="zai-place"),
        pytest.param("代表市委书记宣读贺信。", "市委书", id="daibiao-post"),
    ],
)
def test_no_name_before_a_title_after_a_lead_word(text: str, absent: str) -> None:
    assert not any(absent in n for n in names(text))


# ---- a dotted name never holds its title ----


@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        pytest.param("海州族委员会主委阿卡·斯林与县长林晓峰出席。", "阿卡·斯林", "会主委阿卡·斯林", id="after-committee"),
        pytest.param(
            "松岩市市长安德烈·莫林、驻华大使丹尼·奥卡,临江省长龚明远出席。",
            "丹尼·奥卡",
            "驻华大使丹尼·奥卡",
            id="list-item-with-title",
        ),
    ],
)
def test_a_dotted_name_starts_after_its_title(text: str, name: str, glued: str) -> None:
    found = names(text)
    assert name in found and glued not in found


# ---- a 、 list closed by 等 and a group of people ----


@pytest.mark.parametrize(
    ("text", "listed", "rule"),
    [
        pytest.param("主任率领龚明远、柴思雨等人，察看堤防。", {"龚明远", "柴思雨"}, "list_closed:人", id="deng-ren"),
        pytest.param(
            "論壇邀得龔明遠、柴思雨、錢小禾等學者，共商規劃。", {"龚明远", "柴思雨", "钱小禾"}, "list_closed:学者", id="scholars"
        ),
        pytest.param(
            "书记与林晓峰、宁可心、柴思雨等企业家代表座谈。",
            {"林晓峰", "宁可心", "柴思雨"},
            "list_closed:企业家",
            id="entrepreneurs",
        ),
    ],
)
def test_a_list_closed_by_a_group_of_people(text: str, listed: set[str], rule: str) -> None:
    found = persons(text)
    assert all((n, rule) in found for n in listed)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("松岩、青禾等人气景点游客如织。", "松岩", id="popular-places"),
        pytest.param("江城、海州等人口大市率先试点。", "江城", id="populous-cities"),
        pytest.param("林业、农业等部门负责人参加。", "林业", id="bodies"),
    ],
)
def test_a_list_closed_by_no_people_reads_none(text: str, absent: str) -> None:
    assert absent not in names(text)


# ---- a having lead printed with a colon ----


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        pytest.param("评审小组共5人，名单为：林晓峰、龚明远、柴思雨。", {"林晓峰", "龚明远", "柴思雨"}, id="list-colon"),
        pytest.param("評審小組共5人,名單為:林曉峰、龔明遠、柴思雨。", {"林晓峰", "龚明远", "柴思雨"}, id="list-colon-traditional"),
        pytest.param("获奖的分别是：宁可心、钱小禾。", {"宁可心", "钱小禾"}, id="respectively-colon"),
    ],
)
def test_a_having_lead_with_a_colon(text: str, listed: set[str]) -> None:
    assert listed <= names(text)


def test_a_having_lead_with_a_colon_still_needs_names() -> None:
    assert not {"高校", "高职"} & {n for n, r in persons("招生的名单为：高校、高职。") if r == "list_having"}


# ---- the open right edge: a death, an act about to come, a weekday ----


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        pytest.param("松岩县前县长钱小禾病故，各界表示哀悼。", "钱小禾", "titled:follow.death", id="death"),
        pytest.param("江城市長龔明遠猝逝，享壽六十。", "龚明远", "titled:follow.death", id="death-traditional"),
        pytest.param("海州市长宁可心即将率团出访。", "宁可心", "titled:follow.time", id="about-to"),
        pytest.param("临江省外事办主任柴思雨周三在江城接待来宾。", "柴思雨", "titled:follow.time", id="weekday"),
        pytest.param("臨江省外事辦主任柴思雨星期五出席酒會。", "柴思雨", "titled:follow.time", id="weekday-traditional"),
    ],
)
def test_a_titled_name_before_a_death_or_a_time(text: str, name: str, rule: str) -> None:
    assert (name, rule) in persons(text)


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        pytest.param("临江省原副省长龚明远病故。", "龚明远病故", id="death-not-glued"),
        pytest.param("江城市长柴思雨周二出访。", "柴思雨周二", id="weekday-not-glued"),
    ],
)
def test_the_follower_is_no_part_of_the_name(text: str, glued: str) -> None:
    assert glued not in names(text)


# ---- a word after a title is no name (not_person.txt) ----


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("海州法官由海州行政长官任命。", "任命", id="appoint"),
        pytest.param("他在临江省副省长任上调往江城。", "任上", id="in-office"),
        pytest.param("她以青禾县长身份到场致意。", "身份", id="capacity"),
        pytest.param("海州政务司司长根据条例提出动议。", "根据", id="according"),
        pytest.param("海州总理任期内推动改革。", "任期", id="term"),
    ],
)
def test_a_word_after_a_title_is_no_name(text: str, word: str) -> None:
    assert word not in names(text)


# ---- an unknown name before 总书记 joined to a lead by 和/及/与 ----


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("全面贯彻会议精神和林远峰总书记重要指示。", id="he"),
        pytest.param("學習會議精神及林遠峰總書記重要講話。", id="ji-traditional"),
    ],
)
def test_a_name_before_the_general_secretary_after_a_joiner(text: str) -> None:
    assert ("林远峰", "honorific:总书记") in persons(text)


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        pytest.param("青禾县委副书记、县长钱小禾总结半年工作。", "钱小禾", "titled:follow.act", id="sum-up"),
        pytest.param("松岩研究院副院长柴思雨聚焦乡村振兴作报告。", "柴思雨", "titled:follow.act", id="focus"),
        pytest.param("江城前任市长林晓峰连续两年缺席酒会。", "林晓峰", "titled:follow.manner", id="in-a-row"),
        pytest.param("海州觀光局長錢小禾都將出席。", "钱小禾", "titled:follow.adverb", id="all-will"),
        pytest.param("副局长（交通）宁可心坐正，接任局长。", "宁可心", "titled:follow.take", id="promoted"),
        pytest.param("市府顾问龚明远改出任文化局长。", "龚明远", "titled:follow.take", id="moved-instead"),
    ],
)
def test_a_titled_name_before_a_predicate_no_list_knew(text: str, name: str, rule: str) -> None:
    assert (name, rule) in persons(text)


# ---- a name opening its clause before an attendance form, a chair or a transfer (clause_forms.tsv) ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("下午各组分组审议。柴远帆参加讨论。", "柴远帆", id="attend-discussion"),
        pytest.param("上午各组分组审议。林晓峰出席会议并听取意见。", "林晓峰", id="attend-meeting"),
        pytest.param("上午举行预备会议。宁可心同志主持会议。", "宁可心", id="chair-comrade"),
        pytest.param("大会举行预备会议。龚远同志主持会议。", "龚远", id="chair-two-characters"),
        pytest.param("根据上级决定，柴思雨同志由江城学院院长转任党委书记。", "柴思雨", id="transfer"),
    ],
)
def test_a_name_opening_its_clause_before_a_form(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("会议开始。常委出席会议。", "常委", id="two-character-noun"),
        pytest.param("活动开始。师生参加活动。", "师生", id="group"),
        pytest.param("活动开始。党员同志参加活动。", "党员", id="comrades"),
        pytest.param("大会开幕。大家参加讨论。", "大家", id="everyone"),
    ],
)
def test_no_name_opens_a_clause_before_a_form(text: str, absent: str) -> None:
    assert absent not in names(text)


# ---- rare surnames of the modern table (surnames.txt), words opening with them (surname_word) ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("青禾县委副书记、县长摆思远出席。", "摆思远", id="bai"),
        pytest.param("县领导林晓峰、柴思雨、呙远航陪同察看。", "呙远航", id="guo-in-list"),
        pytest.param("松巖縣府處長鄞可心亦到場致意。", "鄞可心", id="yin-traditional"),
        pytest.param("江城市委副书记、市长宇向帆在致辞中指出。", "宇向帆", id="yu"),
    ],
)
def test_a_rare_surname_opens_a_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("会上，副县长摆放了花篮。", "摆放", id="bai-word"),
        pytest.param("江城市长宇宙探索馆开馆。", "宇宙", id="yu-word"),
    ],
)
def test_a_word_opening_with_a_rare_surname_is_no_name(text: str, word: str) -> None:
    assert not any(n.startswith(word) for n in names(text))
