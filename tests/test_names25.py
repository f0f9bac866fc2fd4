"""People recall, issue 13 round 25 (names the build did not find): a name right after a complete title closed
by a predicate that no listed boundary knows (talks, decisions, leading, signing, conferring, praise, coming
to a place, statements: name_followers.tsv), a four-character name opening with a compound or Japanese surname
in that place, Japanese surnames the vocabulary lacked (and 和 opening a Japanese given name), and surnames the
vocabulary lacked (贝; the Taiwan double surnames 范姜, 张简, 张廖). Invented names and frames only."""

from __future__ import annotations

import pytest

from test_mentions import names, persons

# ---- the open right boundary: a titled name before a predicate of name_followers.tsv ----


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        pytest.param("江城市市长龚明远商讨两地合作事宜。", "龚明远", "titled:follow.talk", id="talk-simplified"),
        pytest.param("臨江縣縣長柴思雨商談觀光合作。", "柴思雨", "titled:follow.talk", id="talk-traditional"),
        pytest.param("海州市副市长林晓峰会商防汛工作。", "林晓峰", "titled:follow.talk", id="talk-consult"),
        pytest.param("青禾县县长钱小禾指定副县长暂代。", "钱小禾", "titled:follow.decide", id="decide-appoint"),
        pytest.param("青禾縣縣長錢小禾批閱公文後同意。", "钱小禾", "titled:follow.decide", id="decide-traditional"),
        pytest.param("江城市长柴远帆责成各局限期整改。", "柴远帆", "titled:follow.decide", id="decide-charge"),
        pytest.param("海州市长林晓峰执政三年以来成绩明显。", "林晓峰", "titled:follow.lead", id="lead-govern"),
        pytest.param("江城市公安局局长龚明远领导的团队获奖。", "龚明远", "titled:follow.lead", id="lead-team"),
        pytest.param("临江县县长柴远帆签定交流备忘录。", "柴远帆", "titled:follow.sign", id="sign-variant"),
        pytest.param("江城市纪委书记钱小禾授纪工委牌子。", "钱小禾", "titled:follow.confer", id="confer-plaque"),
        pytest.param("江城市教育局局长柴思雨颁发奖状。", "柴思雨", "titled:follow.confer", id="confer-award"),
        pytest.param("江城市公安局局长柴思雨赞扬全体民警。", "柴思雨", "titled:follow.praise", id="praise"),
        pytest.param("青禾县县长林晓峰重申不会调涨水费。", "林晓峰", "titled:follow.state", id="state-repeat"),
        pytest.param("海州市長龔明遠回應議員質詢。", "龚明远", "titled:follow.state", id="state-traditional"),
    ],
)
def test_a_titled_name_ends_before_a_predicate(text: str, name: str, rule: str) -> None:
    assert (name, rule) in persons(text)


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        pytest.param("海州市长龚明来台参加论坛。", "龚明", "龚明来", id="two-before-come"),
        pytest.param("海州市长龚明远来沪参加论坛。", "龚明远", "龚明远来", id="three-before-come"),
        pytest.param("青禾县县长林晓指示各乡镇。", "林晓", "林晓指", id="two-before-decide"),
    ],
)
def test_the_name_ends_where_the_predicate_starts(text: str, name: str, cut: str) -> None:
    found = names(text)
    assert name in found and cut not in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("江城市长指定由副市长代理。", "指定由", id="title-then-predicate"),
        pytest.param("青禾县长要求各乡镇加强巡查。", "要求各", id="title-then-demand"),
        pytest.param("海州市长来台参加论坛。", "来台参", id="title-then-come"),
        pytest.param("临江县长授牌给优秀社区。", "授牌给", id="title-then-confer"),
        pytest.param("市长表示将同意该方案。", "同意该", id="not-after-a-title"),
    ],
)
def test_a_predicate_right_after_a_title_is_no_name(text: str, absent: str) -> None:
    assert absent not in names(text)
    assert not any(n.startswith(absent[:2]) for n in names(text))


# ---- four characters with a compound or Japanese surname before a predicate ----


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        pytest.param("海州县知事渡边晴美晤谈两地交流。", "渡边晴美", "渡边晴", id="japanese-talk"),
        pytest.param("海州市长多田晴美签定友好协议。", "多田晴美", "多田晴", id="japanese-sign"),
        pytest.param("臨江縣議長須藤明臣晤談。", "须藤明臣", "须藤明", id="japanese-traditional"),
        pytest.param("江城市政务司司长欧阳青禾商讨合作。", "欧阳青禾", "欧阳青", id="compound-talk"),
        pytest.param("江城市长欧阳青商讨合作。", "欧阳青", "欧阳青商", id="compound-three"),
    ],
)
def test_a_four_character_name_before_a_predicate(text: str, name: str, cut: str) -> None:
    found = names(text)
    assert name in found and cut not in found


# ---- Japanese surnames and given names ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("海州县议会议长须藤和臣表示，欢迎来访。", "须藤和臣", id="he-opens-given-name"),
        pytest.param("松岩市副市长早濑晴美、议长吉村一郎出席。", "早濑晴美", id="vice-mayor-list"),
        pytest.param("松岩市副市长早濑晴美、议长吉村一郎出席。", "吉村一郎", id="speaker-list"),
        pytest.param("海州县知事西川明彦出席签约仪式。", "西川明彦", id="governor"),
        pytest.param("松岩町町长星野拓海陪同参观。", "星野拓海", id="town-mayor"),
    ],
)
def test_more_japanese_surnames(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("临江市长龚明和会见客人。", "龚明和会", id="chinese-name-with-he"),
        pytest.param("江城市副市长林晓峰到松下村调研。", "松下村", id="village-not-a-name"),
        pytest.param("青禾县县长柴思雨在小池塘边察看水质。", "小池塘", id="pond-not-a-name"),
    ],
)
def test_japanese_readings_do_not_overreach(text: str, absent: str) -> None:
    assert absent not in names(text)


# ---- surnames the vocabulary lacked ----


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        pytest.param("青禾县政协秘书长贝思远在主席台就座。", "贝思远", "", id="bei"),
        pytest.param("青禾縣政協秘書長貝思遠在主席臺就座。", "贝思远", "", id="bei-traditional"),
        pytest.param("江城市政府发言人范姜思雨表示，", "范姜思雨", "姜思雨", id="fanjiang"),
        pytest.param("江城市政府發言人范姜思雨出任研考會副主委。", "范姜思雨", "姜思雨", id="fanjiang-traditional"),
        pytest.param("临江县议员张简明远出席。", "张简明远", "简明远", id="zhangjian"),
        pytest.param("臨江縣議員張廖晴美陪同視察。", "张廖晴美", "廖晴美", id="zhangliao"),
    ],
)
def test_surnames_the_vocabulary_lacked(text: str, name: str, cut: str) -> None:
    found = names(text)
    assert name in found and (not cut or cut not in found)


# ---- a time word closes the name too (follow.time); guards a newly found name needs ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("海州市长林晓峰除夕在网上向市民拜年。", "林晓峰", id="new-year-eve"),
        pytest.param("江城市長柴思雨稍早在臉書發文。", "柴思雨", id="earlier-traditional"),
        pytest.param("青禾县县长龚明远早前表示将续任。", "龚明远", id="before-now"),
    ],
)
def test_a_time_word_closes_a_titled_name(text: str, name: str) -> None:
    assert name in names(text)


def test_a_verb_before_a_title_is_no_organisation() -> None:
    from test_mentions import mentions_of

    found = [m for m in mentions_of("回顾市长林晓峰执政三年，成绩明显。") if m.kind == "person"]
    assert found and all(m.text == "林晓峰" for m in found)
    from ygraph.model import Source
    from ygraph.pipeline import process_document

    facts = process_document(Source(path="a.txt", text="2020年1月1日\n回顾市长林晓峰执政三年，成绩明显。", encoding="utf-8"))
    assert all(not r.organization.startswith("回顾") for r in facts.roles if r.person == "林晓峰")


def test_a_career_verb_after_you_belongs_to_the_next_person() -> None:
    from ygraph.model import Source
    from ygraph.pipeline import process_document

    text = "2020年1月1日\n青禾县县长龚明远表示，收到公文。龚明远批阅后，决定由现任县府顾问、前财政局长柴思雨代理。"
    facts = process_document(Source(path="a.txt", text=text, encoding="utf-8"))
    assert [r.position for r in facts.roles if r.person == "龚明远"] == ["青禾县长"]


# ---- a married woman's name (two surnames and a given name) before a follower or a long boundary ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("行政长官林何晓晴宣布，不会参选。", "林何晓晴", id="long-boundary"),
    ],
)
def test_a_married_name_after_a_title(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name", "longer"),
    [
        pytest.param("局长林何在会上讲话。", "林何", "林何在会", id="single-boundary"),
        pytest.param("江城市局长王李明和林晓峰出席。", "王李明", "王李明和", id="three-then-and"),
    ],
)
def test_a_short_name_stays_short(text: str, name: str, longer: str) -> None:
    found = names(text)
    assert name in found and longer not in found


def test_a_superior_is_no_organisation() -> None:
    from ygraph.model import Source
    from ygraph.pipeline import process_document

    text = "2020年1月1日\n林晓峰曾获上司江城市交通局局长龚明远称赞。"
    facts = process_document(Source(path="a.txt", text=text, encoding="utf-8"))
    assert [r.position for r in facts.roles if r.person == "龚明远"] == ["江城市交通局局长"]


def test_two_names_run_together_are_no_married_name() -> None:
    found = names("江城市委书记易帅 柴远因年龄卸任。")
    assert "易帅柴远" not in found and not any(len(n) == 4 and n.startswith("易帅") for n in found)
