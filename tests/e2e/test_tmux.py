"""The installed `bayreader` command in a real terminal (tmux), read off the screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
# the command installed beside this Python (a venv's bin/), else the one on PATH
_BESIDE = Path(sys.executable).parent / "bayreader"
BAYREADER = str(_BESIDE) if _BESIDE.exists() else shutil.which("bayreader")


class Terminal:
    """A tmux server of our own (its own socket), one window, 120×40."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        result = subprocess.run(
            [TMUX, "-L", self.socket, *args], capture_output=True, text=True, timeout=10
        )
        return result.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "reader")

    def wait_for(self, check: Callable[[str], bool], seconds: float = 30) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            screen = self.screen()
            if check(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"timed out; the screen shows:\n{self.screen()}")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    if TMUX is None or BAYREADER is None:
        pytest.fail("needs tmux and an installed bayreader (run the README's test command)")
    term = Terminal(f"bayreader-test-{os.getpid()}")
    yield term
    term.tmux("kill-server")


def test_installed_command_opens_moves_and_quits(terminal: Terminal, tmp_path: Path) -> None:
    status = tmp_path / "status"
    # run from an empty folder: the bundled article must come from the installed package
    command = f"cd {tmp_path} && {BAYREADER}; echo $? > {status}; sleep 60"
    terminal.tmux("new-session", "-d", "-s", "reader", "-x", "120", "-y", "40", command)
    first = terminal.wait_for(lambda s: "广深“双子星”" in s and "section 1/7" in s)
    assert "湾区企业开启数字经济" in first  # the sections pane lists the sub-headings

    terminal.tmux("send-keys", "-t", "reader", "]")
    # the lead's first words, with the position moved on
    second = terminal.wait_for(lambda s: "section 2/7" in s and "交通互联、科创互利、产业互惠" in s)
    assert second != first

    terminal.tmux("send-keys", "-t", "reader", "q")
    deadline = time.monotonic() + 20
    while not status.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert status.read_text().strip() == "0"
