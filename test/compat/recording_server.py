"""A loopback HTTP server that records every request (method, path, sorted query pairs, content type,
body) and answers ``200 {}`` (a path in ``answers``: that status and body; an error status comes with
an ``x-pinterest-rid``):
run in the test process for ours and in a subprocess for the original."""

from __future__ import annotations

import http.server
import threading
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import parse_qsl, urlsplit

#: The paths the side-by-side probes answer otherwise than ``200 {}``: a 404 with Pinterest's error
#: body (how an error looks to the caller) and a board for the direct ``call_api`` calls (the original
#: decodes strictly).
ERROR_PATH = "/v5/boards/404404"
ERROR_BODY = b'{"code": 40, "message": "Board not found."}'
BOARD = b'{"id": "549755813888000001", "name": "Trips"}'
PROBE_ANSWERS = {ERROR_PATH: (404, ERROR_BODY), "/v5/boards/12%2F3": (200, BOARD), "/v5/boards": (200, BOARD)}


class RecordingServer:
    def __init__(self, answers: Optional[Dict[str, Tuple[int, bytes]]] = None) -> None:
        self.requests: List[Dict[str, Any]] = []
        recorded = self.requests
        answers = answers or {}

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                url = urlsplit(self.path)
                recorded.append(
                    {
                        "method": self.command,
                        "path": url.path,
                        "query": sorted(parse_qsl(url.query, keep_blank_values=True)),
                        "content_type": (self.headers.get("Content-Type") or "").split(";")[0],
                        "body": body.decode("utf-8", "replace"),
                    }
                )
                status, data = answers.get(url.path, (200, b"{}"))
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                if status != 200:
                    self.send_header("x-pinterest-rid", "rid-1")
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = answer  # noqa: N815

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # (a client closing its connection at exit)

        self.server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
        self.host = f"http://127.0.0.1:{self.server.server_address[1]}/v5"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def describe_error(exc: Any) -> Dict[str, Any]:
    """What a caller catching an HTTP error's exception sees: its class and bases, status, reason,
    body (text, or the repr of anything else) and request id."""
    return {
        "type": type(exc).__name__,
        "bases": [cls.__name__ for cls in type(exc).__mro__[1:4]],
        "status": exc.status,
        "reason": exc.reason,
        "body": exc.body if isinstance(exc.body, str) else repr(exc.body),
        "request_id": exc.headers.get("x-pinterest-rid"),
    }


def describe_result(result: Any) -> Any:
    """What ``call_api`` returned, as a caller unpacks it: ``(type of data, status)`` for the original's
    ``(data, status, headers)`` tuple, else the type of the data."""
    if isinstance(result, tuple):
        return [type(result[0]).__name__, result[1], len(result)]
    return type(result).__name__
