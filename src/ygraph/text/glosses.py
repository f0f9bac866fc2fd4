"""Pinyin glosses a machine conversion printed after characters (``负(fù)责(zé)``, ``签(qian)约``): dropped by
clean, offsets kept. The syllables are data (``text/pinyin.tsv``)."""

from __future__ import annotations

import re
from array import array

from .. import lexicons, scan
from ..lexicons import cached
from .rewrite import cut_spans

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# one syllable with a tone mark (so ``(A)`` or ``(2)`` stay), in ASCII or full-width brackets, after a character
_TONED_GLOSS = re.compile(f"(?<=[{_HAN}])[(（] ?[a-zü]*[{_TONED}][a-zü]* ?[)）]")


@cached
def _toneless_gloss() -> tuple[re.Pattern[str], int]:
    """A run of toneless glosses after a character (``(qian)``, ``(cai)(cai)``, ``(lin2)``) and the number of
    glosses a page must print before its toneless ones are read as glosses (``least``)."""
    rows = lexicons.load_table("text/pinyin.tsv")
    initials = sorted((r[1] for r in rows if r[0] == "initial"), key=len, reverse=True)
    finals = sorted((r[1] for r in rows if r[0] == "final"), key=len, reverse=True)
    least = next(int(r[1]) for r in rows if r[0] == "least")
    syllable = f"(?:{'|'.join(initials)})?(?:{'|'.join(finals)})[1-5]?"
    return re.compile(f"(?<=[{_HAN}])(?:[(（] ?{syllable} ?[)）])+(?![A-Za-z])"), least


def remove_pinyin_glosses(text: str, offsets: array) -> tuple[str, array]:
    """Drop the reading a converter printed after a character: ``负(fù)责(zé)`` → ``负责``; toneless readings
    (``签(qian)约``) only on a page that prints enough of them."""
    if "(" not in text and "（" not in text:
        return text, offsets
    spans = [m.span() for m in scan.finditer(_TONED_GLOSS, text)]
    toneless, least = _toneless_gloss()
    plain = [m.span() for m in scan.finditer(toneless, text)]
    # a one-letter reading ((a), (e)) is also a list's item mark: it never makes a page a glossed one
    if sum(1 for start, end in plain if end - start > 3) + len(spans) >= least:
        spans = sorted({*spans, *plain})
    if not spans:
        return text, offsets
    return cut_spans(text, offsets, spans)
