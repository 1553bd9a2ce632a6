"""Reading a response's status line and headers: ``http.client.HTTPResponse.begin`` with a lean
header parser.

``http.client`` hands the header lines to the ``email`` package's feed parser, which costs about
15 µs for the three headers of a small API answer: more than everything else the SDK adds to a
call. :func:`parse_headers` builds the same :class:`http.client.HTTPMessage` directly when every
line is a plain ``Name: value`` line (what every server sends), and leaves anything else (folded
continuation lines, lines without a name, stray carriage returns, a head cut short) to the
``email`` parser, exactly as ``http.client`` does. :func:`begin` is ``HTTPResponse.begin``
(identical from Python 3.9 to 3.13) calling it.
"""

from __future__ import annotations

import email.parser
import http.client
from typing import Any, List, Optional

#: ``http.client``'s limits on a header line and on the number of lines.
MAX_LINE = getattr(http.client, "_MAXLINE", 65536)
MAX_HEADERS = getattr(http.client, "_MAXHEADERS", 100)

#: Bytes a header name may hold: printable ASCII but the colon (the feed parser's ``headerRE``).
_NAME_BYTES = frozenset(range(0x21, 0x7F)) - {ord(":")}


def read_header_lines(fp: Any) -> List[bytes]:
    """The header lines up to and including the blank line that ends them (or ``b""`` at the end
    of the stream), with ``http.client``'s limits and errors."""
    lines: List[bytes] = []
    while True:
        line = fp.readline(MAX_LINE + 1)
        if len(line) > MAX_LINE:
            raise http.client.LineTooLong("header line")
        lines.append(line)
        if len(lines) > MAX_HEADERS:
            raise http.client.HTTPException(f"got more than {MAX_HEADERS} headers")
        if line in (b"\r\n", b"\n", b""):
            return lines


def parse_headers(fp: Any) -> http.client.HTTPMessage:
    """``http.client.parse_headers(fp)``: the same message, built without the ``email`` parser
    when every line is a plain ``Name: value`` line."""
    lines = read_header_lines(fp)
    message = _plain_headers(lines)
    if message is not None:
        return message
    text = b"".join(lines).decode("iso-8859-1")
    parsed: http.client.HTTPMessage = email.parser.Parser(_class=http.client.HTTPMessage).parsestr(text)
    return parsed


def _plain_headers(lines: List[bytes]) -> Optional[http.client.HTTPMessage]:
    """The message of ``lines`` if each is ``Name: value`` ending in a line break, else ``None``.
    Values are kept as the feed parser keeps them: leading blanks and the line break cut off."""
    message = http.client.HTTPMessage()
    for line in lines[:-1]:
        if line.endswith(b"\r\n"):
            line = line[:-2]
        elif line.endswith(b"\n"):
            line = line[:-1]
        else:
            return None  # cut short
        name, colon, value = line.partition(b":")
        if not colon or not name or b"\r" in line or not _NAME_BYTES.issuperset(name):
            return None
        message[name.decode("ascii")] = value.decode("iso-8859-1").lstrip(" \t")
    message.set_payload("")  # (the feed parser's empty body)
    return message


def begin(response: http.client.HTTPResponse) -> None:
    """``http.client.HTTPResponse.begin``, with :func:`parse_headers`."""
    self: Any = response
    if self.headers is not None:
        return  # we've already started reading the response
    while True:  # read until we get a non-100 response
        version, status, reason = self._read_status()
        if status != http.client.CONTINUE:
            break
        skipped = read_header_lines(self.fp)  # the header of the 100 response
        if self.debuglevel > 0:
            print("headers:", skipped)
    self.code = self.status = status
    self.reason = reason.strip()
    if version in ("HTTP/1.0", "HTTP/0.9"):
        self.version = 10  # some servers might still return "0.9": treat it as 1.0
    elif version.startswith("HTTP/1."):
        self.version = 11  # use HTTP/1.1 code for HTTP/1.x where x>=1
    else:
        raise http.client.UnknownProtocol(version)
    self.headers = self.msg = parse_headers(self.fp)
    if self.debuglevel > 0:
        for name, value in self.headers.items():
            print("header:", name + ":", value)
    transfer_encoding = self.headers.get("transfer-encoding")
    self.chunked = bool(transfer_encoding and transfer_encoding.lower() == "chunked")
    if self.chunked:
        self.chunk_left = None
    self.will_close = self._check_close()  # will the connection close at the end of the response?
    self.length = None
    length = self.headers.get("content-length")
    if length and not self.chunked:  # (RFC 2616 4.4 #3: ignored with chunked encoding)
        try:
            self.length = int(length)
        except ValueError:
            self.length = None
        else:
            if self.length < 0:  # ignore nonsensical negative lengths
                self.length = None
    if status in (http.client.NO_CONTENT, http.client.NOT_MODIFIED) or 100 <= status < 200 or self._method == "HEAD":
        self.length = 0  # the body has a fixed length of zero
    if not self.will_close and not self.chunked and self.length is None:
        self.will_close = True  # no length and not chunked: the connection closes after the body
