"""The working calendar against the official days off of 2023-2026 and the lunar edge years."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.calendar import (
    DaySource,
    OfficeHours,
    OfficialCalendar,
    Override,
    OverrideKind,
    WorkingCalendar,
    load_official_calendar,
)
from desk_app.domain.errors import CalendarFileError, ValidationError

D = dt.date

# shared/domain.md, "Official days off of recent years": weekdays off, worked weekend days.
OFFICIAL = {
    2023: (
        [D(2023, 1, 2), D(2023, 1, 20), D(2023, 1, 23), D(2023, 1, 24), D(2023, 1, 25),
         D(2023, 1, 26), D(2023, 5, 1), D(2023, 5, 2), D(2023, 5, 3), D(2023, 9, 1),
         D(2023, 9, 4)],
        [],
    ),
    2024: (
        [D(2024, 1, 1), D(2024, 2, 8), D(2024, 2, 9), D(2024, 2, 12), D(2024, 2, 13),
         D(2024, 2, 14), D(2024, 4, 18), D(2024, 4, 29), D(2024, 4, 30), D(2024, 5, 1),
         D(2024, 9, 2), D(2024, 9, 3)],
        [D(2024, 5, 4)],
    ),
    2025: (
        [D(2025, 1, 1), D(2025, 1, 27), D(2025, 1, 28), D(2025, 1, 29), D(2025, 1, 30),
         D(2025, 1, 31), D(2025, 4, 7), D(2025, 4, 30), D(2025, 5, 1), D(2025, 5, 2),
         D(2025, 9, 1), D(2025, 9, 2)],
        [D(2025, 4, 26)],
    ),
    2026: (
        [D(2026, 1, 1), D(2026, 1, 2), D(2026, 2, 16), D(2026, 2, 17), D(2026, 2, 18),
         D(2026, 2, 19), D(2026, 2, 20), D(2026, 4, 27), D(2026, 4, 30), D(2026, 5, 1),
         D(2026, 8, 31), D(2026, 9, 1), D(2026, 9, 2), D(2026, 11, 24)],
        [D(2026, 1, 10), D(2026, 8, 22)],
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar(official=load_official_calendar())


@pytest.mark.parametrize("year", sorted(OFFICIAL))
def test_official_year_matches_the_announcements_exactly(cal, year):
    days_off, worked = OFFICIAL[year]
    day, weekdays_off, weekend_worked = D(year, 1, 1), [], []
    while day.year == year:
        if day.weekday() < 5 and not cal.is_working_day(day):
            weekdays_off.append(day)
        if day.weekday() >= 5 and cal.is_working_day(day):
            weekend_worked.append(day)
        day += dt.timedelta(days=1)
    assert weekdays_off == days_off
    assert weekend_worked == worked
    assert cal.year_status(year) == "confirmed"


def test_the_2026_new_year_swap_the_library_misses_is_applied(cal):
    import holidays

    assert D(2026, 1, 2) not in holidays.Vietnam(years=2026)  # the gap the file fills
    info = cal.day_info(D(2026, 1, 2))
    assert not info.working and info.source is DaySource.NOTICE and "12729" in info.notice
    saturday = cal.day_info(D(2026, 1, 10))
    assert saturday.working and saturday.sessions == ((450, 690), (810, 1020))


def test_vietnamese_culture_day_from_2026(cal):
    assert not cal.is_working_day(D(2026, 11, 24))
    assert cal.is_working_day(D(2025, 11, 24))  # a Monday, before the day existed


def test_years_without_announcement_are_estimated(cal):
    assert cal.year_status(2027) == "estimated"
    assert cal.day_info(D(2027, 2, 8)).source is DaySource.LAW  # Tết 2027, from the law


@pytest.mark.parametrize(
    ("day", "reason_word"),
    [
        (D(2030, 2, 4), "Tết"),  # Vietnamese Tết 2030 is on 2 February (Chinese: 3 February)
        (D(2037, 4, 24), "Hùng"),  # Hùng Kings' day 2037, Vietnamese calendar
        (D(2038, 4, 13), "Hùng"),  # Hùng Kings' day 2038
    ],
)
def test_lunar_dates_follow_the_vietnamese_calendar(cal, day, reason_word):
    info = cal.day_info(day)
    assert not info.working
    assert reason_word.lower() in info.reason.lower() or "tết" in info.reason.lower()


def test_tet_2030_starts_on_2_february(cal):
    # 2/2/2030 is a Saturday: Tết day 1; the Chinese calendar would put it on 3/2.
    assert "Tết" in cal.day_info(D(2030, 2, 2)).reason
    lunar_eve = cal.day_info(D(2030, 2, 1))
    assert not lunar_eve.working  # the eve (Friday) is off


def test_hung_kings_2037_and_2038_are_vietnamese_dates(cal):
    assert not cal.is_working_day(D(2037, 4, 24))  # Friday
    assert cal.is_working_day(D(2037, 4, 23))
    assert not cal.is_working_day(D(2038, 4, 13))  # Tuesday
    assert cal.is_working_day(D(2038, 4, 12))


def test_overrides_win_over_everything():
    cal = WorkingCalendar(
        official=load_official_calendar(),
        overrides=[
            Override(D(2026, 11, 25), OverrideKind.OFF, "Kiểm kê"),
            Override(D(2026, 11, 28), OverrideKind.WORK, "Làm thêm"),
            Override(D(2026, 11, 26), OverrideKind.MORNING, "Chiều họp"),
            Override(D(2026, 11, 27), OverrideKind.AFTERNOON, ""),
        ],
    )
    assert cal.sessions(D(2026, 11, 25)) == ()
    assert cal.sessions(D(2026, 11, 28)) == ((450, 690), (810, 1020))
    assert cal.sessions(D(2026, 11, 26)) == ((450, 690),)
    assert cal.sessions(D(2026, 11, 27)) == ((810, 1020),)
    assert cal.day_info(D(2026, 11, 25)).source is DaySource.AGENCY
    unusual = {info.day for info in cal.unusual_days(2026)}
    assert {D(2026, 11, 25), D(2026, 11, 26), D(2026, 11, 27), D(2026, 11, 28)} <= unusual


def test_saturday_morning_sessions_are_expressible():
    hours = OfficeHours.from_mapping({**OfficeHours.DEFAULT_TEXT, "sat": ["07:30-11:30"]})
    cal = WorkingCalendar(hours, load_official_calendar())
    assert cal.sessions(D(2026, 11, 28)) == ((450, 690),)
    assert hours.standard_day_minutes == 450  # a normal day is still Monday-Friday's
    # A law holiday that falls on a Saturday closes this agency's Saturday session
    assert cal.sessions(D(2023, 4, 29)) == ()  # Hùng Kings' day 2023, a Saturday


@pytest.mark.parametrize(
    "mapping",
    [
        {"mon": ["07:30"]},
        {"mon": ["11:30-07:30"]},
        {"mon": ["07:30-11:30", "11:00-12:00"]},
        {"mon": ["25:00-26:00"]},
        {"funday": ["07:30-11:30"]},
        {"sat": []},
    ],
)
def test_bad_office_hours_are_rejected_with_a_message(mapping):
    with pytest.raises(ValidationError) as info:
        OfficeHours.from_mapping(mapping)
    assert str(info.value)


def test_office_hours_round_trip():
    hours = OfficeHours.default()
    assert OfficeHours.from_mapping(hours.to_mapping()) == hours


def test_official_file_errors_name_the_problem(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[years]\n", encoding="utf-8")
    with pytest.raises(CalendarFileError, match=r"bad\.toml"):
        OfficialCalendar.load(bad)
    with pytest.raises(CalendarFileError, match="2025"):
        OfficialCalendar.from_dict(
            {
                "years": [
                    {
                        "year": 2026,
                        "days_off": [{"date": D(2025, 1, 1), "reason": "x", "notice": "y"}],
                    }
                ]
            }
        )
    with pytest.raises(CalendarFileError, match="vừa nghỉ vừa làm"):
        entry = {"date": D(2026, 3, 2), "reason": "x", "notice": "y"}
        OfficialCalendar.from_dict(
            {"years": [{"year": 2026, "days_off": [entry], "worked_days": [entry]}]}
        )


def test_working_minutes_arithmetic(cal):
    monday = dt.datetime(2026, 11, 16, 8, 37)
    assert cal.add_working_minutes(monday, 450 * 3) == dt.datetime(2026, 11, 19, 8, 37)
    # running out exactly at a session's end gives that end, not the next opening
    assert cal.add_working_minutes(dt.datetime(2026, 11, 16, 7, 30), 450) == dt.datetime(
        2026, 11, 16, 17, 0
    )
    assert cal.working_minutes_between(monday, dt.datetime(2026, 11, 19, 8, 37)) == 1350
    assert cal.next_opening(dt.datetime(2026, 11, 16, 12, 0)) == dt.datetime(2026, 11, 16, 13, 30)
    assert cal.next_opening(dt.datetime(2026, 11, 23, 17, 0)) == dt.datetime(2026, 11, 25, 7, 30)


def test_window_grows_on_demand():
    cal = WorkingCalendar(years=(2026, 2026))
    assert cal.is_working_day(D(2040, 1, 3))  # 1/1/2040 is a Sunday: 2/1 is off
    far = cal.add_working_minutes(dt.datetime(2026, 12, 31, 8, 0), 450 * 600)
    assert far.year >= 2029
    assert not cal.is_working_day(D(2020, 1, 1))
