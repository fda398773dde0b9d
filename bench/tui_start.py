"""Cold start of the terminal UI, for ``bench_tui.py``: a fresh Python process opens a copy of
the sample workspace in the UI (headless, 80×24, through ``open_app``) against a minimal
Textual app started the same way, and the ``emulation tui`` command (the command line read
first, Textual's terminal driver writing the screen) against the minimal app started with
its driver too, run for run; each prints when each of its screens was first drawn, measured
from the moment the process was started."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

RUNS = 7

# Both apps print the moment (CLOCK_MONOTONIC, shared by every process) each screen's first
# frame was drawn (the end of its first compositor refresh that Textual writes to the
# terminal: none while it holds the screen, in a batch of updates such as the start's or
# the 50 ms after a mode switch), and exit once their content is on screen: the minimal
# app's one Static, the UI's dashboard with the bloc's units.
_FRAMES = """
import time
from textual.screen import Screen

FRAMES = {}
_refresh = Screen._compositor_refresh

def _refreshed(screen):
    _refresh(screen)
    if screen.app._batch_count:  # held: nothing written
        return
    FRAMES.setdefault(type(screen).__name__, time.monotonic())
    if type(screen).__name__ in DONE:
        screen.app.call_later(screen.app.exit)

Screen._compositor_refresh = _refreshed
"""

_MINIMAL = _FRAMES + """
import sys
from textual.app import App
from textual.widgets import Static

DONE = ("Screen",)

class Minimal(App[None]):
    def compose(self):
        yield Static("ready")

if sys.argv[1:] == ["driver"]:  # started as a program is, its driver writing the screen
    Minimal().run()
else:
    Minimal().run(headless=True, size=(80, 24))
print(" ".join(f"{name}={moment!r}" for name, moment in FRAMES.items()))
"""

_OURS = _FRAMES + """
import sys
from pathlib import Path
from emulation_tui.app import open_app

DONE = ("DashboardScreen",)
app = open_app(Path(sys.argv[1]))
app.run(headless=True, size=(80, 24))
for session in app.opened:
    session.close()
print(" ".join(f"{name}={moment!r}" for name, moment in FRAMES.items()))
"""

# The same UI started as the ``emulation tui`` command starts it: the command line read first.
_COMMAND = _FRAMES + """
import sys
from emulation_cli import main

DONE = ("DashboardScreen",)
main(["tui", sys.argv[1]])
print(" ".join(f"{name}={moment!r}" for name, moment in FRAMES.items()))
"""


def _run(code: str, env: dict[str, str], *args: str) -> dict[str, float]:
    """Run ``code`` in a fresh process: when each screen's first frame was drawn and when
    the process ended, in seconds after it was started."""
    started = time.monotonic()
    printed = subprocess.run([sys.executable, "-c", code, *args], check=True, env=env,
                             capture_output=True, text=True).stdout
    ended = time.monotonic()
    frames = dict(item.split("=") for item in printed.split())
    return {**{name: float(moment) - started for name, moment in frames.items()},
            "exit": ended - started}


def cold_start(tmp: Path) -> None:
    from emulation_core import sample_workspace_path

    copy = tmp / "sample"
    shutil.copytree(sample_workspace_path(), copy)
    as_is = {**os.environ, "EMULATION_CONFIG_DIR": str(tmp / "config")}
    cached = {k: v for k, v in as_is.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cached["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    ms = 1000
    for label, env in (("bytecode cached", cached), ("environment as is", as_is)):
        _run(_MINIMAL, env)  # warm the file cache and bytecode
        _run(_OURS, env, str(copy))
        _run(_COMMAND, env, str(copy))
        runs = [(_run(_MINIMAL, env), _run(_OURS, env, str(copy)), _run(_COMMAND, env, str(copy)),
                 _run(_MINIMAL, env, "driver")) for _ in range(RUNS)]
        pairs = [(minimal, ours) for minimal, ours, _, _ in runs]

        def median(pick: Callable[[dict[str, float], dict[str, float]], float],
                   chosen: list[tuple[dict[str, float], dict[str, float]]] = pairs) -> float:
            return statistics.median(pick(m, o) for m, o in chosen)

        minimal = median(lambda m, o: m["Screen"])
        print(f"cold start ({label}), minimal Textual app, its frame: {minimal * ms:5.0f} ms"
              f" (median of {RUNS}, runs interleaved; process exit "
              f"{median(lambda m, o: m['exit']) * ms:.0f} ms)")
        first = median(lambda m, o: o["LoadingScreen"] / m["Screen"])
        content = median(lambda m, o: o["DashboardScreen"] / m["Screen"])
        print(f"cold start ({label}), UI on the sample, first frame (opening the workspace):"
              f" {median(lambda m, o: o['LoadingScreen']) * ms:5.0f} ms, ratio {first:4.2f}x"
              " (median of the pairs' ratios; goal <= 1.2x)")
        print(f"cold start ({label}), UI on the sample, dashboard frame (the units shown): "
              f"{median(lambda m, o: o['DashboardScreen']) * ms:5.0f} ms, ratio {content:4.2f}x"
              f" (process exit {median(lambda m, o: o['exit']) * ms:.0f} ms)")
        # The command runs Textual's terminal driver, as a user starts it: it is compared
        # with the minimal app started the same way (and, as before, with the headless one).
        command = [(driven, started) for _, _, started, driven in runs]
        headless = [(minimal, started) for minimal, _, started, _ in runs]
        print(f"cold start ({label}), minimal Textual app started with its terminal driver, "
              f"its frame: {median(lambda m, c: m['Screen'], command) * ms:5.0f} ms")
        print(f"cold start ({label}), `emulation tui` on the sample, first frame: "
              f"{median(lambda m, c: c['LoadingScreen'], command) * ms:5.0f} ms, ratio "
              f"{median(lambda m, c: c['LoadingScreen'] / m['Screen'], command):4.2f}x"
              " the minimal app with its driver (goal <= 1.2x; "
              f"{median(lambda m, c: c['LoadingScreen'] / m['Screen'], headless):4.2f}x the "
              "headless one); dashboard frame: "
              f"{median(lambda m, c: c['DashboardScreen'], command) * ms:5.0f} ms, ratio "
              f"{median(lambda m, c: c['DashboardScreen'] / m['Screen'], command):4.2f}x"
              " (the command line read first)")
