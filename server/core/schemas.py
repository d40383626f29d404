"""Schemas every API shares: request/response bases, the page query and the list envelopes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Schema(BaseModel):
    """Base of request schemas: unknown fields are refused, strings are stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class OutSchema(BaseModel):
    """Base of response schemas; built from ORM objects by attribute."""

    model_config = ConfigDict(from_attributes=True)


class PageQuery(Schema):
    page: int = Field(1, ge=1, le=100000, title="页码", examples=[1])
    page_size: int = Field(20, ge=1, le=200, title="每页条数", examples=[20])

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


class Page(BaseModel, Generic[T]):
    """The envelope of every paged list (api.md: Lists)."""

    items: list[T]
    total: int = Field(ge=0, examples=[1])
    page: int = Field(ge=1, examples=[1])
    page_size: int = Field(ge=1, examples=[20])

    @classmethod
    def of(cls, items: Sequence[Any], total: int, query: PageQuery) -> Page[Any]:
        return cls(items=list(items), total=total, page=query.page, page_size=query.page_size)


class Items(BaseModel, Generic[T]):
    """A short, unpaged list."""

    items: list[T]
