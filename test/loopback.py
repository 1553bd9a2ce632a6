"""A small HTTP server on 127.0.0.1 that records every request and answers from a script,
misbehaving on purpose when asked (drop the connection, truncate the body, stall)."""

from __future__ import annotations

import dataclasses
import json
import socket
import socketserver
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Deque, Dict, List, Optional, Tuple
from urllib.parse import parse_qsl, urlsplit

#: Seconds between two shutdown checks of a test server's ``serve_forever`` (its default, 0.5 s, is
#: what every teardown would wait).
POLL_INTERVAL = 0.01


def serve_in_background(server: socketserver.BaseServer, name: Optional[str] = None) -> threading.Thread:
    """Start ``server.serve_forever`` on a daemon thread that notices ``shutdown()`` within :data:`POLL_INTERVAL`."""
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": POLL_INTERVAL}, name=name, daemon=True
    )
    thread.start()
    return thread


@dataclasses.dataclass
class Recorded:
    method: str
    path: str
    query: List[Tuple[str, str]]
    headers: Dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclasses.dataclass
class Reply:
    status: int = 200
    body: Any = dataclasses.field(default_factory=dict)  # JSON-able, or bytes sent as is
    headers: Dict[str, str] = dataclasses.field(default_factory=dict)
    action: Optional[str] = None  # "drop" | "truncate" | "stall"
    delay: float = 0.0


class Loopback:
    def __init__(self) -> None:
        self.requests: List[Recorded] = []
        self.replies: Deque[Reply] = deque()
        self.default = Reply()
        #: Optional ``handler(recorded) -> Reply | None`` consulted before the queued replies.
        self.handler: Optional[Callable[[Recorded], Optional[Reply]]] = None
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # no 40 ms delayed-ACK stall between headers and body

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                recorded = Recorded(
                    self.command, parts.path, parse_qsl(parts.query, keep_blank_values=True), dict(self.headers), body
                )
                with owner._lock:
                    owner.requests.append(recorded)
                routed = owner.handler(recorded) if owner.handler else None
                with owner._lock:
                    reply = routed or (owner.replies.popleft() if owner.replies else owner.default)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.action == "drop":
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                payload = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
                if reply.status == 204:
                    payload = b""
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json", "x-pinterest-rid": "rid-123", **reply.headers}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if reply.action == "truncate":
                    self.wfile.write(payload[: len(payload) // 2])
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                if reply.action == "stall":
                    time.sleep(5)
                self.wfile.write(payload)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread: Optional[threading.Thread] = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}"

    @property
    def host(self) -> str:
        return self.url + "/v5"

    def reply(
        self, status: int = 200, body: Any = None, headers: Optional[Dict[str, str]] = None, **kwargs: Any
    ) -> None:
        self.replies.append(Reply(status, {} if body is None else body, headers or {}, **kwargs))

    @property
    def last(self) -> Recorded:
        return self.requests[-1]

    def __enter__(self) -> "Loopback":
        self.thread = serve_in_background(self.server)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()
