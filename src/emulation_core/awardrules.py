"""Award rules as data: a versioned rule set with its dated legal basis.

A rule set is a TOML file (the bundled ones in ``emulation_core/rulesets/``, or a
workspace's own in ``rulesets/ID.toml``, which wins); a campaign names the one it uses in
its awards.toml. The numbers in a rule set are configurable defaults, not law baked into
code: the law changes (a 2025 decree revised the detail), so a new rule set is written and
named, and the old one stays for the campaigns that used it. docs/awards.md lists them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from attrs import field, frozen

from .errors import EmulationError, Problem, ValidationError
from .messages import Message
from .serialize.reader import Reader
from .text import nfc, unsafe_id_key
from .tomlsource import Path_, TomlSource, load_toml
from .value_object import ValueObject

__all__ = [
    "AWARD_KEYS",
    "AwardRule",
    "BallotRule",
    "LegalBasis",
    "RuleSet",
    "bundled_rule_sets",
    "load_rule_set",
    "quota",
    "read_rule_set",
]

AWARD_KEYS = ("provincial_flag", "government_flag", "merit")
"""Cờ thi đua của UBND tỉnh, Cờ thi đua của Chính phủ, Bằng khen (of the province)."""

_RULESETS = "rulesets"
_BUNDLED = Path(__file__).parent / _RULESETS  # the rule sets that come with the program


def quota(count: int | None, share: Decimal | None, base: int) -> int:
    """How many may be proposed: ``count``, or ``share`` of ``base`` rounded down, so the
    cap is never exceeded (both given: the smaller; neither: ``base``)."""
    limits = [base]
    if count is not None:
        limits.append(count)
    if share is not None:
        limits.append(math.floor(Fraction(share) * base))
    return max(0, min(limits))


@frozen
class LegalBasis(ValueObject):
    """A legal text a rule rests on: its reference, date, and what it says that matters."""

    ref: str = field(converter=nfc)
    date: dt.date
    says: str = field(converter=nfc)


@frozen
class AwardRule(ValueObject):
    """Who may be proposed for one award, and how many.

    ``count`` / ``share`` cap the proposals (share of ``share_of``: ``members``, the
    campaign's member units, or ``leaders``, the units voted bloc leaders); ``band`` is the
    lowest rating band (a band key) a candidate must reach; ``min_score`` the lowest total;
    ``max_deductions`` the most points deducted ("no serious deduction");
    ``excellent_years`` how many consecutive year-end campaigns, this one included, the
    unit must be rated excellent; ``needs`` other awards whose standard it must meet too;
    ``leaders_only``: only units that lead the bloc (rank 1).
    """

    key: str
    label: str = field(converter=nfc)
    label_en: str
    count: int | None = None
    share: Decimal | None = None
    share_of: str = "members"
    band: str | None = None
    min_score: Decimal | None = None
    max_deductions: Decimal | None = None
    excellent_years: int = 0
    needs: tuple[str, ...] = ()
    leaders_only: bool = False
    excludes: tuple[str, ...] = ()
    basis: tuple[int, ...] = ()  # positions in the rule set's legal basis


@frozen
class BallotRule(ValueObject):
    """When a vote is valid and a candidate passes.

    Quorum: more than ``quorum`` of all member units take part (present or in writing).
    Pass: votes for more than ``pass_share`` of the base (``members``: all member units;
    ``present``: those who took part), or at least it when ``strict`` is false.
    """

    quorum: Decimal = Decimal("0.5")
    pass_share: Decimal = Decimal("0.5")
    base: str = "members"
    strict: bool = True


@frozen
class RuleSet(ValueObject):
    """A named, versioned, dated set of award rules."""

    id: str
    version: int
    title: str = field(converter=nfc)
    valid_from: dt.date
    basis: tuple[LegalBasis, ...]
    awards: Mapping[str, AwardRule]
    ballot: BallotRule = BallotRule()
    valid_to: dt.date | None = None


def read_rule_set(source: TomlSource) -> tuple[RuleSet | None, list[Problem]]:
    """Read a rule set file; problems name the file, line and field."""
    r = Reader(source)
    data = source.data
    r.unknown_keys(data, (), {"id", "version", "title", "valid_from", "valid_to", "basis",
                              "awards", "ballot"})
    basis = []
    for i, raw in enumerate(r.tables(data, (), "basis")):
        path: Path_ = ("basis", i)
        r.unknown_keys(raw, path, {"ref", "date", "says"})
        ref, date = r.text(raw, path, "ref"), r.get(raw, path, "date", dt.date)
        if ref and date:
            basis.append(LegalBasis(ref, date, r.text(raw, path, "says", "")))
    awards = {}
    for key, raw in r.table(data, (), "awards").items():
        path = ("awards", key)
        if key not in AWARD_KEYS:
            r.fail(path, f"{key!r} is not an award this program knows",
                   f"use one of {', '.join(AWARD_KEYS)}")
            continue
        if not isinstance(raw, dict):
            r.fail(path, "write the award as a table")
            continue
        rule = _award(r, raw, path, key, len(basis))
        if rule is not None:
            awards[key] = rule
    ballot_raw = r.table(data, (), "ballot")
    r.unknown_keys(ballot_raw, ("ballot",), {"quorum", "pass_share", "base", "strict"})
    ballot = BallotRule(
        _share(r, ballot_raw, ("ballot",), "quorum", Decimal("0.5")),
        _share(r, ballot_raw, ("ballot",), "pass_share", Decimal("0.5")),
        _choice(r, ballot_raw, ("ballot",), "base", ("members", "present")),
        r.get(ballot_raw, ("ballot",), "strict", bool, True))
    ident = r.ident(data, (), "id")
    version = r.get(data, (), "version", int)
    title = r.text(data, (), "title")
    valid_from = r.get(data, (), "valid_from", dt.date)
    valid_to = r.get(data, (), "valid_to", dt.date, None)
    if r.problems or ident is None or version is None or title is None or valid_from is None:
        return None, r.problems
    return RuleSet(ident, version, title, valid_from, tuple(basis), awards, ballot,
                   valid_to), []


def _share(r: Reader, raw: Mapping[str, object], path: Path_, key: str,
           default: Decimal) -> Decimal:
    value = r.number(raw, path, key, default, negative=False)
    if value is not None and value > 1:
        r.fail((*path, key), f"{value} is more than 1", "write a share from 0 to 1, e.g. 0.2")
    return default if value is None else value


def _choice(r: Reader, raw: Mapping[str, object], path: Path_, key: str,
            choices: tuple[str, ...]) -> str:
    value = r.text(raw, path, key, choices[0])
    if value not in choices:
        r.fail((*path, key), f"{value!r} is not one of {', '.join(choices)}")
        return choices[0]
    return str(value)


def _award(r: Reader, raw: Mapping[str, object], path: Path_, key: str,
           basis_count: int) -> AwardRule | None:
    r.unknown_keys(raw, path, {"label", "label_en", "count", "share", "share_of", "band",
                               "min_score", "max_deductions", "excellent_years", "needs",
                               "leaders_only", "excludes", "basis"})
    count = r.get(raw, path, "count", int, None)
    if count is not None and count < 0:
        r.fail((*path, "count"), f"{count} is negative", "write 0 or more")
    needs = tuple(str(n) for n in r.get(raw, path, "needs", list, []))
    excludes = tuple(str(n) for n in r.get(raw, path, "excludes", list, []))
    for name in (*needs, *excludes):
        if name not in AWARD_KEYS or name == key:
            r.fail(path, f"{name!r} is not another award", f"use {', '.join(AWARD_KEYS)}")
    basis = tuple(r.get(raw, path, "basis", list, []))
    if any(not isinstance(b, int) or not 0 <= b < basis_count for b in basis):
        r.fail((*path, "basis"), "a basis position is not in the rule set's [[basis]] list",
               "count the [[basis]] entries from 0")
    label = r.text(raw, path, "label")
    if label is None:
        return None
    share = r.number(raw, path, "share", None, negative=False)
    if share is not None and share > 1:
        r.fail((*path, "share"), f"{share} is more than 1", "write a share from 0 to 1")
    return AwardRule(
        key, label, r.text(raw, path, "label_en", key), count, share,
        _choice(r, raw, path, "share_of", ("members", "leaders")),
        r.text(raw, path, "band", None), r.number(raw, path, "min_score", None),
        r.number(raw, path, "max_deductions", None, negative=False),
        r.get(raw, path, "excellent_years", int, 0), needs,
        r.get(raw, path, "leaders_only", bool, False), excludes,
        tuple(b for b in basis if isinstance(b, int)))


def bundled_rule_sets() -> tuple[str, ...]:
    """The ids of the rule sets that come with the program."""
    folder = _BUNDLED
    return tuple(sorted(p.name.removesuffix(".toml") for p in folder.iterdir()
                        if p.name.endswith(".toml")))


def load_rule_set(rule_set_id: str, workspace: Path | None = None) -> RuleSet:
    """The rule set ``rule_set_id``: the workspace's own (``rulesets/ID.toml``) if it has
    one, else the bundled one. Raises EmulationError naming the known ones."""
    reason = unsafe_id_key(rule_set_id)
    if reason:
        raise EmulationError.keyed("ruleset.bad_id", rule_set=rule_set_id,
                                   reason=Message(reason))
    own = workspace / _RULESETS / f"{rule_set_id}.toml" if workspace is not None else None
    if own is not None and own.exists():
        path, display, root = own, f"{_RULESETS}/{rule_set_id}.toml", workspace
    else:
        bundled = _BUNDLED / f"{rule_set_id}.toml"
        if not bundled.exists():
            raise EmulationError.keyed("ruleset.unknown", rule_set=rule_set_id,
                                       known=", ".join(bundled_rule_sets()), folder=_RULESETS)
        path, display, root = bundled, f"(bundled) {_RULESETS}/{rule_set_id}.toml", \
            bundled.parent
    source = load_toml(path, display, root)
    if isinstance(source, Problem):
        raise ValidationError([source])
    rules, problems = read_rule_set(source)
    if rules is None:
        raise ValidationError(problems)
    if rules.id != rule_set_id:
        raise ValidationError([source.problem(("id",), f"the file says id {rules.id!r}",
                                              f"write id = \"{rule_set_id}\"")])
    return rules
