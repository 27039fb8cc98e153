"""Print section / speaker / figure scores on the shared development set, in two parts.

`shared/dev` is split once, here: the articles named in HELD_ASIDE are the team's own check and
are never tuned on (no rule, word or threshold is changed by looking at them); the rest is
what the extraction is developed against. Both scores are printed, so a change that helps the
tuned part and hurts the kept-aside part shows at once.

Each article is analysed in this process exactly as `bayreader export --format json` does
(open_article → analyze → to_dict) and scored with the shared scorer's own matching rules
(../shared/tools/score_extraction.py). `--installed` runs that scorer on the installed command
instead, over the whole set, as the team measures.

    .venv/bin/python benchmarks/extraction.py [--verbose] [--installed]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BAYREADER_SHARED", ROOT.parent / "shared"))
# A third of the 21 articles, spread over the outlets (人民日报 print, Taiwan, Hong Kong).
HELD_ASIDE = ("dev09", "dev11", "dev13", "dev15", "dev17", "dev19", "dev20")


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location(
        "score_extraction", SHARED / "tools" / "score_extraction.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _export(path: Path) -> dict[str, Any]:
    from reader.core.analysis import analyze
    from reader.core.sources import open_article
    from reader.export import to_dict

    document = open_article(str(path))
    article = analyze(document.text, source=document.source, headings=document.headings)
    return to_dict(article)


def score(names: list[str], verbose: bool) -> str:
    sc = _scorer()
    dev = SHARED / "dev"
    tot = {k: [0, 0, 0] for k in ("spk", "fig", "sec")}
    titles = [0, 0]
    values = [0, 0]
    for name in names:
        gold = json.loads((dev / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        out = _export(dev / "articles" / gold.get("article", f"{name}.txt"))
        gs = {sc.norm(s["name"]): s for s in gold.get("speakers", [])}
        ps = {
            sc.norm(s.get("name")): s
            for s in out.get("speakers", [])
            if not s.get("group") and s.get("name")
        }
        hits = set(gs) & set(ps)
        for n in hits:
            gt, pt = sc.norm(gs[n].get("title")), sc.norm(ps[n].get("title"))
            if gt:
                titles[1] += 1
                titles[0] += bool(pt) and (gt in pt or pt in gt)
        tot["spk"][0] += len(hits)
        tot["spk"][1] += len(ps)
        tot["spk"][2] += len(gs)
        pairs = sc.match_figures(gold.get("figures", []), out.get("figures", []))
        for g, p in pairs:
            ok = sc.value_ok(g, p)
            if ok is not None:
                values[1] += 1
                values[0] += ok
        tot["fig"][0] += len(pairs)
        tot["fig"][1] += len(out.get("figures", []))
        tot["fig"][2] += len(gold.get("figures", []))
        gsec = {sc.norm(s) for s in gold.get("sections", [])}
        psec = {sc.norm(s.get("title")) for s in out.get("sections", []) if s.get("title")}
        psec = {s for s in psec if s and s != sc.norm(gold.get("title"))}
        tot["sec"][0] += len(gsec & psec)
        tot["sec"][1] += len(psec)
        tot["sec"][2] += len(gsec)
        if verbose:
            print(
                f"  {name}: speakers {len(hits)}/{len(gs)} missing={sorted(set(gs) - set(ps))} "
                f"extra={sorted(set(ps) - set(gs))}; sections {len(gsec & psec)}/{len(gsec)} "
                f"missing={sorted(gsec - psec)} extra={sorted(psec - gsec)}; "
                f"figures {len(pairs)}/{len(gold.get('figures', []))} "
                f"(pred {len(out.get('figures', []))})"
            )
    p = {k: sc.prf(*v) for k, v in tot.items()}
    return (
        "speakers P/R/F1 {:.2f}/{:.2f}/{:.2f} | sections {:.2f}/{:.2f}/{:.2f} | figures {:.2f}/{:.2f}/{:.2f}".format(
            *p["spk"], *p["sec"], *p["fig"]
        )
        + f" | titles {titles[0]}/{titles[1]} | values {values[0]}/{values[1]}"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--installed", action="store_true")
    args = ap.parse_args()
    dev = SHARED / "dev"
    if not dev.is_dir():
        print(f"no development set at {dev}", file=sys.stderr)
        return 2
    if args.installed:
        beside = Path(sys.executable).parent / "bayreader"
        command = str(beside) if beside.exists() else shutil.which("bayreader")
        if command is None:
            print("bayreader is not installed: run the README's first command", file=sys.stderr)
            return 2
        scorer = SHARED / "tools" / "score_extraction.py"
        return subprocess.call([sys.executable, str(scorer), command, "gold", "articles"], cwd=dev)
    names = sorted(p.stem for p in (dev / "gold").glob("*.json"))
    tuned = [n for n in names if n not in HELD_ASIDE]
    held = [n for n in names if n in HELD_ASIDE]
    started = time.perf_counter()
    print(f"tuned on ({len(tuned)} articles):")
    print("  " + score(tuned, args.verbose))
    print(f"kept aside, never tuned on ({len(held)} articles: {' '.join(held)}):")
    print("  " + score(held, verbose=False))  # no detail: nothing is tuned on these
    print(f"all {len(names)}: see --installed for the shared scorer's own run")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
