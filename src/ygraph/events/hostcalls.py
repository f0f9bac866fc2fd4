"""hostcalls: one call on several hosts printed as one list (代表团拜会甲、乙及丙; 拜会了甲、乙，丙、丁) — one talks
per host, for ``events.py``. The golds keep a visitor's calls apart, one per host called on, whether or not an
adverb (分别, 先后: ``respective.py``) says so; talks with a list of guests (会见了甲、乙) stay one event.
The verbs are ``each_host`` in ``events/word_uses.tsv``; the split drafts carry the row's id in their provenance."""

from __future__ import annotations

from dataclasses import replace

from ..model import Mention, Participation, Sentence
from ..punctuation import COMMAS, LIST_MARK
from ..scan import word_at
from . import eventrules as rules
from .draft import Context, Draft, Ref
from .eventplaces import host_place

RULE = "each_host"


def split_calls(ctx: Context, sentence: Sentence, refs: list[Ref]) -> None:
    """Each call act (an ``each_host`` verb) whose list after the verb holds two hosts or more, one name ending
    each item: the draft keeps the first host, each other host gets a draft of its own (actor + verb + item)."""
    text = ctx.doc.text
    for ref in refs:
        verb = word_at(rules.uses(RULE), text, ref.start)
        if ref.bare or not verb or text.endswith(rules.uses("respective"), 0, ref.start):
            continue  # 分别拜会甲、乙: respective.py's
        at = ref.draft.title.find(verb)
        items = _hosts(ctx, sentence, ref.start + len(verb))
        if at < 0 or len(items) < 2:
            continue
        _split(ctx, sentence, ref.draft, (ref.draft.title[: at + len(verb)], verb), items)


def _hosts(ctx: Context, sentence: Sentence, start: int) -> list[tuple[int, Mention]]:
    """The items of the list of hosts after the verb (its aspect particle skipped), each (where it starts, its
    host): a host's titles and name, cut at 、, at a ``list_joiner`` right after a name, and at a comma when the
    clause after it is a list of hosts too (拜会了甲、乙，丙、丁). A clause is kept only when nothing but titles
    stands before its names and it ends at a clause break; fewer than two hosts kept is none."""
    text = ctx.doc.text
    at = start + len(word_at(rules.uses("aspect"), text, start))
    joiners = (LIST_MARK, *rules.uses("list_joiner"))
    found: list[tuple[int, Mention]] = []
    kept = 0  # the items of the clauses read whole
    for person in ctx.people(at, sentence.end):
        if person.start < at:
            continue
        if not _titles_only(ctx, at, person.start):
            break
        found.append((at, person))
        end = rules.past_gloss(text, person.end)  # 拜会甲(Juan Lugo)与乙
        if sep := word_at(joiners, text, end):
            at = end + len(sep)
            continue
        if not _list_ends(text, end):
            break  # 拜会甲的家人, 拜会甲等: no list of hosts
        kept = len(found)
        if not text.startswith(tuple(COMMAS), end):
            break
        at = end + 1
    kept = len(found) if found and text.startswith(rules.uses("next_act"), at) else kept  # 拜会甲、乙、接受丙款宴
    return found[:kept] if kept >= 2 else []


def _titles_only(ctx: Context, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is empty or held by titles printed before a name (person and position spans)."""
    at = start
    for left, right in ctx.blocked_in(start, end):
        if left <= at < right:
            at = right
    return at >= end


def _list_ends(text: str, end: int) -> bool:
    """Whether the list of hosts ends at ``end``: a clause break or the end of the text follows the name."""
    return end >= len(text) or text[end] in rules.CLAUSE_BREAKS


def _split(
    ctx: Context, sentence: Sentence, draft: Draft, lead_verb: tuple[str, str], items: list[tuple[int, Mention]]
) -> None:
    """The call drafted once per host: the title's words up to the verb and the host's item, the people of the
    draft but the other hosts, the host (attended) on each, and the host's own place when the call's place was
    the first host's (拜会甲市长某某、乙县长某某: 甲, 乙; ``eventplaces.host_place``)."""
    lead, verb = lead_verb  # the title's words up to the verb, and the verb
    hosts, text = {person.text for _, person in items}, ctx.doc.text
    by_host = draft.place is not None and draft.place == host_place(text, items[0][0], items[0][1].end)
    for n, (start, host) in enumerate(items):
        own = {k: v for k, v in draft.participants.items() if k[0] not in hosts or k[0] == host.text}
        prov = ctx.doc.provenance(ctx.article.index, sentence, host.start, host.end, f"participation:{verb}")
        own.setdefault((host.text, "attended"), Participation(host.text, "attended", prov))
        title = lead + rules.compact(text[start : host.end])
        place = host_place(text, start, host.end) if by_host else draft.place
        if n == 0:
            draft.title, draft.participants, draft.place = title, own, place
            continue
        tagged = [replace(p, rule=f"{p.rule}|{RULE}:{verb}") for p in draft.provenance]
        ctx.drafts.append(replace(draft, title=title, participants=own, provenance=tagged, place=place))
