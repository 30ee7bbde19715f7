"""The ``desk-app`` command: the window with no sub-command, administration with one.

Exit status: 0 done; 1 the database or the environment failed (the message says which file or
server); 2 bad input or refused by a rule (one line on standard error naming what is wrong).
Each group of commands lives in a module of its own, with the function that adds its parsers.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

from desk_app import __version__
from desk_app.cli import admin_cmds, calendar_cmds, citizen_cmds, dossier_cmds, register_cmds
from desk_app.cli.common import Parser, close_opened, parse_day, parse_moment
from desk_app.db.database import DatabaseError
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.settings import ENV_DB_URL, database_url

__all__ = ["build_parser", "main", "parse_day", "parse_moment"]
log = logging.getLogger(__name__)


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

    admin_cmds.add_commands(commands)
    calendar_cmds.add_commands(commands)
    register_cmds.add_commands(commands)
    register_cmds.add_output_commands(commands)
    dossier_cmds.add_commands(commands)
    citizen_cmds.add_commands(commands)
    admin_cmds.add_account_commands(commands)
    return parser


def private_files() -> None:
    """Every file the desk creates (database, backups, exports, PDFs, logs) readable by the
    user alone, every folder it creates entered by the user alone: they hold personal data.
    POSIX; on Windows the user's profile folders already keep others out."""
    if os.name == "posix":
        os.umask(0o077)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    private_files()
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
    finally:
        close_opened()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
