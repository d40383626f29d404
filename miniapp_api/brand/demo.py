"""Demo brands for `seed-demo`: two branches with a brand page (slogan, story, generated photos, their projects)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from miniapp_api.brand.models import BrandProfile
from miniapp_api.evidence import service as evidence
from miniapp_api.projects import service as projects
from server.core.auth import Principal, Role
from server.core.domains import DemoContext

SYSTEM = Principal(0, Role.SUPERADMIN, name="demo")
BRANDS = [
    (
        "b_service",
        "政务先锋·一窗暖心",
        "党员亮身份，服务零距离",
        "支部把党员先锋岗设在综合受理窗口，推行一窗通办、差评当天回访，让群众办事少跑腿。",
        ((192, 0, 0), (230, 120, 60)),
    ),
    (
        "b_community",
        "海棠红·365",
        "小事不出网格，服务就在身边",
        "社区党支部组织党员认领楼栋、每月召开红色议事会，把物业难题解决在家门口。",
        ((170, 20, 40), (250, 190, 70)),
    ),
]


def _picture(colours: tuple[tuple[int, int, int], tuple[int, int, int]], n: int) -> bytes:
    im = Image.new("RGB", (480, 360), colours[n % 2])
    draw = ImageDraw.Draw(im)
    draw.rectangle((40, 40, 440, 320), outline=colours[(n + 1) % 2], width=12)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


async def load_demo(ctx: DemoContext) -> list[str]:
    added = 0
    for key, name, slogan, story, colours in BRANDS:
        org_id = ctx.orgs[key]
        if await BrandProfile.exists(org_id=org_id):
            continue
        photos = [
            (
                await evidence.save(
                    SYSTEM,
                    org_id,
                    f"风采{i + 1}.png",
                    _picture(colours, i),
                    media_dir=ctx.settings.media_dir,
                    max_bytes=ctx.settings.evidence_max_bytes,
                    now=ctx.now,
                )
            ).token
            for i in range(2)
        ]
        linked = [p.id for p in await projects.org_projects([org_id])]
        await BrandProfile.create(
            org_id=org_id, name=name, slogan=slogan, story=story, photos=photos, project_ids=linked[:3], updated_at=ctx.now
        )
        added += 1
    return [f"brand: {added} demo brand pages (/brand/<org id> of 政务服务中心党支部 and 海棠社区党支部)"]
