"""respective: talks held by each of several hosts in turn (甲、乙分别会见代表团) — one event per host, for
``events.py``. The word (分别) is ``respective`` in ``events/word_uses.tsv``."""

from __future__ import annotations

from dataclasses import replace

from ..model import Sentence
from ..punctuation import LIST_MARK
from . import eventrules as rules
from .draft import Context, Draft, Ref


def split_hosts(ctx: Context, sentence: Sentence, refs: list[Ref]) -> None:
    """Each act printed right after ``respective`` whose draft names two hosts or more before it in the
    sentence: the draft keeps its title's host, each other host gets a draft of its own."""
    text = ctx.doc.text
    for ref in refs:
        word = next((w for w in rules.uses("respective") if text.endswith(w, 0, ref.start)), "")
        draft = ref.draft
        if ref.bare or not word:
            continue
        hosts = [
            p
            for p in ctx.people(sentence.start, ref.start)
            if p.end <= ref.start - len(word) and (p.text, "attended") in draft.participants
        ]
        actor = next((h for h in hosts if draft.title.startswith(h.text + word)), None)
        if actor is not None and len(hosts) == 1:
            _split_guests(ctx, draft, actor.text, word)
        if actor is None or len(hosts) < 2:
            continue
        rest = draft.title[len(actor.text) + len(word) :]
        draft.title = actor.text + rest
        for host in hosts:
            if host is actor:
                continue
            own = {k: v for k, v in draft.participants.items() if k[0] not in {h.text for h in hosts}}
            own[(host.text, "attended")] = draft.participants.pop((host.text, "attended"))
            copy = replace(draft, title=host.text + rest, participants=own, provenance=list(draft.provenance))
            ctx.drafts.append(copy)


def _split_guests(ctx: Context, draft: Draft, actor: str, word: str) -> None:
    """甲分别会见乙、丙: one host, a list of guests after the act, one name in each item — the draft keeps the
    first guest, each other guest gets a draft of its own (甲会见丙)."""
    rest = draft.title[len(actor) + len(word) :]
    guests = [name for name, relation in draft.participants if relation == "attended" and name != actor]
    items = rest.split(LIST_MARK)
    owners = [[g for g in guests if g in item] for item in items]
    if len(items) < 2 or any(len(o) != 1 for o in owners) or len({o[0] for o in owners}) != len(items):
        return
    verb = _verb(items[0])
    if not verb:
        return
    mine, links = {o[0] for o in owners}, dict(draft.participants)
    for n, (item, owner) in enumerate(zip(items, owners, strict=True)):
        own = {k: v for k, v in links.items() if k[0] not in mine or k[0] == owner[0]}
        title = actor + (item if n == 0 else verb + item)
        if n == 0:
            draft.title, draft.participants = title, own
        else:
            ctx.drafts.append(replace(draft, title=title, participants=own, provenance=list(draft.provenance)))


def _verb(item: str) -> str:
    """The act trigger opening the first item, with its aspect particle (会见了), or "" when none."""
    verb = max((w for w in rules.triggers() if item.startswith(w)), key=len, default="")
    aspect = next((a for a in rules.uses("aspect") if item.startswith(verb + a)), "")
    return verb + aspect
