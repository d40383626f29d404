"""An uploaded evidence file: stored under MEDIA_DIR/evidence with an unguessable token, owned by an org."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from miniapp_api.orgs.models import Organization


class EvidenceFile(Model):
    id = fields.IntField(primary_key=True)
    token = fields.CharField(max_length=32, unique=True)
    org: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "models.Organization", related_name="evidence_files", on_delete=fields.RESTRICT)
    org_id: int
    kind = fields.CharField(max_length=10)  # image | pdf | docx | xlsx
    filename = fields.CharField(max_length=120)
    content_type = fields.CharField(max_length=100)
    size = fields.IntField()
    sha256 = fields.CharField(max_length=64)
    path = fields.CharField(max_length=255)
    uploaded_by_user_id = fields.IntField()
    uploaded_at = fields.DatetimeField()

    class Meta:
        table = "evidence_file"
