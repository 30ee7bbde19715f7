"""Real servers for the notice tests: an SMTP server (aiosmtpd) and an HTTP message gateway
(the standard library's), each recording what it received and able to refuse on demand."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.parse
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class SmtpServer:
    def __init__(self):
        from aiosmtpd.controller import Controller

        self.messages: list = []
        self.refuse = 0  # refuse this many messages with 451 before accepting
        server = self

        class Handler:
            async def handle_DATA(self, _server, _session, envelope):
                if server.refuse > 0:
                    server.refuse -= 1
                    return "451 4.3.0 try again later"
                server.messages.append(message_from_bytes(envelope.content, policy=policy.default))
                return "250 OK"

        with socket.socket() as probe:  # a free port (the controller checks it by connecting)
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        self._controller.stop()


class GatewayServer:
    """Answers 200 and records each request's method, path, headers and body; ``refuse``
    requests get 503; ``hang_on`` the n-th request (1-based) sleeps ``hang`` seconds first."""

    def __init__(self):
        self.requests: list[dict] = []
        self.refuse = 0
        self.hang_on, self.hang = 0, 0.0
        self.arrived = threading.Event()
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                record = {
                    "method": self.command,
                    "path": self.path,
                    "headers": dict(self.headers),
                    "raw": raw.decode("utf-8"),
                }
                kind = self.headers.get("Content-Type", "")
                if kind.startswith("application/json"):
                    record["json"] = json.loads(raw)
                elif raw:
                    record["form"] = dict(urllib.parse.parse_qsl(raw.decode("ascii")))
                gateway.requests.append(record)
                gateway.arrived.set()
                if gateway.hang_on and len(gateway.requests) == gateway.hang_on:
                    time.sleep(gateway.hang)
                if gateway.refuse > 0:
                    gateway.refuse -= 1
                    self.send_response(503)
                else:
                    self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            do_POST = do_GET = do_PUT = _serve

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sms"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
