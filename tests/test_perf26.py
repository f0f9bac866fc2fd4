"""Issue 17, sixteenth session (branch perf26): the extraction's hot helpers, each exactly what it replaced.

Every shortcut is checked against the plain loop it stands for, on invented text (临江省, 龚明远, 林晓峰).
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ygraph import scan
from ygraph.actors import actorlex, transfers


def _plain_word_at(words: tuple[str, ...], text: str, start: int, end: int | None) -> str:
    return next((w for w in words if text.startswith(w, start, end)), "")


WORDS = [("新任", "新"), ("与", "和", "及"), ("", "某"), (), ("另外", "另")]


@pytest.mark.parametrize("words", WORDS)
def test_word_at_is_the_first_word_in_order(words: tuple[str, ...]) -> None:
    text = "另外新任临江省某局局长龚明远与林晓峰及某县县长"
    for start in range(len(text) + 2):
        for end in (None, start, start + 1, start + 2, len(text)):
            assert scan.word_at(words, text, start, end) == _plain_word_at(words, text, start, end)


def _plain_suffix_title(text: str) -> str:
    heads = actorlex.titles()
    longest = max(map(len, heads))
    return next((text[-n:] for n in range(min(len(text), longest), 0, -1) if text[-n:] in heads), "")


def test_longest_suffix_title_reads_only_the_lengths_of_its_last_character() -> None:
    heads = sorted(actorlex.titles())
    rng = random.Random(26)
    texts = ["", "长", "龚明远", "临江省", *heads]
    pieces = ["临江省", "某局", "副", "常务", "龚", "明远", *heads]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(3000)]
    texts += [t[: rng.randint(0, len(t))] for t in list(texts)]
    for text in texts:
        assert actorlex.longest_suffix_title(text) == _plain_suffix_title(text), text


def _plain_moves(text: str, a: int, b: int) -> bool:
    piece = text[a:b]
    if any(w in piece for w in actorlex.uses("transfer_verb")):
        return True
    opens, not_opens = tuple(actorlex.uses("transfer_opening")), tuple(actorlex.uses("transfer_opening_not"))
    return any(
        piece.startswith(opens, k)
        and not piece.startswith(not_opens, k)
        and (k == 0 or any(k - n > 1 and actorlex.longest_suffix_title(piece[: k - n]) for n in (2, 3, 4)))
        for k in range(len(piece))
    )


def test_moves_without_an_opening_verb_is_the_plain_scan() -> None:
    opening = actorlex.uses("transfer_opening")
    rng = random.Random(17)
    pieces = ["临江省", "某局局长", "龚明远", "林晓峰", "、", "副县长", *opening, *actorlex.uses("transfer_opening_not")]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        assert transfers.moves(text, a, b) == _plain_moves(text, a, b), (text, a, b)


@pytest.mark.parametrize("words", [("临江省", "江城", "龚"), ("", "某局"), (), ("某",), ("局长", "长")])
def test_printed_is_any_word_in_the_text(words: tuple[str, ...]) -> None:
    printed = scan.Printed(words)
    rng = random.Random(16)
    pieces = ["临", "江", "省", "某", "局", "长", "龚明远", "，"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert printed(text) == any(w in text for w in words), text


# shapes of the rows whose windows a failed start skips (scanskip.prefix_skip): a run of name characters (and
# bracketed notes, a lost character before 、) before a transfer verb; invented words, not a lexicon's
_UNITS = "(?:[\u4e00-\u9fff·、]|[（(][\u4e00-\u9fff]{1,2}[）)]|[?？](?=、))"
SKIPPED = [
    _UNITS + "{2,300}?(?:先生|同志)?(?<![曾再])(?:则|已)?(?:改任|调(?!研|整))(?:为)?(?P<post>[^，。]{2,12}?)(?=[，。]|$)",
    "(?P<names>" + _UNITS + "{2,300})调任(?P<post>[^，。]{2,8})",
    _UNITS + "{1,3}?调(?!研)",  # a small count: a long run of names is no match
    _UNITS + "{2,40}?(?:甲|乙乙)?调(?=为)",
]
_ALPHABET = "林晓峰龚明远甲乙调任研整为先生同志曾再则已、，。（）?"


@pytest.mark.parametrize("source", SKIPPED)
def test_the_skipping_rows_are_read_as_such(source: str) -> None:
    assert scan.needs(re.compile(source)).skip is not None


@pytest.mark.parametrize(
    "source",
    [
        "(?P<n>[甲乙]{2,9})调(?P=n)",  # a back reference: the rest depends on where the match started
        "(?>[甲乙]{2,9})调",  # an atomic group prunes the iterations
        "[甲乙]{2,9}+调",  # a possessive repeat too
        "(?:[甲乙]|(?=丙)){2,9}调",  # an iteration may consume nothing
        "(?:甲乙|丙丁){2,9}调",  # no character is an iteration alone
    ],
)
def test_no_skip_where_a_later_start_may_match_alone(source: str) -> None:
    assert scantree_skip(source) is None


def scantree_skip(source: str) -> object:
    from ygraph.scanskip import prefix_skip
    from ygraph.scantree import parse

    return prefix_skip(parse(source, re.UNICODE))


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(SKIPPED), st.text(alphabet=_ALPHABET, max_size=400))
def test_a_skipping_window_finds_what_every_start_finds(source: str, text: str) -> None:
    pattern = re.compile(source)
    plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groups()) for m in scan.finditer(pattern, text)] == plain


@pytest.mark.parametrize("source", SKIPPED)
@pytest.mark.parametrize(
    "text",
    [
        "龚明远林晓峰调，林晓调研，甲调",  # a long run of names: no match where the count ends
        "甲）林晓调任局长，",  # a start right after a character no iteration takes alone
        "甲（女林晓峰调任为局长。",
        "?、龚明远（男）调为某局局长",
    ],
)
def test_the_starts_after_a_skipped_run(source: str, text: str) -> None:
    pattern = re.compile(source)
    assert [(m.span(), m.groups()) for m in scan.finditer(pattern, text)] == [
        (m.span(), m.groups()) for m in pattern.finditer(text)
    ]


def test_the_identity_offsets_are_counted_positions() -> None:
    from array import array

    from ygraph.text import clean

    for n in (0, 1, 17, clean._COUNTED, clean._COUNTED + 3):
        offsets = clean._identity(n)
        assert offsets == array("l", range(n))
        offsets.append(-1)  # a copy: the positions kept are not changed by its owner
    assert clean._identity(5) == array("l", range(5))


def test_window_hits_are_the_windowed_scan_as_a_list() -> None:
    import ahocorasick

    from ygraph.actors.windowed import Window

    words = ["临江市", "江城区", "江城县", "林晓峰", "晓峰县"]
    a = ahocorasick.Automaton()
    for w in words:
        a.add_word(w, w)
    a.make_automaton()
    window = Window(a, words)
    rng = random.Random(26)
    for _ in range(2000):
        text = "".join(rng.choice(["临", "江", "市", "城", "区", "县", "林晓峰", "，", "龚明远"]) for _ in range(rng.randint(0, 30)))
        assert window.hits(text) == list(window.iter_long(text)) == list(a.iter_long(text)), text
