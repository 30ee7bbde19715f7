"""A dossier's life and the agency's settings on the command line: ``dossier register``,
``dossier act``, ``dossier show`` and ``settings show`` / ``settings set``.

Thin wrappers over the desk facade: every rule is the service's, so a refusal here is the same
sentence the window shows (exit 2).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from desk_app.cli import citizen_cmds
from desk_app.cli.common import Parser, fmt_moment, open_desk, parse_moment
from desk_app.domain.decree118 import TOLD_HOW
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import EventKind
from desk_app.services.agency import SECRET_SETTINGS  # printed as *****
from desk_app.services.dossiers import FORM_OF_EVENT, Intake, ReceivedDocument

ACTIONS = [k.value for k in EventKind if k not in (EventKind.RECEIVED, EventKind.CORRECTED)]
RETURNS = {"counter": "desk", "postal": "post"}


def add_commands(commands) -> None:
    """``dossier`` and ``settings``."""
    dossier = commands.add_parser("dossier", help="tiếp nhận hồ sơ, ghi một bước, xem hồ sơ")
    actions = dossier.add_subparsers(
        dest="action", metavar="THAO_TÁC", parser_class=Parser, required=True
    )
    _add_register(actions)
    act = actions.add_parser("act", help="ghi một bước của hồ sơ (bàn giao, trả kết quả, ...)")
    act.add_argument("code", metavar="MÃ_HỒ_SƠ")
    act.add_argument("kind", choices=ACTIONS, metavar="{" + ",".join(ACTIONS) + "}")
    act.add_argument("--at", type=parse_moment, metavar="'YYYY-MM-DD HH:MM'")
    act.add_argument("--reason", default="", help="lý do (từ chối, dừng, xin lỗi) hoặc ghi chú")
    act.add_argument("--new-due", type=parse_moment, metavar="'YYYY-MM-DD HH:MM'")
    act.add_argument("--to", default="", help="bàn giao cho ai / người nhận kết quả")
    act.add_argument("--item", action="append", default=[], help="giấy tờ cần bổ sung (lặp lại)")
    act.add_argument(
        "--late-reason",
        default="",
        help="lãnh đạo bộ phận: lý do yêu cầu bổ sung sau 3 ngày làm việc (Nghị định 118/2025)",
    )
    act.add_argument(
        "--told-how",
        choices=tuple(TOLD_HOW),
        help="trả trước hẹn: đã báo người nộp bằng cách nào (Nghị định 118/2025)",
    )
    act.add_argument(
        "--told-at", type=parse_moment, metavar="'YYYY-MM-DD HH:MM'", help="trả trước hẹn: lúc báo"
    )
    act.add_argument(
        "--postal",
        metavar="SỐ_HIỆU",
        help="trả kết quả qua bưu chính: số hiệu bưu gửi (dạng S10, ví dụ EE123456785VN)",
    )
    act.add_argument("--print", dest="print_to", type=Path, metavar="TỆP.pdf")
    citizen_cmds.add_rate(actions)
    citizen_cmds.add_files(actions)
    show = actions.add_parser("show", help="xem một hồ sơ và lịch sử của nó")
    show.add_argument("code", metavar="MÃ_HỒ_SƠ")
    show.add_argument("--json", action="store_true", help="in dạng JSON")
    dossier.set_defaults(func=cmd_dossier)

    settings = commands.add_parser("settings", help="cài đặt của cơ quan (quản trị hệ thống)")
    settings_actions = settings.add_subparsers(
        dest="action", metavar="THAO_TÁC", parser_class=Parser, required=True
    )
    settings_actions.add_parser("show", help="mọi cài đặt, mỗi dòng TÊN = GIÁ_TRỊ")
    set_ = settings_actions.add_parser("set", help="đổi một cài đặt (được kiểm tra như ở cửa sổ)")
    set_.add_argument("key", metavar="TÊN")
    set_.add_argument("value", metavar="GIÁ_TRỊ")
    settings.set_defaults(func=cmd_settings)


def _add_register(actions) -> None:
    register = actions.add_parser(
        "register",
        help="tiếp nhận một hồ sơ; dòng đầu in mã hồ sơ",
        description="--at ghi một lần tiếp nhận trên giấy trước đó; --code nhận mã do hệ thống "
        "của tỉnh cấp. Giấy tờ: --documents 'TÊN=BẢN_CHÍNH/BẢN_SAO_CHỨNG_THỰC/BẢN_SAO;...'.",
    )
    register.add_argument("--procedure", required=True, metavar="MÃ_THỦ_TỤC")
    register.add_argument("--applicant", required=True, metavar="TÊN")
    register.add_argument("--id", dest="id_no", default="", metavar="SỐ_GIẤY_TỜ")
    register.add_argument("--kind", choices=["person", "organisation"], default="person")
    register.add_argument("--address", default="")
    register.add_argument("--phone", default="")
    register.add_argument("--email", default="")
    register.add_argument("--channel", choices=["counter", "postal", "online"], default="counter")
    register.add_argument("--return", dest="return_by", choices=list(RETURNS), default="counter")
    register.add_argument("--postal-address", default="")
    register.add_argument("--documents", default="", metavar="'TÊN=1/0/0;...'")
    register.add_argument("--note", default="")
    register.add_argument("--at", type=parse_moment, metavar="'YYYY-MM-DD HH:MM'")
    register.add_argument("--code", metavar="MÃ_HỒ_SƠ")
    register.add_argument(
        "--tracking", default="", metavar="SỐ_HIỆU", help="hồ sơ nộp qua bưu chính: số hiệu bưu gửi"
    )
    register.add_argument(
        "--no-notify",
        action="store_true",
        help="người nộp không muốn nhận tin nhắn, thư điện tử về hồ sơ",
    )
    register.add_argument("--print", dest="print_to", type=Path, metavar="TỆP.pdf")


def parse_documents(text: str) -> tuple[ReceivedDocument, ...]:
    """``NAME=ORIGINALS/CERTIFIED/COPIES;...`` (counts optional: a name alone is one original)."""
    documents = []
    for position, part in enumerate((p for p in text.split(";") if p.strip()), 1):
        name, sep, counts = part.partition("=")
        numbers = counts.split("/") if sep else ["1"]
        if len(numbers) > 3 or not all(
            n.strip().isascii() and n.strip().isdigit() for n in numbers
        ):
            raise ValidationError(
                f"giấy tờ thứ {position}: số bản {counts!r} không hợp lệ (dạng 1/0/2)", "documents"
            )
        values = [int(n) for n in numbers] + [0] * (3 - len(numbers))
        documents.append(ReceivedDocument(name.strip(), *values))
    return tuple(documents)


def cmd_dossier(args: argparse.Namespace) -> int:
    if args.action == "register":
        return _register(args)
    if args.action == "act":
        return _act(args)
    if args.action == "rate":
        return citizen_cmds.cmd_rate(args)
    if args.action in ("attach", "files"):
        return citizen_cmds.cmd_files(args)
    return _show(args)


def _register(args: argparse.Namespace) -> int:
    documents = parse_documents(args.documents)  # bad input, before the database opens
    if args.at is not None and args.at > dt.datetime.now() + dt.timedelta(minutes=5):
        raise ValidationError(f"--at {fmt_moment(args.at)} ở tương lai", "at")
    if args.print_to is not None:
        _check_pdf(args.print_to)
    intake = Intake(
        procedure_code=args.procedure,
        applicant_name=args.applicant,
        applicant_kind=args.kind,
        applicant_id_no=args.id_no,
        address=args.address,
        phone=args.phone,
        email=args.email,
        channel=args.channel,
        documents=documents,
        return_method=RETURNS[args.return_by],
        return_address=args.postal_address,
        note=args.note,
        received_at=args.at,
        notify=not args.no_notify,
        incoming_tracking=args.tracking,
    )
    desk = open_desk(args)
    registered = desk.register(intake, code=args.code).value
    print(registered.code)
    print(
        f"Số thứ tự {registered.register_no}/{registered.register_year}; tiếp nhận "
        f"{fmt_moment(registered.received_at)}; hẹn trả {fmt_moment(registered.due_at)}"
    )
    if args.print_to is not None:
        _write(args.print_to, desk.document("receipt", registered.code))
    return 0


def _act(args: argparse.Namespace) -> int:
    kind = EventKind(args.kind)
    if args.print_to is not None:
        _check_pdf(args.print_to)
    data: dict = {}
    if args.new_due is not None:
        data["new_due"] = args.new_due
    if args.item:
        data["items"] = list(args.item)
    if args.late_reason:
        data["late_reason"] = args.late_reason
    if args.told_how:
        data["told_how"] = args.told_how
    if args.told_at is not None:
        data["told_at"] = args.told_at
    if args.to:
        data["recipient" if kind is EventKind.RETURNED else "to"] = args.to
    if args.postal is not None:
        data["postal"] = args.postal
    desk = open_desk(args)
    code = desk.act(args.code, kind, at=args.at, note=args.reason, data=data).value
    detail = desk.detail(code)
    print(f"{code}\t{detail.state.label_vi}\thạn {fmt_moment(detail.deadline.due)}")
    if args.print_to is not None:
        form = FORM_OF_EVENT.get(kind, "control")
        _write(args.print_to, desk.document(form, code))
    return 0


def _show(args: argparse.Namespace) -> int:
    record = open_desk(args).dossier_record(args.code)
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    for key, value in record.items():
        if key != "events":
            print(f"{key}: {'' if value is None else value}")
    for event in record["events"]:
        print(f"  {event['at']}  {event['kind']}  {event['reason']}".rstrip())
    return 0


def _check_pdf(path: Path) -> None:
    from desk_app.services import printing

    printing.check_pdf_path(path)


def _write(path: Path, data: bytes) -> None:
    from desk_app.services import printing

    printing.write_pdf(path, data)
    print(f"Đã in ra {path}")


def cmd_settings(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    if args.action == "show":
        from desk_app.domain.roles import Permission
        from desk_app.services import auth

        auth.require(Permission.SETTINGS)
        for key, value in desk.settings().items():
            shown = "*****" if key in SECRET_SETTINGS and value else value
            if isinstance(shown, dict | list):
                shown = json.dumps(shown, ensure_ascii=False)
            print(f"{key} = {shown}")
        return 0
    value: object = args.value
    if args.key == "office_hours":
        try:
            value = json.loads(args.value)
        except json.JSONDecodeError:
            raise ValidationError(
                'office_hours cần dạng JSON, ví dụ {"mon": ["07:30-11:30", "13:30-17:00"]}',
                "office_hours",
            ) from None
    changed = desk.update_settings(**{args.key: value}).value
    if not changed:
        print(f"{args.key} không đổi")
    for key, (old, new) in changed.items():
        print(f"{key}: {old} -> {new}")
    return 0
