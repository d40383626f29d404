"""Regulation text → headings, articles, 款 and 项; numbering warnings; file formats."""

from __future__ import annotations

import io

import pytest

from knowledge.file_text import UnsupportedFormat, extract_text, unwrap_lines
from knowledge.parsing import parse_text
from tests.knowledge.samples import MEETING_RULES


def test_articles_carry_their_heading_path() -> None:
    doc = parse_text(MEETING_RULES)
    assert doc.title == "示例支部会议规则"
    assert doc.metadata == ["版本: 2024年3月1日起施行; 来源: 测试用示例文本"]
    assert [a.number for a in doc.articles] == [1, 2, 3, 4, 5, 6]
    third = doc.articles[2]
    assert third.label == "第三条"
    assert third.headings == ("第二章 会议", "第一节 支部委员会会议")
    assert doc.articles[4].headings == ("第二章 会议", "第二节 党员大会")
    assert doc.articles[5].headings == ("第三章 附则",)
    assert doc.warnings == []


def test_paragraphs_and_items_are_split() -> None:
    doc = parse_text(MEETING_RULES)
    third, fourth = doc.articles[2], doc.articles[3]
    assert [c.text for c in third.clauses] == ["支部委员会会议每月召开一次，由支部书记召集。", "遇有紧急情况，可以随时召开。"]
    assert len(fourth.clauses) == 1
    items = fourth.clauses[0].items
    assert [(i.label, i.number) for i in items] == [("（一）", 1), ("（二）", 2), ("（三）", 3)]
    assert items[1].text == "研究发展党员工作；"
    assert fourth.text.splitlines()[0] == "支部委员会会议讨论下列事项："


def test_numbering_gaps_duplicates_and_disorder_are_reported() -> None:
    text = "测试规定\n第一条　甲。\n第二条　乙。\n第五条　丙。\n第五条　丁。\n第三条　戊。\n"
    doc = parse_text(text)
    codes = [(w.code, w.line) for w in doc.warnings]
    assert ("numbering_gap", 4) in codes
    assert ("duplicate_article", 5) in codes
    assert ("out_of_order", 6) in codes
    gap = next(w for w in doc.warnings if w.code == "numbering_gap")
    assert "第三条至第四条" in gap.message


def test_text_without_articles_is_a_warning() -> None:
    doc = parse_text("一份通知\n请各支部按时报送材料。")
    assert [w.code for w in doc.warnings] == ["no_articles"]
    assert doc.numbered == []


def test_preamble_and_unnumbered_part_headings() -> None:
    text = "示例准则\n全体党员必须遵守本准则。\n党员规范\n第一条　坚持公私分明。\n领导干部规范\n第二条　廉洁用权。\n"
    doc = parse_text(text)
    preamble, first, second = doc.articles
    assert preamble.is_preamble and preamble.label == "序言"
    assert first.headings == ("党员规范",)
    assert second.headings == ("领导干部规范",)


def test_markdown_and_arabic_numbers_are_understood() -> None:
    text = "# 示例办法\n## 第一章 总则\n**第1条** 本办法自发布之日起施行。\n第2条 解释权归示例委员会。\n"
    doc = parse_text(text)
    assert doc.title == "示例办法"
    assert [(a.number, a.headings) for a in doc.articles] == [(1, ("第一章 总则",)), (2, ("第一章 总则",))]


def test_references_to_other_articles_do_not_start_articles() -> None:
    doc = parse_text("测试规定\n第一条　甲。\n第一条规定的情形，按照本规定处理。\n")
    assert len(doc.articles) == 1
    assert "第一条规定的情形" in doc.articles[0].text


def test_pdf_line_wraps_are_joined() -> None:
    wrapped = ("第一条　为了规范测试工作，根据有关规定，制定本条例。本条例适用于全体\n"
               "党员和各级党组织，另有规定的除外，从其规定执行即可。\n"
               "第二条　测试工作遵循以下原则：\n（一）坚持实事求是；\n")
    lines = unwrap_lines(wrapped).splitlines()
    assert lines[0].endswith("适用于全体党员和各级党组织，另有规定的除外，从其规定执行即可。")
    assert lines[1:] == ["第二条　测试工作遵循以下原则：", "（一）坚持实事求是；"]


def test_docx_and_html_become_text() -> None:
    import docx

    document = docx.Document()
    for line in ["示例规定", "第一条　甲。", "第二条　乙。"]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    assert parse_text(extract_text(buffer.getvalue(), "a.docx")).title == "示例规定"
    html = "<html><head><title>示例规定</title><script>x()</script></head><body><p>第一条　甲。</p><p>第二条　乙。</p></body></html>"
    doc = parse_text(extract_text(html.encode(), "a.html"))
    assert doc.title == "示例规定" and len(doc.articles) == 2


def test_gb18030_text_and_unknown_formats() -> None:
    assert extract_text("第一条　甲。".encode("gb18030"), "a.txt") == "第一条　甲。"
    with pytest.raises(UnsupportedFormat):
        extract_text(b"x", "a.xls")
