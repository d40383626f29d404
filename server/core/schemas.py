"""Schemas every API shares: request/response bases, the page query and the list envelopes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

T = TypeVar("T")
FIRST_YEAR, LAST_YEAR = 2000, 2099  # what a meeting, a deadline or a record date can plausibly be


def _plausible(value: Any) -> Any:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"年份应在 {FIRST_YEAR}–{LAST_YEAR} 之间")
    return value


# Dates and times a user enters: with a time zone, within the years the service plans for (9999-12-31 would
# overflow every "+ N days" that follows and is never what anyone meant).
Moment = Annotated[AwareDatetime, AfterValidator(_plausible)]
Day = Annotated[date, AfterValidator(_plausible)]


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
