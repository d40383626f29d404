"""Schemas every API shares: request/response bases, the page query and the list envelopes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, ValidationInfo, field_validator

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


MAX_ID = 2**31 - 1  # ids are 32-bit serials in both databases
# A row id in a field not named `id`/`*_id`/`*_ids` (those are range-checked by `Schema` already): depends_on …
RowId = Annotated[int, Field(ge=1, le=MAX_ID)]


def _beyond_ids(value: Any) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return not -MAX_ID <= value <= MAX_ID
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(_beyond_ids(v) for v in value)
    return False


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _has_control(value: Any) -> bool:
    if isinstance(value, str):
        return _CONTROL.search(value) is not None
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(_has_control(v) for v in value)
    if isinstance(value, dict):
        return any(_has_control(k) or _has_control(v) for k, v in value.items())
    return False


class Schema(BaseModel):
    """Base of request schemas: unknown fields are refused, strings are stripped, and text may not carry control
    characters (other than tab and line breaks): they break exports and hide what a name really says."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters_or_impossible_ids(cls, value: Any, info: ValidationInfo) -> Any:
        if _has_control(value):
            raise ValueError("不能包含控制字符")
        name = info.field_name or ""
        if (name == "id" or name.endswith(("_id", "_ids"))) and _beyond_ids(value):
            raise ValueError("编号超出范围")
        return value


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
