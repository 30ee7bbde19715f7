"""The ``desk-app`` command: the window with no sub-command, administration with one.

Exit status: 0 done; 1 the database or the environment failed (the message says which file or
server); 2 bad input (one line on standard error naming what is wrong).
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desk_app import __version__
from desk_app.db.database import DatabaseError, DatabaseFileError, open_database
from desk_app.domain.calendar import parse_hhmm
from desk_app.domain.deadline import (
    Clock,
    LimitUnit,
    Pause,
    SupplementPolicy,
    TimeLimit,
    compute_deadline,
)
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.roles import NotSignedIn
from desk_app.settings import ENV_DB_URL, database_url

log = logging.getLogger(__name__)
MAX_ERROR_LINES = 200
WEEKDAYS_VI = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line (exit 2) instead of usage + error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: lỗi: {message} (xem {self.prog} --help)\n")


# --------------------------------------------------------------------------- parsing helpers


def parse_moment(text: str) -> dt.datetime:
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"):
        try:
            return dt.datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"thời điểm không hợp lệ {text!r}, cần dạng YYYY-MM-DD HH:MM")


def parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ngày không hợp lệ {text!r}, cần dạng YYYY-MM-DD"
        ) from None


def parse_cutoff(text: str) -> dt.time:
    try:
        minutes = parse_hhmm(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if minutes >= 24 * 60:
        raise argparse.ArgumentTypeError(f"giờ chốt không hợp lệ {text!r}")
    return dt.time(minutes // 60, minutes % 60)


def parse_supplement(text: str) -> Pause:
    requested_text, sep, supplied_text = text.partition("/")
    if not sep:
        raise argparse.ArgumentTypeError(
            f"khoảng bổ sung không hợp lệ {text!r}, cần dạng 'YYYY-MM-DD HH:MM/YYYY-MM-DD HH:MM'"
        )
    requested = parse_moment(requested_text)
    supplied = parse_moment(supplied_text) if supplied_text.strip() else None
    if supplied is not None and supplied < requested:
        raise argparse.ArgumentTypeError(f"khoảng bổ sung {text!r} kết thúc trước khi bắt đầu")
    return Pause(requested, supplied)


def non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"thời hạn phải là số nguyên, không phải {text!r}"
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"thời hạn không được âm ({value})")
    return value


def parse_unit(text: str) -> LimitUnit:
    try:
        return LimitUnit(text.strip())
    except ValueError:
        units = ", ".join(LimitUnit)
        raise argparse.ArgumentTypeError(
            f"đơn vị không hợp lệ {text!r} (một trong: {units})"
        ) from None


def parse_policy(text: str) -> SupplementPolicy:
    try:
        return SupplementPolicy(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"chính sách không hợp lệ {text!r} (restart, pause)"
        ) from None


def fmt_moment(moment: dt.datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "-"


# --------------------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    from desk_app.services import setup

    db = _open(args)
    result = setup.initialise(db, samples=args.samples)
    print(f"Cơ sở dữ liệu sẵn sàng: {db.display_url}")
    print(f"Phiên bản lược đồ: {db.schema_revision()}")
    if result.recomputed is not None and result.recomputed.open_dossiers:
        print("Lịch nghỉ chính thức đã được cập nhật.")
        _print_recompute(result.recomputed)
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from desk_app.services import setup

    info = setup.database_info(_open(args))
    print(f"Cơ sở dữ liệu: {info.url}")
    status = "mới nhất" if info.schema_revision == info.head_revision else "cần nâng cấp"
    print(f"Phiên bản lược đồ: {info.schema_revision} ({status})")
    print(f"Phiên bản chương trình: {__version__}")
    for name, count in info.counts.items():
        print(f"{name}: {count}")
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    from desk_app.services import agency, calendar_service

    limit = TimeLimit(args.limit, args.unit, args.cutoff)  # validates before the database opens
    db = _open(args)
    with db.read() as session:
        calendar = calendar_service.calendar_for(session)
        policy = args.policy or agency.supplement_policy(agency.get_settings(session))
    deadline = compute_deadline(
        calendar, Clock(args.received, limit, tuple(args.supplement), policy)
    )
    if deadline.due is None:
        print("paused")
        print("Hồ sơ đang chờ bổ sung: hạn giải quyết tính khi nhận đủ hồ sơ bổ sung.")
        return 0
    print(fmt_moment(deadline.due))
    print(
        f"Bắt đầu tính: {fmt_moment(deadline.start)}; thời hạn: {limit.describe()}; "
        f"chính sách bổ sung: {policy.value}"
    )
    for info in calendar.days_off_between(deadline.start.date(), deadline.due.date()):
        print(f"Ngày nghỉ trong thời hạn: {info.day:%d/%m/%Y} {info.reason}")
    for year in sorted({deadline.start.year, deadline.due.year}):
        if calendar.year_status(year) != "confirmed":
            print(f"Lưu ý: lịch nghỉ năm {year} là ước tính (chưa có thông báo chính thức).")
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from desk_app.services import calendar_service

    db = _open_signed_in(args) if args.action in ("set", "unset") else _open(args)
    if args.action == "set":
        result = calendar_service.set_override(db, args.day, args.kind, args.reason or "")
        print(f"Đã đặt {args.day:%d/%m/%Y}: {args.kind}")
        _print_recompute(result)
        return 0
    if args.action == "unset":
        result = calendar_service.remove_override(db, args.day)
        print(f"Đã bỏ điều chỉnh ngày {args.day:%d/%m/%Y}")
        _print_recompute(result)
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
            f"{info.reason}  [{source}: {info.notice or info.source.value}]"
        )
    return 0


def cmd_find(args: argparse.Namespace) -> int:
    from desk_app.domain.lifecycle import State
    from desk_app.services import search

    db = _open_signed_in(args)
    with db.read() as session:
        rows = search.quick_search(session, args.text, limit=50)
    if not rows:
        print(f"Không tìm thấy hồ sơ nào cho {args.text!r}", file=sys.stderr)
        return 1
    for row in rows:
        print(
            f"{row.code}\t{row.applicant_name}\t{row.masked_id or '-'}\t{row.procedure_code}\t"
            f"{State(row.state).label_vi}\t{fmt_moment(row.due_at)}"
        )
    return 0


def _print_rejected(exc) -> int:
    shown = exc.errors[:MAX_ERROR_LINES]
    for error in shown:
        print(f"desk-app: {error.line()}", file=sys.stderr)
    if len(exc.errors) > len(shown):
        print(f"desk-app: ... và {len(exc.errors) - len(shown)} dòng lỗi khác", file=sys.stderr)
    print(f"desk-app: lỗi: {exc}", file=sys.stderr)
    return 2


def cmd_import(args: argparse.Namespace) -> int:
    from desk_app.services import register_io
    from desk_app.services.tabular import ImportRejected, table_format

    table_format(args.file)  # a wrong file type is bad input, before the database opens
    db = _open_signed_in(args)
    try:
        result = register_io.import_register(db, args.file, skip_invalid=args.skip_invalid)
    except ImportRejected as exc:
        return _print_rejected(exc)
    print(f"Đã nhập {result.imported} hồ sơ từ {args.file.name}.")
    if result.rejected:
        skipped = len(result.rejected)
        print(f"Bỏ qua {skipped} dòng không hợp lệ; chi tiết trong {result.rejected_file}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desk_app.services import register_io
    from desk_app.services.tabular import table_format

    table_format(args.file)
    count = register_io.export_register(
        _open_signed_in(args), args.file, received_from=args.date_from, received_to=args.date_to
    )
    print(f"Đã xuất {count} hồ sơ ra {args.file}")
    return 0


def cmd_catalogue(args: argparse.Namespace) -> int:
    from desk_app.services import catalogue
    from desk_app.services.tabular import ImportRejected, table_format

    table_format(args.file)
    db = _open_signed_in(args)
    if args.action == "export":
        count = catalogue.export_catalogue(db, args.file)
        print(f"Đã xuất {count} thủ tục ra {args.file}")
        return 0
    try:
        result = catalogue.import_catalogue(db, args.file)
    except ImportRejected as exc:
        return _print_rejected(exc)
    print(f"Danh mục: thêm {result.created} thủ tục, cập nhật {result.updated} thủ tục.")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from desk_app.services import printing

    printing.check_pdf_path(args.out)  # before the database opens
    if args.form in printing.DOSSIER_FORMS:
        if not args.code:
            raise ValidationError(f"mẫu {args.form} cần --code MÃ_HỒ_SƠ", "code")
        data = printing.dossier_document(
            _open_signed_in(args), args.form, args.code, paper=args.paper
        )
    elif args.form == "register":
        first = args.date_from or args.date or dt.date.today()
        last = args.date_to or args.date or first
        data = printing.register_document(_open_signed_in(args), first, last)
    else:
        data = printing.review_document(_open_signed_in(args), args.date or dt.date.today())
    printing.write_pdf(args.out, data)
    print(f"Đã in {args.form} ra {args.out}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from desk_app.domain.statistics import check_period, percent_text
    from desk_app.services import report, report_files

    report_files.report_format(args.out)  # bad input, before the database opens
    check_period(args.date_from, args.date_to)
    result = report.report(_open_signed_in(args), args.date_from, args.date_to)
    report_files.write_report(result, args.out, args.by)
    total = result.total
    print(
        f"Báo cáo {result.period_text}: nhận {total.received}, đã giải quyết {total.resolved} "
        f"(đúng và trước hạn {percent_text(total.on_time_rate)}), đang giải quyết "
        f"{total.in_progress} (quá hạn {total.overdue}). Đã ghi {args.out}"
    )
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    import time

    from desk_app.services import demo, setup

    if not 1 <= args.count <= demo.MAX_COUNT:  # bad input, before the database opens
        raise ValidationError(f"--count phải từ 1 đến {demo.MAX_COUNT}: {args.count}", "count")
    db = _open_signed_in(args)
    setup.initialise(db, samples=True)
    started = time.monotonic()
    last = [started]

    def progress(done: int, total: int) -> None:
        if time.monotonic() - last[0] >= 2 and sys.stderr.isatty():
            last[0] = time.monotonic()
            print(f"  {done:,}/{total:,} hồ sơ...", file=sys.stderr)

    result = demo.generate(db, args.count, seed=args.seed, years=args.years, progress=progress)
    print(
        f"Đã tạo {result.created:,} hồ sơ mẫu ({result.events:,} sự kiện), tiếp nhận từ "
        f"{result.first_day:%d/%m/%Y} đến {result.last_day:%d/%m/%Y}, "
        f"trong {time.monotonic() - started:.1f} giây."
    )
    return 0


def cmd_self_check(args: argparse.Namespace) -> int:
    from desk_app import selfcheck

    return selfcheck.run()


def _print_recompute(result) -> None:
    print(
        f"Đã tính lại hạn của {result.open_dossiers} hồ sơ đang giải quyết; "
        f"{result.updated} hồ sơ thay đổi hạn."
    )
    if result.changed_appointments:
        print("Hồ sơ cần báo lại ngày hẹn cho người nộp:")
        for item in result.changed_appointments:
            print(
                f"  {item.code}  hẹn {fmt_moment(item.appointment_at)} -> "
                f"hạn mới {fmt_moment(item.new_due_at)}"
            )


def _open(args: argparse.Namespace):
    url = database_url(args.db)
    try:
        return open_database(url)
    except DatabaseFileError as exc:
        raise DatabaseFileError(f"{exc}. {_restore_hint(url)}") from exc


def _restore_hint(url: str) -> str:
    from desk_app.services import backup

    newest = backup.newest_good_backup()
    if newest is None:
        return (
            "Không có bản sao lưu còn tốt trong thư mục sao lưu; chương trình không ghi vào tệp này"
        )
    return (
        f"Chương trình không ghi vào tệp này. Bản sao lưu gần nhất còn tốt: {newest}; "
        f"khôi phục bằng: desk-app restore {newest}"
    )


def _open_signed_in(args: argparse.Namespace):
    """The database, with the acting user signed in: ``--user`` and the password (asked, or
    the first line of standard input with ``--password-stdin``). A database without any user
    yet (a new installation) is administered by the local system."""
    return _sign_in(args, _open(args))


def _sign_in(args: argparse.Namespace, db):
    from desk_app.services import auth, users

    if args.user:
        actor = users.authenticate(db, args.user, _password(args, f"Mật khẩu của {args.user}: "))
    else:
        actor = users.bootstrap_actor(db)
        if actor is None:
            raise NotSignedIn(
                "cơ sở dữ liệu đã có tài khoản: thêm --user TÊN (mật khẩu được hỏi, hoặc đọc từ "
                "đầu vào chuẩn với --password-stdin)"
            )
    auth.sign_in(actor)
    return db


def _password(args: argparse.Namespace, prompt: str, *, from_stdin: bool | None = None) -> str:
    import getpass

    if args.password_stdin if from_stdin is None else from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise ValidationError("không đọc được mật khẩu từ đầu vào chuẩn", "password")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise ValidationError(
            "cần mật khẩu: chạy trong cửa sổ lệnh để nhập, hoặc dùng --password-stdin", "password"
        )
    return getpass.getpass(prompt)


def cmd_user(args: argparse.Namespace) -> int:
    from desk_app.services import auth, users

    db = _open(args)
    if users.user_count(db) > 0 or args.action != "add":
        _sign_in(args, db)
    else:
        auth.sign_in(None)  # the first account: nobody to sign in as yet
    if args.action == "list":
        for user in users.list_users(db):
            state = "hoạt động" if user.active else "đã khóa"
            print(f"{user.username}\t{user.role.value}\t{user.full_name}\t{state}")
        return 0
    if args.action in ("add", "passwd"):
        if args.new_password_stdin:
            password = _password(args, "", from_stdin=True)
        else:
            password = _password(args, f"Mật khẩu mới cho {args.name}: ", from_stdin=False)
            again = _password(args, "Nhập lại mật khẩu: ", from_stdin=False)
            if password != again:
                raise ValidationError("hai lần nhập mật khẩu không khớp", "password")
        if args.action == "passwd":
            users.set_password(db, args.name, password)
            print(f"Đã đặt mật khẩu mới cho {args.name}")
            return 0
        info = users.add_user(db, args.name, password, args.role, args.full_name or "")
        print(f"Đã tạo tài khoản {info.username} ({info.role.label_vi})")
        return 0
    users.set_active(db, args.name, args.action == "enable")
    print(f"Đã {'mở' if args.action == 'enable' else 'khóa'} tài khoản {args.name}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from desk_app.domain.roles import Permission
    from desk_app.services import audit, auth

    db = _open_signed_in(args)
    if args.action == "verify":
        auth.require(Permission.REPORTS)
        result = audit.verify(db)
        if result.intact:
            print(f"Nhật ký kiểm tra nguyên vẹn: {result.checked} mục, chuỗi băm khớp.")
            return 0
        print(
            f"Nhật ký kiểm tra bị can thiệp tại mục số {result.broken_id}: {result.reason} "
            f"({result.checked} mục trước đó vẫn khớp).",
            file=sys.stderr,
        )
        return 3
    for entry in audit.recent(db, limit=args.limit):
        print(
            f"{entry.id}\t{entry.at:%Y-%m-%d %H:%M}\t{entry.username}\t"
            f"{entry.action}\t{entry.entity_id}"
        )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from desk_app.services import backup

    db = _open_signed_in(args)
    result = backup.backup(db, args.to)
    print(f"Đã sao lưu vào {result.path}")
    for old in result.removed:
        print(f"Đã xóa bản sao lưu cũ {old.name}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore needs an administrator: of the current database when it opens, else of the
    backup itself (a damaged database cannot say who may restore it)."""
    import shutil
    import tempfile

    from desk_app.db.database import sqlite_file
    from desk_app.services import backup

    url = database_url(args.db)
    try:
        db = _open_signed_in(args)
        db.dispose()
    except DatabaseFileError:
        with tempfile.TemporaryDirectory() as scratch:
            if not backup.integrity_ok(args.file):
                raise
            copy = Path(scratch) / "check.sqlite3"
            shutil.copyfile(args.file, copy)
            probe = argparse.Namespace(**{**vars(args), "db": f"sqlite:///{copy}"})
            _open_signed_in(probe).dispose()
    if sqlite_file(url) is None:
        raise ValidationError("khôi phục PostgreSQL bằng pg_restore của máy chủ", "db")
    result = backup.restore(url, args.file)
    print(f"Đã khôi phục {result.restored} từ {args.file}")
    if result.kept_aside is not None:
        print(f"Cơ sở dữ liệu trước đó được giữ lại: {result.kept_aside}")
    return 0


# --------------------------------------------------------------------------- parser


def build_parser() -> Parser:
    parser = Parser(
        prog="desk-app",
        description="Bộ phận Một cửa: tiếp nhận, hẹn trả và theo dõi hồ sơ hành chính. "
        "Không có lệnh con: mở cửa sổ làm việc.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"cơ sở dữ liệu (mặc định: biến môi trường {ENV_DB_URL}, nếu không có thì tệp SQLite "
        "trong thư mục dữ liệu người dùng); ví dụ postgresql+psycopg://user:pass@host/desk",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="ghi nhật ký chi tiết")
    parser.add_argument(
        "--user", metavar="TÊN", help="đăng nhập để thực hiện lệnh (mật khẩu được hỏi)"
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="đọc mật khẩu của --user từ dòng đầu của đầu vào chuẩn",
    )
    commands = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=Parser)

    init = commands.add_parser("init", help="tạo hoặc nâng cấp cơ sở dữ liệu")
    init.add_argument("--samples", action="store_true", help="nạp danh mục thủ tục mẫu")
    init.set_defaults(func=cmd_init)

    info = commands.add_parser("info", help="địa chỉ, phiên bản lược đồ và số bản ghi")
    info.set_defaults(func=cmd_info)

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

    find = commands.add_parser(
        "find",
        help="tìm hồ sơ theo mã, số thứ tự, tên (không dấu cũng được), điện thoại, số giấy tờ",
        description="In tối đa 50 hồ sơ, mỗi dòng: mã, người nộp, thủ tục, trạng thái, hạn.",
    )
    find.add_argument("text", metavar="NỘI_DUNG")
    find.set_defaults(func=cmd_find)

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

    import_ = commands.add_parser(
        "import",
        help="nhập sổ theo dõi hồ sơ từ tệp CSV hoặc XLSX",
        description="Mặc định nhập tất cả hoặc không nhập gì: mỗi dòng lỗi được báo (dòng, cột, "
        "lý do). Cột: code, register_no, procedure_code, applicant_name, applicant_id, address, "
        "phone, email, channel, received_at, due_at, resolved_at, returned_at, outcome, note.",
    )
    import_.add_argument("file", type=Path, metavar="TỆP")
    import_.add_argument(
        "--skip-invalid",
        action="store_true",
        help="nhập các dòng hợp lệ, ghi các dòng lỗi ra tệp TỆP.rejected.csv",
    )
    import_.set_defaults(func=cmd_import)

    export = commands.add_parser("export", help="xuất sổ theo dõi hồ sơ ra tệp CSV hoặc XLSX")
    export.add_argument("file", type=Path, metavar="TỆP")
    export.add_argument("--from", dest="date_from", type=parse_day, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", type=parse_day, metavar="YYYY-MM-DD")
    export.set_defaults(func=cmd_export)

    catalogue = commands.add_parser(
        "catalogue", help="nhập hoặc xuất danh mục thủ tục (CSV hoặc XLSX)"
    )
    catalogue_actions = catalogue.add_subparsers(
        dest="action", metavar="THAO_TÁC", parser_class=Parser, required=True
    )
    for name, text in (("import", "nhập/cập nhật danh mục"), ("export", "xuất danh mục")):
        action = catalogue_actions.add_parser(name, help=text)
        action.add_argument("file", type=Path, metavar="TỆP")
    catalogue.set_defaults(func=cmd_catalogue)

    print_ = commands.add_parser(
        "print",
        help="in giấy tờ ra tệp PDF (giấy tiếp nhận, các mẫu 02-07, phiếu rà soát, phiếu hẹn)",
        description="receipt=01, supplement=02, refusal=03, apology=04, stop=05, control=06, "
        "register=07 (--from/--to), review=phiếu rà soát cuối ngày (--date), slip=phiếu 80 mm.",
    )
    print_.add_argument(
        "form",
        choices=[
            "receipt",
            "supplement",
            "refusal",
            "apology",
            "stop",
            "control",
            "register",
            "review",
            "slip",
        ],
    )
    print_.add_argument("--code", metavar="MÃ_HỒ_SƠ")
    print_.add_argument("--out", type=Path, required=True, metavar="TỆP.pdf")
    print_.add_argument(
        "--paper", choices=["A4", "A5"], help="khổ giấy tiếp nhận (mặc định: cài đặt)"
    )
    print_.add_argument("--date", type=parse_day, metavar="YYYY-MM-DD")
    print_.add_argument("--from", dest="date_from", type=parse_day, metavar="YYYY-MM-DD")
    print_.add_argument("--to", dest="date_to", type=parse_day, metavar="YYYY-MM-DD")
    print_.set_defaults(func=cmd_print)

    report_ = commands.add_parser(
        "report",
        help="báo cáo kết quả giải quyết TTHC (Biểu 06/VPCP/KSTT) ra CSV, XLSX hoặc PDF",
        description="Đuôi của tệp --out chọn định dạng: .csv (một dòng mỗi hàng, dòng TOTAL "
        "cuối), .xlsx (đúng mẫu biểu) hoặc .pdf (A4 ngang).",
    )
    report_.add_argument(
        "--from", dest="date_from", type=parse_day, required=True, metavar="YYYY-MM-DD"
    )
    report_.add_argument(
        "--to", dest="date_to", type=parse_day, required=True, metavar="YYYY-MM-DD"
    )
    report_.add_argument(
        "--by",
        choices=["field", "procedure"],
        default="field",
        help="mỗi dòng một lĩnh vực (mặc định) hoặc một thủ tục",
    )
    report_.add_argument("--out", type=Path, required=True, metavar="TỆP")
    report_.set_defaults(func=cmd_report)

    demo_data = commands.add_parser(
        "demo-data",
        help="tạo hồ sơ mẫu để thử và đo (cùng --seed cho cùng dữ liệu)",
        description="Thêm N hồ sơ mẫu tiếp nhận trong các năm gần đây, theo danh mục thủ tục "
        "(nạp danh mục mẫu nếu trống). Dùng cho cơ sở dữ liệu thử, không dùng cho dữ liệu thật.",
    )
    demo_data.add_argument("--count", type=int, required=True, metavar="N")
    demo_data.add_argument("--seed", type=int, default=1, metavar="S")
    demo_data.add_argument("--years", type=int, default=3, metavar="NĂM")
    demo_data.set_defaults(func=cmd_demo_data)

    user = commands.add_parser("user", help="tài khoản người dùng (quản trị hệ thống)")
    user_actions = user.add_subparsers(
        dest="action", metavar="THAO_TÁC", parser_class=Parser, required=True
    )
    add = user_actions.add_parser("add", help="tạo tài khoản (tài khoản đầu tiên: administrator)")
    add.add_argument("name", metavar="TÊN")
    add.add_argument("--role", required=True, choices=["clerk", "supervisor", "administrator"])
    add.add_argument("--full-name", metavar="HỌ_TÊN")
    passwd = user_actions.add_parser("passwd", help="đặt mật khẩu mới")
    passwd.add_argument("name", metavar="TÊN")
    for action in (add, passwd):
        action.add_argument(
            "--password-stdin",
            dest="new_password_stdin",
            action="store_true",
            help="đọc mật khẩu mới từ đầu vào chuẩn (sau dòng mật khẩu của --user nếu có)",
        )
    user_actions.add_parser("list", help="danh sách tài khoản")
    for name, text in (("disable", "khóa tài khoản"), ("enable", "mở lại tài khoản")):
        action = user_actions.add_parser(name, help=text)
        action.add_argument("name", metavar="TÊN")
    user.set_defaults(func=cmd_user)

    audit_ = commands.add_parser("audit", help="nhật ký kiểm tra (lãnh đạo bộ phận)")
    audit_actions = audit_.add_subparsers(
        dest="action", metavar="THAO_TÁC", parser_class=Parser, required=True
    )
    audit_actions.add_parser("verify", help="kiểm tra chuỗi băm: báo mục đầu tiên bị can thiệp")
    listing = audit_actions.add_parser("list", help="các mục mới nhất")
    listing.add_argument("--limit", type=int, default=50)
    audit_.set_defaults(func=cmd_audit)

    backup_ = commands.add_parser("backup", help="sao lưu cơ sở dữ liệu (quản trị hệ thống)")
    backup_.add_argument("--to", type=Path, metavar="THƯ_MỤC")
    backup_.set_defaults(func=cmd_backup)

    restore = commands.add_parser(
        "restore", help="khôi phục từ bản sao lưu; cơ sở dữ liệu hiện tại được giữ lại bên cạnh"
    )
    restore.add_argument("file", type=Path, metavar="TỆP")
    restore.set_defaults(func=cmd_restore)

    self_check = commands.add_parser(
        "self-check",
        help="kiểm tra cài đặt trong thư mục tạm (không đụng dữ liệu thật)",
        description="Tạo cơ sở dữ liệu tạm, người dùng, tiếp nhận một hồ sơ, tính hạn, in giấy "
        "tiếp nhận và phiếu rà soát, mở và đóng cửa sổ (offscreen). Lỗi: nêu bước, mã thoát 1.",
    )
    self_check.set_defaults(func=cmd_self_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from desk_app.logging_setup import setup_logging

    setup_logging(args.verbose)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        from desk_app.app import run_gui

        return run_gui(database_url(args.db))
    from desk_app.services import auth

    try:
        with auth.acting_as(None):  # each command signs in for itself
            return func(args)
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except ValidationError as exc:
        print(f"desk-app {args.command}: lỗi: {exc}", file=sys.stderr)
        return 2
    except DatabaseError as exc:
        print(f"desk-app: {exc}", file=sys.stderr)
        return 1
    except DeskError as exc:
        print(f"desk-app {args.command}: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug: keep the detail in the log, give the user one line
        log.exception("unexpected error in desk-app %s", args.command)
        print(
            f"desk-app {args.command}: lỗi không mong đợi ({type(exc).__name__}); "
            "chi tiết trong tệp nhật ký",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
