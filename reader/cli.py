"""The `bayreader` command: open the reader, or export the analysis for scripts.

The TUI (and so textual) is imported only when the reader opens, so `bayreader export`
starts quickly and works where no terminal is attached.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, NoReturn, TextIO

from reader import __version__

if TYPE_CHECKING:
    from reader.core.model import Article
    from reader.core.persons import Labels
    from reader.core.sources import Document
    from reader.prefetch import FirstReadings

EXIT_USAGE = 2
EXIT_FAILURE = 1


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (and exit 2), not a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def _reader_parser() -> _Parser:
    parser = _Parser(
        prog="bayreader",
        description="A terminal reader for Chinese news. Subcommands: export, pinyin, vocab (see 'bayreader export --help').",
    )
    parser.add_argument(
        "path",
        nargs="?",
        help="article to open (.txt, .md, .html); '-' reads stdin; default: the bundled article",
    )
    parser.add_argument("--version", action="version", version=f"bayreader {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def _export_parser() -> _Parser:
    from reader.export import FORMATS, TABLES

    parser = _Parser(
        prog="bayreader export",
        description="Print the analysis of an article; with folders, several files or"
        " --format jsonl, of every article under them (one JSON line each, to --output).",
    )
    parser.add_argument(
        "path",
        nargs="*",
        help="article (.txt, .md, .html) or folder; '-' reads stdin; default: the bundled article",
    )
    parser.add_argument(
        "--jobs", "-j", type=int, help="with many articles: processes to run (default: cores)"
    )
    parser.add_argument(
        "--engine",
        choices=("processes", "dask"),
        default="processes",
        help="with many articles: a process pool here, or a Dask cluster (bayreader[dask])",
    )
    parser.add_argument("--scheduler", help="with --engine dask: the cluster's address")
    parser.add_argument(
        "--format", default="json", choices=FORMATS, help="output format (default json)"
    )
    parser.add_argument("--output", "-o", help="write to this file instead of stdout")
    parser.add_argument(
        "--table",
        default="sections",
        choices=TABLES,
        help="with --format csv: which table (default sections)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def _pinyin_parser() -> _Parser:
    parser = _Parser(
        prog="bayreader pinyin", description="Annotate text with pinyin, line by line."
    )
    parser.add_argument(
        "path", nargs="?", help="text file; '-' reads stdin; default: the bundled article"
    )
    parser.add_argument(
        "--style",
        default="marks",
        choices=("marks", "numbers"),
        help="tone marks (zhòng) or numbers (zhong4, neutral 5, ü as v)",
    )
    parser.add_argument(
        "--format",
        default="text",
        choices=("text", "json"),
        help="text: pinyin beside each word; json: one array of tokens per line",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def _vocab_parser() -> _Parser:
    from reader.vocab import VOCAB_FORMATS

    parser = _Parser(
        prog="bayreader vocab",
        description="Print the words saved in the reader (s), for a spreadsheet or Anki.",
    )
    parser.add_argument(
        "--format",
        default="csv",
        choices=VOCAB_FORMATS,
        help="csv: with a header row; anki: tab-separated notes for File > Import (default csv)",
    )
    parser.add_argument("--output", "-o", help="write to this file instead of stdout")
    parser.add_argument("--clear", action="store_true", help="empty the list (asks first)")
    parser.add_argument("--yes", "-y", action="store_true", help="with --clear: do not ask")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def _run_vocab(args: argparse.Namespace) -> int:
    from reader.vocab import SavedWords, render

    saved = SavedWords()
    words = saved.load()
    if saved.store.warning:
        print(f"bayreader: warning: {saved.store.warning}", file=sys.stderr)
    if args.clear:
        if not words:
            print("No saved words to clear.", file=sys.stderr)
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                return _fail("--clear asks for confirmation on a terminal; add --yes to skip it")
            answer = input(f"Delete all {len(words)} saved words? [y/N] ")
            if answer.strip().lower() not in {"y", "yes"}:
                print("Nothing deleted.", file=sys.stderr)
                return 1
        print(f"Deleted {saved.clear()} saved words.", file=sys.stderr)
        return 0
    output = render(words, args.format)
    _emit(output, args.output)
    if not words:
        print("No saved words yet: press s on a word in the reader.", file=sys.stderr)
    return 0


def _fail(message: str, status: int = EXIT_USAGE) -> int:
    print(f"bayreader: error: {message}", file=sys.stderr)
    return status


def _emit(output: str | Callable[[TextIO], object], path: str | None) -> None:
    """Write a command's output (text, or a function that writes it to a file) to `path`
    (atomically) or to stdout."""
    if path:
        from reader.state import write_atomically

        write_atomically(path, output)
    else:
        if isinstance(output, str):
            sys.stdout.write(output)
        else:
            output(sys.stdout)
        sys.stdout.flush()


def _run_export(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from reader.core.analysis import analyze_structure, with_speakers
    from reader.core.segment import tokenizer
    from reader.core.sources import SourceError, open_article
    from reader.export import beside_speakers, render, user_brief, write_json
    from reader.forked import Forked, Handed

    paths: list[str] = args.path
    many = len(paths) > 1 or any(os.path.isdir(p) for p in paths)
    if args.format in {"jsonl", "parquet"} or many:
        if args.format not in {"jsonl", "parquet"} or not args.output:
            raise SourceError("many articles export as --format jsonl|parquet --output PATH")
        return _run_batch(paths, args)
    document = _noted(open_article(paths[0] if paths else None))
    as_json = args.format == "json"  # with the brief, which the child counts too
    structure = analyze_structure(document.text, source=document.source, headings=document.headings)
    tokenizer()  # loaded once, before the fork: the child's half needs it too and is as long
    labels: Handed[tuple[str, bool], Labels] = Handed()
    side = Forked(beside_speakers, structure, as_json, labels)
    labels.forked()
    article = with_speakers(structure, lambda text, simplified: labels.get((text, simplified)))
    labels.close()  # a child still sending must not wait on it (its own half is wanted next)
    figures, counted = side.result()
    article = replace(article, figures=figures)
    if as_json:
        _emit(partial(write_json, article, brief=user_brief(article, counted)), args.output)
    else:
        _emit(render(article, args.format, args.table), args.output)
    return 0


def _run_batch(paths: list[str], args: argparse.Namespace) -> int:
    """Many articles: JSON Lines at --output, or Parquet tables in the folder --output (with
    their JSON Lines beside them, which is what a rerun resumes from)."""
    from pathlib import Path

    from reader.batch import run, to_parquet

    if args.engine == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError:
            from reader.core.sources import SourceError

            raise SourceError("--engine dask needs dask: pip install 'bayreader[dask]'") from None
    if args.format == "jsonl":
        return run(paths, args.output, args.jobs, args.engine, args.scheduler)
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        from reader.core.sources import SourceError

        raise SourceError(
            "--format parquet needs pyarrow: pip install 'bayreader[parquet]'"
        ) from None
    folder = Path(args.output)
    folder.mkdir(parents=True, exist_ok=True)
    status = run(paths, str(folder / "articles.jsonl"), args.jobs, args.engine, args.scheduler)
    to_parquet(folder / "articles.jsonl", folder)
    return status


_PINYIN_CHUNK = 2000


def _run_pinyin(args: argparse.Namespace) -> int:
    """One output line per input line; lines go to the context model in chunks, so a long
    stdin streams out instead of waiting for the end."""
    import json

    from reader.core.pinyin import annotate_many, styled
    from reader.core.sources import open_article
    from reader.core.text import is_han

    lines = _noted(open_article(args.path, markup=False)).text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out = sys.stdout
    for first in range(0, len(lines), _PINYIN_CHUNK):
        chunk = lines[first : first + _PINYIN_CHUNK]
        for tokens in annotate_many(chunk):
            if args.format == "json":
                row = [
                    {"text": t.text, "pinyin": [styled(r, args.style) for r in t.pinyin]}
                    for t in tokens
                ]
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                out.write(
                    "".join(
                        f"{t.text}({' '.join(styled(r, args.style) for r in t.pinyin if r)})"
                        if any(is_han(c) for c in t.text)
                        else t.text
                        for t in tokens
                    )
                    + "\n"
                )
    out.flush()
    return 0


def _reattach_terminal() -> None:
    """After an article was piped in on stdin, read keys from the terminal instead."""
    if not sys.stdin.isatty():
        try:
            fd = os.open("/dev/tty", os.O_RDONLY)
        except OSError:
            raise OSError("no terminal to read keys from (stdin was the article)") from None
        os.dup2(fd, 0)
        os.close(fd)
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 - lives as stdin


def _run_reader(args: argparse.Namespace) -> int:
    from reader.core.analysis import analyze_structure
    from reader.core.sources import open_article

    if args.path and args.path != "-" and os.path.isdir(args.path):
        return _run_library(args.path)

    document = open_article(args.path)
    # speakers and figures are found beside the readings' child (reader/prefetch.py)
    article = analyze_structure(document.text, source=document.source, headings=document.headings)
    if not sys.stdout.isatty():
        return _fail("the reader needs a terminal; use 'bayreader export' for scripts")
    _reattach_terminal()
    from reader.state import load_config

    config, warning = load_config()
    notes = document.notes
    while True:  # `o` in the reader opens another article: a new app on it
        # forked before Textual is imported: see reader/prefetch.py
        first = _prefetch(article)
        from reader.prefetch import start_analysis

        analysis = first.analysis if first is not None else start_analysis(article)
        from reader.tui.app import ReaderApp

        app = ReaderApp(
            article,
            config=config,
            warning=warning,
            notes=notes,
            analysed=False,
            first_readings=first,
            analysis=analysis,
        )
        app.run()
        if first is not None:
            first.close()
        analysis.close()
        if app.next_article is None or app.return_code:
            return app.return_code or 0
        article, warning, notes = app.next_article, None, app.next_notes


def _run_library(folder: str) -> int:
    """`bayreader DIR`: the folder's articles in a library screen, each opened from there."""
    from reader.core.sources import SourceError, shown_path
    from reader.library import folder_articles

    paths = folder_articles(folder)
    if not paths:
        raise SourceError(f"{shown_path(folder)}: no articles (.txt, .md, .html) in this folder")
    if not sys.stdout.isatty():
        return _fail("the reader needs a terminal; use 'bayreader export DIR' for scripts")
    _reattach_terminal()
    from reader.state import load_config
    from reader.tui.app import ReaderApp

    config, warning = load_config()
    app = ReaderApp(None, library=paths, config=config, warning=warning)
    app.run()
    return app.return_code or 0


def _noted(document: Document) -> Document:
    """Say on stderr what reading the file had to mend (the output itself stays clean)."""
    for note in document.notes:
        print(f"bayreader: warning: {note}", file=sys.stderr)
    return document


def _prefetch(article: Article) -> FirstReadings | None:
    """Start annotating the section the reader will open on (where the user left it)."""
    from reader.prefetch import start
    from reader.state import Positions, article_key

    try:
        section = Positions().get(article_key(article.text)).section
    except OSError:
        section = 0
    return start(article, min(section, len(article.sections) - 1))


def _say_folder_warnings() -> None:
    """One line each for a user folder that could not be used (the command still worked)."""
    from reader.core import userdirs

    for warning in dict.fromkeys(userdirs.warnings):
        print(f"bayreader: warning: {warning}", file=sys.stderr)


def _utf8_output() -> None:
    """Chinese text is written as UTF-8 whatever PYTHONIOENCODING or the locale says (an
    ASCII stdout ended every command in a UnicodeEncodeError)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


_finished: list[int] = []  # the status `main` returned, once it has


def _end_now() -> None:
    """The last exit handler: end the process without tearing the interpreter down.

    Freeing jieba's dictionary, the pinyin model and the glossary one object at a time took
    half a second after q (the shell's prompt came back that much later) and a fifth of a
    second after `bayreader pinyin`. By now every thread has been joined and every other exit
    handler has run (this one was registered first, so it runs last); only a command that
    returned its status ends here, an exception or argparse's exit tears down as usual."""
    if _finished:
        import contextlib

        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):  # a closed pipe, a closed stderr
                stream.flush()
        os._exit(_finished[0])


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `bayreader` console script; returns the exit status."""
    if argv is None:  # the console script, not a caller in this process (tests, benchmarks)
        import atexit

        atexit.register(_end_now)
        status = _main(sys.argv[1:])
        _finished.append(status)
        return status
    return _main(argv)


def _main(argv: list[str]) -> int:
    from reader.core.sources import SourceError

    _utf8_output()
    if argv[:1] == ["export"]:
        args, run = _export_parser().parse_args(argv[1:]), _run_export
    elif argv[:1] == ["pinyin"]:
        args, run = _pinyin_parser().parse_args(argv[1:]), _run_pinyin
    elif argv[:1] == ["vocab"]:
        args, run = _vocab_parser().parse_args(argv[1:]), _run_vocab
    else:
        args, run = _reader_parser().parse_args(argv), _run_reader
    try:
        status = run(args)
        _say_folder_warnings()
        return status
    except SourceError as error:
        return _fail(str(error))
    except (KeyboardInterrupt, EOFError):
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader of our output went away (e.g. `| head`): not an error
        return 0
    except Exception as error:
        if args.debug:
            raise
        return _fail(
            f"{type(error).__name__}: {error} (run with --debug for details)", EXIT_FAILURE
        )
