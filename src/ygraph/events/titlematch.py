"""titlematch: how two printed names of events compare, by their title keys (``eventrules.title_key``): the
bigram Dice of two names, a headline's short name of the report's, a short form of a name in the same
article, one generic name held by two bodies. For ``register``, ``headlines``, ``sittings`` and the corpus
merge."""

from __future__ import annotations

from os.path import commonprefix

from . import eventrules as rules
from .eventplaces import place_levels
from .eventrules import uses


def dice(a: str, b: str) -> float:
    """Character-bigram Dice coefficient of two title keys."""
    ga = {a[i : i + 2] for i in range(len(a) - 1)} or {a}
    gb = {b[i : i + 2] for i in range(len(b) - 1)} or {b}
    return 2 * len(ga & gb) / (len(ga) + len(gb))


HEADLINE_ALIKE = 0.6  # bigram Dice of a headline's name and the report's (as eventmerge.TITLE_SAME)


def headline_alike(a: str, b: str) -> bool:
    """Whether a headline's short name (民营企业发展座谈会) names the report's (某省民营企业发展座谈会); never two
    names counting different sittings (某常委会第八次会议 / 某常委会第九讲专题讲座)."""
    if numbered_apart(a, b):
        return False
    short, long = sorted((a, b), key=len)
    return (len(short) >= 4 and long.endswith(short)) or dice(a, b) >= HEADLINE_ALIKE


def numbered_apart(a: str, b: str) -> bool:
    """Both names count their sitting (第八次, 第九讲: patterns.tsv ``sitting_count``), with other counts."""
    first, second = (rules.pattern("sitting_count").findall(x) for x in (a, b))
    return bool(first and second) and first != second


SHORT_FORM = 0.8  # share of a short name's bigrams found in the long one (泛珠…会议 in 泛珠三角区域合作…会议)


def shortened(a: str, b: str) -> bool:
    """Whether one name is a short form of the other in the same article (at least 6 characters, nearly all
    of its character pairs inside the longer name)."""
    short, long = sorted((a, b), key=len)
    if len(short) < 6 or short == long:
        return False
    pairs = [short[i : i + 2] for i in range(len(short) - 1)]
    return sum(p in long for p in pairs) / len(pairs) >= SHORT_FORM


def two_bodies(a: str, b: str) -> bool:
    """甲区领导干部大会 / 乙开发区领导干部大会: one generic name (``generic_name``) held by two bodies; 全省某仪式 /
    全市某仪式: two levels' events (``scopes_apart``); 甲政府党组会议 / 甲政府常务会议: one body's meetings of two
    kinds (``kinds_apart``)."""
    generic = next((g for g in uses("generic_name") if a.endswith(g) and b.endswith(g)), "")
    first, second = a[: len(a) - len(generic)], b[: len(b) - len(generic)]
    apart = (bool(generic and first and second) and first != second) or scopes_apart(a, b) or numbered_bodies(a, b)
    return apart or kinds_apart(a, b)


_KIND = 4  # the longest kind word before a meeting's last word (党组, 常务, 全体, 专题)


def kinds_apart(a: str, b: str) -> bool:
    """甲政府党组会议 / 甲政府常务会议: one body's two meetings, each of a kind of its own printed before the same last
    word (``kind_end``), neither kind inside the other (某省政府党组扩大会议 is 党组会议's)."""
    end = next((w for w in uses("kind_end") if a.endswith(w) and b.endswith(w)), "")
    body = commonprefix([a, b])
    first, second = a[len(body) : len(a) - len(end)], b[len(body) : len(b) - len(end)]
    if not end or len(body) < 2 or not first or not second or max(len(first), len(second)) > _KIND:
        return False
    return first not in second and second not in first


def numbered_bodies(a: str, b: str) -> bool:
    """市委十三届一次全会 / 市纪委十三届一次全会: one numbered sitting's name from the edition on (patterns.tsv
    ``numbered``), printed after two organs ending alike, neither the other's short name (省委 / 某省委 is one)."""
    first, second = (rules.pattern("numbered").search(x) for x in (a, b))
    if not (first and second) or a[first.start() :] != b[second.start() :]:
        return False
    one, other = a[: first.start()], b[: second.start()]
    # two organs end alike (市委 / 市纪委); a headline's words before the number (某乡胜利召开…) name no organ
    organs = bool(one and other) and one[-1] == other[-1]
    return organs and not (one.endswith(other) or other.endswith(one))


def scopes_apart(a: str, b: str) -> bool:
    """全省某开工仪式 / 全市某开工仪式: each name prints a level's scope (``level_scope``), another level each."""
    first, second = ({w for w in uses("level_scope") if w in x} for x in (a, b))
    return bool(first and second) and first != second


HEADLINE_LOOSE = 0.4  # a headline's act against the report's named event of the same type


def headline_repeats(a: str, b: str) -> bool:
    """Whether a headline (潮溪梧川签署合作协议) retells the report's event (潮溪市与梧川市合作协议签约仪式)."""
    return headline_alike(a, b) or (dice(a, b) >= HEADLINE_LOOSE and not numbered_apart(a, b))


_PLACE_REACH = 4  # the longest place printed at the opening of a ceremony's name (澎湖县, 临江省)


def one_ceremony(a: str, b: str) -> bool:
    """临江县第8届县长交接典礼 / 县长就职典礼: two names an article gives its hand-over or oath ceremony (both
    end with an ``office_ceremony`` word), one ceremony — unless each opens with a place of its own (甲县县长
    就职典礼 / 乙县县长就职典礼: a round-up of two)."""
    return _ceremonies(a, b) and not ceremonies_apart(a, b)


def ceremonies_apart(a: str, b: str) -> bool:
    """甲县县长就职典礼 / 乙县县长就职典礼: two ceremonies of office whose names open with places of their own;
    县长交接典礼 / 某局局长交接典礼: or whose posts in front of the ceremony word differ."""
    first, second = _opening_place(a), _opening_place(b)
    return _ceremonies(a, b) and ((bool(first and second) and first != second) or _posts_differ(a, b))


_POST = 2  # the characters of a post printed right before a ceremony word (县长, 局长)


def _posts_differ(a: str, b: str) -> bool:
    """Whether the words before the ceremony word of each name end with a post the other's never holds."""
    endings = uses("office_ceremony")
    stems = [next((k[: len(k) - len(e)] for e in endings if k.endswith(e)), "") for k in (a, b)]
    if not all(len(s) >= _POST for s in stems):
        return False  # 交接典礼 alone: no post to tell them apart
    return stems[0][-_POST:] not in stems[1] and stems[1][-_POST:] not in stems[0]


def _ceremonies(a: str, b: str) -> bool:
    endings = uses("office_ceremony")
    return bool(endings) and a.endswith(endings) and b.endswith(endings)


def _opening_place(key: str) -> str:
    """The place a name opens with, up to its level character (澎湖县长… → 澎湖), "" when none."""
    levels = place_levels()
    return next((key[:i] for i in range(2, min(_PLACE_REACH, len(key))) if key[i] in levels), "")


def printed_numbers(title: str) -> list[str]:
    """The edition and session numbers a name prints (第十四届…第二次 → 十四届, 二次): one session has one set."""
    bare = rules.pattern("ordinal_mark").sub("", title)
    return sorted(m.group() for m in rules.pattern("numbered").finditer(bare))


def session_numbers(title: str) -> tuple[str, ...]:
    """The edition and session numbers of a session's name (十三届, 一次), empty when it prints fewer than two:
    where a short and a full name of one session agree (a blocking key of the corpus merge)."""
    numbers = printed_numbers(title)
    return tuple(numbers) if len(numbers) >= 2 else ()
