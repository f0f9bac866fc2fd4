"""unread: the sentences of a document holding a cue of the unread report, found in one Aho–Corasick pass.

A cue is a word that usually tells a fact: a title head (``actors/titles.tsv``), an event trigger or meeting
noun (``events/triggers.tsv``), a verb of presiding, speaking, attending or leading (``events/participation.tsv``),
an appointment verb (``actors/appointment_verbs.txt``), or a notice verb of ``events/unread_cues.tsv``, which
also names the words of those lexicons that are no cue (``skip``). Each cue keeps the id of its row
(``title:市长``). The corpus step (``corpus/unread.py``) keeps the cued sentences no fact cites: what the build
did not read, shown to the reader in ``report.json``. Nothing here changes a fact.
"""

from __future__ import annotations

from bisect import bisect_right

import ahocorasick

from .. import lexicons
from ..lexicons import cached
from ..model import CuedSentence, Document, Sentence
from ..punctuation import TITLE_CLOSE, TITLE_OPEN
from .eventrules import trigger_rows

_OWN = "events/unread_cues.tsv"
_PART_USES = frozenset({"presided", "spoke_at", "attended", "leads"})
_TRIGGER = "trigger:"
_TITLE = "title:"
_GAP = "…"  # a participation row with parts (作《…报告》) is no single word


def _rows() -> dict[str, str]:
    """Every cue word and its rule id; the first source naming a word gives its id. A skipped word keeps an
    empty id: printed, it still holds the shorter cues inside it (主持召开 skipped is no 主持)."""
    own = lexicons.load_table(_OWN)
    skipped = {row[0] for row in own if row[1] == "skip"}
    sources = (
        ("title", [row[0] for row in lexicons.load_table("actors/titles.tsv")]),
        ("trigger", [row[0] for row in trigger_rows()]),
        ("participation", [r[0] for r in lexicons.load_table("events/participation.tsv") if r[1] in _PART_USES]),
        ("appointed", list(lexicons.load_lines("actors/appointment_verbs.txt"))),
        ("unread", [row[0] for row in own if row[1] == "cue"]),
    )
    cues: dict[str, str] = {}
    for family, words in sources:
        for word in words:
            if word and _GAP not in word:
                cues.setdefault(word, "" if word in skipped else f"{family}:{word}")
    return cues


@cached
def continuations() -> tuple[str, ...]:
    """What continues a title into a longer noun: ``actors/title_continuations.txt`` and this file's rows."""
    own = [row[0] for row in lexicons.load_table(_OWN) if row[1] == "continues"]
    return tuple(dict.fromkeys((*lexicons.load_lines("actors/title_continuations.txt"), *own)))


@cached
def automaton() -> ahocorasick.Automaton | None:
    """The cue words, each with its rule id; None when there is none."""
    rows = _rows()
    if not any(rows.values()):
        return None
    a = ahocorasick.Automaton()
    for word, rule in rows.items():
        a.add_word(word, (word, rule))
    a.make_automaton()
    return a


def cued_sentences(doc: Document) -> tuple[CuedSentence, ...]:
    """The sentences of ``doc`` holding a cue, in text order, each with every cue it prints (a cue inside a
    longer one printed at the same place is left out: 副市长, not 市长)."""
    a = automaton()
    if a is None:
        return ()
    sentences = [(article.index, s) for article in doc.articles for s in article.sentences]
    starts = [s.start for _, s in sentences]
    hits: dict[int, list[tuple[int, int, str, str]]] = {}
    for end, (word, rule) in a.iter(doc.text):
        start = end - len(word) + 1
        i = bisect_right(starts, start) - 1
        if i < 0 or end >= sentences[i][1].end:
            continue
        if rule.startswith(_TRIGGER) and _in_document_title(doc.text, sentences[i][1].start, start):
            continue  # 会议 in 《…会议议程》: a document's name, no meeting told
        if rule.startswith(_TITLE) and doc.text.startswith(continuations(), end + 1):
            continue  # 委员 in 委员会, 主席 in 主席台: a longer noun, no holder
        hits.setdefault(i, []).append((start, -len(word), word, rule))
    found = (_cued(doc, *sentences[i], hits[i]) for i in sorted(hits))
    return tuple(c for c in found if c is not None)


def _in_document_title(text: str, sentence_start: int, start: int) -> bool:
    """Whether ``start`` lies inside 《…》: the name of a document."""
    return text.rfind(TITLE_OPEN, sentence_start, start) > text.rfind(TITLE_CLOSE, sentence_start, start)


def _cued(
    doc: Document, article: int, sentence: Sentence, found: list[tuple[int, int, str, str]]
) -> CuedSentence | None:
    """The sentence with its cues, the longest at each place; None when only skipped words are printed."""
    kept: list[tuple[str, str, int, int]] = []
    reach = -1
    for start, negative_length, word, rule in sorted(found):  # by place, the longest first
        end = start - negative_length
        if end - 1 <= reach:
            continue  # inside a longer cue already kept
        reach = end - 1
        if rule:
            kept.append((word, rule, *doc.original_span(start, end)))
    if not kept:
        return None
    s_start, s_end = doc.original_span(sentence.start, sentence.end)
    words, rules, starts, ends = zip(*kept, strict=True)
    return CuedSentence(doc.source.path, article, s_start, s_end, doc.original_text(s_start, s_end), words, rules, starts, ends)
