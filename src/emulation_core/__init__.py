"""emulation_core: score, rank and keep the records of a Vietnamese emulation bloc.

The public API is what this module exports; see docs/library.md.
"""

from __future__ import annotations

import importlib
import sys
import types

from ._exports import MODULE_OF as _MODULE_OF
from ._exports import RENAMED as _RENAMED

# typing is not imported when the program runs: the command line's replay of an unchanged
# command (``emulation_cli.output_cache``) needs nothing of it
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .actor import Actor, Role, parse_actor, resolve_actor, save_identity
    from .atomic import atomic_write
    from .audit import (
        AuditBreak,
        AuditEntry,
        AuditLogError,
        ChainState,
        read_chain,
        read_state,
    )
    from .awardfile import Ballot, Meeting, VoteMethod
    from .ballots import Tally
    from .blocstats import BlocStats, Figure, IndicatorFigures
    from .campaigns import (
        NO_TARGET,
        CampaignPlan,
        edit_campaign,
        new_campaign,
        set_targets,
        targets_not_entered,
    )
    from .change import Change
    from .checks import check_points
    from .criteria import CriteriaTable, Criterion, Indicator, Section
    from .criteria_doc import criteria_document, table_from_document
    from .criteria_edit import TableImpact, TotalMove, save_criteria, table_impact
    from .crossforms import import_scorer_form, make_scorer_forms
    from .crossscores import Aggregate, CrossMode
    from .crosssheets import CrossSheets, SheetRow, cross_sheets
    from .crosssteps import campaign_stability
    from .dates import DateError, read_date
    from .errors import (
        EmulationError,
        Problem,
        SchemaVersionError,
        StaleWriteError,
        UnsafePathError,
        ValidationError,
        WorkspaceLockedError,
        WorkspaceNotFoundError,
    )
    from .explanation import BlocFigure, Explanation, InputValue, Quantity
    from .export import ranking_csv, ranking_json, ranking_records
    from .form_read import FormFigures
    from .forms import FormChange, apply_forms, make_forms, planned_changes, read_forms
    from .formula import Formula, FormulaError
    from .fsguard import read_inside
    from .general_type import GENERAL_TYPE
    from .loading import SCHEMA_VERSION
    from .locking import CampaignLock, LockEvent
    from .messages import LANGUAGES, MESSAGES, Language, Message, format_number, render
    from .minutes import Minutes
    from .minutesfile import MINUTES_SUFFIXES, write_minutes
    from .model import (
        DEFAULT_BANDS,
        Bloc,
        Campaign,
        Correction,
        CriterionEntry,
        Lateness,
        Leadership,
        Member,
        PeriodKind,
        RankBy,
        RatingBand,
        Status,
        StatusStep,
        Submission,
    )
    from .numbers import (
        NumberError,
        NumberReading,
        format_points,
        format_typed,
        parse_decimal,
        read_number,
    )
    from .numwords import number_words
    from .overlap import (
        MATCH_SCORE,
        OverlapEntry,
        OverlapGroup,
        late_changes,
        overlap_key,
        overlaps,
    )
    from .phrasing import explanation_text, percent, rating_text, rule_text, source_text
    from .plugins import (
        API_VERSION,
        ENTRY_POINT_GROUP,
        ENV_VAR,
        AssociationType,
        PluginInfo,
        PluginRegistry,
        default_registry,
    )
    from .proposals import Decision, Proposals
    from .rankchange import PreviousPlace, previous_places
    from .ranking import RankedMember, rank, tie_break_label
    from .registering import register_content, sign_agreement
    from .registration import ContentKind, RegisteredItem, Registrations
    from .reports import FORMATS as EXPORT_FORMATS
    from .reports import build_report, export_bytes, previous_ranks, report_for, write_export
    from .review import ReviewError
    from .roster import add_member, edit_member, remove_member, set_leadership
    from .rules import (
        AdjustmentItem,
        AdjustmentRule,
        FormulaRule,
        JudgedRule,
        NoTarget,
        NotEntered,
        OverMeasure,
        PerOccurrenceRule,
        RelativeRule,
        Rule,
        TargetRule,
        YesNoRule,
    )
    from .sample import sample_workspace_path
    from .saved import Saved
    from .scoring import CriterionScore, MemberScore, RatingState, Scoreboard, SectionScore
    from .stability import Stability, stability
    from .stabilitytext import stability_lines
    from .text import is_safe_id, nfc, printable, vi_sort_key
    from .trail import Verification, verify_workspace
    from .verdict import Verdict, split_answer
    from .workspace import Workspace

__version__ = "0.1.0"

__all__ = [
    "API_VERSION",
    "DEFAULT_BANDS",
    "ENTRY_POINT_GROUP",
    "ENV_VAR",
    "EXPORT_FORMATS",
    "GENERAL_TYPE",
    "LANGUAGES",
    "MATCH_SCORE",
    "MESSAGES",
    "MINUTES_SUFFIXES",
    "NO_TARGET",
    "SCHEMA_VERSION",
    "Actor",
    "AdjustmentItem",
    "AdjustmentRule",
    "Aggregate",
    "AssociationType",
    "AuditBreak",
    "AuditEntry",
    "AuditLogError",
    "Ballot",
    "Bloc",
    "BlocFigure",
    "BlocStats",
    "Campaign",
    "CampaignLock",
    "CampaignPlan",
    "ChainState",
    "Change",
    "ContentKind",
    "Correction",
    "CriteriaTable",
    "Criterion",
    "CriterionEntry",
    "CriterionScore",
    "CrossMode",
    "CrossSheets",
    "DateError",
    "Decision",
    "EmulationError",
    "Explanation",
    "Figure",
    "FormChange",
    "FormFigures",
    "Formula",
    "FormulaError",
    "FormulaRule",
    "Indicator",
    "IndicatorFigures",
    "InputValue",
    "JudgedRule",
    "Language",
    "Lateness",
    "Leadership",
    "LockEvent",
    "Meeting",
    "Member",
    "MemberScore",
    "Message",
    "Minutes",
    "NoTarget",
    "NotEntered",
    "NumberError",
    "NumberReading",
    "OverMeasure",
    "OverlapEntry",
    "OverlapGroup",
    "PerOccurrenceRule",
    "PeriodKind",
    "PluginInfo",
    "PluginRegistry",
    "PreviousPlace",
    "Problem",
    "Proposals",
    "Quantity",
    "RankBy",
    "RankedMember",
    "RatingBand",
    "RatingState",
    "RegisteredItem",
    "Registrations",
    "RelativeRule",
    "ReviewError",
    "Role",
    "Rule",
    "Saved",
    "SchemaVersionError",
    "Scoreboard",
    "Section",
    "SectionScore",
    "SheetRow",
    "Stability",
    "StaleWriteError",
    "Status",
    "StatusStep",
    "Submission",
    "TableImpact",
    "Tally",
    "TargetRule",
    "TotalMove",
    "UnsafePathError",
    "ValidationError",
    "Verdict",
    "Verification",
    "VoteMethod",
    "Workspace",
    "WorkspaceLockedError",
    "WorkspaceNotFoundError",
    "YesNoRule",
    "__version__",
    "add_member",
    "apply_forms",
    "atomic_write",
    "build_report",
    "campaign_stability",
    "check_points",
    "criteria_document",
    "cross_sheets",
    "default_registry",
    "edit_campaign",
    "edit_member",
    "explanation_text",
    "export_bytes",
    "format_number",
    "format_points",
    "format_typed",
    "import_scorer_form",
    "is_safe_id",
    "late_changes",
    "make_forms",
    "make_scorer_forms",
    "new_campaign",
    "nfc",
    "number_words",
    "open_workspace",
    "overlap_key",
    "overlaps",
    "parse_actor",
    "parse_decimal",
    "percent",
    "planned_changes",
    "previous_places",
    "previous_ranks",
    "printable",
    "rank",
    "ranking_csv",
    "ranking_json",
    "ranking_records",
    "rating_text",
    "read_chain",
    "read_date",
    "read_forms",
    "read_inside",
    "read_number",
    "read_state",
    "register_content",
    "remove_member",
    "render",
    "report_for",
    "resolve_actor",
    "rule_text",
    "sample_workspace_path",
    "save_criteria",
    "save_identity",
    "set_leadership",
    "set_targets",
    "sign_agreement",
    "source_text",
    "split_answer",
    "stability",
    "stability_lines",
    "table_from_document",
    "table_impact",
    "targets_not_entered",
    "tie_break_label",
    "verify_workspace",
    "vi_sort_key",
    "write_export",
    "write_minutes",
]


def open_workspace(path: str, *, writable: bool = False) -> Workspace:
    """Open the workspace at ``path`` (read-only unless ``writable``); see :class:`Workspace`."""
    from .workspace import Workspace

    return Workspace.open(path, writable=writable)


def __getattr__(name: str) -> Any:
    """The public object ``name``, its module imported on first use (see :mod:`._exports`)."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), _RENAMED.get(name, name))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """The import system binds each submodule on its package as it loads: a public name that
    is also its module's name (``stability``) keeps meaning the public object."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _MODULE_OF.get(name) == name:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
