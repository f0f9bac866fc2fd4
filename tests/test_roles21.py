"""Issue 13, roles21: a name printed before its title (the order of address of Taiwan, Hong Kong and Japanese
pages: 甲市长, 某局甲局长, 某市甲议长) holds the post its title names, read as a chain printed before the name
would be: with the place or body printed right before the name, else the page's one place of the title's level.
Invented text only; Simplified and Traditional frames."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, people

ADDRESSED = [
    # the page's one city completes a place title
    ("青禾市召开防汛会议。会上，龚明远市长部署河堤巡查，柴思雨副市长随后通报水情。", "龚明远", "青禾市长"),
    ("青禾市召开防汛会议。会上，龚明远市长部署河堤巡查，柴思雨副市长随后通报水情。", "柴思雨", "青禾市副市长"),
    ("青禾市召開防汛會議。會上，龔明遠市長部署河堤巡查，柴思雨副市長隨後通報水情。", "柴思雨", "青禾市副市长"),
    ("台中市推动数位转型。；钱小禾副市长当天主持说明会。", "钱小禾", "台中市副市长"),
    ("松岩县议会今起开议；宁可心县长到场报告。", "宁可心", "松岩县长"),
    # a place or a body printed right before the name is the post's
    ("日本江城县海州市龚明远市长率团抵达。", "龚明远", "日本江城县海州市长"),
    ("临江市卫生局柴思雨局长说明防疫安排。", "柴思雨", "临江市卫生局局长"),
    ("臨江市衛生局柴思雨局長說明防疫安排。", "柴思雨", "临江市卫生局局长"),
    ("海州市议会林晓峰议长接待来宾。", "林晓峰", "海州市议会议长"),
    ("江城驻松岩办事处钱小禾处长出席见证。", "钱小禾", "江城驻松岩办事处处长"),
]


@pytest.mark.parametrize(("text", "name", "post"), ADDRESSED)
def test_a_name_before_its_title_holds_the_post(text: str, name: str, post: str) -> None:
    assert (name, post) in claims(text)


NOT_THE_PAGE_PLACE = [
    # the post printed in full elsewhere in the article is that person's: no post of the page's place
    ("临江市副市长龚明远率团到海州市考察。海州市委书记林晓峰会见龚明远副市长一行。", "龚明远", "海州市副市长"),
    # a former marker ends the name's reading: 某商会前会长 is a former post, not a name 某会前
    ("江城台湾商会前会长柴思雨出席。", "商会前", "江城台湾会长"),
    # a branch office's head (分局长) is no name ending in 分 before 局长
    ("临江市警察局松岩分局长龚明远出席。", "松岩分", "临江市警察局局长"),
]


@pytest.mark.parametrize(("text", "name", "post"), NOT_THE_PAGE_PLACE)
def test_no_post_from_a_reading_that_does_not_hold(text: str, name: str, post: str) -> None:
    assert (name, post) not in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "7月1日，区十届人大开会。区人大常委龚明远出席。",  # 区人大 + 常委: an organ, no name
        "7月1日，海州市政协常委会议举行。",
    ],
)
def test_an_organ_before_a_title_is_no_name(text: str) -> None:
    found = people(text)
    assert "区人大" not in found and "市政协" not in found


# --- a body's officials listed by comma with its party group among them -----------------------------------

PARTY_GROUP_RUN = [
    ("7月1日，海州市政协会议开幕。海州市政协党组书记龚明远，副主席柴思雨、钱小禾，秘书长宁可心出席。", "柴思雨", "海州市政协副主席"),
    ("7月1日，海州市政協會議開幕。海州市政協黨組書記龔明遠，副主席柴思雨、錢小禾出席。", "钱小禾", "海州市政协副主席"),
    ("7月1日，青禾县常委会开会。青禾县人大常委会委员龚明远，党组成员宁可心等出席。", "宁可心", "青禾县人大常委会|党组成员"),
    ("7月1日，青禾縣常委會開會。青禾縣人大常委會委員龔明遠，黨組成員寧可心列席。", "宁可心", "青禾县人大常委会|党组成员"),
]


@pytest.mark.parametrize(("text", "name", "post"), PARTY_GROUP_RUN)
def test_a_bare_title_after_a_party_group_post_of_a_body_is_that_bodys(text: str, name: str, post: str) -> None:
    assert (name, post.replace("|", "")) in claims(text)  # body|title


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        # a party committee's own post: 党组成员 after it is no committee post
        ("7月1日，临江市委召开会议。临江市委书记林晓峰，党组成员龚明远出席。", "龚明远", "临江市委党组成员"),
        # another sentence: the body does not carry across the full stop
        ("临江市政协党组书记龚明远出席。副主席柴思雨主持。", "柴思雨", "临江市政协副主席"),
    ],
)
def test_no_party_group_run_outside_one_bodys_list(text: str, name: str, post: str) -> None:
    assert (name, post) not in claims(text)


# --- a session's seats printed with 大会 only ----------------------------------------------------------------

SESSION_SEATS = [
    ("中共江城市第九次代表大会闭幕。主席团常务委员龚明远、柴思雨、林晓峰在前排就座。", "柴思雨", "中共江城市第九次代表大会|主席团常务委员"),
    ("中共江城市第九次代表大會閉幕。主席團常務委員龔明遠、柴思雨在前排就座。", "龚明远", "中共江城市第九次代表大会|主席团常务委员"),
    ("中共江城市第九次代表大会开幕。主席团常委龚明远、柴思雨就座。", "龚明远", "中共江城市第九次代表大会|主席团常委"),
    ("中共江城市第九次代表大会开幕。大会秘书长钱小禾作说明。", "钱小禾", "中共江城市第九次代表大会|秘书长"),
    ("中国共产党第三十一次全国代表大会举行预备会议。大会秘书长钱小禾主持。", "钱小禾", "中国共产党第三十一次全国代表大会|秘书长"),
]


@pytest.mark.parametrize(("text", "name", "post"), SESSION_SEATS)
def test_a_presidium_seat_printed_with_the_session_organ_is_the_sessions(text: str, name: str, post: str) -> None:
    assert (name, post.replace("|", "")) in claims(text)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        # printed bare, 秘书长 and 委员 are any body's: never the session's
        ("中共江城市第九次代表大会开幕。秘书长钱小禾作说明。", "钱小禾", "中共江城市第九次代表大会秘书长"),
        ("中共江城市第九次代表大会开幕。委员龚明远发言。", "龚明远", "中共江城市第九次代表大会委员"),
        ("中共江城市第九次代表大会开幕。江城市政协秘书长林晓峰出席。", "林晓峰", "中共江城市第九次代表大会秘书长"),
    ],
)
def test_a_bare_seat_title_is_no_sessions(text: str, name: str, post: str) -> None:
    assert (name, post) not in claims(text)


# --- a bare place title on a page whose places tie: the one local government it prints -------------------------


def test_a_bare_mayor_is_the_mayor_of_the_one_government_the_page_prints() -> None:
    text = "来自新竹的商会团今日拜会新竹市政府，由代理市长钱小禾接待。竹市与桃园市、台中市都有往来。"
    assert ("钱小禾", "新竹市代理市长") in claims(text)


def test_no_government_when_the_page_prints_two() -> None:
    text = "新竹市政府与桃园市政府今日签约，由代理市长钱小禾出席。台中市与台南市也派员。"
    assert not any(p.endswith("代理市长") and len(p) > 4 for n, p in claims(text) if n == "钱小禾")
