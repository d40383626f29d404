"""GET /api/v1/calendar: the server's "now" and local periods, so clients never compute them in their own zone."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from server.core.appkeys import CLOCK, SETTINGS
from server.core.endpoints import Auth, Routes

routes = Routes("platform")


class DateRange(BaseModel):
    model_config = ConfigDict(serialize_by_alias=True, populate_by_name=True)

    from_: date = Field(alias="from", serialization_alias="from", examples=["2026-10-24"])
    to: date = Field(examples=["2026-11-22"])


class CalendarOut(BaseModel):
    timezone: str = Field(examples=["Asia/Shanghai"])
    now: datetime = Field(examples=["2026-11-22T09:30:00+08:00"])
    today: date = Field(examples=["2026-11-22"])
    year: int = Field(examples=[2026])
    month: int = Field(ge=1, le=12, examples=[11])
    quarter: int = Field(ge=1, le=4, examples=[4])
    period_month: str = Field(description="本月（考核周期写法）", examples=["2026-11"])
    period_quarter: str = Field(description="本季度（考核周期写法）", examples=["2026-Q4"])
    last_30_days: DateRange


@routes.get("/api/v1/calendar", "服务器时间与本地日期（今天、本月、本季度、近 30 天）", auth=Auth.USER)
async def calendar(request: web.Request) -> CalendarOut:
    """按服务器配置的时区（LOCAL_TIMEZONE）给出"现在"和"今天"等周期。管理后台与小程序据此显示统计区间和日历，不自行按手机或浏览器时区推算。"""
    zone = request.config_dict[SETTINGS].zone
    now = zone.local(request.config_dict[CLOCK].now())
    today = now.date()
    quarter = (now.month - 1) // 3 + 1
    return CalendarOut(
        timezone=zone.name, now=now, today=today, year=now.year, month=now.month, quarter=quarter,
        period_month=f"{now.year}-{now.month:02d}", period_quarter=f"{now.year}-Q{quarter}",
        last_30_days=DateRange.model_validate({"from": today - timedelta(days=29), "to": today}),
    )
