"""Issue 13: a province reachable only through its city. A bare provincial title (省委常委, 副省长) is
completed from the gazetteer (actors/cities.tsv) when its chain prints cities of exactly one province;
cities of two provinces, or a city elsewhere in the article, leave it bare (invented names; real cities as vocabulary)."""

from __future__ import annotations

from ygraph.actors.actorlex import city_provinces, one_province
from ygraph.model import Source
from ygraph.pipeline import process_document


def pairs(text: str) -> set[tuple[str, str]]:
    facts = process_document(Source("t.txt", text, "utf-8"))
    return {(r.person, r.position) for r in facts.roles}


def test_gazetteer_covers_prefecture_level_units() -> None:
    cities = city_provinces()
    assert len(cities) > 300
    assert cities["杭州市"] == "浙江省" and cities["延边朝鲜族自治州"] == "吉林省"
    assert "北京市" not in cities  # a municipality is a province-level place, not a city of a province


def test_one_province_never_guesses() -> None:
    assert one_province("杭州市和宁波市") == "浙江省"
    assert one_province("杭州市和合肥市") == ""
    assert one_province("临江市") == ""


def test_bare_provincial_title_takes_its_chain_city_province() -> None:
    text = "省委常委、杭州市委书记龚明远主持会议。"
    assert ("龚明远", "浙江省委常委") in pairs(text)


def test_chain_city_wins_over_the_article_province() -> None:
    text = "江苏省召开座谈会。省委常委、合肥市委书记龚明远出席。"
    assert ("龚明远", "安徽省委常委") in pairs(text)


def test_a_city_elsewhere_in_the_article_does_not_complete_a_bare_title() -> None:
    """Only the title's own chain is read: a page that prints a city elsewhere may be about any province."""
    text = "合肥市委书记龚明远出席活动。副省长柴思雨讲话。"
    found = pairs(text)
    assert ("柴思雨", "副省长") in found
    assert not any(p == "柴思雨" and position != "副省长" for p, position in found)


def test_chain_with_cities_of_two_provinces_stays_bare() -> None:
    text = "省委常委、杭州市委书记、合肥市委书记龚明远出席。"
    assert not any(position.endswith("省委常委") and len(position) > 4 for _, position in pairs(text))
