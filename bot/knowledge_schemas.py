"""Schemas of the knowledge-base API that exist only for HTTP: the document list's query, the index status.

The knowledge library's own inputs and outputs (DocumentOut, UploadOut, DocumentUpdate…) are in knowledge/schemas.py.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import Field

from knowledge.models import DocumentStatus
from server.core.schemas import OutSchema, PageQuery


class DocumentQuery(PageQuery):
    q: Annotated[str, Field(max_length=100)] = Field("", title="标题或文号", examples=["支部工作条例"])
    status: DocumentStatus | None = Field(None, title="状态（不填：现行有效与已废止）", examples=[DocumentStatus.CURRENT])
    all_versions: bool = Field(False, title="含历史版本", examples=[False])


class IndexStatus(OutSchema):
    """This worker's search index: how much it holds, which change it reflects, when it was built."""

    documents: int = Field(examples=[12], description="document versions in the index")
    articles: int = Field(examples=[593])
    generation: int = Field(examples=[418], description="the knowledge-base change it reflects (Redis counter)")
    built_at: datetime | None = Field(examples=["2026-11-22T09:30:00+08:00"])
