"""Brand profiles (一组织一品牌): saved by the org's admins (or those above), shown publicly when published, and side
by side for a committee. Photos are evidence images; service points and ratings come from the evaluation domain;
red flags come from whoever registered the hook (brand/hooks.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from miniapp_api.audit import service as audit
from miniapp_api.brand.errors import BrandNotFound, PhotoNotFound, PhotoNotImage, ProjectNotOwn
from miniapp_api.brand.hooks import RedFlag
from miniapp_api.brand.models import BrandProfile
from miniapp_api.brand.schemas import BrandCard, BrandIn, BrandOut, BrandPointOut, BrandProjectOut, BrandQuery, PhotoOut
from miniapp_api.evaluation import service as evaluation
from miniapp_api.evaluation.models import PointCategory
from miniapp_api.evidence import service as evidence
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Organization
from miniapp_api.projects import service as projects
from server.core.auth import Principal
from server.core.database import in_transaction

RedFlags = Callable[[int], Awaitable[list[RedFlag]]]


def public_url(org_id: int) -> str:
    return f"/brand/{org_id}"


def _photo_url(org_id: int, token: str) -> str:
    return f"/brand/{org_id}/photos/{token}"


async def _out(org: Organization, profile: BrandProfile, red_flags: RedFlags) -> BrandOut:
    files = await evidence.describe(profile.photos)
    linked = await projects.org_projects([org.id], profile.project_ids) if profile.project_ids else []
    points = await evaluation.point_ratings([org.id], PointCategory.MODEL_POST)
    flags = await red_flags(org.id)
    return BrandOut(
        org_id=org.id,
        org_name=org.name,
        name=profile.name,
        slogan=profile.slogan,
        story=profile.story,
        photos=[PhotoOut(token=f.token, url=_photo_url(org.id, f.token), filename=f.filename) for f in files],
        projects=[
            BrandProjectOut(
                id=p.id,
                title=p.title,
                stage_label=p.stage_label,
                grade_label=p.grade_label,
                score=p.score,
                is_secretary_led=p.is_secretary_led,
            )
            for p in linked
        ],
        service_points=[BrandPointOut.model_validate(p) for p in points],
        red_flags=[f"{f.period} {f.title}".strip() for f in flags],
        is_published=profile.is_published,
        public_url=public_url(org.id),
        updated_at=profile.updated_at,
    )


async def save_brand(principal: Principal, org_id: int, data: BrandIn, now: datetime, red_flags: RedFlags) -> BrandOut:
    """Create or replace the org's profile; photos must be images of the org's subtree, projects the org's own."""
    org = await orgs.ensure_scope(principal, org_id)
    files = await evidence.resolve(list(dict.fromkeys(data.photos)), org)
    not_images = [f.token for f in files if f.kind != "image"]
    if not_images:
        raise PhotoNotImage(details={"tokens": not_images})
    wanted = list(dict.fromkeys(data.project_ids))
    own = {p.id for p in await projects.org_projects([org.id], wanted)} if wanted else set()
    if len(own) != len(wanted):
        raise ProjectNotOwn(details={"project_ids": [i for i in wanted if i not in own]})
    fields: dict[str, Any] = {
        "name": data.name,
        "slogan": data.slogan,
        "story": data.story,
        "photos": [f.token for f in files],
        "project_ids": wanted,
        "is_published": data.is_published,
        "updated_by_user_id": principal.user_id,
        "updated_at": now,
    }
    async with in_transaction():
        profile = await BrandProfile.select_for_update().get_or_none(org_id=org.id)
        if profile is None:
            profile = await BrandProfile.create(org_id=org.id, **fields)
        else:
            await profile.update_from_dict(fields).save()
        await audit.record(
            principal,
            "brand.save",
            "brand_profile",
            profile.id,
            org_id=org.id,
            detail={"photos": len(files), "projects": len(wanted), "published": data.is_published},
        )
    return await _out(org, profile, red_flags)


async def get_brand(principal: Principal, org_id: int, red_flags: RedFlags) -> BrandOut:
    org = await orgs.ensure_scope(principal, org_id)
    profile = await BrandProfile.get_or_none(org_id=org.id)
    if profile is None:
        raise BrandNotFound()
    return await _out(org, profile, red_flags)


async def public_brand(org_id: int, red_flags: RedFlags) -> BrandOut:
    """The published profile of an active org; anything else is "not found" (an unpublished draft leaks nothing)."""
    org = await Organization.get_or_none(id=org_id, is_active=True)
    profile = await BrandProfile.get_or_none(org_id=org_id, is_published=True) if org else None
    if org is None or profile is None:
        raise BrandNotFound()
    return await _out(org, profile, red_flags)


async def public_photo(org_id: int, token: str, media_dir: Path) -> tuple[Path, str]:
    """A photo of a published profile (the only files this public route serves)."""
    profile = await BrandProfile.get_or_none(org_id=org_id, is_published=True)
    found = await evidence.stored_image(token, media_dir) if profile and token in profile.photos else None
    if found is None:
        raise PhotoNotFound()
    path, out = found
    return path, out.content_type


async def list_brands(principal: Principal, q: BrandQuery, red_flags: RedFlags) -> tuple[list[BrandCard], int]:
    """Every org of the subtree with its brand in brief (those without one too: the committee sees the gaps)."""
    root = await orgs.scope_root_path(principal)
    if q.org_id is not None:
        root = (await orgs.ensure_scope(principal, q.org_id)).path
    qs = Organization.filter(is_active=True) if root is None else Organization.filter(is_active=True, path__startswith=root)
    total = await qs.count()
    page = await qs.order_by("path").offset(q.offset).limit(q.page_size)
    ids = [o.id for o in page]
    profiles = {p.org_id: p for p in await BrandProfile.filter(org_id__in=ids)}
    points: dict[int, list[dict]] = {}
    for p in await evaluation.point_ratings(ids, PointCategory.MODEL_POST):
        points.setdefault(p["org_id"], []).append(p)
    cards = []
    for org in page:
        profile, pts = profiles.get(org.id), points.get(org.id, [])
        n = sum(p["ratings"] for p in pts)
        mean = round(sum(p["average"] * p["ratings"] for p in pts if p["ratings"]) / n, 2) if n else None
        card = BrandCard(
            org_id=org.id,
            org_name=org.name,
            has_brand=profile is not None,
            service_points=len(pts),
            ratings=n,
            average=mean,
            red_flags=len(await red_flags(org.id)),
        )
        if profile is not None:
            card.name, card.slogan, card.is_published = profile.name, profile.slogan, profile.is_published
            card.projects = len(profile.project_ids)
            card.cover_url = _photo_url(org.id, profile.photos[0]) if profile.photos else None
        cards.append(card)
    return cards, total
