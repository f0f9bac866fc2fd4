"""takeovers: a post handed on in the sentence that names its holder (某局局长甲因故离职，由乙接任): the
successor (乙) takes the post printed right before the predecessor (甲), who leaves it; rule ``taken_over``.

The words are data (``word_uses.tsv`` takeover_lead: 由, 改由; takeover_verb: 接任, 接替; vacancy_lead:
其职缺由, the post left by the titled name whatever it takes between; successor_named: 接任者为乙, a clause with no
verb after the successor, read as a vacancy's; the vacancy may be named by its holder's
surname, 林的遗缺由: then the predecessor must bear it). The predecessor is the
titled name nearest before the clause, in the same sentence, with no title (甲辞去某职，由乙接任 hands on 某职,
which another rule reads) nor speech or attendance verb printed between them; the successor is the name ending
right before the verb.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import scan
from ..lexicons import alternation, cached
from ..punctuation import CLAUSE_BREAKS, COMMAS, LINE_BREAK, SEMICOLONS, SENTENCE_ENDS
from .actorlex import PUNCT, any_of, automaton, plausible_name, uses, words
from .chains import Element
from .noticenames import right_name
from .personrules import Found, address_words
from .seals import seal_given, sealed

_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK
RULE = "taken_over"


def _clause(lead: str, after_verb: str, surname: bool = False) -> re.Pattern[str]:
    """A hand-over clause after a comma: a lead word, the successor's stretch, the verb, ``after_verb``, an end;
    with ``surname``, the lead may follow a surname and a possessive (林的遗缺由: group ``ref``, read by
    ``taken_over``; the other patterns are as they were)."""
    breaks = re.escape(CLAUSE_BREAKS + LINE_BREAK)
    ends = re.escape("".join(sorted(PUNCT)))
    ref = rf"(?:(?P<ref>[\u4e00-\u9fff]){any_of('possessive')})?" if surname else ""
    return re.compile(
        rf"[{re.escape(COMMAS)}]{ref}{lead}(?P<body>[^{breaks}]{{2,40}}?)"
        rf"(?:{address_words()})?{any_of('takeover_move')}?{any_of('takeover_verb')}"
        rf"{after_verb.format(breaks=breaks)}(?=[{ends}]|$)"
    )


@cached
def _pattern() -> re.Pattern[str]:
    return _clause(rf"(?P<lead>{alternation(uses('takeover_lead') + uses('vacancy_lead'))})", "", surname=True)


@cached
def _vacancy_pattern() -> re.Pattern[str]:
    """空缺由乙升任副局长: a vacancy's clause may print the post again after the verb."""
    return _clause(rf"(?P<lead>{alternation(uses('vacancy_lead'))})", "[^{breaks}]{{1,12}}?", surname=True)


@cached
def _named_successor_pattern() -> re.Pattern[str]:
    """某分局长甲升任某职，接任者为某分局长乙: the clause names the successor with no verb after the name."""
    breaks = re.escape(CLAUSE_BREAKS + LINE_BREAK)
    ends = re.escape("".join(sorted(PUNCT)))
    return re.compile(
        rf"[{re.escape(COMMAS)}](?P<lead>{any_of('successor_named')})(?P<body>[^{breaks}]{{2,40}}?)"
        rf"(?:{address_words()})?(?=[{ends}]|$)"
    )


def taken_over(text: str, titled: list[Found]) -> list[Found]:
    """The successor and the predecessor of every hand-over clause, each with the post handed on."""
    out: list[Found] = [
        *sealed(text, titled),
        *seal_given(text, titled),
        *_named_takeovers(text, titled),
        *_referred_takeovers(text, titled),
    ]
    clauses = (_pattern(), _vacancy_pattern(), _named_successor_pattern())
    for m in [m for pattern in clauses for m in scan.finditer(pattern, text)]:
        vacancy = m.group("lead") in (*uses("vacancy_lead"), *uses("successor_named"))  # the post the name held
        prev = _predecessor(text, titled, m.start(), vacancy)
        successor = _successor(text, titled, m)
        if prev is None or successor is None or successor[0] == prev.name:
            continue
        if m.groupdict().get("ref") and not (vacancy and prev.name.startswith(m.group("ref"))):
            continue  # 甲的遗缺由乙接任: the vacancy is 甲's, named by the surname, and no other's
        out.extend(_handed_on(prev, successor, _left_post(prev, vacancy)))
    return out


def _left_post(prev: Found, vacancy: bool) -> Element:
    """The post ``prev`` leaves: the last printed before the name; for a vacancy, the one printed right before it
    (由某部政次甲接任某职，甲的遗缺由乙接任: 某部政次, not the post a notice gives 甲)."""
    printed = _printed_before(prev)
    return max(printed, key=lambda el: el.end) if vacancy else printed[-1]


def _handed_on(prev: Found, successor: tuple[str, int, int], post: Element) -> tuple[Found, Found]:
    return (
        Found(prev.name, prev.start, prev.end, RULE, (_changed(post, "end"),)),
        Found(*successor, RULE, (_changed(post, "start"),)),
    )


@cached
def _named_pattern() -> re.Pattern[str]:
    return _clause(rf"{any_of('takeover_lead')}", "(?P<post>[^{breaks}]{{2,30}}?)")


def _named_takeovers(text: str, titled: list[Found]) -> list[Found]:
    """某局副局长甲调任某职，由乙接任某局副局长: the post printed after the verb is the one a titled name before the
    clause, in its sentence, holds as printed (甲, whatever the sentence gives 甲 between): 甲 leaves it, 乙 takes
    it — a hand-over naming both, even of a post of several holders."""
    out: list[Found] = []
    for m in scan.finditer(_named_pattern(), text):
        post = m.group("post")
        held = [
            (f, el)
            for f in titled
            if f.end <= m.start() and not any(c in _SENTENCE_END for c in text[f.end : m.start()])
            for el in _printed_before(f)
            if el.position.printed.endswith(post) and el.position.resolved
        ]
        successor = _successor(text, titled, m)
        if len(held) != 1 or successor is None or successor[0] == held[0][0].name:
            continue
        out.extend(_handed_on(held[0][0], successor, held[0][1]))
    return out


@cached
def _referred_pattern() -> re.Pattern[str]:
    """上述两职务，由乙兼任: the posts a notice took away before, in its sentence, handed on together."""
    breaks = re.escape(CLAUSE_BREAKS + LINE_BREAK)
    return re.compile(
        rf"{any_of('referred_posts')}[^{breaks}]{{0,4}}?{any_of('referred_noun')}"
        rf"[{re.escape(COMMAS)}]?{any_of('referred_adverb')}?{any_of('takeover_lead')}(?P<body>[^{breaks}]{{2,40}}?)"
        rf"(?:{address_words()})?{any_of('referred_verb')}(?=[{re.escape(''.join(sorted(PUNCT)))}]|$)"
    )


def _referred_takeovers(text: str, titled: list[Found]) -> list[Found]:
    """上述职务由乙兼任 after 免去甲的某职务；免去丙的某职务: 乙 takes every post a notice ended earlier in the
    sentence (semicolons part no sentence here), each a succession of its own (rule ``taken_over``)."""
    out: list[Found] = []
    for m in scan.finditer(_referred_pattern(), text):
        floor = max(text.rfind(c, 0, m.start()) for c in SENTENCE_ENDS + LINE_BREAK)
        ended = [
            (f, el)
            for f in titled
            if floor < f.start and f.end <= m.start()
            for el in f.chain
            if el.change == "end"
        ]
        successor = _successor(text, titled, m)
        if not ended or successor is None:
            continue
        for f, el in ended:
            if f.name != successor[0]:
                out.extend(_handed_on(f, successor, el))
    return out


def _changed(el: Element, change: str, rule: str = RULE) -> Element:
    return replace(el, change=change, rule=rule, former=False)


def _predecessor(text: str, titled: list[Found], comma: int, vacancy: bool) -> Found | None:
    """The titled name nearest before the clause, in its sentence, no title printed between (but for a
    vacancy's clause: 甲将接任某职，其职缺由乙接任, or a move away: 甲调任某职，由乙接任, which hand on the post
    printed before 甲)."""
    before = [f for f in titled if f.end <= comma and _printed_before(f)]
    if not before:
        return None
    f = max(before, key=lambda f: f.end)
    between = text[f.end : comma]
    if any(c in _SENTENCE_END for c in between):
        return None
    moved = any(w in between for w in uses("transfer_verb"))  # 甲将调任某职，由乙接任: 乙 takes the post 甲 leaves
    if not vacancy and not moved and any(True for _ in automaton("titles").iter(between)):
        return None
    if any(w in between for w in (*words("speech_verbs.txt"), *words("attendance_verbs.txt"))):
        return None  # 某书记甲表示，由乙接任: what 乙 takes is not 甲's post
    return f


def _printed_before(f: Found) -> tuple[Element, ...]:
    """The posts of a finding printed before its name (a notice's post after it, 甲将接任某职, is not)."""
    return tuple(el for el in f.chain if el.end <= f.start)


def _successor(text: str, titled: list[Found], m: re.Match[str]) -> tuple[str, int, int] | None:
    """The name ending the clause's body: a titled one (由某市副市长乙接任), else a bare name (由乙接任)."""
    a, b = m.span("body")
    hit = next((f for f in titled if a <= f.start and f.end == b), None)
    if hit is not None:
        return hit.name, hit.start, hit.end
    name = right_name(text[a:b])
    if not name or (len(name) < b - a and not _titled_before(text, b - len(name), a)):
        return None
    return (name, b - len(name), b) if plausible_name(name) else None


def _titled_before(text: str, i: int, a: int) -> bool:
    """A title head ends right before the name (由某大学教授乙接任)."""
    return any(e + 1 == i for e, _ in automaton("titles").iter(text, a, i))
