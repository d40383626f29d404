"""What the public sees of comments: each org's publishing policy and the masking of its people's names.

A comment goes public only when the point's org (or its nearest ancestor with a setting) publishes comments that
the checks did not flag; by default every comment waits for an admin. Names of the members of the point's org are
masked (张建国 → 张**) in every text the public page shows.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from miniapp_api.audit import service as audit
from miniapp_api.evaluation.models import COMMENT_POLICY_LABELS, CommentPolicy, CommentStatus, OrgCommentSetting
from miniapp_api.evaluation.schemas import CommentPolicyIn, CommentPolicyOut
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member, Organization
from server.core.auth import Principal

DEFAULT_POLICY = CommentPolicy.HOLD_ALL


def _ancestor_ids(path: str) -> list[int]:
    """The ids on a materialised path "/1/4/9/", the org itself last."""
    return [int(p) for p in path.strip("/").split("/") if p]


async def _effective(org: Organization) -> tuple[CommentPolicy, int | None]:
    """The policy of the org's nearest setting (its own, else an ancestor's) and the org that set it."""
    ids = _ancestor_ids(org.path) or [org.id]
    settings = {s.org_id: s.policy for s in await OrgCommentSetting.filter(org_id__in=ids)}
    for org_id in reversed(ids):
        if org_id in settings:
            return CommentPolicy(settings[org_id]), org_id
    return DEFAULT_POLICY, None


async def policy_of(org_id: int) -> CommentPolicy:
    """The policy in force for comments on the points of an org."""
    org = await Organization.get_or_none(id=org_id).only("id", "path")
    return (await _effective(org))[0] if org is not None else DEFAULT_POLICY


class PolicyCache:
    """The policy in force per org, kept briefly in-process so the rating hot path rarely asks the database.

    A change made through this app clears it at once; other workers see it within `ttl_s`.
    """

    def __init__(self, ttl_s: float = 30.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl_s, self._clock = ttl_s, clock
        self._entries: dict[int, tuple[CommentPolicy, float]] = {}

    async def policy(self, org_id: int) -> CommentPolicy:
        hit = self._entries.get(org_id)
        if hit is not None and hit[1] > self._clock():
            return hit[0]
        policy = await policy_of(org_id)
        if len(self._entries) > 10_000:
            self._entries.clear()
        self._entries[org_id] = (policy, self._clock() + self._ttl_s)
        return policy

    def clear(self) -> None:
        self._entries.clear()


async def status_for(org_id: int, comment: str, flagged: bool, cache: PolicyCache | None = None) -> CommentStatus:
    """The status a new comment starts in: flagged ones are always held, the others as the org decided."""
    if not comment:
        return CommentStatus.NONE
    if flagged:
        return CommentStatus.HELD
    policy = await (cache.policy(org_id) if cache is not None else policy_of(org_id))
    return CommentStatus.PUBLISHED if policy is CommentPolicy.PUBLISH_UNFLAGGED else CommentStatus.HELD


def _out(org: Organization, policy: CommentPolicy, source: int | None) -> CommentPolicyOut:
    return CommentPolicyOut(org_id=org.id, policy=policy, policy_label=COMMENT_POLICY_LABELS[policy],
                            is_own=source == org.id, inherited_from=source if source not in (None, org.id) else None)


async def get_policy(principal: Principal, org_id: int) -> CommentPolicyOut:
    org = await orgs.ensure_scope(principal, org_id)
    policy, source = await _effective(org)
    return _out(org, policy, source)


async def set_policy(principal: Principal, org_id: int, data: CommentPolicyIn, cache: PolicyCache) -> CommentPolicyOut:
    """Set the org's own policy (audited); it applies to the comments submitted from now on."""
    org = await orgs.ensure_scope(principal, org_id)
    setting = await OrgCommentSetting.get_or_none(org_id=org.id)
    before = setting.policy.value if setting else None
    if setting is None:
        await OrgCommentSetting.create(org_id=org.id, policy=data.policy, updated_by_id=principal.user_id)
    else:
        setting.policy, setting.updated_by_id = data.policy, principal.user_id
        await setting.save(update_fields=["policy", "updated_by_id", "updated_at"])
    await audit.record(principal, "evaluation.comment_policy", "org", org.id, org_id=org.id,
                       detail={"from": before, "to": data.policy.value})
    cache.clear()  # the subtree's orgs may have inherited the old policy
    return _out(org, data.policy, org.id)


async def staff_names(org_id: int) -> list[str]:
    """Names of the org's members (its staff and contacts), longest first, so a longer name is masked whole."""
    names = await Member.filter(org_id=org_id).values_list("name", flat=True)
    return sorted({str(n).strip() for n in names if len(str(n).strip()) >= 2}, key=len, reverse=True)


def mask_name(name: str) -> str:
    """张建国 → 张**, 张三 → 张*."""
    return name[0] + "*" * (len(name) - 1)


def mask_names(text: str, names: list[str]) -> str:
    """Every occurrence of any of `names` (longest first) replaced by its masked form."""
    for name in names:
        if name in text:
            text = text.replace(name, mask_name(name))
    return text
