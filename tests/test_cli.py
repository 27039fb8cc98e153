"""The command line as a script sees it: exit status, stdout, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], input=stdin, capture_output=True, timeout=60
    )


def test_export_bundled_json() -> None:
    result = run("export", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"] == "bundled" and len(data["sections"]) == 7


def test_export_json_is_the_analysis_of_one_process(seed_text: str) -> None:
    # the export finds figures and the brief's words in a forked child beside the speakers
    from reader.core.analysis import analyze
    from reader.export import to_dict

    result = run("export", "-", "--format", "json", stdin=seed_text.encode())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    inline = to_dict(analyze(seed_text, source="-"))
    assert data["figures"] == inline["figures"] and len(data["figures"]) > 20
    assert data["speakers"] == inline["speakers"] and data["speakers"]
    assert data["brief"]["numbers"] > 0 and data["brief"]["names"] > 0


def test_export_from_stdin_in_gbk() -> None:
    text = "新闻标题\n\n这是导语，介绍新闻的主要内容，长度足够长，足以构成一个段落的正文内容。\n"
    result = run("export", "-", "--format", "markdown", stdin=text.encode("gbk"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith("# 新闻标题")


def test_export_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = run("export", "--format", "csv", "--output", str(out))
    assert result.returncode == 0 and result.stdout == b""
    assert out.read_text(encoding="utf-8").startswith("index,kind,title,start,end,text")


def _binary(tmp: Path) -> str:
    path = tmp / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 100)
    return str(path)


def _whitespace(tmp: Path) -> str:
    path = tmp / "blank.txt"
    path.write_text(" \n\n\t \n", encoding="utf-8")
    return str(path)


def _empty(tmp: Path) -> str:
    path = tmp / "empty.txt"
    path.write_bytes(b"")
    return str(path)


def _gibberish(tmp: Path) -> str:
    path = tmp / "odd.txt"
    path.write_bytes(bytes(range(128, 256)) * 30)
    return str(path)


@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (lambda tmp: ["export", str(tmp / "missing.txt")], "no such file"),
        (lambda tmp: ["export", str(tmp)], "many articles export as --format jsonl|parquet"),
        (lambda tmp: ["export", _empty(tmp)], "empty"),
        (lambda tmp: ["export", _whitespace(tmp)], "empty"),
        (lambda tmp: ["export", _binary(tmp)], "binary"),
        (lambda tmp: ["export", _gibberish(tmp)], "unknown encoding"),
        (lambda tmp: ["export", "--format", "xml"], "invalid choice"),
        (lambda tmp: [str(tmp / "missing.txt")], "no such file"),
        (lambda tmp: [_binary(tmp)], "binary"),
    ],
    ids=[
        "missing",
        "directory",
        "empty",
        "whitespace",
        "binary",
        "encoding",
        "format",
        "reader-missing",
        "reader-binary",
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, make_args, message: str) -> None:
    result = run(*make_args(tmp_path))
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert stderr.count("\n") == 1 and message in stderr, stderr
    assert "Traceback" not in stderr


def test_reader_without_a_terminal_says_so() -> None:
    result = run()
    assert result.returncode == 2 and b"needs a terminal" in result.stderr


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith(b"bayreader ")


def test_core_imports_neither_textual_nor_rich() -> None:
    code = (
        "import sys, reader.core.analysis, reader.core.sources, reader.core.layout, reader.export\n"
        "reader.core.analysis.analyze('标题\\n\\n正文。')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()


def test_pinyin_text_and_json() -> None:
    text = "银行行长在路上行走。\n\nABC 为了\n"
    result = run("pinyin", "-", stdin=text.encode())
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().split("\n")
    assert lines[0] == "银行行长(yín háng háng zhǎng)在(zài)路上(lù shàng)行走(xíng zǒu)。"
    assert lines[1] == "" and lines[2].startswith("ABC ")
    result = run("pinyin", "-", "--format", "json", "--style", "numbers", stdin=text.encode())
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(rows) == 3 and rows[1] == []
    assert rows[0][0] == {"text": "银行行长", "pinyin": ["yin2", "hang2", "hang2", "zhang3"]}
    assert rows[2][0] == {"text": "ABC", "pinyin": ["", "", ""]}
    assert all(len(t["pinyin"]) == len(t["text"]) for row in rows for t in row)


def test_pinyin_keeps_one_output_line_per_input_line() -> None:
    lines = ["第一行，数字经济。", "", "[bold]第三行[/bold]", "最后一行"] * 300
    result = run("pinyin", "-", "--format", "json", stdin="\n".join(lines).encode("gb18030"))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode().splitlines()
    assert len(out) == len(lines)
    assert "".join(t["text"] for t in json.loads(out[2])) == "[bold]第三行[/bold]"


def test_a_corrupt_jieba_cache_is_rebuilt(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "cache").mkdir(parents=True)
    (home / "cache" / "jieba.cache").write_bytes(b"\x00garbage" * 1000)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "pinyin", "-"],
        input="银行行长".encode(),
        capture_output=True,
        timeout=120,
        env={
            **__import__("os").environ,
            "BAYREADER_HOME": str(home),
            "BAYREADER_CACHE": str(home / "cache"),
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith("银行行长(yín háng háng zhǎng)")
