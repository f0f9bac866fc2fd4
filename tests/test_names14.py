"""People and roles classes of issue 13, round 4 (names14): the name read after a complete title chain when no
listed word follows it (the open right boundary, name_followers.tsv), name characters that are particles
elsewhere (和/之), generic vocabulary (a surname, titles), and titles printed after the name. Invented text
only (临江省, 江城市, 龚明远, 柴思雨 …), Simplified and Traditional."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, facts, people
from ygraph.corpus import merge

# The open right boundary: a name after a complete title, closed by an unlisted word (cause, leaving, acting
# post, hands, time of day, manner adverb).
OPEN = [
    ("临江省水利厅厅长龚明远因病离开临江。", "龚明远", "临江省水利厅厅长"),
    ("江城市环保局局长柴思雨离职，由副局长钱小禾接任。", "柴思雨", "江城市环保局局长"),
    ("江城市環保局局長柴思雨離職，由副局長錢小禾接任。", "柴思雨", "江城市环保局局长"),
    ("离港期间，由临江市交通局副局长林晓峰署理局长职务。", "林晓峰", "临江市交通局副局长"),
    ("離港期間，由臨江市交通局副局長林曉峰署任局長職務。", "林晓峰", "临江市交通局副局长"),
    ("行政长官离境期间，由行政法务司司长柴思雨临时代理行政长官的职务。", "柴思雨", "行政法务司司长"),
    ("行政長官離境期間，由行政法務司司長柴思雨臨時代理行政長官的職務。", "柴思雨", "行政法务司司长"),
    ("宁可心从大会执行主席、临江省代省长柴思雨手中接过会旗。", "柴思雨", "临江省代省长"),
    ("寧可心從大會執行主席、臨江省代省長柴思雨手中接過會旗。", "柴思雨", "临江省代省长"),
    ("临江市市长龚明远中午宴请了代表团。", "龚明远", "临江市长"),
    ("臨江市市長龔明遠中午宴請了代表團。", "龚明远", "临江市长"),
    ("青禾县县长宁可心充分肯定了项目进展。", "宁可心", "青禾县长"),
    ("江城市委书记韩定因病住院。", "韩定", "江城市委书记"),
]


@pytest.mark.parametrize(("text", "name", "post"), OPEN)
def test_a_name_after_a_title_ends_before_an_unlisted_word(text: str, name: str, post: str) -> None:
    assert (name, post) in claims(text)
    assert any(r.startswith("titled:follow.") for r in people(text)[name])


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        ("临江市委书记韩定充分肯定了工作成绩。", "韩定", "韩定充"),  # 充 starts the word, 分 does not
        ("江城市市长龚明中午会见客商。", "龚明", "龚明中"),  # two characters: 中午 starts after them
        ("江城市市長龔明中午會見客商。", "龚明", "龚明中"),
        ("临江市市长柴思雨因病请假。", "柴思雨", "柴思"),  # three: the 4th character starts the word
    ],
)
def test_the_open_boundary_picks_the_reading_where_the_word_starts(text: str, name: str, wrong: str) -> None:
    found = people(text)
    assert name in found
    assert wrong not in found


@pytest.mark.parametrize(
    "text",
    [
        "临江市交通局局长柴思雨立强出席。",  # no 4th character swallowed, nor read before an unknown word
        "江城集团董事长龚明远华因病离职。",
        "臨江市交通局局長柴思雨立強出席。",
    ],
)
def test_the_open_boundary_never_reads_a_fourth_character(text: str) -> None:
    names = set(people(text))
    assert not any(len(n) >= 4 for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        "临江大学副校长由现任江城大学教授龚明远接任。",
        "江城市政务次长由現任臨江大學校長林曉峰接任。",
        "青禾县副县长由现任县委常委柴思雨兼任。",
    ],
)
def test_a_preposition_after_a_title_is_no_name(text: str) -> None:
    names = set(people(text))
    assert not any(n.startswith("由") for n in names), names


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("会上，临江市副市长杜和远、江城市副市长钱小禾先后发言。", "杜和远", "临江市副市长"),
        ("會上，臨江市副市長杜和遠、江城市副市長錢小禾先後發言。", "杜和远", "临江市副市长"),
        ("临江省委组织部副部长宋和平任江城区委书记。", "宋和平", "临江省委组织部副部长"),
        ("包括临江省委副书记、代省长韩定之在内的各方出席。", "韩定之", "临江省代省长"),
        ("包括臨江省委副書記、代省長韓定之在內的各方出席。", "韩定之", "临江省代省长"),
    ],
)
def test_particles_that_names_use_after_a_title(text: str, name: str, post: str) -> None:
    assert (name, post) in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "临江市市长和副市长出席会议。",
        "临江市委书记和市长共同调研。",
        "江城市副市長和秘書長一同考察。",
        "临江市委书记龚明远和柴思雨出席。",
    ],
)
def test_he_between_titles_or_names_is_no_name_character(text: str) -> None:
    names = set(people(text))
    assert not any("和" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("江城市交通局局长丘明远介绍了情况。", "丘明远", "江城市交通局局长"),
        ("临江市医师协会理事柴思雨发言。", "柴思雨", "临江市医师协会理事"),
        ("臨江市醫師協會理事柴思雨發言。", "柴思雨", "临江市医师协会理事"),
        ("与会嘉宾包括青禾县参议宁可心、江城市副市长龚明远。", "宁可心", "青禾县参议"),
        ("與會嘉賓包括青禾縣參議寧可心、江城市副市長龔明遠。", "宁可心", "青禾县参议"),
        ("会议补选龚明远、柴思雨、宁可心3名同志为省十三届人民代表大会代表。", "宁可心", "省十三届人民代表大会代表"),
        ("會議補選龔明遠、柴思雨3名同志為臨江省人民代表大會代表。", "柴思雨", "临江省人民代表大会代表"),
    ],
)
def test_generic_vocabulary_surname_and_titles(text: str, name: str, post: str) -> None:
    assert (name, post) in claims(text)


def successions(text: str) -> set[tuple[str, str, str]]:
    corpus = merge.merge([facts(text)], ())
    return {(s.position, s.before, s.after) for s in corpus.successions}


# Title printed away from the name: the post handed on in a clause after its holder (某局长甲离职，由乙接任),
# the post before 由 (某职由某市副市长乙接任), an acting post (由乙署理某职职务).
HANDED_ON = [
    ("江城市环保局局长柴思雨因病离职，由临江大学教授龚明远接任。", "柴思雨", "龚明远", "江城市环保局局长"),
    ("臨江省內政廳廳長柴思雨因借調期滿決定返校，由臨江省政府秘書長龔明遠接任；", "柴思雨", "龚明远", "临江省内政厅厅长"),
    ("青禾县交通局局长宁可心退休，由钱小禾接任。", "宁可心", "钱小禾", "青禾县交通局局长"),
    ("青禾縣交通局局長寧可心退休，由錢小禾接替。", "宁可心", "钱小禾", "青禾县交通局局长"),
]


@pytest.mark.parametrize(("text", "before", "after", "post"), HANDED_ON)
def test_a_post_handed_on_after_its_holder(text: str, before: str, after: str, post: str) -> None:
    assert {(before, post), (after, post)} <= claims(text)
    assert (post, before, after) in successions(text)


@pytest.mark.parametrize(
    "text",
    [
        "江城市长柴思雨辞去市人大代表职务，由龚明远接任。",  # the post handed on is another one, printed between
        "江城市长柴思雨主持会议。会议决定，由龚明远接任。",  # another sentence
        "临江市委书记柴思雨出席会议，由龚明远接任主持。",  # the verb does not close the clause
        "临江市委书记柴思雨表示，由龚明远接任。",  # a speech verb between: the post handed on is not said
        "臨江市委書記柴思雨出席會議，由龔明遠接任。",
    ],
)
def test_no_hand_over_of_the_post_before_the_name(text: str) -> None:
    got = claims(text)
    assert not any(name == "龚明远" and post.endswith(("市长", "书记")) for name, post in got), got


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("临江省政府秘书长由江城市副市长林晓峰接任。", "林晓峰", "临江省政府秘书长"),
        ("臨江省政府秘書長由江城市副市長林曉峰接任。", "林晓峰", "临江省政府秘书长"),
        ("江城市交通局局长由青禾县县长宁可心接替。", "宁可心", "江城市交通局局长"),
    ],
)
def test_a_post_before_you_taken_by_a_titled_name(text: str, name: str, post: str) -> None:
    assert (name, post) in claims(text)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("局长离港期间，由江城市交通局副局长林晓峰署理江城市交通局局长职务。", "林晓峰", "署理江城市交通局局长"),
        ("局長離港期間，由江城市交通局副局長林曉峰署任江城市交通局局長職務。", "林晓峰", "署任江城市交通局局长"),
        ("行政长官离港期间，由政务司司长龚明远署理行政长官职务；", "龚明远", "署理行政长官"),
    ],
)
def test_an_acting_post_for_an_absence(text: str, name: str, post: str) -> None:
    assert (name, post) in claims(text)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("副省长龚明远会见了以海州县议会议长柴思雨为团长的海州县议会代表团一行。", "柴思雨", "海州县议会代表团团长"),
        ("副省長龔明遠會見了以海州縣議會議長柴思雨為團長的海州縣議會代表團一行。", "柴思雨", "海州县议会代表团团长"),
        ("以临江市委副书记林晓峰为组长的临江市委调研组抵达江城。", "林晓峰", "临江市委调研组组长"),
        ("以林曉峰為團長的臨江省經貿代表團抵達江城。", "林晓峰", "临江省经贸代表团团长"),
    ],
)
def test_the_head_of_a_group_printed_after_the_name(text: str, name: str, post: str) -> None:
    assert (name, post) in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "以临江市委书记龚明远为代表的一批干部受到表彰。",  # no head title of a group
        "会议以林晓峰为团长的名义发出邀请函件。",  # no group noun after 的
        "以发展为团长远目标的规划出台。",  # no name before 为
        "以临江省委书记龚明远为团长的代表团来访。",  # a group without a name: no post of its own
    ],
)
def test_no_group_head_without_a_name_and_a_group(text: str) -> None:
    got = claims(text)
    assert not any(post.endswith(("团团长", "组组长")) for _, post in got), got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("会议认真学习龚明远总书记关于发展的重要讲话精神。", "龚明远"),
        ("會議傳達學習龔明遠總書記重要指示。", "龚明远"),
        ("各地组织学习柴思雨总书记重要讲话。", "柴思雨"),
    ],
)
def test_an_honorific_name_after_xuexi(text: str, name: str) -> None:
    assert (name, "中共中央总书记") in claims(text)


@pytest.mark.parametrize("text", ["会议认真学习总书记重要讲话精神。", "各地学习宁可心同志的事迹。"])
def test_xuexi_before_no_name_gives_no_general_secretary(text: str) -> None:
    assert not any(post == "中共中央总书记" for _, post in claims(text))


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("国务院同时免去柴思雨的临江省水利厅厅长职务、龚明远的临江省交通厅厅长职务。", "龚明远", "临江省交通厅厅长"),
        ("國務院同時免去柴思雨的臨江省水利廳廳長職務、龔明遠的臨江省交通廳廳長職務。", "龚明远", "临江省交通厅厅长"),
        ("决定免去宁可心的江城市审计局局长职务、钱小禾的江城市统计局局长职务。", "钱小禾", "江城市统计局局长"),
    ],
)
def test_a_removal_list_joined_by_the_list_mark(text: str, name: str, post: str) -> None:
    assert (name, post) in claims(text)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("临江省委书记龚明远1月30日在江城全票当选第十三届全国人大代表。", "龚明远", "第十三届全国人大代表"),
        ("臨江省委書記龔明遠1月30日在江城全票當選第十三屆全國人大代表。", "龚明远", "第十三届全国人大代表"),
        ("会议期间，柴思雨在青禾县当选临江省人大代表。", "柴思雨", "临江省人大代表"),
    ],
)
def test_elected_after_a_date_and_a_place(text: str, name: str, post: str) -> None:
    assert (name, post) in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "龚明远5年前是在江城市当选第十二届全国人大代表。",
        "龚明远1月30日在江城全票当选第十三届全国人大代表。",
        "龔明遠1月30日在青禾縣當選臨江省人大代表。",
        "柴思雨2028年在上海市当选全国人大代表。",
    ],
)
def test_a_place_before_dangxuan_is_no_name(text: str) -> None:
    names = set(people(text))
    assert not names & {"江城市", "江城", "城市", "青禾县", "禾县", "海市", "上海市"}, names


@pytest.mark.parametrize(
    "text",
    [
        "临江市委书记于中午会见了客商。",  # a preposition-surname, then a time word
        "江城市长江上午会见客商。",  # a surname, then a time word
        "临江市政协主席于今年退休。",
        "臨江市政協主席於今年退休。",
        "临江市市长由下午到达的龚明远接任。",
    ],
)
def test_a_time_word_after_a_title_is_no_name(text: str) -> None:
    names = set(people(text))
    assert not any(w in n for n in names for w in ("中午", "上午", "下午", "今年")), names


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("临江大学校长龚明远接任临江省交通厅厅长。临江大学校长由江城市副市长林晓峰接任。", "龚明远", "林晓峰"),
        ("臨江大學校長龔明遠接任臨江省交通廳廳長。臨江大學校長由江城市副市長林曉峰接任。", "龚明远", "林晓峰"),
        ("青禾集团董事长柴思雨另有任用，青禾集团董事长由钱小禾接任。", "柴思雨", "钱小禾"),
    ],
)
def test_a_post_taken_by_someone_from_its_holder_named_in_the_article(text: str, before: str, after: str) -> None:
    assert any(b == before and a == after for _, b, a in successions(text)), successions(text)


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        ("行政长官崔立安今(17)晚启程前往江城。", "崔立安", "崔立安今"),  # 今 starts the word: no 4th character
        ("行政長官龔明遠今晚啟程前往江城。", "龚明远", "龚明远今"),
        ("美国联邦参议员柯朗出席。", "柯朗", "员柯朗"),  # 参议 goes on into 参议员: no name after 参议
        ("海州市议会参议员龚明远、柴思雨出席。", "龚明远", "员龚明"),
    ],
)
def test_a_follower_or_a_longer_title_closes_the_name(text: str, name: str, wrong: str) -> None:
    found = people(text)
    assert name in found and wrong not in found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("期间将拜会美国副国务卿兼经济、商务顾问。", "兼经济"),  # 兼 joins the next post
        ("期間將拜會美國副國務卿兼經濟、商務顧問。", "兼经济"),
        ("另外，江城路政署署长龚明远已开始休假。", "路政署"),  # 署 ends an agency, not a name
        ("除青禾代理省长尚未确定，其余已就位。", "尚未确定"),
        ("代理省长、代理主席任免：龚明远任代理省长。", "任免"),
        ("柴思雨辞去临江省省长职务，龚明远任代理省长职务。", "龚明远任"),  # 任 is the verb
        ("宁可心辞去青禾县县长职务，钱小禾任代理县长职务。", "钱小禾任"),
    ],
)
def test_words_that_must_not_become_names(text: str, wrong: str) -> None:
    assert wrong not in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "龚明远、柴思雨、温州、宁可心、钱小禾、林晓峰在主席台就座。",
        "龔明遠、柴思雨、溫州、寧可心、錢小禾、林曉峰在主席台就座。",
        "龚明远、柴思雨、宁可心、江西、钱小禾、林晓峰出席会议。",
    ],
)
def test_a_name_spelt_like_a_place_deep_in_a_long_list_of_names(text: str) -> None:
    found = set(people(text))
    assert {"龚明远", "柴思雨", "宁可心", "钱小禾", "林晓峰"} <= found, found
    assert found & {"温州", "江西"}, found


@pytest.mark.parametrize(
    "text",
    [
        "龚明远、柴思雨、宁可心、钱小禾、林晓峰、温州在主席台就座。",  # last item: a place may close a list
        "龚明远、温州、柴思雨出席会议。",  # a short list: too few names around it
        "北京、天津、吉林、河北、山西出席会议。",  # no usual names at all
    ],
)
def test_a_place_at_the_end_or_in_a_short_list_is_no_name(text: str) -> None:
    assert not set(people(text)) & {"温州", "吉林", "北京", "天津", "河北", "山西"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("美国总统启程前往江城。", "启程"),  # a verb after a foreign title
        ("美國總統啟程前往江城。", "启程"),
        ("美国总统离澳期间，由副总统柴思雨代理。", "离澳期间"),  # a clause word inside four characters
        ("美国总统离澳期间，由副总统柴思雨代理。", "离澳"),  # a follower starts the clause: no name
        ("美國總統離港期間，由副總統柴思雨代理。", "离港"),
    ],
)
def test_a_clause_after_a_foreign_title_is_no_name(text: str, wrong: str) -> None:
    assert wrong not in people(text)


@pytest.mark.parametrize("text", ["美国总统约翰逊出席。", "美國總統約翰遜出席。", "美国总统马里奥出席。"])
def test_a_transliterated_name_after_a_foreign_title_stays(text: str) -> None:
    assert any(len(n) == 3 for n in people(text))
