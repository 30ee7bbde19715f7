"""The applicant's rating of how the dossier was handled.

Decree 118/2025/NĐ-CP has applicants evaluate the handling of their dossier; the levels are
those of the 2018 practice (Decree 61/2018 and Circular 01/2018/TT-VPCP): very satisfied,
satisfied, not satisfied. The 2025 circular's own wording of the levels could not be checked
offline; the labels live here, once, and the report counts "satisfied" as the first two."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desk_app.domain.errors import ValidationError


class Level(StrEnum):
    VERY_SATISFIED = "very_satisfied"
    SATISFIED = "satisfied"
    UNSATISFIED = "unsatisfied"

    @property
    def label_vi(self) -> str:
        return LEVEL_LABELS[self]


LEVEL_LABELS = {
    Level.VERY_SATISFIED: "Rất hài lòng",
    Level.SATISFIED: "Hài lòng",
    Level.UNSATISFIED: "Không hài lòng",
}
SATISFIED = frozenset({Level.VERY_SATISFIED, Level.SATISFIED})
DEFAULT_TARGET = 92  # per cent satisfied: the target of the provincial reports
COMMENT_MAX = 1000
SOURCES = ("screen", "dialog", "paper")  # the applicant's screen, the clerk's dialog, on paper


def level(value: object) -> Level:
    try:
        return Level(str(value).strip())
    except ValueError:
        known = ", ".join(v.value for v in Level)
        raise ValidationError(
            f"Mức đánh giá {str(value)[:40]!r} không có ({known})", "level"
        ) from None


@dataclass(frozen=True)
class Tally:
    """Ratings counted for one row of the report."""

    name: str
    very_satisfied: int = 0
    satisfied: int = 0
    unsatisfied: int = 0

    @property
    def rated(self) -> int:
        return self.very_satisfied + self.satisfied + self.unsatisfied

    @property
    def satisfied_rate(self) -> float | None:
        """The share satisfied (very satisfied and satisfied), from 0 to 1; None when nobody
        rated."""
        if not self.rated:
            return None
        return (self.very_satisfied + self.satisfied) / self.rated

    def plus(self, other: Tally, name: str | None = None) -> Tally:
        return Tally(
            self.name if name is None else name,
            self.very_satisfied + other.very_satisfied,
            self.satisfied + other.satisfied,
            self.unsatisfied + other.unsatisfied,
        )
