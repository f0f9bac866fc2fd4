"""Mainland personnel notices, lane nmain27 (issue 13): classes ranked on a fresh sample scored by the strict
scorer and on the judges' first runs. **A rank in brackets after a post** (某大学校长（副部长级）, 某集团副董事长
（正职待遇）: word_uses.tsv rank_note) is no part of the post, so the chain and the notice read on past it. **A reason
with a bracketed aside** (甲因年龄（满65岁）原因不再担任…) still opens a removal. **A post opening with a joiner
character** (任同济大学校长, 为和平区副区长) is read whole in a notice. **The page's own congress** printed with its
place before the session number (某县N届人大常委会) gives the bare organs after it (县法院, 县科协) that
place. **A head count closing a list of names** (甲、乙两位同志, 甲等15位同志) ends the names; a
resignation reads 辞去某职的请求/辞呈 as well as 辞去某职职务. Invented text, Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import built_events, claims, handed_on

# --- a rank in brackets after a post ------------------------------------------------------------------------------

RANK_NOTES = [
    ("日前，中央批准：龚明远同志任海州大学校长（副部长级）、党委副书记。", "龚明远", ("海州大学校长", "海州大学党委副书记")),
    ("日前,中央批準:龔明遠同志任海州大學校長(副部長級)、黨委副書記。", "龚明远", ("海州大学校长", "海州大学党委副书记")),
    ("经研究决定，柴思雨任江城集团副董事长（正职待遇）、党委委员。", "柴思雨", ("江城集团副董事长", "江城集团党委委员")),
    ("經研究決定，柴思雨任江城集團副董事長(正職待遇)、黨委委員。", "柴思雨", ("江城集团副董事长", "江城集团党委委员")),
    ("省委决定：钱小禾同志任临江农学院院长（正厅级）。", "钱小禾", ("临江农学院院长",)),
    ("会议宣布，宁可心担任松岩研究院党委书记(副局级)，林晓峰另有任用。", "宁可心", ("松岩研究院党委书记",)),
]


@pytest.mark.parametrize(("text", "person", "posts"), RANK_NOTES)
def test_a_rank_in_brackets_is_no_part_of_the_post(text: str, person: str, posts: tuple[str, ...]) -> None:
    found = claims(text)
    for post in posts:
        assert (person, post) in found
    assert not any("级" in q or "待遇" in q for p, q in found)


def test_a_rank_note_keeps_the_succession_of_the_notice() -> None:
    text = "日前，中央批准：龚明远同志任海州大学校长（副部长级）；柴思雨同志不再担任海州大学校长职务。"
    assert ("海州大学校长", "柴思雨", "龚明远") in handed_on(text)


RANK_NOTES_NOT = [  # a bracket holding no rank: the post is not cut there
    ("日前，龚明远同志任海州大学校长（试用期一年）。", "龚明远", "海州大学校长（试用期一年）"),
    ("中国（临江）自由贸易试验区管委会主任柴思雨出席。", "柴思雨", "中国（临江）自由贸易试验区管委会主任"),
]


@pytest.mark.parametrize(("text", "person", "post"), RANK_NOTES_NOT)
def test_a_bracket_of_no_rank_is_not_taken_for_one(text: str, person: str, post: str) -> None:
    found = claims(text)
    assert not any(p == person and "（" not in q and q != post and post.startswith(q) for p, q in found)


# --- a reason with a bracketed aside before 不再担任 -----------------------------------------------------------

LEAVE_ASIDES = [
    ("中央决定，龚明远任临江省委书记，柴思雨因年龄（65岁）原因不再担任临江省委书记职务。", "柴思雨"),
    ("中央日前决定，龚明远任临江省委书记，柴思雨因年龄（本月底满65岁）不再担任临江省委书记、常委、委员职务。", "柴思雨"),
    ("中央決定，龔明遠任臨江省委書記，柴思雨因年齡(65歲)原因不再擔任臨江省委書記職務。", "柴思雨"),
]


@pytest.mark.parametrize(("text", "person"), LEAVE_ASIDES)
def test_a_bracketed_aside_in_the_reason_keeps_the_removal(text: str, person: str) -> None:
    assert (person, "临江省委书记") in claims(text)
    assert ("临江省委书记", person, "龚明远") in handed_on(text)


def test_an_aside_with_no_removal_gives_no_post() -> None:
    assert not claims("柴思雨因病（经抢救无效）去世，享年八十岁。")


# --- a notice's post opening with a joiner character -----------------------------------------------------------

JOINER_POSTS = [
    ("龚明远同志任同舟大学校长。", "龚明远", "同舟大学校长"),
    ("龔明遠同志任同舟大學校長。", "龚明远", "同舟大学校长"),
    ("会议决定任命柴思雨为和顺区政府秘书长。", "柴思雨", "和顺区政府秘书长"),
]


@pytest.mark.parametrize(("text", "person", "post"), JOINER_POSTS)
def test_a_notice_post_opening_with_a_joiner_is_read_whole(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# --- the page's own congress printed with its place before the session number ------------------------------------

SESSION_PLACES = [
    (
        "4月26日，松岩县廿三届人大常委会开第七次会议。县科协主席龚明远出席，县法院院长林晓峰列席。会议任命宁可心为松岩县监委委员。",
        [("龚明远", "松岩县科协主席"), ("林晓峰", "松岩县法院院长")],
    ),
    (
        "4月26日，松岩縣廿三屆人大常委會開第七次會議。縣科協主席龔明遠出席，縣檢察院檢察長錢小禾列席。會議任命寧可心為松岩縣監委委員。",
        [("龚明远", "松岩县科协主席"), ("钱小禾", "松岩县检察院检察长")],
    ),
    (
        "本报讯 3月3日，松岩市第廿一届人大常委会议事。市中级法院院长钱小禾列席。会议任命柴思雨为松岩市副市长。",
        [("钱小禾", "松岩市中级法院院长")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SESSION_PLACES)
def test_the_own_congress_gives_its_place_to_the_bare_organs(text: str, expected: list[tuple[str, str]]) -> None:
    found = claims(text)
    for pair in expected:
        assert pair in found


SESSION_PLACES_NOT = [  # a term before no organ of the place, two counties, or a verb before the level: bare
    ("4月2日，会议要求各方筹备好县廿届人大五次会议。县科协主席龚明远讲话。", "龚明远", "县科协主席"),
    ("4月26日，松岩县廿三届运动会开幕。县科协主席龚明远出席。", "龚明远", "县科协主席"),
    ("5月8日，松岩县廿三届人大、青禾县廿一届人大联合开会。县科协主席龚明远出席。", "龚明远", "县科协主席"),
]


@pytest.mark.parametrize(("text", "person", "post"), SESSION_PLACES_NOT)
def test_no_own_congress_leaves_the_organ_bare(text: str, person: str, post: str) -> None:
    assert not any(p == person and q.endswith(post) and q != post for p, q in claims(text))


# --- a head count closing a list of names; 辞去某职的请求 ------------------------------------------------------------

HEAD_COUNTS = [
    ("会议决定任命龚明远、柴思雨、钱小禾三位同志为青禾县监委委员。", ["龚明远", "柴思雨", "钱小禾"], "青禾县监委委员"),
    ("會議決定任命龔明遠、柴思雨兩位同志為青禾縣監委委員。", ["龚明远", "柴思雨"], "青禾县监委委员"),
    ("会议补选龚明远、柴思雨2名同志为临江省人大代表。", ["龚明远", "柴思雨"], "临江省人大代表"),
    ("会议接受林晓峰、宁可心两位同志辞去青禾县政协委员的请求。", ["林晓峰", "宁可心"], "青禾县政协委员"),
    ("会议接受林晓峰辞去青禾县政协委员的辞呈。", ["林晓峰"], "青禾县政协委员"),
]


@pytest.mark.parametrize(("text", "names", "post"), HEAD_COUNTS)
def test_a_head_count_closes_the_names(text: str, names: list[str], post: str) -> None:
    found = claims(text)
    for name in names:
        assert (name, post) in found
    assert not any(p.endswith(("两位", "三位", "兩位")) or p[-1:] in "位名" for p, _ in found)


def test_a_resignation_talked_about_is_no_notice() -> None:
    assert not claims("林晓峰辞去青禾县政协委员的消息传出后，各方反应不一。")


OWN_SESSION_PAGES = [  # a bare level before the session's number: the one county (district) the page names twice
    (
        "本报讯 13日，县廿二届人大常委会开第九次会议。县科协主席龚明远主持。两当县代表柴思雨说，两当县发展势头良好。",
        "龚明远",
        "两当县科协主席",
    ),
    (
        "本報訊 13日，縣廿二屆人大常委會開第九次會議。縣科協主席龔明遠主持。兩當縣代表柴思雨說，兩當縣發展勢頭良好。",
        "龚明远",
        "两当县科协主席",
    ),
    (
        "6日上午，区廿届人大常委会开会。区人民法院院长钱小禾列席。会议听取了徐汇区财政情况，徐汇区各街道负责人参加。",
        "钱小禾",
        "徐汇区人民法院院长",
    ),
]


@pytest.mark.parametrize(("text", "person", "post"), OWN_SESSION_PAGES)
def test_an_own_session_page_gives_its_one_place_to_the_bare_organs(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


def test_an_own_session_page_naming_two_counties_leaves_the_organ_bare() -> None:
    text = "本报讯 13日，县廿二届人大常委会开第九次会议。县科协主席龚明远主持。两当县、徽县的代表说，两当县和徽县都在徽县开过会。"
    assert ("龚明远", "县科协主席") in claims(text)


DISTRICT_BY_STEM = [  # an own session page printing its district in full once and by its stem again
    (
        "6日上午，区廿届人大常委会开会。区人民法院院长钱小禾列席。会上通报，林晓峰调往普陀区工作。"
        "林晓峰说，感谢普陀百姓，祝愿普陀越来越好。",
        "钱小禾",
        "普陀区人民法院院长",
        True,
    ),
    (  # named in passing (the stem not again): stays bare
        "6日上午，区廿届人大常委会开会。区人民法院院长钱小禾列席。会上通报，林晓峰调往普陀区工作。",
        "钱小禾",
        "普陀区人民法院院长",
        False,
    ),
    (  # two districts printed in full: stays bare
        "6日上午，区廿届人大常委会开会。区人民法院院长钱小禾列席。会上通报，林晓峰调往普陀区工作，"
        "宁可心调往长宁区工作。普陀、长宁两地代表说，普陀和长宁都要发展。",
        "钱小禾",
        "普陀区人民法院院长",
        False,
    ),
]


@pytest.mark.parametrize(("text", "person", "post", "completed"), DISTRICT_BY_STEM)
def test_an_own_session_page_takes_its_district_named_by_stem(text: str, person: str, post: str, completed: bool) -> None:
    assert ((person, post) in claims(text)) is completed


# --- each place's own cadre meeting: the convener names it --------------------------------------------------------

CADRE_MEETINGS = [
    ("4月2日，临江省举行领导干部会议，宣布中央决定。同日，青禾省举行领导干部会议。", {"临江省领导干部会议", "青禾省领导干部会议"}),
    ("4月2日，臨江省舉行領導幹部會議，宣佈中央決定。同日，青禾省舉行領導幹部會議。", {"临江省领导干部会议", "青禾省领导干部会议"}),
    ("4月2日上午，松岩县举行全县干部会议，宣布市委决定。", {"松岩县全县干部会议"}),
    ("2月24日，海舟大学召开教师干部大会，宣布任职决定。", {"海舟大学教师干部大会"}),
]


@pytest.mark.parametrize(("text", "titles"), CADRE_MEETINGS)
def test_a_cadre_meeting_takes_its_conveners_name(text: str, titles: set[str]) -> None:
    assert {e.title for e in built_events(text)} >= titles


def test_a_cadre_meeting_recalled_is_no_event() -> None:
    assert not built_events("松岩市委常委会要求认真学习干部会议精神，抓好落实。")
