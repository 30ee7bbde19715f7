"""What every command shares: one-line usage errors, parsing of moments, days and limits,
opening the register (with the restore hint for a damaged file) and signing in."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from desk_app.db.database import DatabaseFileError, open_database
from desk_app.domain.calendar import parse_hhmm
from desk_app.domain.deadline import LimitUnit, Pause, SupplementPolicy
from desk_app.domain.errors import ValidationError
from desk_app.domain.roles import NotSignedIn
from desk_app.settings import database_url

MAX_ERROR_LINES = 200
WEEKDAYS_VI = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


# argparse's own words (its help headings and usage errors), in Vietnamese: argparse looks its
# messages up through gettext, by the English text, when it prints them
ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "xem hướng dẫn này rồi thoát",
    "show program's version number and exit": "xem phiên bản chương trình rồi thoát",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không hiểu: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "expected one argument": "cần một giá trị",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "not allowed with argument %s": "không dùng cùng tham số %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn mơ hồ: %(option)s có thể là %(matches)s"
    ),
}


def _vi(message: str) -> str:
    return ARGPARSE_VI.get(message, message)


argparse._ = _vi  # type: ignore[attr-defined]  # argparse calls its module-level _()


class Parser(argparse.ArgumentParser):
    """argparse in Vietnamese that reports a usage error in one line (exit 2) instead of
    usage + error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: lỗi: {message} (xem {self.prog} --help)\n")


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


def bounded_count(text: str) -> int:
    """A count given on the command line (a list's length): 1 to 100,000."""
    if not (text.strip().isascii() and text.strip().isdigit()) or not 1 <= int(text) <= 100_000:
        raise argparse.ArgumentTypeError(f"số lượng phải từ 1 đến 100000, không phải {text[:30]!r}")
    return int(text)


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


def print_rejected(exc) -> int:
    """The bad rows, one per line, as the command's output; the refusal as one line on
    standard error."""
    shown = exc.errors[:MAX_ERROR_LINES]
    for error in shown:
        print(error.line())
    if len(exc.errors) > len(shown):
        print(f"... và {len(exc.errors) - len(shown)} dòng lỗi khác")
    print(f"desk-app: lỗi: {exc}", file=sys.stderr)
    return 2


def print_recompute(result) -> None:
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


OPENED: list = []  # the databases a command opened, closed when it ends (cli.main)


def open_db(args: argparse.Namespace, *, create: bool = False):
    url = database_url(args.db)
    try:
        db = open_database(url, create=create)
    except DatabaseFileError as exc:
        raise DatabaseFileError(f"{exc}. {restore_hint(url)}") from exc
    OPENED.append(db)
    return db


def close_opened() -> None:
    """Close what the command opened: its connections go back to the server at once (a script
    that runs many commands in one process does not pile them up)."""
    while OPENED:
        OPENED.pop().dispose()


def restore_hint(url: str) -> str:
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


def signed_in(args: argparse.Namespace):
    """The database, with the acting user signed in: ``--user`` and the password (asked, or
    the first line of standard input with ``--password-stdin``). A database without any user
    yet (a new installation) is administered by the local system."""
    return sign_in_to(args, open_db(args))


def actor_of(args: argparse.Namespace, db):
    """Who acts: ``--user`` with the password (asked, or from standard input), or the local
    system while the register has no account yet."""
    from desk_app.services import users

    if args.user:
        return users.authenticate(db, args.user, read_password(args, f"Mật khẩu của {args.user}: "))
    actor = users.bootstrap_actor(db)
    if actor is None:
        raise NotSignedIn(
            "cơ sở dữ liệu đã có tài khoản: thêm --user TÊN (mật khẩu được hỏi, hoặc đọc từ "
            "đầu vào chuẩn với --password-stdin)"
        )
    return actor


def sign_in_to(args: argparse.Namespace, db):
    from desk_app.services import auth

    auth.sign_in(actor_of(args, db))
    return db


def read_password(args: argparse.Namespace, prompt: str, *, from_stdin: bool | None = None) -> str:
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


def open_desk(args: argparse.Namespace):
    """The register as a :class:`~desk_app.services.desk.Desk`, the acting user signed in."""
    from desk_app.services.desk import Desk

    return Desk(signed_in(args))
