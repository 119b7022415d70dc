"""The reverse-proxy configuration in deploy/Caddyfile hardens the public server: the
security headers, /_stcore/metrics kept private, and every app server behind it."""

from __future__ import annotations

import re
from pathlib import Path

CADDYFILE = Path(__file__).resolve().parents[2] / "deploy" / "Caddyfile"


def _lines() -> list[str]:
    """The directives, comments and blank lines removed."""
    lines = []
    for raw in CADDYFILE.read_text().splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.strip().startswith("#") else ""
        if line:
            lines.append(line)
    return lines


def _block(opening: str) -> list[str]:
    """The lines inside the first block whose opening line starts with `opening`."""
    lines = _lines()
    start = next(i for i, line in enumerate(lines) if line.startswith(opening)
                 and line.endswith("{"))
    depth, inside = 0, []
    for line in lines[start:]:
        depth += line.count("{") - line.count("}")
        if depth == 0:
            return inside
        inside.append(line)
    raise AssertionError(f"block {opening} not closed")


def _headers() -> dict[str, str]:
    found = {}
    for line in _block("header")[1:]:
        match = re.fullmatch(r'([A-Za-z-]+)\s+"(.*)"', line)
        if match:
            found[match.group(1).lower()] = match.group(2)
    return found


def test_the_proxy_forbids_framing_by_other_sites():
    headers = _headers()
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"


def test_the_proxy_sets_nosniff_referrer_policy_and_a_year_of_hsts():
    headers = _headers()
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] in {"no-referrer", "same-origin",
                                          "strict-origin-when-cross-origin"}
    max_age = int(re.search(r"max-age=(\d+)", headers["strict-transport-security"]).group(1))
    assert max_age >= 365 * 24 * 3600


def test_the_metrics_endpoint_is_answered_by_the_proxy_not_the_app():
    lines = _lines()
    matcher = next(line for line in lines if line.startswith("@") and "/_stcore/metrics" in line)
    name = matcher.split()[0]
    assert f"respond {name} 404" in lines or f"respond {name} 403" in lines


def test_every_app_server_is_behind_the_proxy_with_sticky_sessions():
    proxy = _block("reverse_proxy")
    upstreams = proxy[0].removeprefix("reverse_proxy").strip(" {").split()
    assert len(upstreams) >= 2
    assert any(line.startswith("lb_policy cookie") for line in proxy)
    assert any(line.startswith("health_uri /_stcore/health") for line in proxy)
