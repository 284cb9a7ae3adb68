"""`vn web serve`: serve a built web player on 127.0.0.1 (never on other interfaces)."""

from __future__ import annotations

import functools
import gzip
import html
import http.server
import io
import os
import re
import socket
import sys
import threading
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import VnError, input_dir

HOST = "127.0.0.1"
TYPES = {
    ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
    ".json": "application/json; charset=utf-8", ".html": "text/html; charset=utf-8",
    ".webp": "image/webp", ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf",
    ".otf": "font/otf", ".png": "image/png", ".txt": "text/plain; charset=utf-8",
}


COMPRESSIBLE = (".json", ".js", ".css", ".html", ".txt")
_gzip_cache: dict[tuple[str, float, int], bytes] = {}
_gzip_lock = threading.Lock()


def _gzipped(path: str) -> bytes:
    st = os.stat(path)
    key = (path, st.st_mtime, st.st_size)
    with _gzip_lock:
        data = _gzip_cache.get(key)
    if data is None:
        with open(path, "rb") as f:
            data = gzip.compress(f.read(), 6)
        with _gzip_lock:
            if len(_gzip_cache) > 256:
                _gzip_cache.clear()
            _gzip_cache[key] = data
    return data


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-encoded for text when the browser accepts it (as most hosts do)."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}
    quiet = True
    csp = ""  # the site's own policy, from its index.html (see page_policy)

    def send_head(self) -> io.BytesIO | BinaryIO | None:
        path = self.translate_path(self.path)
        if "\0" in path:  # a %00 in the address: open() would raise in the handler thread
            self.send_error(400, "Bad request: NUL in the path")
            return None
        # translate_path drops `..`, but a symbolic link in the site may point out of it:
        # serve only what really lies inside the site folder.
        root = os.path.realpath(self.directory)
        real = os.path.realpath(path)
        if real != root and not real.startswith(root.rstrip(os.sep) + os.sep):
            self.send_error(404, "File not found")
            return None
        accepts = "gzip" in (self.headers.get("Accept-Encoding") or "")
        if accepts and path.endswith(COMPRESSIBLE) and os.path.isfile(path):
            try:
                body = _gzipped(path)
            except OSError:
                return super().send_head()
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return io.BytesIO(body)
        return super().send_head()

    def end_headers(self) -> None:
        # A request line too malformed to parse is refused before self.path is set.
        path = getattr(self, "path", "").split("?", 1)[0]
        if "/img/" in path or "/fonts/" in path:
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        else:
            self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        if self.csp:
            self.send_header("Content-Security-Policy", self.csp)
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if not self.quiet:
            super().log_message(format, *args)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any) -> None:
        # A browser that navigates away mid-download closes the connection: not an error.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def check_site(directory: str | Path) -> Path:
    d = input_dir(directory, "the site")
    if not (d / "index.html").is_file() or not (d / "story.json").is_file():
        raise VnError(f"{d}: not a web build (run `vn web build` first)")
    return d


# The page's <meta http-equiv="Content-Security-Policy" content="...">.
_META_CSP = re.compile(r'<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"', re.IGNORECASE)


def page_policy(site: Path) -> str:
    """The Content-Security-Policy of the site's index.html: the server sends the same one
    as a header, so the policy lives in one place (the player's page) and covers every
    file served, not only the page (a header also applies where a meta tag cannot)."""
    m = _META_CSP.search((site / "index.html").read_text(encoding="utf-8", errors="replace"))
    return html.unescape(m.group(1)) if m else ""


def make_server(directory: str | Path, port: int = 0, quiet: bool = True) -> Server:
    """A server for the site in `directory` on 127.0.0.1:`port` (0: any free port)."""
    d = check_site(directory)
    site_handler = type("SiteHandler", (Handler,), {"quiet": quiet, "csp": page_policy(d)})
    handler = functools.partial(site_handler, directory=str(d))
    try:
        return Server((HOST, port), handler)
    except OSError as e:
        raise VnError(f"{HOST}:{port}: cannot listen ({e.strerror or str(e)})") from None


def url_of(server: Server) -> str:
    host, port = server.server_address[:2]
    assert isinstance(host, str)   # an IPv4 address (HOST); typeshed allows bytes for other families
    return f"http://{host}:{port}/"


def serve_in_thread(directory: str | Path, port: int = 0) -> tuple[Server, str]:
    """Start serving in a daemon thread; returns (server, address). Call server.shutdown()."""
    server = make_server(directory, port)
    threading.Thread(target=server.serve_forever, name="vn-web-serve", daemon=True).start()
    return server, url_of(server)

