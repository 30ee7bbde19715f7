"""Dossiers and results carried by the public postal service (bưu chính công ích).

A dossier that arrives by post keeps its item's number; a result sent by post is handed to the
postal clerk against a signed list (``desk-app print postal-list``) with its item's number,
and its delivery is recorded when the post confirms it. Item numbers are checked as UPU S10
numbers (:mod:`desk_app.domain.postal`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Dossier, Procedure
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import EventKind
from desk_app.domain.postal import tracking_number


def incoming(value: str, channel: str) -> str:
    """The item number a dossier came in: only for a dossier that came by post."""
    if not str(value or "").strip():
        return ""
    if channel != "postal":
        raise ValidationError(
            "Số hiệu bưu gửi đến chỉ ghi cho hồ sơ nộp qua bưu chính", "incoming_tracking"
        )
    return tracking_number(value, "incoming_tracking")


def on_event(dossier: Dossier, kind: EventKind, moment: dt.datetime, payload: dict[str, Any]):
    """A return by post (``payload["postal"]``: the item number) and its delivery."""
    if "postal" in payload and kind is not EventKind.RETURNED:
        raise ValidationError("Số hiệu bưu gửi chỉ ghi khi trả kết quả", "postal")
    if kind is EventKind.RETURNED and "postal" in payload:
        payload["postal"] = dossier.postal_tracking = tracking_number(payload["postal"])
    if kind is EventKind.DELIVERED:
        if not dossier.postal_tracking:
            raise ValidationError(
                "Kết quả của hồ sơ này không gửi qua bưu chính: không có gì để bưu điện phát",
                "postal",
            )
        if dossier.delivered_at is not None:
            raise ValidationError(
                f"Bưu điện đã phát kết quả lúc {dossier.delivered_at:%H:%M %d/%m/%Y}", "at"
            )
        if dossier.returned_at is not None and moment < dossier.returned_at:
            raise ValidationError("Thời điểm phát trước khi giao cho bưu điện", "at")
        dossier.delivered_at = moment
        payload["postal"] = dossier.postal_tracking


@dataclass(frozen=True)
class PostalItem:
    code: str
    applicant_name: str
    address: str
    procedure_name: str
    tracking: str
    handed_at: dt.datetime
    delivered_at: dt.datetime | None = None


def _items(session: Session, *conditions) -> list[PostalItem]:
    rows = session.execute(
        select(
            Dossier.code,
            Dossier.applicant_name,
            Dossier.return_address,
            Dossier.address,
            Procedure.name,
            Dossier.postal_tracking,
            Dossier.returned_at,
            Dossier.delivered_at,
        )
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .where(Dossier.postal_tracking.is_not(None), *conditions)
        .order_by(Dossier.returned_at, Dossier.id)
    )
    return [
        PostalItem(code, name, return_address or address, procedure, tracking, at, delivered)
        for code, name, return_address, address, procedure, tracking, at, delivered in rows
    ]


def handed_on(session: Session, day: dt.date) -> list[PostalItem]:
    """The results handed to the post on ``day`` (the hand-over list)."""
    start = dt.datetime.combine(day, dt.time())
    return _items(
        session, Dossier.returned_at >= start, Dossier.returned_at < start + dt.timedelta(days=1)
    )


def undelivered(session: Session, now: dt.datetime, days: int) -> list[PostalItem]:
    """Results handed to the post ``days`` or more days ago and not yet delivered."""
    return _items(
        session,
        Dossier.delivered_at.is_(None),
        Dossier.returned_at <= now - dt.timedelta(days=days),
    )
