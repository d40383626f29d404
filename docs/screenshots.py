"""Regenerate the README screenshots: the main pages at phone (390x844) and desktop (1440x900) size.

Starts the service on a temporary SQLite database with the demo data (the same as `make run`), signs in as the
demo superadmin and as a demo member, and writes docs/screenshots/<page>-<size>.png. Needs playwright (the dev
extras) and Chromium (/usr/bin/chromium, or CHROMIUM_PATH).

    PYTHONPATH=. .venv/bin/python docs/screenshots.py [--only console-home,h5-home]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlparse

from playwright.async_api import Browser, Page, async_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1440, "height": 900}}
ADMIN = ("admin", "Dangjian@2026")  # the demo superadmin (miniapp_api/accounts/demo.py)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Service:
    """`python -m server` on a temporary SQLite file with the demo data, embedded Redis, stub WeChat login."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "ENV": "dev",
            "DATABASE_URL": f"sqlite://{folder}/dangjian.db",
            "MEDIA_DIR": str(folder / "media"),
            "WECHAT_STUB_LOGIN": "true",
            "LOG_LEVEL": "WARNING",
        }
        self.env.pop("REDIS_URL", None)
        self.proc: subprocess.Popen[bytes] | None = None

    def _run(self, *args: str) -> None:
        subprocess.run([sys.executable, "-m", "server", *args], cwd=ROOT, env=self.env, check=True, stdout=subprocess.DEVNULL)

    def start(self) -> None:
        self._run("migrate")
        self._run("seed-demo")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server", "serve", "--host", "127.0.0.1", "--port", str(self.port)], cwd=ROOT, env=self.env
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=2):  # noqa: S310 - our own local service
                    return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("the service did not start within 60 s")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=20)

    def api(self, method: str, path: str, token: str | None = None, body: object = None) -> object:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"{self.base}{path}", data=data, method=method)  # noqa: S310
        request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        with urllib.request.urlopen(request, timeout=30) as resp:  # noqa: S310
            return json.loads(resp.read())

    def member_token(self) -> str:
        """Sign in as a plain, not yet bound member of the demo 政务服务中心党支部 (stub WeChat login, then binding by
        name and phone); the H5 pages take the token as #token=, as from the mini-program."""
        with sqlite3.connect(self.folder / "dangjian.db") as db:
            name, phone = db.execute(
                "SELECT m.name, m.phone FROM member m JOIN organization o ON o.id = m.org_id "
                "WHERE o.name = '政务服务中心党支部' AND m.is_active AND m.posts LIKE '%党员%' "
                "AND m.id NOT IN (SELECT member_id FROM app_user WHERE member_id IS NOT NULL) ORDER BY m.id LIMIT 1"
            ).fetchone()
        token = self.api("POST", "/api/v1/auth/wechat", body={"code": "stub:screenshots"})["access_token"]  # type: ignore[index]
        return str(self.api("POST", "/api/v1/me/bind", token, {"name": name, "phone": phone})["access_token"])  # type: ignore[index]

    def brand_path(self) -> str:
        """The public brand page of the first demo brand."""
        token = str(self.api("POST", "/api/v1/auth/login", body={"username": ADMIN[0], "password": ADMIN[1]})["access_token"])  # type: ignore[index]
        cards = self.api("GET", "/api/v1/brands?page_size=50", token)["items"]  # type: ignore[index]
        return f"/brand/{next(c for c in cards if c['has_brand'])['org_id']}"

    def rating_path(self) -> str:
        """The path of a demo rating code's H5 page (/e/<token>)."""
        token = str(self.api("POST", "/api/v1/auth/login", body={"username": ADMIN[0], "password": ADMIN[1]})["access_token"])  # type: ignore[index]
        points = self.api("GET", "/api/v1/evaluation/points?page_size=1", token)["items"]  # type: ignore[index]
        codes = self.api("GET", f"/api/v1/evaluation/points/{points[0]['id']}/codes", token)
        items = codes["items"] if isinstance(codes, dict) else codes
        return urlparse(items[0]["url"]).path


async def _console(page: Page, base: str, route: str) -> None:
    await page.goto(f"{base}/admin#/{route}")
    if await page.locator("#login-username").count():
        await page.fill("#login-username", ADMIN[0])
        await page.fill("#login-password", ADMIN[1])
        await page.click("form.dj-login-form button[type=submit]")
        await page.wait_for_selector("nav.dj-nav a[data-page=home]")
        await page.goto(f"{base}/admin#/{route}")
    await page.wait_for_selector(f"#dj-content .dj-page[data-page='{route.split('?')[0] or 'home'}']")


async def _open(page: Page, url: str) -> None:
    """A page without sign-in (the citizen's rating page)."""
    await page.goto(url)


async def _h5(page: Page, url: str, token: str) -> None:
    await page.goto(f"{url}#token={token}")
    await page.wait_for_selector("#login", state="hidden")


async def shoot(browser: Browser, service: Service, only: set[str]) -> list[Path]:
    member = service.member_token()
    rating = service.rating_path()
    brand = service.brand_path()
    shots: dict[str, Callable[[Page], Awaitable[None]]] = {
        "console-home": lambda p: _console(p, service.base, "home"),
        "console-members": lambda p: _console(p, service.base, "members"),
        "console-partyday": lambda p: _console(p, service.base, "partyday"),
        "console-evaluation-stats": lambda p: _console(p, service.base, "evaluation-stats"),
        "console-assessment": lambda p: _console(p, service.base, "assessment"),
        "h5-rating": lambda p: _open(p, service.base + rating),
        "h5-brand": lambda p: _open(p, service.base + brand),
        "h5-home": lambda p: _h5(p, f"{service.base}/h5/home", member),
        "h5-partyday": lambda p: _h5(p, f"{service.base}/h5/partyday", member),
        "h5-study": lambda p: _h5(p, f"{service.base}/h5/study", member),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for size, viewport in SIZES.items():
        is_phone = size == "phone"
        context = await browser.new_context(
            locale="zh-CN", viewport=viewport, device_scale_factor=1, is_mobile=is_phone, has_touch=is_phone
        )
        page = await context.new_page()
        page.set_default_timeout(20_000)
        for name, open_page in shots.items():
            if only and name not in only:
                continue
            await open_page(page)
            await page.wait_for_load_state("networkidle")
            await page.wait_for_timeout(400)  # charts and counters settle
            path = OUT / f"{name}-{size}.png"
            await page.screenshot(path=str(path))
            written.append(path)
        await context.close()
    return written


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated page names, e.g. console-home,h5-home")
    args = parser.parse_args()
    only = {n for n in args.only.split(",") if n}
    with tempfile.TemporaryDirectory(prefix="dj-shots-") as tmp:
        service = Service(Path(tmp))
        await asyncio.to_thread(service.start)
        try:
            async with async_playwright() as pw:
                browser = await pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
                try:
                    written = await shoot(browser, service, only)
                finally:
                    await browser.close()
        finally:
            service.stop()
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
