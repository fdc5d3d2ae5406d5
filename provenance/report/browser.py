"""The headless Chromium that the report's own tests, benchmark and screenshot drive.

Debian's `/usr/bin/chromium` (never `playwright install`, which downloads a browser), with every
flag that makes it reach for the network switched off: the machines have none, and a report must
not need it.
"""

from __future__ import annotations

import os

CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def chromium_path() -> str:
    """The browser binary: $PROVENANCE_CHROMIUM, else Debian's."""
    return os.environ.get("PROVENANCE_CHROMIUM", "/usr/bin/chromium")
