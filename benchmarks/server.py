"""A minimal keep-alive HTTP/1.1 server on 127.0.0.1 for the per-call benchmark.

Run as a separate process (``python benchmarks/server.py BODY_FILE``) so that it never competes
with the measured client for the GIL. It prints its port, then answers every request on every
connection with the same small JSON body, and exits when its standard input closes (so it can
never outlive the benchmark). Only what the benchmark needs: request line + headers, an optional
``Content-Length`` body, no chunked uploads.
"""

from __future__ import annotations

import socket
import sys
import threading


def serve_connection(conn: socket.socket, response: bytes) -> None:
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buffer = b""
    try:
        while True:
            while b"\r\n\r\n" not in buffer:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            head, _, buffer = buffer.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            while len(buffer) < length:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            buffer = buffer[length:]
            conn.sendall(response)
    except OSError:
        return
    finally:
        conn.close()


def main() -> None:
    with open(sys.argv[1], "rb") as fh:
        body = fh.read()
    response = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-pinterest-rid: 1234567890\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    print(listener.getsockname()[1], flush=True)

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=serve_connection, args=(conn, response), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    sys.stdin.read()  # the benchmark closes our stdin (or dies): stop
    listener.close()


if __name__ == "__main__":
    main()
