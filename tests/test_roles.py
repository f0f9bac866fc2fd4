"""Role claims: sentence → (person, canonical position) pairs, one table row per pattern (invented names)."""

from __future__ import annotations

import pytest

from ygraph.model import PendingTitle, Source
from ygraph.pipeline import process_document


def pairs(text: str) -> set[tuple[str, str]]:
    facts = process_document(Source("t.txt", text, "utf-8"))
    return {(r.person, r.position) for r in facts.roles}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("上海市委书记龚明远出席会议。", {("龚明远", "上海市委书记")}, id="place-organ-title"),
        pytest.param(
            "临江电子科技有限公司董事长龚明远发言。",
            {("龚明远", "临江电子科技有限公司董事长")},
            id="company-with-electric-in-its-name",
        ),
        pytest.param(
            "龚明远会见来临江考察的江城某集团董事长柴思雨。",
            {("柴思雨", "江城某集团董事长")},
            id="relative-clause-before-the-title",
        ),
        pytest.param(
            "经研究决定：任命龚明远为临江市交通运输局局长；",
            {("龚明远", "临江市交通运输局局长")},
            id="notice-appoint",
        ),
        pytest.param(
            "经研究决定：免去柴思雨的临江市审计局局长职务；",
            {("柴思雨", "临江市审计局局长")},
            id="notice-remove",
        ),
        pytest.param(
            "经研究决定：柴思雨不再担任临江市审计局局长职务。",
            {("柴思雨", "临江市审计局局长")},
            id="notice-leave",
        ),
        pytest.param(
            "江苏省长柴思雨与安徽省长龚明远签署协议。",
            {("柴思雨", "江苏省长"), ("龚明远", "安徽省长")},
            id="joiner-between-two-titled-people",
        ),
        pytest.param(
            "新华社杭州5月8日电 中共中央总书记龚明远出席。",
            {("龚明远", "中共中央总书记")},
            id="after-wire-dateline",
        ),
        pytest.param(
            "中共上海市委书记龚明远出席会议。", {("龚明远", "上海市委书记")}, id="party-prefix-dropped"
        ),
        pytest.param("江苏省长柴思雨出席。", {("柴思雨", "江苏省长")}, id="province-governor"),
        pytest.param("江苏省省长柴思雨出席。", {("柴思雨", "江苏省长")}, id="governor-level-collapsed"),
        pytest.param(
            "安徽省委副书记、省长柴思雨出席。",
            {("柴思雨", "安徽省委副书记"), ("柴思雨", "安徽省长")},
            id="chain-elliptical-governor",
        ),
        pytest.param(
            "上海市委副书记、市长龚明远出席。",
            {("龚明远", "上海市委副书记"), ("龚明远", "上海市长")},
            id="chain-elliptical-mayor",
        ),
        pytest.param(
            "中共中央政治局常委、国务院总理欧阳青禾出席。",
            {("欧阳青禾", "中共中央政治局常委"), ("欧阳青禾", "国务院总理")},
            id="national-chain",
        ),
        pytest.param(
            "中央政治局委员、国务院副总理龚明远调研。",
            {("龚明远", "中共中央政治局委员"), ("龚明远", "国务院副总理")},
            id="politburo-alias",
        ),
        pytest.param("国家发改委主任柴思雨发言。", {("柴思雨", "国家发展改革委主任")}, id="org-alias-short"),
        pytest.param(
            "国家发展和改革委员会主任柴思雨发言。", {("柴思雨", "国家发展改革委主任")}, id="org-alias-long"
        ),
        pytest.param(
            "国家发展改革委主任柴思雨、上海市委书记龚明远、浙江省委书记欧阳青禾先后发言。",
            {("柴思雨", "国家发展改革委主任"), ("龚明远", "上海市委书记"), ("欧阳青禾", "浙江省委书记")},
            id="list-of-titled-people",
        ),
        pytest.param(
            "某市委常委兼秘书长龚明远出席。",
            {("龚明远", "某市委常委"), ("龚明远", "某市委秘书长")},
            id="chain-with-jian",
        ),
        pytest.param(
            "某集团公司党组成员、副总经理柴思雨出席会议并讲话。",
            {("柴思雨", "某集团公司党组成员"), ("柴思雨", "某集团公司副总经理")},
            id="chain-inherits-organisation",
        ),
        pytest.param(
            "某某协会党组成员、书记处书记龚明远以《学习》为题作讲座。",
            {("龚明远", "某某协会党组成员"), ("龚明远", "某某协会书记处书记")},
            id="secretariat-inherits-organisation",
        ),
        pytest.param(
            "要贯彻龚明远总书记讲话，落实龚明远总书记指示。", {("龚明远", "中共中央总书记")}, id="honorific"
        ),
        pytest.param("某国前国务卿约翰·史密斯逝世。", {("约翰·史密斯", "某国前国务卿")}, id="former-foreign"),
        pytest.param(
            "某县冲锋衣“共富工坊”负责人柴思雨说。",
            {("柴思雨", "某县冲锋衣“共富工坊”负责人")},
            id="quoted-organisation",
        ),
        pytest.param(
            "中国工程院院士、某实验室主任龚明远表示。",
            {("龚明远", "中国工程院院士"), ("龚明远", "某实验室主任")},
            id="academician",
        ),
        pytest.param("龚明远同志任江西省委书记。", {("龚明远", "江西省委书记")}, id="appointment"),
        pytest.param(
            "柴思雨任江西省委副书记、省长。",
            {("柴思雨", "江西省委副书记"), ("柴思雨", "江西省长")},
            id="appointment-chain",
        ),
        pytest.param(
            "国务院总理龚明远在人民大会堂会见美国国务卿约翰·史密斯。",
            {("龚明远", "国务院总理"), ("约翰·史密斯", "美国国务卿")},
            id="meeting-verb-starts-a-position",
        ),
        pytest.param("外交部发言人宁可心表示，中方欢迎。", {("宁可心", "外交部发言人")}, id="spokesperson"),
        pytest.param(
            "中国科学院院士、复旦大学教授沈一鸣作报告。",
            {("沈一鸣", "中国科学院院士"), ("沈一鸣", "复旦大学教授")},
            id="professor",
        ),
        pytest.param(
            "江西省委常委邵可为出席。", {("邵可为", "江西省委常委")}, id="name-ending-in-weak-boundary"
        ),
        pytest.param("江西省委书记龚明在讲话中指出。", {("龚明", "江西省委书记")}, id="name-before-zai"),
    ],
)
def test_role_patterns(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_no_longer_holds_is_never_a_current_post() -> None:
    """不再担任 ends the post (a notice's ``end``), with or without 职务; never an appointment."""
    facts = process_document(Source("t.txt", "龚明远不再担任江西省长。", "utf-8"))
    assert {(r.person, r.position, r.change) for r in facts.roles} == {("龚明远", "江西省长", "end")}


def test_elliptical_title_from_article_context() -> None:
    text = "江苏省委书记柴思雨主持会议。会上，省长龚明远讲话。"
    assert ("龚明远", "江苏省长") in pairs(text)


def test_bare_title_in_an_article_about_one_province() -> None:
    text = "江西省召开经济工作会议。省委书记龚明远出席会议并讲话，省长柴思雨主持。"
    assert pairs(text) == {("龚明远", "江西省委书记"), ("柴思雨", "江西省长")}


def test_bare_title_stays_bare_when_the_article_names_two_provinces() -> None:
    text = "江西、福建两省召开会议。省委书记龚明远出席。"
    assert pairs(text) == {("龚明远", "省委书记")}


def test_elliptical_title_from_a_place_outside_the_vocabulary() -> None:
    text = "青禾市委书记柴思雨主持会议，市长龚明远出席。"
    assert pairs(text) == {("柴思雨", "青禾市委书记"), ("龚明远", "青禾市长")}


def test_claim_is_dated_by_the_governing_time_expression() -> None:
    text = "2021年3月5日，上海市委书记龚明远出席会议。"
    facts = process_document(Source("t.txt", text, "utf-8"))
    claim = facts.roles[0]
    assert (claim.date, claim.date_source) == ("2021-03-05", "sentence")
    assert text[claim.provenance.span_start : claim.provenance.span_end].startswith("上海市委书记")


def test_former_posts_are_dated_by_their_sentence_only() -> None:
    facts = process_document(
        Source("t.txt", "2015年，时任江西省委书记龚明远出席会议。原江西省委书记柴思雨讲话。", "utf-8")
    )
    dated = {(r.person, r.position, r.date) for r in facts.roles}
    assert dated == {("龚明远", "江西省委书记", "2015"), ("柴思雨", "江西省委书记", None)}


def test_damaged_title_is_pending_not_a_person() -> None:
    facts = process_document(Source("t.txt", "座谈会上，江苏省委书信柴思雨发言。", "utf-8"))
    assert not {p.name for p in facts.people} & {"信柴思雨", "书信柴思雨"}
    assert any(isinstance(p, PendingTitle) and p.position == "江苏省委书记" for p in facts.pending)


def test_a_removal_is_dated_by_the_notice_and_marked_as_an_end() -> None:
    """免去…职务 ends a post on the notice's day: the claim is dated and says so (the successor starts then)."""
    text = "经研究决定：免去柴思雨的临江市审计局局长职务；任命龚明远为临江市审计局局长。"
    facts = process_document(Source("t.txt", text, "utf-8", user_date="2031-04-28"))
    got = {r.person: (r.date, r.change) for r in facts.roles}
    assert got == {"柴思雨": ("2031-04-28", "end"), "龚明远": ("2031-04-28", "start")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "江西省召开会议。代省长龚明远出席，常务副省长柴思雨主持，副省长宁可心出席。",
            {("龚明远", "江西省代省长"), ("柴思雨", "江西省常务副省长"), ("宁可心", "江西省副省长")},
            id="modifier-only-titles-take-the-province",
        ),
        pytest.param(
            "江西省召开会议。省政协主席龚明远、省公安厅厅长柴思雨出席。",
            {("龚明远", "江西省政协主席"), ("柴思雨", "江西省公安厅厅长")},
            id="level-organ-takes-the-province",
        ),
        pytest.param(
            "重庆市召开会议。市政协主席龚明远出席。",
            {("龚明远", "重庆市政协主席")},
            id="level-organ-takes-a-municipality",
        ),
        pytest.param(
            "青禾市委常委、市公安局局长龚明远出席。",
            {("龚明远", "青禾市委常委"), ("龚明远", "青禾市公安局局长")},
            id="level-organ-takes-the-place-of-its-chain",
        ),
        pytest.param(
            "杭州市代表团抵达青禾。市中级人民法院院长龚明远出席。",
            {("龚明远", "市中级人民法院院长")},
            id="level-organ-never-takes-a-city-the-vocabulary-may-lack",
        ),
    ],
)
def test_bare_titles_completed_from_context(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "江西省政协副主席龚明远、柴思雨、宁可心，省政协秘书长邵可为出席。",
            {
                ("龚明远", "江西省政协副主席"),
                ("柴思雨", "江西省政协副主席"),
                ("宁可心", "江西省政协副主席"),
                ("邵可为", "江西省政协秘书长"),
            },
            id="names-after-a-title-share-it",
        ),
        pytest.param(
            "江西省委书记龚明远、省长柴思雨出席。",
            {("龚明远", "江西省委书记"), ("柴思雨", "江西省长")},
            id="a-title-after-the-comma-is-not-shared",
        ),
        pytest.param(
            "受青禾市人大常委会主任委托，副主任龚明远主持会议，副主任柴思雨、宁可心，秘书长邵可为出席会议。",
            {
                ("龚明远", "青禾市人大常委会副主任"),
                ("柴思雨", "青禾市人大常委会副主任"),
                ("宁可心", "青禾市人大常委会副主任"),
                ("邵可为", "青禾市人大常委会秘书长"),
            },
            id="bare-title-takes-the-organisation-of-its-title-earlier-in-the-sentence",
        ),
        pytest.param(
            "江西省委书记龚明远主持会议。副主任柴思雨出席。",
            {("龚明远", "江西省委书记"), ("柴思雨", "副主任")},
            id="bare-title-never-takes-another-title-family-or-sentence",
        ),
    ],
)
def test_title_lists_and_inherited_organisations(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("包括青禾乡长龚明远等人出席。", {("龚明远", "青禾乡长")}, id="chain-stops-at-baokuo"),
        pytest.param(
            "【本报综合报导】临江县长龚明远视察。",
            {("龚明远", "临江县长")},
            id="chain-stops-at-a-byline-verb",
        ),
        pytest.param(
            "江城市常务副市长龚明远带领市政府副秘书长柴思雨调研。",
            {("龚明远", "江城市常务副市长"), ("柴思雨", "江城市政府副秘书长")},
            id="chain-stops-at-a-verb-after-a-name",
        ),
        pytest.param(
            "江苏省南京市副市长龚明远出席。",
            {("龚明远", "南京市副市长")},
            id="province-before-a-city-dropped",
        ),
        pytest.param(
            "江西省召开会议。县议员龚明远出席。",
            {("龚明远", "县议员")},
            id="bare-level-stays-bare-without-its-place",
        ),
        pytest.param("某国某县友好代表团一行抵达。", set(), id="title-head-inside-a-longer-word"),
        pytest.param(
            "临江县议会议长龚明远、县议员柴思雨出席。",
            {("龚明远", "临江县议会议长"), ("柴思雨", "临江县议员")},
            id="county-councillors",
        ),
    ],
)
def test_chain_boundaries_and_titles_beyond_government(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text) == expected
