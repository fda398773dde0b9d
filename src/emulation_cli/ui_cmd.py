"""The commands that open the terminal UI: demo and tui.

Nothing of the library is imported here: the UI draws its first frame before it opens the
workspace (on a worker), so what the command line imports before Textual starts is what a
user waits for before anything is on screen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from emulation_core.sample import sample_workspace_path  # a folder's path: no library module

__all__ = ["demo_workspace", "register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the UI's commands to the ``emulation`` parser."""
    p = commands.add_parser(
        "demo", help="open the bundled sample workspace in the UI",
        description="Open a writable copy of the bundled sample workspace (Quảng Ninh, 2018) "
                    "in the terminal UI, or write the sample out with --copy-to.")
    p.add_argument("--copy-to", type=Path, metavar="DIR",
                   help="write the sample workspace to DIR instead of opening the UI")
    p.set_defaults(func=_demo)

    p = commands.add_parser("tui", help="open a workspace in the terminal UI",
                            description="Open WORKSPACE in the terminal UI (a picker if omitted).")
    p.add_argument("workspace", type=Path, metavar="WORKSPACE", nargs="?")
    p.set_defaults(func=_tui)


def _copy_sample(target: Path) -> None:
    if target.exists() and any(target.iterdir()):
        from emulation_core.errors import EmulationError

        raise EmulationError.keyed("workspace.not_empty", path=target)
    import shutil  # the demo's modules are imported when it runs

    shutil.copytree(sample_workspace_path(), target, dirs_exist_ok=True)


def _sample_version() -> str:
    """A hash of the bundled sample's files: it changes when an upgrade brings a new sample."""
    import hashlib

    root = sample_workspace_path()
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def demo_workspace() -> Path:
    """The user's writable copy of the sample, created on first use. A copy made from an
    older bundled sample is kept beside, under a dated name, and a fresh copy is made (the
    note goes to standard error): the demo always shows what this version ships."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    target = Path(base) / "emulation" / "demo-workspace"
    stamp = target.with_name("demo-workspace.sample")  # outside the workspace's own files
    version = _sample_version()
    if (target / "workspace.toml").exists():
        if stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == version:
            return target
        kept = target.with_name(f"demo-workspace-{dt.datetime.now():%Y%m%d-%H%M%S}")
        target.rename(kept)
        from .language import say

        print(say("cli.ui.demo_renewed", kept=str(kept)), file=sys.stderr)
    _copy_sample(target)
    stamp.write_text(version + "\n", encoding="utf-8")
    return target


def _demo(args: argparse.Namespace) -> int:
    if args.copy_to is not None:
        _copy_sample(args.copy_to)
        from rich.console import Console

        from .language import say
        from .output import safe

        Console().print(safe(say("cli.ui.sample_written", path=str(args.copy_to))))
        return 0
    return _run_ui(demo_workspace())


def _tui(args: argparse.Namespace) -> int:
    return _run_ui(args.workspace)


def _run_ui(path: Path | None) -> int:
    from emulation_tui.app import run  # the UI is imported only when asked for

    return int(run(path))
