"""Core figures: scoring and ranking, one edit, saving and loading a workspace, skcriteria.

Synthetic campaigns come from :mod:`synthetic` (60 criteria, 100 to 10,000 members). Every
figure is wall-clock time with the garbage collector on, as in the application; a run of
each measurement is repeated and the median shown. Nothing here fails on time: the targets
are printed beside the figures, with "met" or "MISSED".

Run: ``make bench`` or ``python bench/bench_core.py``.
"""

from __future__ import annotations

import cProfile
import datetime as dt
import gc
import os
import platform
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from unittest import mock

import tomli
import tomli_w
from attrs import evolve
from goals import cli_start, fastest_parser, interleaved, parse_only, ratio_line
from synthetic import TYPE, build_bloc, build_campaign, build_submissions, build_table

from emulation_core import (
    Bloc,
    Campaign,
    CriterionEntry,
    JudgedRule,
    PluginRegistry,
    RelativeRule,
    Scoreboard,
    Submission,
    TargetRule,
    Workspace,
    YesNoRule,
)
from emulation_core.cachedir import CACHE_VAR
from emulation_core.intfigures import forget_engine
from emulation_core.serialize import dump_submission, read_submission
from emulation_core.tomlsource import TomlSource

SIZES = (100, 1_000, 2_000, 10_000)
EDIT_SIZE = 2_000
WORKSPACE_SIZES = (100, 1_000, 2_000)
FULL_TARGET = 1.0          # s, 10,000 members × 60 criteria, score and rank
EDIT_TARGET = 0.016        # s, one edited value on 2,000 members, re-score and re-rank
LOAD_TARGET = 0.5          # s, open a 2,000-member workspace

Data = tuple[Bloc, Campaign, dict[str, Submission]]
verdicts: list[str] = []
goals: list[str] = []


def data(size: int, *, read: bool = True) -> Data:
    """The synthetic bloc, campaign and submissions; with ``read``, each submission written
    as its TOML file and read back by the workspace's reader, so the objects are the
    reader's (its figures as integers kept beside them), as after ``Workspace.open``."""
    bloc = build_bloc(size)
    campaign = build_campaign(bloc, build_table())
    subs = build_submissions(bloc, campaign)
    return bloc, campaign, read_back(campaign, subs) if read else subs


def read_back(campaign: Campaign, subs: dict[str, Submission]) -> dict[str, Submission]:
    """Each submission through its TOML text and ``read_submission``, as the workspace's
    loader reads ``submissions/MEMBER.toml``."""
    table = campaign.table.for_type(TYPE, None, None)
    codes = {c.code: c for c in table.leaves()}
    found = {}
    for member, sub in subs.items():
        text = tomli_w.dumps(dump_submission(sub))
        source = TomlSource(Path(f"{member}.toml"), f"submissions/{member}.toml", text,
                            tomli.loads(text))
        read, problems = read_submission(source, member, campaign.id, table, codes,
                                         campaign.precision)
        assert read is not None and read == sub, problems
        found[member] = read
    return found


def board(bloc: Bloc, campaign: Campaign, subs: dict[str, Submission]) -> Scoreboard:
    return Scoreboard(bloc, campaign, {TYPE: campaign.table}, subs)


def timed(action: Callable[[], object], repeat: int, *, gc_paused: bool = False) -> list[float]:
    """Wall-clock seconds of ``repeat`` runs, each after a collection so runs start alike.

    With ``gc_paused`` the cyclic garbage collector is off during each run: the difference
    is what CPython's collections cost, which grows with everything the process holds.
    """
    runs = []
    for _ in range(repeat):
        gc.collect()
        if gc_paused:
            gc.disable()
        try:
            started = time.perf_counter()
            action()
            runs.append(time.perf_counter() - started)
        finally:
            gc.enable()
    return runs


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.2f} ms"


def verdict(label: str, seconds: float, target: float) -> None:
    line = f"{label}: {seconds * 1000:.1f} ms (target ≤ {target * 1000:.0f} ms) " \
           f"{'met' if seconds <= target else 'MISSED'}"
    verdicts.append(line)


def header() -> None:
    model = next((line.split(":", 1)[1].strip() for line in _cpuinfo()
                  if line.startswith("model name")), platform.processor() or "?")
    print(f"date {dt.datetime.now().isoformat(timespec='seconds')}, "
          f"Python {platform.python_version()} ({platform.python_implementation()}), "
          f"{platform.system()} {platform.machine()}, {model}, {os.cpu_count()} CPUs")


def _cpuinfo() -> list[str]:
    try:
        return Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return []


# -- full score and rank ---------------------------------------------------------------------

def bench_full() -> None:
    print("\n## Full score + rank (Scoreboard(...) then .ranking)")
    print(f"{'members':>8} {'criteria':>8} {'median':>12} {'best':>12} {'per cell':>10} "
          f"{'GC paused':>12} {'per cell':>10}")
    medians = {}
    for size in SIZES:
        bloc, campaign, subs = data(size)
        cells = size * sum(1 for _ in campaign.table.leaves())
        repeat = 5 if size < 10_000 else 3
        runs = timed(lambda b=bloc, c=campaign, s=subs: board(b, c, s).ranking, repeat)
        paused = statistics.median(timed(lambda b=bloc, c=campaign, s=subs: board(b, c, s).ranking,
                                         repeat, gc_paused=True))
        medians[size] = statistics.median(runs)
        print(f"{size:>8} {cells // size:>8} {ms(medians[size]):>12} {ms(min(runs)):>12} "
              f"{medians[size] / cells * 1e6:>7.2f} µs {ms(paused):>12} "
              f"{paused / cells * 1e6:>7.2f} µs")
    verdict("full score+rank, 10,000 × 60", medians[10_000], FULL_TARGET)


# -- one edit ----------------------------------------------------------------------------------

def _criterion(campaign: Campaign, kind: type) -> str:
    return next(c.code for c in campaign.table.leaves() if isinstance(c.rule, kind))


def _indicator(campaign: Campaign, kind: type) -> str:
    rule = next(c.rule for c in campaign.table.leaves() if isinstance(c.rule, kind))
    return rule.indicator  # type: ignore[attr-defined, no-any-return]


def bench_edits() -> None:
    print(f"\n## One edit on {EDIT_SIZE:,} members (update(), then .ranking and rank_of())")
    bloc, campaign, subs = data(EDIT_SIZE)
    live = board(bloc, campaign, subs)
    live.ranking  # noqa: B018 - the board as the UI holds it: ranked once
    members = [m.id for m in bloc.members if m.id in subs]
    judged = _criterion(campaign, JudgedRule)
    yes_no, relative, target = (_indicator(campaign, kind)
                                for kind in (YesNoRule, RelativeRule, TargetRule))

    def edit(member: str, sub: Submission) -> tuple[float, float]:
        started = time.perf_counter()
        live.update(sub)
        updated = time.perf_counter()
        live.ranking  # noqa: B018
        live.rank_of(member)
        return updated - started, time.perf_counter() - updated

    def value(member: str, key: str, amount: Decimal) -> Submission:
        sub = live.submission(member)
        assert sub is not None
        return evolve(sub, values={**sub.values, key: amount})

    def entry(member: str, points: Decimal) -> Submission:
        sub = live.submission(member)
        assert sub is not None
        return evolve(sub, entries={**sub.entries, judged: CriterionEntry(points)})

    def top(key: str) -> str:
        return max(members, key=lambda m: subs[m].values.get(key, Decimal(0)))

    best_relative, best_target = top(relative), top(target)
    cases: list[tuple[str, Callable[[int], tuple[str, Submission]]]] = [
        ("yes/no value", lambda i: (m := members[i * 37 % len(members)],
                                    value(m, yes_no, Decimal(i % 2)))),
        ("judged self-score", lambda i: (m := members[i * 41 % len(members)],
                                         entry(m, Decimal("0.25") * (i % 5)))),
        ("target value, bloc best unchanged", lambda i: (
            m := members[i * 43 % len(members)], value(m, target, Decimal(50 + i % 7)))),
        ("target bloc best doubles / reverts", lambda i: (best_target, value(
            best_target, target, subs[best_target].values[target] * (2 if i % 2 == 0 else 1)))),
        ("relative bloc best doubles / reverts", lambda i: (best_relative, value(
            best_relative, relative,
            subs[best_relative].values[relative] * (2 if i % 2 == 0 else 1)))),
    ]
    print(f"{'edit':<38} {'median':>12} {'p95':>12} {'max':>12}  (update / re-rank medians)")
    typical = []
    worst: list[float] = []
    for label, make in cases:
        rounds = 40 if "doubles" in label else 200
        pairs = []
        for i in range(rounds):
            member, sub = make(i)
            pairs.append(edit(member, sub))
        totals = sorted(u + r for u, r in pairs)
        median = statistics.median(totals)
        if "doubles" not in label:
            typical.append(median)
        elif median > (statistics.median(worst) if worst else 0):
            worst = totals
        print(f"{label:<38} {ms(median):>12} {ms(totals[int(len(totals) * 0.95) - 1]):>12} "
              f"{ms(totals[-1]):>12}  ({statistics.median(u for u, _ in pairs) * 1e3:.2f} / "
              f"{statistics.median(r for _, r in pairs) * 1e3:.2f} ms)")
    fresh = board(bloc, campaign, {m: s for m in members if (s := live.submission(m))})
    same = fresh.scores == live.scores and fresh.ranking == live.ranking
    print(f"after {sum(40 if 'doubles' in c[0] else 200 for c in cases)} edits the live board "
          f"{'equals' if same else 'DIFFERS FROM'} a fresh one")
    verdict("one edit, 2,000 members (slowest typical case)", max(typical), EDIT_TARGET)
    median, p95 = statistics.median(worst), worst[int(len(worst) * 0.95) - 1]
    goals.append(f"worst edit, 2000 members: median {median * 1e3:.2f} ms, p95 {p95 * 1e3:.2f} ms "
                 f"(goal median ≤ 5 ms, p95 ≤ 8 ms; "
                 f"{'met' if median <= 0.005 and p95 <= 0.008 else 'MISSED'}); "
                 f"typical {max(typical) * 1e3:.2f} ms (goal ≤ 2 ms; "
                 f"{'met' if max(typical) <= 0.002 else 'MISSED'})")


# -- workspace save and load -------------------------------------------------------------------

@contextmanager
def workspace(size: int) -> Iterator[tuple[Path, float, int]]:
    """A workspace of ``size`` members written in a temporary folder, and the time it took."""
    bloc, campaign, subs = data(size, read=False)
    registry = PluginRegistry(found=[])
    with tempfile.TemporaryDirectory(prefix="emulation-bench-") as tmp:
        root = Path(tmp) / "ws"
        gc.collect()
        started = time.perf_counter()
        with Workspace.create(root, bloc, registry) as ws:
            ws.save_campaign(campaign)
            for sub in subs.values():
                ws.save_submission(sub)
        yield root, time.perf_counter() - started, len(subs) + 4


def _open(root: Path) -> Workspace:
    return Workspace.open(root, registry=PluginRegistry(found=[]))


def _first_ranking(root: Path) -> None:
    with _open(root) as ws:
        campaign = ws.latest_campaign()
        assert campaign is not None
        ws.scoreboard(campaign.id).ranking  # noqa: B018


# What a profile of Workspace.open is split into: (label, file name ends with, function).
_LOAD_PARTS = (
    ("TOML parsing (tomli.loads, compiled)", "~", "loads"),
    ("line-number index (TomlSource._index)", "tomlsource.py", "_index"),
    ("submission reading (serialize.submission.read_submission)", "submission.py",
     "read_submission"),
    ("  of which numbers (parse_decimal)", "numbers.py", "parse_decimal"),
    ("  of which score checks (check_points)", "checks.py", "check_points"),
    ("content hashes (saving.WorkspaceFiles.remember)", "saving.py", "remember"),
    ("file reads (fsguard.read_file)", "fsguard.py", "read_file"),
)


def _load_profile(root: Path) -> None:
    profile = cProfile.Profile()
    profile.runcall(_open, root)
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = max(cumulative for _, _, _, cumulative, _ in stats.values())
    print("  where Workspace.open spends its time (cProfile, cumulative share; the profiler "
          "slows pure-Python code most):")
    for label, file_end, name in _LOAD_PARTS:
        spent = sum(v[3] for (file, _, function), v in stats.items()
                    if file.endswith(file_end)
                    and (function == name or function.endswith(f".{name}>")))
        print(f"    {label:<48} {spent / total:6.1%}")


def bench_workspace() -> None:
    """Opening with the document cache off: every file parsed and checked, as the goal is
    stated (cli_start measures the cache), and no cache left for the temporary folders."""
    with mock.patch.dict(os.environ, {CACHE_VAR: ""}):
        _bench_workspace()


def _bench_workspace() -> None:
    print("\n## Workspace on disk (Workspace.create + save_*; Workspace.open read-only, "
          "document cache off)")
    print(f"{'members':>8} {'files':>6} {'save':>12} {'per file':>10} {'open':>12} "
          f"{'open+score+rank':>16}")
    for size in WORKSPACE_SIZES:
        with workspace(size) as (root, saved, files):
            opened = statistics.median(timed(lambda r=root: _open(r).close(), repeat=3))
            ranked = statistics.median(timed(lambda r=root: _first_ranking(r), repeat=3))
            print(f"{size:>8} {files:>6} {ms(saved):>12} {saved / files * 1e3:>7.2f} ms "
                  f"{ms(opened):>12} {ms(ranked):>16}")
            if size == 2_000:
                verdict("open a 2,000-member workspace", opened, LOAD_TARGET)
                name, loads = fastest_parser(root)
                ours, theirs = interleaved(lambda r=root: _open(r).close(),
                                           parse_only(root, loads), rounds=5)
                goals.append(ratio_line("open 2000 members / parse only:", ours, theirs, 3,
                                        f"Workspace.open / read and {name}.loads every file"))
                _load_profile(root)


# -- scikit-criteria -----------------------------------------------------------------------------

def bench_skcriteria() -> None:
    print("\n## scikit-criteria on the same 10,000 × 60 job (interleaved with ours)")
    try:
        from skcriteria_job import VERSION, pipeline
    except ImportError as exc:
        print(f"skipped: {exc.name} is not installed (pip install -e '.[bench]')")
        return
    bloc, campaign, subs = data(10_000)
    extract, evaluate = pipeline(bloc, campaign, subs)
    arrays = extract()

    def cold() -> None:
        """From the objects as the reader made them (their figures read as integers), the
        engine's own cache (the bloc's name order) dropped first."""
        forget_engine()
        board(bloc, campaign, subs).ranking  # noqa: B018

    def warm() -> None:
        """The figures already held as integers, the name order kept."""
        board(bloc, campaign, subs).ranking  # noqa: B018

    ours, theirs = interleaved(cold, lambda: evaluate(*extract()), rounds=5)
    board(bloc, campaign, subs)  # the integers are kept from here on
    held, ready = interleaved(warm, lambda: evaluate(*arrays), rounds=5)
    read_all = statistics.median(timed(
        lambda: [(p.score, p.value) for p in board(bloc, campaign, subs).ranking], 3))
    print(f"skcriteria {VERSION}: floats, capped target rule in numpy (no over-achievement "
          "share, no rounding per criterion, no tie-break chain)")
    print(f"  numpy rules + mkdm + WeightedSumModel + rank: {ms(ready)}")
    print(f"  the same, building the arrays first:          {ms(theirs)}")
    print(f"  emulation_core exact score + rank, read objects: {ms(ours)}")
    print(f"  the same, figures held as integers:           {ms(held)}")
    print(f"  the same, every place's score read too:       {ms(read_all)}")
    goals.append(ratio_line("ratio exact/skcriteria, end to end:", ours, theirs, 1.0,
                            "exact from the reader's objects / skcriteria from the objects"))
    goals.append(ratio_line("ratio exact/skcriteria, arrays ready:", held, ready, 2.0,
                            "exact, figures held as integers / skcriteria, arrays ready"))


def main() -> None:
    header()
    bench_full()
    bench_edits()
    bench_workspace()
    bench_skcriteria()
    goals.append(cli_start())
    print("\n## Targets")
    for line in verdicts:
        print(f"- {line}")
    print("\n## Goals of issue 12 (ratios, interleaved runs, medians)")
    for line in goals:
        print(line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
