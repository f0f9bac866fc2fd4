"""tokens: jieba words with character offsets, for the stages that need words (on candidate sentences only).

One ``jieba.Tokenizer`` per process, made on first use, with user words from the lexicons so that titles,
places and organisations are never cut apart: the word columns of the actor lexicons (``WORD_SOURCES``,
when present) and ``lexicons/zh/text/userdict.txt`` (generic news vocabulary).
jieba's own logging is silenced.
"""

from __future__ import annotations

import logging
import threading
from functools import cache

from .. import lexicons

USER_DICT = "text/userdict.txt"
# (lexicon file, columns holding words): titles, places, organisations, countries; missing files are skipped
WORD_SOURCES: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("actors/titles.tsv", (0,)),
    ("actors/title_aliases.tsv", (0, 1)),
    ("actors/places.tsv", (0, 1)),
    ("actors/org_aliases.tsv", (0, 1)),
    ("actors/countries.txt", (0,)),
)
_LOCK = threading.Lock()


def user_words() -> list[tuple[str, int | None, str | None]]:
    """(word, frequency, tag) of every user word (two characters or more), in file order, deduplicated."""
    words: dict[str, tuple[str, int | None, str | None]] = {}
    for name, columns in WORD_SOURCES:
        try:
            rows = lexicons.load_table(name)
        except FileNotFoundError:
            continue
        for row in rows:
            for word in (row[c] for c in columns if c < len(row)):
                if len(word) >= 2 and " " not in word:
                    words.setdefault(word, (word, None, None))
    for line in lexicons.load_lines(USER_DICT):
        parts = line.split()
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        words[parts[0]] = (parts[0], freq, parts[2] if len(parts) > 2 else None)
    return list(words.values())


def tokenizer():  # noqa: ANN201 - jieba has no type hints
    """The process's jieba tokenizer, initialised once (per set of user lexicon folders) with the user words."""
    return _tokenizer(tuple(str(d) for d in lexicons._EXTRA_DIRS))


@cache
def _tokenizer(_user_dirs: tuple[str, ...]):  # noqa: ANN202 - the argument only keys the cache
    import jieba

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    with _LOCK:
        tok = jieba.Tokenizer()
        tok.initialize()
        for word, freq, tag in user_words():
            tok.add_word(word, freq, tag)
    return tok


def tokens(text: str) -> list[tuple[str, int, int]]:
    """``(word, start, end)`` of each jieba word of ``text``; ``text[start:end] == word``."""
    if not text:
        return []
    return [(word, start, end) for word, start, end in tokenizer().tokenize(text)]
