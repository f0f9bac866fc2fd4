"""Roles, lane wideroles29 (issue 13): a post of a level that is no one-character place level (州, 盟, 自治区, 镇,
乡: word_uses.tsv chain_level) printed bare after another person's chain printed that level's place — a list of
leaders where only the first prints the place (中共某州委书记甲，州委副书记、州长乙，州政协副主席丙) — is that
place's (actors/levelchains.py; docs/gold-conventions.md D1: the title chain). Counted over a wide unannotated
sample (/work/scratch/s19/wideroles29/classes.md). Invented text, Simplified and Traditional; the near misses keep
the title uncompleted: no chain printed the place, the place is a body's (a clinic's town), or the stem is one
character (a city named like 某州市)."""

from __future__ import annotations

import pytest

from pipeline_probe import claims

LISTED = [
    ("中共松岩州委书记林晓峰，州委副书记、州长龚明远到会祝贺。", "龚明远", "松岩州州长"),
    ("中共松岩州委书记林晓峰，州委副书记、州长龚明远到会祝贺。", "龚明远", "松岩州委副书记"),
    ("青禾州委书记林晓峰，州政协副主席柴思雨，副州长钱小禾出席大会。", "柴思雨", "青禾州政协副主席"),
    ("青禾州委书记林晓峰，州政协副主席柴思雨，副州长钱小禾出席大会。", "钱小禾", "青禾州副州长"),
    ("中共松巖州委書記林曉峰，州委副書記、州長龔明遠到會祝賀。", "龚明远", "松岩州州长"),
    ("临江自治区党委书记林晓峰、自治区政协主席柴思雨在机场迎候。", "柴思雨", "临江自治区政协主席"),
    ("臨江自治區黨委書記林曉峰、自治區政協副主席龔明遠在機場迎候。", "龚明远", "临江自治区政协副主席"),
    ("青禾镇党委书记林晓峰，镇长龚明远，镇人大主席柴思雨一同察看了水渠。", "龚明远", "青禾镇镇长"),
    ("青禾镇党委书记林晓峰，镇长龚明远，镇人大主席柴思雨一同察看了水渠。", "柴思雨", "青禾镇人大主席"),
    ("松岩乡党委书记钱小禾、乡长宁可心走访了农户。", "宁可心", "松岩乡乡长"),
    ("松巖鄉黨委書記錢小禾、鄉長寧可心走訪了農戶。", "宁可心", "松岩乡乡长"),
    ("江城盟委书记林晓峰主持会议，盟委副书记龚明远出席。", "龚明远", "江城盟委副书记"),
]


@pytest.mark.parametrize(("text", "person", "post"), LISTED)
def test_a_level_post_after_a_chain_that_printed_the_place_is_that_places(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


BARE = [  # no chain printed the level's place: the post is not completed with it
    ("会议在松岩州举行。州委副书记、州长龚明远出席。", "龚明远", "松岩州"),
    ("青禾镇卫生院院长林晓峰陪同，镇长龚明远介绍情况。", "龚明远", "青禾镇"),
    ("中共江州市委书记林晓峰会见客人，州长龚明远出席。", "龚明远", "江州"),
    ("记者从青禾镇获悉，镇长柴思雨近日调研。", "柴思雨", "青禾镇"),
]


@pytest.mark.parametrize(("text", "person", "place"), BARE)
def test_a_level_post_no_chain_placed_is_not_completed(text: str, person: str, place: str) -> None:
    assert not any(p == person and q.startswith(place) for p, q in claims(text))


def test_a_district_post_never_takes_an_autonomous_regions_place() -> None:
    found = claims("临江自治区党委书记林晓峰调研时，江城区委书记龚明远陪同，区长柴思雨汇报。")
    assert not any(p == "柴思雨" and q.startswith("临江自治区") for p, q in found)


COUNCILS = [  # a council title addressed after the council its sentence printed last: that council's
    ("江城市议会参访团本周出发，首日走访临江市议会，双方座谈，柴思雨议长介绍了议事规则。", "柴思雨", "临江市议会议长"),
    ("江城市議會參訪團本週出發，首日走訪臨江市議會，雙方座談，柴思雨議長介紹了議事規則。", "柴思雨", "临江市议会议长"),
    ("江城市议会参访团首日走访青禾县议会，钱小禾副议长与多名议员在门口迎接。", "钱小禾", "青禾县议会副议长"),
    ("临江市议会组团考察，午后抵达松岩县议会，座谈会上，宁可心副议长致辞。", "宁可心", "松岩县议会副议长"),
]


@pytest.mark.parametrize(("text", "person", "post"), COUNCILS)
def test_a_council_title_takes_the_council_its_sentence_printed(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


NO_COUNCIL = [  # the council is in another sentence, or printed with no place: not taken from the sentence
    ("江城市议会参访团首日走访临江市议会。次日柴思雨议长赴外地开会。", "柴思雨", "临江市议会"),
    ("参访团走访市议会，座谈时，柴思雨议长介绍情况。", "柴思雨", "市议会"),
]


@pytest.mark.parametrize(("text", "person", "council"), NO_COUNCIL)
def test_a_council_title_with_no_council_in_its_sentence_is_not_placed_by_it(
    text: str, person: str, council: str
) -> None:
    assert not any(p == person and q.startswith(council) for p, q in claims(text))
