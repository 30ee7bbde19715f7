"""Where the time went: for each department of the internal processes, the steps it finished
in a period, how many were late, the median share of its budget it used, and in how many of
the dossiers resolved late its own step was late (``desk-app report --kind steps``)."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from desk_app.db.database import Database
from desk_app.db.models import Dossier
from desk_app.domain.deadline import Classification, classify
from desk_app.domain.errors import ValidationError
from desk_app.domain.roles import Permission
from desk_app.domain.text import fold
from desk_app.services import auth, process

COLUMNS = ("department", "handled", "late", "median_used_share", "late_share_of_late_dossiers")


@dataclass(frozen=True)
class StepTally:
    department: str
    handled: int  # steps finished in the period
    late: int  # of them, over their budget
    median_used_share: float | None  # used / budget, the median
    late_share_of_late_dossiers: float | None  # of the dossiers resolved late, the share
    # in which this department's step was late

    def row(self) -> tuple:
        def share(value: float | None) -> float | str:
            return "" if value is None else round(value, 4)

        return (
            self.department,
            self.handled,
            self.late,
            share(self.median_used_share),
            share(self.late_share_of_late_dossiers),
        )


@dataclass(frozen=True)
class StepsReport:
    first: dt.date
    last: dt.date
    rows: tuple[StepTally, ...]
    total: StepTally


def report(db: Database, first: dt.date, last: dt.date) -> StepsReport:
    """The steps finished from ``first`` to ``last`` (inclusive), by department."""
    auth.require(Permission.REPORTS)
    if last < first:
        raise ValidationError("Ngày cuối trước ngày đầu của kỳ báo cáo", "to")
    start = dt.datetime.combine(first, dt.time())
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
    now = dt.datetime.now()
    shares: dict[str, list[float]] = {}
    lates: dict[str, int] = {}
    names: dict[str, str] = {}
    late_dossiers: list[set[str]] = []  # for each dossier resolved late: its late departments
    with db.read() as session:
        candidates = session.scalars(
            select(Dossier)
            .where(
                Dossier.process.is_not(None),
                Dossier.received_at < end,
                or_(Dossier.resolved_at.is_(None), Dossier.resolved_at >= start),
            )
            .options(selectinload(Dossier.events))
        )
        for dossier in candidates:
            finished = [
                r
                for r in process.step_runs(session, dossier, now)
                if r.finished_at is not None and start <= r.finished_at < end
            ]
            for run in finished:
                key = fold(run.department)
                names.setdefault(key, run.department)
                shares.setdefault(key, []).append(run.used_minutes / max(run.budget_minutes, 1))
                lates[key] = lates.get(key, 0) + run.late
            resolved, due = dossier.resolved_at, dossier.due_at
            if finished and resolved and due and classify(due, resolved) is Classification.LATE:
                late_dossiers.append({fold(r.department) for r in finished if r.late})
    rows = tuple(
        _tally(names[key], shares[key], lates[key], late_dossiers, {key})
        for key in sorted(names, key=lambda k: names[k])
    )
    everything = [share for values in shares.values() for share in values]
    total = _tally("TOTAL", everything, sum(lates.values()), late_dossiers, set(names))
    return StepsReport(first, last, rows, total)


def _tally(name, shares, late, late_dossiers, keys) -> StepTally:
    share_of_late = None
    if late_dossiers:
        share_of_late = sum(1 for d in late_dossiers if d & keys) / len(late_dossiers)
    median = statistics.median(shares) if shares else None
    return StepTally(name, len(shares), late, median, share_of_late)


def write_report(db: Database, result: StepsReport, path) -> None:
    """``result`` to ``path`` (.csv, .xlsx or .pdf, by its extension); shares as fractions."""
    from desk_app.services import agency, printing, report_files

    with db.read() as session:
        letterhead = printing.agency_of(agency.get_settings(session))
    report_files.write_steps(result, path, letterhead)
