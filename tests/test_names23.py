"""People recall and junk people, issue 13 round 23 (names23): classes chosen by how often they show on pages the
build had never seen (the first measurements of three held-out judges). Rare surnames of the full table, words
that begin with a surname character read after a title, and the other classes below. Invented names and
sentence frames only; every class with the near misses that must not fire."""

from __future__ import annotations

import pytest

from test_mentions import names

# ---- A. rare surnames of the full surname table (surnames.txt), both scripts ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("临江省副省长才立新，江城市市长钱小禾参加会见。", "才立新", id="cai"),
        pytest.param("臨江省副省長才立新、江城市市長錢小禾參加會見。", "才立新", id="cai-traditional"),
        pytest.param("江城市政府秘书长蒿一平陪同考察。", "蒿一平", id="hao"),
        pytest.param("海州市委决定：郅明远任青禾区委副书记。", "郅明远", id="zhi-appointed"),
        pytest.param("临江自治区主席布小禾出席仪式并见证签约。", "布小禾", id="bu"),
        pytest.param("江城市侨联副主席遇文书作报告。", "遇文书", id="yu"),
        pytest.param("龚明远、柴思雨、磨长英及钱小禾参加上述活动。", "磨长英", id="mo-in-list"),
        pytest.param("江城县县长禤可心主持会议。", "禤可心", id="xuan"),
        pytest.param("青禾县副县长庾松岩出席活动。", "庾松岩", id="yu-rare"),
    ],
)
def test_a_rare_surname_of_the_full_table_starts_a_name(text: str, name: str) -> None:
    assert name in names(text)


def test_a_rare_surname_keeps_its_given_name_whole() -> None:
    found = names("海州市委决定：郅明远任青禾区委副书记。")
    assert "明远" not in found


# ---- B. a word that begins with a surname character, after a title, is no name (surname_word, arrival_verb) ----


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("临江县长才能到达现场时，天色已晚。", "才能", id="cai-neng"),
        pytest.param("江城市委书记布置工作，要求抓好落实。", "布置", id="bu-zhi"),
        pytest.param("青禾县委書記佈置工作，要求抓好落實。", "布置", id="bu-zhi-traditional"),
        pytest.param("海州局长遇到困难，提出请求。", "遇到", id="yu-dao"),
        pytest.param("班子成员与新任局长磨合顺利。", "磨合", id="mo-he"),
        pytest.param("海州县政府举行乡长布达仪式。", "布达", id="appointment-announced"),
        pytest.param("临江省长来京出席会议。", "来京", id="lai-jing"),
        pytest.param("江城市長來川出席論壇。", "来川", id="lai-chuan-traditional"),
        pytest.param("临江县县长于今天上午前往工地。", "于今天", id="yu-today"),
        pytest.param("江城縣縣長於昨天下午前往工地。", "于昨天", id="yu-yesterday-traditional"),
        pytest.param("同仁纷纷到场恭贺局长高升。", "高升", id="promotion"),
        pytest.param("班子有三人变动，包括原市长龚明远离任。", "包括", id="including-former"),
    ],
)
def test_a_word_after_a_title_is_no_name(text: str, absent: str) -> None:
    assert not any(n.startswith(absent) for n in names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("临江县县长龚明远于今天上午前往工地。", "龚明远", id="name-before-yu-today"),
        pytest.param("江城市长来思远出席论坛。", "来思远", id="lai-surname-given-name"),
        pytest.param("海州市副市长高升平出席会议。", "高升平", id="gao-sheng-given-name"),
        pytest.param("临江市长才思远出席论坛。", "才思远", id="cai-before-a-given-name"),
        pytest.param("江城县副县长包可心出席论坛。", "包可心", id="bao-before-a-given-name"),
    ],
)
def test_a_surname_before_a_given_name_still_reads(text: str, name: str) -> None:
    assert name in names(text)


# ---- C. the order of address (name, then its title): a joiner after an addressed name, 受, a ministry or a
# department before the name, a two-character name paired with the next addressed one (name_titles) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("受张明远书记和柴思远市长的委托，他向大会致辞。", {"张明远", "柴思远"}, id="on-behalf-joined"),
        pytest.param("受龔明遠主任委託，副主任柴思雨主持會議。", {"龚明远"}, id="on-behalf-traditional"),
        pytest.param("海州中级法院钱禾院长和宁岩副院长到场旁听。", {"钱禾", "宁岩"}, id="two-character-pair"),
        pytest.param("江城市人民政府钱小禾市长和宁可心、林晓峰副市长列席会议。", {"钱小禾", "林晓峰"}, id="joined-list"),
        pytest.param("院长特别交代交通部王思材部长须密切关注。", {"王思材"}, id="ministry-before-name"),
        pytest.param("临江省财政厅柴思远厅长出席座谈。", {"柴思远"}, id="department-before-name"),
    ],
)
def test_the_order_of_address_reads_joined_and_short_names(text: str, expected: set[str]) -> None:
    assert expected <= names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("。常务副主任表示，要加快进度。", "常务", id="modifier-not-a-name"),
        pytest.param("江城市长龚明远担任市长和青禾乡长期间政绩突出。", "青禾", id="different-title-family"),
        pytest.param("。金融局长表示，要守住底线。", "金融", id="bureau-word"),
        pytest.param("临江文联办公室主任到场。", "公室", id="office-not-a-body-end"),
    ],
)
def test_the_order_of_address_reads_no_word_as_a_short_name(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_a_verb_of_instruction_ends_the_post_of_an_addressed_name() -> None:
    from test_roles_shared14 import roles

    assert ("王思材", "交通部部长") in roles("院长特别交代交通部王思材部长须密切关注。")


# ---- D. a 、 list of bare names after 分别为/分别是/名单为, its last name after 及/和, a married name in it ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "新一届理事会的五名理事分别为龚明远、柴思雨、林何可心、钱小禾及宁可心。",
            {"龚明远", "柴思雨", "林何可心", "钱小禾", "宁可心"},
            id="respectively-with-married-name",
        ),
        pytest.param(
            "六位顧問分別是龔明遠、柴思雨、錢小禾和寧可心。",
            {"龚明远", "柴思雨", "钱小禾", "宁可心"},
            id="respectively-traditional",
        ),
        pytest.param(
            "评审小组名单为林晓峰、柴思雨、钱小禾。", {"林晓峰", "柴思雨", "钱小禾"}, id="roster"
        ),
    ],
)
def test_a_list_after_a_respectively_lead_reads_its_names(text: str, expected: set[str]) -> None:
    assert expected <= names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("两个分会场分别为江城、海州及青禾。", "青禾", id="places"),
        pytest.param("三项重点分别是高校、高职和中职。", "中职", id="nouns"),
        pytest.param("江城县的两位县领导分别为龚明远、柴思雨和几位局长。", "几位", id="group-after-joiner"),
    ],
)
def test_a_respectively_lead_before_no_names_reads_none(text: str, absent: str) -> None:
    assert not any(absent in n for n in names(text))


# ---- E. a holder's office printed right after the name ends it (name_followers.tsv follow.office) ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("临江县议员龚明远服务处主任柴思雨到场致贺。", "龚明远", id="service-office"),
        pytest.param("江城立委錢小禾服務處執行長出席。", "钱小禾", id="service-office-traditional"),
        pytest.param("海州区议员宁可心办事处职员到场。", "宁可心", id="ward-office"),
        pytest.param("临江市议员林晓峰竞选总部昨日成立。", "林晓峰", id="campaign-office"),
    ],
)
def test_a_holders_office_after_the_name_ends_it(text: str, name: str) -> None:
    assert name in names(text)


def test_the_office_post_keeps_the_holder_in_it() -> None:
    from test_roles_shared14 import roles

    found = roles("临江县议员龚明远服务处主任柴思雨到场致贺。")
    assert any(p == "柴思雨" and "龚明远" in post for p, post in found)
