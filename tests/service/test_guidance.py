"""Guidance at the counter (forms 02 and 03 without registration) is counted per period."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.errors import ValidationError
from desk_app.services import guidance, setup
from desk_app.services.guidance import GuidanceKind

T = dt.datetime


def test_guidance_is_counted_by_kind_and_period(db):
    setup.initialise(db, samples=True)
    guidance.record_guidance(db, "supplement", "1.009645", at=T(2026, 11, 2, 9, 0))
    guidance.record_guidance(db, GuidanceKind.SUPPLEMENT, at=T(2026, 11, 30, 16, 59))
    guidance.record_guidance(db, "refusal", "1.009646", at=T(2026, 11, 15, 10, 0))
    guidance.record_guidance(db, "refusal", at=T(2026, 12, 1, 7, 30))
    with db.read() as session:
        november = guidance.guidance_counts(session, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
        one_day = guidance.guidance_counts(session, dt.date(2026, 12, 1), dt.date(2026, 12, 1))
    assert november == {GuidanceKind.SUPPLEMENT: 2, GuidanceKind.REFUSAL: 1}
    assert one_day == {GuidanceKind.SUPPLEMENT: 0, GuidanceKind.REFUSAL: 1}


def test_bad_guidance_is_a_clear_error(db):
    setup.initialise(db, samples=True)
    with pytest.raises(ValidationError, match="Loại hướng dẫn"):
        guidance.record_guidance(db, "lost")
    with pytest.raises(ValidationError, match=r"9\.99"):
        guidance.record_guidance(db, "refusal", "9.99")
