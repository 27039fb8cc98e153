"""Module-level patterns compiled on their first use, not at import.

The speakers and figures are found in a process forked for them while the reader starts
(reader/prefetch.py), and importing their modules compiled some 260 patterns there: a third
of a second, about half of that process's work before the speakers panel fills. Compiling a
class of Han characters alone costs 1.6 ms (CPython's compiler marks each of the 21,000
characters in a table). On a typical article only about half of the patterns are ever used.

`lazy_compile` returns a stand-in that compiles on the first call of a method and then keeps
the compiled pattern's bound methods as its own attributes, so later calls cost what they
cost on the pattern itself (no `__getattr__` on the way). `.pattern` is there from the start:
other patterns are built from it without compiling this one.
"""

from __future__ import annotations

import re
from typing import Any, cast

_KEPT = (  # every public method and attribute of a compiled pattern but `pattern`
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class _Deferred:
    """A pattern's text and flags until something of the compiled pattern is wanted."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # reached only for what is not yet an attribute: the first use, or an unknown name
        if name.startswith("__"):
            raise AttributeError(name)  # copy, pickle and the like ask for these
        compiled = re.compile(self.pattern, self._flags)
        for name_kept in _KEPT:
            setattr(self, name_kept, getattr(compiled, name_kept))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done when the pattern is first used."""
    return cast("re.Pattern[str]", _Deferred(pattern, flags))
