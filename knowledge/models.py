"""Tortoise models of the knowledge base: document versions and their articles."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class DocumentStatus(StrEnum):
    CURRENT = "现行有效"
    REVISED = "已修订"
    REPEALED = "已废止"


class Visibility(StrEnum):
    PUBLIC = "公开"
    INTERNAL = "内部"


class Document(Model):
    """One version of a regulation. A new upload of the same title supersedes the current one."""

    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=200, db_index=True)
    doc_number = fields.CharField(max_length=100, default="")
    issuer = fields.CharField(max_length=100, default="")
    level = fields.CharField(max_length=50, default="")
    effective_date = fields.DateField(null=True)
    status = fields.CharEnumField(DocumentStatus, max_length=8, default=DocumentStatus.CURRENT, db_index=True)
    superseded_by: fields.ForeignKeyNullableRelation[Document] = fields.ForeignKeyField(
        "models.Document", related_name=False, null=True, on_delete=fields.SET_NULL
    )
    visibility = fields.CharEnumField(Visibility, max_length=8, default=Visibility.PUBLIC)
    version = fields.IntField(default=1)
    source_name = fields.CharField(max_length=255, default="")
    source_hash = fields.CharField(max_length=64, default="")
    warnings: fields.Field[list] = fields.JSONField(default=list)
    uploaded_by = fields.IntField(null=True)
    # The uploading admin's org: the document belongs to its subtree. None: global (a superadmin's upload,
    # the command-line import, the demo pack). A plain id: the knowledge library knows nothing of orgs.
    org_id = fields.IntField(null=True, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    articles: fields.ReverseRelation[Article]

    class Meta:
        table = "knowledge_document"


class Article(Model):
    """A 条 (or a preamble, number 0) of a document version, in document order."""

    id = fields.IntField(primary_key=True)
    document: fields.ForeignKeyRelation[Document] = fields.ForeignKeyField(
        "models.Document", related_name="articles", on_delete=fields.CASCADE
    )
    position = fields.IntField()
    number = fields.IntField()
    label = fields.CharField(max_length=32)
    headings: fields.Field[list] = fields.JSONField(default=list)
    text = fields.TextField()

    class Meta:
        table = "knowledge_article"
        unique_together = (("document", "position"),)
