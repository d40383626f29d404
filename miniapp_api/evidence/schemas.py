"""Schemas of evidence files."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from server.core.schemas import OutSchema


class EvidenceOut(OutSchema):
    token: str = Field(description="引用该文件时使用的标识", examples=["q3Jx0b1nQv2Yw8pR4tZs9kLm"])
    url: str = Field(examples=["/api/v1/evidence/q3Jx0b1nQv2Yw8pR4tZs9kLm"])
    org_id: int = Field(examples=[5])
    kind: str = Field(description="image / pdf / docx / xlsx", examples=["pdf"])
    filename: str = Field(examples=["阵地建设照片.pdf"])
    content_type: str = Field(examples=["application/pdf"])
    size: int = Field(examples=[204800])
    uploaded_at: datetime = Field(examples=["2026-11-22T09:30:00+08:00"])
