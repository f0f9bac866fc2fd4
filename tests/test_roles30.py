"""Roles, lane roles30: missed roles of found people and wrong roles, by construction (studied sets realheld16–20).
**A verb whose object is the titled person** (赞许, 转致, 介绍, 提名, 延揽, 委任, 交与, 外传 …: ``post_lead_verb``
rows of ``word_uses.tsv``) and **an age in digits** (39岁: ``post_lead_count``) are no part of the post printed
after them; **a joiner inside a chain before a whole bare post** (讲话和市委常委、副市长甲, 某某及县长乙:
``labelbounds._bare_post``) ends the words before it. Invented text; the near misses keep their organisation."""

from __future__ import annotations

import pytest

from pipeline_probe import claims

LEAD_VERBS = [  # (text, person, the post as printed after the verb, the post the verb was glued to)
    ("林晓峰另转致侨务委员会委员长龚明远的问候。", "龚明远", "侨务委员会委员长", "转致侨务委员会委员长"),
    ("林晓峰另转告侨务委员会委员长龚明远的意见。", "龚明远", "侨务委员会委员长", "转告侨务委员会委员长"),
    ("林晓峰特别赞许法制处处长龚明远的努力。", "龚明远", "法制处处长", "林晓峰特别赞许法制处处长"),
    ("林晓峰特别赞赏法制处处长龚明远的努力。", "龚明远", "法制处处长", "林晓峰特别赞赏法制处处长"),
    ("海州党代会正式提名江城市长龚明远代表海州党参加大选。", "龚明远", "江城市长", "海州党代会正式提名江城市长"),
    ("林晓峰延揽海州文化局长龚明远出任顾问。", "龚明远", "海州文化局长", "林晓峰延揽海州文化局长"),
    ("林晓峰礼聘海州文化局长龚明远出任顾问。", "龚明远", "海州文化局长", "林晓峰礼聘海州文化局长"),
    ("行政长官委任行政会委员龚明远兼任发言人。", "龚明远", "行政会委员", "行政长官委任行政会委员"),
    ("外传江城市长龚明远将延聘柴思雨。", "龚明远", "江城市长", "外传江城市长"),
    ("坊间盛传江城市长龚明远将请辞。", "龚明远", "江城市长", "坊间盛传江城市长"),
    ("39岁江城高中校长龚明远升任局长。", "龚明远", "江城高中校长", "岁江城高中校长"),
]


@pytest.mark.parametrize(("text", "person", "post", "glued"), LEAD_VERBS)
def test_a_verb_or_an_age_before_a_post_is_no_part_of_it(text: str, person: str, post: str, glued: str) -> None:
    found = claims(text)
    assert (person, post) in found
    assert (person, glued) not in found


KEPT = [  # a word of the class inside an organisation's name keeps it
    ("提名委员会主席龚明远宣布名单。", "龚明远", "提名委员会主席"),
    ("江城市介绍所所长龚明远出席。", "龚明远", "江城市介绍所所长"),
]


@pytest.mark.parametrize(("text", "person", "post"), KEPT)
def test_an_organisation_holding_such_a_word_keeps_it(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


JOINED_BARE = [  # (text, person, the bare post after the joiner, the label with the words before it)
    ("会议听取了市委书记林晓峰的讲话和市委常委、副市长龚明远作的报告。", "龚明远", "市委常委", "讲话和市委常委"),
    ("会议听取了市委书记林晓峰的讲话和市委常委、副市长龚明远作的报告。", "龚明远", "副市长", "讲话和市副市长"),
    ("县领导柴思雨、宁可心及人大副主任龚明远出席。", "龚明远", "人大副主任", "宁可心及人大副主任"),
    ("回想当年阿禾及县长龚明远的往事。", "龚明远", "县长", "回想当年阿禾及县长"),
]


@pytest.mark.parametrize(("text", "person", "post", "glued"), JOINED_BARE)
def test_a_joiner_before_a_whole_bare_post_ends_the_words_before_it(
    text: str, person: str, post: str, glued: str
) -> None:
    found = claims(text)
    assert (person, post) in found
    assert (person, glued) not in found


JOINED_KEPT = [  # a body joined by the joiner, or a title before it, keeps the post as it was read
    ("江城市文化和旅游局局长龚明远出席。", "龚明远", "江城市文化和旅游局局长"),
    ("市委常委和副市长龚明远出席。", "龚明远", "市委常委和副市长"),
]


@pytest.mark.parametrize(("text", "person", "post"), JOINED_KEPT)
def test_a_body_or_a_title_before_the_joiner_keeps_the_post(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)
