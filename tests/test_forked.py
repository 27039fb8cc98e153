"""The forked helper that runs the export's segmentation beside the analysis."""

from __future__ import annotations

import os

import pytest

from reader.core.brief import article_words
from reader.forked import Forked


def _pid(_: object) -> int:
    return os.getpid()


def test_a_forked_result_equals_the_inline_one(seed_text: str) -> None:
    assert list(Forked(article_words, seed_text).result()) == list(article_words(seed_text))


def test_it_runs_in_another_process_where_it_can_fork() -> None:
    other = Forked(_pid, None).result()
    if os.name == "posix" and os.uname().sysname == "Linux":
        assert other != os.getpid()


def _fails_in_child(parent: int) -> str:
    if os.getpid() != parent:
        raise RuntimeError("child only")
    return "computed here"


def test_a_failing_child_falls_back_to_the_parent() -> None:
    assert Forked(_fails_in_child, os.getpid()).result() == "computed here"


def test_an_error_everywhere_reaches_the_caller() -> None:
    with pytest.raises(ZeroDivisionError):
        Forked(lambda: 1 // 0).result()


def _sleep(seconds: float) -> float:
    import time

    time.sleep(seconds)
    return seconds


def test_ready_says_whether_the_result_would_wait_and_close_stops_the_child() -> None:
    slow = Forked(_sleep, 60.0)
    if os.uname().sysname != "Linux":
        pytest.skip("no fork here: the result is computed by the caller")
    assert not slow.ready(0.01)
    slow.close()
    assert not slow._child.is_alive()
    quick = Forked(_sleep, 0.0)
    assert quick.ready(30) and quick.result() == 0.0
