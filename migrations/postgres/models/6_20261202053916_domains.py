from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "disclosure_kind" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(40) NOT NULL,
    "rule" VARCHAR(10) NOT NULL,
    "days" INT NOT NULL,
    "is_active" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "disclosure_kind"."rule" IS 'QUARTERLY: quarterly\nEVENT: event';
COMMENT ON TABLE "disclosure_kind" IS 'A kind of item with its due rule; the built-in kinds are rows too (created on first use).';
        CREATE TABLE IF NOT EXISTS "standard_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "org_kind" VARCHAR(20) NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "description" VARCHAR(500) NOT NULL,
    "position" INT NOT NULL,
    "is_active" BOOL NOT NULL,
    CONSTRAINT "uid_standard_it_org_kin_6094e3" UNIQUE ("org_kind", "code")
);
COMMENT ON COLUMN "standard_item"."org_kind" IS 'COMMITTEE: committee\nGENERAL_BRANCH: general_branch\nBRANCH: branch\nGROUP: group';
COMMENT ON TABLE "standard_item" IS 'One checklist item of one org kind (组织设置, 班子建设, 阵地建设, 制度落实…).';
        CREATE TABLE IF NOT EXISTS "resp_negative_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL UNIQUE,
    "description" TEXT NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "resp_negative_item" IS 'One accountable situation of the configurable 负面清单.';
        CREATE TABLE IF NOT EXISTS "project" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(100) NOT NULL,
    "goal" TEXT NOT NULL,
    "measures" JSONB NOT NULL,
    "budget" DECIMAL(12,2) NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "stage" VARCHAR(12) NOT NULL,
    "leader_member_id" INT,
    "leader_name" VARCHAR(50) NOT NULL,
    "is_secretary_led" BOOL NOT NULL,
    "is_claimed" BOOL NOT NULL,
    "previous_id" INT,
    "carried_lessons" TEXT NOT NULL,
    "return_reason" VARCHAR(500) NOT NULL,
    "score" DOUBLE PRECISION,
    "grade" VARCHAR(12) NOT NULL,
    "evaluation_comment" TEXT NOT NULL,
    "lessons" TEXT NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "claimed_at" TIMESTAMPTZ,
    "approved_at" TIMESTAMPTZ,
    "evaluated_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    "supervisor_org_id" INT REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_project_org_id_a0f5fc" ON "project" ("org_id", "stage");
CREATE INDEX IF NOT EXISTS "idx_project_leader__ae01e3" ON "project" ("leader_member_id");
COMMENT ON COLUMN "project"."stage" IS 'POOL: pool\nPROPOSED: proposed\nRETURNED: returned\nAPPROVED: approved\nIN_PROGRESS: in_progress\nEVALUATED: evaluated\nCLOSED: closed';
COMMENT ON TABLE "project" IS 'One project. `org` owns and runs it; `supervisor_org` (the parent, or the publishing committee of a';
        CREATE TABLE IF NOT EXISTS "project_dependency" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "depends_on_id" INT NOT NULL REFERENCES "project" ("id") ON DELETE RESTRICT,
    "project_id" INT NOT NULL REFERENCES "project" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_project_dep_project_f4dc75" UNIQUE ("project_id", "depends_on_id")
);
COMMENT ON TABLE "project_dependency" IS '`project` depends on `depends_on` (it needs the other''s result first); the graph is kept acyclic.';
        CREATE TABLE IF NOT EXISTS "project_indicator" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" SMALLINT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "unit" VARCHAR(20) NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "higher_is_better" BOOL NOT NULL,
    "actual" DOUBLE PRECISION,
    "score" DOUBLE PRECISION,
    "project_id" INT NOT NULL REFERENCES "project" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "project_indicator" IS 'A measurable target of a project; `actual` and `score` are filled at evaluation.';
        CREATE TABLE IF NOT EXISTS "project_milestone" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(100) NOT NULL,
    "note" TEXT NOT NULL,
    "done_on" DATE NOT NULL,
    "evidence" JSONB NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "project_id" INT NOT NULL REFERENCES "project" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "project_milestone" IS 'A step of 过程督导 recorded by the owner, with evidence files (tokens of the evidence domain).';
        CREATE TABLE IF NOT EXISTS "project_note" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "note" TEXT NOT NULL,
    "author_org_id" INT NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "project_id" INT NOT NULL REFERENCES "project" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "project_note" IS 'A supervision note (督导意见) written by the parent.';
        CREATE TABLE IF NOT EXISTS "brand_profile" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(60) NOT NULL,
    "slogan" VARCHAR(100) NOT NULL,
    "story" TEXT NOT NULL,
    "photos" JSONB NOT NULL,
    "project_ids" JSONB NOT NULL,
    "is_published" BOOL NOT NULL,
    "updated_by_user_id" INT,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT NOT NULL UNIQUE REFERENCES "organization" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "brand_profile" IS 'One per org. Photos are evidence-file tokens (images only); projects are ids of the org''s own projects.';
        CREATE TABLE IF NOT EXISTS "supervision_team" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "committee_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "supervision_team" IS 'A committee''s 督查专班.';
        CREATE TABLE IF NOT EXISTS "supervision_inspection" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(10) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "scope_org_id" INT NOT NULL,
    "planned_on" DATE,
    "seed" BIGINT,
    "sample_size" INT,
    "target_ids" JSONB NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "committee_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    "team_id" INT REFERENCES "supervision_team" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_supervision_committ_e64a24" ON "supervision_inspection" ("committee_id", "kind");
COMMENT ON COLUMN "supervision_inspection"."kind" IS 'COVERT: covert\nSPECIAL: special\nRANDOM: random\nOBSERVER: observer';
COMMENT ON TABLE "supervision_inspection" IS 'A planned inspection of some orgs of a committee''s subtree (the random draw is reproducible from `seed`).';
        CREATE TABLE IF NOT EXISTS "supervision_finding" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "reopen_count" INT NOT NULL,
    "is_flagged" BOOL NOT NULL,
    "round_id" INT,
    "ticket_id" INT,
    "due_at" TIMESTAMPTZ,
    "observer_id" INT,
    "created_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "closed_at" TIMESTAMPTZ,
    "inspection_id" INT NOT NULL REFERENCES "supervision_inspection" ("id") ON DELETE RESTRICT,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_supervision_org_id_6b87aa" ON "supervision_finding" ("org_id", "status");
COMMENT ON COLUMN "supervision_finding"."status" IS 'OPEN: open\nCLOSED: closed\nDISMISSED: dismissed';
COMMENT ON TABLE "supervision_finding" IS 'A problem found at one org; it is rectified through tickets (one per round) and closed by a re-check.';
        CREATE TABLE IF NOT EXISTS "supervision_check" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ticket_id" INT,
    "result" VARCHAR(10) NOT NULL,
    "note" TEXT NOT NULL,
    "checked_by_user_id" INT,
    "checked_by_name" VARCHAR(50) NOT NULL,
    "checked_at" TIMESTAMPTZ NOT NULL,
    "detail" JSONB NOT NULL,
    "finding_id" INT NOT NULL REFERENCES "supervision_finding" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "supervision_check" IS 'A re-check (提升) by the inspectors: closed or reopened, with a note. Never edited.';
        CREATE TABLE IF NOT EXISTS "supervision_round" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ticket_id" INT,
    "opened_at" TIMESTAMPTZ NOT NULL,
    "finding_id" INT NOT NULL REFERENCES "supervision_finding" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "supervision_round" IS 'One rectification round of a finding: its id is the ticket''s source id (source_type \"inspection\").';
        CREATE TABLE IF NOT EXISTS "supervision_observer" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(50) NOT NULL,
    "kind" VARCHAR(15) NOT NULL,
    "unit" VARCHAR(100) NOT NULL,
    "invite_code" VARCHAR(16) NOT NULL UNIQUE,
    "user_id" INT UNIQUE,
    "bound_at" TIMESTAMPTZ,
    "org_ids" JSONB NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "committee_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "supervision_observer"."kind" IS 'NPC_DEPUTY: npc_deputy\nCPPCC_MEMBER: cppcc_member\nPUBLIC_REP: public_rep';
COMMENT ON TABLE "supervision_observer" IS 'A 党建观察员 invited by a committee; a WeChat user claims the record with the invite code.';
        CREATE TABLE IF NOT EXISTS "supervision_team_member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(50) NOT NULL,
    "department" VARCHAR(20) NOT NULL,
    "duty" VARCHAR(10) NOT NULL,
    "user_id" INT,
    "team_id" INT NOT NULL REFERENCES "supervision_team" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_supervision_user_id_cb4561" ON "supervision_team_member" ("user_id");
COMMENT ON TABLE "supervision_team_member" IS 'A member of a team: who, from which department (组织, 纪检…), and the console account that acts for him.';
        CREATE TABLE IF NOT EXISTS "disclosure_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(40) NOT NULL,
    "period_key" VARCHAR(20) NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "event_on" DATE,
    "due_on" DATE NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "body" TEXT NOT NULL,
    "evidence_token" VARCHAR(32),
    "published_at" TIMESTAMPTZ,
    "published_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_disclosure__org_id_af464a" UNIQUE ("org_id", "kind", "period_key")
);
CREATE INDEX IF NOT EXISTS "idx_disclosure__org_id_c74f3b" ON "disclosure_item" ("org_id", "due_on");
COMMENT ON COLUMN "disclosure_item"."status" IS 'DUE: due\nPUBLISHED: published';
COMMENT ON TABLE "disclosure_item" IS 'One item an org must publish (a quarter''s regular item or an event''s), and once published what it said.';
        CREATE TABLE IF NOT EXISTS "standard_assessment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(10) NOT NULL,
    "is_compliant" BOOL NOT NULL,
    "note" VARCHAR(1000) NOT NULL,
    "evidence" JSONB NOT NULL,
    "submitted_at" TIMESTAMPTZ NOT NULL,
    "submitted_by_user_id" INT NOT NULL,
    "reviewed_at" TIMESTAMPTZ,
    "reviewed_by_user_id" INT,
    "review_note" VARCHAR(500) NOT NULL,
    "item_id" INT NOT NULL REFERENCES "standard_item" ("id") ON DELETE RESTRICT,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_standard_as_org_id_923dd1" ON "standard_assessment" ("org_id", "item_id");
COMMENT ON COLUMN "standard_assessment"."status" IS 'PENDING: pending\nCONFIRMED: confirmed\nRETURNED: returned';
COMMENT ON TABLE "standard_assessment" IS 'One self-assessment of one item by one org, and the parent''s decision on it (a return is followed by a new row).';
        CREATE TABLE IF NOT EXISTS "volunteer_activity" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(100) NOT NULL,
    "place" VARCHAR(100) NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "hours" DECIMAL(4,1) NOT NULL,
    "created_by_user_id" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_volunteer_a_org_id_0ec73f" ON "volunteer_activity" ("org_id", "starts_at");
        CREATE TABLE IF NOT EXISTS "volunteer_record" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "signed_in_at" TIMESTAMPTZ,
    "hours" DECIMAL(4,1),
    "confirmed_at" TIMESTAMPTZ,
    "confirmed_by_user_id" INT,
    "activity_id" INT NOT NULL REFERENCES "volunteer_activity" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_volunteer_r_activit_3d1c89" UNIQUE ("activity_id", "member_id")
);
COMMENT ON TABLE "volunteer_record" IS 'One member at one activity: signed in with the code (or added by the admin), hours once confirmed.';
        CREATE TABLE IF NOT EXISTS "resp_accountability" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "subject" VARCHAR(100) NOT NULL,
    "measure" VARCHAR(50) NOT NULL,
    "reason" TEXT NOT NULL,
    "corrects_id" INT,
    "issued_by_user_id" INT NOT NULL,
    "issued_by_org_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "negative_item_id" INT NOT NULL REFERENCES "resp_negative_item" ("id") ON DELETE RESTRICT,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_resp_accoun_correct_168d57" ON "resp_accountability" ("corrects_id");
COMMENT ON TABLE "resp_accountability" IS 'An issued 问责 decision. Never edited or deleted: a correction is a new record pointing at it.';
        CREATE TABLE IF NOT EXISTS "resp_circular" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "issued_by_user_id" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "resp_circular" IS 'A 情况通报 sent to an org''s subtree.';
        CREATE TABLE IF NOT EXISTS "resp_circular_receipt" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "org_id" INT NOT NULL,
    "user_id" INT NOT NULL,
    "reader_name" VARCHAR(50) NOT NULL,
    "read_at" TIMESTAMPTZ NOT NULL,
    "circular_id" INT NOT NULL REFERENCES "resp_circular" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_resp_circul_circula_fc653d" UNIQUE ("circular_id", "user_id")
);
COMMENT ON TABLE "resp_circular_receipt" IS 'A read receipt: who of which org read a circular, and when.';
        CREATE TABLE IF NOT EXISTS "resp_duty_report" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "year" INT NOT NULL,
    "member_id" INT NOT NULL,
    "member_name" VARCHAR(50) NOT NULL,
    "content" TEXT NOT NULL,
    "submitted_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_resp_duty_r_org_id_7fc306" UNIQUE ("org_id", "year")
);
COMMENT ON TABLE "resp_duty_report" IS 'A secretary''s year-end 述职述廉 report for his org.';
        CREATE TABLE IF NOT EXISTS "resp_duty_rating" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "rater_user_id" INT NOT NULL,
    "rater_kind" VARCHAR(10) NOT NULL,
    "grade" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "report_id" INT NOT NULL REFERENCES "resp_duty_report" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_resp_duty_r_report__129d91" UNIQUE ("report_id", "rater_user_id")
);
COMMENT ON COLUMN "resp_duty_rating"."grade" IS 'GOOD: good\nFAIRLY_GOOD: fairly_good\nAVERAGE: average\nPOOR: poor';
COMMENT ON TABLE "resp_duty_rating" IS 'One rater''s grade of a 述职 report: a member of the org or an admin of the parent, once each.';
        CREATE TABLE IF NOT EXISTS "resp_exemption" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "org_id" INT NOT NULL,
    "reasons" TEXT NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "filed_by_user_id" INT NOT NULL,
    "filed_at" TIMESTAMPTZ NOT NULL,
    "decided_by_user_id" INT,
    "decided_at" TIMESTAMPTZ,
    "note" TEXT NOT NULL,
    "decision_id" INT NOT NULL REFERENCES "resp_accountability" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "resp_exemption"."status" IS 'PENDING: pending\nAPPROVED: approved\nREJECTED: rejected';
COMMENT ON TABLE "resp_exemption" IS 'A 容错纠错 application of the org against a decision, decided by its parent.';
        CREATE TABLE IF NOT EXISTS "resp_list" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "year" INT NOT NULL,
    "version" INT NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_resp_list_org_id_673a0c" UNIQUE ("org_id", "year")
);
COMMENT ON TABLE "resp_list" IS 'One org''s responsibility list for one year; `version` grows whenever an item it covers changes.';
        CREATE TABLE IF NOT EXISTS "resp_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(10) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "owner_post" VARCHAR(20) NOT NULL,
    "is_dual_duty" BOOL NOT NULL,
    "due_date" DATE,
    "cadence" VARCHAR(50) NOT NULL,
    "evidence_required" VARCHAR(300) NOT NULL,
    "indicator_key" VARCHAR(50) NOT NULL,
    "source_type" VARCHAR(30) NOT NULL,
    "source_id" BIGINT,
    "status" VARCHAR(10) NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "list_id" INT NOT NULL REFERENCES "resp_list" ("id") ON DELETE RESTRICT,
    "owner_org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_resp_item_owner_o_1c420b" ON "resp_item" ("owner_org_id", "status");
CREATE INDEX IF NOT EXISTS "idx_resp_item_status_74ce12" ON "resp_item" ("status", "due_date");
COMMENT ON COLUMN "resp_item"."kind" IS 'DUTY: duty\nTASK: task\nPROBLEM: problem';
COMMENT ON COLUMN "resp_item"."status" IS 'OPEN: open\nREPORTED: reported\nACCEPTED: accepted\nRETURNED: returned';
COMMENT ON TABLE "resp_item" IS 'An item of a list: written by the list''s org, owned by that org or one below it (issued down).';
        CREATE TABLE IF NOT EXISTS "resp_report" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "note" TEXT NOT NULL,
    "files" JSONB NOT NULL,
    "reporter_user_id" INT NOT NULL,
    "reporter_name" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "item_id" INT NOT NULL REFERENCES "resp_item" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_resp_report_item_id_48b1cc" ON "resp_report" ("item_id", "id");
COMMENT ON TABLE "resp_report" IS 'A progress report of an item''s owner (履责), with evidence tokens. Never edited.';
        CREATE TABLE IF NOT EXISTS "resp_review" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "report_id" INT,
    "decision" VARCHAR(10) NOT NULL,
    "reason" TEXT NOT NULL,
    "reviewer_user_id" INT NOT NULL,
    "reviewer_org_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "item_id" INT NOT NULL REFERENCES "resp_item" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_resp_review_item_id_100bb8" ON "resp_review" ("item_id", "id");
COMMENT ON TABLE "resp_review" IS 'The parent''s review of a report (督责/考责): accept, or return with a reason. Never edited.';
        CREATE TABLE IF NOT EXISTS "resp_signature" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "member_id" INT NOT NULL,
    "member_name" VARCHAR(50) NOT NULL,
    "posts" JSONB NOT NULL,
    "version" INT NOT NULL,
    "signed_at" TIMESTAMPTZ NOT NULL,
    "list_id" INT NOT NULL REFERENCES "resp_list" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_resp_signat_list_id_48ab39" UNIQUE ("list_id", "member_id", "version")
);
COMMENT ON TABLE "resp_signature" IS 'An owner''s acknowledgement (责任书) of one version of his org''s list.';
        CREATE TABLE IF NOT EXISTS "resp_talk" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "talker" VARCHAR(50) NOT NULL,
    "talkee" VARCHAR(50) NOT NULL,
    "reason" TEXT NOT NULL,
    "follow_up" TEXT NOT NULL,
    "talked_on" DATE NOT NULL,
    "created_by_user_id" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "resp_talk" IS 'A 约谈提醒 record: who talked with whom of which org, why, and the follow-up asked for.';
        COMMENT ON COLUMN "evaluation_rating"."rater_kind" IS 'MEMBER: member\nCITIZEN: citizen\nANONYMOUS: anonymous\nSTAFF: staff\nOBSERVER: observer';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        COMMENT ON COLUMN "evaluation_rating"."rater_kind" IS 'MEMBER: member\nCITIZEN: citizen\nANONYMOUS: anonymous\nSTAFF: staff';
        DROP TABLE IF EXISTS "project_milestone";
        DROP TABLE IF EXISTS "supervision_observer";
        DROP TABLE IF EXISTS "resp_list";
        DROP TABLE IF EXISTS "resp_exemption";
        DROP TABLE IF EXISTS "standard_item";
        DROP TABLE IF EXISTS "resp_signature";
        DROP TABLE IF EXISTS "resp_circular_receipt";
        DROP TABLE IF EXISTS "project_dependency";
        DROP TABLE IF EXISTS "supervision_round";
        DROP TABLE IF EXISTS "project_indicator";
        DROP TABLE IF EXISTS "resp_review";
        DROP TABLE IF EXISTS "volunteer_record";
        DROP TABLE IF EXISTS "resp_accountability";
        DROP TABLE IF EXISTS "disclosure_item";
        DROP TABLE IF EXISTS "resp_talk";
        DROP TABLE IF EXISTS "volunteer_activity";
        DROP TABLE IF EXISTS "standard_assessment";
        DROP TABLE IF EXISTS "resp_circular";
        DROP TABLE IF EXISTS "supervision_team_member";
        DROP TABLE IF EXISTS "supervision_team";
        DROP TABLE IF EXISTS "project_note";
        DROP TABLE IF EXISTS "resp_negative_item";
        DROP TABLE IF EXISTS "brand_profile";
        DROP TABLE IF EXISTS "resp_item";
        DROP TABLE IF EXISTS "project";
        DROP TABLE IF EXISTS "supervision_check";
        DROP TABLE IF EXISTS "resp_duty_rating";
        DROP TABLE IF EXISTS "resp_report";
        DROP TABLE IF EXISTS "supervision_inspection";
        DROP TABLE IF EXISTS "disclosure_kind";
        DROP TABLE IF EXISTS "resp_duty_report";
        DROP TABLE IF EXISTS "supervision_finding";"""


MODELS_STATE = (
    "eJztfWt34ji29l/R4kun1kvVJCSQFHXWWYsQqpppAhlCaqanmUUJWwRPjE37kjR9Zv77K8"
    "l3WwaZizGOvlQFW1u2H932ff9fZaHLSDU/3aPFFBmVJvi/igYXCP8Ru1MFFbhcBtfJBQtO"
    "Vadp0GZqWgaULHx1BlUT4UsyMiVDWVqKrpG2LfAADWsFHBpwphsAt1deFdP6AJYG+qgslr"
    "phIRlMVwBqQDeeAZQXivaJ9C/rEn6Aoj3v3pWtKb/baGLpz8ia02//7V/4sqLJ6A9kkp+/"
    "VTDFRJFJa4rKv0iD5ctkpiBVjoDlNKLXJ9ZqSa91NesrbUjeezqRdNVeaEHj5cqa65rfWt"
    "EscvUZaciA+J3xNcuwCYCaraou0h6mzrsHTZyXDtHIaAZtlQwDoXZeILhWmUz6g9HksTOa"
    "TCqJIfIoQlC7lyRdI8OLX9WkX/9MXuFj7eLq+urmsnF1g5vQ1/SvXP/XeXQAjENI4emPKv"
    "+l96EFnRYU9QBU+n8C1vYcGmxcvfYxZPErx5H1cFwHrXchwDaY0XmAu4B/TFSkPVtz/LN+"
    "vgbJ761h++fW8Kx+/oE8UMcL0FmXffdOjd4iYAfgLjFEmdD1CfYD73FnbgTcGg+4tXRwaw"
    "lwTQtatslGt6PZC4pwF78S1CSUQDqgzm8mV2a4g0o2uCtfn3o93BmmHGsPw8Fta9Qd9FvD"
    "X5t499WnkDSDxmqstdqj7vfu46jp78/xvfw4w7TUTYsxSn99HPRT1oBHEBsYWZEs8B+gul"
    "92kAH6n5mtSQRSMLUV1VI08xN53v9mHDTuNbIGbAIQ6Xlhmr+rYZDP7lv/iOPf7g1uKWQY"
    "u2eD9kI7uI0Nxr91RUPyBFrJAbnDWLIHJEIUHxRMZSkL9In8wTEs7gZUlANgDf53rVEnhp"
    "5iTujaYmzpt7quIqil8CJhuhiAU0x4qOns7fb5Anc7GPQiE/e2O4pN16f7287w7ILOYtxI"
    "sVCYWQkAlwxEIEmdr2TmsSGPUq6btOSPU2Rd8AfKA01dueO8ZkBG3fvO46h1/xAZFTK/yZ"
    "0avbqKXT1rxLYYvxPw9+7oZ0B+gn8O+p34ruO3G/2zQt4J2pY+0fS3CZRDDIh31UMtMur2"
    "Ut5y1KOUYtSLMuoeRqFhd98+GPVADOSU8AKCzVLeKQztHgQ9IjrPXphyHkYrie1X3UDKs/"
    "YLWiWY5RimrqJiYDxDTfmTcp0niPF/vTnkXQ12JAO++SqH0NTCEOAPR84BNcRzfNhtY6QJ"
    "0FMovbxBQ56kIG4i41WR0GSp08cnWQaX/usvQ6T6iLJxf3T6etD55nYxuawE7JH1v0B4U9"
    "ae8d5tIU0m03BHzFq0I3SK2zwXYJJuGybCjRZLPEHxE3bEq037a/vdlRU3FcnPjiJ1e6x6"
    "tI+OZhmr8sJkmvjDl4ZODvkd51aPdvYQ6quMkP1uK3/S/Wux3HXD/xvuquX0VFa0TMuWVx"
    "NompgDWaDdj0jSXcvvrdyoyXC1D7juYGm3r1csJ2gWQsbEQJJuyDvC9d3rbkh7KxNqhJfV"
    "a3qIh41wt9FbISndXHeIDjQ00vE/m5F9cvspCUtLsFvUFjE0F1CDz/QtSXeEmCVQMSzDcY"
    "Er3T6sx1tyWIk13A3QZ8CaI2q4tQyEPoEfS2jNfwDFpNcXeEwMBaqKiWRA7oBx5S8Xf7n6"
    "y+e/jCvAJldnugFMe0qoAR4dQ0Emy5B84KcxbM2/VZbQcA+DwLgcsj4LW7OwNR/FHHpxzm"
    "Now61SLW30XlRd/oI/bVt7qEdbZKwr7cH9fXc06nSaAIu9CwUzyGisfev0O8NWb3I7bPXb"
    "PzeB87LqZGrgL52PNe+69/vbcPD0gJsZur0sho2U6Jso4lsOXpg+R3P22K5fXDfG9hWSG1"
    "nN2t8G3zvD/n2nP2qCsd24voS0t8uxhi91hg/D7mOH3LmanV+QJ1zAsTZ8wsNMLtYvPkuE"
    "qH4x1siceOp3R7+SG9efLxG+fYl70x7bPw8GTvNpA79l46aGm/c7f5902oP+4J4SXKHaFb"
    "5Vn56PtbvO9wlRblOS2fk56Ui+8Lp7eLrtdduTbv9x1B09ESO8Q38zdV8Pt6vXyQtfyWNt"
    "MPq5M3ReNYJQ5m2Ca5dYs0nEp5qBnl0GgXcXDihynFqHMrjnsAsTriULvl77Q6Gb4CAqf8"
    "kH3Vq9zrNR1uvpOyW5F0VXRksWvKm8md8+PyPReaHZM+HOINwZCsgdn6ZhW7gzvMdR53Fn"
    "cBQP2TwaIjRbnVcF05Id2KchUO7k69ZQMJR5vRoi02sHxwYnFGRHhXoQ8nJiexafbX6uqD"
    "JGezeMyjkto4ejufNMKpkBIYwOelVkhHcuvAzVXd1hOm5fX3FXZV12pr0kjlIm5pksRXpB"
    "u9qUR7STkk6ufBE6yfmEvwf3sSNEQ9pJWSE6opfjSeLlujnuzD2hMk+qpaH/G0m7TqcHp5"
    "eyghQ67PLG6xSPO8dddi8+siVFaIZfbvet6avTS1lXnaKZSyTtwd2663dUfqgmFoKLveE1"
    "wp2VFTN9ShiqnWXigdtNWWGSFVNSddM20ESx0K5T687vrYs7KytmRAkqE7UeNPE5aO7F5d"
    "rpseV3WFbsAm9iJ7mCpezKSfgOxS2nw9I6YkMJc16aBaeKir8Sv4SkmLufnq1Ir2XFTlIM"
    "yVbhrqdB2+2mrDDJNp5YBiJ5qHY9CXBPQ9pRWbEykLnEDRR3Oe7h9BxGeizzCRrDjmSG2S"
    "t2vQOmtjk2dhZUX3bVNeMuygTPloE3xPOZ2HFNZHk6wF1jcAbGc9vp9THotIQaDuIBznDI"
    "yA7YLenowdBnfMa0U8RKRdDQSEC+O8/WLN5ME63n9vsY6rYk8GWM/RqiGT5R5iP9BTFjvy"
    "L3q+tivwyn5cTym24O/tKAYpo2koFLDCjxJ9C1wJtuvJhA1yQEzn6QmKsJtH58+AIgbrtU"
    "4YoEcUEnGEvXEL74iklNoFgmeJvrKgI/ZnChqKsflRie+Tx1rJ2hV2SsnL6diDNoARIZ/F"
    "HRPnwCv6ClBRSNBpyRYKUpNBEwdacZBEMkKyaYqTZ+Pd3AD8KSs2GRuLNnhB+m6dYcfw5n"
    "ftNMEWa3yvN7CTL7XKtdXl7Xzi8bN/Wr6+v6zbnvHJa8tc5L7Lb7jTiKVcN+fptD0f5tKU"
    "n403303ealy8p5WePw0L+spTrok1tRH2dnDWbBNqDILQLihPF1ts8tnIkjhCX0JT5d3+Gk"
    "yzj6Y6ng7rYY5ShlPsOc5/Iq0yi7PE7WIQ6R7WF8i8lbl2J8HQ51myGOUopRLvIoEw/mbG"
    "EeIQqRuXJzlAc70UzmGA9ON/Gigcsb3BGaVJHQjnbrsd2666yL7Mikh8yo46CoM3Qb3mik"
    "6zTwnYk39Dy5bAhCRAvg2hvBGSEmTwX/Dyyhab7phvyByPMQ/B21iaRPGoAzfYk0Rf7wJX"
    "zVBAu4AlM85MDSMYET8cLKaZPTU/esZ3gvSoaDZbLxRjmLnBum2UrSjR/iBdIjNK445NzG"
    "VaqcS27Fsyg4i2cyh2bGdAoxwr1gfewj9vCJFZwdKQvSAYWYzpumM/5KPSO8IZLyTeH9I2"
    "zo6tb5kzzaYie/6o66/+z0m0BSLOVPpI21+w5JPNF0GYWxhkWZr1+bAH/kbDbWBsNvk9bd"
    "fRdTkPxQtCgbbvP00Bm6l2kEAb0e52y4dqG9p8GSFZMYeiZZT9Y4XenyFO2/MpnI/ZJz7h"
    "cVmtZE1Z8VbQt9UIJYqISKrBISeX7S97XTzPjCk+cn7wI2BVvA+85O5jA12RCN0OwF1JPX"
    "YqxRrB6lJFDBZi2venUvFYEiblo7ew5HncNO7BzI4BQb3xKSuHn+h5wzljv1UKE2A96ZGt"
    "kDI5MVvwHoP/V6scm6k36/ZcuK5dTBYWj5Q3era3X9pN0E+Q03qvv/PteBrMjgjejOLR3/"
    "r0hz4FR6qOJfSANQk8HM0Bfkl4E+gdZyiTT5o455j6Qifw/9CVfAE3UFxBNNNybZzbgJug"
    "NxcafGcUSD/whG6aq5dcjmr5TLSZuzf8UZ9PMIZID4wEm9y6S9tyBx/XYwygByjKzI2uXC"
    "+Le6mGUzlUSISrdf7H8+F09VccqHnIwsqKhJNP/6OOinGCx8iriKT5Es8B+gHjAQtPI/M1"
    "ujuz+Y2opqKZr5iTz2fw81mddgSRCKaPe8SXt23/pHfD63e4PbuNqOdHAbN20ss2wdTmux"
    "Z2y2ryL8kWbWnTlKJWDeCPNp2Q5y3bbLZTpIKGaP46AZSQvMUOHE0wanK3EiyYq51DjpQy"
    "/8HYvl7+gHFnNz5B6BCJncKPKkl+1jY3sKpfq2BHf/9c7IZpTVnyhMU0aQuRRQF2s0UBdJ"
    "FRR+okWykmTVkcTpyoj3IarMmcqfDJxTDzqvuQg4Ygjw5hzW6o0sszagKOF8PYQzf7FKIp"
    "bNd99eqjqUsew3XW1hyEqhFlsFY6vwsdqmmluEtITOfScikXP5cOatIi/aWJbR96xoGOfg"
    "fHZI1ZFb+4ehNAqqAq3LWSZZykyRoJMgPqDgiPWN0AKHFpBwNCSD6QqY+oLk87INkkoMki"
    "LcMkJj+2YqXQGnpA+wdBmuqgBqIMiGDd6czHRAxVPI+MAK983vwQwN2G8Vp2tfVnJ/4qnx"
    "r5h27LfQnMGLyLLNCm7xm/d31YN/NZHxQ/CB9C+hT8tTnxYbSG6xI0pWQvb4kkdUvkyXlC"
    "+TgrK/SBJAr/Oxi5CV6UTPxdsuXGXOyub85ROUcHbXuDRBtTWaoBpDE2QvFtBgpNwboT/S"
    "JndAUgKT7Dqxo/OPUUTiSDgY+FJHb9D/5jWPex3EAPcP0eSc3hxrHFDnCD1xVXbTOmcJOX"
    "7o9O+6/W9N4NKPtWGnPep+/ZVedFkIer3d6vVuW+1fmkCCqkr4S3ytN3js3OErqm4ieay1"
    "Hh46rR4lxWwhgqr3Rkf3nyQBxLoJGT48fGMapi9wrH6le3/fueti8boJlMUCyQp+o7F212"
    "nd4WHBF2UEZTwq+FrnHw+9FokRR38sVViUAHHFpDHerKN8Q9CyT5ZjzLJ/5WSDlolxBoti"
    "kwU0X1iorzfrRClLcNAcenqflu+PUC1Wt1MtviIjJHlnHOkEsRjsQg92TM+ScbST1GK4Cz"
    "3cdHkqW+3hMVKR4qPI40ykHGIxxYLONsd1glqMdpFHG3elq69bpnKOkIpxLvI4O5qKbRZ0"
    "mFCMcZHHmC5Imx0vm64xjVKVQJbNW2mqmBMdcziYkc2uvAkRCvVNBvWNi9vEtOBzJhtMgr"
    "AEE/7Qjub4raC6pfomTitOkCKfII7xYrI00OtknS2IPdZs6tItsAMkuXCAwwNJXjs74gFh"
    "6cA+QNiMrqr6m71cC/dmwxijmyLbxx5bo+7j1y4xWprQUkyijhlrt63HbrsJptBUpLH21A"
    "+1sjW/XaUQi8QHfJqtBl+UTCwQ/gWS/bSPkYrDvsiHvb2Ut2TqopQl1NufaEA+Y9gTxa8D"
    "hhy3yeQBy6AU2X0ZoqkIr9gZTxFekVN4RdrOkD/EBdsVeBFmbIo8mWlTJjd6ReT5CfCzpE"
    "92IlQ6pKcSzWxG9uR9h/s4kKXG/PiI8gb+IJ9gY9zPQEP4K6FmKjT6RjeAplsI4D+hG4rT"
    "BG9z3cnXW6W5fMm/q0+gj59iACQreISrQKO/nNknJ6N8DveYzVltfqs4T3AXiRfZIwJz8g"
    "rMKWIm1aMGLOxdQWHoiy20pjGy0iko9g80PmmzwxwhEiBv1kkXPHf4yck0J5w83FyZFlqc"
    "9kzOmikrSlW6DWP/dfccwDJrP+JkYrtIbheES09Cmu7S47UvwazN25lHZLwuVMZrETe01c"
    "ootk0iaYqKqAY4D44IjdCcb9acB4lodtTsBjlwTgxgXqVuZGpF1Lnt1mO7ddc5Vl6izitU"
    "bapdbOMLFWZS60iL6vq01l5bDInMl9i60gKkLdBnAIKljjH8BIihFFhzBAyoyfoCKDJQTG"
    "Bivg7JX+gNE88vLHsbiNwgtccWSxvPGqfqGG2A8H5tsfISHfhpIh13sbSURsYiDPusvlCg"
    "VNwXDR6vnviRHfLqacTFM/zVKCULBBtan6AEUsShZV/0x1LB7NA2/tERSuEwVWQu1UCv+s"
    "uWoXJhSjHKxR7lpQolJ2dwpiM+SSh0WYzEK65cnhXdBJ0ANx1coS4pi0tnWo2lSA56Ihhl"
    "W01hEqE72aw7oXjtQXXyiIxXRUIP+mmizKtACU+vIulPBsZzW1+QxMSPyLKcL02oUJKNqt"
    "xaFEo2MUN0mxUqxBHr+ScTSHMdTw2i66BV2d3OTPCsg6U9VRXpC1Askl9QVZBJSrkr+KZp"
    "Ty0DIWBrKjJNAIGqvyGD9AjwW5i0jf6mMTQruT1WqFiKpWJZ6nhQU2KoNse9BdQ56gXmOn"
    "5PqKoZ9QOVnwe9u0mr12sCr4ex9vB02+s+/jx56n/ttb59I7FudJ6b84mtzVT4/FyUiDcv"
    "zCYrq5ygE6wyq9yJiH4qF6vME/109OCckz9ZEkxyFk5uQxjPQEMjHf+TUxDPUcdixxAeNi"
    "O9E3M8hGkcsXuHlw02ID/3S0ISnPafwIga9SzMRyqYeyRmPghe0ArJYA7N+Rfww0S//wAL"
    "+EL4UNx2iYyPMlwBVVkQDhUQjmcKTQQCUDG/qrPjIPJ4KLPSiS9K0qdOyFPoC0LKVOGnrS"
    "15Qpr9i9Q7CYtY/sVol36TbJEW62pHlIzHzqViRDonTmzbGbWgAYVg6hjlLiXdYHhKPi4w"
    "559eD8UjKpMi7LJ23fDRJD/WAfl4j2UkRoET+MwIsUj3hPTaF8MPkjyvNH6QOn3DySsyTG"
    "YQ1/oZnqTOb6pfFH+euyqvJKrpHtYhkhK4R+TtZO3rSXcqN5PsJceh0HQNZRyOSn9AKpEQ"
    "Sl8LFdI+kXxMP3d6+MIcfzWpR/PXTntEGhjo30iyttNK7T89kAd7SFUW4x/X5bxkUIvEl1"
    "vULVnO3QnI686VICxwtrLChI5F5Slup8SoFFa+2OnLGgfQl7X0UoY1NtAv+Ou2PQ2iPRQZ"
    "9Mp9hyz2JligxRQZY63dHXX/2ek3gaRYyp9IG2stfFT8ej94emwCiM+L1UK3zbH2OGp9/d"
    "oEGIDZbKwNbh87w++kH31qIgMzd8U4H1xFRlKjnhI+BVnGpIgavThDt4/DgKjB42Ir+j2z"
    "0OqQCD4+rMwyJ+gPSbXlzFxJjFJwJBk4Eg+4iYGgmS3BCIO0BNJUDoVRhZ/fNpO+4MbKpG"
    "Pf0a2Vx+Y696weFo6SwlGyWNbdVEdJdopGkfxyn8kvj+ODGpnZDGN7fOZzmdz9ZbfZ4v6o"
    "L5A1xwCTkFpkYL4LSFCjNnBwNrZvptLV2L5Cs+uxXZ/OPuMrUuPiAxZEwRsecP2tCsgxVw"
    "UWgosqIDniXhVrRZIJQlei/ckEY/v68yXEtJfnl7gf6fN10gp/zBdhWubd1UXHI26DFy6q"
    "ebqoZk3WlH+aptx0bRdc8sPFGvnhgiE/YDSedWNrJ+AwfY4Sm7Pus5pd/t7t3w3+3nR3jb"
    "H2MHgcNeneMdZGndZ9k+4gY63VHnW/d0e/Nv29ZKzdD+46vYlDQXfgCaHbRtG2f+V0+DMz"
    "rJUYWekE7kuuBXO5ZsFcJheMYk7opNiixFtAl6NayTsMTlarJDQc6dP9NN2zeSIZHbYtm4"
    "QeoRFOcaIghShIccIyeXI32AO4935Hp7UT8KIa2QJ3KD9BvIt3rD6RzD9Wkpkcd1fAfewI"
    "VRBVURaIDqk2a1kWwp+LKgyVmX+vuk5dtoSGtZLhCnOGoeY88dnojyV1wAMe5ReaY+6jol"
    "VJyIhCympgXhJATaYxIjNFg6rbmOxMwHFRBCoWBMAcGYgZjn2YpzA1XQuEvLnnbrJC3yX0"
    "XYXQd+0/ORuWwV91b7pnk90DOuESkkF4J9sWlsAVbQvxPU4rkqUV2UPBHS3dtrYf6oBYjH"
    "WRx9rhQSYmwt8oM3jfdH1CgjA/vcJ5oTmC0ELaKRRmxxCYvGqQd7/1O3eTbr8J/F1+rA36"
    "vS6Ji3FmyVjrdVrf8U98Lr/iX63bx05/1ASYT0eahe/ilYBvul7BmY1pPI7rF+mO6xcJx3"
    "USGG4vd4xkSnRyQoFMrUdnWPEQmc6ojrU7el/2ej66S7qLL7uMSjqXHSMrnaWszmUpq6+x"
    "lNWTljIXNDL4W7AESWrBExSZJ3AVCVktNmEiYWNgsAPHMYSVEdU1lpuQFmxnAwMqmS63mj"
    "AxhNcsOxXRcW03p4tsmvHm2J6qt1BVdaaPqnunyqVunwaNNyrbR3No+e6b4BVzXvIX8MNJ"
    "UfqDZGgirwhm1MfTqeICnO7BmVOU2qkDQ6pYk8SmJqJFrD8k9e2HfFBK2icnfWUw3ELlfk"
    "yVuzhhD8G3OAsoA6QBgXDdYQUsqWrWeCWfQkxQnnAllVEUKTOT8uB2c2Lg8kcp+ZOqSNnc"
    "e0RFOEQYSpPJpUTu8/EqVOvIx6qQCBUam3J+dU2UXy+YG5iuAp5iijD3gJx6cxbuvwpkJC"
    "my0yqoQgcNJ2SFpmMHUF4ojGTtB34Wn4+A4FkEz5Kya50eyML3Ihffi+w5IY6RCiJHgA+g"
    "cT+q6XA7+8YSabJ7tmSxOz10+nfd/rcmcOnHWuvhYTj4Tq1Py6WhvyKaOO/r06OTN29mm0"
    "VJm+ceyJMpI+gudfOOEgkJKbl7E4RIUtPMxr0EYenMewfJPOPNyOymvSilMOsV2awnou/S"
    "11iZo++EMXdfZ5QwO+ZmdjyO8snDnqF3Cg0Lh8opNB34yqW4BKRiH8mPcv4Z/zu7gPTvc6"
    "opQk4SFHLlcjq2P998vhnb9Ys6btOoo3qVZpgmqiFdI01J5KFJg5XYpVIO/cDNBQLDFVCo"
    "gosWTM9W1kRon3bWPjlrkULE5LQ5PB1jfRRZxq/cDlv99s+T1uNj5/6292sTTA38UfMJNE"
    "20mKqrsea2aA/u77ujUafjNyFpzhXLQmisfRsOnh4m9x18vBPR9dnQ7aW36MfaQ2s4+nXS"
    "67RHT0NMTncFzMJLlm1g2tHPnfvO5K6Fn41XxgJN8IYx1nrdr52gQ1WZofAmcvzEJJZiqZ"
    "lkMZ+gyNNhSynsIPl76GTIhLBHIKRcHikXH/maDJMAp9e+CShE9ZuIuLOP6jeSbRikaIRi"
    "oUWGgz1OJqJOGFEnLi+VQHVD6FaYMB8p/wjFGYsu1HPpcvC+tM0Ih8hKqMUp0wAv3EQbW/"
    "HjLm2ObIE+m5FAr6y2n3iY2ODrV/eC099Y+/nX22GXlE9aTQ2lIFafpQpZ7nDpjJpPIBg1"
    "HkbtVZGRPrENhhNXOsYRotLh/C5tzAnmoCIbcGZl3WTuhq2voyagtGk12npdGp6qkOjUTv"
    "+O3CXZWvAdgl/XMUYb0hw32G4T2nuMqqHri4mk6q4tPDqCa1NgxChFEowtMlhmMvhHiYTB"
    "n+ES7a3ELXjaOK0wQheZr6Uy5lbjHKUUo1zkUaZn53byqRjhkxhhjxnaYpBjpGKcizzOBl"
    "ooWy7mGKkY52KPs6Qb245zhFSMc5HHWTgBpg5ziZ0A7aW85ahHKcWoF2XUGYs9kdBa1AjY"
    "XUuxxuVT1AjYZ42AdIfPkNDh5tDeMUd7OLN4SeCOrHsa77wjRvEw6zLitJzrlr4jTg+kj9"
    "ICpKvqrviUK4lCtmoIIXO+otnWujU50NBIx/9sRvQ+6OokxSg2plmc9F0AWE76ATY8Tvqh"
    "1hyZIRz3+JspROTf6fnYrs/q9SZ1f18iw/OoZyV6yEK62XFeeMjn6SE/d2tD8joieO1L6I"
    "Ow/0QCVHPEyCi4LpVAQCMg3gixpS8ViXHupDs9BxTC6Tki6O/D6RnfwkCTt8w0JjEyMTB7"
    "HxiSMIAxJCP0R8rx6ROUYBNap/Pq/GO0Hmxf5dUb9L95zeMjEAXbUypm8qKJEgkvmqQXjd"
    "DypkNdXi1vYQL8T14KSOh6swShc6QC8GT8wycCOOpQHCwNwE6h/X3dIjlpGUoD906VS2eg"
    "BY15ikwq2kfcKXCogKVTid/N73jmheD7HoxV4PpMGFWnVI6X8bEKxvbNTaM+tuvTRoOR+f"
    "qwj+KJ5Y+kJCS7rQjmF6kkTxfk45+vJWdWX/B3ZNH7eO1LmE1AJGs4vWQNU11mCK/pAHvt"
    "S6AtyCEyzeMfEgBv8kSEwguxeCKr8EIsv6YizQtxJ5l6f9Kf46bBEP58/w0O2W/pt90s+v"
    "n51SjRF2Ai4xXJwCYSF8nVb2vPNjJN8gwsq70gRpa2LfsQ9uNiCWV0ZDLxYh7BfniF44Ib"
    "4RWueFiFq3RO4SqZigHijjNg67UvIZtbq9d5xIh6PV2OIPdi8c66ZpFsSxSoDDjH6UqI9/"
    "4ns6n8maXKltdc+Goz1AtviszaGVLB9NsLNBlozpHyPGfw6qlwBgQCT1YaCbj0nDy5d9SA"
    "pHQ6hINoaOylqsPMxTliVEJzm54DRQjvZRfei2AGKdwQizoCJ+tAkJ+6iUS9sLRNbjQMj7"
    "LJa8qhayJtSbJ+UvEaKBotDklymQGS6usTeAyXujbBC0JLknFxBSx8RUEmOCPvNcI/Vh8A"
    "1Jz617R6NkspddiHCe1VsbRXNAAwI6sapimh4H+QnJf6MrNTeIhEOIRHuKh9OIQr5sSpr5"
    "sckrXZFSN0IrdihtyKGLkgziE76lFagXw25PUly0ixCXOPKke0vcP1ZMHG85S8dYaNPqAo"
    "xj5PHluafV5oM9LZnvJqM5z0x9sMephQOBkV2clIaKyExqpUGquQ96mjXWEwbBlSs9zSTk"
    "qEdtQF2lE37QaRr6oqE0qHVnw6gKVoP300OVSglt92ow50NEfAsDWNeMtJuq1ZpK4prUtK"
    "m5BfkGouvwBFw4zbAml4IAG09IUikcckNZ376ZKhz/yt4ul2nZ6cKCmh4TyShlNPMcWnZ0"
    "lMM8S/X/Yg6jJma1lcRfz2opJfoiwG3ieysa8hCjE5N/Ou3ka8I+NasiR3ca41NKkKZWTF"
    "siLC4/K4hBqT3Qjf5+M4li4JH9NByqgTy+dHYvnEPIKmISlgDZzA2ib4t65omC8Y27WLzz"
    "Wgopn1CQxekaHCpQmgQWK0Dfx94G2ONIfRYCaRO/TD+GK8w+JLEDmcLcz7Vnl+L0zL51rt"
    "8vK6dn7ZuKlfXV/Xb879DSx5a91Odtv9RjazaliXwl/cvYAakNPjIE8gzP7kjuYwqs7WtY"
    "VKNkJYQjV8mXSyJkLaNrW/AjIxwIUeYMJybDHAITJhVCna+BYlhtfQ/40oP85g9Z1b67n8"
    "UCMu3t4l+AR+6MbzD6C/aSb1WDRs/IdifQE/THuJjFfF1I0JbXJGnCGxNIE0q0p8JOlPJ+"
    "WSo0ZcLBTLQogy7UwW/8DPHGuSCvEikr0HfQAYMEN/RWYVeD0j55HoFao2XmTkudwiQlDn"
    "AQvNmEPADX4jBQlkzPxsKzC8F2nhcCHIIh3MgYONnnXIUCSlZ4/12pcC33Xn2yHSxy4QNG"
    "2DZdtL96EK0xTDi6pU3rJTW35mucreIUlZQJU9JgFRfEQcqk8u9amZAdaAf9dpd+9bvbOL"
    "WrUW8xQMh4zHzADIUHR5QgsgsxnrFGNAjG4dZ12ubYewymwQESvr3EYIETP33PsC0OHnmE"
    "xER7MXCVNJVID3iHOMXcZs7ZI462XcYysPg0GvCZa6ro61h+HgYfDYuWsCr7exNuyMnoZ9"
    "cs1Alm1o5FrrAbf8Tq657DS+1u1P8MVvw87jYxMo2gRfJ1uoOdY631u9J4wwbu4x2bg93m"
    "vpkxwXw7h0wMXa1Hg4m1o6Y1OLbz0Jzp2fOWeRinDqpN7TxYn+zMCix8hKlxNg/6VQ/Mgc"
    "aKzwc1iWKa7AnhC5iDLJFmXiKh+yIx8iFJhnwHxpoFdFt82MXiRRKrFrszK4GIaCZLwRmC"
    "YzbjNd9meQlmD3zlsJ4PBeEwPL9dmikxOEJQA/h5S8pqQbDAblq6rDtPxkHkUM4BkhOb0d"
    "ZJ20NHi67XXAwxBL949dV73im23ozehGPey0enENooH5uSzz2Cco3fzdvxjjSln4rSbEHo"
    "JYDqrpGzabugSw571nb3FYikNyF8C9ENXpamKbWQV4NrFgBkVGtHfk+xANGqZC6FZRw2FK"
    "4eFS5FH2FLhbDHOMVIxzkcfZ17xvMdBxWjHSRR5pkeyh/GMc+J3xRnEaIsnDGpY26mWYDV"
    "omrZAbNkYjYrAYCraswYgD4xlqyp9+ZoMTm8i8QYnBzIrEJA7xTjLstkeVNbM5f5ALNo95"
    "MWYu5BS4edKWyGiJ8Bdru2Yucd2979zupFKl5wjPWw8wafdMJu8FMvxuigQt3dgPYF2vu7"
    "LitVBUZFq6tqcJdu91V1a8NN3aE1R9/ZS9BnPOK5TYvtKjgKJ73MZ4oIkcbb8xNOiHS/gD"
    "OJQm0DXww/17oms/wJliAQ0hfIcE4+gkWOYnEzhpPMFMMUzrwxd669mAyzlQSJr0pQWgtJ"
    "JURUrG/ufyRHamoiBmKnicSFh01GieYCCyiWUJOiH4Mj2mnF0ho8NUmEjgypF5J9hYdhTF"
    "QrGfJwYxd/6dyOxip+BJSg10pxbwboY3sS9mlnBz4HwCOSSd8YnIKpv5HiXSnKukMYmhc8"
    "oNQwOzCW4ORKe/L+AHpreh+oNGD/+g7l8/aNKhmaKqNDUiCFxp2PWO9/0AUU6mWLzLUjcV"
    "drrFxwVU1TV57QK60uQJvKxdN3yAyY912D7et3q9JLuSNWwk/3iRQ87WHKpIagqDSUnH12"
    "tfAme1eNUjDnBr62oexaF1tngGi5LuUhyQbOlTXLQZfGCn4reUur1rIH5Lq9x7UIgvThPf"
    "OcaKeEaakymyLGQw9ILrAptY5KKUDn90k8MOZpreAYmISuCY4CLq47D4Cm2T0DYVTB3Co2"
    "06qiokMDGmq0IiZsjNqpBFpDmHKsS0SFnbGRjbNzPpemxfw/Mp/ve6cTm269OZBAyE90EZ"
    "yWC6ckwyb3iyVMGbYs0BelWIuYmqLUhBXEt/QZpJuiMt/buyvsDD9IGlKMn78UKNUiw1ik"
    "jodmi5X3ON87xxal77Esj9eQepyXjfZdoq0tMyhUjedU4mb7NOYpeeCS9MIzLhrZ/NO9QT"
    "FSGXIuSycFvIyYV1CPlYyMdCPs4mH1O/0nTR2HM73SwVezwtl0DshgqQg53QgbOwPDq2Gx"
    "fnMyytfpYuPoA3gyQk1zzZ1MldzhRz99KpEF6LJbwWX7Q60uF8COEKn67zbWL4EnTiGF3D"
    "hQpmXzD7xdtPBLP/fncpweyXnNm/NaAm4wEgRpwKg9uP3F/L7k9JS5Kd3G/KVx0JGQCzB5"
    "/Aw1y3dKe6qKdb/Ei6Aq5h6UxZ4E8gMUvq6sMXz5vXIVBk3/CE+/rJJIYqvwW7CGpOzxVS"
    "Q8GkBuHo6hm8Gjz2rka6uauRTO6q6s8wUxbdgKIEFq8c7ImmpRurLFKvT1ACfPMWepf0ZM"
    "hiFAsohEls7yaxgInKNiZRMjEwex8YxZy4lSLRFjUZIqTCbZnfbdleyttrjdjEQmuUDnN2"
    "rVGUUmiNCq01Onrmv5MXuxK6oiwajQ3p67DEPtLxP5wapV2T1x11LHiVStlyqe2kJWrrtm"
    "Ey9UPuneo6zRA+/g0NfzH+JL8xhy3YaU30K272/i9EyQL6T70eCfEmFa3Bs6pPoeo1PaOW"
    "XigvFO1DFeDXQICYfWkguB7S0pj21DIQYtmK83koTwlsPMct23Q2xGdR7Vo4R5fOOdq0Fw"
    "uYUZ0RkAiFRmaFhqUvFSmT8BxQCLl573KzZCBZsSZzco4wZIt1Na/jpO+u8nUjQ+FraMtK"
    "Vvf2ME0xpj55bGmmfsDcJE9XrjLQLnWOh4BswJmVEf/K3bD1ddQElHasPTzd9rqPP9M60J"
    "7Wa6wRNLtO0WdDmiuvqCBFmyX9FRkT22BExqczQRGiEhzROZREDDlwbev4JbR3qXkYvXW2"
    "hf4uTitKdxRZgSe8+9IXFf5AeaCpq4qfifoUht1dLGtHXWjnyzbqjMWeyJ6et7K+YNt2GQ"
    "vIFAziwyjhUwCX9MUSUyrMorZZSgI42vi2390J7lppwEfWf2oF4Cxg9WgnZYVoaehkw90L"
    "Rg+hvsqIFTRNvLUtdq8o9GjZ8qrl91aebS+mvMFfOZHhah9o3cFS1RA6pK9+YndPtcdGTw"
    "Buy+xEitJtMtKmw8WsArJAi6mTndI1BIsCIMc0cLqDvZ3IHKMtofh0uuJSUkpe4XWeYQV5"
    "zUUYHCuK1Nkqs6lqwzQCVQaqztmQDdUIjUB1s2AfHMA7yvb3fkcnBjCvWB+ZWptL5QSObT"
    "sCG7jTlRTYyE5YpEDYr6ptzoc032mFwVeHb/Ox1DNCwcVGV7oyWix1i9QOdFOuEgdEXUM0"
    "HQ36OEVzPKyA9tgEELfBg4HcC042VmuumECRSUk+Db0iA+A3VEkb602RGJ6O+Txyz9Gv6W"
    "Zn5hmwpb35uEx/xN58xWNuvkq3Nnu+MOlCgHONyH8aQwhIPXrjZKUppiOSjQjDVEZz5E5x"
    "D/s7wHpIfkZGR7MMZlXb8G2+A0ylFHwnGMmoQFzmaC+AJFZrNMZ2oz5rAMdV0TkyFMsEJu"
    "YAJPQFnDk8VtW9UMVHzOwDWMAXRCrOLukaIHVm8aTBp4x7WjHyu+X76A2KLadD8hfuMqHf"
    "+i3KV1IxW3j156r0EpqQ/R1x2zguH9lj+Tj6Qs9p+TqD03Kwk/DywAFFCQNQ9l83zoErm8"
    "YpQiM8SZJbAjn1MkxZt3kJ52vjiie5zlV6cp0rvlISazIXlaeURHwr4NsL1m0GyRiRzGJa"
    "acWzExHHMjkFC996oeIQKg7hcS1GfUuPa2Gf3dcOKuyz+dhnj6WFpU7FTAWs527MpXv1G3"
    "NkSnFaN8ECyQoEZ7JtUM/LiUlsc0Tx6fDOH4BuALJF4SfEW9GajX8skURUn14bsg0zC0ce"
    "/oE8GVIitmQT/S50qfnqUgnk/Ki6rYWlMM5Gi0Qzh04084I/jQ3w5lwDHm2Rsa587951Bk"
    "1A0pfrY631dNfFv4hRjPwajrrtXodkF7AUjNZYuxu0n+47fZKXQJdsL1Dh+AkHggMiw7YS"
    "JRJcJtO3Ep/SWRM5RIhKp0M8SCKHqS5nSmbltS8BunlnshKqp/SJfppKCKF6eo+jzqN6Eg"
    "EX+2IK1qiehAd7Lh7sIj57q/hsy0KL5a7B2X+zlT9bTk+lBUoEsotA9iMEsgeQ/o4XWTqY"
    "Xhp3vsVaolm3lRXB39ZTrQnhjZ/bqjAJHz2bzQsPyACOuQVATfZV/xIyLGVGw30wxwzOoK"
    "o66nviTW3a+BJmAxXSSRVgPCzl2dZtE8wM8jfxvQ5yDSQtDDk9c4Mzt2uEEVkKjpqlwBvz"
    "yYK1SyvP6TJAjLI0lofPtdrl5XXt/LJxU7+6vq7fnPugJ2+tQ/+2+40MQDUs2DFSaLpriq"
    "WW/arqMK2iboQsBv6M0J0a/Os8vAdPt70OeBh22t3Hrpsw2Rei6U1qpPQdv4edVi+Gs7dN"
    "ZcQ5SiZw3ohzwfKeFJOFOUHFUVJfqELTmkwRtJgjvWZNxQnFqtq4qoRuNv3YFrpZoZvdzA"
    "PH01tmQzVCI1AVKYaEC2uxdEDV3VIMBR6hOwJburS3cWAjO6HI3VQQy9chna4HxnPP1XE+"
    "IsvC/zF1pqxmVS7FKcnybYZJeLSmH0nhSPNNsaQ5Mr+AJTLwtIQqMKD2QpydFRPosxmwNT"
    "JhAdQArSEJLNvQiBM1SFGM7qnbPadmEnrOXZ2p55jxdseQoedcV0Q9TppjEXX/yslXURdy"
    "63uSW0W1b1Htuxhjwct8pRQaYXNeO3FT1PTOYJ88kzwHv+R5AWzmk0akPjb9hVkYQkbSUE"
    "LX4vsF/MAjZNLCKD/AXFdlGjYGNfMNcz1V8DZXpLmbfBI/+xXR2yYyyAVbg+YLkpM8VD6P"
    "FPxVsfirJTTNyQIaLxmwjdDkp/1pnErkmr9SkpimV9aNEBWjtG6pqkoLhvY9MrQFMRmc/B"
    "GyJ7Y2TVubkbPdXld7Ejwth6Z2v2yt5/6dwt2GvMM5mdwJDJHstVxSIttBxF4QICdyHuSr"
    "ppN0g2EsSM964LUXxkOWayFmsBFjmq5VdwZEOSo6j+NxtUc9pyvBZuHUQyTF4NPJY0vDp4"
    "sQ5vRt5jT5dJ4Q5oLw6cceYOHaU1BUhWuPcO0pLrBZBcbcPFDi8bIMAZMRUsshZMIowUZ7"
    "yhBhsdRAMjgb2/WZVHfqodBEfKS+yUd7Se7c3DT8OzQIFsxwA1L9y5m6X4BMfmDeK4iYI1"
    "143iQ/mSS+bqYYC8gO4Dvea3AXaAly+SfLtOCFZtl0RIKlLATtXAXt08rZViGz2l5mlE0q"
    "w87fnrrDzl0TGO6CGWv3rV86Tw9NEOrx6JnZRDGSUhYjKRzKIrPmiWXWlPFRm12BEVCJ+M"
    "ni2BSTyoqADdrmFA6oczyHl0iTXTfYLAfxQ6d/1+1/awKXniRJ7XealP/c6gjmW2trllpi"
    "peE32WapBWRirRV5rdGBylrjKUJUgjSiORR6cgXGbWoCJSlFVSBRFUjYNZzFcYxA8JIvpe"
    "MYi0oOqrAV7QtVYSvK31aUf7RywbaD3YOV8RuA/lOvd2wj3IkCm26DC4A9ohGOpGFNs765"
    "KVo5zG5+Zlg+q1vbT0y5UFRVMRFGUTZJbLZryaq64UVOOktdgirAnTdp8NAUmoiEIJFa8+"
    "oKmPbCpM0sfalIYAFNCxmrpIktp2fy5cgkL4fBSlrSItsbeVoFN/nN+asaXqXCvJarec2d"
    "2knxLEXRAFmVSiIy2eme0SwEiUwVYxy9Ocs5E73mgl1kKQlEVtcjZ3UVmdsOMa+Fe+chUB"
    "Ui+75QFSK7cO8sLrAic9t7y9w2IvJmhSGvOzeqXMK65bfdKKgPNASQZhkrIvwSQdh9M1fw"
    "teAfuqYvVtRt9aIOx/Y1ROfe3zefpasqwNeuzhv413SKrzWmDfL3jVQnd5x29ctZDf+ond"
    "cajOrZx3kFkY6kWPI3/T8Ba7ql32u/HyP/caE9uC+lwTA9r3GjNFj25tMVJPfGdivmBG+m"
    "yitjoq4N0I3Q5Rij603ik43RFa4T6XO7XK4TO6UZ2R/79VVxvCUZDJh3ay0LZtpLZLwqJi"
    "nzMwsRbOTDWmBp6LiTBZjptiYDaNGwH914/kJy1ComMJDk1fqaG7r9PAeWIr0gywRnpCUx"
    "cxiE9AO1W0iqbuKm0xWAmPKjNEfSS5L1yu2pPPk8goR+rqOssIDkyoGJ4IBDu1qG3yyB8w"
    "j9kTKBY2QlcGtdd1i55e7TU0v4Z1Vv0P/mNY/nm4gCj14VGWmsgK30ZB9hmmJk+yhVVr4T"
    "DKXQl0jLCH9l8NDpNwGhHGsYmkcS2uickmPtrvt4332kl2TFXCheFp/jx1YYiLwxxtvWsk"
    "iOcTIhQTIkyJkKn58z53iKEoqE9hmESMqfZrOVhUmEyzArjpTIANkwjdAIUJOgitDRMoez"
    "6VMnJ3rGKgtRKrFs0nWE09XENrPiyyYWMAtV7DvdphzZZJtRDhOKo6jIY6xo5hJR3UK2zT"
    "JBJ7zIGBvl0SsplQDPNV55wSRMQpzZz6kb6ezEgOb1dUos24i/0xBvJ8Nue1SJT+I9wLtr"
    "HaoTATilElWAbLotM3TwElsZy/Xfpfv6yxCpMMUGEDVRtklXJcI7qc3ZD05D0lWZcMrBMu"
    "7MrXTzuD/3+Gzkkt+cw0LuWZSJJ2DjUiY+gJdX1x+IuZm4Dbr7nG6YnoqdpMZ0dNJIroI3"
    "xZoDCEh2mE+gTwuWIVmxWBXRDvws4XtYNMu3UGfunQ/GAgt5vwSi6f4EAUUJHQr2b6Rj58"
    "ZKdyMoUVqsvP0H6FGwtY6RSSy2DIaOMUAqqzs4g7QE8zy6hdR5tpB6+hZST+Z+c1HbQt0X"
    "oRRK3UIr/GRkQUVNDnG681NAUQzXp1IVOnIdg7OdIlEioSncrCkM+V/vqMcKuX6fGMS8Kq"
    "zo7CpSQGREV5Oud/B1OXx6B8NvzhUh6XrBS1Sv5Di8OzXSXdyaQLFMoMjEY56oBxzh8CcT"
    "OCnpyZ0zNzs9mVpgHFLKjispMZF5PFRoIoQmovRihaOU24LJjRAKHrfQPK5gqgRTJZgqTq"
    "YqZPdmsFRRqzgfQxU1y3PFO6pQw7srCCgJd2PqCxp/aDqsjqQvFoplIUTYGntqGQiBM8Ls"
    "GFCT9QWQMeBOmOLS0GVbUvCrgZmB7/wwEZJ/MFirXJ/ME/foP8mdKLRYl4h9FMXV9ri3Vd"
    "qD753hqImn9SsyrLH2+NBpd1u9JiBLQIHqWBu2+neD+6Y7v8fa4PaxM8RETeA5IceX0nHM"
    "HiJM9dBhqqaEGd9JZj+2OJlgpxiyiHv2TFjua+nZZqNUOyadLZi0twY+Rs5ZcrYmkVuXH9"
    "WjKJFknHNmVBOSWrMTU/mTse+m4x6lKhH8+wujg8Yz1dww/NnSbTNRqmLYZ0oVmi4iikRE"
    "UWHPxJNTzMXFW951FCMT3CTrAEFwkdFYEFCIPWmjttOfhHvQd76TYIj4uuUINiFzcg8AB2"
    "rLkdvhac1lXoRDS3iHeBNXOb2fSIoSzeeDBlHEpuha3bs3ifn0794a4tG8h1XbY/v6unE5"
    "thvXqD62r9AF/vv6kh0TwU0nvAqKpd0+bm7lY7MIMX00n0J6nUY66UYrJBkhyQhJRjDeJ8"
    "B48/CGgWF8R/YwU3z9ibDjkS3BqXyzI0qE0ytdjaCD8tEDzyLN4KAHIWs1H+8ctm/z8M9+"
    "TRGMJa1AUsN/T+UZ/veqfgMU7ZVE+jpZsP1V+QX/+DvCPJcFiF4YSCpUFo7jroEk3ZCdmG"
    "EnuJh0gEllxGLD83684OYFN1+Y7ebQEXGldwTqP7Qnd52Hp9GvmHwpYcKlba3GWvvhod2e"
    "3HdIUtUmkJZLSZo4p9tYe3i67XXbk2HnoQmW9lRVpImBlvGtiUv8qvNIX/V04aseHzCMV6"
    "Ygc6996aJDDyLZOmfBhJwFWUCOkZWuRtNFgwfquKwaQrqRmMaZDc37ti6X4MwM4JzSBM7Z"
    "9TFhOpHEsMjKGMfPMJPjTIhEeM1ExnkfXjOiOJoojiY2OqF1LjqbILTOhdI6H1JNGFKsMh"
    "SFUbUrv5l9EhSG59EWOq2doDJC3gRvc73qhIq9zRVpDrAIDg1rgTSLZBu8RtIV/fea1jVG"
    "kFQ0vpHO3eLFVVpoj+jpyNjgcxVAiRbcwdeghX9YJpjpBpgrC5by8MhvwxMP5wk2IgROqB"
    "VzA/fAasVgUWWBOEpVQqD3X+tatq1VJojd9jmqA/EGWrs4d6w1eakG9x2EeXx11bHn8cl7"
    "chduZzgsb38sJ+Oiwbyrl/GRM1fcKSbJt20bqGshpgdtrMVa1l72204UrzFXQjDSGrO+JF"
    "8EWNim5ZjFzDk4g+B3Gx/ayPiJ5IZ4tlVoOK0xF4wJ0Cs+zX8yXcZZx3PNI0UyZsAxz6xY"
    "wIQKwwE3x+cy2PTfvJoQvpUTGYouT17QyuHUU2p5k/p0GDfBzBcknwUb11MwXW/J/FzxMD"
    "9X6czPVYL5Cc38DBBHqUoI9P6ZeZHq49D2fXosZExGEaZ5z6ko3JMtA3IBxY64FW2mZszh"
    "cXql3/HIZRTVK3dPnSbAdK771OPPpM67z3PFubvjiPFTXWacYeklJLz2JXCeWmciPEQJCf"
    "SqyEgjuXj1F8TYNdIPtSTlVvAXbK+NTu3LGsfUvqylTm1yK8akeSttC/t4nFZ4AhXZQB6M"
    "1lYJW9LIhZZSuJy80xUlStgeVBUtiqtm0EPvUFw1Hz30Lwq7MEWsRZVTD+1p4nhcS0hb4s"
    "pB9bw0fotUhMAyBzBsFX2hfhnU2fSjotHGJoAGvqm/mcDSdXDm7spA18BMMUwaG8ZMmXzA"
    "J4nwsmKpjrPGepQ2yGP/imPhYnNAcMlGtK1OyaMtMtCVvz21hqPOsPdr0zP1qaux1vne6Y"
    "+ajn2vGEolGa4Yyr3UfdlrLjhHhsAlgipyDqqwl/KWEm6UsoQSbgWzcPJAU1cVPxHGiUq8"
    "fn6KhLiQvyDxiE8kGffSMk1kmtTXkyFMMFqtFShMt/0ERgm4nFtMpM4+BoSE79c935Ppiv"
    "6NpbLA9XuJWX3iXAJkJFE3ecLlKxbxSTGQZRsaqZMy01VVf/PyUmjojQgHKZXv8n4BHq/0"
    "QA4lryH803OXS07QarhEfnbMLIzeQ6d/1+1/awKXfqy1B/2v3eE9sSBi1LEAvUDyWBt2Rk"
    "/DPrnozPKiWBUx8yHpi6WqQJa7+ya+JUKaI+tyHN3wHlkXTbeySZdu+xIYcxOeMpyuMmt9"
    "ZRjOMo4hNglyesx5mEYEnUdm+j6Czk17SsMPt2HY47QlZNlPl0VPGqWC4drKzJtGLtQOjK"
    "PEwNsWettqVcVIhetEkdeUP1hbLakUauE4kbagJllZtBhZ6Ti1OhejVl/Dp9UZOctc+Zx/"
    "IocoxHHAKqAu/EF2xlP4g+TkDxLfCvYArad99QIKSwptaBsslK9NBP41yvHN8Z6+WjxbtK"
    "c0R9ILkZvdiMqZp4J2/GIiaVLG9s10ivDfswaiKVMukUzyM9fP/YzN+D6587lxWcfXri8T"
    "d+q1ywa5BvG/N1eXlP4zclOusFXmxXvFtBhS38OJOo7EQ0eFTj1PnXp4OLbRqofpC+070R"
    "7c33dHo06nGaREH2vfOv3OsNWb3A5b/fbPTeC8rDqZGvhr52PNu+79/jYcPD3gZoZub5X9"
    "eP8Rksd11jo2WybctU4X3PBrZcA4RiYkYh6JeKmbChvo9KiYEEl+Mtx5oc9R4ZaVq20zg4"
    "NOMDKB18iORXnYHjcntomnSX4HLc7zHU93DfNXRotMdcVaVRgyW7JRdZ3g9uo1d9aP136T"
    "9JYOVDaXH8z+GpZJTBrC6SdXAUVkADl0BpClClkeDWvy2HgEpeO9DoJvsHUkMN7gnhAmFL"
    "4JhbajIk3eZohDZGKACz3Ac91mVXm8Q5KygCp7dH2a+Ng6RJ9c4nKN7F2n3b1v9c6uqnGm"
    "PqwlYGcV2MoJgU0szI4ie8N73auEtV5Y64tiUt4he0PYeYoUqN1Rn+MrHIa0txJhno8yx4"
    "VtnSonQJZHkWMErbmM8G7lEmhRy7anBmoCE687JANFCyoYEysXOCOJj2XZCfgiV6G8ULQP"
    "VUD5MicFsh9MwzaqH/6RTCN5WMXl1poRZvKjhp7R8Z4o2jZifIxWOEQXmXc6rpx3OgO7lZ"
    "jn7XzbCCAxWrGKiryKgtHaTqRPIReBBUmZ3uMVsiEcoxJiHwNZh/PKhmuERqC6WZgOs7o7"
    "StRMi/KJoc0rVsfWL7tAT3Iy7wHloGBmSaGNLOFCucG3nMqacKqoKU4VsRbVdYI4Pu6XE5"
    "gk2Jx2kmRTMW0s5I7tz3WExvaNXLv0U698An30ioVmJCs036MBHATlJoBY+DUMp3oWycji"
    "ZmGhegCw1PGY4AEEtBQRIwdlbo8VCSkLJn3b03/j0Usim+6jECIRfiB8fgoLBEn+2Swoh0"
    "hKiPL+i8AaGC+WE256vY2AohQAr5NxD1Fzw933zaziZ4TqQFLn6e3QYfdnchBvJ9wzaYWo"
    "tBblzBZdFqnQngiPiHeqj9TQMyRRF5PsqSFYpGK3EjkihNdJgXU4mXJERFb4HjDuu/2VPF"
    "kEa2PcwccHf+qCvuuObj4dr58SQX9QB5+2YkikWHiFoU/071U3ahKlcFOO0jVju3EukdwS"
    "F1P87+fzC4iv1GAdmCThs6W7Rc5/MoFpTy0DIVZVmu06Efq9Yun3RIxXJEUEX46IdUkiTr"
    "DMa4mUTkI5IiT3wk74U5PchVQppMqiSDz7imVA+BV3lHI8xnzo9FYi0HORdTzY1og8IWQ5"
    "JZ+JESLhkIBINSXg0jTB21wnSfve5oo0p2n76G0IvN6dYjdvc6SxBKGd+mLGIPhf5cx4jx"
    "0RcQjHTtcnTsP9MZHZGXTBlm/Kcw5ljFDWzHkxstJlFjmIL8l21RmgkHxOQvKJHcC8vitR"
    "KrFHbZaBwprrHQWhsL78xEDmFYJiE6xQDtJ3trUaQsv5zARnH7q7mamXceOJEbTmilAmw2"
    "38ZIJnA59mhAOHYGzfzGbn+N/zKwmz4UvdsIhDshtYjJuQKGHCopPIYc2JF/YuO1Utq07Y"
    "MILSnB2knMtTmTKC07M7E+hrTIScUAQ5IToW/Pgm6MT5weJxKUrpadPXYXsKydK39krnck"
    "rPUEeU7mhsjDenpveJiwx15dtgcNcEz7ouj7Wvre6w9+vEuTSDiqGuJs6d1vfOsPWtg/fw"
    "V/zSz2isPQwGwyZY6roRPxO4hqrGM1S19KGqpaXwEuaYUgslkROf91AJ04gDZbNA4gC2B3"
    "GEcrx+ZycGMq9AEplexRNHHPjTxBF/cLjEkaA1h3nBRHhntaCxwqLBCkHjI9LkiGDg/V1H"
    "0mdXSAAzLBDMFZPIBiwzw176TK0L5Awh6VeID0cVH+gQ8MPqNRd7u8gikS+qWc0MMbIiSw"
    "aFMTTgx1lu8Qte98EQSSkgztuDUBS1fzcClbDoH1SUEv5tufu3UZvJju5tUVNNSeA+qGdb"
    "EPbEEDUjMVEbJE0UacsVyFOfTj+TnDwXn0l5WXju/A3wg1RFoiMdNjnBZ4yJaQHop+6p0r"
    "/crLmKZbomKHbAzyEfJgKDiiWHisNxz4Yrmk2GsTdvSkDDym4rWHkuVt6Cls1AnM+GFVDn"
    "6BG3RJrsnrxZLFkPnf5dt/+tCVz6sdZ6eBgOvnfummR3NvRXJI+1YeevnfaIXDMQydCF5K"
    "3sV3s3Nc4UdduYLRap2H4Y248DVHaRNkwnxNlCi7Mub7XdQmITi7RFyZXkIZV9LUUpRRb1"
    "Ii8mTbcY2u10Xs1rXwLv+bzZNE86zL5hhajEob9ZIedBtgetXDLZ8YlBzauXi02zQvk4kC"
    "RH6T4OobvVjZqnbO4NWKAge63peRkQv2cNkFxEP5lAf8MTAZyN7brUqDuJoj9UnVpN6BWf"
    "f8S12dJfkGZG00azVE6HexBPCfJQciXPq1ron/LSPxX/AC6RpoRIeQxFyV8fB/10sZBZdk"
    "mRLPAfoCrmwc7fyv/MbM3JJz+1FdVS8Pomz/vfI/BDBKD1gxHHPcaqkg7ig+HsddvFEDBI"
    "BWfE1Ma6QGUPlo0RloDhP7gXi/BPfw8ic/b8viKtbyb5bU85UoeY4cfvrTiyW8kzpe6SIP"
    "Xwsturgt4qqbIbvVvlkN38hhtlt5EfZPoTEaoIoRO16gpYWJq6vm5cOtLUX4hf+bn740MT"
    "QElCSxKdauDmlm24FXgJMTFUbhLncn62kPAKsJtV10h4x4lnKpjO/BDWCbaOL52nDdOUQn"
    "w+tMH6NGoJlcZA4JwVWwrESVLBajIFYheozH5fDEqxMYucuUIIFkKwEIJzWTgnKwRHqrUw"
    "xOB4NZcNgnCimAxf5ii/Dq+KgKlYdsSRHWM7U55tg94l0ujFbGx/vm7UxnYDnZPyF5f1Oj"
    "s31J76FY7xxRJbj10x47jgHr5eRvjNEiinS1gxMiFmbVE7Y0JL2zMm962uqwhqKRtHmC6G"
    "+xQTHgp4b97nC/3tYNCLQH/bjWP7dH/bGZ5d0HHAjRTnsBUiwTsSCRIMLE/4pqeH2zGAs7"
    "S+eQcN4mQIBAyOlC02bOBL+dnRluPc5phFiFNLE7wZJKOARiImCd9ILv5E8/lUqQOc7NyA"
    "lpdSVMec5xSp+hvuCZw5NY2AjJt+YDjYHfxxPEYY6scX0h65gVe43W+hICwZd0M2NGGlyZ"
    "fdTU+1uTmE7hQSblbunka/NgFJ8jXWRq3HX/DwQfNlrD0MB7e9zn2TOKHiN1rEV89xTA/H"
    "lj6OrVw6vPzhbEeECcgCc5SqlFhzQb0G6TjQWG6QbajS/HrZRY4IaY5Sh3/lZMUO/yRlCh"
    "0p0nWIZp24cXp2njWYE+khLrJBGleQZWcIkZRAKXFoX1EvcmNioN9txUCZ0nwziUsH+iXX"
    "qXe55tS7TJ56+LtIChfdmLwgxm6cjnmCsHR473+Sm7pt4FlKIcoAdYysdEBf8s3rNdM6BW"
    "iWYHirPKfKhhGyEjkzfK7VLi+va+eXjZv61fV1/ebclxaTt9aJjbfdb4SviIxDktE4wfwr"
    "+hJpGSd7ZfDQ6TcBoSQpVh4GQzfFCg0UIQUE2u3OA73mOLE6qVhGT8O+0454sxYlFYunWN"
    "4qhwSbuETrRzgDCc1/FmcgeylvOcxRSjHMhR5moiTPtlOGKITPF2N/jJsEOGGNkwlsN/vT"
    "eaHae/Wn6x0w/rsA/nSh5ZviT8eczHuA+b1kQ44t5F1yIlM+fEeTejSXSklAZ/j/7wUmLx"
    "qxLDDl53VAt82NXgfe5rrB68Db2PmcYPFao1GZ4QdR6z8tIUSs/KTSzBfw4xUZxEflB3g2"
    "9DcTvM3xKJPISzcvD3EDkHTSCEhzqD0jk+0ce+DniTpHRWA7qkDUOcqDXXbXSAY4QxT5IX"
    "pxInAKJZhQghWCFymFdkQowd7FMIt6EQdV0wj1QRb1wT4UB0S62FEeLnWQadTUi6chtGyD"
    "lUUyC2KPXj9lAuqQCoQAMIbeIILmBnWBGWnLE6lAlXRYiMffgQ8FFcnPaIE0mseJJG0a21"
    "doNiX/NhofSIgBEepduYP8dMsS4w6I2M8MTtj/E5h6gZA6N1L91ROShKLgmIoCUcR3fyiL"
    "Ir5H8PYjnHam5Mo+gUiuHJF+9pFc+URUZSe0kxDGYbtqyWFCId0XWroXLi7CDePoglQ1sx"
    "vGcdIajaD6UmGIY/R6daMkZnnNuAoAXyPYwOKQdH4zthuXMqnJe/G5Bgwk6YbcBG9zHZAO"
    "kewkzMW/abz321yR5k5c99t8VQVQk2nA90xXVf3to70E0CREM91g1wLO6bki+1GxpDE6pg"
    "zD7ZoAZJ9CSAsc0gKFK1uEt08hAOYA+DSS9x6JLz1IcSG6tU/sZRbMI0QliHTLG3Tn7J2w"
    "Jnp6lHeEaMcw7xOa9aw474K4gBQNReEDUoQJe3LqA+EccFDlgXAOyMc54JBKg5ZhKc7KTO"
    "gNvFvVdaoD30I6gaHmXCqExnXjApzpBoBgiXfVBe6xil+PWHrA+QcnOxzG36a2V1cdXgWK"
    "FlzEIj9K0RPss3Om9dZr5+5biiVMtsdWEvjDwA9tmERs+QxOyVkyGRANCASeDDzxdyI1i5"
    "rFJyiFEiCWeaXGk3mllp55pRbXsswRlPHzM9m9wzTC9L1307eF/mBIWekqGK99KeZ73voX"
    "jyvJJvbEqMTGvVn2CbN/OwpAd6GuTgxkXuEnNsEiElC79dhu3XWOJQD56DMkoPDI8IhA4U"
    "nBF/8achslNUWfbcdT+RNoAQ29AXup6lD2ireY+O0ATawLTHuJKRHu0SnrYhsGlVk0xI57"
    "PdBzhJm0WBJQ8dI0l61KjC5N0kSiNZVOI1QlMCvF88HxJYRblxGOkabZtLOhHFAIhHkQVt"
    "FrRlHUIygdvgdIKDybIVqdKHPO6yTle858XfRknonzrTK2ry+n52P75uZKInro88/43/rV"
    "TcaZXGk/DYed/qgJ0jok6Ty/dx9JNs+xXZdntbF9NUMIN5zCGs0J2mn1wnfr6PMMk04btT"
    "iPyLNGbjiWyE3qCrmJL5BXxXMX3XZwoz3kuCdhJC8aeCjqs/PzrKP68HTb67bpmPh9jDXM"
    "2XWG/VbPuX5TH9ufz9FNEUbpNOIWTiXFh5vhOWv4U4ysdMdvrV7nYdXr9XRWndxjYj2H5n"
    "wLrD2y0mHduOKAunGVijS5FQX6DRpaVp17mEbo3Peuc3f0OdQXLMPWHaMSyYMYGWJz9ija"
    "DOfpqa+EGx4P1PgD5YGmrip+2otTcMtzZ6PIzPSuRp3hjJlM1eJZEqiDcqY9lEUqDqeNJs"
    "oIbPnaKQsGNK+ZkjXRIrZK/CKg/9Tr8aVycj0id62rHPhVnthudpTMRF8RkklPFYY9179X"
    "XWfPnerWZBZuudGSO7blm0sZ/ytdyX8J/UCAmFw1BKBmviGj6sSkQnyNkkIVODFeSZvtXn"
    "oU1tliWWfx44h2jK535gm4pppjkjQ/jfapKibwF5psf+B0oMM0pfBAixu6+Cxd60xdCVuX"
    "sxclUU738QsoSqBfy9vHb47U5cxmWG7X1i4OUeVYtvg4dsQ9Vi1OC9tO30GOEbadm5n8AL"
    "uHpFj0WMukP44QCQXy/hXImaOPRdZ5oTjODc3TUhznivRpahDT9MYJ9dZxnMSfNIdjRfLf"
    "PPmAoV5gtKpuUjTYPs0kLHrwRNB67alnNu4LECI8EZAMSCwrKWhE7vju6R+n0EQAygsFk+"
    "jAKb3Fip7dX8dCA1EsDYSQiPPhafF3Gil+bakgG3m7seUjM1yc8/our3Ve5s6n9S4Fs/3r"
    "zvDjZoqMXINQzHKk6jAtB1GELIbzjNAdCunzT+cHgnqdw/Lg6bbXAQ/DTrv72HXlMJ9noj"
    "ejCoZhp9VLIn0CWuESTW0h2wrZtsBoYoFJV18RA8+1+t0w2cEUvAlc/Xl7sgpeoUoQqoRc"
    "E24hQ5HmFVa+LedOdZ3KAAZtNmkI0sdZSOXFkspTg2zSOb/0KJsyyOQHiQchiyoDwm7zEq"
    "J7kGBi/ESLmQ5ljQ0vIMnfgnccw/TebHVHPcz++/8BSIc4Lw=="
)
