"""The citizen's side on the command line: ``outbox list / send / retry`` (notices to
applicants; ``send`` is what a scheduled task runs) and ``dossier rate`` (a rating collected
on paper). Thin wrappers over the desk facade."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk_app.cli.common import Parser, bounded_count, fmt_moment, open_desk, parse_moment
from desk_app.domain.notices import STATE_LABELS, STATES
from desk_app.domain.satisfaction import Level


def add_commands(commands) -> None:
    """``outbox``."""
    outbox = commands.add_parser(
        "outbox",
        help="thông báo cho người nộp: xem hàng đợi, gửi (chạy theo lịch), gửi lại",
        description="Mỗi thông báo được ghi cùng lúc với bước của hồ sơ gây ra nó; 'send' gửi "
        "những thông báo đến lượt (thư điện tử qua SMTP, tin nhắn qua cổng HTTP theo cài đặt), "
        "thử lại sau 1, 2, 4... phút khi máy chủ từ chối.",
    )
    actions = outbox.add_subparsers(
        dest="action", metavar="THAO_TÁC", parser_class=Parser, required=True
    )
    listing = actions.add_parser("list", help="các thông báo mới nhất")
    listing.add_argument("--state", choices=STATES, help="chỉ những thông báo ở trạng thái này")
    listing.add_argument("--limit", type=bounded_count, default=50)
    send = actions.add_parser("send", help="gửi các thông báo đến lượt")
    send.add_argument("--limit", type=bounded_count, default=200)
    actions.add_parser("retry", help="đưa các thông báo gửi không được vào hàng đợi lại")
    outbox.set_defaults(func=cmd_outbox)


def add_rate(actions) -> None:
    """``dossier rate``, added to the ``dossier`` group."""
    levels = [level.value for level in Level]
    rate = actions.add_parser(
        "rate",
        help="ghi đánh giá của người nộp (phiếu giấy) cho hồ sơ đã trả kết quả",
        description="Mức: very_satisfied (rất hài lòng), satisfied (hài lòng), unsatisfied "
        "(không hài lòng). Mỗi hồ sơ đánh giá một lần.",
    )
    rate.add_argument("code", metavar="MÃ_HỒ_SƠ")
    rate.add_argument("level", choices=levels, metavar="{" + ",".join(levels) + "}")
    rate.add_argument("--comment", default="", metavar="Ý_KIẾN")
    rate.add_argument("--at", type=parse_moment, metavar="'YYYY-MM-DD HH:MM'")


def cmd_rate(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    level = desk.rate(args.code, args.level, args.comment, source="paper", at=args.at).value
    print(f"{args.code.strip().upper()}\t{level.label_vi}")
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    if args.action == "send":
        result = desk.send_notices(limit=args.limit)
        waiting = desk.notice_counts().get("waiting", 0)
        print(
            f"Đã gửi {result.sent}; thử lại sau {result.retrying}; gửi không được "
            f"{result.failed}; còn chờ {waiting}."
        )
        return 0
    if args.action == "retry":
        print(f"Đưa lại vào hàng đợi {desk.retry_notices()} thông báo.")
        return 0
    for row in desk.notices(args.state, args.limit):
        size = f"{row.segments} tin" if row.channel == "sms" else "thư"
        when = fmt_moment(row.sent_at or row.next_attempt_at)
        print(
            f"{row.id}\t{row.code}\t{row.kind}\t{row.channel}\t{size}\t"
            f"{STATE_LABELS[row.state]}\t{row.attempts}\t{when}\t{row.last_error}".rstrip()
        )
    return 0


def add_files(actions) -> None:
    """``dossier attach`` and ``dossier files``, added to the ``dossier`` group."""
    attach = actions.add_parser(
        "attach",
        help="đính kèm bản số hóa của một giấy tờ (--document N) hoặc tệp kết quả (--result)",
        description="PDF, JPEG, PNG hoặc TIFF (xét theo nội dung), không quá cài đặt "
        "attachment_max_mb; N là số thứ tự giấy tờ trên giấy tiếp nhận.",
    )
    attach.add_argument("code", metavar="MÃ_HỒ_SƠ")
    attach.add_argument("file", type=Path, metavar="TỆP")
    which = attach.add_mutually_exclusive_group(required=True)
    which.add_argument("--document", type=int, metavar="N")
    which.add_argument("--result", action="store_true")
    files = actions.add_parser("files", help="chép các tệp số hóa của hồ sơ ra một thư mục")
    files.add_argument("code", metavar="MÃ_HỒ_SƠ")
    files.add_argument("--out", type=Path, required=True, metavar="THƯ_MỤC")


def cmd_files(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    if args.action == "attach":
        info = desk.attach(args.code, args.file, document=args.document, result=args.result).value
        again = " (nội dung này đã có, lưu một lần)" if info.duplicate else ""
        print(
            f"{args.code.strip().upper()}\t{info.document}\t{info.content_type}\t"
            f"{info.size:,} byte\t{info.sha256[:16]}{again}"
        )
        return 0
    for path in desk.export_files(args.code, args.out):
        print(path)
    return 0
