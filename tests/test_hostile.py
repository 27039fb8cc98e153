"""Hostile and odd inputs through `bayreader export`: a correct reading, or one line and exit 2.

Never a traceback, a hang or a lost character.
"""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest

SEED = (Path(__file__).resolve().parents[1] / "assets" / "guangshen-digital-economy.txt").read_text(
    encoding="utf-8"
)


def export(path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "export", str(path), "--format", "json", *args],
        capture_output=True,
        timeout=120,
    )


def ok(result: subprocess.CompletedProcess[bytes]) -> dict:
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    data = json.loads(result.stdout)
    assert "".join(data["text"][s["start"] : s["end"]] for s in data["sections"]) == data["text"]
    for speaker in data["speakers"]:
        for quote in speaker["quotes"]:
            assert data["text"][quote["start"] : quote["end"]] == quote["text"]
    for figure in data["figures"]:
        assert data["text"][figure["start"] : figure["end"]] == figure["text"]
    return data


READABLE = {
    "gbk.txt": SEED.encode("gbk"),
    "gb18030.txt": SEED.encode("gb18030"),
    "utf16.txt": SEED.encode("utf-16"),
    "utf8-bom.txt": codecs.BOM_UTF8 + SEED.encode(),
    "crlf.txt": SEED.replace("\n", "\r\n").encode(),
    "big5.txt": "港鐵主席馬時亨回應指，當務之急是處理機制問題。\n\n他表示，會盡快交代。\n".encode(
        "big5"
    ),
    "truncated.txt": SEED.encode()[:-1],
    "markup.txt": "[@click=app.quit]点我[/]\n\n[bold]正文[/] [$accent] [link=http://x]链接[/link] [bold".encode(),
    "escapes.txt": "标题\x1b[2J\n\n正文\x1b]52;c;aGVsbG8=\x07第一段\u202e反向\u202c。\x00\n".encode(),
    "english.txt": b"Markets rally\n\nStocks rose 3% on Monday, the biggest gain since May, analysts said.\n",
    "headings.md": b"# One\n\n## Two\n\n## Three\n",
    "longline.txt": ("数字经济规模达到31.8万亿美元，" * 70_000).encode(),
}


@pytest.mark.parametrize("name", sorted(READABLE))
def test_odd_but_readable_input_is_read_whole(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(READABLE[name])
    data = ok(export(path))
    assert data["text"].strip()
    if name in {"gbk.txt", "gb18030.txt", "utf16.txt", "utf8-bom.txt", "crlf.txt"}:
        assert data["text"] == SEED  # every character, in any encoding
    if name == "markup.txt":
        assert "[@click=app.quit]点我[/]" in data["text"]
    if name == "escapes.txt":
        assert data["text"] == "标题\n\n正文第一段反向。\n"


UNREADABLE = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \n\t\r\n  \n", "empty"),
    "binary.bin": (bytes(range(256)) * 64, "binary"),
    "nav.html": (
        b"<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav></body></html>",
        "no article text",
    ),
}


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_unreadable_input_is_one_line_and_exit_2(tmp_path: Path, name: str) -> None:
    data, message = UNREADABLE[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = export(path)
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1 and message in result.stderr.decode()


def test_a_20_mb_article_exports(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text((SEED + "\n\n") * 2500, encoding="utf-8")  # about 21 MB
    assert path.stat().st_size > 20_000_000
    data = ok(export(path))
    assert len(data["sections"]) > 1000 and len(data["figures"]) > 90_000
