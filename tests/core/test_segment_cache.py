"""jieba's prefix dictionary ships prebuilt: a first launch does not build it (1.2-1.9 s)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import reader.core.segment as segment


def test_a_first_launch_loads_the_shipped_dictionary_and_keeps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jieba

    monkeypatch.setenv("BAYREADER_CACHE", str(tmp_path))
    monkeypatch.setattr(segment, "_tokenizer", None)
    built: list[bool] = []
    monkeypatch.setattr(jieba.Tokenizer, "initialize", lambda self, *a: built.append(True))
    tokenizer = segment.tokenizer()
    assert not built and tokenizer.initialized  # nothing was built here
    assert (tmp_path / "jieba.cache").stat().st_size > 1_000_000  # kept for the next launch
    jieba.setLogLevel(logging.WARNING)
    own = jieba.Tokenizer()
    frequencies, total = own.gen_pfdict(own.get_dict_file())
    assert tokenizer.total == total and frequencies == tokenizer.FREQ


def test_a_dictionary_built_from_another_jieba_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jieba

    monkeypatch.setenv("BAYREADER_CACHE", str(tmp_path))
    monkeypatch.setattr(segment, "_tokenizer", None)
    monkeypatch.setattr(segment, "shipped_stamp", lambda: "jieba 0.0 dict.txt 1 marshal 4")
    built: list[bool] = []
    monkeypatch.setattr(jieba.Tokenizer, "initialize", lambda self, *a: built.append(True))
    segment.tokenizer()
    assert built == [True]


def test_jieba_loads_without_importing_pkg_resources() -> None:
    """jieba tries pkg_resources only to open its own files; importing it took 0.15-0.3 s of
    the speakers panel's first second (in a fresh interpreter: this one may have it)."""
    import subprocess
    import sys

    code = (
        "import sys; from reader.core.segment import tokenizer; tokenizer();"
        "import jieba; print(jieba.lcut('华盛顿说'), 'pkg_resources' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["['华盛顿',", "'说']", "False"]
