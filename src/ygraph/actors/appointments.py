"""appointments: 任免 notices, where the name stands before its post (任命…为…, 免去…的…职务, 不再担任).

The forms are data (``actors/appointment_forms.tsv``); a removal's post is marked former, so the claim is
dated only by its own sentence and the successor's window does not overlap it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicons
from ..lexicons import cached
from .actorlex import plausible_name
from .chains import chain_before
from .personrules import Found

_NAME = r"(?P<name>[\u4e00-\u9fff·]{2,8}?)(?:同志)?"
_POST = r"(?P<post>[^，。；！？,.;!?、]{2,60}?)"


@cached
def _forms() -> tuple[tuple[bool, re.Pattern[str]], ...]:
    rows = lexicons.load_table("actors/appointment_forms.tsv")
    return tuple(
        (kind == "held", re.compile(pattern.replace("{name}", _NAME).replace("{post}", _POST)))
        for _form, kind, pattern in rows
    )


def notices(text: str, places: dict[str, str]) -> list[Found]:
    """Persons named in appointment and removal sentences, with the chain of the post they get or leave."""
    found = []
    for held, pattern in _forms():
        for m in pattern.finditer(text):
            name = m.group("name")
            if not plausible_name(name):
                continue
            chain = chain_before(text, m.end("post"), m.start("post"), dict(places))
            if not chain or chain[0].start != m.start("post"):
                continue
            if held:
                chain = tuple(replace(el, former=True) for el in chain)
            found.append(Found(name, m.start("name"), m.end("name"), "appointed", chain))
    return found
