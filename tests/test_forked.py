"""The forked helper that runs the export's segmentation beside the analysis."""

from __future__ import annotations

import os

import pytest

from reader.core.brief import article_words
from reader.forked import Forked, Handed


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


def _hands(handed: Handed[str, int], size: int) -> str:
    handed.give(lambda: {f"key{i}": i for i in range(size)})
    return "went on"


def test_a_handed_mapping_reaches_the_parent_without_waiting() -> None:
    handed: Handed[str, int] = Handed()
    side = Forked(_hands, handed, 10)
    handed.forked()
    assert side.result() == "went on"  # the child has sent (a small mapping fits the pipe)
    if os.uname().sysname != "Linux":
        pytest.skip("no fork here: nothing is handed")
    assert handed.get("key3") == 3
    assert handed.get("key10") is None


def test_a_parent_that_stops_listening_leaves_the_child_to_go_on() -> None:
    """A mapping larger than the pipe holds, unread: the child's send must fail, not wait,
    or the parent would wait on the child's own result for ever."""
    handed: Handed[str, int] = Handed()
    side = Forked(_hands, handed, 100_000)
    handed.forked()
    handed.close()
    assert side.result() == "went on"
    assert handed.get("key3") is None


def test_the_parent_itself_is_handed_nothing() -> None:
    handed: Handed[str, int] = Handed()
    made = []
    handed.give(lambda: made.append(1) or {"key": 1})
    assert made == [] and handed.get("key") is None
