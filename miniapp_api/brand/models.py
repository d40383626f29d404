"""The brand profile of an org (一组织一品牌)."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class BrandProfile(Model):
    """One per org. Photos are evidence-file tokens (images only); projects are ids of the org's own projects."""

    id = fields.IntField(primary_key=True)
    org: fields.OneToOneRelation = fields.OneToOneField("models.Organization", related_name="brand", on_delete=fields.RESTRICT)
    org_id: int
    name = fields.CharField(max_length=60)
    slogan = fields.CharField(max_length=100, default="")
    story = fields.TextField(default="")
    photos: fields.Field[list[str]] = fields.JSONField(default=list)
    project_ids: fields.Field[list[int]] = fields.JSONField(default=list)
    is_published = fields.BooleanField(default=True)
    updated_by_user_id = fields.IntField(null=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "brand_profile"
