"""spokespeople: a person printed as a spokesperson (新闻发言人某某, 新闻发言人是：甲、乙) speaks at the press
conferences the article reports, for ``events.py`` (docs/gold-conventions.md C2)."""

from __future__ import annotations

from .. import lexicons
from ..model import Mention, Participation, Sentence
from ..punctuation import COMMAS
from .draft import Context, Draft

_FILE = "events/press_roles.tsv"
_OPEN_REACH = 3  # characters (commas, spaces) allowed between 发言人 and the word opening its list


def _uses(use: str) -> tuple[str, ...]:
    return lexicons.word_uses(_FILE, use)  # longest first


def speak(ctx: Context) -> None:
    """The spokespeople of the article speak at the press conferences it reports (not one only planned)."""
    press = [d for d in ctx.drafts if not d.planned and not d.named_only and _is_press(d)]
    if not press:
        return
    for person, word in _spokespeople(ctx):
        sentence = ctx.sentence_at(person.start)
        rule = f"participation:spokesperson:{word}"
        prov = ctx.doc.provenance(ctx.article.index, sentence, person.start, person.end, rule)
        for draft in _own(press, person, sentence):
            draft.participants.setdefault((person.text, "spoke_at"), Participation(person.text, "spoke_at", prov))


def _own(press: list[Draft], person: Mention, sentence: Sentence) -> list[Draft]:
    """The press conferences a spokesperson speaks at: every one the article reports, but in a round-up of
    several (6月10日举行某吹风会…，6月14日举行某发布会，发言人甲介绍…) the one of the person's sentence, else the
    last one reported before the name."""
    if len(press) == 1:
        return press
    same = [d for d in press if sentence.start <= d.start < sentence.end]
    before = [d for d in press if d.start < person.start]
    return same or before[-1:]


def _is_press(draft: Draft) -> bool:
    return any(w in draft.title for w in _uses("press_event"))


def _spokespeople(ctx: Context) -> list[tuple[Mention, str]]:
    """(person, word): those with a ``spokesman_title`` word in the titles right before the name, and those
    listed after one that opens a list (``spokesman_list``) in the rest of its sentence."""
    found: dict[str, tuple[Mention, str]] = {}
    for person in ctx.persons:
        titles = ctx.titles_before(person)
        word = next((w for w in _uses("spokesman_title") if w in titles), "")
        if word:
            found.setdefault(person.text, (person, word))
    for sentence in ctx.article.sentences:
        for person, word in _listed(ctx, sentence):
            found.setdefault(person.text, (person, word))
    return list(found.values())


def _listed(ctx: Context, sentence: Sentence) -> list[tuple[Mention, str]]:
    """新闻发言人是：甲、乙 / 设两名新闻发言人，分别是甲和乙: the people after the list's opening word."""
    text = ctx.doc.text
    for title in _uses("spokesman_title"):
        at = text.find(title, sentence.start, sentence.end)
        while at >= 0:
            rest = text[at + len(title) : at + len(title) + _OPEN_REACH + 4]
            gap = len(rest) - len(rest.lstrip("".join(COMMAS) + " "))
            opener = next((w for w in _uses("spokesman_list") if rest[gap:].startswith(w)), "")
            if opener and gap <= _OPEN_REACH:
                start = at + len(title) + gap + len(opener)
                return [(p, title) for p in ctx.people(start, sentence.end)]
            at = text.find(title, at + 1, sentence.end)
    return []

