"""GET /metrics: Prometheus text with the service's own figures, readable only by loopback or with the token."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families

from server.app import create_app
from server.core.jobs import Job
from server.core.settings import Settings
from server.lifecycle import JOB_RUNNER
from tests.miniapp_api.evaluation.helpers import make_tree, new_code, new_point, rate

AppFactory = Callable[..., Any]


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    found: dict[tuple[str, frozenset[tuple[str, str]]], float] = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            found[(s.name, frozenset(s.labels.items()))] = s.value
    return found


def value(found: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str) -> float:
    return found.get((name, frozenset(labels.items())), 0.0)


async def scrape(client: TestClient, **headers: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    resp = await client.get("/metrics", headers=headers)
    assert resp.status == 200, await resp.text()
    assert resp.headers["Content-Type"].startswith("text/plain")
    return samples(await resp.text())


async def test_requests_ratings_and_tickets_are_counted(client: TestClient) -> None:
    tree = await make_tree(client)
    headers = await tree.admin("committee")
    point = await new_point(client, headers, tree.a)
    code = await new_code(client, headers, point["id"])
    before = await scrape(client)

    assert (await rate(client, code["token"], 5)).status == 201
    assert (await rate(client, code["token"], 1, tags=["态度生硬"])).status == 201
    assert (await client.get("/api/v1/no/such/path")).status == 404
    after = await scrape(client)

    submit_route = "/api/v1/evaluation/codes/{token}/ratings"
    assert value(after, "dj_http_requests_total", route=submit_route, method="POST", status="201") - value(
        before, "dj_http_requests_total", route=submit_route, method="POST", status="201") == 2
    # the raw path (with its token) never becomes a label; unknown paths share one label
    assert not any(code["token"] in dict(labels).get("route", "") for _, labels in after)
    assert value(after, "dj_http_requests_total", route="unmatched", method="GET", status="404") >= 1
    assert value(after, "dj_http_request_duration_seconds_count", route=submit_route, method="POST") >= 2
    assert value(after, "dj_ratings_submitted_total", grade="good", rater_kind="anonymous") == 1
    assert value(after, "dj_ratings_submitted_total", grade="bad", rater_kind="anonymous") == 1
    # read from the database at scrape time: the 差评 opened one pending ticket
    assert value(after, "dj_tickets_by_state", state="pending") == 1
    assert value(before, "dj_tickets_by_state", state="pending") == 0


async def test_job_runs_are_counted_by_outcome(client: TestClient, app: web.Application) -> None:
    runner = app[JOB_RUNNER]

    async def ok() -> None:
        return None

    async def broken() -> None:
        raise RuntimeError("boom")

    assert await runner.run_once(Job("test.ok", 60, ok))
    assert not await runner.run_once(Job("test.ok", 60, ok))  # the lease is held: skipped
    with pytest.raises(RuntimeError):
        await runner.run_once(Job("test.broken", 60, broken))
    found = await scrape(client)
    assert value(found, "dj_job_runs_total", job="test.ok", outcome="ran") == 1
    assert value(found, "dj_job_runs_total", job="test.ok", outcome="skipped") == 1
    assert value(found, "dj_job_runs_total", job="test.broken", outcome="failed") == 1


async def test_with_a_token_only_the_bearer_may_scrape(make_client: AppFactory,
                                                      make_settings: Callable[..., Settings]) -> None:
    client = await make_client(make_settings(metrics_token="s3cret-metrics-token-0123456789"))
    missing = await client.get("/metrics")
    assert missing.status == 401
    assert (await missing.json())["error"]["code"] == "metrics.token_required"
    wrong = await client.get("/metrics", headers={"Authorization": "Bearer nope"})
    assert wrong.status == 401
    assert (await client.get("/metrics", headers={"Authorization": "Bearer s3cret-metrics-token-0123456789"})).status == 200


def _outward_address() -> str | None:
    """An address of this machine that is not loopback, or None (then the test skips)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.254", 9))  # no packet is sent: this only picks the outgoing interface
            address = str(probe.getsockname()[0])
        except OSError:
            return None
    return None if address.startswith("127.") else address


async def test_without_a_token_other_hosts_are_refused(make_settings: Callable[..., Settings]) -> None:
    address = _outward_address()
    if address is None:
        pytest.skip("this machine has no non-loopback address")
    server = TestServer(create_app(make_settings()), host=address)  # peers then arrive from that address too
    await server.start_server()
    try:
        async with aiohttp.ClientSession() as session, session.get(f"http://{address}:{server.port}/metrics") as outside:
            assert outside.status == 403
            assert (await outside.json())["error"]["code"] == "metrics.loopback_only"
    finally:
        await server.close()
