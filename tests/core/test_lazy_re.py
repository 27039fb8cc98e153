"""Patterns compiled on first use (reader/core/lazy_re.py)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from reader.core import lazy_re
from reader.core.lazy_re import lazy_compile


def test_a_lazy_pattern_answers_as_the_compiled_one_does() -> None:
    text = "王小明說：「明天下雨。」李華表示，3月5日到。"
    lazy = lazy_compile(r"(?P<who>[\u4e00-\u9fff]{2,3})(?:說|表示)")
    real = re.compile(lazy.pattern)
    assert lazy.search(text).group("who") == real.search(text).group("who")  # type: ignore[union-attr]
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.findall(text) == real.findall(text)
    assert lazy.sub("某", text) == real.sub("某", text)
    assert lazy.split(text) == real.split(text)
    assert lazy.match(text, 9) is None and real.match(text, 9) is None
    assert lazy.fullmatch("李華表示") is not None
    assert lazy.groupindex == real.groupindex and lazy.groups == real.groups
    assert lazy_compile("abc", re.IGNORECASE).search("xABCx") is not None


def test_a_lazy_pattern_is_compiled_once_and_only_when_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiled: list[str] = []
    real_compile = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real_compile(pattern, flags)

    monkeypatch.setattr(lazy_re.re, "compile", counting)
    verb = lazy_compile("(?:说|說|表示)")
    built = lazy_compile(rf"[\u4e00-\u9fff]{{2}}{verb.pattern}")  # from the text alone
    assert compiled == []
    assert built.search("他們說") is not None
    assert built.search("我們表示") is not None
    assert compiled == [built.pattern]


def test_importing_the_speaker_and_figure_rules_compiles_almost_no_pattern() -> None:
    # The analysis process imports them while the reader starts (after what it inherits:
    # the sections' rules and jieba); compiling their 260 patterns took a third of a second
    # of it, and an article uses about half of them. Some 9 shared ones stay eager.
    probe = """
import re._compiler as compiler
import reader.core.analysis, reader.core.segment
count = 0
real = compiler.compile
def counting(*args, **kwargs):
    global count
    count += 1
    return real(*args, **kwargs)
compiler.compile = counting
import reader.core.speakers, reader.core.figures
print(count)
"""
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert int(out) < 20
