"""Run every ``bench/bench_*.py``, each in a fresh Python process, and print their figures.

Usage: ``python bench/run.py [NAME ...]`` where NAME selects ``bench_NAME.py`` (default: all).
Benchmarks print figures and never fail on time; the exit status is non-zero only when a
benchmark script itself crashed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    wanted = set(argv)
    found = sorted(HERE.glob("bench_*.py"))
    scripts = [s for s in found if not wanted or s.stem.removeprefix("bench_") in wanted]
    if not scripts:
        names = ", ".join(s.stem.removeprefix("bench_") for s in found)
        print(f"no benchmark matches {sorted(wanted)}; have: {names}")
        return 2
    failed = []
    for script in scripts:
        print(f"\n=== {script.name} ===", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(script)], cwd=HERE.parent)
        print(f"=== {script.name}: {'ok' if code == 0 else f'FAILED (exit {code})'} "
              f"in {time.perf_counter() - started:.1f} s ===", flush=True)
        if code:
            failed.append(script.name)
    if failed:
        print(f"\nbenchmarks that crashed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
