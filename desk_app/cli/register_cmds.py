"""The register's files and documents: ``find``, ``import``, ``export``, ``catalogue``, ``print``,
``report``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from desk_app.cli.common import (
    Parser,
    fmt_moment,
    open_desk,
    parse_day,
    print_rejected,
)
from desk_app.domain.errors import ValidationError
from desk_app.printing import DOSSIER_FORMS, NAMES_VI, RANGE_FORMS


def add_commands(commands) -> None:
    """``find``, ``import``, ``export`` and ``catalogue``."""
    find = commands.add_parser(
        "find",
        help="tìm hồ sơ theo mã, số thứ tự, tên (không dấu cũng được), điện thoại, số giấy tờ",
        description="In tối đa 50 hồ sơ, mỗi dòng: mã, người nộp, thủ tục, trạng thái, hạn.",
    )
    find.add_argument("text", metavar="NỘI_DUNG")
    find.set_defaults(func=cmd_find)
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


def add_output_commands(commands) -> None:
    """``print`` and ``report``."""
    print_ = commands.add_parser(
        "print",
        help="in giấy tờ ra tệp PDF (giấy tiếp nhận, các mẫu 02-07, phiếu rà soát, phiếu hẹn)",
        description="receipt=01, supplement=02, refusal=03, apology=04, stop=05, control=06, "
        "register=07 (--from/--to), review=phiếu rà soát cuối ngày (--date), slip=phiếu 80 mm, "
        "postal-list=danh sách bàn giao kết quả cho bưu chính (--date).",
    )
    print_.add_argument(
        "form",
        choices=[*DOSSIER_FORMS, *RANGE_FORMS],
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
    when = report_.add_mutually_exclusive_group(required=True)
    when.add_argument(
        "--period",
        metavar="KỲ",
        help="2026-09 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng), 2026 (năm); "
        "chốt số liệu ngày 14 theo Nghị định 09/2019 hoặc theo tháng dương lịch (cài đặt "
        "report_cutoff)",
    )
    when.add_argument("--from", dest="date_from", type=parse_day, metavar="YYYY-MM-DD")
    report_.add_argument("--to", dest="date_to", type=parse_day, metavar="YYYY-MM-DD")
    report_.add_argument(
        "--kind",
        choices=["results", "satisfaction", "steps"],
        default="results",
        help="results: kết quả giải quyết (mặc định); satisfaction: mức độ hài lòng; steps: thời "
        "gian các bước của quy trình nội bộ theo phòng",
    )
    report_.add_argument(
        "--by",
        choices=["field", "procedure", "clerk", "month"],
        help="mỗi dòng một lĩnh vực (mặc định của results), một thủ tục (mặc định của "
        "satisfaction), một công chức hoặc một tháng (chỉ satisfaction)",
    )
    report_.add_argument("--out", type=Path, required=True, metavar="TỆP")
    report_.set_defaults(func=cmd_report)


def cmd_find(args: argparse.Namespace) -> int:
    from desk_app.domain.lifecycle import State

    rows = open_desk(args).quick_search(args.text, limit=50)
    if not rows:
        print(f"Không tìm thấy hồ sơ nào cho {args.text!r}", file=sys.stderr)
        return 1
    for row in rows:
        print(
            f"{row.code}\t{row.applicant_name}\t{row.masked_id or '-'}\t{row.procedure_code}\t"
            f"{State(row.state).label_vi}\t{fmt_moment(row.due_at)}"
        )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desk_app.services.tabular import ImportRejected, table_format

    table_format(args.file)  # a wrong file type is bad input, before the database opens
    desk = open_desk(args)
    try:
        result = desk.import_register(args.file, skip_invalid=args.skip_invalid).value
    except ImportRejected as exc:
        return print_rejected(exc)
    print(f"Đã nhập {result.imported} hồ sơ từ {args.file.name}.")
    if result.rejected:
        skipped = len(result.rejected)
        print(f"Bỏ qua {skipped} dòng không hợp lệ; chi tiết trong {result.rejected_file}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desk_app.services.tabular import table_format

    table_format(args.file)
    count = open_desk(args).export_register(
        args.file, received_from=args.date_from, received_to=args.date_to
    )
    print(f"Đã xuất {count} hồ sơ ra {args.file}")
    return 0


def cmd_catalogue(args: argparse.Namespace) -> int:
    from desk_app.services.tabular import ImportRejected, table_format

    table_format(args.file)
    desk = open_desk(args)
    if args.action == "export":
        count = desk.export_catalogue(args.file)
        print(f"Đã xuất {count} thủ tục ra {args.file}")
        return 0
    try:
        result = desk.import_catalogue(args.file).value
    except ImportRejected as exc:
        return print_rejected(exc)
    print(f"Danh mục: thêm {result.created} thủ tục, cập nhật {result.updated} thủ tục.")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from desk_app.services import printing

    printing.check_pdf_path(args.out)  # before the database opens
    if args.form in DOSSIER_FORMS:
        if not args.code:
            raise ValidationError(f"mẫu {args.form} cần --code MÃ_HỒ_SƠ", "code")
        data = open_desk(args).document(args.form, args.code, paper=args.paper)
    elif args.form == "register":
        first = args.date_from or args.date or dt.date.today()
        last = args.date_to or args.date or first
        data = open_desk(args).register_document(first, last)
    elif args.form == "postal-list":
        data = open_desk(args).postal_list_document(args.date or dt.date.today())
    else:
        data = open_desk(args).review_document(args.date or dt.date.today())
    printing.write_pdf(args.out, data)
    print(f"Đã in {NAMES_VI[args.form]} ra {args.out}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from desk_app.domain.statistics import check_period, percent_text
    from desk_app.services import report_files

    report_files.report_format(args.out)  # bad input, before the database opens
    if args.period is not None and args.date_to is not None:
        raise ValidationError("--period đã gồm ngày cuối kỳ: bỏ --to", "period")
    if args.period is None and args.date_to is None:
        raise ValidationError("--from cần --to", "period")
    if args.period is not None:
        from desk_app.domain.statistics import reporting_period

        reporting_period(args.period)  # a malformed period is bad input, before the database
    if args.kind == "results" and args.by in ("clerk", "month"):
        raise ValidationError(f"--by {args.by} chỉ dùng với --kind satisfaction", "by")
    if args.kind == "steps" and args.by is not None:
        raise ValidationError("--kind steps có một dòng mỗi phòng: bỏ --by", "by")
    desk = open_desk(args)
    if args.period is not None:
        args.date_from, args.date_to = desk.report_period(args.period)
    check_period(args.date_from, args.date_to)
    if args.kind == "satisfaction":
        return _satisfaction(desk, args)
    if args.kind == "steps":
        return _steps(desk, args)
    args.by = args.by or "field"
    result = desk.report(args.date_from, args.date_to, now=dt.datetime.now())
    report_files.write_report(result, args.out, args.by)
    total = result.total
    print(
        f"Báo cáo {result.period_text}: nhận {total.received}, đã giải quyết {total.resolved} "
        f"(đúng và trước hạn {percent_text(total.on_time_rate)}), đang giải quyết "
        f"{total.in_progress} (quá hạn {total.overdue}). Đã ghi {args.out}"
    )
    return 0


def _satisfaction(desk, args: argparse.Namespace) -> int:
    from desk_app.domain.statistics import percent_text

    result = desk.satisfaction(args.date_from, args.date_to, args.by or "procedure")
    desk.write_satisfaction(result, args.out)
    total = result.total
    print(
        f"Đánh giá từ {args.date_from:%d/%m/%Y} đến {args.date_to:%d/%m/%Y}: {total.rated} lượt, "
        f"hài lòng {percent_text(total.satisfied_rate)} (chỉ tiêu {result.target} %). "
        f"Đã ghi {args.out}"
    )
    return 0


def _steps(desk, args: argparse.Namespace) -> int:
    from desk_app.domain.statistics import percent_text

    result = desk.steps_report(args.date_from, args.date_to)
    desk.write_steps_report(result, args.out)
    total = result.total
    print(
        f"Các bước kết thúc từ {args.date_from:%d/%m/%Y} đến {args.date_to:%d/%m/%Y}: "
        f"{total.handled}, quá thời gian {total.late}; trong các hồ sơ trễ hạn, "
        f"{percent_text(total.late_share_of_late_dossiers)} có bước quá thời gian. "
        f"Đã ghi {args.out}"
    )
    return 0
