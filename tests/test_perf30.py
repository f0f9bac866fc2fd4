"""Issue 17, lane perf30: the corpus steps of every build (and of every rebuild) made cheaper, outputs unchanged.

Each test runs the new path against the code it replaced (kept here as the reference) on generated inputs of
invented posts and places.

* ``corpus/shortposts.spelled_in_full``: each (article, post, organisation) read once, each full post's title
  head read once, the claim's own body read once before its article's posts (the reference: every claim
  against every post of its article).
* ``corpus/postkeys.single_post``: answered from the post's strings, remembered per spelling (``_single``, a
  bounded cache emptied with the lexicons), where each corpus step asked again for each claim.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import replace

import pytest

from ygraph.actors.actorlex import longest_suffix_title, place_prefix, titles, uses, words
from ygraph.actors.contractions import contracts
from ygraph.corpus import shortposts
from ygraph.corpus.postkeys import COMPANY_PREFIX, _printed_former, single_post
from ygraph.model import Provenance, RoleClaim

# (position, organisation): full posts, their contractions, a body printed with and without its place
POSTS = [
    ("青禾县综合发展处处长", "青禾县综合发展处"),
    ("综发处处长", "综发处"),
    ("青禾县政府综合发展处处长", "青禾县政府综合发展处"),
    ("松岩市数位发展部长", "松岩市数位发展部"),
    ("数发部长", "数发部"),
    ("松岩市义勇消防总队长", "松岩市义勇消防总队"),
    ("松岩义消总队长", "松岩义消总队"),
    ("松岩市交通局局长", "松岩市交通局"),
    ("市交通局局长", ""),
    ("交通局局长", "交通局"),
    ("海州市交通局局长", "海州市交通局"),
    ("河西保安司司长", "河西保安司"),
    ("保安司司长", "保安司"),
    ("松岩市委书记", "松岩市委"),
    ("松岩市纪委书记", "松岩市纪委"),
    ("松岩市长", "松岩市"),
    ("市长", ""),
    ("综发处处长", ""),  # one post printed with and without its organisation read: two answers
    ("交通局局长", ""),
    ("保安司司长", ""),
]
NAMES = ["郑立群", "钱小禾", "宁可心", "孙卓然", "冯子墨"]


def _claim(rng: random.Random) -> RoleClaim:
    position, organization = rng.choice(POSTS)
    article, start = rng.randrange(3), rng.randrange(500)
    provenance = Provenance(f"doc{rng.randrange(4)}.txt", article, start, start + 20, "", "titled", start, start + 5)
    return RoleClaim(rng.choice(NAMES), position, position, organization, "2031-04-01", "article", provenance)


def _reference(roles: list[RoleClaim], placed: bool = False) -> list[RoleClaim]:
    """``spelled_in_full`` as it was before perf30: every claim against every post of its article."""
    full: dict[tuple[str, int], set[tuple[str, str]]] = defaultdict(set)
    for r in roles:
        if r.organization and single_post(replace(r, position_text=r.position)):
            full[(r.provenance.file, r.provenance.article)].add((r.position, r.organization))
    out = []
    for r in roles:
        posts = full.get((r.provenance.file, r.provenance.article), set())
        longer = [p for p in posts if contracts(r.position, p[0])] if r.organization else []
        longer = longer or ([p for p in posts if _placed_reference(r, *p)] if placed else [])
        if placed and not longer and len(r.organization) >= 3 and not place_prefix(r.organization):
            longer = [p for p in posts if _parented_reference(r, *p)]  # session 33: 十军团指挥官 / 陆军十军团指挥官
        if len(longer) == 1:
            ((position, organization),) = longer
            r = replace(r, position=position, organization=organization)
        out.append(r)
    return out


def _placed_reference(claim: RoleClaim, position: str, organization: str) -> bool:
    levels = tuple(uses("place_level"))
    own = claim.organization or shortposts._level_body(claim.position, levels)
    extra = len(organization) - len(own)
    if not own or extra <= 0 or not position.endswith(claim.position) or not organization.endswith(own):
        return False
    if place_prefix(own):
        return False
    place = organization[: extra + 1] if own.startswith(levels) else organization[:extra]
    return bool(place_prefix(organization)) or (len(place) > 2 and place.endswith(levels))


def _parented_reference(claim: RoleClaim, position: str, organization: str) -> bool:
    extra = len(organization) - len(claim.organization)
    parent = organization[:extra]
    ends = extra >= 2 and position.endswith(claim.position) and organization.endswith(claim.organization)
    return ends and not parent.startswith((*uses("acting"), *uses("stand_in_word"), *uses("former")))


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("placed", [False, True])
def test_spelled_in_full_reads_each_spelling_once_with_the_same_answers(seed: int, placed: bool) -> None:
    rng = random.Random(seed)
    roles = [_claim(rng) for _ in range(rng.randrange(20, 200))]
    assert shortposts.spelled_in_full(roles, placed) == _reference(roles, placed)


@pytest.mark.parametrize("placed", [False, True])
def test_the_generated_claims_are_completed_at_all(placed: bool) -> None:
    """The equivalence above is no vacuous one: some claims are completed by each pass."""
    roles = [_claim(random.Random(seed)) for seed in range(400)]
    changed = sum(a != b for a, b in zip(roles, shortposts.spelled_in_full(roles, placed), strict=True))
    assert changed > 0


@pytest.mark.parametrize(("short", "long"), [(s, lo) for s, _ in POSTS for lo, _ in POSTS])
def test_contracts_with_the_head_given_is_contracts(short: str, long: str) -> None:
    assert contracts(short, long, longest_suffix_title(long)) is contracts(short, long)


def _single_reference(claim: RoleClaim, notice: bool = False) -> bool:
    """``single_post`` as it was before perf30."""
    head = longest_suffix_title(claim.position)
    info = titles().get(head)
    if not info or not info.single or _printed_former(claim.position_text, head):
        return False
    if claim.position[: len(claim.position) - len(head)].endswith(tuple(uses("honorary"))):
        return False
    if len(claim.organization) == 1:
        return False
    if claim.organization or (notice and claim.provenance.rule.startswith(COMPANY_PREFIX)):
        return True
    rest = claim.position[1 : len(claim.position) - len(head)]
    return (
        notice
        and claim.position[0] in uses("place_level")
        and len(rest) >= 4
        and rest not in words("level_organs.txt")
    )


SINGLE = [  # (position, printed, organisation, rule)
    *((p, p, o, "titled") for p, o in POSTS),
    ("松岩市长", "前松岩市长", "松岩市", "titled"),
    ("松岩市长", "松岩市原市长", "松岩市", "titled"),
    ("青禾党荣誉主席", "青禾党荣誉主席", "青禾党", "titled"),
    ("总局长", "新任总局长", "总", "appointed:take"),
    ("董事总经理", "董事总经理", "", f"{COMPANY_PREFIX}take"),
    ("董事总经理", "董事总经理", "", "appointed:take"),
    ("省人大常委会农业工作委员会主任", "省人大常委会农业工作委员会主任", "", "appointed:take"),
    ("市政府秘书长", "市政府秘书长", "", "appointed:take"),
    ("", "", "", "titled"),
]


@pytest.mark.parametrize("notice", [False, True])
@pytest.mark.parametrize(("position", "printed", "organization", "rule"), SINGLE)
def test_single_post_from_the_strings_is_single_post(
    position: str, printed: str, organization: str, rule: str, notice: bool
) -> None:
    provenance = Provenance("doc.txt", 0, 0, 9, "", rule, 0, 3)
    claim = RoleClaim("郑立群", position, printed, organization, "2031-04-01", "article", provenance)
    if not position and notice:
        return  # an empty post: the notice test reads its first character (before and after alike)
    assert single_post(claim, notice) is _single_reference(claim, notice)
    assert single_post(claim, notice) is _single_reference(claim, notice)  # the second answer remembered
