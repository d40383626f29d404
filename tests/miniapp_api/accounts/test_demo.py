"""The demo console accounts carry people's names (the live room and the audit log show them), not login names."""

from __future__ import annotations

from typing import Any

from miniapp_api.accounts.demo import load_demo
from miniapp_api.accounts.models import User
from miniapp_api.orgs import demo as base_demo
from miniapp_api.orgs.models import Member
from server.core.domains import DemoContext
from tests.clock import TEST_EPOCH


async def test_demo_accounts_have_display_names_of_people(client: Any, make_settings: Any) -> None:
    ctx = DemoContext(settings=make_settings(), now=TEST_EPOCH)
    await base_demo.load_demo(ctx)
    await load_demo(ctx)
    secretary = await Member.get(id=ctx.members["b_service"][0])
    names = dict(await User.all().values_list("username", "display_name"))
    assert names == {"admin": "系统管理员", "zhibu": secretary.name, "staff": "周敏"}
    assert secretary.posts == ["书记"]
