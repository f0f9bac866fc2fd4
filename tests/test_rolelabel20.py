"""Role labels that carried words that are not the post (tenth session, lane rolelabel20): the left boundary of a
post read back from a name, as a closed class (actors/labelbounds.py, rows of word_uses.tsv): a verb whose object
the post is (代表, 应邀, 邀集, 见到, 致送…予, 包含, 率), a joiner after another person or body (甲和, 乙及, 某大使与,
某县人民政府与, 蔡主任和, 在穗与某市…), a sentence adverb or a part played at an event (另, 另外, 嘉宾, 监交人), a count of
holders (3名), a party before a place's post (某党籍某县长); and the organisation doubled or cut (某市市委 → 某市委,
某县县人大常委会 → 某县人大常委会, a one-character county keeping 某县县委; 某省某县委书记 → 某县委书记). Invented text,
Simplified and Traditional; the near misses keep a conjunction, a verb-like word or a doubled level that belong
to the post."""

from __future__ import annotations

import pytest

from pipeline_probe import claims

VERBS = [  # a verb whose object is the post printed after it
    ("美方副校长林晓峰代表临江州州长郝思远宣读贺信。", "郝思远", "临江州州长"),
    ("来宾代表青禾市市长龚明远先生致辞。", "龚明远", "青禾市长"),
    ("青禾市长林晓峰邀集临江市长柴思雨等共商合作。", "柴思雨", "临江市长"),
    ("记者见到临江县委书记龚明远时，他正在村里。", "龚明远", "临江县委书记"),
    ("商会副会长林晓峰致送纪念品予临江市副市长龚明远。", "龚明远", "临江市副市长"),
    ("出席者包含临江市副市长柴思雨等人。", "柴思雨", "临江市副市长"),
    ("青禾市副市长龚明远應邀與青禾市駐滬辦主任柴思雨會面。", "柴思雨", "青禾市驻沪办主任"),
    ("來賓代表臨江市市長龔明遠先生致詞。", "龚明远", "临江市长"),
    ("臨江市長林曉峰邀集青禾市長柴思雨等共商合作。", "柴思雨", "青禾市长"),
    ("会议审议了临江人大常委会关于临江市副市长柴思雨辞职的决定。", "柴思雨", "临江市副市长"),
    ("市府团队将落实临江市长林晓峰的政见。", "林晓峰", "临江市长"),
]


@pytest.mark.parametrize(("text", "person", "post"), VERBS)
def test_a_verb_before_a_post_is_no_part_of_it(text: str, person: str, post: str) -> None:
    found = {p for n, p in claims(text) if n == person}
    assert post in found
    assert all(p.endswith(post) and len(p) == len(post) for p in found if p.endswith(post[-2:]))


JOINERS = [  # a joiner after another person or body: the post is the second one's
    ("会上，龚明远及临江市外事办公室主任柴思雨出席。", "柴思雨", "临江市外事办公室主任"),
    ("陈林美玲和发展局常任秘书长龚明远一同视察工地。", "龚明远", "发展局常任秘书长"),
    ("柴思雨大使与临江州州长龚明远会面。", "龚明远", "临江州州长"),
    ("临江市副市长龚明远代表临江县人民政府与青禾集团董事长柴思雨签约。", "柴思雨", "青禾集团董事长"),
    ("座谈会开始前，钱主任和临江省政协副主席林晓峰握手交谈。", "林晓峰", "临江省政协副主席"),
    ("同场出席的还有发展局局长柴思雨，和创新科技及工业局局长龚明远。", "龚明远", "创新科技及工业局局长"),
    ("會上，龔明遠及臨江市外事辦公室主任柴思雨出席。", "柴思雨", "临江市外事办公室主任"),
    ("陳林美玲和發展局常任秘書長龔明遠一同視察工地。", "龚明远", "发展局常任秘书长"),
    ("同場出席的還有發展局局長柴思雨，和創新科技及工業局局長龔明遠。", "龚明远", "创新科技及工业局局长"),
]


@pytest.mark.parametrize(("text", "person", "post"), JOINERS)
def test_a_joiner_after_another_person_or_body_ends_the_label(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)
    assert not any(n == person and p != post and p.endswith(post) for n, p in claims(text))


OPENERS = [  # an adverb, a part played at an event, a count, a party before a place's post
    ("另临江市交通局原代理副局长柴思雨退休后，由龚明远接任。", "柴思雨", "临江市交通局代理副局长"),
    ("此外临江市副市长柴思雨也出席了会议。", "柴思雨", "临江市副市长"),
    ("监交人临江县副县长林晓峰主持交接。", "林晓峰", "临江县副县长"),
    ("共有3名临江市委常委龚明远、柴思雨出席。", "龚明远", "临江市委常委"),
    ("民进党临江市长林晓峰出席。", "林晓峰", "临江市长"),
    ("国民党籍青禾县长林晓峰出席。", "林晓峰", "青禾县长"),
    ("監交人臨江縣副縣長林曉峰主持交接。", "林晓峰", "临江县副县长"),
    ("國民黨籍青禾縣長林曉峰出席。", "林晓峰", "青禾县长"),
]


@pytest.mark.parametrize(("text", "person", "post"), OPENERS)
def test_an_opening_word_is_no_part_of_the_post(text: str, person: str, post: str) -> None:
    found = {p for n, p in claims(text) if n == person}
    assert post in found
    assert not any(p.endswith(post) and p != post for p in found)


DOUBLED = [  # a place printed with its level, then the level again before its organ
    ("临江市市委常委、常务副市长龚明远出席。", {("龚明远", "临江市委常委"), ("龚明远", "临江市常务副市长")}),
    ("青禾县县人大常委会副主任龚明远致辞。", {("龚明远", "青禾县人大常委会副主任")}),
    ("临江省青禾县县委副书记、县长林晓峰出席。", {("林晓峰", "青禾县委副书记"), ("林晓峰", "青禾县长")}),
    ("记者见到临江省白沙市青禾县委书记柴思雨时，他正在村里。", {("柴思雨", "青禾县委书记")}),
    ("臨江市市委常委、常務副市長龔明遠出席。", {("龚明远", "临江市委常委"), ("龚明远", "临江市常务副市长")}),
]


@pytest.mark.parametrize(("text", "wanted"), DOUBLED)
def test_a_doubled_level_or_a_parent_place_names_the_organ_once(text: str, wanted: set[tuple[str, str]]) -> None:
    assert claims(text) == wanted


DISCIPLINE = [  # a discipline commission printed bare after a post of a place's committee is the place's own
    ("临江区委常委、纪委书记龚明远出席。", {("龚明远", "临江区委常委"), ("龚明远", "临江区纪委书记")}),
    (
        "临江市委常委、纪委书记、监委主任龚明远出席。",
        {("龚明远", "临江市委常委"), ("龚明远", "临江市纪委书记"), ("龚明远", "临江市监委主任")},
    ),
    ("臨江區委常委、紀委書記龔明遠出席。", {("龚明远", "临江区委常委"), ("龚明远", "临江区纪委书记")}),
]


@pytest.mark.parametrize(("text", "wanted"), DISCIPLINE)
def test_a_discipline_commission_after_a_committee_post_is_the_places(text: str, wanted: set[tuple[str, str]]) -> None:
    assert claims(text) == wanted


def test_a_one_character_county_keeps_its_level_before_its_committee() -> None:
    text = "道县县委书记林晓峰出席。县委常委、常务副县长龚明远主持，县人大常委会副主任柴思雨致辞。"
    assert claims(text) == {
        ("林晓峰", "道县县委书记"),
        ("龚明远", "道县县委常委"),
        ("龚明远", "道县常务副县长"),
        ("柴思雨", "道县人大常委会副主任"),
    }


NEAR_MISSES = [  # a conjunction, a verb-like word or a doubled level that belongs to the post
    ("全国人大代表、青禾集团董事长龚明远出席。", {("龚明远", "全国人大代表"), ("龚明远", "青禾集团董事长")}),
    ("临江代表处首席代表龚明远出席。", {("龚明远", "临江代表处首席代表")}),
    ("临江市人民代表大会常务委员会主任龚明远出席。", {("龚明远", "临江市人民代表大会常务委员会主任")}),
    ("文化和旅游部部长龚明远出席。", {("龚明远", "文化和旅游部部长")}),
    ("康乐及文化事务署署长龚明远出席。", {("龚明远", "康乐及文化事务署署长")}),
    ("海洋与渔业局局长龚明远出席。", {("龚明远", "海洋与渔业局局长")}),
    ("临江市市场监督管理局局长龚明远致辞。", {("龚明远", "临江市市场监督管理局局长")}),
    ("国民党台北市党部主委林晓峰出席。", {("林晓峰", "国民党台北市党部主委")}),
    ("临江市委常委、政法委书记龚明远出席。", {("龚明远", "临江市委常委"), ("龚明远", "临江市委政法委书记")}),
    ("文化和旅遊部部長龔明遠出席。", {("龚明远", "文化和旅游部部长")}),
    ("会同县委书记龚明远出席。", {("龚明远", "会同县委书记")}),
    ("临江市无线电频率管理局局长龚明远出席。", {("龚明远", "临江市无线电频率管理局局长")}),
]


@pytest.mark.parametrize(("text", "wanted"), NEAR_MISSES)
def test_words_of_the_post_itself_stay(text: str, wanted: set[tuple[str, str]]) -> None:
    assert claims(text) == wanted


MARKED = [  # an organisation printed before a new holder's marker is the bare post's, not the page's place
    ("临江市长林晓峰一行在当地拜访布里斯班新任市长葛思远。", "葛思远", "布里斯班市长"),
    ("临江市长林晓峰拜会青禾市新任市长柴思雨。", "柴思雨", "青禾市长"),
    ("臨江市長林曉峰一行在當地拜訪布里斯班新任市長葛思遠。", "葛思远", "布里斯班市长"),
]


@pytest.mark.parametrize(("text", "person", "post"), MARKED)
def test_a_place_before_a_new_holders_marker_is_the_posts(text: str, person: str, post: str) -> None:
    assert {p for n, p in claims(text) if n == person} == {post}


def test_words_before_a_new_holders_marker_that_name_no_place_are_no_organisation() -> None:
    text = "青禾县召开交接典礼，卸任县长柴思雨把印信交到新任县长龚明远手中。"
    assert ("龚明远", "青禾县长") in claims(text)
    assert not any(n == "龚明远" and "印信" in p for n, p in claims(text))
