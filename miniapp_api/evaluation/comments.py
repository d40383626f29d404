"""What the public sees of comments: each org's publishing policy and the masking of its people's names.

A comment goes public only when the point's org (or its nearest ancestor with a setting) publishes comments that
the checks did not flag; by default every comment waits for an admin. Names of the members of the point's org are
masked (张建国 → 张**) in every text the public page shows.
"""

from __future__ import annotations

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


async def status_for(org_id: int, comment: str, flagged: bool) -> CommentStatus:
    """The status a new comment starts in: flagged ones are always held, the others as the org decided."""
    if not comment:
        return CommentStatus.NONE
    if flagged:
        return CommentStatus.HELD
    org = await Organization.get_or_none(id=org_id).only("id", "path")
    if org is None:
        return CommentStatus.HELD
    policy, _ = await _effective(org)
    return CommentStatus.PUBLISHED if policy is CommentPolicy.PUBLISH_UNFLAGGED else CommentStatus.HELD


def _out(org: Organization, policy: CommentPolicy, source: int | None) -> CommentPolicyOut:
    return CommentPolicyOut(org_id=org.id, policy=policy, policy_label=COMMENT_POLICY_LABELS[policy],
                            is_own=source == org.id, inherited_from=source if source not in (None, org.id) else None)


async def get_policy(principal: Principal, org_id: int) -> CommentPolicyOut:
    org = await orgs.ensure_scope(principal, org_id)
    policy, source = await _effective(org)
    return _out(org, policy, source)


async def set_policy(principal: Principal, org_id: int, data: CommentPolicyIn) -> CommentPolicyOut:
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
