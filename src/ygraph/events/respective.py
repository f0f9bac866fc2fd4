"""respective: talks held by each of several hosts in turn (甲、乙分别会见代表团) — one event per host, for
``events.py``. The word (分别) is ``respective`` in ``events/word_uses.tsv``."""

from __future__ import annotations

from dataclasses import replace

from ..model import Sentence
from . import eventrules as rules
from .draft import Context, Ref


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
