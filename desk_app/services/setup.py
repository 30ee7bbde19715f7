"""Creating a database's first content and describing a database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desk_app.db import models
from desk_app.db.database import Database, head_revision
from desk_app.services import agency, calendar_service, catalogue
from desk_app.services.calendar_service import RecomputeResult

COUNTED = {
    "users": models.User,
    "fields": models.Field,
    "procedures": models.Procedure,
    "dossiers": models.Dossier,
    "dossier_events": models.DossierEvent,
    "calendar_overrides": models.CalendarOverride,
}


@dataclass(frozen=True)
class DatabaseInfo:
    url: str
    schema_revision: str | None
    head_revision: str
    counts: dict[str, int]


@dataclass(frozen=True)
class InitResult:
    created: bool  # settings or sample catalogue created
    recomputed: RecomputeResult | None  # open dossiers recomputed after new announcements


def initialise(
    db: Database, *, samples: bool = False, sample_unit: bool | None = None
) -> InitResult:
    """Create the settings row; with ``samples``, seed the sample catalogue into an empty
    catalogue (the window does that on its first start), and unless ``sample_unit`` is False
    number with the fictitious :data:`SAMPLE_UNIT` until the agency sets its own (the window
    asks the administrator instead). When the shipped official calendar changed since the
    database last saw it, recompute every open dossier."""
    fictitious = samples if sample_unit is None else sample_unit

    def work(session) -> InitResult:
        created = session.get(models.AgencySettings, 1) is None
        agency.ensure_settings(session)
        if samples and session.scalar(select(func.count()).select_from(models.Procedure)) == 0:
            catalogue.seed_samples(session)
            if fictitious:
                agency.use_sample_unit(session)
            created = True
        recomputed = calendar_service.refresh_after_new_announcements(session)
        return InitResult(created, recomputed)

    with db.read() as session:  # most starts have nothing to write: do not wait for a lock
        settled = (
            session.get(models.AgencySettings, 1) is not None
            and (
                not samples
                or (session.scalar(select(func.count()).select_from(models.Procedure)) or 0) > 0
            )
            and agency.get_settings(session).options.get("official_calendar_sha256")
            == calendar_service.official_fingerprint()
        )
    if settled:
        return InitResult(False, None)
    return db.run_write(work)


def database_info(db: Database) -> DatabaseInfo:
    with db.read() as session:
        counts = {
            name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in COUNTED.items()
        }
    return DatabaseInfo(db.display_url, db.schema_revision(), head_revision(), counts)
