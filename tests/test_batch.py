"""Batch export: a folder of articles to JSON Lines, in a process pool, resumable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SEED = (Path(__file__).resolve().parents[1] / "assets" / "guangshen-digital-economy.txt").read_text(
    encoding="utf-8"
)


def export(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "export", *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd,
    )


def _archive(root: Path) -> Path:
    folder = root / "archive"
    (folder / "2020" / "12").mkdir(parents=True)
    (folder / "seed.txt").write_text(SEED, encoding="utf-8")
    (folder / "2020" / "12" / "short.md").write_text(
        "# 短讯\n\n李峰表示，广州未来还将推出更多应用场景。\n", encoding="utf-8"
    )
    (folder / "2020" / "copy.txt").write_text(SEED, encoding="utf-8")  # the same article again
    (folder / "2020" / "empty.txt").write_text("", encoding="utf-8")
    (folder / "notes.csv").write_text("not,an,article\n", encoding="utf-8")  # not looked at
    return folder


def test_a_folder_exports_one_line_per_article_and_lists_what_failed(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    result = export(str(folder), "--format", "jsonl", "--output", "out.jsonl", cwd=tmp_path)
    assert result.returncode == 1  # one file failed; the others are written all the same
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines]
    assert sorted(a["title"] for a in articles) == sorted(["短讯", SEED.splitlines()[0]])
    assert all(len(a["id"]) == 24 and a["sections"] and "text" in a for a in articles)
    errors = (tmp_path / "out.jsonl.errors.tsv").read_text(encoding="utf-8").splitlines()
    assert len(errors) == 1 and errors[0].endswith("empty file: no article text")
    assert "2 articles written" in result.stderr and "1 failed" in result.stderr


def test_a_rerun_skips_what_is_done_and_one_process_gives_the_same(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    export(str(folder), "--format", "jsonl", "-o", "out.jsonl", "-j", "2", cwd=tmp_path)
    first = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    again = export(str(folder), "--format", "jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert "0 articles written" in again.stderr
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == first
    export(str(folder), "--format", "jsonl", "-o", "one.jsonl", "-j", "1", cwd=tmp_path)
    assert sorted((tmp_path / "one.jsonl").read_text(encoding="utf-8").splitlines()) == sorted(
        first.splitlines()
    )
    assert not list(tmp_path.glob(".*.tmp"))  # nothing half-written left behind


def test_many_articles_need_jsonl_and_an_output(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    result = export(str(folder), cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "--format jsonl|parquet --output" in result.stderr


def test_parquet_tables_are_keyed_by_article_id(tmp_path: Path) -> None:
    pq = __import__("pytest").importorskip("pyarrow.parquet")
    folder = _archive(tmp_path)
    result = export(str(folder), "--format", "parquet", "--output", "tables", cwd=tmp_path)
    assert result.returncode == 1, result.stderr  # the empty file
    tables = {
        name: pq.read_table(tmp_path / "tables" / f"{name}.parquet").to_pylist()
        for name in ("articles", "sections", "speakers", "quotes", "figures")
    }
    ids = {row["id"] for row in tables["articles"]}
    assert len(ids) == 2
    for name in ("sections", "speakers", "quotes", "figures"):
        assert tables[name] and {row["id"] for row in tables[name]} <= ids
    seed = next(r["id"] for r in tables["articles"] if r["title"] == SEED.splitlines()[0])
    figures = [r for r in tables["figures"] if r["id"] == seed]
    assert len(figures) == 41 and any(r["value_text"] == "12月17日" for r in figures)
    assert any(r["name"] == "李峰" for r in tables["speakers"])


def test_a_dask_cluster_gives_what_the_process_pool_gives(tmp_path: Path) -> None:
    """--engine dask runs the same per-article function on a 2-worker LocalCluster."""
    __import__("pytest").importorskip("distributed")
    folder = _archive(tmp_path)
    export(str(folder), "--format", "jsonl", "-o", "pool.jsonl", cwd=tmp_path)
    result = export(
        str(folder),
        "--format",
        "jsonl",
        "-o",
        "dask.jsonl",
        "--engine",
        "dask",
        "-j",
        "2",
        cwd=tmp_path,
    )
    assert result.returncode == 1 and "2 articles written" in result.stderr, result.stderr
    pool = (tmp_path / "pool.jsonl").read_text(encoding="utf-8").splitlines()
    dask = (tmp_path / "dask.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(dask) == sorted(pool)
