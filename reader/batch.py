"""Batch export: many articles (folders, files) analysed in a process pool, one JSON line each.

`bayreader export DIR|FILE... --format jsonl --output PATH [--jobs N]` runs the same analysis
as the single-article export over every article under the paths, on every core. It is made for
archives that are large and imperfect:
- a bad file never stops the batch: it goes to `PATH.errors.tsv` with its one-line reason;
- each article has an id (a hash of its sanitised text, as the reader's positions use), and a
  rerun over the same output skips the articles already there, so an interrupted run resumes;
- the output is written to a temporary file beside it and renamed into place at the end (and
  after every chunk), so a killed run never leaves half a line behind.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"})
_CHUNK = 64
"""Articles handed out and written back at a time: the output is renamed into place after each."""


def articles_under(paths: Iterable[str]) -> list[Path]:
    """Every article file under `paths` (folders searched recursively), in a stable order."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def analyse(path: Path, skip: frozenset[str] = frozenset()) -> tuple[str, str, str]:
    """(id, the export's JSON on one line, "") for an article, (id, "", "") for one already
    in the output (`skip`), or ("", "", reason) if it cannot be read. Runs in a worker: a
    process of the pool, or a Dask worker."""
    from reader.core.analysis import analyze
    from reader.core.sources import SourceError, open_article, shown_path
    from reader.export import to_dict
    from reader.state import article_key

    try:
        document = open_article(str(path))
    except SourceError as error:
        return "", "", str(error)
    key = article_key(document.text)
    if key in skip:
        return key, "", ""
    try:
        article = analyze(document.text, source=document.source, headings=document.headings)
        data: dict[str, Any] = {"id": key, **to_dict(article)}
        return key, json.dumps(data, ensure_ascii=False), ""
    except Exception as error:
        return "", "", f"{shown_path(str(path))}: {type(error).__name__}: {error}"


def _done_ids(output: Path) -> tuple[list[str], set[str]]:
    """The lines already written (an earlier, maybe interrupted, run) and their ids."""
    try:
        lines = output.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return [], set()
    kept, ids = [], set()
    for line in lines:
        try:
            key = json.loads(line)["id"]
        except (ValueError, KeyError, TypeError):
            continue  # a damaged line is dropped, its article done again
        kept.append(line)
        ids.add(key)
    return kept, ids


def _write(path: Path, lines: list[str]) -> None:
    from reader.state import write_atomically

    write_atomically(path, "".join(line + "\n" for line in lines))


def _chunks(items: list[Path]) -> Iterator[list[Path]]:
    for first in range(0, len(items), _CHUNK):
        yield items[first : first + _CHUNK]


def run(
    paths: list[str],
    output: str,
    jobs: int | None = None,
    engine: str = "processes",
    scheduler: str | None = None,
) -> int:
    """Export every article under `paths` to `output` (JSON Lines); returns the exit status:
    0, or 1 if any article failed (the others are written all the same).

    `engine`: "processes" (a pool of `jobs` processes here) or "dask" (the same function on a
    Dask cluster: the one at `scheduler`, or a LocalCluster of `jobs` workers)."""
    files = articles_under(paths)
    target = Path(output)
    written, done = _done_ids(target)
    skip = frozenset(done)
    errors: list[str] = []
    jobs = jobs or os.cpu_count() or 1
    progress = _progress(len(files))
    new = 0
    seen = set(done)
    with _engine(engine, jobs, scheduler) as mapper:
        results = mapper(analyse, files, skip)  # in order, as they are done: all in flight
        for chunk in _chunks(files):
            for path, (key, line, reason) in zip(chunk, results, strict=False):
                progress(1)
                if reason:
                    errors.append(f"{path}\t{reason}")
                elif line and key not in seen:
                    seen.add(key)
                    written.append(line)
                    new += 1
            _write(target, written)
    if errors:
        _write(target.with_name(target.name + ".errors.tsv"), errors)
    progress(0, end=True)
    skipped = len(files) - new - len(errors)
    print(
        f"bayreader export: {new} articles written to {target}, {skipped} already there or"
        f" repeated, {len(errors)} failed" + (f" (see {target.name}.errors.tsv)" if errors else ""),
        file=sys.stderr,
    )
    return 1 if errors else 0


@contextmanager
def _engine(name: str, jobs: int, scheduler: str | None) -> Iterator[Any]:
    """A function mapping `analyse` over a chunk, on the chosen engine."""
    if name == "dask":
        from dask.distributed import Client, LocalCluster

        cluster = None if scheduler else LocalCluster(n_workers=jobs, threads_per_worker=1)
        client = Client(scheduler or cluster)

        def mapped(function: Any, files: list[Path], skip: frozenset[str]) -> Iterator[Any]:
            # a few articles a task: one task an article spent a third of the time on Dask's
            # own bookkeeping (13 ms of work each); the skipped ids travel once, not per task
            batches = [files[i : i + _PER_TASK] for i in range(0, len(files), _PER_TASK)]
            [shared] = client.scatter([skip], broadcast=True)  # a list: its item is the set
            run = partial(_analyse_all, function)
            futures = client.map(run, batches, skip=shared, pure=False)
            step = max(1, _CHUNK // _PER_TASK)
            for first in range(0, len(futures), step):  # one round trip a chunk
                for done in client.gather(futures[first : first + step]):
                    yield from done

        try:
            yield mapped
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield lambda function, files, skip: pool.map(
            partial(function, skip=skip), files, chunksize=4
        )


_PER_TASK = 8
"""Articles in one Dask task."""


def _analyse_all(function: Any, paths: list[Path], skip: frozenset[str]) -> list[Any]:
    return [function(path, skip) for path in paths]


def _progress(total: int):  # type: ignore[no-untyped-def]
    """A progress bar on a terminal (rich), nothing when stderr is piped."""
    if not sys.stderr.isatty():
        return lambda step, end=False: None
    from rich.progress import Progress

    bar = Progress(transient=True)
    task = bar.add_task("analysing", total=total)
    bar.start()

    def advance(step: int, end: bool = False) -> None:
        bar.advance(task, step)
        if end:
            bar.stop()

    return advance


def to_parquet(jsonl: Path, folder: Path) -> None:
    """The articles of a JSON Lines export as five Parquet tables keyed by article id, for
    DuckDB or pandas: articles, sections, speakers, quotes and figures (pyarrow, the
    `parquet` extra). Each table is written aside and renamed into place."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows: dict[str, list[dict[str, Any]]] = {
        "articles": [],
        "sections": [],
        "speakers": [],
        "quotes": [],
        "figures": [],
    }
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        key = article["id"]
        rows["articles"].append(
            {
                "id": key,
                "title": article["title"],
                "source": article["source"],
                "characters": len(article["text"]),
                "text": article["text"],
            }
        )
        for index, section in enumerate(article["sections"]):
            rows["sections"].append({"id": key, "index": index, **section})
        for index, speaker in enumerate(article["speakers"]):
            rows["speakers"].append(
                {
                    "id": key,
                    "speaker": index,
                    "name": speaker["name"],
                    "title": speaker["title"],
                    "group": speaker["group"],
                    "quotes": len(speaker["quotes"]),
                }
            )
            for quote in speaker["quotes"]:
                rows["quotes"].append(
                    {"id": key, "speaker": index, "name": speaker["name"], **quote}
                )
        for figure in article["figures"]:
            value = figure["value"]
            number = float(value) if isinstance(value, int | float) else None
            rows["figures"].append(
                {
                    **{k: v for k, v in figure.items() if k != "value"},
                    "id": key,
                    "value": number,
                    "value_text": None if number is not None else value,
                }
            )
    folder.mkdir(parents=True, exist_ok=True)
    for name, table_rows in rows.items():
        table = (
            pa.Table.from_pylist(table_rows)
            if table_rows
            else pa.table({"id": pa.array([], pa.string())})
        )
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        os.close(handle)
        try:
            pq.write_table(table, temp)
            os.replace(temp, folder / f"{name}.parquet")
        except BaseException:
            os.unlink(temp)
            raise
