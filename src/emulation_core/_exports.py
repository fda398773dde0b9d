"""Where each public name of :mod:`emulation_core` lives: the package's ``__getattr__``
imports a name's module the first time the name is read (PEP 562), so that a command imports
only what it uses. The package's ``if TYPE_CHECKING:`` imports are the same list for type
checkers (tests/core/test_public_api.py keeps the two equal)."""

from __future__ import annotations

__all__ = ["HOME", "MODULE_OF", "RENAMED"]

HOME: dict[str, tuple[str, ...]] = {
    "actor": ("Actor", "Role", "parse_actor", "resolve_actor", "save_identity"),
    "atomic": ("atomic_write",),
    "audit": (
        "AuditBreak", "AuditEntry", "AuditLogError", "ChainState", "read_chain",
        "read_state",
    ),
    "awardfile": ("Ballot", "Meeting", "VoteMethod"),
    "ballots": ("Tally",),
    "blocstats": ("BlocStats", "Figure", "IndicatorFigures"),
    "campaigns": (
        "NO_TARGET", "CampaignPlan", "edit_campaign", "new_campaign", "set_targets",
        "targets_not_entered",
    ),
    "change": ("Change",),
    "checks": ("check_points",),
    "criteria": ("CriteriaTable", "Criterion", "Indicator", "Section"),
    "criteria_doc": ("criteria_document", "table_from_document"),
    "criteria_edit": ("TableImpact", "TotalMove", "save_criteria", "table_impact"),
    "crosssteps": ("campaign_stability",),
    "crossscores": ("Aggregate", "CrossMode"),
    "crossforms": ("import_scorer_form", "make_scorer_forms"),
    "crosssheets": ("CrossSheets", "SheetRow", "cross_sheets"),
    "dates": ("DateError", "read_date"),
    "errors": (
        "EmulationError", "Problem", "SchemaVersionError", "StaleWriteError", "UnsafePathError",
        "ValidationError", "WorkspaceLockedError", "WorkspaceNotFoundError",
    ),
    "explanation": ("BlocFigure", "Explanation", "InputValue", "Quantity"),
    "export": ("ranking_csv", "ranking_json", "ranking_records"),
    "form_read": ("FormFigures",),
    "forms": ("FormChange", "apply_forms", "make_forms", "planned_changes", "read_forms"),
    "formula": ("Formula", "FormulaError"),
    "fsguard": ("read_inside",),
    "general_type": ("GENERAL_TYPE",),
    "loading": ("SCHEMA_VERSION",),
    "locking": ("CampaignLock", "LockEvent"),
    "messages": ("LANGUAGES", "MESSAGES", "Language", "Message", "format_number", "render"),
    "minutes": ("Minutes",),
    "minutesfile": ("MINUTES_SUFFIXES", "write_minutes"),
    "model": (
        "DEFAULT_BANDS", "Bloc", "Campaign", "Correction", "CriterionEntry", "Lateness",
        "Leadership", "Member", "PeriodKind", "RankBy", "RatingBand", "Status", "StatusStep",
        "Submission",
    ),
    "numbers": (
        "NumberError", "NumberReading", "format_points", "format_typed", "parse_decimal",
        "read_number",
    ),
    "numwords": ("number_words",),
    "overlap": (
        "MATCH_SCORE", "OverlapEntry", "OverlapGroup", "late_changes", "overlap_key", "overlaps",
    ),
    "phrasing": ("explanation_text", "percent", "rating_text", "rule_text", "source_text"),
    "plugins": (
        "API_VERSION", "ENTRY_POINT_GROUP", "ENV_VAR", "AssociationType", "PluginInfo",
        "PluginRegistry", "default_registry",
    ),
    "proposals": ("Decision", "Proposals"),
    "rankchange": ("PreviousPlace", "previous_places"),
    "ranking": ("RankedMember", "rank", "tie_break_label"),
    "registering": ("register_content", "sign_agreement"),
    "registration": ("ContentKind", "RegisteredItem", "Registrations"),
    "reports": (
        "EXPORT_FORMATS", "build_report", "export_bytes", "previous_ranks", "report_for",
        "write_export",
    ),
    "review": ("ReviewError",),
    "roster": ("add_member", "edit_member", "remove_member", "set_leadership"),
    "rules": (
        "AdjustmentItem", "AdjustmentRule", "FormulaRule", "JudgedRule", "NoTarget", "NotEntered",
        "OverMeasure", "PerOccurrenceRule", "RelativeRule", "Rule", "TargetRule", "YesNoRule",
    ),
    "sample": ("sample_workspace_path",),
    "saved": ("Saved",),
    "scoring": ("CriterionScore", "MemberScore", "RatingState", "Scoreboard", "SectionScore"),
    "stability": ("Stability", "stability"),
    "stabilitytext": ("stability_lines",),
    "text": ("is_safe_id", "nfc", "printable", "vi_sort_key"),
    "trail": ("Verification", "verify_workspace"),
    "verdict": ("Verdict", "split_answer"),
    "workspace": ("Workspace",),
}
MODULE_OF = {name: module for module, names in HOME.items() for name in names}
# Public names that differ from the name in their module.
RENAMED = {"EXPORT_FORMATS": "FORMATS"}
