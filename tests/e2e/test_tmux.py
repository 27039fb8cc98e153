"""The installed `bayreader` command in a real terminal (tmux), read off the screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
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


def exit_status(path: Path, seconds: float) -> str:
    """The exit status the shell wrote to `path` (`echo $? > path`), once it is all there:
    the file exists a moment before its line is in it, and reading it then gave "" (the
    six-launch test failed so once, in a fresh-clone CI run)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and (text := path.read_text()).endswith("\n"):
            return text.strip()
        time.sleep(0.05)
    return "(none)"


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    if TMUX is None or BAYREADER is None:
        pytest.fail("needs tmux and an installed bayreader (run the README's test command)")
    # a server of this test's own: a new-session on a socket whose server was just killed
    # (the test before, in the same worker, ends with kill-server) can reach the server still
    # exiting and fail, 23 times in 200 in a loop here; the keeper was then missing and the
    # six-launch test below failed about one full run in eight
    term = Terminal(f"bayreader-test-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    # a session that outlives the readers: a tmux server whose last session ends exits, and
    # a new-session right then can reach the dying server and fail (an empty screen, 1 run
    # in 5 of the six-launch test)
    term.tmux("new-session", "-d", "-s", "keeper", "sleep 3600")
    assert term.tmux("list-sessions", "-F", "#{session_name}").split() == ["keeper"]
    yield term
    term.tmux("kill-server")


def test_installed_command_opens_moves_and_quits(terminal: Terminal, tmp_path: Path) -> None:
    status = tmp_path / "status"
    # run from an empty folder: the bundled article must come from the installed package
    command = f"cd {tmp_path} && {BAYREADER}; echo $? > {status}; sleep 60"
    terminal.tmux("new-session", "-d", "-s", "reader", "-x", "120", "-y", "40", command)
    first = terminal.wait_for(lambda s: "广深“双子星”" in s and "section 1/7" in s)
    assert "湾区企业开启" in first  # the sections pane lists the sub-headings

    terminal.tmux("send-keys", "-t", "reader", "]")
    # the lead's first words, with the position moved on
    second = terminal.wait_for(lambda s: "section 2/7" in s and "交通互联、科创互利、产业互惠" in s)
    assert second != first

    terminal.tmux("send-keys", "-t", "reader", "q")
    assert exit_status(status, 20) == "0"


def test_the_learners_loop_end_to_end(terminal: Terminal, tmp_path: Path) -> None:
    """Open, move to a later section, save a word, quit; reopen: the same section; then
    `bayreader vocab --format csv` lists the word with its pinyin."""
    home = tmp_path / "home"
    reader = f"BAYREADER_HOME={home} {BAYREADER}"
    # the reader, then (after q) the reader again on the same article, in the same window
    command = f"cd {tmp_path} && {reader}; {reader}; sleep 60"

    def keys(*names: str) -> None:
        for name in names:  # one at a time: ESC then a letter would read as Alt+letter
            terminal.tmux("send-keys", "-t", "reader", name)
            time.sleep(0.15)

    terminal.tmux("new-session", "-d", "-s", "reader", "-x", "120", "-y", "40", command)
    terminal.wait_for(lambda s: "section 1/7" in s)
    keys("4", "p")  # a later section, with pinyin: shown once the readings are in
    terminal.wait_for(lambda s: "section 4/7" in s and "guǎngshēn" in s, seconds=60)
    keys("w", "s")  # the word cursor on the section's first word, saved
    saved = terminal.wait_for(lambda s: "Saved:" in s)
    word = saved.split("Saved:")[1].split()[0]
    keys("q")
    resumed = terminal.wait_for(lambda s: "section 4/7" in s and "Back where you left off" in s)
    assert "广深携手抢占产业发展新高地" in resumed  # the section's heading, on screen
    keys("q")

    vocab = subprocess.run(
        [BAYREADER, "vocab", "--format", "csv"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "BAYREADER_HOME": str(home)},
    )
    lines = vocab.stdout.splitlines()
    assert lines[0] == "word,pinyin,gloss,hsk,sentence,source"
    row = next(line for line in lines[1:] if line.startswith(word + ","))
    pinyin = row.split(",")[1]
    assert pinyin and pinyin.isalpha() and not pinyin.isascii()  # tone marks: zhōngguó


def test_p_pressed_at_any_moment_of_loading_never_kills_the_reader(
    terminal: Terminal, tmp_path: Path
) -> None:
    """The crash on p: pypinyin first imported from two threads at once (the loader and the
    UI drawing tone marks) ended the reader with an ImportError 2-4 times in 20 launches.
    Launch after launch, p goes in at a different moment of loading; every run must end
    with status 0 and no traceback on the screen. Three moments, from the first paint to
    loading done: the race itself is pinned without a clock in test_pinyin's import-lock
    test, this is the installed command's check on top of it."""
    delays = [0.0, 0.8, 1.6]
    for run, delay in enumerate(delays):
        status = tmp_path / f"status-{run}"
        command = (
            f"cd {tmp_path} && BAYREADER_HOME={tmp_path / f'home-{run}'} {BAYREADER};"
            f" echo $? > {status}; sleep 30"
        )
        terminal.tmux("new-session", "-d", "-s", "reader", "-x", "120", "-y", "40", command)
        started = time.monotonic()
        terminal.wait_for(lambda s: "section 1/7" in s)
        time.sleep(max(0.0, delay - (time.monotonic() - started)))
        terminal.tmux("send-keys", "-t", "reader", "p")
        # the headline's ruby (the glossary lists these words one per line)
        screen = terminal.wait_for(lambda s: "xiéshǒu gòngkuò" in s or "Traceback" in s, 20)
        assert "Traceback" not in screen, screen
        terminal.tmux("send-keys", "-t", "reader", "q")
        assert exit_status(status, 15) == "0", terminal.screen()
        terminal.tmux("kill-session", "-t", "reader")


def test_sigterm_quits_and_gives_the_terminal_back(terminal: Terminal, tmp_path: Path) -> None:
    """F11: SIGTERM left the terminal in the alternate screen with mouse tracking on."""
    status = tmp_path / "status"
    # the reader in the foreground, its pid known: sh writes its own, then execs the reader
    reader = f"sh -c 'echo $$ > {tmp_path / 'pid'}; exec {BAYREADER}'"
    command = (
        f"cd {tmp_path} && BAYREADER_HOME={tmp_path / 'home'} {reader};"
        f" echo $? > {status}; echo shell-again; sleep 30"
    )
    terminal.tmux("new-session", "-d", "-s", "reader", "-x", "120", "-y", "40", command)
    terminal.wait_for(lambda s: "section 1/7" in s)
    os.kill(int((tmp_path / "pid").read_text()), 15)
    screen = terminal.wait_for(lambda s: "shell-again" in s, seconds=15)
    assert "section 1/7" not in screen  # the alternate screen is gone
    assert status.read_text().strip() == "0", screen  # an error would be printed there
    alternate = terminal.tmux("display-message", "-p", "-t", "reader", "#{alternate_on}")
    mouse = terminal.tmux("display-message", "-p", "-t", "reader", "#{mouse_any_flag}")
    assert alternate.strip() == "0" and mouse.strip() in {"0", ""}


def test_a_closed_terminal_ends_the_reader_and_keeps_the_place(
    terminal: Terminal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killing tmux (a closed terminal window: SIGHUP) left the reader hanging for ever in
    Textual's shutdown, its output thread dead on the vanished terminal."""
    home = tmp_path / "home"
    reader = f"sh -c 'echo $$ > {tmp_path / 'pid'}; exec {BAYREADER}'"
    command = f"cd {tmp_path} && BAYREADER_HOME={home} {reader}"
    terminal.tmux("new-session", "-d", "-s", "reader", "-x", "120", "-y", "40", command)
    terminal.wait_for(lambda s: "section 1/7" in s)
    terminal.tmux("send-keys", "-t", "reader", "3")
    terminal.wait_for(lambda s: "section 3/7" in s)
    terminal.tmux("send-keys", "-t", "reader", "space")  # a place within the section: it is
    terminal.wait_for(lambda s: "section 3/7   0%" not in s)  # stored only when the reader ends
    pid = int((tmp_path / "pid").read_text())
    terminal.tmux("kill-server")
    deadline = time.monotonic() + 10
    while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = Path(f"/proc/{pid}/status")
    state = alive.read_text().split("State:")[1].split()[0] if alive.exists() else "gone"
    assert state in {"gone", "Z"}, f"the reader is still running ({state})"
    from reader.state import Positions, article_key

    monkeypatch.setenv("BAYREADER_HOME", str(home))
    seed = Path(__file__).resolve().parents[2] / "assets" / "guangshen-digital-economy.txt"
    place = Positions().get(article_key(seed.read_text(encoding="utf-8")))
    assert place.section == 2 and place.offset is not None


def test_a_chinese_search_is_named_in_its_notice(terminal: Terminal, tmp_path: Path) -> None:
    """The notice read "3 matches for 「    」": Textual blanks wide characters where a toast
    lies over a widget's border (Textualize/textual#6357), and the query fell there."""
    command = f"cd {tmp_path} && BAYREADER_HOME={tmp_path / 'home'} {BAYREADER}; sleep 30"
    terminal.tmux("new-session", "-d", "-s", "reader", "-x", "120", "-y", "40", command)
    terminal.wait_for(lambda s: "section 1/7" in s)
    terminal.tmux("send-keys", "-t", "reader", "/")
    terminal.wait_for(lambda s: "Search: characters" in s)  # the search bar is open
    terminal.tmux("send-keys", "-t", "reader", "李峰", "Enter")
    screen = terminal.wait_for(lambda s: "3 matches" in s)
    assert "「李峰」: 3 matches" in screen, screen


def test_a_folder_opens_as_a_library(terminal: Terminal, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    seed = Path(__file__).resolve().parents[2] / "assets" / "guangshen-digital-economy.txt"
    (folder / "seed.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "port.txt").write_text(
        "港口吞吐量创新高\n\n港务局局长张大伟表示：“今年吞吐量增长了12%。”\n", encoding="utf-8"
    )
    command = f"cd {tmp_path} && BAYREADER_HOME={tmp_path / 'home'} {BAYREADER} news; sleep 30"
    terminal.tmux("new-session", "-d", "-s", "reader", "-x", "120", "-y", "40", command)
    terminal.wait_for(lambda s: "Library 2 articles" in s and "port.txt" in s and "seed.txt" in s)
    terminal.tmux("send-keys", "-t", "reader", "港口")
    screen = terminal.wait_for(lambda s: "seed.txt" not in s)
    assert "港口吞吐量创新高" in screen
    terminal.tmux("send-keys", "-t", "reader", "Enter")
    terminal.wait_for(lambda s: "section 1/" in s and "⌫ Library" in s)
    terminal.tmux("send-keys", "-t", "reader", "BSpace")
    screen = terminal.wait_for(lambda s: "Library 2 articles" in s)
    assert "port.txt" in screen and "seed.txt" not in screen  # the filter as it was
