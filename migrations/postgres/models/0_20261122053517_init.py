from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "organization" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "org_type" VARCHAR(10) NOT NULL,
    "region" VARCHAR(100) NOT NULL,
    "path" VARCHAR(255) NOT NULL,
    "depth" INT NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "parent_id" INT REFERENCES "organization" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_organizatio_parent__625c5e" UNIQUE ("parent_id", "name")
);
CREATE INDEX IF NOT EXISTS "idx_organizatio_path_766bed" ON "organization" ("path");
COMMENT ON COLUMN "organization"."kind" IS 'COMMITTEE: committee\nGENERAL_BRANCH: general_branch\nBRANCH: branch\nGROUP: group';
COMMENT ON COLUMN "organization"."org_type" IS 'GOVERNMENT: 机关\nENTERPRISE: 企业\nRURAL: 农村\nCOMMUNITY: 社区\nSCHOOL: 学校\nNEW_ECONOMY: 两新\nDEV_ZONE: 开发区\nPUBLIC_INSTITUTION: 事业单位\nOTHER: 其他';
COMMENT ON TABLE "organization" IS 'A node of the org tree. `path` is the materialised path \"/1/4/9/\" used for subtree queries.';
CREATE TABLE IF NOT EXISTS "member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(50) NOT NULL,
    "phone" VARCHAR(20) NOT NULL UNIQUE,
    "status" VARCHAR(20) NOT NULL,
    "posts" JSONB NOT NULL,
    "joined_at" DATE,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_member_org_id_37e061" ON "member" ("org_id", "name");
COMMENT ON COLUMN "member"."status" IS 'FULL: full\nPROBATIONARY: probationary\nACTIVIST: activist';
COMMENT ON TABLE "member" IS 'A Party member (or activist) pre-imported by an org admin.';
CREATE TABLE IF NOT EXISTS "app_user" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(64) UNIQUE,
    "password_hash" VARCHAR(255),
    "openid" VARCHAR(64) UNIQUE,
    "unionid" VARCHAR(64),
    "role" VARCHAR(20) NOT NULL,
    "display_name" VARCHAR(50) NOT NULL,
    "is_active" BOOL NOT NULL,
    "last_login_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT REFERENCES "organization" ("id") ON DELETE RESTRICT,
    "member_id" INT UNIQUE REFERENCES "member" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "app_user"."role" IS 'CITIZEN: citizen\nMEMBER: member\nSTAFF: staff\nORG_ADMIN: org_admin\nSUPERADMIN: superadmin';
COMMENT ON TABLE "app_user" IS 'A console account (username + password) or a WeChat user (openid); WeChat users may bind to a member.';
CREATE TABLE IF NOT EXISTS "audit_entry" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "actor_user_id" INT,
    "actor_role" VARCHAR(20) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "target_type" VARCHAR(32) NOT NULL,
    "target_id" VARCHAR(64) NOT NULL,
    "org_id" INT,
    "detail" JSONB NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "request_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_entry_actor_u_3561f1" ON "audit_entry" ("actor_user_id");
CREATE INDEX IF NOT EXISTS "idx_audit_entry_action_a20b3a" ON "audit_entry" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_entry_org_id_48f106" ON "audit_entry" ("org_id");
CREATE INDEX IF NOT EXISTS "idx_audit_entry_created_817289" ON "audit_entry" ("created_at");
COMMENT ON TABLE "audit_entry" IS 'Who did what to which record, when and from where. Append-only.';
CREATE TABLE IF NOT EXISTS "evaluation_point" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "category" VARCHAR(20) NOT NULL,
    "description" VARCHAR(300) NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_evaluation__org_id_cd74ae" UNIQUE ("org_id", "name")
);
COMMENT ON COLUMN "evaluation_point"."category" IS 'WINDOW: window\nPOST: post\nTEAM: team\nACTIVITY: activity\nMODEL_POST: model_post';
COMMENT ON TABLE "evaluation_point" IS 'Something a person can rate (评价对象): a window, post, team, activity or a member''s 示范岗.';
CREATE TABLE IF NOT EXISTS "evaluation_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "rid" VARCHAR(16) NOT NULL UNIQUE,
    "label" VARCHAR(50) NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "replaced_by_id" INT,
    "created_by_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "point_id" INT NOT NULL REFERENCES "evaluation_point" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "evaluation_code" IS 'A code of a point. Only the random id is stored; the signature is recomputed from the secret.';
CREATE TABLE IF NOT EXISTS "evaluation_rating" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "code_id" INT,
    "score" SMALLINT NOT NULL,
    "tags" JSONB NOT NULL,
    "option_version" SMALLINT NOT NULL,
    "comment" TEXT NOT NULL,
    "comment_status" VARCHAR(10) NOT NULL,
    "contact_phone" VARCHAR(20),
    "rater_hash" VARCHAR(32) NOT NULL,
    "rater_kind" VARCHAR(10) NOT NULL,
    "day" DATE NOT NULL,
    "seq" SMALLINT NOT NULL,
    "is_excluded" BOOL NOT NULL,
    "excluded_reason" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    "point_id" INT NOT NULL REFERENCES "evaluation_point" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_evaluation__point_i_fa4c15" UNIQUE ("point_id", "rater_hash", "day", "seq")
);
CREATE INDEX IF NOT EXISTS "idx_evaluation__org_id_051265" ON "evaluation_rating" ("org_id", "day");
CREATE INDEX IF NOT EXISTS "idx_evaluation__point_i_e6983a" ON "evaluation_rating" ("point_id", "day");
CREATE INDEX IF NOT EXISTS "idx_evaluation__rater_h_e36c27" ON "evaluation_rating" ("rater_hash", "point_id");
COMMENT ON COLUMN "evaluation_rating"."comment_status" IS 'NONE: none\nPUBLISHED: published\nHELD: held\nREJECTED: rejected';
COMMENT ON COLUMN "evaluation_rating"."rater_kind" IS 'MEMBER: member\nCITIZEN: citizen\nANONYMOUS: anonymous\nSTAFF: staff';
COMMENT ON TABLE "evaluation_rating" IS 'One rating. The rater is only a keyed hash; `seq` makes the per-day limit a database constraint too.';
CREATE TABLE IF NOT EXISTS "rectification_ticket" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "source_type" VARCHAR(30) NOT NULL,
    "source_id" BIGINT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "summary" TEXT NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "disposal" VARCHAR(20),
    "is_named" BOOL NOT NULL,
    "contact_masked" VARCHAR(20) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "verify_due_at" TIMESTAMPTZ NOT NULL,
    "rectify_due_at" TIMESTAMPTZ NOT NULL,
    "verified_at" TIMESTAMPTZ,
    "called_back_at" TIMESTAMPTZ,
    "resolved_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "resolution" TEXT NOT NULL,
    "is_overdue" BOOL NOT NULL,
    "overdue_stage" VARCHAR(10) NOT NULL,
    "escalated_at" TIMESTAMPTZ,
    "appeal_prev_status" VARCHAR(20) NOT NULL,
    "appeal_result" VARCHAR(10) NOT NULL,
    "followup_result" VARCHAR(20),
    "followup_by" VARCHAR(10) NOT NULL,
    "followup_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "escalated_to_id" INT REFERENCES "organization" ("id") ON DELETE SET NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_rectificati_source__284f4d" UNIQUE ("source_type", "source_id")
);
CREATE INDEX IF NOT EXISTS "idx_rectificati_org_id_5d3c3e" ON "rectification_ticket" ("org_id", "status");
CREATE INDEX IF NOT EXISTS "idx_rectificati_status_f1af0e" ON "rectification_ticket" ("status", "rectify_due_at");
COMMENT ON COLUMN "rectification_ticket"."status" IS 'PENDING: pending\nRECTIFYING: rectifying\nCALLBACK: callback\nCLOSED: closed\nAPPEALING: appealing';
COMMENT ON COLUMN "rectification_ticket"."disposal" IS 'IMMEDIATE: immediate\nDEADLINE: deadline\nEXPLAIN: explain';
COMMENT ON COLUMN "rectification_ticket"."followup_result" IS 'SATISFIED: satisfied\nBASIC: basic\nUNSATISFIED: unsatisfied';
COMMENT ON TABLE "rectification_ticket" IS 'A rectification ticket opened by some source (a 差评 rating today, an assessment warning later).';
CREATE TABLE IF NOT EXISTS "rectification_event" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "action" VARCHAR(20) NOT NULL,
    "from_status" VARCHAR(20) NOT NULL,
    "to_status" VARCHAR(20) NOT NULL,
    "actor_user_id" INT,
    "actor_role" VARCHAR(20) NOT NULL,
    "actor_name" VARCHAR(50) NOT NULL,
    "actor_org_id" INT,
    "note" TEXT NOT NULL,
    "detail" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "ticket_id" INT NOT NULL REFERENCES "rectification_ticket" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_rectificati_ticket__6b8199" ON "rectification_event" ("ticket_id", "id");
COMMENT ON TABLE "rectification_event" IS 'One transition or note on a ticket: who, when, what, why. Never edited, never deleted.';
CREATE TABLE IF NOT EXISTS "partyday_meeting" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "meeting_type" VARCHAR(20) NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "theme" VARCHAR(200) NOT NULL,
    "agenda" JSONB NOT NULL,
    "current_item" INT NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "mode" VARCHAR(10) NOT NULL,
    "place" VARCHAR(200) NOT NULL,
    "video_url" VARCHAR(500) NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "room_closed" BOOL NOT NULL,
    "created_by" INT,
    "published_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ,
    "ended_at" TIMESTAMPTZ,
    "archived_at" TIMESTAMPTZ,
    "reminded_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_partyday_me_starts__208ed7" ON "partyday_meeting" ("starts_at");
CREATE INDEX IF NOT EXISTS "idx_partyday_me_status_817d25" ON "partyday_meeting" ("status");
CREATE INDEX IF NOT EXISTS "idx_partyday_me_org_id_42d945" ON "partyday_meeting" ("org_id", "starts_at");
COMMENT ON COLUMN "partyday_meeting"."meeting_type" IS 'BRANCH_ASSEMBLY: branch_assembly\nBRANCH_COMMITTEE: branch_committee\nGROUP_MEETING: group_meeting\nPARTY_LECTURE: party_lecture\nTHEME_DAY: theme_day\nLIFE_MEETING: life_meeting';
COMMENT ON COLUMN "partyday_meeting"."mode" IS 'ONLINE: online\nOFFLINE: offline\nHYBRID: hybrid';
COMMENT ON COLUMN "partyday_meeting"."status" IS 'DRAFT: draft\nPUBLISHED: published\nLIVE: live\nENDED: ended\nARCHIVED: archived';
COMMENT ON TABLE "partyday_meeting" IS 'One meeting of 三会一课 or a 主题党日, held by one organisation.';
CREATE TABLE IF NOT EXISTS "partyday_attendee" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(50) NOT NULL,
    "is_voting" BOOL NOT NULL,
    "signed_in_at" TIMESTAMPTZ,
    "signed_out_at" TIMESTAMPTZ,
    "online_seconds" INT NOT NULL,
    "status" VARCHAR(12),
    "makeup_status" VARCHAR(10) NOT NULL,
    "makeup_note" VARCHAR(500) NOT NULL,
    "makeup_done_at" TIMESTAMPTZ,
    "meeting_id" INT NOT NULL REFERENCES "partyday_meeting" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_partyday_at_meeting_3748c7" UNIQUE ("meeting_id", "member_id")
);
COMMENT ON COLUMN "partyday_attendee"."status" IS 'SIGNED_IN: signed_in\nONLINE: online\nLEAVE: leave\nABSENT: absent\nLATE: late';
COMMENT ON COLUMN "partyday_attendee"."makeup_status" IS 'NONE: none\nASSIGNED: assigned\nDONE: done';
COMMENT ON TABLE "partyday_attendee" IS 'An expected attendee; sign-in, online time and the final attendance status live here.';
CREATE TABLE IF NOT EXISTS "partyday_leave" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "member_id" INT NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "decided_by" INT,
    "decision_note" VARCHAR(200) NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "meeting_id" INT NOT NULL REFERENCES "partyday_meeting" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_partyday_le_meeting_7d9899" UNIQUE ("meeting_id", "member_id")
);
CREATE INDEX IF NOT EXISTS "idx_partyday_le_member__959c4b" ON "partyday_leave" ("member_id");
COMMENT ON COLUMN "partyday_leave"."status" IS 'PENDING: pending\nAPPROVED: approved\nREFUSED: refused';
COMMENT ON TABLE "partyday_leave" IS '请假: asked by a member before the start, decided by the secretary or an org admin.';
CREATE TABLE IF NOT EXISTS "partyday_minutes" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "host" VARCHAR(50) NOT NULL,
    "recorder" VARCHAR(50) NOT NULL,
    "topics" JSONB NOT NULL,
    "resolutions" JSONB NOT NULL,
    "notes" TEXT NOT NULL,
    "updated_by" INT,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "meeting_id" INT NOT NULL UNIQUE REFERENCES "partyday_meeting" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "partyday_minutes" IS '会议记录: one per meeting.';
CREATE TABLE IF NOT EXISTS "partyday_notice" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "member_id" INT NOT NULL,
    "meeting_id" INT,
    "kind" VARCHAR(20) NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "body" VARCHAR(500) NOT NULL,
    "read_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_partyday_no_member__0a76e8" ON "partyday_notice" ("member_id");
CREATE INDEX IF NOT EXISTS "idx_partyday_no_member__7dceaa" ON "partyday_notice" ("member_id", "read_at");
COMMENT ON TABLE "partyday_notice" IS 'An in-app notice to one member (meeting published, reminder, leave decided, 补学).';
CREATE TABLE IF NOT EXISTS "partyday_photo" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token" VARCHAR(40) NOT NULL UNIQUE,
    "path" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(40) NOT NULL,
    "size" INT NOT NULL,
    "width" INT NOT NULL,
    "height" INT NOT NULL,
    "caption" VARCHAR(100) NOT NULL,
    "uploaded_by" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "meeting_id" INT NOT NULL REFERENCES "partyday_meeting" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "partyday_photo" IS 'A meeting photo; served under an unguessable token.';
CREATE TABLE IF NOT EXISTS "partyday_poll" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "question" VARCHAR(200) NOT NULL,
    "options" JSONB NOT NULL,
    "is_secret" BOOL NOT NULL,
    "is_resolution" BOOL NOT NULL,
    "is_open" BOOL NOT NULL,
    "result" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "closed_at" TIMESTAMPTZ,
    "meeting_id" INT NOT NULL REFERENCES "partyday_meeting" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "partyday_poll" IS 'A poll or vote in the live room. Secret ballots keep only tallies (PollTally) and who voted.';
CREATE TABLE IF NOT EXISTS "partyday_ballot" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "member_id" INT NOT NULL,
    "choice" INT,
    "poll_id" INT NOT NULL REFERENCES "partyday_poll" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_partyday_ba_poll_id_6c1f80" UNIQUE ("poll_id", "member_id")
);
COMMENT ON TABLE "partyday_ballot" IS 'That a member voted; `choice` is null for a secret ballot (never stored who chose what).';
CREATE TABLE IF NOT EXISTS "partyday_tally" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "option" INT NOT NULL,
    "count" INT NOT NULL,
    "poll_id" INT NOT NULL REFERENCES "partyday_poll" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_partyday_ta_poll_id_64dc1d" UNIQUE ("poll_id", "option")
);
COMMENT ON TABLE "partyday_tally" IS 'The running count of one option of a poll; incremented atomically.';
CREATE TABLE IF NOT EXISTS "partyday_presence" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "meeting_id" INT NOT NULL,
    "member_id" INT NOT NULL,
    "joined_at" TIMESTAMPTZ NOT NULL,
    "seen_at" TIMESTAMPTZ NOT NULL,
    "left_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_partyday_pr_meeting_9a6a16" ON "partyday_presence" ("meeting_id");
CREATE INDEX IF NOT EXISTS "idx_partyday_pr_meeting_b5e867" ON "partyday_presence" ("meeting_id", "member_id");
COMMENT ON TABLE "partyday_presence" IS 'One live-room connection of a member: joined → left. Overlaps are merged when counting.';
CREATE TABLE IF NOT EXISTS "learning_course" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(100) NOT NULL,
    "summary" TEXT NOT NULL,
    "topics" JSONB NOT NULL,
    "credit_hours" DECIMAL(6,2) NOT NULL,
    "audience" JSONB NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "cover_url" VARCHAR(500) NOT NULL,
    "created_by_id" INT,
    "published_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_learning_co_status_f9893e" ON "learning_course" ("status", "org_id");
COMMENT ON COLUMN "learning_course"."status" IS 'DRAFT: draft\nPUBLISHED: published\nARCHIVED: archived';
COMMENT ON TABLE "learning_course" IS 'A course of lessons; org NULL means a global course (superadmin), else visible to the org''s subtree.';
CREATE TABLE IF NOT EXISTS "learning_course_completion" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "completed_at" TIMESTAMPTZ NOT NULL,
    "year" INT NOT NULL,
    "course_id" INT NOT NULL REFERENCES "learning_course" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_learning_co_member__ed2ec5" UNIQUE ("member_id", "course_id")
);
CREATE TABLE IF NOT EXISTS "learning_flush" (
    "id" VARCHAR(40) NOT NULL PRIMARY KEY,
    "fields_count" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "learning_flush" IS 'Idempotency record of one write-behind flush: a retried flush with this id is never applied twice.';
CREATE TABLE IF NOT EXISTS "learning_ledger" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "year" INT NOT NULL,
    "hours" DECIMAL(7,2) NOT NULL,
    "source" VARCHAR(20) NOT NULL,
    "source_id" INT,
    "ref" VARCHAR(64) NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_learning_le_member__7f0ea4" UNIQUE ("member_id", "source", "ref")
);
CREATE INDEX IF NOT EXISTS "idx_learning_le_member__357e25" ON "learning_ledger" ("member_id", "year");
COMMENT ON TABLE "learning_ledger" IS 'One auditable 学时 credit with its source; (member, source, ref) makes repeated grants idempotent.';
CREATE TABLE IF NOT EXISTS "learning_lesson" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "seq" INT NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "kind" VARCHAR(12) NOT NULL,
    "duration_s" INT NOT NULL,
    "media_url" VARCHAR(500) NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "course_id" INT NOT NULL REFERENCES "learning_course" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_learning_le_course__ea828d" ON "learning_lesson" ("course_id", "seq");
COMMENT ON COLUMN "learning_lesson"."kind" IS 'VIDEO: video\nAUDIO: audio\nARTICLE: article\nDOCUMENT: document';
COMMENT ON TABLE "learning_lesson" IS 'A lesson: media (duration_s is its length) or reading (duration_s is the expected reading time).';
CREATE TABLE IF NOT EXISTS "learning_lesson_progress" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "certified_ms" BIGINT NOT NULL,
    "position_s" DOUBLE PRECISION NOT NULL,
    "frontier_s" DOUBLE PRECISION NOT NULL,
    "completed_at" TIMESTAMPTZ,
    "last_beat_at" DOUBLE PRECISION NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "course_id" INT NOT NULL REFERENCES "learning_course" ("id") ON DELETE CASCADE,
    "lesson_id" INT NOT NULL REFERENCES "learning_lesson" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_learning_le_member__f7bdc4" UNIQUE ("member_id", "lesson_id")
);
COMMENT ON TABLE "learning_lesson_progress" IS 'Per member and lesson: certified time (all time), resume position, contiguous frontier, completion.';
CREATE TABLE IF NOT EXISTS "learning_org_settings" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "show_ranking" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT NOT NULL UNIQUE REFERENCES "organization" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "learning_org_settings" IS 'Per-org switches; personal ranking is off unless an admin turns it on.';
CREATE TABLE IF NOT EXISTS "learning_quiz" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "pass_mark" INT NOT NULL,
    "questions" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "lesson_id" INT NOT NULL UNIQUE REFERENCES "learning_lesson" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "learning_quiz" IS 'The optional quiz of a lesson; `questions` hold the answers, which never leave the server unasked.';
CREATE TABLE IF NOT EXISTS "learning_quiz_attempt" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "score" INT NOT NULL,
    "passed" BOOL NOT NULL,
    "answers" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "lesson_id" INT NOT NULL REFERENCES "learning_lesson" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_learning_qu_member__22fa58" ON "learning_quiz_attempt" ("member_id", "lesson_id");
CREATE TABLE IF NOT EXISTS "learning_assignment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(12) NOT NULL,
    "source" VARCHAR(20) NOT NULL,
    "source_id" INT NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "due_at" TIMESTAMPTZ,
    "status" VARCHAR(10) NOT NULL,
    "done_at" TIMESTAMPTZ,
    "done_note" VARCHAR(200) NOT NULL,
    "confirmed_by_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "course_id" INT REFERENCES "learning_course" ("id") ON DELETE SET NULL,
    "lesson_id" INT REFERENCES "learning_lesson" ("id") ON DELETE SET NULL,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_learning_as_member__fda961" UNIQUE ("member_id", "source", "source_id")
);
CREATE INDEX IF NOT EXISTS "idx_learning_as_status_6473c0" ON "learning_assignment" ("status", "member_id");
COMMENT ON COLUMN "learning_assignment"."kind" IS 'REQUIRED: required\nMAKEUP: makeup';
COMMENT ON COLUMN "learning_assignment"."status" IS 'PENDING: pending\nDONE: done';
COMMENT ON TABLE "learning_assignment" IS 'Required (必学) or make-up (补学) study for one member; done on completion or an admin''s confirmation.';
CREATE TABLE IF NOT EXISTS "learning_study_day" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "year" INT NOT NULL,
    "certified_ms" BIGINT NOT NULL,
    "course_id" INT NOT NULL REFERENCES "learning_course" ("id") ON DELETE CASCADE,
    "lesson_id" INT NOT NULL REFERENCES "learning_lesson" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_learning_st_member__f13e7f" UNIQUE ("member_id", "lesson_id", "day")
);
CREATE INDEX IF NOT EXISTS "idx_learning_st_member__bbb14f" ON "learning_study_day" ("member_id", "year");
CREATE INDEX IF NOT EXISTS "idx_learning_st_year_121df5" ON "learning_study_day" ("year", "course_id");
COMMENT ON TABLE "learning_study_day" IS 'Certified milliseconds per member, lesson and local day: the base of yearly sums and topic mastery.';
CREATE TABLE IF NOT EXISTS "learning_topic" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(20) NOT NULL UNIQUE,
    "sort" INT NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "learning_topic" IS 'One entry of the managed topic taxonomy (党章党规, 理论武装, 党史 …).';
CREATE TABLE IF NOT EXISTS "knowledge_document" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL,
    "doc_number" VARCHAR(100) NOT NULL,
    "issuer" VARCHAR(100) NOT NULL,
    "level" VARCHAR(50) NOT NULL,
    "effective_date" DATE,
    "status" VARCHAR(8) NOT NULL,
    "visibility" VARCHAR(8) NOT NULL,
    "version" INT NOT NULL,
    "source_name" VARCHAR(255) NOT NULL,
    "source_hash" VARCHAR(64) NOT NULL,
    "warnings" JSONB NOT NULL,
    "uploaded_by" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "superseded_by_id" INT REFERENCES "knowledge_document" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_knowledge_d_title_448c30" ON "knowledge_document" ("title");
CREATE INDEX IF NOT EXISTS "idx_knowledge_d_status_62e2bf" ON "knowledge_document" ("status");
COMMENT ON COLUMN "knowledge_document"."status" IS 'CURRENT: 现行有效\nREVISED: 已修订\nREPEALED: 已废止';
COMMENT ON COLUMN "knowledge_document"."visibility" IS 'PUBLIC: 公开\nINTERNAL: 内部';
COMMENT ON TABLE "knowledge_document" IS 'One version of a regulation. A new upload of the same title supersedes the current one.';
CREATE TABLE IF NOT EXISTS "knowledge_article" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" INT NOT NULL,
    "number" INT NOT NULL,
    "label" VARCHAR(32) NOT NULL,
    "headings" JSONB NOT NULL,
    "text" TEXT NOT NULL,
    "document_id" INT NOT NULL REFERENCES "knowledge_document" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_knowledge_a_documen_f55adb" UNIQUE ("document_id", "position")
);
COMMENT ON TABLE "knowledge_article" IS 'A 条 (or a preamble, number 0) of a document version, in document order.';
CREATE TABLE IF NOT EXISTS "bot_feedback" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "conversation_id" VARCHAR(64) NOT NULL,
    "question" VARCHAR(500) NOT NULL,
    "answer" TEXT NOT NULL,
    "helpful" BOOL NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "citations" JSONB NOT NULL,
    "user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_bot_feedbac_convers_cdaa35" ON "bot_feedback" ("conversation_id");
CREATE INDEX IF NOT EXISTS "idx_bot_feedbac_created_21e3f5" ON "bot_feedback" ("created_at");
COMMENT ON TABLE "bot_feedback" IS '👍/👎 on one answer, with an optional reason.';
CREATE TABLE IF NOT EXISTS "bot_unanswered_question" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "question" VARCHAR(500) NOT NULL,
    "query" VARCHAR(1000) NOT NULL,
    "reason" VARCHAR(64) NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "conversation_id" VARCHAR(64) NOT NULL,
    "user_id" INT,
    "resolved" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_bot_unanswe_resolve_bb006b" ON "bot_unanswered_question" ("resolved");
CREATE INDEX IF NOT EXISTS "idx_bot_unanswe_created_6adeb1" ON "bot_unanswered_question" ("created_at");
COMMENT ON TABLE "bot_unanswered_question" IS 'A question the bot abstained on, for the knowledge-base admin to review.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztfWtz4ri67l9R8WWl69A9uUHS9KlTRRKnmz0EsgjpWbOGXYzAInjFyB5fkmH2nv9+JP"
    "luy2BzMcatLyTYemXz6Pbe3/+pLTQZqeanB7SYIKPWAv9Tw3CByD+xO3VQg7oeXKcXLDhR"
    "naZBm4lpGXBqkaszqJqIXJKROTUU3VI0TNu2wSM0rCVwaMCJZgDSXnlTTOsD0A30UVnomm"
    "EhGUyWAGKgGS8AygsFf6L9y9qUPEDBL9t3ZWPlDxuNLe0FWXP223/7b3JZwTL6E5n06281"
    "QjFWZNqaofLftIH+Op4pSJUjYDmN2PWxtdTZtQ627llD+t6T8VRT7QUOGutLa65hv7WCLX"
    "r1BWFkQPLO5Jpl2BRAbKuqi7SHqfPuQRPnpUM0MppBW6XDQKmdFwiu1cbjXn84fpKG43Et"
    "MUQeRQhq99JUw3R4yaua7Ne/0Ff4eH52eXV5fdG8vCZN2Gv6V67+dh4dAOMQMnh6w9rf7D"
    "60oNOCoR6Ayv4mYL2dQ4OPq9c+hix55TiyHo6roPUuBNgGM7oIcBfwz7GK8Is1J18bpyuQ"
    "/N4e3H5rD04apx/oAzWyAJ112XPvnLNbFOwAXJ1AlAtdn2A38B525kbAPc8C7nk6uOcJcE"
    "0LWrbJR1fC9oIh3CGvBPEUJZAOqIubybUZ6aCWD+7a/XO3SzojlCP8OOjftIedfq89+LVF"
    "dl9tAmkzaCxHuH077HzvPA1b/v4c38sPM0y6ZlqcUfqvp34vZQ14BLGBkZWpBf4XqO4v28"
    "sA/d+ZjacUUjCxFdVSsPmJPu//5Ry0zGtkBdgUINrzwjT/UMMgnzy0/xXH/7bbv2GQEexe"
    "DNYL6+AmNhj/0RSM5DG0kgNyR7DkD0iEKD4ohMpSFugT/SfDsLgbUFkOgBX437WHUgw9xR"
    "yztcXZ0m80TUUQp/AiYboYgBNCuK/p7O32xQJ30+93IxP3pjOMTdfnhxtpcHLGZjFppFgo"
    "zKwEgE8NRCFJna905vEhj1KumrT0n2NkXcgPlPtYXbrjvGJAhp0H6WnYfniMjAqd3/TOOb"
    "u6jF09aca2GL8T8Etn+A3Qr+Df/Z4U33X8dsN/1+g7QdvSxlh7H0M5xIB4Vz3UIqNu6/KG"
    "ox6lFKNellH3MAoNu/v2wagHYmBGCS8gWC/lHcPQ7kDQo6Lz7JUr5xG0ktjeawZSXvDPaJ"
    "lglmOYuoqKvvECsfIX4zqPEOO/vTnkXQ12JAO++yqH0NQiEJAfjpwDakDm+KBzS5CmQE/g"
    "9PUdGvI4BXETGW/KFI11jT0+yTK49Pc/D5DqI8rH/cnp61HLNrfLyWUlYI+s/wUimzJ+IX"
    "u3hbBMp+GWmLVZR+gYt/lMgE012zARabTQyQQlT9gSr1vW363fXVVxU5H84ihSN8eqy/qQ"
    "sGUsqwuTaZIfrhsaPeS3nFtd1tljqK8qQvaHrfzF9q+Fvu2G/0/SVdvpqapomZYtL8fQNA"
    "kHskDbH5G0u7bfW7VRk+FyF3DdwUptX5Qr0861EDcW4dOit0LyprnqOOhjNNTIx3pIn91+"
    "KsKcUewW54sYmguI4Qt7S9odJeaJBhwbZ1x0SLd0avGWGeydmHQDtBmw5oiZIC0DoU/gdx"
    "1a89+BYrLrCzImhgJVxUQyoHfAqPbT2U+XP33+aVQDNr060wxg2hNKDcjoGAoyeSbRPT+N"
    "YzX9raZDw93WAjNpyI4qrKbCanoQw97ZaRaTEWmVajNi96KK31fy0za17Hm0Zca6dtt/eO"
    "gMh5LUAkSAWyiE1UMj/FXqSYN2d3wzaPduv7WA87LqeGKQXzofYe+69/3roP/8SJoZmq2X"
    "w9pHNScM8Q0HL0xfoGF2ZDfOrpoj+xLJzbwG2q/979Kg9yD1hi0wsptXF5D1djHC5JI0eB"
    "x0niR653J2ekafcAZHePBMhplebJx9nlKixtkI0znx3OsMf6U3rj5fIHL7gvSGn26/9ftO"
    "80mTvGXz+pw070m/jKXbfq//wAgu0fkludWYnI7wnfR9TNW0jGR2eko7ks+87h6fb7qd23"
    "Gn9zTsDJ+pOdmhv564r0faNRr0hS/lEe4Pv0kD51UjCOXeJjLtEis2ifhUM9CLyyBk3YUD"
    "igKn1r5MxwXswpRryYOv135f6CY4iNpPxaB73mhk2SgbjfSdkt6LoisjnQdvKm/mty/O3H"
    "FaavZMGOaFYb6E3PFxmmiFYf5HHPUshnlH8ZDPNh+h2ei8KpmWbM/W+UC5U6yBvmQoZ7XP"
    "R6bXFiZ6J6hhS016ELxxZHtWNivzXFFlgvZ2GFVzWkYPR3PrmVQxA0JEWIfUuWNLfAask6"
    "qutAP6Cx0nXrZOf6VJ2EpLmb6ibTEbsk4quv6KRego55PrgLY1N4CqvEk5Tmc78TSr0Erb"
    "0PFARdDA1OfRRNaaqZfdC4GwWl2336dQtxVCOodTAuOoOM4IHqeV7oRA7ow9x5AsDgj0VT"
    "UVATglSwRb4IQS06eC/wN0aJrvmiF/ADR6GvyCbufQoi4ANJ5aR1iRP3wJXzXBAi7BhGAP"
    "LI0QOGIKzxGhoKeuD+MW7gdFuh94o5zHOBOm2chAE98iShRc3LzMYJ5pXqZaZ+ituOnLWT"
    "zjOTRz2sBihDvB+tDar/1bw5wdKQ/SAYWYzuumM/mVWk54QyTVm8K7R9ggxzAf3vVOLx5t"
    "uT2WOsPOv6VeC0wVS/kL4RF+kKi1sOUyCiP8NGzf37cA+ZGz2Qj3B1/H7buHDqGgTj0sJw"
    "xp8/woDdzLTIBn1+OczWF8l2TF1FW4HOc9WeN0lXMu2X1iFGGwL9hgr0LTGqvai4I3sN4m"
    "iHdgwC3Z8XC89tqkmV44Z6Tva8dpps/inFF0/HzJFvCuXcocpiYfohGanYB69FqMsmUkKN"
    "msLSAhQVI3HZ/kyVHwtM0ZxyCzB0SppndW7COrOgI/eQPQe+52Y/AnLQE5NNZtW1YsJ7Cc"
    "o7cO3a2v1F7TdmPkN1yrwP5lrgFZkcE71QZbGvmrTOfAQFPNkOvkG8IAYhnMDG1BvxnoE2"
    "jrOsLyR42cpknV9A7627HS+UZ5+VH0zp/Pzy8urs5PL5rXjcurq8b1qb91J2+t2sNvOl/p"
    "Nh5hadZrp8lE0wxmPMl3fCbo9sSXHNsZGmZLHIzSlU2rkC1ezVSQfmL3qiA49fiJHBDvOb"
    "aoSvpoCxpkV18RKcgHOUZWZn3phlBfnGeA+uI8FWp6iwt1PuV/hKhy+8Xu53P5hO9jPuRk"
    "ZEFFTaKZnjM4oChH0mD62MokDVb0PFuH01rsGesthoj8SDPvzhylEjCvhfm4tOGFbtvVUo"
    "YnVI15dGK7U+BIb1C1mTryllyocZQ4sRb1VYoc5LclE9NtnMkb0UlQBAGLJvgE6DCztEQG"
    "xLK2AIpM8xSZRCxE8hd2gyZOg5ZtIHqDKmoWuk3LujAVDWuAyIKw+F6Ie32a8D4sl/ehkf"
    "PE2uVRVSIvrbNmlowb8U0wlHCjGT+qyK9GHLY3HVqfoHJ8wO5dTtCfukIOmA34gCil8H0o"
    "s++Dgd601424vSilGOVyj7KuwikZrMkyn9olSSh8H9Kzu+RFN0EnwBWpc35cgTRaBU3JnU"
    "MlRCIqnGTIoeIFu2/pUVTR2Pl6PIdKaHpFvFpu20+37Tspn0/R7vQnbpIHjt4kSP+QSV9i"
    "BM3Xakz6mOoqaPtPYMj0FhYyqGqCeqMACF7REsmAhnR9Ab+b6I/fwQK+IifRs46MjzJcAl"
    "VZKBZpS+XmCTQRCIYAWJqWVJwU9VB+OmlverOn+tFqspMRnjwtkWE6XKmXNiO3f4vMIv9i"
    "tEu/Sb7KvsJfh94rwl+Hqu9yMnoBhWDxkiyeOSVnThLOpwVU1VRMfaIqnfUX51dNH036ZR"
    "WQTw/tbjeJpgV5iRHSbcFe+3JYgitVPlZjbzh+Q4bJdY9aPcOT1MVN9bPyz3OaB56bBHCI"
    "/kzdh32SCmiAV4l70r+Gq2ezL+11+72vXvP4FOcCPt6ukHiylwKHArvl4vME8vZYYnhK6a"
    "aCf/om3bWAbk/IXjVH8gh/k7rkwpz86hEeSP8l3Q5pAwP9B03p+2dbGHvO/k4eZxGWfqzP"
    "XQiy2kwShNWLbt+9P2yUo89s+YvKAcJbc723pgPZNuVPoj2UGfRaPIFAMsVAm2xWvz70n5"
    "9aAJIda7nQbDOaaKAcu5ErNie1uSnuik7zVSrc8gzTLs5vqoKNC0noj9wikkMiuMZoJgX0"
    "51S1ZcTToazJpRCmLDCbgn/laNMpeMCNDQTNfIEiHNIK8O5xBiQbB7KKBUlyfMJw9iPY9o"
    "sOpSjbWO5aGSksj8LyeCSWxyCdQWxD2AG2OfNEHCu2O00UsTujbmRmc0y78ZmfycDrL7v1"
    "9t0nbYGsOQGY+qgjg/BdYAoxs7iCk5F9PZle0tKGsytaYnH2mVyZNs8+EKETvJMB197rgB"
    "5zdWAhuKgDloJMsZZOYl1Hev2H6RRthIT24vSC9DP9fJW0+R7yRbh2YHd1iZrCB3erFzWF"
    "91vNckrQeNEMjqImo6I/RF+gxOas+7xK/l86vbv+Ly131xjhx/7TsMX2jhEeSu2HFttBRr"
    "h9O+x8ZyVnvb1khB/6d1J37FCwHXhM6TZRtO0hR2foZ+ZYKzGyygncF5kWzMWKBXORXDAi"
    "Saeoqlma86G6rsHlyDR46PHdsdZDaJH2qvEQMvkuZfLkbrADcDdOyngkqOZOy5gylakv65"
    "b1rJIB/RWZyXHXBFHCccvaXznVZm7BPY7CLCjFl64qMxDhwmfK1NGWWQFFhgQSEVrg0AJa"
    "cQXJYLIEprZA5MM2pgicQDCyGzJCjvrKDWkAlibDZR1ADKBpItOkTnLg3SlMBlTqpPKBl0"
    "uiuAdz1WFO186spdy689ULXkiJhnBd/1jsQ+AG6PyS5VgmDyF8eb7oB6FN21KbFhvIrIqC"
    "GFkFdWsX2TQFKxQFcT1BsEiSR8OKIJ4IWZWY7kLCecKlXa182WB9ggrO7r14npj2YgF5iu"
    "N0z/wQSQWUjUV75m/nkX8QT3yau9zlbPPo6R+l3l2n97UFXHrqcH877Nz/yi66LAS7ftvu"
    "dm/atz+3wBSqKuUvybVu/4m65k9VzaSO++3HR6ndZaSELURQ9d7o8Hp7xdQ1E6ZkN1o/pm"
    "H6Ejvs1zoPD9Jdpz2UWkBZLJCskDca4TupfUeGhVyUEZTJqJBr0r8eu21aBg39qauwLDXQ"
    "FJOVMdvAl9QnE46keVT+bjTKApqvPNTXx7EElBU4aPY9vYWFZaMzvkQWlUw+pG/ICEneOU"
    "c6QSwGu9SDHdOz5BztJLUY7lIPN1ueykZ7eIxU5Pgr8zhTKYfmkiOCzibHdYJajHaZR5t0"
    "palvGybujJCKcS7zODuaik0WdJhQjHGZx5gtSJvvopmuMY1SVUCWLVppqphjjXA4hJHNr7"
    "wJEQr1TQ71jYsbTf7ykssGkyCswITfd5IF8lZQ3VB9E6cVJ0iZTxDHeDHWDfS2MjsTf6z5"
    "1JVbYHuoeukARwaSvnZ+xAPCyoG9+91spqmq9m7rK+FebxjjdFNm+9hTe9h5uu9Qo6UJLc"
    "Wk6pgRvmk/dW5bYAJNZTrCz71QKxv77WqlWCQ+4JOUSDL+EomRiQWSfYHkP+1jpOKwL/Nh"
    "b+vyhkxdlLKCevsjjXriDHvCmzxgyEmbXB6wHEoRASUioEQEVHmCIurbRECF13fxEJdsV8"
    "iKMGdT3CImCr0h+vwE+HkifZwIFekNHeXuccBwHwey1JgfH9GsgT/IJ8hUBoU0wabCom80"
    "A2DNQoD8C91QnBZ4n2t18oEw/YQW/Vx+Aj3yFAMgWSEjXAeYfXNmn8wvfLKfx6wvFftbzX"
    "mCu0hylyURgTlbBubAad7kHQFFJQMWdq6gMLTFBlrTGFnlFBS7B5qctPlhjhAJkNfrpKeW"
    "ZoxtM2+GjASdkBGTMqIDkqHlix+LUhU4h82laaHFcc/kvFneolSV2zB2X+fbASy39iNOJr"
    "aL5HZBufQkpOkuPV77Cszaop15ZGRBhRMtl172LKAoR+Ez+tjKFD4TcUMbrYxy2ySSpqiI"
    "aiDjwRGhEZrz9ZrzIBHNlprdIAfOkQGcVakbmVplqtHctixEoEM1jpbSv1dfpaLUoWEtZb"
    "gk+2Ko+frERJiGS7MydMCj/AJMMm0+KrhOCycrVLdIdlIAscwqJc8UDFW3MZ1PwBG/yXn4"
    "hsAcGYiThWhfT+GmHFog5OXEcpO/iTzcIg93KZSTu5fOFHP8pnnTPZ+PekAnXNRzuKjTbY"
    "vwnwregHmN0wpHqjJzr+5oaba1+VAHxGKsyzzWDg8yNhH5jTLHAJHu5ZMgLE5mOS01R1CS"
    "9FNFOWJ3vvakuzFNQOTv8iPc7zlpipxZMsJdqf2dfCXn8hv51r55knrDFiB8OsIWucvyHF"
    "G3kzgLncljOEvx3LP04rlnieK5C/iKbH3Let6JTo6onHf7yRnWFk19ykZ1hO/Yfdnr+eBu"
    "3S6+fF1yOpcdI6uASjnOamfjtVcx22lY08HfgCVIUgueoMw8gatIyFtJIkwk9JccduAwBT"
    "qqiOoKrXBIC7alWvgh6OnIIM6qF46uWb5i+LA1JY4X2bSiEoeuoHkDVVXjugW7d+qZ1O2T"
    "oPFaZftwDi2/rCR4I5yX/AX8Pp1ryhT9DhSTvSKYsdqTRJ40kAWc7sGJ45lrWmSCydSVFx"
    "AqEzFPXk7W/30+iKty1zVVDfTtvPT+QuVepMpdnLD74FucBZQD0oBAeD/xCqmrat466j6F"
    "mKBZyqirHI+n3EzKo9vNkYGblUUJTaoyuQR0qYpwgAiUJpdLidzPxqswrWM2VoVWAGI1s0"
    "8vr6jy69WpFuTzFBNEuAfELPVk+hhWHchoqshOK3aVsRXQcEpp05ikFwDlhYKT3Mqen5XN"
    "R0DwLIJnSdm1jg9k4XtRiO+FgaCZL/IuoKgkwHvQuP/IlWvaj4+D/ndmfdJ1Q3uj1qeBdP"
    "/MStQYaGabm+Vw2r0Nyj2QuSmcUjfvKJGQkJK7N0XIpCHneY17CcLKmff2UpfMm5H5TXtR"
    "SmHWK7NZT8SepK+x48yP5S4WYcw9vM5JmB13a3Y8jPLJw56jdwoNSwaVU2g6ZMuW4xIAbQ"
    "ZG9iU6/Uw+Z2eQ/X/KNEWIaXnY3YvJyP58/fl6ZDfOGqRNs4EadTAnP5GqhjRMm9JkVSZL"
    "3MPPm7PvB2bJoBOpfG1YpihvfQDtk7MWGURcTjuDp2OsjzLL+LWbQbt3+23cfnqSHm66v7"
    "bAxCA/aj6mNd4XE3U5wm6L2/7DQ2c4lCS/yVRbLBTLQmiEvw76z4/jB4kc71R0fTE0W/cW"
    "/Qg/tgfDX8dd6Xb4PCDkbFcgLPzUsg1CO/wmPUjjuzZ5NlkZCzQmG8YIdzv3UtChqsxQeB"
    "M5fNYJUR06oknIpkpYpUtIIkwnQy6EPQIh5WaRcsmRj2WYBDg9FUJAUY5UCPR51UmFYBsG"
    "wtZYcVPxZPUtiJGJqBNO1InLSyVQXRO6FSYsRsovkpU6EqE+ky6H7EubjHCIrIJanCoNMB"
    "UuN+bHXdoC2QJtNqOBXnltP/Ewsf79vXvB6W+Ev/16M+jctcB8OTGUklh9dBXy3OHSGTWf"
    "QDBqWRi1N0VG2tg2OE5c6RhHiCqH8w9pY04wBzXZgDMr7yZzN2jfD1uA0RLZ/Pmm23n6Rk"
    "3Juj0hHPWcmpe7HRaeqtDoVKl3R+/SbC3kDsWv4xijjemcNNhsE9p5jKqhaYuxU8w0OYIr"
    "U2DEKEUSjBxJMDxLWC6Df5RIGPw5LtHeStyAp43TCiN0mflaJmNuNM5RSjHKZR5ldnZuJp"
    "+KET6KEfaYoQ0GOUYqxrnM42yghbLhYo6RinEu8zgL57B0Zre6zmGiZGbVRp2z2BMlM0VF"
    "x+2l1xWugKKiYw5fwLUVHdMdAUPMqJtbectKg+GM0xWBO7LuWRzslhjFw2+riJM+1yxtS5"
    "weaR+VBUhT1W3xqVZwfb5yniEzr4Jta9Wa7GM01MjHekQfgq6OUoziY5rHedsFgOe8HWCT"
    "xXk71DpDxgDHbfp6AhH9nJyO7Mas0Wgxt2gdGZ6nNS8BQB7S9Q7VwnO6SM/puWZypKZ0A7"
    "XXvoK26d0HmE81Q+ZlmlsVYh7QCIjXQmxpujLlnDvpzrABhXCGjQj6u3CGJbcI0PQtc41J"
    "jEwMzM4HhgaSc4Zkda3CqtTkXaXz2kexQk+pmMu7IkokvCuS3hVCy5sOdXW1vKUJ/D56KS"
    "Ch680TnJwhRNyT8fcfIH7QodhbePhWId89zaK5SjlKA/dOPZPOAAeNsxQfVPBH0ilwqICl"
    "MYnfzft34oVm+55tdeDa0o26U0LFywRYByP7+rrZGNmNSbPJyYi830dlifGOpKqju60I8h"
    "YpBo8X5MOfrxVnVl/J78ij9/HaVzDKXATxH18Q/0STOcJrOsBe+wpoCwqIWPL4hwTA6zwR"
    "ofBCLJ/IKrwQq6+pSPNC3Eqm3p3057hpcIQ/338jg+yn+23Xi35+3i1G9AWYyHhDMrCpxE"
    "VzuNv4xUamSZ9BZLVXxMnetWEfwn5cLqGMjUwuXswj2A2vcFhwI7zCZRZW4TKdU7hMhuhD"
    "0nEObL32FWRzzxuNLGJEo5EuR9B7sThYDVs0Cw8DKgfOcboK4r37yWwqf+WpvuQ1F77aHP"
    "XCuyLzdoZUMP32Ak0OmnOkvMw5vHoqnAGBwJOXXgDqnpNn5h01IKmcDmEvGhpbVzWYu2hD"
    "jEpobtNzYwjhverCexnMIKUbYpFf/mgdCIpTN9GoF562yY2GyaJs8ppm0DXRtjSJO62EDB"
    "TMigbSHFeApoD6BJ7CJZBN8IqQTjPxLYFFrijIBCf0vYbky/IDgNipi8yqKvOUUvt9mNBe"
    "lUt7xQIAc7KqYZoKCv57yYWo6bmdwkMkwiE8wkXtwiFcMcdO3dXkkKzMuhehEzn3cuTcI8"
    "gFcQ75UY/SCuTzIa/pPCPFOsw9qgLR9g7XowWbzFP61jk2+oCiHPs8fWxl9nmhzUhne6qr"
    "zXDS4m4y6GFC4WRUZicjobESGqtKaaxC3qeOdoXDsOVIzXLDOqkQ2lEXaEfdtB1EvqqqSi"
    "jtW/HpAJai/fTRzKACtfy2a3WgwzkCho0x9Zabaja2aL1LVq+SNaHfINNcfgEKJozbAmEy"
    "kABa2kKZ0sckNZ276ZKjz/yt5ul2nZ6cKCmh4TyQhlNLMcWnZ0lMM8T/uOxB1GXMxnlcRf"
    "z2osJbolwC2Sfysa8hCjE51/Ou3ka8JeNasSR3ca41NKlKZWQlsiIi4/KkQ8xlN8L3s3Ec"
    "ukuSjemg5bWp5fMjtXwSHgFjNA1YAyewtgX+oymY8AUj+/zs8zlQ0cz6BPpvyFChbgJo0B"
    "htg/w+8D5H2GE0uEnk9v2wbDHeYfEliBzOF+Z9o7z8KEzL5/Pzi4ur89OL5nXj8uqqcX3q"
    "b2DJW6t2spvOV7qZ1cO6lOxFv0uoATk+DvIIwuyP7mgOo+psXRuoZCOEFVTDV0knayKEN6"
    "kJFZCJAS71AFOWY4MBDpEJo0rZxrckMby3mm2YqMbh9N07K3l8FUGD6vLIpPMbZ3CtdFpT"
    "JltFpknG9QvQjBfQe+52CS8NMeGqwYuqTaDqNT0xbZ1MTnmh4A91QF4DgTfFVJwgXeYtST"
    "r4hwlMe2IZCPFcLIt5aBaOPyj+6hZwEBmdig0eFolc9hwmZNqLBTQ4IULpqV9DJBUIxVp1"
    "Ou0j+avISF02/ydZscZzeo5wuDY0VRZQTXWAipDGR8eh/eT2cWzK/BUDcSfddh7a3ZNm/T"
    "zm7heO+47iDG1Z8VSLWSd+mKYcU79Srn8Bc5M8XSVsLxLa/+gp4FMXeAiw4vY58a/dDdr3"
    "wxZgtCP8+HzT7Tx9o5Xu/WygI0zR7HynF72yrXG+NNMJfZ7lgD5PP5/Pkwko3pAxtg2OmW"
    "ZV9okQUQWO6AIyrgW16/PpNRN0ImJalL3/sdQjwps826Kqrje5KLxQtVHnLPaDl9ct2bZd"
    "xeq6JYM4q4POTorrTrWFTij5Uch5nKYdbfyt390R7lqZPMxd3fx2YHVZJ1WFSDc0uuHuBK"
    "PHUF9VxAqaJtnaqBf5lnA9Wba8bPu9VWfbiylvyK8cy3C5C7TuoIjwyGWFDe3uqfbY6AmQ"
    "2TI7nkbp1hlp0+Hixl44jlg1hiYzBIvoi0MaON3B3kxkjtFWUHw6XnEpKSUvyTrPsYK85s"
    "JZkh9kQ7fKfKraMI1AVTj2Hipe3DuAtw4X9zo6MoCzR4uHphY/8ia5J+wA2MCdrqLARnbC"
    "MoU03au2OR+wCvc1Dl8dvp2NpZ5RikxsdK0jo4WuWQhPl8Bgz/ACnt8NxUIfJ2hOhhWwHl"
    "sAkjZkMJB7Abwr1hxYc8UEigzIJ0ZvtEiJrqu0jfWuTDmejsU8cscpJdPNztwzYEN7cwWr"
    "dqQLAc61cd7I4TiZCCAWqbqrbpgqeZ2tLpJfkCFhy+BmAAnfznaAqYwi2wlGQ2SpyxzrBT"
    "gFjEd2szFrAsdV0TkyFMsEJuEApugLLYxMeay6e4FWRZ59AAv4ikzyr87WAHgxIJk05JRx"
    "TyuLH51b3KPXKLacDul/pMuEfitWqpmJ2cKrv1Cll9CE7LA0zQaOywf2WD6MvtBzWr7K4b"
    "Qc7CRZeeCAooIBKLsv1OzAlU/jFKERniS8DLuzPFPWbV7B+dq8zDBfm5ep85XeikKLCROS"
    "B1uvfeWcsPdSBCC/mFZZ8exIxLFcTsHCt16oOISKQ3hci1Hf0ONa2Gd3tYMK+2wx9tlDaW"
    "GZUzFXAeu5G2fSvfqNM2RKcVq3wALJCgQnsm0wz8uxSW1zVPHp8M4faO04ukXRvMqxVjRP"
    "CfpTR1Oq+vTa0G34Ay9Lyv4fmCVDSsSWbKI/hC61WF0qhTw7qm5rYSmMs9Ei0cy+E828kp"
    "/GB3h9rgGPtsxY17537qR+C7wpMtJGuP181yHfqFGMfhsMO7ddiWYXsBSC1gjf9W+fH6Qe"
    "zUugTW0vUOHwCQeCAyLHthIlElwm17eSnNJ5EzlEiCqnQ9xLIoeJJudKZuW1rwC6RWeyEq"
    "qn9Il+nEoIoXr6EUc9i+pJBFzsiilYoXoSHuyFeLCL+OyN4rMtCy30bYOz/2krf7WdnioL"
    "lAhkF4HsBwhkDyD9gyyydDD7GA018pFtsVZo1m1kRfC39VRrQnjjz2xVGIePnvXmhUdkuD"
    "WOAMSyr/qfIsNSZizch3DM4ASqqqO+p97Upk0uETZQoZ3UackkS3mxNdsEM4P+T32vg1wD"
    "SQtDQc9c48ztGmFEloKDZinwxny84O3SKwpaxSkrY3kopLRVuFKfs6Z4atl7VYOp9RDDZD"
    "HwZ5Tu2OBf5eHdf77pSuBxIN12njpuwmRfiGY3mZHSd/weSO1uDGdvm8qJc5RM4LwW55Ll"
    "PSknC3OEiqOkvlCFpjWeIMgvi7RiTcUJxapau6qEbjb92Ba6WaGbXc8Dx9Nb5kM1QiNQFS"
    "mGhAtruXRA9e1SDAUeoVsCW7m0t3FgIzuhyN1UEsvXPp2u+8ZL19VxPiGLltDm6kx5zeqZ"
    "FKc0y7cZJsmiNf1IC0ea74o1nSPzC9CRQaYlVIEB8St1dlZMoM1mwMZ0wgKIAashCSzbwN"
    "SJGqQoRnfU7Y5TMwk957bO1HPCeLtjyNFzahqZjDjFszpGGgN7Qmj3tSv5V4oVWG/6/W5E"
    "QrrpxJ3Gnh9upMHJWSzfQpIrFHJr+pSvrtxadAGR6u1lW2W9WlNrxDMTZ2S8clYaKddYZG"
    "W+UgqN8DmvrbgpZnrnsE+eST4Dv+R5Aaznk4a0Pjb7RlgYSkbTUELX4vsF/E5GyGSFUX4H"
    "c02VWdgYxOY74Xrq4H2uTOdu8kny7DfEbpvIoBdsDM1XJCd5qGIeKfircvFXOjTN8QIarz"
    "mwjdAUp/1pHkvkmr9SkpimV9aNEJWjtG6lqkoLhvZHZGhLYjI4+iNkR2xtmrY2J2e7ua72"
    "KHjaDJra3bK1nvt3Cncb8g7PyOSOYYhkp+WSEtkOIvaCADmR86BYNd1UMzjGgvSsB157YT"
    "zkuRYSBhtxpulKdWdAVKCi8zAeVzvUc7oSbB5OPURSDj6dPrYyfLoIYU7fZo6TT88SwlwS"
    "Pv3QAyxce0qKqnDtEa495QU2r8BYmAdKPF6WI2ByQmozCJkwSrDWnjJARCw1kAxORnZjNm"
    "049VBYIj5a3+SjrdM719dN/w4LggUz0oBW/3Km7hcg0y+E9woi5mgXnjfJP0waXzdTjAXk"
    "B/Ad7jUyF2gJcvkny7SQhWbZbESCpSwE7UIF7ePK2Vajs9rWc8omtYH0z+fOQLprAcNdMC"
    "P80P5Zen5sgVCPB8/MJoqRVLIYSelQFpk1jyyzpkyO2vwKjIBKxE+Wx6aYVFYEbNAmp3BA"
    "XeA5rCMsu26weQ7iR6l31+l9bQGXniZJ7Uktxn9udARnW2srllpipZE32WSpBWRirZV5rb"
    "GBylvjKUJUgTSiBRR6cgXGTWoCJSlFVSBRFUjYNZzFcYhA8IovpcMYiyoOqrAV7QpVYSsq"
    "3lZUfLRyybaD7YOVyRuA3nO3e2gj3JECm26DC4A9oBGOpmFNs765KVozmN38zLDZrG63fm"
    "LKhaKqiokIirJJY7NdS1bdDS9y0llqU6gC0nmLBQ9NoIloCBKtNa8ugWkvTNbM0nRlChbQ"
    "tJCxTJrYCnpmthyZ9OUIWElLWmR7o0+rkSa/Of/Vw6tUmNcKNa+5UzspnqUoGiCvUklEJj"
    "veM5qHIJWpYoyjN2czzkSvuWAXeUoCkdX1wFldRea2fcxr4d65D1SFyL4rVIXILtw7ywus"
    "yNz2o2VuG1J5s8aR150b9UzCuuW3XSuo9zECCFvGkgq/VBB238wVfC34p4a1xZK5rZ414M"
    "i+gujU+//68/SyDsi1y9Mm+TaZkGvNSZP+fz1t0DtOu8bF7Jx8OT89b3KqZx/mFUQ6knLJ"
    "3+xvAtZ0S7/XfjdG/sNCu3dfSoNjel7hRmnw7M3HK0jujO1WzDHZTJU3zkRdGaAboSswRt"
    "ebxEcboytcJ9LndrVcJ7ZKM7I79qvtlITnMWDerZUs2Cv5TSqSX9AYhpqv5cLahDVpXjXP"
    "wAkN5gE6GdsF6bFOXo/V/Dr94KRk88rTgzdkmKyql4KDi5ohIyPJX+26c64BxGvnTgdW6E"
    "gUCjtsgjdvGLJDGyYRKiLOgeQsmRyIBgQCT556GE6Qmoft9wkqGJBykSVM7SI9TO0iEaY2"
    "JzyCl6I9inB6kpMwTTmynFQqG6GF/uQws0NyNSUCy21fifm+ikmV/jVcDbbPo3b7va9e8/"
    "gIxGNEHK4kn6UkRiU27vW2kjD7t6Xu+S7U1ZGBnFX7HJtgZdI/++hzJKDwyGQRgcKTIpsm"
    "2pU8HHnEQC+2UxX7E2gDjN6BrasalD01sUneDrAAVWDatOoHIj2yO1PbMJjMghFf3byn5w"
    "idcrkkoPKFOx9SrbyH2DHyEuM0kWhVkF6YqnJRenuJK1dM086HckAhEM6CsIrecoqiHkHl"
    "8G1kgbeRjm4jAS6azRCzgIw9z9isjrZJyi19bssZZZDR5bbsCQgS51ttZF9dTE6pOf5ySv"
    "XQp5/JZ+PyOudMrt0+DwZSb9gCaR2O8ED63nmiuYNGdkOenY/syxlC1CkAntObj1K7G77b"
    "QJ9nzFngPM4jZlkj1xmWyHXqCrmOL5A3xVQmiqpYHC/0bIMb7aHAPYm6WDSnNK3Z6WneUX"
    "18vul2btmY+H2MMOHspEGv3XWuXzdG9udTdF2GUXLkhhyseoiiOD3CWan59USSp7yuHzGy"
    "yh2/541GFla90Uhn1ek9LtZzaM43wNojqxzWzcsMUDcvU5Gmt6JAvztOeLl07mEaoXPfuc"
    "7d0eewPCU5tu4YlUgdIPxzflz/HFFQq8qj7mG0qqCWr/vOnyiKRyq207VGtQhsxVrWSgZ0"
    "VsMab6LlzsgQKhHj+PDxAnJdyvufB0iFKS5TScfBI9vN0mD/e58WyHuEZNpTjWOB9O/VV1"
    "kgJ5o1noVbrrU9jmz5+kImn9NL+afQF5ZqnWZcdyr/1MG7Ys1ptnW/XC7Z701evved9Cjs"
    "ieWyJ5LHUX0OW+/cEzBdjuaQFqeDPVZR2quMmwfoME0lfKbipplstplVxpmEdcbZi5Iop3"
    "ulBRQV0AgV7ZU2R6o+szm2xpVBRCEqUeYvewiRc5zm2UECigrM7QJ2j6liwdxFzyNEQuW5"
    "e5WnmTc/SIhCyObHruoslOs+Tp1XySMRn7HDYyH5nx5HyxGIOa3q60Rj26cZh5nlLFGKXn"
    "snZaJmAUpEJgKSAY0XpMXK6B3fBfgjS6vISpMBSyOi7ZuC3nkRirvrWMjM5ZKZhQxXDBdG"
    "fqeR4juUCrJRtKtQMVzu2WlW/9CVDqIJiIUosVdtDysnIiPMq6t3r2pwVRUSnyyG84zS7Q"
    "vp00/7Slyyyim0/3zTlcDjQLrtPHVcycHnmdjNqEg8kNrdJNJHoMes0NQW0tiOpTHC4mvq"
    "G+IgulKHFibbmxItwb35SB+tEk0Iv0L4LTQNDzKU6bzGy8Lj3KmvEnJh0GadTJs+zkKOLJ"
    "ccmep6n86rpPveV0GK3IuXOF1UORB2m1cQ3b2EGJInWtwkCSvsJAFJ8VaSwxj/dmYPOehh"
    "9vf/B1e9Ce8="
)
