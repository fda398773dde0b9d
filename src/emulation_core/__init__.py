"""emulation_core: score, rank and keep the records of a Vietnamese emulation bloc.

The public API is what this module exports; see docs/library.md.
"""

from .actor import Actor, Role, parse_actor, resolve_actor
from .atomic import atomic_write
from .audit import (
    AuditBreak,
    AuditEntry,
    AuditLogError,
    ChainState,
    Change,
    read_chain,
    read_state,
)
from .ballots import Ballot, VoteMethod
from .blocstats import BlocStats, Figure, IndicatorFigures
from .campaigns import (
    NO_TARGET,
    CampaignPlan,
    edit_campaign,
    new_campaign,
    set_targets,
    targets_not_entered,
)
from .checks import check_points
from .criteria import CriteriaTable, Criterion, Indicator, Section
from .crossscores import Aggregate
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
from .formula import Formula, FormulaError
from .general_type import GENERAL_TYPE
from .locking import CampaignLock, LockEvent
from .messages import LANGUAGES, MESSAGES, Language, Message, format_number, render
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
from .overlap import MATCH_SCORE, OverlapEntry, OverlapGroup, late_changes, overlap_key, overlaps
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
from .rankchange import PreviousPlace, previous_places
from .ranking import RankedMember, rank, tie_break_label
from .registering import register_content, sign_agreement
from .registration import ContentKind, RegisteredItem, Registrations
from .reports import FORMATS as EXPORT_FORMATS
from .reports import build_report, export_bytes, previous_ranks, report_for, write_export
from .review import ReviewError
from .reviewing import Saved
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
from .scoring import CriterionScore, MemberScore, RatingState, Scoreboard, SectionScore
from .stability import Stability, stability
from .stabilitytext import stability_lines
from .text import is_safe_id, nfc, printable, vi_sort_key
from .trail import Verification, verify_workspace
from .workspace import SCHEMA_VERSION, Workspace

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
    "DateError",
    "EmulationError",
    "Explanation",
    "Figure",
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
    "Member",
    "MemberScore",
    "Message",
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
    "Stability",
    "StaleWriteError",
    "Status",
    "StatusStep",
    "Submission",
    "TargetRule",
    "UnsafePathError",
    "ValidationError",
    "Verification",
    "VoteMethod",
    "Workspace",
    "WorkspaceLockedError",
    "WorkspaceNotFoundError",
    "YesNoRule",
    "__version__",
    "add_member",
    "atomic_write",
    "build_report",
    "check_points",
    "default_registry",
    "edit_campaign",
    "edit_member",
    "explanation_text",
    "export_bytes",
    "format_number",
    "format_points",
    "format_typed",
    "is_safe_id",
    "late_changes",
    "new_campaign",
    "nfc",
    "number_words",
    "open_workspace",
    "overlap_key",
    "overlaps",
    "parse_actor",
    "parse_decimal",
    "percent",
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
    "read_number",
    "read_state",
    "register_content",
    "remove_member",
    "render",
    "report_for",
    "resolve_actor",
    "rule_text",
    "sample_workspace_path",
    "set_leadership",
    "set_targets",
    "sign_agreement",
    "source_text",
    "stability",
    "stability_lines",
    "targets_not_entered",
    "tie_break_label",
    "verify_workspace",
    "vi_sort_key",
    "write_export",
]


def open_workspace(path: str, *, writable: bool = False) -> Workspace:
    """Open the workspace at ``path`` (read-only unless ``writable``); see :class:`Workspace`."""
    return Workspace.open(path, writable=writable)
