"""What walking the verification again found: in the scoring screen's list a figure the
verifier corrected showed only the corrected figure (the unit's own was only in the note of
the field); the row now reads ``4 100→4 000``, the unit's figure beside the correction."""

from __future__ import annotations

from decimal import Decimal

from emulation_tui import review_steps
from emulation_tui.app import EmulationApp
from emulation_tui.session import Session

from .conftest import open_criterion


async def test_a_corrected_figure_reads_beside_the_units_own_in_the_list(
        app: EmulationApp, session: Session) -> None:
    review_steps.correct(session, "ctd-ha-long", "blood_units", Decimal(3900),
                         "phiếu tiếp nhận thiếu 100 đơn vị")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-ha-long", "I.1")
        assert str(screen.table.get_cell("I.1", "value")).strip() == "4 000→3 900"
        assert str(screen.table.get_cell("I.2", "value")).strip() == "600"  # not corrected
