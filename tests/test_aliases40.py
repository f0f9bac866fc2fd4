"""Short names an article defines for an organisation (session 30): 某某股份有限公司（以下简称“公司”） makes a
post printed after 公司 or 本公司 that company's (actors/definedaliases.py); a verb of receiving (收到) ends the
organisation before a post; 递交/提交/代行 end a name. Invented names and sentences."""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from ygraph.actors.definedaliases import defined_aliases

_COMPANY = "江城建工集团股份有限公司"


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in facts(text).roles}


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        pytest.param(f"本报讯 {_COMPANY}（以下简称“公司”）董事会召开会议。", {"公司": _COMPANY, "本公司": _COMPANY}, id="full-width"),
        pytest.param(f"{_COMPANY}(以下简称\"公司\")发布公告。", {"公司": _COMPANY, "本公司": _COMPANY}, id="half-width"),
        pytest.param("临江海洋研究院（下称“研究院”）今天宣布。", {"研究院": "临江海洋研究院", "本研究院": "临江海洋研究院"}, id="xia-cheng"),
        pytest.param("会议在临江宾馆（以下简称“宾馆”）举行。", {}, id="not-an-organisation"),
        pytest.param("本报讯 近日，记者从临江（以下简称“公司”）获悉。", {}, id="a-place-alone"),
    ],
)
def test_the_defined_short_names(text: str, aliases: dict[str, str]) -> None:
    assert defined_aliases(text) == aliases


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param(
            f"本报讯 {_COMPANY}（以下简称“公司”）董事会于近日收到公司董事长龚明远的辞职报告。",
            "龚明远", f"{_COMPANY}董事长", id="after-the-short-name",
        ),
        pytest.param(
            f"本报讯 {_COMPANY}（以下简称“公司”）发布公告，本公司副总经理柴思雨代行总经理职责。",
            "柴思雨", f"{_COMPANY}副总经理", id="after-ben",
        ),
        pytest.param(
            f"本报讯 {_COMPANY}（以下简称“公司”）董事会于近日收到公司总经理龚明远递交的辞职报告。",
            "龚明远", f"{_COMPANY}总经理", id="name-before-dijiao",
        ),
    ],
)
def test_a_post_after_the_short_name_is_the_organisation_s(text: str, person: str, position: str) -> None:
    assert (person, position) in _roles(text)


def test_a_resignation_and_an_election_are_a_succession_of_the_company_s_post() -> None:
    from ygraph.corpus import merge
    from ygraph.pipeline import Source, process_document

    text = (
        f"本报讯 2031年3月5日，{_COMPANY}（以下简称“公司”）董事会于近日收到公司董事长龚明远的辞职报告。"
        "公司董事会选举柴思雨为公司董事长。"
    )
    corpus = merge.merge([process_document(Source("a.txt", text, "utf-8"))], ())
    assert [(s.position, s.before, s.after) for s in corpus.successions] == [(f"{_COMPANY}董事长", "龚明远", "柴思雨")]


def test_a_preposition_before_a_level_is_no_place() -> None:
    """关于市三届人大… (a report on the city's congress): 关于 is no place's name (prefix_stops.txt)."""
    from ygraph.actors.printedplaces import printed_places

    assert printed_places("会议听取了关于市三届人大六次会议代表建议办理情况的报告。") == {}


def test_a_notice_in_numbered_sections_pairs_the_leaver_and_the_elected() -> None:
    """一、某某情况 stands alone (text/breaks.tsv section_heading), and 选举甲同志担任某职 elects (notice_elect)."""
    from ygraph.corpus import merge
    from ygraph.pipeline import Source, process_document

    text = (
        "本报讯 2031年4月8日\n"
        f"{_COMPANY}（以下简称“公司”）召开董事会。具体情况如下：\n"
        "一、董事长辞任事项\n"
        "公司原董事长龚明远同志因个人原因辞去公司董事长职务。\n"
        "二、选举新任董事长事项\n"
        "董事会审议后，选举柴思雨同志担任公司董事长。"
    )
    corpus = merge.merge([process_document(Source("a.txt", text, "utf-8"))], ())
    assert [(s.position, s.before, s.after) for s in corpus.successions] == [(f"{_COMPANY}董事长", "龚明远", "柴思雨")]
    assert all("事项" not in r.position for r in corpus.roles)


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param("会上，海州驻联合国常任代表席克致词。", "席克", "海州驻联合国常任代表", id="permanent-representative"),
        pytest.param(
            "临江市发展和改革委员会主任龚明远着重就政府工作报告进行说明。",
            "龚明远", "临江市发展和改革委员会主任", id="name-before-zhuozhong",
        ),
    ],
)
def test_more_titles_and_name_ends(text: str, person: str, position: str) -> None:
    assert (person, position) in _roles(text)
