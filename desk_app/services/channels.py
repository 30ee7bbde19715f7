"""How a notice leaves the desk: e-mail over SMTP, or an HTTP gateway described by settings
(which covers the SMS brandname gateways and a Zalo notification service without code per
vendor).

A failure raises :class:`SendFailed` with a short reason that names no applicant: it is kept
in the outbox and may reach the log."""

from __future__ import annotations

import json
import smtplib
import ssl
import urllib.error
import urllib.parse
import urllib.request
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

TIMEOUT = 20  # seconds: a notice waits, the counter does not


class SendFailed(Exception):
    """The server refused or could not be reached; ``reason`` holds no personal data."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason[:300]


def send_email(options: dict[str, Any], to: str, subject: str, body: str) -> None:
    message = EmailMessage()
    message["From"] = options.get("mail_from") or options.get("smtp_user") or ""
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="desk.local")
    message.set_content(body)
    host, port = options["smtp_host"], int(options.get("smtp_port") or 587)
    security = options.get("smtp_security", "starttls")
    try:
        if security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                host, port, timeout=TIMEOUT, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(host, port, timeout=TIMEOUT)
        with client:
            if security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if options.get("smtp_user"):
                client.login(options["smtp_user"], options.get("smtp_password", ""))
            client.send_message(message)
    except smtplib.SMTPResponseException as exc:
        raise SendFailed(f"SMTP {exc.smtp_code}") from None
    except smtplib.SMTPRecipientsRefused:
        raise SendFailed("SMTP: địa chỉ nhận bị từ chối") from None
    except (smtplib.SMTPException, OSError) as exc:
        raise SendFailed(f"SMTP: {type(exc).__name__}") from None


def _fill(value: Any, fields: dict[str, str]) -> Any:
    """Placeholders ``{phone}`` and ``{text}`` replaced inside every string of a JSON value."""
    if isinstance(value, str):
        for name, text in fields.items():
            value = value.replace("{" + name + "}", text)
        return value
    if isinstance(value, dict):
        return {k: _fill(v, fields) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, fields) for v in value]
    return value


def gateway_request(options: dict[str, Any], phone: str, text: str) -> urllib.request.Request:
    """The request the settings describe: ``sms_url`` (``{phone}`` and ``{text}`` allowed in
    it, URL-encoded), ``sms_method``, ``sms_headers`` and ``sms_body``, a JSON template (sent
    as JSON) or a form ``name={phone}&other={text}`` (sent as a form, or as the query of a
    GET)."""
    fields = {"phone": phone, "text": text}
    quoted = {k: urllib.parse.quote(v, safe="") for k, v in fields.items()}
    url = _fill(options["sms_url"], quoted)
    method = str(options.get("sms_method") or "POST").upper()
    headers = dict(options.get("sms_headers") or {})
    template = str(options.get("sms_body") or "").strip()
    data = None
    if template.startswith(("{", "[")):
        body = json.dumps(_fill(json.loads(template), fields), ensure_ascii=False)
        data = body.encode("utf-8")
        headers.setdefault("Content-Type", "application/json; charset=utf-8")
    elif template:
        pairs = [(k, _fill(v, fields)) for k, v in urllib.parse.parse_qsl(template)]
        encoded = urllib.parse.urlencode(pairs)
        if method == "GET":
            url += ("&" if "?" in url else "?") + encoded
        else:
            data = encoded.encode("ascii")
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
    return urllib.request.Request(url, data=data, headers=headers, method=method)


def send_http(options: dict[str, Any], phone: str, text: str) -> None:
    request = gateway_request(options, phone, text)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        raise SendFailed(f"HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise SendFailed(f"HTTP: {type(exc).__name__}") from None
    if not 200 <= status < 300:
        raise SendFailed(f"HTTP {status}")
