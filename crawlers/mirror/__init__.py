"""The loopback mirror of the provincial sites (see ``server.py``; ``python -m crawlers.mirror``)."""
from crawlers.mirror.server import PAGES_DIR, MirrorServer

__all__ = ["MirrorServer", "PAGES_DIR"]
