"""The set-up actions the app offers from every screen (keys and the command palette):
a new campaign, a roll-over, the campaign's settings, the leadership of a year, the
members' and scorers' forms written out and the scorers' forms read back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .i18n import t

if TYPE_CHECKING:
    from .app import EmulationApp

__all__ = ["OPENED", "open_campaign_form", "open_forms", "open_leadership", "open_named"]

OPENED = ("new_campaign", "roll_over", "edit_campaign", "leadership", "member_forms",
          "scorer_forms", "import_scorer_forms", "meeting")
"""What :func:`open_named` opens, by name (``app.open('<name>')``)."""


def open_named(app: EmulationApp, name: str) -> None:
    """Open the form called ``name`` (one of :data:`OPENED`); the campaign worked on is
    the one rolled over or edited."""
    session = app.require_session()
    current = session.campaign.id if session.campaign else None
    if name == "leadership":
        open_leadership(app)
    elif name == "new_campaign":
        open_campaign_form(app)
    elif current is None:
        app.notify(t("campaign.none"), severity="warning")
    elif name == "roll_over":
        open_campaign_form(app, source=current)
    elif name == "edit_campaign":
        open_campaign_form(app, editing=current)
    else:
        open_forms(app, name, current)


def open_forms(app: EmulationApp, name: str, campaign_id: str) -> None:
    """The campaign's forms: the members' or the scorers' written to ``exports/``, the
    scorers' filled forms read back, or the deliberation meeting (``name``:
    ``member_forms``, ``scorer_forms``, ``import_scorer_forms``, ``meeting``)."""
    from .screens.forms_dialog import FormsWritten, ScorerFormsImport

    session = app.require_session()
    if name == "meeting":
        from .screens.meeting_form import MeetingForm

        if _writable(app):
            app.push_screen(MeetingForm(session, campaign_id))
        return
    if name == "import_scorer_forms":
        if _writable(app):
            app.push_screen(ScorerFormsImport(session, campaign_id))
        return
    app.push_screen(FormsWritten(session, campaign_id,
                                 "members" if name == "member_forms" else "scorers"))


def _writable(app: EmulationApp) -> bool:
    if app.require_session().read_only:
        app.notify(t("readonly.refused"), severity="warning")
        return False
    return True


def open_campaign_form(app: EmulationApp, *, source: str | None = None,
                       editing: str | None = None) -> None:
    """The campaign form: a new campaign (rolled over from ``source`` if given), worked on
    once created; or the settings of the campaign ``editing``."""
    from .screens.campaign_form import CampaignForm

    session = app.require_session()
    if not _writable(app):
        return
    campaign = session.ws.campaign(editing) if editing else None

    async def done(campaign_id: str | None) -> None:
        if campaign_id is None:
            return
        made = session.ws.campaign(campaign_id)
        if campaign is not None:
            app.notify(t("cform.saved", title=made.title))
            return
        failures = session.switch_campaign(campaign_id)
        if failures:
            app.show_failures(failures)
            return
        app.notify(t("cform.created", title=made.title))

    app.push_screen(CampaignForm(session, campaign, source=source), done)


def open_leadership(app: EmulationApp) -> None:
    """The lead and deputy of a year (the campaign's year first)."""
    from .screens.leadership_form import LeadershipForm

    session = app.require_session()
    if not _writable(app):
        return
    year = session.campaign.year if session.campaign else session.today().year

    def done(saved: int | None) -> None:
        if saved is not None:
            app.notify(t("lead.saved", year=saved))

    app.push_screen(LeadershipForm(session, year), done)
