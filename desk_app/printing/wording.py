"""Vietnamese wording of dates and times on official documents.

Decree 30/2020/NĐ-CP: days below 10 and the months 1 and 2 take a leading zero
("ngày 05 tháng 01 năm 2026", "ngày 15 tháng 3 năm 2026").
"""

from __future__ import annotations

import datetime as dt


def date_words(day: dt.date) -> str:
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_date(place: str, day: dt.date) -> str:
    """The dateline under the national motto: "Đồng Nai, ngày 05 tháng 3 năm 2026"."""
    return f"{place}, {date_words(day)}"


def moment_words(moment: dt.datetime) -> str:
    """ "08 giờ 37 phút, ngày 05 tháng 3 năm 2026" (time received, appointment)."""
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút, {date_words(moment.date())}"


def short_moment(moment: dt.datetime | None) -> str:
    return f"{moment:%H:%M %d/%m/%Y}" if moment else ""


def short_date(moment: dt.date | dt.datetime | None) -> str:
    return f"{moment:%d/%m/%Y}" if moment else ""
