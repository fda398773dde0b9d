"""The verifier's correction of a figure, asked for from the entry panel: a dialog says
the unit's figure and the new one and asks for the mandatory reason; the library records
the correction beside the unit's figure (esc puts the field back and changes nothing,
asking first when a reason was typed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Input

from emulation_core import EmulationError

from .. import fmt, review_steps
from ..explain import indicator_label
from ..i18n import error_text, t
from ..session import EditRefused
from .reason_dialog import ReasonDialog

if TYPE_CHECKING:
    from .entry_panel import EntryPanel

__all__ = ["ask_correction"]


def ask_correction(panel: EntryPanel, field: Input) -> bool:
    """Ask for the reason of the correction typed in ``field``; False when the field holds
    none (see :meth:`EntryPanel.pending_correction`)."""
    pending = panel.pending_correction(field)
    if pending is None:
        return False
    key, value = pending
    session = panel.session
    sub = session.working_submission(panel.member_id)
    label = indicator_label(key, panel.board.table_for(panel.member_id).indicators)
    reported = fmt.number(sub.values.get(key))
    fixed = sub.corrections.get(key)
    if value is None:
        assert fixed is not None
        what = t("correct.back", label=label, value=fmt.number(fixed.value), reported=reported)
    else:
        what = t("correct.what", label=label, reported=reported, value=fmt.number(value))

    def answered(reason: str | None) -> None:
        panel.asking = False
        if not reason:
            panel.restore(field)
            return
        try:
            review_steps.correct(session, panel.member_id, key, value, reason)
        except EditRefused as refused:
            panel.notify(t(refused.key, **refused.values), severity="warning")
            panel.restore(field)
            return
        except (EmulationError, OSError) as exc:
            panel.notify(error_text(exc), title=t("step.refused"), severity="error",
                         timeout=10)
            panel.restore(field)
            return
        panel.corrected()
        panel.notify(t("correct.removed", label=label) if value is None else t(
            "correct.done", label=label, reported=reported, value=fmt.number(value),
            reason=reason))

    panel.asking = True
    panel.app.push_screen(ReasonDialog(t("correct.title", member=panel.member_name()), [what],
                                       leave_question="leave.correction"), answered)
    return True
