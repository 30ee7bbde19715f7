"""Administration: ``init``, ``info``, ``demo-data``, ``self-check``, ``user``, ``audit``,
``backup``, ``restore``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desk_app import __version__
from desk_app.cli.common import (
    Parser,
    bounded_count,
    open_db,
    print_recompute,
    read_password,
    sign_in_to,
    signed_in,
)
from desk_app.domain.errors import ValidationError
from desk_app.settings import database_url


def add_commands(commands) -> None:
    """``init``, ``info``, ``demo-data`` and ``self-check``."""
    init = commands.add_parser("init", help="tạo hoặc nâng cấp cơ sở dữ liệu")
    init.add_argument("--samples", action="store_true", help="nạp danh mục thủ tục mẫu")
    init.set_defaults(func=cmd_init)

    info = commands.add_parser("info", help="địa chỉ, phiên bản lược đồ và số bản ghi")
    info.set_defaults(func=cmd_info)
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
    self_check = commands.add_parser(
        "self-check",
        help="kiểm tra cài đặt trong thư mục tạm (không đụng dữ liệu thật)",
        description="Tạo cơ sở dữ liệu tạm, người dùng, tiếp nhận một hồ sơ, tính hạn, in giấy "
        "tiếp nhận và phiếu rà soát, mở và đóng cửa sổ (offscreen). Lỗi: nêu bước, mã thoát 1.",
    )
    self_check.set_defaults(func=cmd_self_check)


def add_account_commands(commands) -> None:
    """``user``, ``audit``, ``backup`` and ``restore``."""
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
    verify = audit_actions.add_parser(
        "verify", help="kiểm tra chuỗi băm và các điểm kiểm tra: báo chỗ đầu tiên bị can thiệp"
    )
    verify.add_argument(
        "--checkpoints",
        type=Path,
        metavar="THƯ_MỤC",
        help="thư mục có tệp audit-checkpoints.jsonl (mặc định: thư mục sao lưu)",
    )
    listing = audit_actions.add_parser("list", help="các mục mới nhất")
    listing.add_argument("--limit", type=bounded_count, default=50)
    audit_.set_defaults(func=cmd_audit)
    backup_ = commands.add_parser("backup", help="sao lưu cơ sở dữ liệu (quản trị hệ thống)")
    backup_.add_argument("--to", type=Path, metavar="THƯ_MỤC")
    backup_.add_argument(
        "--encrypt",
        action="store_true",
        help="giữ bản sao lưu mã hóa (ZIP AES-256, mở được bằng 7-Zip) bằng mật khẩu riêng, "
        "hỏi khi chạy (với --password-stdin: dòng thứ hai của đầu vào chuẩn)",
    )
    backup_.set_defaults(func=cmd_backup)

    restore = commands.add_parser(
        "restore", help="khôi phục từ bản sao lưu; cơ sở dữ liệu hiện tại được giữ lại bên cạnh"
    )
    restore.add_argument("file", type=Path, metavar="TỆP")
    restore.set_defaults(func=cmd_restore)


def cmd_init(args: argparse.Namespace) -> int:
    from desk_app.services import setup

    db = open_db(args, create=True)  # the one command that makes a new register
    result = setup.initialise(db, samples=args.samples)
    print(f"Cơ sở dữ liệu sẵn sàng: {db.display_url}")
    print(f"Phiên bản lược đồ: {db.schema_revision()}")
    if result.recomputed is not None and result.recomputed.open_dossiers:
        print("Lịch nghỉ chính thức đã được cập nhật.")
        print_recompute(result.recomputed)
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from desk_app.services import setup

    info = setup.database_info(open_db(args))
    print(f"Cơ sở dữ liệu: {info.url}")
    status = "mới nhất" if info.schema_revision == info.head_revision else "cần nâng cấp"
    print(f"Phiên bản lược đồ: {info.schema_revision} ({status})")
    print(f"Phiên bản chương trình: {__version__}")
    for name, count in info.counts.items():
        print(f"{name}: {count}")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    import time

    from desk_app.services import demo, setup

    if not 1 <= args.count <= demo.MAX_COUNT:  # bad input, before the database opens
        raise ValidationError(f"--count phải từ 1 đến {demo.MAX_COUNT}: {args.count}", "count")
    db = signed_in(args)
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


def cmd_user(args: argparse.Namespace) -> int:
    from desk_app.services import auth, users

    db = open_db(args)
    if users.user_count(db) > 0 or args.action != "add":
        sign_in_to(args, db)
    else:
        auth.sign_in(None)  # the first account: nobody to sign in as yet
    if args.action == "list":
        for user in users.list_users(db):
            state = "hoạt động" if user.active else "đã khóa"
            print(f"{user.username}\t{user.role.label_vi}\t{user.full_name}\t{state}")
        return 0
    if args.action in ("add", "passwd"):
        if args.new_password_stdin:
            password = read_password(args, "", from_stdin=True)
        else:
            password = read_password(args, f"Mật khẩu mới cho {args.name}: ", from_stdin=False)
            again = read_password(args, "Nhập lại mật khẩu: ", from_stdin=False)
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
    from desk_app.services import attachments, audit, auth, backup, checkpoints

    db = signed_in(args)
    if args.action == "verify":
        auth.require(Permission.REPORTS)
        result = audit.verify(db)
        if not result.intact:
            print(
                f"Nhật ký kiểm tra bị can thiệp tại mục số {result.broken_id}: {result.reason} "
                f"({result.checked} mục trước đó vẫn khớp).",
                file=sys.stderr,
            )
            return 3
        folder = args.checkpoints or backup.backup_folder(db)
        against = checkpoints.check(db, folder)
        if not against.intact:
            print(
                f"Nhật ký kiểm tra không khớp điểm kiểm tra lúc {against.broken.at} "
                f"({folder / checkpoints.FILE_NAME}): {against.reason}.",
                file=sys.stderr,
            )
            return 3
        rows = audit.verify_states(db)
        if not rows.intact:
            what = {
                "user": f"tài khoản {rows.entity_id}",
                "dossier": f"hồ sơ {rows.entity_id}",
                "guidance": f"lượt hướng dẫn số {rows.entity_id}",
                "search": "hồ sơ (tên, địa chỉ, ghi chú đã lưu khác chỉ mục tìm kiếm)",
            }.get(rows.entity, "thiết lập, lịch làm việc hoặc danh mục thủ tục")
            print(
                f"Dữ liệu của {what} đã bị sửa ngoài chương trình: khác trạng "
                f"thái nhật ký ghi ở lần thay đổi cuối ({rows.checked} mục trước đó khớp).",
                file=sys.stderr,
            )
            return 3
        files = attachments.check(db)
        if not files.intact:
            how = "bị thay đổi" if files.problem == "changed" else "bị mất"
            print(
                f"Tệp đính kèm {files.file_name} của hồ sơ {files.code} {how} ngoài chương "
                f"trình ({files.checked} tệp trước đó khớp).",
                file=sys.stderr,
            )
            return 3
        print(
            f"Nhật ký kiểm tra nguyên vẹn: {result.checked} mục, chuỗi băm khớp; khớp "
            f"{against.checked} điểm kiểm tra trong {folder}; {rows.checked} hồ sơ, tài khoản, "
            f"lượt hướng dẫn và bộ thiết lập khớp trạng thái đã ghi; {files.checked} tệp đính "
            "kèm khớp."
        )
        return 0
    for entry in audit.recent(db, limit=args.limit):
        print(
            f"{entry.id}\t{entry.at:%Y-%m-%d %H:%M}\t{entry.username}\t"
            f"{entry.action}\t{entry.entity_id}"
        )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from desk_app.services import backup

    db = signed_in(args)
    passphrase = _backup_passphrase(args) if args.encrypt else None
    result = backup.backup(db, args.to, passphrase=passphrase)
    print(f"Đã sao lưu vào {result.path}")
    for old in result.removed:
        print(f"Đã xóa bản sao lưu cũ {old.name}")
    return 0


def _backup_passphrase(args: argparse.Namespace, *, twice: bool = True) -> str:
    """The passphrase of an encrypted backup: the next line of standard input with
    ``--password-stdin``, else asked (twice when it is a new one)."""
    from desk_app.services import sealed

    prompt = "Mật khẩu của bản sao lưu: "
    passphrase = read_password(args, prompt)
    again = "Nhập lại mật khẩu của bản sao lưu: "
    if twice and not args.password_stdin and read_password(args, again) != passphrase:
        raise ValidationError("Hai lần nhập mật khẩu của bản sao lưu không khớp", "passphrase")
    return sealed.check_passphrase(passphrase) if twice else passphrase


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore needs an administrator: of the current database when it opens, else of the
    backup itself (a damaged database cannot say who may restore it)."""
    from desk_app.cli.common import actor_of
    from desk_app.db.database import sqlite_file
    from desk_app.services.desk import restore_register

    url = database_url(args.db)
    if sqlite_file(url) is None:
        raise ValidationError("khôi phục PostgreSQL bằng pg_restore của máy chủ", "db")
    from desk_app.services import sealed, users

    if not sealed.is_sealed(args.file):
        result = restore_register(url, args.file, lambda desk: actor_of(args, desk.database))
    else:
        # the account's password first, then the backup's: the order of standard input
        password = read_password(args, f"Mật khẩu của {args.user}: ") if args.user else None
        passphrase = _backup_passphrase(args, twice=False)

        def sign_in(desk):
            if password is None:
                return actor_of(args, desk.database)
            return users.authenticate(desk.database, args.user, password)

        result = restore_register(url, args.file, sign_in, passphrase)
    assert result is not None  # the command line never cancels a sign-in
    print(f"Đã khôi phục {result.restored} từ {args.file}")
    if result.kept_aside is not None:
        print(f"Cơ sở dữ liệu trước đó được giữ lại: {result.kept_aside}")
    return 0
