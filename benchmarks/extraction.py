"""Print section / speaker / figure scores on the shared development set.

Runs the shared scorer (../shared/tools/score_extraction.py) against the `bayreader` installed
beside this Python, exactly as the unseen articles are scored:

    .venv/bin/python benchmarks/extraction.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BAYREADER_SHARED", ROOT.parent / "shared"))


def main() -> int:
    beside = Path(sys.executable).parent / "bayreader"
    command = str(beside) if beside.exists() else shutil.which("bayreader")
    if command is None:
        print("bayreader is not installed: run the README's first command", file=sys.stderr)
        return 2
    scorer = SHARED / "tools" / "score_extraction.py"
    dev = SHARED / "dev"
    return subprocess.call([sys.executable, str(scorer), command, "gold", "articles"], cwd=dev)


if __name__ == "__main__":
    raise SystemExit(main())
