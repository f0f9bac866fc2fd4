"""japanesenames: Japanese names printed in Chinese text. A Japanese surname has two characters mostly
(``surnames_japanese.txt``: 渡边, 铃木, 樱井) and is read as a compound surname; the given name may end with a
character that Chinese given names never hold (``word_uses.tsv`` japanese_given_last: 拓也, 美和, 博之)."""

from __future__ import annotations

from .. import lexicons
from ..lexicons import cached


@cached
def japanese_surnames() -> frozenset[str]:
    return frozenset(lexicons.load_lines("actors/surnames_japanese.txt"))


def particle_checked(name: str) -> str:
    """The characters of ``name`` that no particle may be: all, but the first and last of the given name of a
    four-character name with a Japanese surname when they are usual there (渡边拓也, 高桥美和, 佐藤博之; 某藤和某)."""
    if len(name) != 4 or name[:2] not in japanese_surnames():
        return name
    first = lexicons.word_uses("actors/word_uses.tsv", "japanese_given_first")
    last = lexicons.word_uses("actors/word_uses.tsv", "japanese_given_last")
    kept = name[:2] + ("" if name[2] in first else name[2])  # 某藤和某: 和 opens the given name
    return kept + ("" if name[3] in last else name[3])


_LONGEST = 5  # a Japanese surname of two characters and a given name of three (某藤富士雄, 某岛宗一郎)


def long_japanese_name(name: str) -> bool:
    """Five characters starting with a Japanese surname, none a particle (names22): the given name of three
    characters that no Chinese name has, read after a title only."""
    if len(name) != _LONGEST or name[:2] not in japanese_surnames():
        return False
    never = lexicons.word_uses("actors/word_uses.tsv", "not_in_name")
    return all("\u4e00" <= c <= "\u9fff" and c not in never for c in name[2:])
