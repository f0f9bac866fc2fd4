"""Roles of realheld26+27 by cause, lane roles38 (session 28): a post of one holder's chain printed without its body
takes the body of the post before it (actors/positions.py ``_chain_qualifier``, ``_committee``; word_uses.tsv
post_qualifier 政务, 特命全权, department_head 厅长, committee 工委), and a spokesperson after a department's post is
the body's (actors/siblings.py ``_spokesperson_body``). Invented names and bodies."""

from __future__ import annotations

import pytest

from pipeline_probe import facts


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in facts(text).roles}


# ---- the post after a body's post in one chain is that body's ----


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param("青禾农业部常务次长、政务次长吴思远今天会见来宾。", "吴思远", "青禾农业部政务次长", id="qualifier-after-a-ministry"),
        pytest.param("松岩省副省长、财政厅长林振华到会讲话。", "林振华", "松岩省财政厅长", id="department-head-after-a-province"),
        pytest.param("松岩省副省长、卫生厅副厅长吴思远陪同考察。", "吴思远", "松岩省卫生厅副厅长", id="deputy-department-head"),
        pytest.param(
            "会上，省人大社会建设委员会副主任委员、常委会预算工委主任林振华作说明。",
            "林振华",
            "省人大常委会预算工委主任",
            id="working-committee-printed-short",
        ),
    ],
)
def test_a_post_without_its_body_takes_the_chain_s_body(text: str, person: str, position: str) -> None:
    assert (person, position) in _roles(text)


# ---- a spokesperson after a department's post is the body's, not the department's ----


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param("松岩警备部队法务处处长、新闻发言人吴思远出席。", "吴思远", "松岩警备部队新闻发言人", id="after-a-division"),
        pytest.param("青禾商务部新闻司司长、发言人林振华出席会议。", "林振华", "青禾商务部发言人", id="after-a-ministry-department"),
        pytest.param("松岩省公安厅宣传处副处长、新闻发言人吴思远介绍情况。", "吴思远", "松岩省公安厅新闻发言人", id="after-a-provincial-department"),
    ],
)
def test_a_spokesperson_is_the_body_s(text: str, person: str, position: str) -> None:
    assert (person, position) in _roles(text)
