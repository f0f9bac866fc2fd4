"""Notices and person precision, issue 13 round 4 (notice14): the name rules other than ``titled`` never take
a non-name (an organisation before its own title head, a preposition, 常任 read as 常 + 任, a post joiner, a
vacancy adverb), and notice successions whose two halves stand in separate sentences or clauses (a
resignation, then 决定某人为代理某职). Invented text only (临江省, 江城市, 龚明远, 柴思雨 …), Simplified and
Traditional, negative cases too."""

from __future__ import annotations

import pytest

from pipeline_probe import DAY, claims, facts, people
from ygraph.corpus.people import successions
from ygraph.model import Source


def passed(text: str) -> set[tuple[str, str, str]]:
    found, _ = successions(list(facts(text).roles))
    return {(s.position, s.before, s.after) for s in found}


# Lever 7: words the name rules other than ``titled`` took for names.
NOT_NAMES = [
    # an organisation before its own title head (name_title: 某署署长)
    ("另外，路政署署长龚明远已退休。", "路政署", "龚明远"),
    ("另外，路政署署長龔明遠已退休。", "路政署", "龚明远"),
    ("同日，税务署副署长柴思雨出席。", "税务署", "柴思雨"),
    # 常任 is no 常 + 任 (notice_title_take)
    ("林晓峰将于5月14日出任江城办公室常任秘书长。", "公室常", ""),
    ("林曉峰將於5月14日出任江城辦公室常任秘書長。", "公室常", ""),
    ("柴思雨将出任临江代表处常任代表。", "表处常", ""),
    # a preposition that is also a surname, opening the form itself (clause_report)
    ("龚明远受临江市委的委托，向大会作了工作报告。", "向大会", ""),
    ("龔明遠受臨江市委的委託，向大會作了工作報告。", "向大会", ""),
    ("受主席团委托，向全会作了工作报告。", "向全会", ""),
    # a post joiner opening the next post after a foreign title
    ("期间将拜会荷兰副首相兼经济、就业大臣。", "兼经济", ""),
    ("期間將拜會荷蘭副首相兼經濟、就業大臣。", "兼经济", ""),
    ("随后会见比利时副首相兼财政、预算大臣。", "兼财政", ""),
    # a vacancy after a complete title
    ("截至目前，临江市和江城市代理市长尚未确定。", "尚未确定", ""),
    ("截至目前，臨江市和江城市代理市長尚未確定。", "尚未确定", ""),
    ("目前，临江省副省长人选仍未确定，江城市市长暂无人选。", "仍未确定", ""),
]


@pytest.mark.parametrize(("text", "junk", "person"), NOT_NAMES)
def test_name_rules_take_no_non_name(text: str, junk: str, person: str) -> None:
    found = people(text)
    assert junk not in found
    if person:
        assert person in found


# The same rules still read real names (negative of the guards).
STILL_NAMES = [
    ("会议开幕。龚明远代表临江市委向大会作报告。", "龚明远", "clause_report"),
    ("龚明远向大会作了工作报告。", "龚明远", "clause_report"),
    ("向东明向大会作了工作报告。", "向东明", "clause_report"),
    ("临江市副市长林晓峰任江城市委书记。", "林晓峰", "notice_title_take"),
    ("我委柴思副主任深入临江县调研。", "柴思", "name_title:副主任"),
]


@pytest.mark.parametrize(("text", "name", "rule"), STILL_NAMES)
def test_the_guarded_rules_still_read_names(text: str, name: str, rule: str) -> None:
    found = facts(text)
    rules = {e.rule for p in found.people if p.name == name for e in p.provenance}
    assert rule in rules | {r.provenance.rule for r in found.roles if r.person == name}


# Lever 6: a resignation, and an acting appointment in a clause or sentence of its own.
ACTING = [
    (
        "5月28日，会议决定：接受林晓峰辞去江城市人民政府市长职务。"
        "会议任命龚明远为江城市人民政府副市长，并决定龚明远为江城市人民政府代理市长。",
        "江城市人民政府市长",
        "林晓峰",
        "龚明远",
    ),
    (
        "5月28日，會議決定：接受林曉峰辭去江城市人民政府市長職務。經提名，會議決定龔明遠為江城市人民政府代理市長。",
        "江城市人民政府市长",
        "林晓峰",
        "龚明远",
    ),
    (
        "3月2日，临江县人大常委会会议决定，接受柴思雨辞去临江县人民政府县长职务；"
        "任命宁可心为临江县人民政府副县长，决定宁可心为临江县人民政府代理县长。",
        "临江县人民政府县长",
        "柴思雨",
        "宁可心",
    ),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), ACTING)
def test_a_resignation_and_a_separate_acting_appointment_are_a_succession(
    text: str, post: str, before: str, after: str
) -> None:
    assert (post, before, after) in passed(text)


NOT_ACTING = [
    # 决定某人为 a post that is not acting: no appointment read by the acting form
    ("5月28日，会议决定龚明远为江城市政府秘书长。", "龚明远"),
    ("5月28日，會議決定龔明遠為江城市政府秘書長。", "龚明远"),
    # a decision about a thing, not a person
    ("会议决定江城市为代理记账试点城市。", "江城市"),
]


@pytest.mark.parametrize(("text", "name"), NOT_ACTING)
def test_a_decision_without_an_acting_post_is_no_acting_appointment(text: str, name: str) -> None:
    assert not any(person == name for person, _ in claims(text))


def test_an_acting_post_pairs_only_with_the_same_post() -> None:
    text = (
        "5月28日，会议决定：接受林晓峰辞去江城市人民政府秘书长职务。"
        "会议决定龚明远为江城市人民政府代理市长。"
    )
    assert not passed(text)


# Lever 6: Hong Kong notices (退休前休假 ends the post; 将出任 / 接替出任 gives it), and an acting head of an
# autonomous region after a resignation in the same sentence.
LEAVE = [
    (
        "政府表示，江城消防处处长林晓峰将于本月十五日开始退休前休假，现任江城消防处副处长龚明远将出任处长。",
        "江城消防处处长",
        "林晓峰",
        "龚明远",
    ),
    (
        "政府表示，江城消防處處長林曉峰將於本月十五日開始退休前休假，現任江城消防處副處長龔明遠將出任處長。",
        "江城消防处处长",
        "林晓峰",
        "龚明远",
    ),
    (
        "另外，江城路政署署长柴思雨已于七月三十日开始退休前休假，现任江城拓展署署长宁可心将于明日接替出任江城路政署署长。",
        "江城路政署署长",
        "柴思雨",
        "宁可心",
    ),
    (
        "另外，江城路政署署長柴思雨已於七月三十日開始退休前休假，現任江城拓展署署長寧可心將於明日接替出任江城路政署署長。",
        "江城路政署署长",
        "柴思雨",
        "宁可心",
    ),
    (
        "政府今日宣布，现任江城行政长官私人秘书钱小禾将于5月14日出任江城行政长官办公室常任秘书长，"
        "接替将于同日展开退休前休假的陶家宁。",
        "江城行政长官办公室常任秘书长",
        "陶家宁",
        "钱小禾",
    ),
    (
        "江城水务署署长柴思雨将于下月开始退休前休假，现任副署长宁可心将出任署长。",
        "江城水务署署长",
        "柴思雨",
        "宁可心",
    ),
    (
        "3月28日，林晓峰辞去江海自治区主席职务，龚明远任代理主席。",
        "江海自治区主席",
        "林晓峰",
        "龚明远",
    ),
    (
        "3月28日，林曉峰辭去江海壯族自治區主席職務，龔明遠任代理主席。",
        "江海壮族自治区主席",
        "林晓峰",
        "龚明远",
    ),
    (
        "林晓峰辞去江城市政协主席职务，龚明远任主席。",
        "江城市政协主席",
        "林晓峰",
        "龚明远",
    ),
]


@pytest.mark.parametrize(("text", "post", "before", "after"), LEAVE)
def test_leave_before_retirement_and_a_bare_post_taken_up_are_a_succession(
    text: str, post: str, before: str, after: str
) -> None:
    assert (post, before, after) in passed(text)


NOT_PAIRED = [
    # the successor takes up another post: no succession, and no bare post completed from another head
    "江城消防处处长林晓峰将于本月开始退休前休假，现任江城消防处副处长龚明远将出任江城水务署署长。",
    "江城消防處處長林曉峰將於本月開始退休前休假，現任江城消防處副處長龔明遠將出任江城水務署署長。",
    # a bare post whose head was printed with no organisation (副署长 only): left bare, no pairing
    "柴思雨将于下月开始退休前休假，现任副署长宁可心将出任署长。",
]


@pytest.mark.parametrize("text", NOT_PAIRED)
def test_no_succession_across_different_posts(text: str) -> None:
    assert not passed(text)


def test_a_bare_post_is_not_completed_by_a_deputy_title_alone() -> None:
    found = claims("现任副署长宁可心将出任署长。")
    assert not any(q not in ("署长", "副署长") for p, q in found if p == "宁可心")


# Lever 5 and 8: a list lead (a short line ending with a colon) or a related-links heading makes the short
# lines after it items, each a sentence of its own; a wrapped paragraph or a salutation still joins.
def sentences(text: str) -> list[str]:
    from ygraph.text.clean import clean
    from ygraph.text.segment import segment

    doc = segment(clean(Source("t.txt", text, "utf-8", user_date=DAY)))
    return [s.text for a in doc.articles for s in a.sentences]


LISTS = [
    (
        "会议召开。\n代理市长任免：\n林晓峰辞去临江市市长职务 龚明远任代理市长\n柴思雨辞去江城市市长职务 宁可心任代理市长\n",
        ["林晓峰辞去临江市市长职务", "龚明远任代理市长", "柴思雨辞去江城市市长职务", "宁可心任代理市长"],
    ),
    (
        "會議召開。\n本月各地任免如下：\n江城：\n龔明遠任江城市委副秘書長\n柴思雨任江城東湖區委書記\n",
        ["江城：", "龚明远任江城市委副秘书长", "柴思雨任江城东湖区委书记"],
    ),
    (
        "会议召开。（实习记者 龚明远）\n临江召开座谈会\n江城举行论坛\n",
        ["临江召开座谈会", "江城举行论坛"],
    ),
]


RELATED = [
    ("会议在江城举行。\n相关新闻\n临江召开座谈会 江城市长出席\n湖滨举行论坛 柴思雨:合作很重要！\n", "湖滨举行论坛"),
    ("会议在江城举行。\n視頻更多\n臨江召開座談會\n臨江市長龔明遠會見客人\n", "临江市长"),
    ("会议在江城举行。\n推荐阅读：\n·临江召开座谈会\n·湖滨举行论坛\n", "湖滨举行论坛"),
]


@pytest.mark.parametrize(("text", "link"), RELATED)
def test_related_links_are_furniture(text: str, link: str) -> None:
    found = sentences(text)
    assert found[0] == "会议在江城举行。"
    assert not any(link in s for s in found)


def test_related_links_heading_alone_keeps_the_article() -> None:
    text = "相关新闻\n会议在江城举行，市委书记林晓峰出席会议并讲话，强调要抓好落实，推动经济社会高质量发展取得新成效。\n"
    assert any("林晓峰" in s for s in sentences(text))


@pytest.mark.parametrize(("text", "items"), LISTS)
def test_list_items_are_sentences_of_their_own(text: str, items: list[str]) -> None:
    found = sentences(text)
    for item in items:
        assert item in found


JOINED = [
    # a salutation ending with a colon, then a paragraph wrapped by the printer
    ("各区人民政府，各委、局：\n经市政府同意，现将方案印发给你们，请认真\n贯彻落实。\n", "请认真贯彻落实。"),
    # an OCR column (no list lead before it)
    ("他强调，要加强\n合作。会议要求，抓好落实。\n", "他强调，要加强合作。"),
    ("市委书记林晓峰主持会议并讲\n话，市长龚明远通报了情况。\n", "市委书记林晓峰主持会议并讲话，市长龚明远通报了情况。"),
]


@pytest.mark.parametrize(("text", "joined"), JOINED)
def test_a_wrapped_sentence_still_joins(text: str, joined: str) -> None:
    assert any(joined in s for s in sentences(text))


def test_notice_list_lines_give_one_post_each() -> None:
    text = (
        "3月29日，临江省人事调整全面展开。\n代理市长任免：\n"
        "林晓峰辞去江城市市长职务 龚明远任代理市长\n柴思雨辞去湖滨市市长职务 宁可心任代理市长\n"
    )
    posts = {q for p, q in claims(text) if p == "龚明远"}
    assert posts and all("湖滨" not in q and "辞去" not in q for q in posts)
    assert "宁可心任" not in people(text)
