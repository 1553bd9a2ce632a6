"""A minimal keep-alive HTTP/1.1 server on 127.0.0.1 for the transport benchmarks.

Run as a separate process (``python benchmarks/server.py BODY_FILE``) so that it never competes
with the measured client for the GIL. It prints its port, then answers every request on every
connection with the same small JSON body (``__PORT__`` in it replaced by its port, so that a
media registration can name an upload URL on this server), and exits when its standard input closes (so it can
never outlive the benchmark). A request body (``Content-Length``, no chunked uploads) is read and
thrown away in 1 MiB reads, so an upload of a gigabyte costs the server no memory.

``GET /__stats`` answers ``{"connections": N}``: the connections accepted since start (or since the
last ``GET /__stats?reset``), which is how the thread benchmark counts what a client opened.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
from typing import List

#: Bytes received per ``recv_into`` of a request body.
RECV_SIZE = 1 << 20


class Stats:
    """Connections accepted (shared by the connection threads)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.connections = 0

    def opened(self) -> None:
        with self.lock:
            self.connections += 1

    def answer(self, reset: bool) -> bytes:
        with self.lock:
            body = json.dumps({"connections": self.connections}).encode()
            if reset:
                self.connections = 0
        return _response(body)


def _response(body: bytes) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-pinterest-rid: 1234567890\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


def _discard(conn: socket.socket, length: int, sink: memoryview) -> bool:
    """Receive and drop ``length`` bytes; False when the peer went away first."""
    while length > 0:
        got = conn.recv_into(sink, min(length, len(sink)))
        if not got:
            return False
        length -= got
    return True


def serve_connection(conn: socket.socket, response: bytes, stats: Stats) -> None:
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sink = memoryview(bytearray(RECV_SIZE))
    buffer = b""
    try:
        while True:
            while b"\r\n\r\n" not in buffer:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            head, _, buffer = buffer.partition(b"\r\n\r\n")
            length = _content_length(head)
            if len(buffer) >= length:
                buffer = buffer[length:]
            else:
                length -= len(buffer)
                buffer = b""
                if not _discard(conn, length, sink):
                    return
            if head.startswith(b"GET /__stats"):
                conn.sendall(stats.answer(reset=b"?reset" in head.split(b"\r\n", 1)[0]))
            else:
                conn.sendall(response)
    except OSError:
        return
    finally:
        conn.close()


def main(argv: List[str]) -> None:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    port = listener.getsockname()[1]
    with open(argv[1], "rb") as fh:
        response = _response(fh.read().replace(b"__PORT__", str(port).encode()))
    stats = Stats()
    print(port, flush=True)

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            stats.opened()
            threading.Thread(target=serve_connection, args=(conn, response, stats), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    sys.stdin.read()  # the benchmark closes our stdin (or dies): stop
    listener.close()


if __name__ == "__main__":
    main(sys.argv)
