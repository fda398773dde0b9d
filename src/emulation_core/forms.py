"""Member forms against a workspace: make them, read them back, apply what they report.

:func:`make_forms` writes one form per member taking part in a campaign.
:func:`read_forms` reads filled forms (every problem of every file, or their figures) and
:func:`planned_changes` says what each would change; :func:`apply_forms` saves them all as
one recorded step of the change log, or nothing: the figures land as the unit's reported
figures (never as the lead's corrections), self-scores and evidence in the unit's entries.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from attrs import evolve, frozen

from .atomic import atomic_write
from .change import Change
from .changes import submission_changes
from .criteria_xlsx import workbook_data
from .errors import Problem, ValidationError
from .form_layout import FormPlan, table_version
from .form_make import form_workbook
from .form_read import FormFigures, PlanFor, read_form
from .messages import Message
from .model import CriterionEntry, Submission
from .value_object import ValueObject
from .workspace import Workspace

__all__ = ["FormChange", "apply_forms", "form_file_name", "form_plan", "make_forms",
           "planned_changes", "read_forms"]


def form_file_name(campaign_id: str, member_id: str) -> str:
    """``<campaign>__<member>.xlsx``: the file name holds the member id."""
    return f"{campaign_id}__{member_id}.xlsx"


def form_plan(ws: Workspace, campaign_id: str, member_id: str) -> FormPlan:
    """What the member's form for the campaign asks, with its registered targets."""
    campaign = ws.campaign(campaign_id)
    member = ws.bloc.member(member_id)
    assert member is not None
    table = ws.table_for(campaign_id, member.type)
    targets: dict[str, Decimal | None] = dict(campaign.targets.get(member_id, {}))
    targets.update({key: None for key in campaign.no_target.get(member_id, ())})
    return FormPlan(member_id, campaign_id, table_version(table), table, targets)


def make_forms(ws: Workspace, campaign_id: str, folder: Path) -> list[Path]:
    """Write the form of every member taking part in the campaign into ``folder``."""
    campaign = ws.campaign(campaign_id)
    written = []
    for member in ws.bloc.members:
        if not campaign.takes_part(member.id):
            continue
        plan = form_plan(ws, campaign_id, member.id)
        sub = ws.submissions(campaign_id).get(member.id)
        evidence = {code: e.evidence for code, e in sub.entries.items()} if sub else {}
        path = folder / form_file_name(campaign_id, member.id)
        atomic_write(path, workbook_data(form_workbook(member, plan, campaign.title, evidence)))
        written.append(path)
    return written


def _plan_for(ws: Workspace, campaign_only: str | None) -> PlanFor:
    """What checks a form's member, campaign and table version against ``ws``."""
    def plan_for(display: str, member_id: str, campaign_id: str,
                 version: str) -> FormPlan | Problem:
        member = ws.bloc.member(member_id)
        if member is None:
            return Problem.keyed(display, None, "member", "unitform.member", member=member_id)
        if campaign_id not in ws.campaigns or (campaign_only and campaign_id != campaign_only):
            return Problem.keyed(display, None, "campaign", "unitform.campaign",
                                 campaign=campaign_id, expected=campaign_only or
                                 ", ".join(ws.campaigns))
        if ws.is_locked(campaign_id):
            return Problem.keyed(display, None, "campaign", "unitform.locked",
                                 campaign=campaign_id)
        if not ws.campaign(campaign_id).takes_part(member_id):
            return Problem.keyed(display, None, "member", "unitform.not_taking_part",
                                 member=member_id, campaign=campaign_id)
        plan = form_plan(ws, campaign_id, member_id)
        if version != plan.version:
            return Problem.keyed(display, None, "table_version", "unitform.version",
                                 found=version or "∅", expected=plan.version)
        return plan
    return plan_for


def read_forms(ws: Workspace, paths: Sequence[Path], campaign_id: str | None = None, *,
               progress: Callable[[Path], None] | None = None) -> list[FormFigures]:
    """Every form's figures; :class:`ValidationError` with the problems of every file
    (a form of a campaign other than ``campaign_id``, when given, is refused).
    ``progress`` hears of each file once it is read."""
    problems: list[Problem] = []
    found: list[FormFigures] = []
    seen: dict[tuple[str, str], str] = {}
    for path in paths:
        try:
            figures = read_form(path, str(path), _plan_for(ws, campaign_id),
                                lambda c: ws.campaign(c).precision)
        except ValidationError as exc:
            problems += exc.problems
            continue
        finally:
            if progress is not None:
                progress(path)
        named = path.stem.partition("__")[2]  # C__MEMBER, as made; a renamed file is not checked
        if named and named != figures.member:
            problems.append(Problem.keyed(str(path), None, "member", "unitform.file_member",
                                          member=figures.member, named=named))
        key = (figures.campaign, figures.member)
        if key in seen:
            problems.append(Problem.keyed(str(path), None, "member", "unitform.twice",
                                          member=figures.member, other=seen[key]))
        seen[key] = str(path)
        found.append(figures)
    if problems:
        raise ValidationError(problems)
    return found


@frozen
class FormChange(ValueObject):
    """One form's effect: the member's submission before and after, and the changes."""

    figures: FormFigures
    before: Submission | None
    after: Submission
    changes: tuple[Change, ...]


def planned_changes(ws: Workspace, forms: Sequence[FormFigures]) -> list[FormChange]:
    """What each form would change in its member's stored submission."""
    planned = []
    for form in forms:
        before = ws.submissions(form.campaign).get(form.member)
        sub = before or Submission(form.member, form.campaign)
        entries = dict(sub.entries)
        for code in form.self_points.keys() | form.evidence.keys():
            entry = entries.get(code, CriterionEntry())
            entries[code] = evolve(entry, self_points=form.self_points.get(code,
                                                                           entry.self_points),
                                   evidence=form.evidence.get(code, entry.evidence))
        after = evolve(sub, values={**sub.values, **form.values}, entries=entries)
        blank = before is None and not (form.values or form.self_points or form.evidence)
        changes = () if blank or after == before else tuple(
            submission_changes(before, after, ws.campaign(form.campaign).precision))
        planned.append(FormChange(form, before, after, changes))
    return planned


def apply_forms(ws: Workspace, planned: Sequence[FormChange]) -> list[Message]:
    """Save every changed submission as one step (all or nothing); the saves' warnings
    (catalog messages)."""
    problems = [Problem.keyed(p.figures.display, None, "", message.key, **message.values)
                for p in planned for message in ws.submission_messages(p.after)]
    if problems:
        raise ValidationError(problems)
    warnings: list[Message] = []
    with ws.transaction("forms import"):
        for change in planned:
            if change.changes:
                warnings += ws.update_submission(change.after).warnings
    return warnings
