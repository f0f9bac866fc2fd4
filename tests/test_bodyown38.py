"""Posts of a party's committee printed without the party, lane bodyown38 (session 28): a committee of
``actors/parties.tsv`` (kind ``committee``: 组发会, 考纪会 …) printed bare before its head, or a unit inside it, is
the committee of the party the page names most (``parties.committee_party``), never the commission of a city the
page also names; a party post printed whole whose head alone is no party's (中央委员) on a page about one party
is that party's. Invented names and sentences."""

from __future__ import annotations

import pytest

from pipeline_probe import facts


def _claims(text: str) -> dict[tuple[str, str], str]:
    return {(r.person, r.position): r.provenance.rule for r in facts(text).roles}


@pytest.mark.parametrize(
    ("text", "person", "position", "committee"),
    [
        pytest.param(
            "林振华历任新竹市政府秘书长、副市长。国民党今天公布人事，现任组发会主委柴思雨将升任副秘书长，国民党表示。",
            "柴思雨", "国民党组发会主委", "组发会", id="not-the-city-s-commission",
        ),
        pytest.param(
            "国民党今天公布人事，副秘书长兼考纪会主委吴思远请辞，由林振华接任，国民党表示。",
            "吴思远", "国民党考纪会主委", "考纪会", id="after-a-joiner",
        ),
        pytest.param(
            "国民党今天公布人事，副秘书长兼考纪会主委吴思远请辞，由林振华接任，国民党表示。",
            "林振华", "国民党考纪会主委", "考纪会", id="the-taker-of-the-post",
        ),
        pytest.param(
            "国民党今天公布人事，文传会新媒体部主任柴思雨将出任发言人，国民党表示。",
            "柴思雨", "国民党文传会新媒体部主任", "文传会", id="a-unit-of-the-committee",
        ),
        pytest.param(
            "国民党今天公布首批人事，行管会人事室主任吴思远出席，国民党表示。",
            "吴思远", "国民党行管会人事室主任", "行管会", id="another-committee",
        ),
    ],
)
def test_a_party_committee_printed_alone_is_the_party_s(text: str, person: str, position: str, committee: str) -> None:
    found = _claims(text)
    assert found.get((person, position), "").endswith(f"+party.committee:{committee}")
    assert not [p for (who, p) in found if who == person and p.endswith(position.removeprefix("国民党")) and p != position]


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        pytest.param(
            "国民党周日在松岩会馆举行全代会，党主席林振华任命中央委员吴思远为副主席。国民党表示。",
            "吴思远", "国民党中央委员", id="central-committee-member",
        ),
        pytest.param(
            "民进党周六在青禾体育馆举行全代会，中央委员柴思雨主持会议，民进党青年部说明议程。",
            "柴思雨", "民进党中央委员", id="another-party",
        ),
    ],
)
def test_a_whole_party_post_on_the_party_s_page(text: str, person: str, position: str) -> None:
    assert (person, position) in _claims(text)
