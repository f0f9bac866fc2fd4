"""clean: normalized text plus an offset map back to the original.

Steps (docs/text.md), each keeping ``offsets[i]`` = index in ``Source.text`` of normalized char ``i``:

1. one-to-one rewrites: full-width digits/letters/space → ASCII, odd spaces → ' ', Traditional → Simplified,
   look-alike characters (``text/lookalikes.tsv``);
2. lines: Markdown markup and page furniture dropped, OCR line breaks inside a sentence joined, paragraph
   and headline breaks kept as a single ``'\\n'``;
3. spaces: OCR spaces between Chinese characters (and between Chinese and digits) removed;
4. date numerals: ``三月四日`` → ``3月4日`` (``numerals.normalize_date_numerals``);
5. pinyin glosses a machine conversion printed after characters (``负(fù)责(zé)``) dropped (done before
   step 2, so that page fields and furniture are read by their words).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from functools import cache

from .. import lexicons, scan
from ..lexicons import cached
from ..model import Document, Source
from ..punctuation import DOT, LIST_MARK, LOST_MARK, QUESTION_MARKS
from ..time.numerals import chinese_date_numeral, normalize_date_numerals
from . import cleanlines
from .glosses import remove_pinyin_glosses
from .rewrite import close_rewrite

_FULLWIDTH = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
    0x3000: 0x20,
    0xA0: 0x20,
    0x09: 0x20,
    0x0B: 0x20,
    0x0C: 0x0A,  # a form feed (page break in OCR output) is a line break
    0x85: 0x0A,
    0x2028: 0x0A,
    0x2029: 0x0A,
    0x200B: 0x20,
    0xFEFF: 0x20,
    0x0D: 0x0A,  # a lone CR is a line break; CRLF becomes an empty line, which changes nothing
    # CJK compatibility ideographs (Big5 and OCR output have some) → their unified form, one to one
    **{
        c: ord(unicodedata.normalize("NFKC", chr(c)))
        for c in range(0xF900, 0xFB00)
        if len(unicodedata.normalize("NFKC", chr(c))) == 1 and unicodedata.normalize("NFKC", chr(c)) != chr(c)
    },
}
_WIDTH_RUN = re.compile("[" + "".join(re.escape(chr(c)) for c in _FULLWIDTH) + "]+")
# "CJK" below: Han characters and the CJK/full-width punctuation Chinese text uses.
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = r"\u3001-\u3003\u3008-\u3011\u3014-\u301f\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
_H, _NOT_H = f"[{_HAN}]", f"[^{_HAN}]"
_EDGE = f"[{_CJK_PUNCT}\\n]"
# a droppable run of spaces (see remove_ocr_spaces), else a run of several spaces to make one ("many")
_OCR_SPACE = re.compile(
    "|".join(
        (
            f"(?:(?<=^{_H})|(?<={_NOT_H}{_H})) +(?={_H})",  # a lone Chinese character on the left
            f"(?<={_H}) +(?={_H}(?:{_NOT_H}|$))",  # a lone Chinese character on the right
            f"(?<={_H}) +(?=[0-9])|(?<=[0-9]) +(?={_H})",
            f"(?<={_EDGE}) +| +(?={_EDGE})|^ +| +$",
            "(?P<many>  +)",
        )
    ),
    re.MULTILINE,
)


def clean(source: Source) -> Document:
    """Normalize ``source.text`` for the extractors; ``Document.offsets`` maps back to it."""
    text = normalized_source = normalized(source.text)
    offsets = _identity(len(text))
    # glosses first: a page field or furniture line (发(fā)布日期:) is recognised by its words
    text, offsets = remove_pinyin_glosses(text, offsets)
    text, offsets = cleanlines.rebuild_lines(text, offsets, markdown=is_markdown(source))
    text, offsets = remove_ocr_spaces(text, offsets)
    text, offsets = date_numerals(text, offsets)
    offsets.append(len(source.text))
    return Document(source=source, text=text, offsets=offsets, normalized_source=normalized_source)


_COUNTED = 1 << 17  # positions kept counted (1 MB): a longer text counts its own


@cache
def _counted() -> array:
    return array("l", range(_COUNTED))


def _identity(n: int) -> array:
    """``array("l", range(n))``: a slice of positions counted once (a copy, ≈ 70× faster than counting)."""
    return _counted()[:n] if n <= _COUNTED else array("l", range(n))


def normalized(text: str) -> str:
    """Half-width digits and letters, Simplified script, look-alike characters mapped; the length kept."""
    text = _WIDTH_RUN.sub(lambda m: m.group().translate(_FULLWIDTH), text)
    return _lost_characters(_name_dots(to_simplified(text).translate(_lookalikes())))


# a question mark ending a long list item right before 、 (某代表活动组组?、): a question never ends right before
# 、, so it stands for a character the page lost. A short item is left (甲、马?、乙: a name whose character was
# lost; as a sentence end it still keeps the list's other names readable)
_LOST = re.compile(f"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{{4,}})[{re.escape(QUESTION_MARKS)}](?={LIST_MARK})")


def _lost_characters(text: str) -> str:
    """A question mark standing for a lost character at the end of a long list item → ``LOST_MARK``, one to
    one, so the list's sentence goes on (甲，乙，某组组?、各乡镇人大主席等列席会议: the 列席 still reaches 甲, 乙)."""
    if not any(q in text for q in QUESTION_MARKS):
        return text
    return _LOST.sub(lambda m: m.group(1) + LOST_MARK, text)


def _name_dots(text: str) -> str:
    """A mark of ``text/name_dots.tsv`` printed for the middle dot → ·: inside a list item (甲、某某.某某某、乙),
    and, for a mark whose row says ``between``, wherever it stands between two Chinese characters (某某•某某)."""
    dots, item, between = _dot_patterns()
    if not any(d in text for d in dots):
        return text
    text = between.sub(DOT, text)
    return item.sub(lambda m: m.group().translate(dict.fromkeys(map(ord, dots), DOT)), text)


@cached
def _dot_patterns() -> tuple[str, re.Pattern[str], re.Pattern[str]]:
    """The marks of ``text/name_dots.tsv``, a list item holding them (right after 、 or a colon, before 、), and
    a ``between`` mark standing between two Chinese characters."""
    rows = [row for row in lexicons.load_table("text/name_dots.tsv") if len(row[0]) == 1]
    dots = "".join(row[0] for row in rows)
    marks = re.escape(dots) if dots else r"\x00"
    anywhere = re.escape("".join(row[0] for row in rows if row[1:2] == ("between",))) or r"\x00"
    han = r"[\u4e00-\u9fff]"
    item = rf"(?:(?<={LIST_MARK})|(?<=[：:])){han}{{1,8}}(?:[{marks}]{han}{{1,10}})+(?={LIST_MARK})"
    return dots, re.compile(item), re.compile(rf"(?<={han})[{anywhere}](?={han})")


@cached
def _lookalikes() -> dict[int, int]:
    """Look-alike characters (巿 for 市, ``text/lookalikes.tsv``) → the meant one, for ``str.translate``."""
    rows = lexicons.load_table("text/lookalikes.tsv")
    return {ord(printed): ord(meant) for printed, meant in rows if len(printed) == len(meant) == 1}


def is_markdown(source: Source) -> bool:
    """A ``.md`` file, or a ``.txt`` file that uses Markdown headings or bold (copies of web pages do)."""
    return source.fmt == "md" or cleanlines.looks_like_markdown(source.text)


# -- Traditional → Simplified ---------------------------------------------------------------------------


@cache
def _converter():  # noqa: ANN202 - opencc has no type hints
    import opencc

    return opencc.OpenCC("t2s")


@cache
def _script_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Characters that only Traditional (resp. only Simplified) text uses, from OpenCC's own tables."""
    import opencc

    block = "".join(chr(c) for c in range(0x4E00, 0xA000))
    t2s = _converter().convert(block)
    s2t = opencc.OpenCC("s2t").convert(block)
    if len(t2s) != len(block) or len(s2t) != len(block):  # never seen; single characters convert 1:1
        return re.compile(r"(?!)"), re.compile(r"(?!)")
    traditional = [c for c, t, s in zip(block, t2s, s2t, strict=True) if t != c and s == c]
    simplified = [c for c, t, s in zip(block, t2s, s2t, strict=True) if s != c and t == c]
    return re.compile(f"[{''.join(traditional)}]"), re.compile(f"[{''.join(simplified)}]")


def is_traditional(text: str) -> bool:
    """More Traditional-only than Simplified-only characters (a Japanese name in Simplified text is not)."""
    traditional, simplified = _script_patterns()
    n_trad = len(traditional.findall(text))
    if not n_trad:
        return False
    # stop counting Simplified-only characters as soon as they outnumber the Traditional ones
    return all(n_simp < n_trad for n_simp, _ in enumerate(simplified.finditer(text), 1))


def to_simplified(text: str) -> str:
    """Traditional → Simplified with OpenCC, keeping the length (line by line, per character if needed)."""
    if not is_traditional(text):
        return text
    convert = _converter().convert
    converted = convert(text)
    if len(converted) == len(text):
        return converted
    lines = []
    for line in text.split("\n"):
        new = convert(line)
        lines.append(new if len(new) == len(line) else "".join(_one_to_one(convert, ch) for ch in line))
    return "\n".join(lines)


def _one_to_one(convert, char: str) -> str:  # noqa: ANN001
    new = convert(char)
    return new if len(new) == 1 else char


def date_numerals(text: str, offsets: array) -> tuple[str, array]:
    """``numerals.normalize_date_numerals`` on the lines that have a Chinese date numeral."""
    parts: list[str] = []
    new = array("l")
    copied = 0
    for match in scan.finditer(chinese_date_numeral(), text):
        if match.start() < copied:
            continue  # in a line already rewritten
        start = text.rfind("\n", copied, match.start()) + 1 or copied
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        line, mapping = normalize_date_numerals(text[start:end])
        parts.append(text[copied:start])
        new.extend(offsets[copied:start])
        parts.append(line)
        new.extend(offsets[start + i] for i in mapping)
        copied = end
    return close_rewrite(parts, new, text, offsets, copied)


# -- OCR spaces -----------------------------------------------------------------------------------------


def remove_ocr_spaces(text: str, offsets: array) -> tuple[str, array]:
    """Drop OCR spaces; a kept run of spaces becomes one space.

    Spaces next to Chinese punctuation or a line end go, and spaces between Chinese and digits
    (``11月 28日``, ``第 21 届``); between two Chinese characters a space goes unless both sides are words of
    two or more characters (``域 政 策`` goes, ``中共中央 国务院`` and ``加强合作 共谋发展`` in a headline stay).
    """
    parts: list[str] = []
    new = array("l")
    copied = 0
    for match in scan.finditer(_OCR_SPACE, text):  # searched from each space on
        start, end = match.span()
        keep = 1 if match.lastgroup == "many" else 0
        parts.append(text[copied : start + keep])
        new.extend(offsets[copied : start + keep])
        copied = end
    return close_rewrite(parts, new, text, offsets, copied)
