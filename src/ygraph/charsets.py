"""Character classes of regular expressions optimised once per process, not once per pattern.

``re`` compiles a class (``[...]``) by ``_optimize_charset``, which marks every code point of every range in a
bitmap, one Python iteration each: a class holding the CJK range (20,992 code points) costs ≈ 2 ms, and the
same class is spelled in hundreds of the rules, each compiled on its own. At 10 MB that was 0.36 of the
0.72 CPU s the first document of every extracting process costs more than the next (docs/performance.md,
fifteenth session); in a rebuild of 1 % new documents, the whole extraction is about one such first document.

The function is pure (a class's items in, the same optimised items out), so its answer is kept by the class's
items and given back as a fresh list: the compiled code of every pattern is the one ``re`` makes itself
(tests/test_perf25.py compares the code of both). Case-insensitive classes (their folding function and
table) are left to ``re``; so is anything when the interpreter's compiler has another shape.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

try:  # Python ≥ 3.11
    from re import _compiler as _re_compiler  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older interpreters
    import sre_compile as _re_compiler  # type: ignore[no-redef]

# The only shape of re's function this module answers for: another interpreter's compiler is left alone.
EXPECTED_PARAMETERS = ("charset", "iscased", "fixup", "fixes")
MAX_KEPT = 4096  # distinct classes kept per process (the rules hold a few hundred)

_original: Callable[..., tuple[list[Any], bool]] | None = getattr(_re_compiler, "_optimize_charset", None)
_kept: dict[tuple[Any, ...], tuple[tuple[Any, ...], bool]] = {}


def optimize_charset(
    charset: list[Any], iscased: Any = None, fixup: Any = None, fixes: Any = None
) -> tuple[list[Any], bool]:
    """``re``'s ``_optimize_charset``, answered from the classes already optimised in this process."""
    assert _original is not None
    if fixup is not None or fixes is not None:
        return _original(charset, iscased, fixup, fixes)
    try:
        key = (iscased, *charset)
        found = _kept.get(key)
    except TypeError:  # an item that cannot be a key: leave it to re
        return _original(charset, iscased, fixup, fixes)
    if found is None:
        out, hascased = _original(charset, iscased, fixup, fixes)
        found = (tuple(out), hascased)
        if len(_kept) < MAX_KEPT:
            _kept[key] = found
    return list(found[0]), found[1]


def _known_shape(function: Callable[..., Any] | None) -> bool:
    """True when ``function`` takes exactly the parameters this module passes on (a later Python may change them)."""
    if function is None or not callable(function):
        return False
    try:
        return tuple(inspect.signature(function).parameters) == EXPECTED_PARAMETERS
    except (TypeError, ValueError):
        return False


def install() -> bool:
    """Route ``re``'s compiler through :func:`optimize_charset` (idempotent); False when it cannot be."""
    if not _known_shape(_original):
        return False
    _re_compiler._optimize_charset = optimize_charset
    return True


def installed() -> bool:
    return getattr(_re_compiler, "_optimize_charset", None) is optimize_charset


def uninstall() -> None:
    """``re``'s own function back (tests)."""
    if _original is not None:
        _re_compiler._optimize_charset = _original
