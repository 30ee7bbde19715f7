"""The agency's settings row."""

from __future__ import annotations

import copy

from sqlalchemy.orm import Session

from desk_app.db.models import AgencySettings
from desk_app.domain.calendar import OfficeHours
from desk_app.domain.deadline import SupplementPolicy
from desk_app.settings import AGENCY_DEFAULTS


def ensure_settings(session: Session) -> AgencySettings:
    """The settings row, created from the defaults on first use."""
    row = session.get(AgencySettings, 1)
    if row is None:
        row = AgencySettings(id=1, **copy.deepcopy(AGENCY_DEFAULTS))
        session.add(row)
        session.flush()
    return row


def get_settings(session: Session) -> AgencySettings:
    row = session.get(AgencySettings, 1)
    if row is None:  # a database opened read-only before `init`: the defaults, not stored
        return AgencySettings(id=1, **copy.deepcopy(AGENCY_DEFAULTS))
    return row


def office_hours(row: AgencySettings) -> OfficeHours:
    return OfficeHours.from_mapping(row.office_hours)


def supplement_policy(row: AgencySettings) -> SupplementPolicy:
    return SupplementPolicy(row.supplement_policy)
