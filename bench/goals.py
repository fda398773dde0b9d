"""Issue 12's goals as ratios, each measured side by side with its reference in one run.

Each figure alternates our run with the reference's (interleaved, so a busy machine slows
both alike) and compares medians. The lines begin exactly as the issue names them:
``ratio exact/skcriteria, end to end:``, ``ratio exact/skcriteria, arrays ready:``,
``worst edit, 2000 members:``, ``open 2000 members / parse only:`` and
``cli rank / python -c pass:``; beside the last, ``attrs floor:`` says how much of that
ratio importing attrs and creating the command's attrs classes take on their own.
"""

from __future__ import annotations

import compileall
import gc
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import emulation_cli
import emulation_core
from emulation_core.cachedir import CACHE_VAR, cache_folder
from emulation_core.documentcache import DocumentCache
from emulation_core.entrypoints import installed_entry_points
from emulation_core.plugins import ENTRY_POINT_GROUP
from emulation_core.sample import sample_workspace_path

Runner = Callable[[], object]


def _once(action: Runner) -> float:
    gc.collect()
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def interleaved(ours: Runner, theirs: Runner, rounds: int) -> tuple[float, float]:
    """Median seconds of ``ours`` and of ``theirs``, run turn about ``rounds`` times each."""
    mine, other = interleaved_all([ours, theirs], rounds)
    return mine, other


def interleaved_all(runners: list[Runner], rounds: int) -> list[float]:
    """Median seconds of each runner, all run in turn ``rounds`` times."""
    times: list[list[float]] = [[] for _ in runners]
    for _ in range(rounds):
        for runner, taken in zip(runners, times, strict=True):
            taken.append(_once(runner))
    return [statistics.median(taken) for taken in times]


def ratio_line(label: str, ours: float, theirs: float, goal: float, names: str) -> str:
    ratio = ours / theirs
    return (f"{label} {ratio:.2f}× ({names}: {ours * 1e3:.1f} ms / {theirs * 1e3:.1f} ms; "
            f"goal ≤ {goal:g}×, {'met' if ratio <= goal else 'MISSED'})")


# -- parse only ------------------------------------------------------------------------------

def fastest_parser(root: Path) -> tuple[str, Callable[[str], object]]:
    """The installed TOML parser that parses the workspace's files fastest (tried: rtoml,
    toml_rs, tomli, tomllib)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.toml"))]
    found: list[tuple[str, Callable[[str], object]]] = []
    for name in ("rtoml", "toml_rs", "tomli", "tomllib"):
        try:
            module = __import__(name)
        except ImportError:
            continue
        found.append((name, module.loads))
    return min(found, key=lambda p: min(_once(lambda: [p[1](t) for t in texts])
                                        for _ in range(3)))


def parse_only(root: Path, loads: Callable[[str], object]) -> Runner:
    """Reading and parsing every TOML file of the workspace, nothing else."""
    paths = sorted(root.rglob("*.toml"))
    return lambda: [loads(p.read_text(encoding="utf-8")) for p in paths]


# -- command start -------------------------------------------------------------------------------

def _our_packages() -> list[Path]:
    """The folders of the library, the CLI and each installed plugin's module."""
    folders = [Path(package.__file__).parent for package in (emulation_core, emulation_cli)]
    for entry in installed_entry_points(ENTRY_POINT_GROUP):
        spec = importlib.util.find_spec(entry.value.partition(":")[0].strip())
        if spec is not None and spec.origin is not None:
            folders.append(Path(spec.origin).parent)
    return folders


def cli_start(rounds: int = 9) -> str:
    """``emulation rank SAMPLE --format json`` against ``python -c pass``, as after install,
    and on a second line the floor attrs sets (:func:`attrs_floor`).

    Our packages, the bundled plugins among them, are compiled to bytecode first, as ``pip
    install`` does (this machine sets PYTHONDONTWRITEBYTECODE, which would otherwise compile
    our sources on every start). A first, untimed run fills the document cache (see
    docs/workspace.md) and keeps its output (docs/cli.md, "Running a command again") as any
    earlier run would; the line says which caches were warm and gives the figure with them
    off as well.
    """
    for folder in _our_packages():
        compileall.compile_dir(folder, quiet=1)
    script = Path(sys.executable).parent / "emulation"
    sample = sample_workspace_path()
    rank = [str(script), "rank", str(sample), "--format", "json"]
    bare = [sys.executable, "-c", "pass"]

    def run(command: list[str], env: dict[str, str] | None = None) -> Runner:
        return lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL,
                                      env=env or os.environ)

    run(rank)()
    folder = cache_folder()
    cache = DocumentCache(sample, folder).file if folder is not None else None
    kept = folder is not None and (Path(folder) / "output").is_dir() \
        and any((Path(folder) / "output").iterdir())
    warm = ("output and document caches warm" if kept else "document cache warm") \
        if cache is not None and cache.exists() else "caches off"
    ours, theirs = interleaved(run(rank), run(bare), rounds)
    line = ratio_line("cli rank / python -c pass:", ours, theirs, 6,
                      "emulation rank / python -c pass")
    floor = attrs_floor(sample, rounds)
    if cache is None:
        return f"{line}; {warm}\n{floor}"
    uncached, bare_again = interleaved(run(rank, {**os.environ, CACHE_VAR: ""}), run(bare),
                                       rounds)
    return (f"{line}; {warm} (caches off: {uncached / bare_again:.2f}×, "
            f"{uncached * 1e3:.1f} ms / {bare_again * 1e3:.1f} ms)\n{floor}")


# -- the floor attrs sets ------------------------------------------------------------------

_FIELD_COUNTS = """\
import io, sys
import attrs
import emulation_cli
sys.stdout = io.StringIO()
emulation_cli.main(["rank", sys.argv[1], "--format", "json"])
made = {value for module in list(sys.modules.values())
        if not module.__name__.startswith(("attr", "attrs"))
        for value in list(vars(module).values())
        if isinstance(value, type) and attrs.has(value) and value.__module__ == module.__name__}
print(*sorted(len(attrs.fields(cls)) for cls in made), file=sys.stderr)
"""


def rank_attrs_classes(sample: Path) -> list[int]:
    """The field count of each attrs class a ``rank SAMPLE --format json`` run has created
    (those defined at the top of a module: all of the library's and the plugins'), attrs'
    own classes left out."""
    found = subprocess.run([sys.executable, "-c", _FIELD_COUNTS, str(sample)], check=True,
                           capture_output=True, text=True).stderr.split()
    return [int(count) for count in found]


def _command(command: list[str]) -> Runner:
    return lambda: subprocess.run(command, check=True)


def attrs_floor(sample: Path, rounds: int = 9) -> str:
    """``attrs floor:`` what importing attrs and creating as many frozen attrs classes as
    the rank command creates, with as many fields each, take against ``python -c pass``.

    The classes are the cheapest frozen attrs classes (fields with neither default nor
    converter; ``__eq__``, ``__hash__`` and ``__repr__`` not generated, as the library's
    ``ValueObject`` classes share theirs), in a module compiled to bytecode ahead, created
    with the collector paused as the command's start pauses it: a lower bound of what the
    standard of frozen attrs classes costs the command, whatever else it is cut to.
    """
    counts = rank_attrs_classes(sample)
    with tempfile.TemporaryDirectory(prefix="attrs-floor-") as folder:
        module = Path(folder) / "attrs_floor_classes.py"
        module.write_text("import attrs\n\n" + "".join(
            f"\n@attrs.frozen(eq=False, repr=False)\nclass Floor{index}:\n"
            + "".join(f"    field{field}: int\n" for field in range(count))
            + ("" if count else "    pass\n")
            for index, count in enumerate(counts)), encoding="utf-8")
        compileall.compile_file(module, quiet=1)
        start = f"import gc, sys; gc.disable(); sys.path.insert(0, {folder!r}); "
        commands = [[sys.executable, "-c", start + "import attrs_floor_classes"],
                    [sys.executable, "-c", "import attrs"], [sys.executable, "-c", "pass"]]
        floor, attrs_alone, bare = interleaved_all([_command(c) for c in commands], rounds)
    return (f"attrs floor: import attrs + the {len(counts)} classes' creation = "
            f"{floor / bare:.2f}× python -c pass ({floor * 1e3:.1f} ms / {bare * 1e3:.1f} ms); "
            f"import attrs alone {attrs_alone / bare:.2f}×")
