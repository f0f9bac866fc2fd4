"""appointments: appointment and removal sentences, where the name stands before its post (<name>任…,
任命…为…, 免去…的…职务, 不再担任).

The forms are rows of ``actors/appointment_forms.tsv``; the id of the row that matched reaches the facts
(``appointed:<id>``). A removal's post is marked former, so the claim is dated only by its own sentence and
the successor's window does not overlap it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import lexicons
from ..lexicons import alternation, cached
from ..punctuation import CLAUSE_BREAKS, LIST_MARK
from .actorlex import PUNCT, plausible_name, words
from .chains import chain_before
from .personrules import Found, address_words

_NAME = r"(?P<name>[\u4e00-\u9fff·]{2,8}?)"


@dataclass(frozen=True, slots=True)
class Form:
    rule: str  # appointed:<row id>
    held: bool  # the notice ends the post (kind "held")
    pattern: re.Pattern[str]


def _fill() -> dict[str, str]:
    breaks = re.escape(CLAUSE_BREAKS)
    verbs = alternation(words("appointment_verbs.txt"))
    return {
        "start": rf"(?:(?<=[{re.escape(''.join(sorted(PUNCT)))}])|^)",
        "name": rf"{_NAME}(?:{address_words()})?",
        "verbs": f"(?:{verbs})",
        "post": rf"(?P<post>[^{breaks}{LIST_MARK}]{{2,60}}?)",
        "posts": rf"(?P<post>[^{breaks}]{{2,60}}?)",
        "end": rf"(?=[{breaks}]|$)",
    }


@cached
def forms() -> tuple[Form, ...]:
    fill = _fill()
    rows = lexicons.load_table("actors/appointment_forms.tsv")
    return tuple(
        Form(
            f"appointed:{form}",
            kind == "held",
            re.compile(re.sub(r"\{(\w+)\}", lambda m: fill[m.group(1)], pattern)),
        )
        for form, kind, pattern in rows
    )


def notices(text: str, places: dict[str, str]) -> list[Found]:
    """Persons named in appointment and removal sentences, with the chain of the post they get or leave."""
    found = []
    for form in forms():
        for m in form.pattern.finditer(text):
            name = m.group("name")
            if not plausible_name(name):
                continue
            chain = chain_before(text, m.end("post"), m.start("post"), dict(places))
            if not chain or chain[0].start != m.start("post"):
                continue
            if form.held:
                chain = tuple(replace(el, former=True) for el in chain)
            found.append(Found(name, m.start("name"), m.end("name"), form.rule, chain))
    return found
