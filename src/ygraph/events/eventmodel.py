"""eventmodel: a small learned layer on one decision — did a named event (…座谈会, …论坛) take place here?

The rules give their answer (``happened``: a happening word near the name, 主持召开 before it, 在…上 …) and,
with it, the SIGNALS behind that answer. When the model is on (``@enabled 1`` in ``events/event_model.tsv``,
or a user file of that name under ``--lexicons DIR/events/``), a linear model scores the candidate from
features built only of rule signals and generic lexicon vocabulary (the trigger row, the happening, plan,
not_before and participation words of the lexicons, positions and counts) — never of the page's own
characters, names or places — and its score decides. Off (the default), the rules' answer stands.

Weights are integers (thousandths); ``@threshold`` is the score above which a candidate is an event; a row
``@reset`` in a user file drops the rows read before it (a model trained elsewhere replaces the packaged one).
Training and cross-validation: ``bench/train_events.py`` (docs/events.md, docs/decisions.md)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .. import lexicons
from ..model import Sentence
from ..punctuation import COMMAS
from ..text.cleanlines import has_sentence_end
from . import eventparts as parts
from . import eventplaces, guards, modelheads, sittings
from . import eventrules as rules
from .draft import Context, Draft

MODEL_ID = "event_model"
TRACE: list[Callable[[Context, str, list[str], bool, bool], None]] = []  # (ctx, title, features, rule, decided)  # bench/train_events.py listens here


@dataclass(frozen=True)
class Model:
    enabled: bool
    threshold: int
    version: str
    weights: dict[str, int]

    def score(self, features: list[str]) -> int:
        return sum(self.weights.get(f, 0) for f in features)


@lexicons.cached
def model() -> Model:
    weights = dict(modelheads.settings())
    enabled = weights.pop("@enabled", 0) == 1
    threshold = weights.pop("@threshold", 0)
    version = f"v{weights.pop('@version', 1)}"
    weights.pop("@trace", None)
    return Model(enabled, threshold, version, weights)


def told(ctx: Context) -> list[Draft]:
    """The events the rules told so far: what the model lifted, or a quoted activity the page's acts are part of
    (举行“某某节”活动，某考察团来某地考察), never makes a later event lose its lede."""
    return [d for d in ctx.drafts if not d.lifted and not _activity(d)]


LEDE_SENTENCES = 3  # an event in one of an article's first sentences is its lede (takes the article's date)


def opens_article(ctx: Context, index: int) -> bool:
    """Whether an event read in sentence ``index`` is the article's lede: nothing told before it (``told``), and
    the sentence one of the article's first three, or of the first two that end a sentence (a headline stack may
    print a byline, a date and a caption on lines of their own first)."""
    if told(ctx):
        return False
    if index < LEDE_SENTENCES:
        return True
    opening = next((i for i, s in enumerate(ctx.article.sentences[:index]) if has_sentence_end(s.text)), index)
    return index - opening < LEDE_SENTENCES - 1


def told_by_rules(ctx: Context, title: str, same: Draft | None) -> bool:
    """Whether the rules told this name already (the same event, or one whose name holds it or is held in it:
    甲乙双城论坛 … 乙双城论坛是由…促成; 某论坛 … 某论坛暨庆典): a lifted name is then that event named again, never a second event that would take
    the references, and with them the people, of the rules' own."""
    key = rules.title_key(title)
    return (same is not None and not same.lifted) or any(not d.lifted and len(d.key) > 3 and (d.key in key or key in d.key) for d in ctx.drafts)


def _activity(draft: Draft) -> bool:
    rule = draft.provenance[0].rule.split("|")[0] if draft.provenance else ""
    return rule.startswith("event:name:") and rules.quoted_head(rule.removeprefix("event:name:"))


def tagged(rule: str, lifted: bool) -> str:
    """An event's rule id, with the model's id when the model let through what the rules turned down
    (event:name:某典礼|event_model:v1)."""
    return f"{rule}|{MODEL_ID}:{model().version}" if lifted else rule


def signals(
    ctx: Context, sentence: Sentence, span: tuple[int, int, int, int], prefix: str, flags: tuple[bool, bool, bool]
) -> dict[str, bool]:
    """The rule signals that say a named event took place (or not), and the rules' answer (``rule``)."""
    left, name_start, end, right = span
    planned, subject, head = flags  # a plan word before it; the name opens its clause; a head only the model reads
    text, said = ctx.doc.text, rules.happening()
    closing = [end + len(b) for _, b in said.around if text.startswith(b, end)]
    found = {
        "planned": planned,
        "held_before": parts.held_before(prefix, said.before),
        "after": any(w in text[end:right] for w in said.after),
        "right_after": text.startswith(said.right_after, end),
        "dated_after": parts.dated_after(ctx, end, right),  # 某院会今（8）日通过…
        "presided_by": _presided_by(text, end, right, sentence.end, subject),  # 某典礼，23日由某某主持
        "subject_after": subject and any(w in sittings.own_rest(text, right, sentence.end) for w in said.after),
        "around": any(prefix.endswith(a) and text.startswith(b, end) for a, b in said.around),
        "closing": subject and any(at < len(text) and text[at] in COMMAS for at in closing),
    }
    blocked = {"titled": guards.titled(text, sentence.start, name_start), "described": parts.described(prefix, said.before)}
    found["rule"] = not any(blocked.values()) and any(found.values()) and not head
    return found | blocked | {"subject": subject, "head": head}


def _presided_by(text: str, end: int, right: int, stop: int, subject: bool) -> bool:
    """某典礼由某某主持 (in the name's clause), 某典礼，23日由某某监交 (the next clause, when the name opens its own)."""
    m = rules.pattern("presided_by").match(text, end, stop)
    return m is not None and (m.end() <= right or subject)


def features(
    ctx: Context, index: int, sentence: Sentence, word: str, event_type: str, span: tuple[int, int, int, int], found: dict[str, bool]
) -> list[str]:
    """The candidate's features: rule signals, lexicon words around it, position and counts (no page text)."""
    _, name_start, end, _ = span
    text = ctx.doc.text
    answer = "yes" if found["rule"] else "no"
    out = ["bias", f"rule:{answer}", f"trig:{word}", f"type:{event_type}", f"rule_type:{answer}:{event_type}"]
    out += [f"sig:{k}" for k, v in found.items() if v and k != "rule"]
    out.append(f"len:{_bucket(name_start and end - name_start - len(word), (0, 3, 6, 11))}")
    out += _context(ctx, index, sentence, span, word)
    if sittings.session(text[name_start:end]):
        out.append("session")
    return out


def happened(
    ctx: Context, sentence: Sentence, trigger: rules.Trigger, title: str, at: tuple[int, tuple[int, int, int, int]], found: dict[str, bool]
) -> bool:
    """The rules' answer, or the model's when it is on (and whenever bench/train_events.py listens)."""
    current = model()
    if found["rule"] or found["titled"] or found["described"] or (not current.enabled and not TRACE):
        return found["rule"]  # the model only reconsiders what the rules turned down for want of a happening word
    index, span = at
    feats = features(ctx, index, sentence, trigger.word, trigger.event_type, span, found)
    decided = current.score(feats) > current.threshold if current.enabled else found["rule"]
    for listener in TRACE:
        listener(ctx, title, feats, found["rule"], decided)
    return decided


@dataclass
class Candidate:
    """An act (揭牌, 会见, 访问 …) the rules judge: where it is, and the soft guards that fired on it."""

    index: int
    sentence: Sentence
    trigger: rules.Trigger
    span: tuple[int, int, int, int]  # clause start, trigger start, trigger end, clause end
    fired: list[str] = field(default_factory=list)


def stop(ctx: Context, cand: Candidate, guard: str) -> bool:
    """A soft guard fired on an act: whether it stops the act — always for the rules; when the model is on, unless
    the model scores the act an event (it then goes on through the rest of the rules as if the guard were not)."""
    current = model()
    if not current.enabled and not TRACE:
        return True
    feats = act_features(ctx, cand, guard)
    cand.fired.append(guard)
    lifted = current.enabled and current.score(feats) > current.threshold
    left, _, _, right = cand.span
    for listener in TRACE:
        listener(ctx, rules.compact(ctx.doc.text[left:right]), feats, False, lifted)
    return not lifted


def act_features(ctx: Context, cand: Candidate, guard: str) -> list[str]:
    """An act candidate's features: the soft guard that fired (and whether one was lifted before), its trigger
    row, lexicon words around it, position and counts (no page text)."""
    word, kind = cand.trigger.word, cand.trigger.event_type
    out = ["act", f"act_trig:{word}", f"act_type:{kind}", f"guard:{guard}", f"guard_type:{guard}:{kind}"]
    if cand.fired:
        out.append("guard:lifted_before")
    out += _context(ctx, cand.index, cand.sentence, cand.span, word)
    return [f if f.startswith(("act", "guard")) else f"a.{f}" for f in out]


def _context(ctx: Context, index: int, sentence: Sentence, span: tuple[int, int, int, int], word: str) -> list[str]:
    """Features of where a candidate stands: sentence position, time words, place, people, lexicon words."""
    left, start, end, right = span
    text = ctx.doc.text
    clause, opening, rest = text[left:right], text[left:start], text[end:right]
    out = [f"sent:{_bucket(index, (0, 1, 2, 3, 6))}", "lede" if not told(ctx) else "later"]
    out.append(f"drafts:{_bucket(len(told(ctx)), (0, 1, 2, 4))}")
    if word in ctx.article.title:
        out.append("in_headline")
    if any(d.title.endswith(word) for d in ctx.drafts):
        out.append("same_word_before")
    times = ctx.times(left, right)
    out += sorted({f"time:{t.kind}:{t.precision}" for t in times}) or ["time:none"]
    if any(t.kind == "date" and t.end <= start for t in times):
        out.append("time:before_in_clause")
    if not times and any(t.kind == "date" for t in ctx.times(sentence.start, left)):
        out.append("time:sentence_before")
    out.append("place:clause" if eventplaces.place_in(clause)[0] else "place:none")
    out.append(f"people:{_bucket(len(ctx.people(sentence.start, sentence.end)), (0, 1, 2, 4))}")
    out.append(f"people_before:{_bucket(len(ctx.people(left, start)), (0, 1, 2))}")
    out += sorted({f"pverb:{v}" for w, v in rules.participation_verbs().items() if w in clause})
    out += sorted({f"nb:{w}" for w in rules.words("not_before.txt") if w in opening})
    out += sorted({f"plan:{w}" for w in rules.words("plan_words.txt") if w in opening})
    out += sorted({f"na:{w}" for w in rules.words("not_after.txt") if rest.startswith(w)})
    out += sorted({"block" for w in rules.words("participation_block.txt") if w in sentence.text})
    if guards.quoted(text, sentence.start, start):
        out.append("quoted")
    return out


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    label = f"{edges[0]}"
    for edge in edges:
        if value >= edge:
            label = f"{edge}"
    return label
