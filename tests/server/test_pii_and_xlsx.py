"""Personal data in free text is masked however it is written; exported user text is never a formula."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from server.core.pii import mask_pii
from server.core.xlsx import append_row


@pytest.mark.parametrize("text", [
    "电话13912345678", "电话139-1234-5678", "电话 139 1234 5678", "电话１３９１２３４５６７８", "+86 139 1234 5678",
    "电话139.1234.5678", "0086-13912345678",
])
def test_mobile_numbers_are_masked_in_every_spelling(text: str) -> None:
    out = mask_pii(text)
    assert "139****5678" in out
    assert "1234" not in out.replace("139****5678", "")


def test_ids_emails_accounts_and_long_numbers_are_masked() -> None:
    out = mask_pii("身份证 110101 19900307 123X，邮箱 zhang.san@example.com，微信号：zhangsan_88，QQ 12345678，卡号6222 0202 0000 1234 567")
    assert "19900307" not in out and "11**************3X" in out
    assert "zhang.san" not in out and "z***@example.com" in out
    assert "zhangsan_88" not in out and "微信号：***" in out
    assert "12345678" not in out and "0202" not in out
    assert mask_pii("窗口010-12345678") == "窗口010-****"


def test_ordinary_text_is_left_alone() -> None:
    text = "办事很快，2026年11月22日上午10点，等了15分钟，三号窗口态度好"
    assert mask_pii(text) == text


def test_exported_user_text_is_text_not_a_formula_and_control_characters_do_not_break_the_file() -> None:
    wb = Workbook()
    ws = wb.active
    evil = ['=HYPERLINK("http://evil.example","点我")', "+1+1", "-2", "@SUM(A1)", "\t=1+1", "张三\u0001", "＝1+1"]
    append_row(ws, evil)
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    values = [c.value for c in load_workbook(io.BytesIO(buf.getvalue())).active[1]]
    assert values[0].startswith("'=HYPERLINK") and values[5] == "张三"
    assert all(isinstance(v, str) for v in values)
