"""The instant every test app starts at, unless a test pins its own clock.

23:30 UTC is 07:30 the next day in Asia/Shanghai (LOCAL_TIMEZONE) and 16:30 in Los Angeles (CI's second
run sets TZ=America/Los_Angeles): code that takes a UTC date, or the process's date, for a local date
fails every time, not at some hours.
"""

from __future__ import annotations

from datetime import UTC, datetime

TEST_EPOCH = datetime(2026, 6, 14, 23, 30, tzinfo=UTC)
