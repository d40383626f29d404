"""What the knowledge base's service functions take and return: document versions, articles, upload outcomes.

Plain pydantic models (the library needs nothing of the server); request schemas that exist only for HTTP
(paging, the index status) live with the domain that serves the API (bot/knowledge_schemas.py).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from knowledge.models import DocumentStatus, Visibility

_WARNING_EXAMPLE = [{"code": "numbering_gap", "message": "第三条之前缺少第二条", "line": 4}]


class Input(BaseModel):
    """Base of the inputs: unknown fields are refused, strings are stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Output(BaseModel):
    """Base of the outputs; built from ORM rows by attribute."""

    model_config = ConfigDict(from_attributes=True)


class DocumentOut(Output):
    id: int = Field(examples=[12])
    title: str = Field(examples=["中国共产党支部工作条例（试行）"])
    doc_number: str = Field(examples=["中办发〔2018〕65号"])
    issuer: str = Field(examples=["中共中央"])
    level: str = Field(examples=["中央党内法规"])
    effective_date: date | None = Field(examples=["2018-10-28"])
    status: DocumentStatus = Field(examples=[DocumentStatus.CURRENT])
    superseded_by_id: int | None = Field(examples=[None])
    visibility: Visibility = Field(examples=[Visibility.PUBLIC])
    version: int = Field(examples=[1])
    org_id: int | None = Field(None, examples=[None], description="the uploading org (the document belongs to its "
                               "subtree); null: global")
    source_name: str = Field(examples=["中国共产党支部工作条例（试行）.docx"])
    article_count: int = Field(0, examples=[45])
    warnings: list[dict[str, Any]] = Field(default_factory=list, examples=[_WARNING_EXAMPLE])
    created_at: datetime = Field(examples=["2026-11-22T09:30:00+08:00"])
    updated_at: datetime = Field(examples=["2026-11-22T09:30:00+08:00"])


class ArticleOut(Output):
    id: int = Field(examples=[301])
    number: int = Field(examples=[19], description="条的序号；0 为序言等不编号的段落")
    label: str = Field(examples=["第十九条"])
    headings: list[str] = Field(examples=[["第五章 组织生活"]])
    text: str = Field(examples=["党支部应当组织党员按期参加党员大会、党小组会和上党课……"])


class DocumentDetail(DocumentOut):
    articles: list[ArticleOut] = Field(default_factory=list)


class SupersessionNotice(Output):
    """A current document that another one states is repealed: a newer version may exist."""

    document_id: int = Field(examples=[7])
    title: str = Field(examples=["干部档案工作条例"])
    effective_date: date | None = Field(examples=["1991-04-02"])
    by_document_id: int = Field(examples=[11])
    by_title: str = Field(examples=["干部人事档案工作条例"])
    by_article: str = Field(examples=["第四十九条"])
    statement: str = Field(examples=["1991年4月2日……印发的《干部档案工作条例》同时废止"])
    message: str = Field(examples=["《干部人事档案工作条例》第四十九条载明《干部档案工作条例》已废止；知识库中的《干部档案工作条例》"
                                   "（1991年4月2日版）可能已被取代，请核对是否有新版本，或将其标为已废止"])


class UploadOut(Input):
    outcome: Literal["added", "new_version", "unchanged"] = Field(examples=["added"])
    document: DocumentOut
    article_count: int = Field(examples=[45])
    warnings: list[dict[str, Any]] = Field(examples=[_WARNING_EXAMPLE])
    notices: list[SupersessionNotice] = Field(
        default_factory=list, description="this document, or one it states is repealed, may have been superseded"
    )


class UploadFields(Input):
    """Optional form fields sent with an uploaded file (empty means: take it from the file)."""

    visibility: Visibility = Field(Visibility.PUBLIC, title="可见范围")
    title: Annotated[str, Field(max_length=200, title="标题", examples=["中国共产党支部工作条例（试行）"])] = ""
    doc_number: Annotated[str, Field(max_length=100, title="文号", examples=["中办发〔2018〕65号"])] = ""
    issuer: Annotated[str, Field(max_length=100, title="发文机关", examples=["中共中央"])] = ""
    level: Annotated[str, Field(max_length=50, title="效力层级", examples=["中央党内法规"])] = ""
    effective_date: date | None = Field(None, title="施行日期", examples=["2018-10-28"])


class DocumentUpdate(Input):
    """The fields an admin may change on a document version (absent fields stay as they are)."""

    status: DocumentStatus | None = Field(None, title="状态", examples=[DocumentStatus.REPEALED])
    visibility: Visibility | None = Field(None, title="可见范围", examples=[Visibility.INTERNAL])
    doc_number: Annotated[str, Field(max_length=100)] | None = Field(None, title="文号", examples=["中办发〔2018〕65号"])
    issuer: Annotated[str, Field(max_length=100)] | None = Field(None, title="发文机关", examples=["中共中央"])
    level: Annotated[str, Field(max_length=50)] | None = Field(None, title="效力层级", examples=["中央党内法规"])
    effective_date: date | None = Field(None, title="施行日期", examples=["2018-10-28"])
