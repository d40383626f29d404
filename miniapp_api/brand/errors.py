"""Typed errors of brand profiles."""

from __future__ import annotations

from server.core.errors import NotFound, RateLimited, UnsupportedMediaType, ValidationFailed


class BrandNotFound(NotFound):
    code = "brand.not_found"
    message = "该组织还没有品牌展示"


class PhotoNotFound(NotFound):
    code = "brand.photo_not_found"
    message = "图片不存在"


class PhotoNotImage(UnsupportedMediaType):
    code = "brand.photo_not_image"
    message = "品牌照片只能是 JPG/PNG/WEBP 图片"


class ProjectNotOwn(ValidationFailed):
    code = "brand.project_not_own"
    message = "只能关联本组织已立项的项目"


class BrandRateLimited(RateLimited):
    code = "brand.rate_limited"
    message = "访问过于频繁，请稍后再试"
