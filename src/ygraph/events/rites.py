"""rites: an act told beside the ceremony held for it is that ceremony, not a second event, for ``events.py``.

A page that names a signing ceremony (签约仪式, 签字仪式) reports the signing through it (gold-conventions A4); a
press conference (发布会) is where a document is released; a plaque ceremony (揭牌仪式) is where the plaque is
unveiled. So an act draft (``event:act:…``) of one of those kinds, told in a headline, a caption or another
sentence of the article (甲与乙签署合作协议; 某新闻办召开新闻发布会，发布《某规划》; 甲等人主持揭牌),
joins the one gathering of the article named by a ``rite_<kind>`` word of ``word_uses.tsv`` whose date and plan
agree with it (of two, the one whose name prints the act's verb); the act's reports keep their place in the gathering's provenance under the rule
``event:rite:<word>``. An act dated only by its page (a headline) agrees with any day. Two such gatherings, or
none: the act stays an event (never guess)."""

from __future__ import annotations

from dataclasses import replace

from . import eventrules as rules
from .draft import Context, Draft, drop, holds
from .openings import dates_fit, join

ACT_RULE = "event:act:"
RITE_RULE = "event:rite:"
RITE_USE = "rite_"  # + the act's event type: the words ending the name of the ceremony held for it
PAGE = "article"  # the date source of a draft dated only by its article
_GATHERING_ACTS = ("signing", "release", "opening")  # a gathering's own acts (某联席会议签署四项协议, 某会议正式启动)
_GATHERINGS = ("meeting", "forum")


def fold(ctx: Context) -> None:
    """Each act drafted beside the one ceremony held for it joins that ceremony (``ctx.drafts``)."""
    for act in list(ctx.drafts):
        words = rules.uses(RITE_USE + act.event_type) if _acted(act) and holds(ctx.drafts, act) else ()
        if not words and not (_acted(act) and act.event_type in _GATHERING_ACTS):
            continue
        hosts = [(g, w) for g in ctx.drafts if g is not act and (w := _rite(g, words)) and _agree(act, g)]
        hosts = hosts or [(g, w) for g in ctx.drafts if g is not act and (w := _acting(act, g)) and _agree(act, g)]
        hosts = _naming_the_act(act, hosts) if len(hosts) > 1 or act.event_type == "other" else hosts
        if len(hosts) != 1:
            continue
        host, word = hosts[0]
        folded = replace(act, provenance=[replace(p, rule=RITE_RULE + word) for p in act.provenance])
        join(host, folded)
        if rules.compact(host.title) == word:  # a bare 开班仪式 beside 某培训班开班: the act names what was held
            host.title = act.title
        drop(ctx.drafts, act)


def _naming_the_act(act: Draft, hosts: list[tuple[Draft, str]]) -> list[tuple[Draft, str]]:
    """Of two ceremonies or more, or of any for an oath (an ``other`` act), those whose name prints the act's verb
    or its first two characters (某市长宣誓就职暨交接仪式 for 甲宣誓就任, not 某议员就职典礼): the name says what it
    was held for."""
    verb = act.provenance[0].rule.removeprefix(ACT_RULE)[:2]
    return [(g, w) for g, w in hosts if verb and verb in rules.compact(g.title)]


def _acted(draft: Draft) -> bool:
    """Drafted by an act's trigger word (the first report's rule)."""
    return bool(draft.provenance) and draft.provenance[0].rule.startswith(ACT_RULE)


def _rite(draft: Draft, words: tuple[str, ...]) -> str:
    """The ``rite`` word ending the name of a gathering drafted by its name, "" when none."""
    if _acted(draft) or draft.named_only:
        return ""
    key = rules.compact(draft.title)
    return next((w for w in words if key.endswith(w)), "")


def _agree(act: Draft, host: Draft) -> bool:
    """Both told as held (or both planned), at no two places, on agreeing dates, or the act dated only by its page."""
    places = act.place is None or host.place is None or act.place == host.place  # 在某综合体 / 在政府总部: two rites
    return act.planned == host.planned and places and (dates_fit(act, host) or act.date_source == PAGE)


def _acting(act: Draft, host: Draft) -> str:
    """The gathering's name word when the act's title opens with a short or long form of the gathering's name (某某联席
    会议签署四项协议 beside 某某合作联席会议第十三次会议; 某区公所走动式区务会议正式启动 beside 某区务会议: the gathering
    acted; one name's characters in the other in order), "" otherwise."""
    if _acted(host) or host.named_only or host.event_type not in _GATHERINGS:
        return ""
    verb = act.provenance[0].rule.removeprefix(ACT_RULE)
    subject = rules.compact(act.title).partition(verb)[0]
    word = next((w for w, t in rules.triggers().items() if t.form == "name" and subject.endswith(w)), "")
    name = rules.compact(host.title)
    return word if word and len(subject) > len(word) + 1 and (_in_order(subject, name) or _in_order(name, subject)) else ""


def _in_order(short: str, long: str) -> bool:
    """Every character of ``short`` in ``long``, in order (a short form of a name, or the name in a longer one)."""
    chars = iter(long)
    return all(c in chars for c in short)
