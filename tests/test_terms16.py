"""A holder's term of office (第九届, 第5任) has one reading, ``terms.is_term`` / ``terms.term_start``,
used by the name check, the organisation alias of a post and the chain walk over a term printed in digits."""

from __future__ import annotations

import pytest

from pipeline_probe import claims, people
from ygraph.actors.actorlex import plausible_name
from ygraph.actors.terms import is_term, term_start

TERMS = ["第九届", "第5任", "第１２届", "第十二任", "第廿届"]


@pytest.mark.parametrize("term", TERMS)
def test_a_term_is_read_alike_as_a_word_and_after_an_organisation(term: str) -> None:
    assert is_term(term)
    assert term_start("临江县" + term, 3 + len(term)) == 3
    assert term_start("临江县" + term, 3 + len(term), floor=2) == 3  # the Han character before it is past floor
    assert term_start("临江县" + term, 3 + len(term), floor=3) == -1  # ... and here it is not
    assert term_start(term, len(term)) == -1  # nothing before it: no organisation the term sits in


@pytest.mark.parametrize("word", ["第九", "第九届会", "第一二三四届", "林晓峰", "九届"])
def test_what_is_no_term(word: str) -> None:
    assert not is_term(word)
    assert term_start("临江县" + word, 3 + len(word)) == -1


@pytest.mark.parametrize("term", ["第五任", "第十届"])
def test_a_term_is_no_name_though_its_ordinal_is_a_surname(term: str) -> None:
    assert not plausible_name(term)


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("本报讯 4月20日，临江县第九届县长林晓峰出席江城航运论坛。", "林晓峰", "临江县长"),
        ("本報訊 4月20日，臨江縣第九屆縣長林曉峰出席江城航運論壇。", "林晓峰", "临江县长"),
        ("本报讯 4月20日，临江县第12届县长林晓峰出席江城航运论坛。", "林晓峰", "临江县长"),
        ("本报讯 4月20日，江城市第５任市长龚明远出席江城航运论坛。", "龚明远", "江城市长"),
        ("本报讯 4月20日，海州市委常委、临江县第3任县长柴思雨出席江城航运论坛。", "柴思雨", "临江县长"),
    ],
)
def test_the_term_inside_a_post_says_no_organisation(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)
    assert set(people(text)) == {person}
