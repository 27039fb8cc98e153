"""Batch export over a corpus: articles/s by engine and size, and memory per worker.

    .venv/bin/python benchmarks/corpus.py [--sizes 500,1000,2000]

The corpus is made from the shared development articles (and the bundled one), each copy
given a line of its own so that every file is a distinct article (ids differ). Every figure is
taken in this run, so the ratios hold on a noisy machine:
- articles/s of `bayreader export DIR --format jsonl` with --jobs 1 and --jobs 2, and with
  `--engine dask` (a LocalCluster of 2 workers; needs bayreader[dask]);
- the time per article at each size (the cost should grow linearly);
- peak memory of the largest process (ru_maxrss of the children).
Goals (issue 16): --jobs 2 >= 1.7x --jobs 1; Dask within 25% of the pool; <= 300 MB a worker.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BAYREADER_SHARED", ROOT.parent / "shared"))


def corpus(folder: Path, size: int) -> None:
    texts = [(ROOT / "assets" / "guangshen-digital-economy.txt").read_text(encoding="utf-8")]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted((SHARED / "dev" / "articles").glob("*.txt"))
    ]
    for n in range(size):
        text = texts[n % len(texts)]
        (folder / f"{n // 100:03d}").mkdir(exist_ok=True)
        (folder / f"{n // 100:03d}" / f"a{n:05d}.txt").write_text(
            f"{text.rstrip()}\n\n（编号 {n}）\n", encoding="utf-8"
        )


def export(folder: Path, output: Path, *args: str) -> tuple[float, float]:
    """(seconds, peak RSS in MB of any child so far) of one batch export."""
    command = [sys.executable, "-m", "reader", "export", str(folder), "--format", "jsonl"]
    started = time.perf_counter()
    subprocess.run([*command, "--output", str(output), *args], check=False, capture_output=True)
    seconds = time.perf_counter() - started
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def library(folder: Path, size: int) -> None:
    """The library's index of `size` articles (what `bayreader DIR` shows), in a child process
    with an empty cache: time to the first row, the whole index cold, then warm (cached)."""
    probe = """
import sys, tempfile, time, os
os.environ["BAYREADER_CACHE"] = tempfile.mkdtemp()
from reader.library import folder_articles, index
started = time.perf_counter()
paths = folder_articles(sys.argv[1])
first = None
for n, _ in enumerate(index(paths), 1):
    first = first or time.perf_counter() - started
cold = time.perf_counter() - started
started = time.perf_counter()
list(index(folder_articles(sys.argv[1])))
print(first, cold, time.perf_counter() - started)
"""
    result = subprocess.run(
        [sys.executable, "-c", probe, str(folder)], capture_output=True, text=True
    )
    first, cold, warm = (float(x) for x in result.stdout.split())
    print(
        f"{size:5} articles, library index: first row {first:.2f} s (goal <= 1 s), all {cold:.1f} s"
        f" cold (goal <= 60 s for 1,000), {warm:.2f} s warm (goal <= 2 s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="500,1000,2000")
    parser.add_argument("--library-only", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    try:
        import distributed  # noqa: F401

        engines = [("--jobs 1", ["-j", "1"]), ("--jobs 2", ["-j", "2"])]
        engines.append(("dask, 2 workers", ["--engine", "dask", "-j", "2"]))
    except ImportError:
        engines = [("--jobs 1", ["-j", "1"]), ("--jobs 2", ["-j", "2"])]
    work = Path(tempfile.mkdtemp(prefix="bayreader-corpus-"))
    try:
        for size in sizes:
            folder = work / f"corpus-{size}"
            folder.mkdir()
            corpus(folder, size)
            library(folder, size)
            if args.library_only:
                continue
            rates = {}
            for index, (name, extra) in enumerate(engines):
                output = work / f"out-{size}-{index}.jsonl"  # each run from an empty output
                seconds, peak = export(folder, output, *extra)
                rates[name] = size / seconds
                print(
                    f"{size:5} articles, {name:16}: {seconds:6.1f} s  {size / seconds:6.1f}"
                    f" articles/s  {1000 * seconds / size:5.1f} ms each  (peak so far {peak:.0f} MB)"
                )
            one, two = rates["--jobs 1"], rates["--jobs 2"]
            line = f"{size:5} articles: --jobs 2 is {two / one:.2f}x --jobs 1 (goal >= 1.7x)"
            if "dask, 2 workers" in rates:
                line += f"; dask is {rates['dask, 2 workers'] / two:.2f}x the pool (goal >= 0.75x)"
            print(line)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
