"""``python -m crawlers.mirror [--port N]``: serve the mirror by hand until Ctrl-C."""
from __future__ import annotations

import argparse
import time

from crawlers.mirror.server import MirrorServer


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crawlers.mirror", description=__doc__)
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0: any free port)")
    args = parser.parse_args(argv)
    with MirrorServer(port=args.port) as mirror:
        print(f"mirror serving on {mirror.url}  (crawl with: gxt crawl SITE --mirror {mirror.url})", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
