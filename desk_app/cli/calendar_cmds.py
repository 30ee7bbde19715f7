"""The deadline engine and the agency calendar on the command line: ``due`` and ``calendar``."""

from __future__ import annotations

import argparse
import datetime as dt

from desk_app.cli.common import (
    WEEKDAYS_VI,
    Parser,
    fmt_moment,
    non_negative_int,
    open_db,
    parse_cutoff,
    parse_day,
    parse_moment,
    parse_policy,
    parse_supplement,
    parse_unit,
    print_recompute,
    signed_in,
)
from desk_app.domain.deadline import (
    LimitUnit,
    TimeLimit,
)

POLICY_VI = {"restart": "tính lại từ đầu", "pause": "tạm dừng trong lúc chờ bổ sung"}
SOURCE_VI = {"weekly": "tuần làm việc", "law": "luật", "notice": "thông báo", "agency": "cơ quan"}


def add_commands(commands) -> None:
    """``due`` and ``calendar``."""
    due = commands.add_parser(
        "due",
        help="tính hạn giải quyết theo lịch làm việc của cơ quan",
        description="In hạn giải quyết (YYYY-MM-DD HH:MM) ở dòng đầu, sau đó là giải thích.",
    )
    due.add_argument(
        "--received",
        required=True,
        type=parse_moment,
        metavar="'YYYY-MM-DD HH:MM'",
        help="thời điểm tiếp nhận hồ sơ đầy đủ",
    )
    due.add_argument(
        "--limit", required=True, type=non_negative_int, metavar="N", help="thời hạn giải quyết"
    )
    due.add_argument(
        "--unit",
        required=True,
        type=parse_unit,
        metavar="{" + ",".join(LimitUnit) + "}",
        help="đơn vị thời hạn",
    )
    due.add_argument(
        "--cutoff",
        type=parse_cutoff,
        metavar="HH:MM",
        help="giờ chốt nhận trong ngày (thủ tục trả trong ngày)",
    )
    due.add_argument(
        "--supplement",
        type=parse_supplement,
        action="append",
        default=[],
        metavar="'A/B'",
        help="khoảng chờ bổ sung: yêu cầu/nhận đủ (lặp lại được)",
    )
    due.add_argument(
        "--policy",
        type=parse_policy,
        metavar="{restart,pause}",
        help="tính lại từ đầu hay tạm dừng khi bổ sung (mặc định: cài đặt cơ quan)",
    )
    due.set_defaults(func=cmd_due)
    calendar = commands.add_parser(
        "calendar",
        help="lịch làm việc: liệt kê một năm, đặt hoặc bỏ ngày điều chỉnh của cơ quan",
    )
    calendar.add_argument("--year", type=int, help="năm cần liệt kê (mặc định: năm nay)")
    actions = calendar.add_subparsers(dest="action", metavar="THAO_TÁC", parser_class=Parser)
    set_ = actions.add_parser("set", help="đặt ngày nghỉ/làm việc riêng của cơ quan")
    set_.add_argument("day", type=parse_day, metavar="YYYY-MM-DD")
    set_.add_argument("kind", choices=["off", "work", "morning", "afternoon"])
    set_.add_argument("--reason", help="lý do")
    unset = actions.add_parser("unset", help="bỏ điều chỉnh của cơ quan cho một ngày")
    unset.add_argument("day", type=parse_day, metavar="YYYY-MM-DD")
    calendar.set_defaults(func=cmd_calendar)


def cmd_due(args: argparse.Namespace) -> int:
    from desk_app.services.desk import Desk

    limit = TimeLimit(args.limit, args.unit, args.cutoff)  # validates before the database opens
    preview = Desk(open_db(args)).preview_due(
        limit, args.received, pauses=tuple(args.supplement), policy=args.policy
    )
    deadline = preview.deadline
    if deadline.due is None:
        print("paused")
        print("Hồ sơ đang chờ bổ sung: hạn giải quyết tính khi nhận đủ hồ sơ bổ sung.")
        return 0
    print(fmt_moment(deadline.due))
    print(
        f"Bắt đầu tính: {fmt_moment(deadline.start)}; thời hạn: {limit.describe()}; "
        f"sau khi bổ sung: {POLICY_VI[preview.policy.value]}"
    )
    for info in preview.days_off:
        print(f"Ngày nghỉ trong thời hạn: {info.day:%d/%m/%Y} {info.reason}")
    for year in preview.estimated_years:
        print(f"Lưu ý: lịch nghỉ năm {year} là ước tính (chưa có thông báo chính thức).")
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from desk_app.services import calendar_service

    db = signed_in(args) if args.action in ("set", "unset") else open_db(args)
    if args.action == "set":
        result = calendar_service.set_override(db, args.day, args.kind, args.reason or "")
        print(f"Đã đặt {args.day:%d/%m/%Y}: {args.kind}")
        print_recompute(result)
        return 0
    if args.action == "unset":
        result = calendar_service.remove_override(db, args.day)
        print(f"Đã bỏ điều chỉnh ngày {args.day:%d/%m/%Y}")
        print_recompute(result)
        return 0
    year = args.year or dt.date.today().year
    calendar = calendar_service.current_calendar(db)
    status = calendar.year_status(year)
    label = (
        "đã xác nhận theo thông báo chính thức" if status == "confirmed" else "ước tính theo luật"
    )
    print(f"Năm {year}: {status} ({label})")
    standard = calendar.office_hours.by_weekday
    for info in calendar.unusual_days(year):
        if not info.working:
            what = "nghỉ"
        elif not standard[info.day.weekday()]:
            what = "làm việc"
        else:
            what = "làm " + ", ".join(
                f"{s // 60:02d}:{s % 60:02d}-{e // 60:02d}:{e % 60:02d}" for s, e in info.sessions
            )
        source = {"law": "luật", "notice": "thông báo", "agency": "cơ quan"}.get(info.source, "")
        print(
            f"{info.day.isoformat()}  {WEEKDAYS_VI[info.day.weekday()]}  {what:<9} "
            f"{info.reason}  [{source}: {info.notice or SOURCE_VI.get(info.source.value, '')}]"
        )
    return 0
