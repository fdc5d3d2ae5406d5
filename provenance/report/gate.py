"""Exit-code gate for pipelines: does a report hold findings the caller will not accept?"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from provenance.core import FINDING_KINDS, SEVERITIES

_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def exceeds(report: dict[str, Any], fail_on: Iterable[str] = (), fail_on_severity: str | None = None) -> bool:
    """True when the report has a finding of one of the `fail_on` kinds, or one at or above
    `fail_on_severity`. Unknown kinds or severities raise ValueError: a typo in a CI script must
    not silently pass every report."""
    kinds = set(fail_on)
    unknown = kinds - set(FINDING_KINDS)
    if unknown:
        raise ValueError(f"unknown finding kind(s) {sorted(unknown)}; choose from {', '.join(FINDING_KINDS)}")
    if fail_on_severity is not None and fail_on_severity not in _RANK:
        raise ValueError(f"unknown severity {fail_on_severity!r}; choose from {', '.join(SEVERITIES)}")
    floor = _RANK[fail_on_severity] if fail_on_severity is not None else len(SEVERITIES)
    return any(f["kind"] in kinds or _RANK[f["severity"]] >= floor for f in report["findings"])
