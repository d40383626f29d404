"""Request and response schemas of the knowledge-base API."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import Field

from knowledge.models import DocumentStatus, Visibility
from server.core.schemas import OutSchema, PageQuery, Schema


class DocumentOut(OutSchema):
    id: int
    title: str
    doc_number: str
    issuer: str
    level: str
    effective_date: date | None
    status: DocumentStatus
    superseded_by_id: int | None
    visibility: Visibility
    version: int
    source_name: str
    article_count: int = 0
    warnings: list[dict[str, Any]] = Field(default_factory=list)
    created_at: datetime
    updated_at: datetime


class ArticleOut(OutSchema):
    id: int
    number: int
    label: str
    headings: list[str]
    text: str


class DocumentDetail(DocumentOut):
    articles: list[ArticleOut] = Field(default_factory=list)


class UploadOut(Schema):
    outcome: Literal["added", "new_version", "unchanged"]
    document: DocumentOut
    article_count: int
    warnings: list[dict[str, Any]]


class UploadFields(Schema):
    """Optional form fields sent with the file."""

    visibility: Visibility = Visibility.PUBLIC
    title: Annotated[str, Field(max_length=200)] = ""
    doc_number: Annotated[str, Field(max_length=100)] = ""
    issuer: Annotated[str, Field(max_length=100)] = ""
    level: Annotated[str, Field(max_length=50)] = ""
    effective_date: date | None = None


class DocumentUpdate(Schema):
    status: DocumentStatus | None = None
    visibility: Visibility | None = None
    doc_number: Annotated[str, Field(max_length=100)] | None = None
    issuer: Annotated[str, Field(max_length=100)] | None = None
    level: Annotated[str, Field(max_length=50)] | None = None
    effective_date: date | None = None


class DocumentQuery(PageQuery):
    q: Annotated[str, Field(max_length=100)] = ""
    status: DocumentStatus | None = None
    all_versions: bool = False


class IndexStatus(Schema):
    documents: int
    articles: int
    generation: int
    built_at: datetime | None
