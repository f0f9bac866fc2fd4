"""segment: a page → articles → sentences, on the normalized text of ``clean``.

Paragraphs are the lines of the normalized text. An article starts at an opening dateline
(``新华社某市3月4日电``, ``本报讯``, ``据新华社…电``; patterns in ``lexicons/zh/text/datelines.tsv``) or at a
headline stack; a dateline alone on its paragraph (or ``（新华社…电）`` ending one) after an article's text
closes that article. A headline stack (short paragraphs without a sentence end, Markdown headings) goes
to the article whose opening it resembles most: the next one, unless it repeats the words of an untitled
article before it (OCR puts a page's headlines anywhere). Sentences end at 。！？； (closing quotes and
brackets stay with them) and at paragraph ends; a headline is a sentence of its own. A sentence longer
than ``MAX_SENTENCE`` characters (text without punctuation) is cut at a clause mark, else hard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..lexicons import cached
from ..model import Article, Document, Sentence
from . import cleanlines
from .datelines import Dateline, closing_dateline, dateline_at

_HEADING_PREFIX = re.compile(r"[ \t]*(#{1,6})[ \t]*")
_LEDE_CHARS = 120  # how much of an article's opening a headline is compared with
_SAME_WORDS = 0.3  # share of a headline's character pairs found in an article's opening: its headline
_FEW_WORDS = 0.1  # share below which a stack of short lines says nothing of the paragraph after it (captions)
# the longest sentence (normalized characters); longer ones are cut at a clause mark. The seeds' longest is 287
MAX_SENTENCE = 500
_CLAUSE_MARKS = "，,、；;：: "


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    text: str
    heading: int  # Markdown heading level in the source, 0 for none
    headline: bool  # a heading or a short line without a sentence end
    byline: bool = False  # 新华社记者 某某 / 记者 某某摄 / 某某日报 2019年7月8日: neither headline nor body
    separator: bool = False  # a rule line between articles (----): in no article


@dataclass(slots=True)
class _Draft:
    paragraphs: list[Paragraph] = field(default_factory=list)
    title: list[Paragraph] = field(default_factory=list)
    dateline: Dateline | None = None
    closed: bool = False
    has_body: bool = False  # a paragraph that is neither headline nor byline
    lede: str = ""  # the opening of the body, up to _LEDE_CHARS

    def add(self, paragraphs: list[Paragraph]) -> None:
        for para in paragraphs:
            self.paragraphs.append(para)
            if not (para.headline or para.byline):
                self.has_body = True
                if len(self.lede) < _LEDE_CHARS:
                    self.lede = (self.lede + para.text)[:_LEDE_CHARS]


def segment(doc: Document) -> Document:
    """Articles (title, dateline, place) with their sentences."""
    drafts = _drafts(paragraphs(doc))
    articles = tuple(_article(doc, i, d) for i, d in enumerate(drafts))
    return replace(doc, articles=articles)


def paragraphs(doc: Document) -> list[Paragraph]:
    limit = int(cleanlines._breaks()["headline_max"])
    found = []
    pos = 0
    text = doc.text
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip(" ")
        if not stripped:
            continue
        start += len(line) - len(line.lstrip(" "))
        end -= len(line) - len(line.rstrip(" "))
        heading = _heading_level(doc, start)
        short = len(stripped) <= limit and not cleanlines.has_sentence_end(stripped)
        short = short and _caption_end().search(stripped) is None  # 某某宣布开工▽: a caption, never a headline
        byline = (
            short
            and not heading
            and (cleanlines._no_join().search(stripped) is not None or cleanlines.is_header(stripped))
        )
        separator = cleanlines.is_separator(stripped)
        plain_headline = short and not byline and not separator and dateline_at(stripped) is None
        found.append(
            Paragraph(start, end, stripped, heading, bool(heading) or plain_headline, byline, separator)
        )
    return found


def _heading_level(doc: Document, start: int) -> int:
    """The Markdown heading level of the source line the normalized paragraph starts on."""
    source = doc.source.text
    original = doc.offsets[start]
    line_start = source.rfind("\n", 0, original) + 1
    match = _HEADING_PREFIX.fullmatch(source, line_start, original)
    return len(match.group(1)) if match else 0


def _stacks(paras: list[Paragraph]) -> list[list[Paragraph]]:
    """Paragraphs grouped into runs: a headline stack (bylines under it included), or a single paragraph."""
    groups: list[list[Paragraph]] = []
    for para in paras:
        if (para.headline or para.byline) and groups and groups[-1][0].headline:
            groups[-1].append(para)
        else:
            groups.append([para])
    return groups


def _drafts(paras: list[Paragraph]) -> list[_Draft]:
    drafts: list[_Draft] = [_Draft()]
    groups = _stacks(paras)
    for index, group in enumerate(groups):
        current = drafts[-1]
        if group[0].headline:
            nxt = groups[index + 1][0] if index + 1 < len(groups) else None
            _place_stack(drafts, group, nxt)
            continue
        para = group[0]
        if para.separator:
            current.closed = True
            continue
        opening = dateline_at(para.text)
        closing = closing_dateline(para.text, 0, len(para.text))
        inline = closing is not None and closing.start > 0  # …情况。（新华社某地3月5日电）
        if closing and (inline or (current.has_body and not current.dateline and not current.closed)):
            if current.closed:
                drafts.append(_Draft())
                current = drafts[-1]
            current.add([para])
            current.dateline = current.dateline or closing
            current.closed = True
            continue
        if current.closed or (opening and (current.has_body or current.dateline)):
            drafts.append(_Draft())
            current = drafts[-1]
        current.add([para])
        if opening and not current.dateline:
            current.dateline = opening
        current.closed = _article_end().search(para.text) is not None  # …（完）
    return [d for d in drafts if d.paragraphs]


@cached
def _article_end() -> re.Pattern[str]:
    return re.compile(cleanlines._breaks()["article_end"])


def _starts_article(stack: list[Paragraph], nxt: Paragraph | None, words: set[str], previous: str) -> bool:
    """A stack before a dateline, with a top-level heading, or of several lines starts an article; not several
    lines that are captions of the article they stand in: the paragraph after them goes on about its event
    (``goes_on`` in breaks.tsv), or they share more words with the article's opening than with that paragraph,
    and few with it (a headline shares many with its own lede)."""
    if nxt is not None and dateline_at(nxt.text):
        return True
    if any(p.heading in (1, 2) for p in stack):
        return True
    if len(stack) < 2 or nxt is None:
        return len(stack) >= 2
    following = _overlap(words, nxt.text[:_LEDE_CHARS])
    captions = following < _FEW_WORDS and _overlap(words, previous) > following  # a headline shares its lede's
    return not captions and _goes_on().match(nxt.text) is None


@cached
def _caption_end() -> re.Pattern[str]:
    return re.compile(cleanlines._breaks()["caption_end"])


@cached
def _goes_on() -> re.Pattern[str]:
    return re.compile(cleanlines._breaks()["goes_on"])


def _place_stack(drafts: list[_Draft], stack: list[Paragraph], nxt: Paragraph | None) -> None:
    if drafts[-1].closed:
        drafts.append(_Draft())
    current = drafts[-1]
    title = [p for p in stack if p.headline]
    if not current.has_body and not current.dateline:  # nothing but a masthead or byline so far
        current.add(stack)
        current.title.extend(title)
        return
    words = _bigrams("".join(p.text for p in title))
    previous = current.lede
    if not _starts_article(stack, nxt, words, previous):
        current.add(stack)  # a section heading, or the headline printed after its article
        if nxt is None and not current.title and _overlap(words, previous) > _SAME_WORDS:
            current.title.extend(title)
        return
    following = nxt.text[:_LEDE_CHARS] if nxt is not None and dateline_at(nxt.text) else ""
    if (
        not current.title
        and current.has_body
        and _overlap(words, previous) > max(_SAME_WORDS, _overlap(words, following))
    ):
        current.add(stack)
        current.title.extend(title)
        current.closed = True
        return
    drafts.append(_Draft(title=title))
    drafts[-1].add(stack)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _overlap(words: set[str], text: str) -> float:
    """Share of a headline's character bigrams found in ``text``."""
    return len(words & _bigrams(text)) / len(words) if words else 0.0


def _article(doc: Document, index: int, draft: _Draft) -> Article:
    paras = draft.paragraphs
    sentences = _sentences(doc.text, paras)
    dateline = draft.dateline
    return Article(
        index=index,
        start=paras[0].start,
        end=paras[-1].end,
        title=" ".join(p.text for p in draft.title),
        place=dateline.place if dateline else None,
        date=None,
        date_source="unresolved",
        sentences=sentences,
        dateline=dateline.text if dateline else "",
        dateline_rule=dateline.rule if dateline else "",
    )


@cached
def _continues() -> re.Pattern[str]:
    return re.compile(cleanlines._breaks()["continues"])


def _sentences(text: str, paras: list[Paragraph]) -> tuple[Sentence, ...]:
    """Sentences of an article; a headline line that goes on (…会议确定 / 2030年度…) joins the next."""
    found: list[Sentence] = []
    pending: Sentence | None = None
    for para in paras:
        parts = split_sentences(text, para)
        if pending is not None and para.headline and parts and parts[0].end - pending.start <= MAX_SENTENCE:
            parts[0] = Sentence(pending.start, parts[0].end, text[pending.start : parts[0].end])
        elif pending is not None:
            found.append(pending)
        pending = None
        if para.headline and parts and _continues().search(para.text):
            pending = parts.pop()
        found.extend(parts)
    if pending is not None:
        found.append(pending)
    return tuple(found)


@cached
def _sentence_end() -> re.Pattern[str]:
    closing = re.escape(cleanlines._breaks()["closing"])
    end = cleanlines._terminal().pattern  # one mark, then more (a class first: see ``_terminal``)
    return re.compile(f"{end}(?:{end})*[{closing}]*")


def split_sentences(text: str, para: Paragraph) -> list[Sentence]:
    """Sentences of one paragraph; a headline is one sentence. None is longer than ``MAX_SENTENCE``."""
    bounds = [para.start]
    if not para.headline:
        bounds += [m.end() for m in _sentence_end().finditer(text, para.start, para.end)]
    bounds.append(para.end)
    sentences = []
    for whole_start, whole_end in zip(bounds, bounds[1:], strict=False):
        for start, end in _bounded(text, whole_start, whole_end):
            while start < end and text[start] == " ":
                start += 1
            while end > start and text[end - 1] == " ":
                end -= 1
            if end > start:
                sentences.append(Sentence(start, end, text[start:end]))
    return sentences


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` in pieces of at most ``MAX_SENTENCE`` characters, each cut after the last clause
    mark of its second half (a hard cut where there is none): text without punctuation costs linear time
    and yields bounded evidence."""
    pieces = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(mark, start + MAX_SENTENCE // 2, limit) for mark in _CLAUSE_MARKS) + 1
        cut = cut or limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces
