"""``python -m pinterest_client.testing [--port 8080]``: serve a FakePinterest until Ctrl-C."""

from __future__ import annotations

import argparse
import sys
import threading
from typing import List, Optional

from pinterest_client.testing import FakePinterest


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pinterest_client.testing", description="Serve a local fake of the Pinterest API v5."
    )
    parser.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--bind", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument("--token", default=None, help="bearer token to accept (default: a random one)")
    args = parser.parse_args(argv)
    fake = FakePinterest(bind=args.bind, port=args.port, access_token=args.token)
    try:
        fake.start()
    except OSError as exc:
        print(f"cannot listen on {args.bind}:{args.port}: {exc}", file=sys.stderr)
        return 1
    print(f"FakePinterest serving the Pinterest API v5 at {fake.host}", flush=True)
    print(f"  access token:  {fake.access_token}", flush=True)
    print(f"  refresh token: {fake.refresh_token}", flush=True)
    print(f"  OAuth client:  {fake.client_id} / {fake.client_secret}", flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print("\nstopping", flush=True)
    finally:
        fake.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
