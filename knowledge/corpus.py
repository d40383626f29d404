"""Build a corpus from files or folders on disk (the CLI's source until the database holds it)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from knowledge.file_text import SUPPORTED_SUFFIXES, extract_text, title_from_filename
from knowledge.parsing import ParsedDocument, parse_text
from knowledge.records import Corpus, DocumentMeta, records_from_parsed

_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}〔\d{4}〕\d+号")
_EFFECTIVE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日[^，；。\d]{0,12}?施行")
_ISSUED = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日[^，；。\d]{0,12}?(?:发布|印发|公布|修订|通过)")
_ISSUER = re.compile(r"(中共中央办公厅|中共中央组织部|中央组织部|中组部|中共中央、国务院|中共中央)")


@dataclass(frozen=True, slots=True)
class LoadedFile:
    path: Path
    parsed: ParsedDocument
    meta: DocumentMeta


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to ingest under the given paths (folders are walked, README files skipped)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and _is_document(child):
                    yield child
        elif path.is_file():
            yield path


def _is_document(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and path.stem.lower() != "readme"


def metadata_fields(lines: list[str]) -> dict[str, object]:
    """文号, issuer and effective date found in the metadata lines, when present."""
    text = "；".join(lines)
    fields: dict[str, object] = {}
    if m := _DOC_NUMBER.search(text):
        fields["doc_number"] = m.group(0)
    if m := _ISSUER.search(text):
        fields["issuer"] = m.group(1)
    if m := _last(_EFFECTIVE, text) or _last(_ISSUED, text):
        with contextlib.suppress(ValueError):
            fields["effective_date"] = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return fields


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


def load_file(path: Path, doc_id: str | None = None) -> LoadedFile:
    text = extract_text(path.read_bytes(), path.name)
    parsed = parse_text(text)
    title = parsed.title or title_from_filename(path.name)
    fields = metadata_fields(parsed.metadata)
    meta = DocumentMeta(doc_id=doc_id or title, title=title, **fields)  # type: ignore[arg-type]
    return LoadedFile(path, parsed, meta)


def load_corpus(paths: Iterable[Path]) -> Corpus:
    corpus = Corpus()
    for path in iter_files(paths):
        loaded = load_file(path)
        corpus.add(loaded.meta, records_from_parsed(loaded.meta.doc_id, loaded.parsed))
    return corpus
