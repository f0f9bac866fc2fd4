"""Captions and headline stacks on pages saved from the web, session 33 (invented text, invented names).

- A short line without a sentence end between a web page's one-line paragraphs is a caption or a heading, its own
  sentence: never glued to the next line (text.cleanlines.paragraph_width), so a post never reads across it
  (某某亲临大会指导并作重要讲话 / 县委书记甲作报告 gave the post 讲话县委书记).
- A run of such captions inside an article does not start a new article: the paragraph after it goes on about
  the event (会议期间…: breaks.tsv goes_on), or the captions share more words with the article's opening than
  with that paragraph (text.segment._starts_article); their people act at the article's event.
- Setting up a working body for a task (成立了筹备工作领导小组) is no opening (events/patterns.tsv work_body).
- An act in the article's first sentences takes the article's date even after a headline stack printed on lines
  of its own (headline, source and date, photo caption): events.acts._in_lede counts from the first sentence
  that ends.
"""

from __future__ import annotations

import pytest

from pipeline_probe import claims, dated_articles, event_people, facts

_LEDE = "5月8日，中国共产党青禾县第七次代表大会在县城胜利闭幕，全县三百名代表出席了大会，市委常委、组织部长丁望川到会指导。"
_CAPTIONS = [
    "少先队员向大会胜利召开献花",
    "市委常委、组织部长丁望川亲临大会指导并作重要讲话",
    "县委书记甘露明作第六届县委工作报告",
    "县委副书记邵远航主持开幕式、闭幕式",
    "县委副书记邹立言作第七次党代会筹备工作报告",
]
_BODY = [
    "青禾县的换届工作部署早、行动快、措施硬。今年3月，该县成立了筹备工作领导小组和工作机构，扎实开展了代表选举等各项筹备工作。",
    "会议期间，通过加强组织领导，规范操作程序，圆满完成了大会各项议程，选举产生了新一届县委、县纪委领导班子。",
    "目前，其它各县正在筹备召开党代表大会，预计月底前全部完成换届选举工作，新一届领导班子将陆续产生。",
]


def _page(captions_before_body: int = 1) -> str:
    lines = [_LEDE, *_CAPTIONS[:captions_before_body], _BODY[0], *_CAPTIONS[captions_before_body:], *_BODY[1:]]
    return "\n".join(lines)


def test_captions_are_sentences_of_their_own_in_the_article() -> None:
    (article,) = dated_articles(_page())
    texts = [s.text for s in article.sentences]
    for caption in _CAPTIONS:
        assert caption in texts


def test_a_caption_run_before_a_paragraph_about_another_topic_stays_in_the_article() -> None:
    # two captions after the lede, then a paragraph that is not about them: still the same article
    assert len(dated_articles(_page(captions_before_body=2))) == 1


def test_no_post_reads_across_a_caption_line() -> None:
    found = claims(_page())
    # the county's own congress (中国共产党青禾县第七次代表大会) names the page's county for the bare posts (session 59)
    assert ("甘露明", "青禾县委书记") in found
    assert ("邵远航", "青禾县委副书记") in found
    assert not [position for _, position in found if "讲话" in position or "闭幕式" in position]


def test_the_captions_people_act_at_the_article_event() -> None:
    (event,) = facts(_page(), "2031-05-09").events
    assert event.date == "2031-05-08"
    assert {
        ("丁望川", "attended"),
        ("甘露明", "spoke_at"),
        ("邵远航", "presided"),
        ("邹立言", "spoke_at"),
    } <= event_people(event)


@pytest.mark.parametrize(
    "body",
    ["该县成立了筹备工作领导小组和工作机构。", "临江市成立工作专班，推进项目建设。"],
    ids=["leading_group", "task_force"],
)
def test_a_working_body_set_up_is_no_opening(body: str) -> None:
    text = "新华社江城2031年5月9日电 8日，临江县第七次代表大会在县城闭幕。今年3月，" + body
    assert [e.title for e in facts(text).events] == ["临江县第七次代表大会"]


def test_a_new_zone_set_up_is_still_an_opening() -> None:
    text = "新华社江城2031年5月9日电 8日，临江新区正式挂牌成立。"
    assert [e.event_type for e in facts(text).events] == ["opening"]


@pytest.mark.parametrize(
    "furniture",
    [
        ["临江政府改组公布新首长", "政治中心/综合报导 2031-02-03 19:10", "临江政府发言人龚明远(图/资料照片)"],
        ["临江政府改组公布新首长", "政治中心/综合报导 2031-02-03 19:10"],
    ],
    ids=["with_caption", "without_caption"],
)
def test_the_lede_after_a_headline_stack_takes_the_article_date(furniture: list[str]) -> None:
    body = [
        "临江政府执政8个多月以来风波不断，让高层重新思考人事布局，临江政府今(3)日晚间6时半举行记者会，正式公布改组名单。"
        "分别是由江城县长林晓峰接掌农业委员会主委、前卫生署副署长柴思雨接卫生部长。",
        "临江政府发言人龚明远表示，这次改组撤换卫生部长宁可心等2人，但这2人日后仍会留在执政团队。",
        "针对先前外传消息，早有人士透露林晓峰已获高层征询。",
    ]
    events = facts("\n".join([*furniture, *body]), "2031-02-03").events
    assert [(e.date, e.event_type) for e in events] == [("2031-02-03", "meeting")]


def test_a_subhead_with_a_colon_stands_alone_between_long_paragraphs() -> None:
    # 甲：某某 over a quoted speaker's paragraph is a subhead; a short line with a comma goes on (test_segment)
    lines = [_LEDE, _BODY[0], "龚明远：合作路上再相逢", "龚明远在致辞时表示，我们在此相遇，也在此分手，将来会在合作的路上再度相逢。", *_BODY[1:]]
    (article,) = dated_articles("\n".join(lines))
    assert "龚明远：合作路上再相逢" in [s.text for s in article.sentences]
