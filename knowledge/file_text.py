"""The text of a file: read uploaded or local files (txt, md, docx, pdf, html) into plain text lines."""

from __future__ import annotations

import io
import re
from pathlib import Path

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm"})
_BLOCK_END = tuple("。；：！？」』”）)")
_LINE_START = re.compile(r"^(第[零〇一二三四五六七八九十百千两\d]+[编章节条]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)")


class UnsupportedFormat(ValueError):
    """The file type cannot be ingested."""


def decode_text(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), falling back to GB18030."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def docx_text(data: bytes) -> str:
    import docx  # lazy: python-docx is only needed for .docx uploads

    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\u3000".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader  # lazy: only for .pdf uploads

    reader = PdfReader(io.BytesIO(data))
    raw = "\n".join(page.extract_text() or "" for page in reader.pages)
    return unwrap_lines(raw)


def unwrap_lines(text: str) -> str:
    """Join lines broken by page width (PDF) back into paragraphs.

    A line is a wrapped continuation when the line before it is nearly full width and
    does not end a sentence, and it does not itself start an article, heading or item.
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        return ""
    lengths = sorted(len(ln) for ln in lines)
    full_width = lengths[int(len(lengths) * 0.9)] * 0.75
    out = [lines[0]]
    previous_raw = lines[0]
    for line in lines[1:]:
        wrapped = len(previous_raw) >= full_width and not previous_raw.endswith(_BLOCK_END)
        if wrapped and not _LINE_START.match(line):
            out[-1] += line
        else:
            out.append(line)
        previous_raw = line
    return "\n".join(out)


def html_text(data: bytes) -> str:
    from bs4 import BeautifulSoup  # lazy: only for .html uploads

    soup = BeautifulSoup(decode_text(data), "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript"]):
        tag.decompose()
    title = soup.title.get_text(strip=True) if soup.title else ""
    if soup.title:
        soup.title.decompose()
    body = soup.body or soup
    lines = [ln.strip() for ln in body.get_text("\n").splitlines() if ln.strip()]
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    return "\n".join(lines)


def extract_text(data: bytes, filename: str) -> str:
    """Return the plain text of a file, chosen by its suffix."""
    suffix = Path(filename).suffix.lower()
    if suffix in {".txt", ".md", ".markdown"}:
        return decode_text(data)
    if suffix == ".docx":
        return docx_text(data)
    if suffix == ".pdf":
        return pdf_text(data)
    if suffix in {".html", ".htm"}:
        return html_text(data)
    raise UnsupportedFormat(f"不支持的文件类型：{suffix or filename}")


def title_from_filename(filename: str) -> str:
    return Path(filename).stem.strip()
