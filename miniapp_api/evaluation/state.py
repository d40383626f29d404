"""Per-app state of evaluation: the QR image cache, the rating writer, the Redis gate and the comment policies."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.evaluation.comments import PolicyCache
from miniapp_api.evaluation.gate import Gate
from miniapp_api.evaluation.qrcodes import ImageCache
from miniapp_api.evaluation.ratings import ObserverLookup
from miniapp_api.evaluation.writer import RatingWriter

QR_CACHE: web.AppKey[ImageCache] = web.AppKey("evaluation_qr_cache", ImageCache)
WRITER: web.AppKey[RatingWriter] = web.AppKey("evaluation_writer", RatingWriter)
GATE: web.AppKey[Gate] = web.AppKey("evaluation_gate", Gate)
POLICIES: web.AppKey[PolicyCache] = web.AppKey("evaluation_comment_policies", PolicyCache)
# Set by the supervision domain when installed: ratings by 党建观察员 of their orgs carry rater kind "observer".
OBSERVERS: web.AppKey[ObserverLookup] = web.AppKey("evaluation_observer_lookup", ObserverLookup)
