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
        CREATE TABLE IF NOT EXISTS "dues_fund_entry" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "year" INT NOT NULL,
    "kind" VARCHAR(10) NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "on" DATE NOT NULL,
    "purpose" VARCHAR(200) NOT NULL,
    "decision" VARCHAR(200) NOT NULL,
    "corrects_id" INT,
    "created_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_dues_fund_e_org_id_58986c" ON "dues_fund_entry" ("org_id", "year");
COMMENT ON COLUMN "dues_fund_entry"."kind" IS 'REMIT: remit\nALLOCATE: allocate\nUSE: use';
COMMENT ON TABLE "dues_fund_entry" IS 'One 上缴, 下拨 or 使用 of an org''s dues in a year (第二十条: use and allocation are decided collectively).';
        CREATE TABLE IF NOT EXISTS "dues_payment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "year" INT NOT NULL,
    "month" INT NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "due" DECIMAL(12,2) NOT NULL,
    "channel" VARCHAR(10) NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "receipt_no" VARCHAR(32) NOT NULL UNIQUE,
    "paid_on" DATE NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "reverses_id" INT,
    "recorded_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_dues_paymen_reverse_0d083f" ON "dues_payment" ("reverses_id");
CREATE INDEX IF NOT EXISTS "idx_dues_paymen_member__f8b63a" ON "dues_payment" ("member_id", "year", "month");
CREATE INDEX IF NOT EXISTS "idx_dues_paymen_org_id_9a4f26" ON "dues_payment" ("org_id", "year");
COMMENT ON COLUMN "dues_payment"."channel" IS 'MANUAL: manual\nWECHAT: wechat';
COMMENT ON TABLE "dues_payment" IS 'One month''s dues paid by one member; a reversal (``reverses``) has a negative amount and undoes one payment.';
        CREATE TABLE IF NOT EXISTS "dues_profile" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "year" INT NOT NULL,
    "from_month" INT NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "base" DECIMAL(12,2),
    "rate" DECIMAL(6,4),
    "standard_amount" DECIMAL(12,2) NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "hardship" VARCHAR(10) NOT NULL,
    "approval_ref" VARCHAR(100) NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_dues_profil_member__699d71" ON "dues_profile" ("member_id", "year");
COMMENT ON COLUMN "dues_profile"."kind" IS 'SALARIED: salaried\nANNUAL_SALARY: annual_salary\nSELF_EMPLOYED: self_employed\nRETIRED: retired\nFARMER: farmer\nSTUDENT: student\nUNEMPLOYED: unemployed\nRELIEF: relief';
COMMENT ON COLUMN "dues_profile"."hardship" IS 'NONE: none\nREDUCED: reduced\nEXEMPT: exempt';
COMMENT ON TABLE "dues_profile" IS 'The amount a member owes each month from (year, from_month) on, until a later profile of the same year.';
        CREATE TABLE IF NOT EXISTS "mobility_record" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "destination" VARCHAR(100) NOT NULL,
    "since" DATE NOT NULL,
    "contact" VARCHAR(50) NOT NULL,
    "certificate_no" VARCHAR(40) NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "returned_on" DATE,
    "last_contact_on" DATE NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "home_org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    "receiving_org_id" INT REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_mobility_re_home_or_c8e640" ON "mobility_record" ("home_org_id", "status");
CREATE INDEX IF NOT EXISTS "idx_mobility_re_receivi_7802e1" ON "mobility_record" ("receiving_org_id", "status");
CREATE INDEX IF NOT EXISTS "idx_mobility_re_member__63585d" ON "mobility_record" ("member_id", "status");
COMMENT ON COLUMN "mobility_record"."status" IS 'AWAY: away\nRETURNED: returned';
COMMENT ON TABLE "mobility_record" IS 'A member of ``home_org`` working elsewhere since ``since``. The home branch keeps the record (组织关系一方隶属);';
        CREATE TABLE IF NOT EXISTS "mobility_contact" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "on" DATE NOT NULL,
    "channel" VARCHAR(10) NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "recorded_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "record_id" INT NOT NULL REFERENCES "mobility_record" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "mobility_contact"."channel" IS 'PHONE: phone\nWECHAT: wechat\nVISIT: visit\nSELF: self\nACTIVITY: activity';
COMMENT ON TABLE "mobility_contact" IS 'One contact with a 流动党员 (党员教育管理工作条例 第三十二条: keep in regular touch).';
        CREATE TABLE IF NOT EXISTS "election" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(100) NOT NULL,
    "seats" INT NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "expected" INT NOT NULL,
    "present" INT NOT NULL,
    "result" JSONB NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "opened_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "election"."status" IS 'DRAFT: draft\nOPEN: open\nCLOSED: closed';
        CREATE TABLE IF NOT EXISTS "election_ballot" (
    "id" UUID NOT NULL PRIMARY KEY,
    "choices" JSONB NOT NULL,
    "election_id" INT NOT NULL REFERENCES "election" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "election_ballot" IS 'One secret ballot: the candidate ids chosen (an empty list is a blank ballot).';
        CREATE TABLE IF NOT EXISTS "election_candidate" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "post" VARCHAR(20) NOT NULL,
    "votes" INT NOT NULL,
    "election_id" INT NOT NULL REFERENCES "election" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_election_ca_electio_224138" UNIQUE ("election_id", "member_id")
);
        CREATE TABLE IF NOT EXISTS "election_term" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "started_on" DATE NOT NULL,
    "years" INT NOT NULL,
    "ends_on" DATE NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "election_id" INT,
    "note" VARCHAR(200) NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_election_te_org_id_73bf5c" ON "election_term" ("org_id", "status");
COMMENT ON COLUMN "election_term"."status" IS 'CURRENT: current\nENDED: ended';
COMMENT ON TABLE "election_term" IS 'One term of an org''s committee (or of a branch without a committee: its secretary).';
        CREATE TABLE IF NOT EXISTS "election_voter" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "is_present" BOOL NOT NULL,
    "has_voted" BOOL NOT NULL,
    "election_id" INT NOT NULL REFERENCES "election" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_election_vo_electio_553d94" UNIQUE ("election_id", "member_id")
);
COMMENT ON TABLE "election_voter" IS 'A voter on the roll (正式党员 only, 党章 第七条). ``has_voted`` never says what or when.';
        CREATE TABLE IF NOT EXISTS "development_entry" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "org_id" INT NOT NULL,
    "key" VARCHAR(32) NOT NULL,
    "done_at" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "data" JSONB NOT NULL,
    "corrects_id" INT,
    "actor_user_id" INT,
    "actor_name" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_development_member__e5d643" ON "development_entry" ("member_id", "key");
COMMENT ON TABLE "development_entry" IS 'One step done, as recorded: never updated or deleted. A correction is a new entry that names the one it';
        CREATE TABLE IF NOT EXISTS "appraisal_round" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "year" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "opened_at" TIMESTAMPTZ NOT NULL,
    "proposed_at" TIMESTAMPTZ,
    "confirmed_at" TIMESTAMPTZ,
    "meeting_note" TEXT NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_appraisal_r_org_id_9f03c1" UNIQUE ("org_id", "year")
);
COMMENT ON COLUMN "appraisal_round"."status" IS 'OPEN: open\nPROPOSED: proposed\nCONFIRMED: confirmed';
        CREATE TABLE IF NOT EXISTS "appraisal_entry" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "self_assessment" TEXT NOT NULL,
    "self_submitted_at" TIMESTAMPTZ,
    "proposed_grade" VARCHAR(16),
    "final_grade" VARCHAR(16),
    "followup_note" TEXT NOT NULL,
    "followup_due" DATE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    "round_id" INT NOT NULL REFERENCES "appraisal_round" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_appraisal_e_round_i_5fc0f5" UNIQUE ("round_id", "member_id")
);
COMMENT ON COLUMN "appraisal_entry"."proposed_grade" IS 'EXCELLENT: excellent\nQUALIFIED: qualified\nBASIC: basic\nUNQUALIFIED: unqualified';
COMMENT ON COLUMN "appraisal_entry"."final_grade" IS 'EXCELLENT: excellent\nQUALIFIED: qualified\nBASIC: basic\nUNQUALIFIED: unqualified';
COMMENT ON TABLE "appraisal_entry" IS 'One member in one round: self-assessment, the grades received from peers, proposed and confirmed grade.';
        CREATE TABLE IF NOT EXISTS "appraisal_peer_rating" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "rater_id" INT NOT NULL,
    "ratee_id" INT NOT NULL,
    "grade" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "round_id" INT NOT NULL REFERENCES "appraisal_round" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_appraisal_p_round_i_e5454c" UNIQUE ("round_id", "rater_id", "ratee_id")
);
COMMENT ON COLUMN "appraisal_peer_rating"."grade" IS 'EXCELLENT: excellent\nQUALIFIED: qualified\nBASIC: basic\nUNQUALIFIED: unqualified';
COMMENT ON TABLE "appraisal_peer_rating" IS '互评: one member''s grade for another in a round (one per pair; who rated whom is never shown).';
        CREATE TABLE IF NOT EXISTS "member_transfer" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "is_outside" BOOL NOT NULL,
    "letter" JSONB NOT NULL,
    "letter_no" VARCHAR(32) NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "note" TEXT NOT NULL,
    "requested_by" INT,
    "requested_at" TIMESTAMPTZ NOT NULL,
    "approved_by" INT,
    "approved_at" TIMESTAMPTZ,
    "accepted_by" INT,
    "accepted_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "from_org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    "to_org_id" INT REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_member_tran_member__295778" ON "member_transfer" ("member_id", "status");
CREATE INDEX IF NOT EXISTS "idx_member_tran_from_or_aa10dc" ON "member_transfer" ("from_org_id", "status");
CREATE INDEX IF NOT EXISTS "idx_member_tran_to_org__a645d1" ON "member_transfer" ("to_org_id", "status");
COMMENT ON COLUMN "member_transfer"."status" IS 'REQUESTED: requested\nAPPROVED: approved\nACCEPTED: accepted\nREJECTED: rejected\nCANCELLED: cancelled';
        COMMENT ON COLUMN "evaluation_rating"."rater_kind" IS 'MEMBER: member\nCITIZEN: citizen\nANONYMOUS: anonymous\nSTAFF: staff\nOBSERVER: observer';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        COMMENT ON COLUMN "evaluation_rating"."rater_kind" IS 'MEMBER: member\nCITIZEN: citizen\nANONYMOUS: anonymous\nSTAFF: staff';
        DROP TABLE IF EXISTS "member_transfer";
        DROP TABLE IF EXISTS "brand_profile";
        DROP TABLE IF EXISTS "appraisal_round";
        DROP TABLE IF EXISTS "project_indicator";
        DROP TABLE IF EXISTS "resp_circular";
        DROP TABLE IF EXISTS "supervision_round";
        DROP TABLE IF EXISTS "resp_accountability";
        DROP TABLE IF EXISTS "project";
        DROP TABLE IF EXISTS "election";
        DROP TABLE IF EXISTS "election_ballot";
        DROP TABLE IF EXISTS "project_dependency";
        DROP TABLE IF EXISTS "resp_circular_receipt";
        DROP TABLE IF EXISTS "election_voter";
        DROP TABLE IF EXISTS "dues_fund_entry";
        DROP TABLE IF EXISTS "mobility_contact";
        DROP TABLE IF EXISTS "resp_signature";
        DROP TABLE IF EXISTS "dues_profile";
        DROP TABLE IF EXISTS "disclosure_kind";
        DROP TABLE IF EXISTS "standard_assessment";
        DROP TABLE IF EXISTS "appraisal_peer_rating";
        DROP TABLE IF EXISTS "resp_negative_item";
        DROP TABLE IF EXISTS "resp_duty_report";
        DROP TABLE IF EXISTS "project_milestone";
        DROP TABLE IF EXISTS "resp_item";
        DROP TABLE IF EXISTS "development_entry";
        DROP TABLE IF EXISTS "supervision_inspection";
        DROP TABLE IF EXISTS "supervision_team";
        DROP TABLE IF EXISTS "resp_talk";
        DROP TABLE IF EXISTS "supervision_observer";
        DROP TABLE IF EXISTS "election_candidate";
        DROP TABLE IF EXISTS "resp_report";
        DROP TABLE IF EXISTS "mobility_record";
        DROP TABLE IF EXISTS "resp_list";
        DROP TABLE IF EXISTS "resp_duty_rating";
        DROP TABLE IF EXISTS "volunteer_record";
        DROP TABLE IF EXISTS "resp_exemption";
        DROP TABLE IF EXISTS "dues_payment";
        DROP TABLE IF EXISTS "resp_review";
        DROP TABLE IF EXISTS "supervision_finding";
        DROP TABLE IF EXISTS "volunteer_activity";
        DROP TABLE IF EXISTS "supervision_team_member";
        DROP TABLE IF EXISTS "appraisal_entry";
        DROP TABLE IF EXISTS "standard_item";
        DROP TABLE IF EXISTS "project_note";
        DROP TABLE IF EXISTS "election_term";
        DROP TABLE IF EXISTS "disclosure_item";
        DROP TABLE IF EXISTS "supervision_check";"""


MODELS_STATE = (
    "eJztfWt34ji29l/R4kun1kvVJCQkKeqssxYhpJppAhlCqqdPM4sIWwRPjE37kjR9zvz3V5"
    "LvtgwyF2McfagU2NqyeXTb9/2/lbkuI9X8co/mE2RUGuB/KxqcI/whdqcKKnCxCK6TCxac"
    "qE7ToM3EtAwoWfjqFKomwpdkZEqGsrAUXSNtm+ABGtYSODTgRDcAbq+8Kab1CSwM9FmZL3"
    "TDQjKYLAHUgG68ACjPFe0L6V/WJfwARXvZvitbU/6w0djSX5A1o7/993/hy4omoz+RSb7+"
    "XsEUY0UmrSkq/yINFq/jqYJUOQKW04heH1vLBb3W0aw72pC892Qs6ao914LGi6U10zW/ta"
    "JZ5OoL0pAB8Tvja5ZhEwA1W1VdpD1MnXcPmjgvHaKR0RTaKhkGQu28QHCtMh73+sPxY3s4"
    "HlcSQ+RRhKB2L0m6RoYXv6pJf/0LeYXPtbOLq4vr88uLa9yEvqZ/5eo/zqMDYBxCCk9vWP"
    "kPvQ8t6LSgqAeg0v8TsLZm0GDj6rWPIYtfOY6sh+MqaL0LAbbBjM4D3Dn8c6wi7cWa4a/1"
    "0xVI/mgOWj83Byf100/kgTpegM667Ll3avQWATsAd4EhyoSuT7AbeA87cyPg1njAraWDW0"
    "uAa1rQsk02um3NnlOEO/iVoCahBNIBdX4zuTLFHVSywV25e+p2cWeYcqQ9DPo3zWGn32sO"
    "fmvg3VefQNIMGsuR1mwNOz86j8OGvz/H9/LDDNNCNy3GKP39sd9LWQMeQWxgZEWywP8B1f"
    "1lexmg/5ramkQgBRNbUS1FM7+Q5/13xkHjXiMrwCYAkZ7npvmHGgb55L75zzj+rW7/hkKG"
    "sXsxaC+0g5vYYPxbVzQkj6GVHJBbjCV7QCJE8UHBVJYyR1/IB45hcTegohwAK/C/bQ7bMf"
    "QUc0zXFmNLv9F1FUEthRcJ08UAnGDCfU1nb7fPF7ibfr8bmbg3nWFsuj7d37QHJ2d0FuNG"
    "ioXCzEoAuGQgAknqfCUzjw15lHLVpCUfjpF1wT9Q7mvq0h3nFQMy7Ny3H4fN+4fIqJD5Te"
    "7U6NVl7OrJZWyL8TsBv3aGPwPyFfxPv9eO7zp+u+H/VMg7QdvSx5r+PoZyiAHxrnqoRUbd"
    "XsgbjnqUUox6UUbdwyg07O7bB6MeiIGcEl5AsF7KO4ah3YGgR0Tn6StTzsNoJbG90w2kvG"
    "i/oGWCWY5h6ioq+sYL1JS/KNd5hBj/x5tD3tVgRzLgu69yCE0tDAH+4cg5oAZ4jg86LYw0"
    "AXoCpdd3aMjjFMRNZLwpEhovdPr4JMvg0t/9MkCqjygb90enrwedb24Xk8tKwB5Z/3OEN2"
    "XtBe/dFtJkMg23xKxJO0LHuM1zASbptmEi3Gi+wBMUP2FLvFq0v5bfXVlxU5H84ihSN8eq"
    "S/toa5axLC9Mpol/+MLQySG/5dzq0s4eQn2VEbI/bOUvun/NF9tu+P/AXTWdnsqKlmnZ8n"
    "IMTRNzIHO0/RFJumv6vZUbNRkudwHXLSzt9vWG5QTNQsgYG0jSDXlLuH543Q1ob2VFTbaR"
    "OV7A5Q7W4y3u6sHpqdxoGfpUUbdlVilaTk9lRWuuTxRVsZbbAXXv9lLudShBTVZkKCnbzq"
    "u2iqg9o+V0yKWjP0rE3nQLL0YJmgyl4SaA/cD9HaNJm2/jQm9I1Rdkbx7jf8bW0+w26LDU"
    "QhFcLPA9E6rb6ia8fkqNFr6jmVNkbAnW0O2mTDARBaJe00OKw4hKMXorZBoxV2ku+hoa6v"
    "jPekifTC44j0WPSLCb1+YxNOdQgy/0LUl3hJilxWa448W13OlOeXq8JYdrnoa7AfoUWDNE"
    "veUsA6Ev4HkBrdkzUEx6fY7HxFCgqphIBuQOGFX+dva3i799/duoAmxydaobwLQnhBrg0S"
    "F7OMt7b89PYzj4/V5ZQMPl+gOPvpDLn3DwEw5+eYEbcW46O+XxbsKtUt2b6L2oj8Ir/mls"
    "fNc7oXm0Rca60urf33eGw3a7ASR9PlcsC6GR9r3daw+a3fHNoNlr/dwAzsuq4wk+rKXZSP"
    "Oue9+/D/pPD7iZoduL+DZ1GMc0YuSjiG84eGH6HH0IR3b97OpyZF8g+bKScSi/93+0B737"
    "dm/YACP78uoc0t7ORxq+1B48DDqPbXLnYnp6Rp5wBkfa4AkPM7lYP/sqEaL62Ugjc+Kp1x"
    "n+Rm5cfT1H+PY57k17bP3c7zvNJ5f4LS+va7h5r/3ruN3q9/r3lOAC1S7wrfrkdKTdtn+M"
    "iUcBJZmenpKO5DOvu4enm26nNe70Hoed4RPxfHToryfu6+F29Tp54Qt5pPWHP7cHzqtGEM"
    "q8TXDtEis2ifhUM9CLyyDw7sIBRY5TK+N0KtIuTLiWLPh67feFboKDqPwtH3Rr9TrPRlmv"
    "p++U5N5/YvqCBQveVN7Mb5+fZ85podkz4UMqfEgLyB0fpzeh8CH9iKPO40PqKB6yuZFGaD"
    "Y6rwqmJduzI2mg3MnXl7RgKPO6kkam1xbepE787Zaa9CDO+Mj2LD6j6UxRZYz2dhiVc1pG"
    "D0dz65lUMgNCGB30psgI71zjHbh1tN2+7krs12HaC+KdbmKeyVKkV7St49CQdlLSyZUvQk"
    "c5n/DvwX1sCdGAdlJWiA4YWnKUeLmxJVtzT6jMk2ph6P9G0rbT6cHppawghQ67vPE6xuPO"
    "iVHaSWBSSRGa4pfbfmu6c3op66pTNHPhuGVuiVPH76j8UI0tBOc7w2uIOysrZvqEMFRby8"
    "R9t5uywiQrpqTqpm2gsWKhbafWrd9bB3dWVsyIElQmaj1o4nPQ3Emcm9Nj0++wrNgFIVxO"
    "Ritrazd1P4qr6XRYWs9rKGHOS7OgEyuDX0JSzO1Pz2ak17JiJymGZKtw29Og5XZTVphkG0"
    "8sA5Hkn1vHvpFwLtJRWbEykLnADRR3Oe7g9BxEeizzCRrDjqTj2yl23T3mEzw0dhZUX7fV"
    "NeMuygoPjd+d2tq2weEkePcOd1PqYC4RGp5JpLStqaq/b6tx/hDBzop2CKiOUVmI1J1owb"
    "wY57JOKAsZ2/JXHkRD3FVZYfKDmceGvv0h6Ic0D0hnZcXMD2ke4x1+S86qhGHNbKiULV2y"
    "MiB1LLv6hvHfJACPuBOayPJM0duGgveNl5bT62PQaUlQDk9HEojI8AvODtgN6Yg/V88xYq"
    "UiaGgkGac7z1YcDZkmWtft9zHUbUngy5iCYICmBjJnQ/0VMVMQRO5XV6UgMJyWY8tvuj4H"
    "gQYU07SRDFxiQIm/gI4F3nXj1QS6JiFw8kxC/8fQev70DUDcdqHCJcklAJ2cALqG8MU3TG"
    "oCxTLB+0xXEXiewrmiLp8rMTzzeepIO0FvyFg6fTuJD6AFSFbAz4r26Qv4BS0soGg07wGJ"
    "mZ9AEwFTd5pBMECyYoKpauPX0w38INOChkXSH7wg/DBNt2b453DWNsqU6OBGefkouQ6+1m"
    "rn51e10/PL6/rF1VX9+tSPUUjeWhWscNP5TuIVquFwk/UZEf5tKUn400NF3ealq8hzXuMI"
    "FD2vpcaJklvRUDtnDWbBNqDILRD3iPF1ts8NYtoihCUMaTveEDZ6Karj+XOh4O42GOUoZT"
    "7DnOfyKtMouzxO1iEOke1gfIvJW5difB0OdZMhjlKKUS7yKJNAumzRxiEKUbVmfbAxO99h"
    "5lBjzmjFooHLG2McmlSRCONW87HVvG2vCjDOpIfMqOOgqDN0G95opOs08J2xN/Q8KRUJQk"
    "QL4Lq9gRNCTJ4K/h9YQNN81w35E5HnIfgVtYikTxqAE32BNEX+9C181QRzuAQTPOTA0jGB"
    "E3jNSq2Y01N3rGf4KEqGvSVU9EY5i5wbptlI0o0f4gXSI1xecMi5lxepci65FU/m5Sye8Q"
    "yaGbN6xQh3gvWhj9j95/dydqQsSAcUYjqvm874V+oZ4Q2RlG8K7x5hQ1c3TuPp0RY7B2tn"
    "2Pmfdq8BJMVS/kLaSLtvk/xnDZdRGGlYlLm7awD8I6fTkdYffB83b+87mIKkKYXyXME0j0"
    "8P7YF7mQay0utxzoZrF9p5NlZZMYmhZ5z1ZI3TlS5dZp0H6no61PUE1CIFYc4pCFVoWmNV"
    "f1G0DfRBCWKhEiqySkikm0zf144z8SBPusm8i1cXbAHvOkmuw9RkQzRCsxNQj16LsUKxep"
    "By4AWbtbzq1Z1UA4+4aW0dwBZ1DjuycyCDU2x8S0ji5vkfcs5Y7gyYhdoMeGdqZA+MTFb8"
    "BqD31O3GJutW+v2mLStuuTeGlj90t7pS10/a0Sp0Sz51/68zHciKDN6J7tzS8f+KNANOld"
    "cq/oY0ADUZTA19Tr4Z6AtoLhZIkz/rmPdIKvJ30J9wBTxSV0A80XRjnN2Mm6DbExd3bBxH"
    "NAcFwShdNbcK2fyVcjlpc3avOIN+KF8GiPdcW6ZM2nsLEtdvB6MMIMfIiqxdLox/q4tZNl"
    "NJhKh0+8Xu53PxVBXHfMjJyIKKmkTz74/9XorBwqeIq/gUyQL/B9Q95iOp/NfU1ujuDya2"
    "olqKZn4hj/3vfU3mFVgShCLaPW/Sntw3/xmfz61u/yautiMd3MRNG4ssW4fTWuwZ6+2rCP"
    "9IM+vOHKUSMK+F+bhsB7lu2+UyHSQUs4dx0IxUp2CocOLVK9KVOJGaGVxqnPShF/6OxfJ3"
    "9AOLuTlyj0CETK4VedKrR7OxPYaK0RuCu/uyu2QzyupPFKYpI8hcCqizFRqos6QKCj/RIl"
    "lJsupI4nRlxHsfxY5N5S8GzqkHnddcBBwxBHhzBmv1yyyzNqAo4XzdhzN/sSpzl813316o"
    "OpSx7DdZbmDISqEWWwVjq/Cx2qSocIS0hM59RyKRc/lw5q0iL9pYltH3rGgY5+B8tk/VkV"
    "uCkqE0CopTrspZJlnKVJGgU6cooOCI9Y3QAocWkHA0JIPJEpj6nOTzsg2SSgyCkV2XERrZ"
    "1xPpAjiVJYGly3BZBVADQVEW8O5kpgMqnkLGJ1a4b34PZmjAfq84XfuykvsVT41/xbRjv4"
    "fmDF5Elm1WcIvfvc9VD/7lWMYPwQfSv4Q+LU99WmwgucWOKFkJ2eNzHlH5PF1SPk8Kyv4i"
    "SQC9yscuQlamEz0Xb7twsWMrm/OXT1DC2V3j0gTVVmiCagxNkD2fQ4ORcm+I/kyb3AFJCU"
    "yyq8SO9j+HEYkj4WDgSx3dfu+71zzudRAD3D9Ek3N6faxxQJ0j9MRV2U3rnCXk+KHdu+30"
    "vjeASz/SBu3WsHP3G73oshD0eqvZ7d40W780gARVlfCX+Fq3/9i+xVdU3UTySGs+PLSbXU"
    "qK2UIEVe+NDu4/SQKIdRMyfHj4xjRMX+BY/Urn/r5928HidQMo8zmSFfxGI+223bzFw4Iv"
    "ygjKeFTwtfY/H7pNEiOO/lyosCgB4opJY7xZR/maoGWfLMeYZf/K0QYtE+MMFsXGc2i+sl"
    "BfbdaJUpbgoNn39D4u3x+hWqxuplp8Q0ZI8s440gliMdiFHuyYniXjaCepxXAXerjp8lQ2"
    "2sNjpCLFR5HHmUg5xGKKBZ1NjusEtRjtIo827kpX3zZM5RwhFeNc5HF2NBWbLOgwoRjjIo"
    "8xXZA2O142XWMapSqBLJu30lQxxzrmcDAjm115EyIU6psM6hsXt7FpwZdMNpgEYQkm/L4d"
    "zfFbQXVD9U2cVpwgRT5BHOPFeGGgt/EqWxB7rNnUpVtge0hy4QCHB5K8dnbEA8LSgb2HsB"
    "ldVfV3e7ES7vWGMUY3RbaPPTaHnce7DjFamtBSTKKOGWk3zcdOqwEm0FSkkfbUC7WyNb9d"
    "pRCLxAd8kq0GX5RMLBD+BZL9tI+RisO+yIe9vZA3ZOqilCXU2x9pQD5j2BPFrwOGHLfJ5A"
    "HLoBTZfRmiqQiv2BpPEV6RU3hF2s6QP8QF2xV4EWZsijyZaVMmN3pD5PkJ8LOkT3YiVNqk"
    "pxLNbEb25F2H+ziQpcb8+IjyBv4gn2Bt3E9fQ/hXQs1UaPSNbgBNtxDAH6EbitMA7zPdyd"
    "dbpbl8yd/lF9DDTzEAkhU8wlWg0W/O7JOTUT77e8z6rDa/V5wnuIvEi+wRgTl5BeYUMZPq"
    "QQMWdq6gMPT5BlrTGFnpFBS7BxqftNlhjhAJkNfrpAueO/zoZJojTh5uLk0LzY97JmfNlB"
    "WlKt2Gsfu6ew5gmbUfcTKxXSS3C8KlJyFNd+nx2pdg1ubtzCMyXhcq47WIG9poZRTbJpE0"
    "RUVUA5wHR4RGaM7Xa86DRDRbanaDHDhHBjCvUjcytSLq3FbzsdW8bR8qL1H7Dao21S628I"
    "UKM6l1pEV1dVprry2GROZLbF1pAtIW6FMAwULHGH4BxFAKrBkCBtRkfQ4UGSgmMDFfh+Rv"
    "9IaJ5xeWvQ1EbpDaY/OFjWeNU3WMNkB4v7ZYeYn2/DSRjrtYWkojYxGGXVZfKFAq7rNLHq"
    "+e+JEd8uq5jItn+FejlCwQbGh9ghJIEfuWfdGfCwWzQ5v4R0cohcNUkblUA73prxuGyoUp"
    "xSgXe5QXKpScnMGZjvgkodBlMRKvuHJ5VnQTdALcdHCFuqQsLp1pNZYiOeiJYJRtNYVJhO"
    "5kve6E4rUD1ckjMt4UCT3ox4kyrwIlPL2KpD/pGy8tfU4SEz8iy3J+aUKFkmxU5daiULKx"
    "GaJbr1AhjlgvP5lAmul4ahBdB63K7nZmghcdLOyJqkjfgGKR/IKqgkxSyl3BN017YhkIAV"
    "tTkWkCCFT9HRmkR4DfwqRt9HeNoVnJ7bFCxVIsFctCx4OaEkO1Pu4toM5RLzDT8XtCVc2o"
    "H6j83O/ejpvdbgN4PYy0h6ebbufx5/FT767b/P6dxLrReW7OxrY2VeHLS1Ei3rwwm6ysco"
    "JOsMqscici+qlcrDJP9NPBg3OO/mRJMMlZOLk1YTx9DQ11/CenIJ6DjsWWITxsRnor5ngA"
    "0zhi9w4vG2xAfu6XhCQ47b+AITXqWZiPVDD3SMx8ELyiJZLBDJqzb+DZRH88gzl8JXwobr"
    "tAxmcZLoGqzAmHCgjHM4EmAgGomF/V2XEQeTyUWenEFyXpU8fkKfQFIWWq8NNWljwhzf5F"
    "6p2ERSz/YrRLv0m2SItVtSNKxmPnUjEinRMntu2MWtCAQjB1jHKXkm4wPCUf55jzT6+H4h"
    "GVSRF2Xru69NEkX1YB+XiPZSRGgRP4wgixSPeE9NoXww+SPK80fpA6fcPxGzJMZhDX6hme"
    "pM5vqp8Vf567Kq8kquke1iGSErhH5O1k7etJtyo3k+wlx6HQdA1lHI5Kr08qkRBKXwsV0j"
    "6RfEw/t7v4wgz/alKP5u/t1pA0MNC/kWRtppXafXogD/aQqizGP67KecmgFokvN6hbspi5"
    "E5DXnStBWOBsZYUJHYvKU9xOiVEprHyx0+c1DqDPa+mlDGtsoF/xr9v0NIj2UGTQK/dtst"
    "gbYI7mE2SMtFZn2Pmfdq8BJMVS/kLaSGvio+K3+/7TYwNAfF4s57ptjrTHYfPurgEwANPp"
    "SOvfPLYHP0g/+sREBmbuinE+uIqMpEY9JXwKsoxJETV6cYZuF4cBUYPHxVb0R2ah1SERfH"
    "xYmWWO0Z+SasuZuZIYpeBIMnAkHnBjA0EzW4IRBmkJpKkcCqMKP79NJn3BjZVJx76DWysP"
    "zXXuWD0sHCWFo2SxrLupjpLsFI0i+eUuk18exgc1MrMZxvb4zOcyufvLbr3F/VGfI2uGAS"
    "YhtcjAfBeQoEZt4OBkZF9PpIuRfYGmVyO7Ppl+xVeky7NPWBAF73jA9fcqIMdcFVgIzquA"
    "5Ih7U6wlSSYIXYn2JxOM7Kuv5xDTnp+e436kr1dJK/whX4RpmXdXFx2PuA1euKjm6aKaNV"
    "lT/mmactO1nXHJD2cr5IczhvyA0XjRjY2dgMP0OUpszrrPanb5tdO77f/acHeNkfbQfxw2"
    "6N4x0obt5n2D7iAjrdkadn50hr81/L1kpN33b9vdsUNBd+AxodtE0bZ75XT4Z2ZYKzGy0g"
    "nc51wL5nzFgjlPLhjFHNNJsUGJt4AuR7WSdxgcrVZJaDjSp/txumfzRDI6bFs2CT1CI5zi"
    "REEKUZDiiGXy5G6wA3Dv/Y6OayfgRTWyBW5RfoJ4F29ZfSKZf6wkMznuroD72BKqIKqiLB"
    "DtU23WtCyEfy6qMFRm/r3qKnXZAhrWUoZLzBmGmvPEZ6M/F9QBD3iU32iOuc+KViUhIwop"
    "q4F5SQA1mcaITBUNqm5jsjMBx0URqFgQADNkIGY49n6ewtR0zRHy5p67yQp9l9B3FULftf"
    "vkbFgGf9O96Z5Ndg/ohEtIBuGdbFtYAle0DcT3OK1IllZkDwV3tHTb2nyoA2Ix1kUea4cH"
    "GZsI/0aZwfum6xMShPnpFU4LzRGEFtJWoTBbhsDkVYO8873Xvh13eg3g7/Ijrd/rdkhcjD"
    "NLRlq33fyBv+Jz+Q1/a948tnvDBsB8OtIsfBevBHzT9QrObEzjcVw/S3dcP0s4rpPAcHux"
    "ZSRTopMjCmRqPjrDiofIdEZ1pN3S+7LX88Fd0l182WVU0rnsGFnpLGV1LktZfYWlrJ60lL"
    "mgkcHfgCVIUgueoMg8gatIyGqxCRMJGwODHTiMIayMqK6w3IS0YFsbGFDJdLnVhIkhvGbZ"
    "qYgOa7s5XmTTjDeH9lS9gaqqM31U3TtVLnX7JGi8Vtk+nEHLd98Eb5jzkr+BZydF6TPJ0E"
    "ReEUypj6dTxQU43YMTpyi1UweGVLEmiU1NRItYf0rq2/f5oJS0T076ymC4hcr9kCp3ccLu"
    "g29xFlAGSAMC4brDClhS1azxSj6FmKA84UoqoyhSZiblwe3myMDlj1LyJ1WRsrl3iYpwgD"
    "CUJpNLidzn41Wo1pGPVSERKjQ25fTiiii/XjE3MFkGPMUEYe4BOfXmLNx/FchIUmSnVVCF"
    "DhpOyApNxw6gPFcYydr3/Cw+HwHBswieJWXXOj6Qhe9FLr4X2XNCHCIVRI4A70HjflDT4W"
    "b2jQXSZPdsyWJ3emj3bju97w3g0o+05sPDoP+DWp8WC0N/QzRx3t3To5M3b2qbRUmb5x7I"
    "4wkj6C51844SCQkpuXsThEhS08zGvQRh6cx7e8k8483I7Ka9KKUw6xXZrCei79LXWJmj74"
    "Qxd1dnlDA75mZ2PIzyycOeoXcKDQuHyik0HfjKpbgEpGIfyY9y+hX/nZ5B+vmUaoqQkwSF"
    "XDmfjOyv11+vR3b9rI7bXNZRvUozTBPVkK6RpiTy0KTBSuxSKft+4PoCgeEKKFTBRQumZy"
    "trIrRPW2ufnLVIIWJy2hyejrE+iizjV24GzV7r53Hz8bF9f9P9rQEmBv5RszE0TTSfqMuR"
    "5rZo9e/vO8Nhu+03IWnOFctCaKR9H/SfHsb3bXy8E9H1xdDthbfoR9pDczD8bdxtt4ZPA0"
    "xOdwXMwkuWbWDa4c/t+/b4tomfjVfGHI3xhjHSup27dtChqkxReBM5fGISS7HUTLKYT1Dk"
    "6bChFLaX/D10MmRC2CMQUi6PlIuPfE2GSYDTa98EFKL6TUTc2UX1G8k2DFI0QrHQPMPBHi"
    "cTUSeMqBOXl0qguiZ0K0yYj5R/gOKMRRfquXQ5eF/aZIRDZCXU4pRpgOduoo2N+HGXNke2"
    "QJ9OSaBXVttPPEysf3fnXnD6G2k//3Yz6JDyScuJoRTE6rNQIcsdLp1R8wkEo8bDqL0pMt"
    "LHtsFw4krHOEJUOpw/pI05wRxUZANOraybzO2geTdsAEqbVqOt26HhqQqJTm33bsldkq0F"
    "3yH4dRxjtCHNcIPNNqGdx6gauj4fS6ru2sKjI7gyBUaMUiTB2CCDZSaDf5RIGPwZLtHeSt"
    "yAp43TCiN0kflaKmNuNM5RSjHKRR5lenZuJp+KET6KEfaYoQ0GOUYqxrnI42ygubLhYo6R"
    "inEu9jhLurHpOEdIxTgXeZyFE2DqMJfYCdBeyBuOepRSjHpRRp2x2BMJrUWNgO21FCtcPk"
    "WNgF3WCEh3+AwJHW4O7S1ztIczi5cE7si6p/HOW2IUD7MuI06LmW7pW+L0QPooLUC6qm6L"
    "T7mSKGSrhhAy5yuaba1ak30NDXX8Zz2i90FXRylGsTHN4qTvAsBy0g+w4XHSD7XmyAzhuM"
    "dfTyAifyenI7s+rdcb1P19gQzPo56V6CEL6XrHeeEhn6eH/MytDcnriOC1L6EPwu4TCVDN"
    "ESOj4KpUAgGNgHgtxJa+UCTGuZPu9BxQCKfniKC/C6dnfAsDTd4y05jEyMTA7HxgSMIAxp"
    "AM0Z8px6dPUIJNaJXOq/3P4WqwfZVXt9/77jWPj0AUbE+pmMmLJkokvGiSXjRCy5sOdXm1"
    "vIUJ8D96KSCh680ShM6RCsCT8fefCOCgQ7G3NABbhfb3dIvkpGUoDdw7VS6dgRY05ikyqW"
    "ifcafAoQKWTiV+N7/jiReC73swVoHrM2FUnVI5XsbHKhjZ19eX9ZFdn1xeMjJf7/dRPLH8"
    "kZSEZLcVwfwileTxgnz487XkzOor/h1Z9D5e+xJmExDJGo4vWcNElxnCazrAXvsSaAtyiE"
    "zz+IcEwOs8EaHwQiyeyCq8EMuvqUjzQtxKpt6d9Oe4aTCEP99/g0P2W/ht14t+fn41SvQN"
    "mMh4QzKwicRFcvXb2ouNTJM8A8tqr4iRpW3DPoT9uFhCGR2ZTLyYR7AbXuGw4EZ4hQseVu"
    "EinVO4SKZigLjjDNh67UvI5tbqdR4xol5PlyPIvVi8s65ZJNsSBSoDznG6EuK9+8lsKn9l"
    "qbLlNRe+2gz1wrsis3aGVDD99gJNBpozpLzMGLx6KpwBgcCTlUYCLjwnT+4dNSApnQ5hLx"
    "oae6HqMHNxjhiV0Nym50ARwnvZhfcimEEKN8SijsDROhDkp24iUS8sbZMbDcOjbPKacuia"
    "SFuSrJ9UvAaKRotDklxmgKT6+gIew6WuTfCK0IJkXFwCC19RkAlOyHsN8ZflJwA1p/41rZ"
    "7NUkrt92FCe1Us7RUNAMzIqoZpSij47yXnpb7I7BQeIhEO4REuahcO4Yo5durrJodkZXbF"
    "CJ3IrZghtyJGLohzyI56lFYgnw15fcEyUqzD3KPKEW3vcD1asPE8JW+dYaMPKIqxz5PHlm"
    "afF9qMdLanvNoMJ/3xJoMeJhRORkV2MhIaK6GxKpXGKuR96mhXGAxbhtQsN7STEqEddYF2"
    "1E3bQeSrqsqE0r4Vnw5gKdpPH00OFajlt12rAx3OEDBsTSPecpJuaxapa0rrktIm5Bukms"
    "tvQNEw4zZHGh5IAC19rkjkMUlN5266ZOgzf694ul2nJydKSmg4D6Th1FNM8elZEtMM8R+X"
    "PYi6jNlaFlcRv72o5Jcoi4H3iWzsa4hCTM71vKu3EW/JuJYsyV2caw1NqkIZWbGsiPC4PC"
    "6gxmQ3wvf5OI6FS8LHdJAy6sTy+ZlYPjGPoGlIClgDJ7C2Af6tKxrmC0Z27exrDahoan0B"
    "/TdkqHBhAmiQGG0D/z7wPkOaw2gwk8jt+2F8Md5h8SWIHM4W5n2jvHwUpuVrrXZ+flU7Pb"
    "+8rl9cXdWvT/0NLHlr1U520/lONrNqWJfCX9y9gBqQ4+MgjyDM/uiO5jCqzta1gUo2QlhC"
    "NXyZdLImQtomtb8CMjHAhR5gwnJsMMAhMmFUKdr4FiWG19D/jSg/zmD1nVurufxQIy7e3i"
    "X4Ap514+UZ6O+aST0WDRt/UKxv4Nm0F8h4U0zdGNMmJ8QZEksTSLOqxEeSfnVSLjlqxPlc"
    "sSyEKNPOZPH3/MyRJqkQLyLZe9AngAEz9DdkVoHXM3Ieid6gauNFRp7LLSIEdR6w0Iw5BN"
    "zgd1KQQMbMz6YCw0eRFvYXgizSwew52OhFhwxFUnr2WK99KfBddb7tI33sHEHTNli2vXQf"
    "qjBNMbyoSuUtO7HlF5ar7C2SlDlU2WMSEMVHxKH64lIfmxlgBfi37Vbnvtk9OatVazFPwX"
    "DIeMwMgAxFl8e0ADKbsU4xBsToVnHW5dp2CKvMBhGxss6thRAxc899LAAdfo7JRLQ1e54w"
    "lUQFeI84x9hlzNYuiLNexj228tDvdxtgoevqSHsY9B/6j+3bBvB6G2mD9vBp0CPXDGTZhk"
    "auNR9wyx/kmstO42ud3hhf/D5oPz42gKKN8XWyhZojrf2j2X3CCOPmHpON2+O9lj7JcTGM"
    "SwdcrE2Nh7OppTM2tfjWk+Dc+ZlzFqkIp07qPV2c6NcMLHqMrHQ5AXZfCsWPzIHGEj+HZZ"
    "niCuwJkYsok2xRJq7yITvyIUKBeQbMFwZ6U3TbzOhFEqUSuzYrg4thKEjGG4FpMuM202V/"
    "BmkJdu+8lQAO7zU2sFyfLTo5QVgC8HNIyWtKusFgUO5UHablJ/MoYgBPCcnx7SCrpKX+00"
    "23DR4GWLp/7LjqFd9sQ29GN+pBu9mNaxANzM9lmcc+Qenm7+7FGFfKwm81JvYQxHJQTd+w"
    "2dQlgD3vPXuDw1IcktsA7oWoTpZj28wqwLOJBTMoMqJ9IN+HaNAwFUI3ihoOUwoPlyKPsq"
    "fA3WCYY6RinIs8zr7mfYOBjtOKkS7ySItkD+Uf48DvjDeK0xBJHlawtFEvw2zQMmmF3LA2"
    "GhGDxVCwZQ1G7BsvUFP+8jMbHNlE5g1KDGZWJCZxgHeSQac1rKyYzfmDXLB5zIsxcyGnwM"
    "2TtkRGC4R/sbZt5hLX3fvW7U4qVXqO8Lz1AJO2z2TyUSDD76ZI0NKN3QDW8borK15zRUWm"
    "pWs7mmD3XndlxUvTrR1B1dOP2Wsw57xCie0rPQoousetjQcay9H2a0ODnl3CZ+BQmkDXwL"
    "P7eaxrz+BEsYCGEL5DgnF0EizzkwmcNJ5gqhim9ekbvfViwMUMKCRN+sICUFpKqiIlY/9z"
    "eSI7U1EQMxU8TiQsOmg0TzAQ2cSyBJ0QfJkeU86ukNFhKkwkcOXIvBNsLFuKYqHYzyODmD"
    "v/TmR2sVPwJKUGulMLeNfDm9gXM0u4OXA+gRySzvhEZJX1fI8Sac5V0pjE0DnlhqGB2QQ3"
    "B6LT3zfwjOltqD7T6OFn6v71TJMOTRVVpakRQeBKw653vOsHiHIyxeJdFrqpsNMtPs6hqq"
    "7IaxfQlSZP4Hnt6tIHmHxZhe3jfbPbTbIrWcNG8o8X2edszaGKpKYwmJR0fL32JXBWi1c9"
    "4gC3tqrmURxaZ4tnsCjpLsUByYY+xUWbwXt2Kn5Pqdu7AuL3tMq9e4X47DjxnWGsiGekOZ"
    "4gy0IGQy+4KrCJRS5K6fBHNznsYKbpHZCIqASOCS6iPvaLr9A2CW1TwdQhPNqmg6pCAhNj"
    "uiokYoZcrwqZR5pzqEJMi5S1nYKRfT2Vrkb2FTyd4L9Xl+cjuz6ZSsBAeB+UkQwmS8ck84"
    "4nSxW8K9YMoDeFmJuo2oIUxLX0V6SZpDvS0r8r63M8TJ9YipK8Hy/UKMVSo4iEbvuW+zXX"
    "OM8bp+a1L4Hcn3eQmoz3XaatIj0tU4jkQ+dk8jbrJHbpmfDCNCIT3urZvEU9URFyKUIuC7"
    "eFHF1Yh5CPhXws5ONs8jH1K00XjT230/VSscfTcgnEbqgAOdgJHTgJy6Mj+/LsdIql1a/S"
    "2SfwbpCE5Jonmzq5y5li7k46FcJrsYTX4otWBzqc9yFc4dN1tkkMX4JOHKMruFDB7Atmv3"
    "j7iWD2P+4uJZj9kjP7NwbUZDwAxIhTYXD7kfsr2f0JaUmyk/tN+aojIQNg9uALeJjplu5U"
    "F/V0i59JV8A1LJ0oc/wTSMySuvz0zfPmdQgU2Tc84b5+Momhym/BLoKa03OF1FAwqUE4un"
    "oGr0see9dlurnrMpncVdVfYKYsugFFCSxeOdgTTUs3llmkXp+gBPjmLfQu6MmQxSgWUAiT"
    "2M5NYgETlW1MomRiYHY+MIo5ditFog1qMkRIhdsyv9uyvZA31xqxiYXWKB3m7FqjKKXQGh"
    "Vaa3TwzH9HL3YldEVZNBpr0tdhiX2o4z+cGqVtk9cddCx4lUrZcqltpSVq6bZhMvVD7p3q"
    "Ks0QPv4NDf9i/JP8xhy2YKc10a+42fu/ESUL6D11uyTEm1S0Bi+qPoGq1/SEWnqhPFe0T1"
    "WAXwMBYvalgeB6SEtj2hPLQIhlK87noTwlsPEct2zT2RBfRLVr4RxdOudo057PYUZ1RkAi"
    "FBqZFRqWvlCkTMJzQCHk5p3LzZKBZMUaz8g5wpAtVtW8jpN+uMrXlxkKX0NbVrK6t4dpij"
    "H1yWNLM/UD5iZ5unKVgXapczwEZANOrYz4V24HzbthA1DakfbwdNPtPP5M60B7Wq+RRtDs"
    "OEWfDWmmvKGCFG2W9DdkjG2DERmfzgRFiEpwROdQEjHkwLWp45fQ3qXmYfTW2Qb6uzitKN"
    "1RZAWe8O5LX1T4B8p9TV1W/EzUxzDs7mJZOepCO1+2UWcs9kT29LyV9QXbtstYQKZgEO9H"
    "CZ8CuKTPF5hSYRa1zVISwNHGt/zujnDXSgM+sv5TKwBnAatLOykrRAtDJxvuTjB6CPVVRq"
    "ygaeKtbb59RaFHy5aXTb+38mx7MeUN/pVjGS53gdYtLFUNoX366id291R7bPQE4LbMjqUo"
    "3TojbTpczCogczSfONkpXUOwKABySAOnO9ibicwx2hKKT8crLiWl5CVe5xlWkNdchMGxok"
    "idrTKbqjZMI1BloOqcDdlQjdAIVNcL9sEBvKVsf+93dGQA84r1kam1vlRO4Ni2JbCBO11J"
    "gY3shEUKhL1TbXM2oPlOKwy+Onybj6WeEgouNrrSkdF8oVukdqCbcpU4IOoaoulo0OcJmu"
    "FhBbTHBoC4DR4M5F5wsrFaM8UEikxK8mnoDRkAv6FK2ljvisTwdMznkTuOfk03OzPPgA3t"
    "zYdl+iP25gsec/NFurXZ84VJFwKca0T+0xhCQOrRGycrTTEdkWxEGKYymiO3invY3QHWRf"
    "ILMtqaZTCr2oZv8x1gKqXgO8FIRgXiMkd7ASSx2uXlyL6sTy+B46roHBmKZQITcwAS+gZO"
    "HB6r6l6o4iNm+gnM4SsiFWcXdA2QOrN40uBTxj2tGPnd8n30GsWW0yH5hLtM6Ld+j/KVVM"
    "wWXv25Kr2EJmR3R9wmjssH9lg+jL7Qc1q+yuC0HOwkvDxwQFHCAJTd141z4MqmcYrQCE+S"
    "5JZATr0MU9ZtXsL5ennBk1znIj25zgVfKYkVmYvKU0oivhXw7QWrNoNkjEhmMa204tmRiG"
    "OZnIKFb71QcQgVh/C4FqO+oce1sM/uagcV9tl87LOH0sJSp2KmAtZzN+bSvfqNOTKlOK0b"
    "YI5kBYIT2Tao5+XYJLY5ovh0eOdPQDcA2aLwE+KtaM3GPxdIIqpPrw3ZhpmFI/f/QJ4MKR"
    "Fbson+ELrUfHWpBHJ+VN3WwlIYZ6NFopl9J5p5xT+NDfD6XAMebZGxrvzo3Lb7DUDSl+sj"
    "rfl028HfiFGMfBsMO61um2QXsBSM1ki77bee7ts9kpdAl2wvUOHwCQeCAyLDthIlElwm07"
    "cSn9JZEzlEiEqnQ9xLIoeJLmdKZuW1LwG6eWeyEqqn9Il+nEoIoXr6iKPOo3oSARe7YgpW"
    "qJ6EB3suHuwiPnuj+GzLQvPFtsHZ/7CVv5pOT6UFSgSyi0D2AwSyB5D+gRdZOpheGne+xV"
    "qiWbeRFcHf1lOtCeGNn9uqMA4fPevNCw/IAI65BUBN9lX/EjIsZUrDfTDHDE6gqjrqe+JN"
    "bdr4EmYDFdJJFWA8LOXF1m0TTA3ymfheB7kGkhaGnJ65xpnbNcKILAUHzVLgjfl4ztqllZ"
    "d0GSBGWRrLw9da7fz8qnZ6fnldv7i6ql+f+qAnb61C/6bznQxANSzYMVJoumuKpZa9U3WY"
    "VlE3QhYDf0rojg3+VR7e/aebbhs8DNqtzmPHTZjsC9H0JjVS+o7fg3azG8PZ26Yy4hwlEz"
    "ivxblgeU+KycIcoeIoqS9UoWmNJwhazJFesabihGJVrV1VQjebfmwL3azQza7ngePpLbOh"
    "GqERqIoUQ8KFtVg6oOp2KYYCj9AtgS1d2ts4sJGdUORuKojla59O133jpevqOB+RZeH/mD"
    "pTVrMql+KUZPk2wyQ8WtPPpHCk+a5Y0gyZ38ACGXhaQhUYUHslzs6KCfTpFNgambAAaoDW"
    "kASWbWjEiRqkKEZ31O2OUzMJPee2ztQzzHi7Y8jQc64qoh4nzbGIun/l6KuoC7n1I8mtot"
    "q3qPZdjLHgZb5SCo2wOa+tuClqemewT55JnoNf8rwA1vNJQ1Ifm37DLAwhI2kooWvx/Qae"
    "8QiZtDDKM5jpqkzDxqBmvmOupwreZ4o0c5NP4me/IXrbRAa5YGvQfEVykofK55GCvyoWf7"
    "WApjmeQ+M1A7YRmvy0P5fHErnmr5QkpumVdSNExSitW6qq0oKh/YgMbUFMBkd/hOyIrU3T"
    "1mbkbDfX1R4FT8uhqd0tW+u5f6dwtyHvcE4mdwxDJDstl5TIdhCxFwTIiZwH+arpJN1gGA"
    "vSsx547YXxkOVaiBlsxJimK9WdAVGOis7DeFztUM/pSrBZOPUQSTH4dPLY0vDpIoQ5fZs5"
    "Tj6dJ4S5IHz6oQdYuPYUFFXh2iNce4oLbFaBMTcPlHi8LEPAZITUcgiZMEqw1p4yQFgsNZ"
    "AMTkZ2fSrVnXooNBEfqW/y2V6QO9fXl/4dGgQLprgBqf7lTN1vQCZfMO8VRMyRLjxvkp9M"
    "El83VYw5ZAfwHe41uAu0BLn8k2Va8EKzbDoiwVIWgnaugvZx5WyrkFltLzLKJpVB+x9PnU"
    "H7tgEMd8GMtPvmL+2nhwYI9XjwzGyiGEkpi5EUDmWRWfPIMmvK+KjNrsAIqET8ZHFsikll"
    "RcAGbXIKB9Q5nsMLpMmuG2yWg/ih3bvt9L43gEtPkqT22g3Kf250BPOttRVLLbHS8Jtsst"
    "QCMrHWirzW6EBlrfEUISpBGtEcCj25AuMmNYGSlKIqkKgKJOwazuI4RCB4yZfSYYxFJQdV"
    "2Ip2haqwFeVvK8o/Wrlg28H2wcr4DUDvqds9tBHuSIFNt8EFwB7QCEfSsKZZ39wUrRxmNz"
    "8zLJ/VreUnppwrqqqYCKMomyQ227VkVd3wIiedpS5BFeDOGzR4aAJNREKQSK15dQlMe27S"
    "Zpa+UCQwh6aFjGXSxJbTM/lyZJKXw2AlLWmR7Y08rYKb/O58qoZXqTCv5Wpec6d2UjxLUT"
    "RAVqWSiEx2vGc0C0EiU8UYR2/Ocs5Er7lgF1lKApHV9cBZXUXmtn3Ma+HeuQ9Uhci+K1SF"
    "yC7cO4sLrMjc9tEytw2JvFlhyOvOjSqXsG75bdcK6n0NAaRZxpIIv0QQdt/MFXwt+Keu6f"
    "MldVs9q8ORfQXRqff5+qt0UQX42sXpJf42meBrl5NL8vlaqpM7Trv6+bSGv9ROa5eM6tmH"
    "eQWRjqRY8jf9PwFruqXfa78bI/9hod27L6XBMD2vcKM0WPbm4xUkd8Z2K+YYb6bKG2Oirg"
    "zQjdDlGKPrTeKjjdEVrhPpc7tcrhNbpRnZHft1pzjekgwGzLu1kgUz7QUy3hSTlPmZhgjW"
    "8mFNsDB03MkcTHVbkwG0aNiPbrx8IzlqFRMYSPJqfc0M3X6ZAUuRXpFlghPSkpg5DEL6id"
    "otJFU3cdPJEkBM+VmaIek1yXrl9lSefB5BQj/XUVZYQHLlwERwwL5dLcNvlsB5iP5MmcAx"
    "shK4ta46rNxy9+mpJfyzqtvvffeax/NNRIFHb4qMNFbAVnqyjzBNMbJ9lCor3xGGUugLpG"
    "WEv9J/aPcagFCONAzNIwltdE7JkXbbebzvPNJLsmLOFS+Lz+FjKwxE3hjjbWtZJMc4mZAg"
    "GRLkVIUvL5lzPEUJRUL7DEIk5U+z2crCJMJlmBVHSmSAbJhGaASoSVBF6GiZw9n0iZMTPW"
    "OVhSiVWDbpOsLJcmybWfFlEwuYhSr2g25TjmyyySiHCcVRVOQxVjRzgahuIdtmmaATXmSM"
    "jfLglZRKgOcKr7xgEiYhzuzn1Il0dmRA8/o6JZZtxN9pgLeTQac1rMQn8Q7g3bYO1ZEAnF"
    "KJKkA23ZYZOniJrYzl+u/S3f0yQCpMsQFETZQt0lWJ8E5qc3aD04B0VSaccrCMO3Mr3Tzu"
    "zz0+G7nkN+ewkHsWZeIJeHkuEx/A84urT8TcTNwG3X1ON0xPxU5SYzo6aSRXwbtizQAEJD"
    "vMF9CjBcuQrFisimh7fpbwPSya5VuoM3fOB2OBhbxfAtF0f4KAooQOBbs30rFzY6W7EZQo"
    "LVbe/gP0KNhYx8gkFlsGQ8cYIJXVHZxBWoJ5Ht1C6jxbSD19C6knc7+5qG2g7otQCqVuoR"
    "V+MrKgoiaHON35KaAohutTqQoduY7B2U6RKJHQFK7XFIb8r7fUY4Vcv48MYl4VVnR2FSkg"
    "MqKrSdc7+LocPr2D4TfnipB0veAlqldyHN6dGukubg2gWCZQZOIxT9QDjnD4kwmclPTkzo"
    "mbnZ5MLTAKKWVHlZSYyDweKjQRQhNRerHCUcptwORGCAWPW2geVzBVgqkSTBUnUxWyezNY"
    "qqhVnI+hiprlueIdVajh3RUElIS7MfU5jT80HVZH0udzxbIQImyNPbEMhMAJYXYMqMn6HM"
    "gYcCdMcWHosi0p+NXA1MB3nk2E5GcGa5Xrk3niHv0nuROFFusSsY+iuNoO97ZKq/+jPRg2"
    "8LR+Q4Y10h4f2q1Os9sAZAkoUB1pg2bvtn/fcOf3SOvfPLYHmKgBPCfk+FI6jNlDhKnuO0"
    "zVlDDjO87sxxYnE+wUQxZxz54xy30tPdtslGrLpLMFk/ZWwMfIOUvO1iRyq/KjehQlkoxz"
    "zoxqQlJrdmwqfzH23XTco1Qlgn93YXTQeKGaG4Y/W7ptJkpVDPtMqULTRUSRiCgq7Jl4dI"
    "q5uHjLu45iZIKbZB0gCM4zGgsCCrEnrdV2+pNwB/rODxIMEV+3HMEmZE7uAOBAbTl0Ozyu"
    "ucyLcGgJbxFv4iqndxNJUaL5vNcgitgUXal79yYxn/7dW0M8mvewantkX11dno/syytUH9"
    "kX6Ax/vjpnx0Rw0wmvgmJptw+bW/nQLEJMH82nkF6lkU660QpJRkgyQpIRjPcRMN48vGFg"
    "GN+SPcwUX38k7HhkS3Aq32yJEuH0SlcjaK98dN+zSDM46H7IWs3HO4ft2zz8s19TBGNJK5"
    "DU8OeJPMV/L+rXQNHeSKSvkwXbX5Xf8JdfEea5LED0wkBSoTJ3HHcNJOmG7MQMO8HFpANM"
    "KiMWG5734wU3L7j5wmw3+46IK70jUO+hNb5tPzwNf8PkCwkTLmxrOdJaDw+t1vi+TZKqNo"
    "C0WEjS2DndRtrD00230xoP2g8NsLAnqiKNDbSIb01c4ledR/qqpwtf9fiAYbwyBZl77UsX"
    "HboXydY5C8bkLMgCcoysdDWazi55oI7LqiGkLxPTOLOhedfW5RKcmQGcE5rAObs+Jkwnkh"
    "gWWRnj+BlmcpwJkQivmcg478JrRhRHE8XRxEYntM5FZxOE1rlQWud9qglDilWGojCqduU3"
    "s4+DwvA82kKntRNURsgb4H2mV51QsfeZIs0AFsGhYc2RZpFsg1dIuqB/r2hdYwRJReNr6d"
    "QtXlylhfaIno6MDT5XAZRowR18DVr4i2WCqW6AmTJnKQ8P/DY88XCeYCNC4IRaMTdw96xW"
    "DBZVFoijVCUEeve1rmXbWmaC2G2fozoQb6C1s1PHWpOXanDXQZiHV1cdeh4fvSd34XaG/f"
    "L2h3IyLhrM23oZHzhzxa1iknzbtoE6FmJ60MZarGTtZb/tWPEacyUEI60x60vyRYC5bVqO"
    "WcycgRMI/rDxoY2Mn0huiBdbhYbTGnPBmAC94dP8J9NlnHU81zxSJGMGHPPMigVMqDAccH"
    "N8LoNN/92rCeFbOZGh6PL4FS0dTj2lljepT4dxE8x8QfJZsHE9BtP1hszPBQ/zc5HO/Fwk"
    "mJ/QzM8AcZSqhEDvnpkXqT72bd+nx0LGZBRhmo+cisI92TIgF1BsiVvRZmrGHB7HV/odj1"
    "xGUb1y+9RuAEznuk89/kzqvPs8V5y7O4wYP9FlxhmWXkLCa18C56lVJsJ9lJBAb4qMNJKL"
    "V39FjF0j/VBLUm4Ef8H22ujUPq9xTO3zWurUJrdiTJq30jawj8dphSdQkQ3kwWhtlLAljV"
    "xoKYXLyQddUaKE7V5V0aK4agY99BbFVfPRQ/+isAtTxFpUOfXQniaOx7WEtCWuHFTPS+O3"
    "SEUILHMAw1bRN+qXQZ1NPysabWwCaOCb+rsJLF0HJ+6uDHQNTBXDpLFhzJTJe3ySCC8rlu"
    "o4a6xHaYM8dq84Fi42ewSXbESb6pQ82iIDXfnHU3MwbA+6vzU8U5+6HGntH+3esOHY94qh"
    "VJLhkqHcS92XveaCc2QIXCKoIuegCnshbyjhRilLKOFWMAsn9zV1WfETYRypxOvnp0iIC/"
    "kLEo/4RJJxL03TRKZJfT0ZwgSj1UqBwnTbj2GUgMu5xUTq9HNASPh+3fM9mSzpZyyVBa7f"
    "C8zqE+cSICOJuskTLl+xiE+KgSzb0EidlKmuqvq7l5dCQ+9EOEipfJf3C/B4pQdyKHkN4Z"
    "+eu1xyhFbDBfKzY2Zh9B7avdtO73sDuPQjrdXv3XUG98SCiFHHAvQcySNt0B4+DXrkojPL"
    "i2JVxMyHpM8XqgJZ7u7r+JYIaY6sy2F0wztkXTTdyiZduu1LYMxNeMpwusqs9JVhOMs4ht"
    "gkyOkx52EaEXQemem7CDo37QkNP9yEYY/TlpBlP14WPWmUCoZrIzNvGrlQOzCOEgNvW+h9"
    "o1UVIxWuE0VeU/5gbbSkUqiF40TaghpnZdFiZKXj1OpcjFp9BZ9WZ+Qsc+Vz/okcohDHAa"
    "uAuvAH2RpP4Q+Skz9IfCvYAbSe9tULKCwptKFtsFC+NhH4VyjH18d7+mrxbNGe0gxJr0Ru"
    "diMqp54K2vGLiaRJGdnXkwnCn6eXiKZMOUcyyc9cP/UzNuP75M7Xy/M6vnZ1nrhTr51fkm"
    "sQ/72+OKf0X5GbcoWtMi/eK6bFkPoeTtRxJB46KnTqeerUw8OxiVY9TF9o34lW//6+Mxy2"
    "240gJfpI+97utQfN7vhm0Oy1fm4A52XV8cTAv3Y20rzr3vfvg/7TA25m6PZG2Y93HyF5WG"
    "etQ7Nlwl3reMENv1YGjGNkQiLmkYgXuqmwgU6PigmR5CfDnRb6HBVuWbnaNjM46AQjE3iN"
    "bFmUh+1xc2SbeJrkt9fiPD/wdNcwf2U0yVRXrGWFIbMlG1VXCW5vXnNn/Xjt10lv6UBlc/"
    "nB7K9hmcSkIZx+chVQRAaQfWcAWaiQ5dGwIo+NR1A63msv+AZbRwLjNe4JYULhm1BoOyrS"
    "5E2GOEQmBrjQAzzTbVaVx1skKXOoskfXp4mPrUP0xSUu18jetlud+2b35KIaZ+rDWgJ2Vo"
    "GNnBDYxMLsKLI3fNS9SljrhbW+KCblLbI3hJ2nSIHaLfU5vsJhQHsrEeb5KHNc2FapcgJk"
    "eRQ5RtCaywjvVi6BFrVse2qgBjDxukMyULSggjGxcoETkvhYlp2AL3IVynNF+1QFlC9zUi"
    "D7wTRso/r+H8k0kodVXG6tGWEmP2joGR3vsaJtIsbHaIVDdJF5p8PKecczsBuJed7Ot4kA"
    "EqMVq6jIqygYrc1E+hRyEViQlOk9XiEbwjEqIfYxkHU4r2y4RmgEquuF6TCru6VEzbQoHx"
    "navGJ1bP2yC/QkJ/MOUA4KZpYU2sgSLpQbfNOprAknipriVBFrUV0liOPjfjGGSYL1aSdJ"
    "NhXTxkLuyP5aR2hkX8u1cz/1yhfQQ29YaEayQvM9GsBBUG4AiIVfw3CqZ5GMLG4WFqoHAA"
    "sdjwkeQEBLETFyUOb2WJGQsmDStz35Nx69JLLpPgohEuEHwuenMEeQ5J/NgnKIpIQo774I"
    "rIHxYjnhptfbCChKAfAqGXcfNTfcfd/MKn5GqPYkdR7fDh12fyYH8WbCPZNWiEorUc5s0W"
    "WRCu2J8Ij4oPpIDb1AEnUxzp4agkUqdiuRI0J4nRRYh5MpR0Rkhe8A457bX8mTRbA2xi18"
    "fPBPndN33dLNp+31UyLo9+rg01IMiRQLrzD0if696lpNohRuylG6ZmRfnkokt8TZBP/9en"
    "oG8ZUarAOTJHy2dLfI+U8mMO2JZSDEqkqzWSdCv1cs/Z6I8YqkiODLEbEqScQRlnktkdJJ"
    "KEeE5F7YCX9skruQKoVUWRSJZ1exDAi/4pZSjseYD5zeSgR6LrKOB9sKkSeELKfkMzZCJB"
    "wSEKmmBFyaBnif6SRp3/tMkWY0bR+9DYHXu1Ps5n2GNJYgtFVfzBgE/1c5M95jR0QcwqHT"
    "9YnTcHdMZHYGXbDl6/KcQxkjlDVzXoysdJlF9uJLsll1Bigkn6OQfGIHMK/vSpRK7FHrZa"
    "Cw5npLQSisLz8ykHmFoNgEK5SD9K1tLQfQcn5mgrMP3V3P1Mu48dgIWnNFKJPhNn4ywYuB"
    "TzPCgUMwsq+n01P89/RCwmz4Qjcs4pDsBhbjJiRKmLDoJHJYc+KFvctOVcuqEzaMoDRjBy"
    "nn8lSmjOD07M4E+hpjIScUQU6IjgU/vgk6cX6weFyKUnra9FXYHkOy9I290rmc0jPUEaU7"
    "Ghvj9anpfeIiQ1353u/fNsCLrssj7a7ZGXR/GzuXplAx1OXYudP80R40v7fxHv6GX/oFjb"
    "SHfn/QAAtdN+JnAtdQ1XiGqpY+VLW0FF7CHFNqoSRy4vMeKmEacaCsF0gcwHYgjlCO1+/s"
    "yEDmFUgi06t44ogDf5o44g8OlzgStOYwL5gI76wWNJZYNFgiaHxGmhwRDLzPdSR9dYUEMM"
    "UCwUwxiWzAMjPspM/UukDOEJJ+hfhwUPGBDgE/rF5zsbeLLBL5oprVzBAjK7JkUBhDA36c"
    "5Ra/4HUfDJGUAuK8PQhFUfsPI1AJi/5eRSnh35a7fxu1mWzp3hY11ZQE7r16tgVhTwxRMx"
    "ITtUbSRJG2XIE89cnkK8nJc/aVlJeFp85ngB+kKhId6bDJCb5gTEwLQD91T5V+crPmKpbp"
    "mqDYAT/7fJgIDCqWHCoOxx0brmg2GcbevC4BDSu7rWDluVh5C1o2A3E+G1ZAnaNH3AJpsn"
    "vyZrFkPbR7t53e9wZw6Uda8+Fh0P/Rvm2Q3dnQ35A80gbtv7dbQ3LNQCRDF5I3sl/t3NQ4"
    "VdRNY7ZYpGL7YWw/DlDZRdownRBnCy3OurzVZguJTSzSFiVXkodU9rUUpRRZ1Iu8mDTdYm"
    "i303k1r30JvOfzZtM86TD7hhWiEof+eoWcB9kOtHLJZMdHBjWvXi42zQrl40CSHKX7OITu"
    "VtdqnrK5N2CBguy1pudlQPyeNUByEf1kAv0dTwRwMrLr0mXdSRT9qerUakJv+Pwjrs2W/o"
    "o0M5o2mqVy2t+DeEqQh5IreV7VQv+Ul/6p+AdwiTQlRMpjKEr+/tjvpYuFzLJLimSB/wOq"
    "Yu7t/K3819TWnHzyE1tRLQWvb/K8/z4AP0QAWj0YcdxjrCrpID4Yzl63WQwBg1RwRkxtrA"
    "tU9mDZGGEJGP69e7EI//SPIDJnz+8r0vpmkt92lCN1gBl+/N6KI7uVPFPqNglS9y+7vSno"
    "vZIqu9G7VQ7ZzW+4VnYb+kGmPxGhihA6UauugIWlqaury3NHmvob8Ss/db98agAoSWhBol"
    "MN3NyyDbcCLyEmhsp14lzOzxYSXgF2s+oKCe8w8UwF05nvwzrB1vGl87RhmlKIz/s2WB9H"
    "LaHSGAics2JDgThJKlhNpkDsApXZ74tBKTZmkTNXCMFCCBZCcC4L52iF4Ei1FoYYHK/msk"
    "YQThST4csc5dfhVREwFcuOOLJjbKfKi23Qu0QaPZuO7K9Xl7WRfYlOSfmL83qdnRtqR/0K"
    "x/hiia2HrphxWHD3Xy8j/GYJlNMlrBiZELM2qJ0xpqXtGZP7RtdVBLWUjSNMF8N9ggn3Bb"
    "w37/OF/qbf70agv+nEsX26v2kPTs7oOOBGinPYCpHgA4kECQaWJ3zT08NtGcBZWt+8vQZx"
    "MgQCBkfKFhvW8KX87GjTcW5zzCLEqaUB3g2SUUAjEZOEbyQXf6L5fKrUAU52bkDLSymqY8"
    "5zglT9HfcETpyaRkDGTT8xHOz2/jgeIwz14wtpj9zAK9zu91AQloy7IRuasNLky+6mp9pc"
    "H0J3DAk3K7dPw98agCT5GmnD5uMvePig+TrSHgb9m277vkGcUPEbzeOr5zCmh0NLH4dWLu"
    "1f/nC2I8IEZIE5SlVKrLmgXoF0HGgsN8g2VGl+vewiR4Q0R6nDv3K0Yod/kjKFjhTpOkSz"
    "Stw4PjvPCsyJ9BAX2SCNK8iyM4RISqCU2LevqBe5MTbQH7ZioExpvpnEpQP9nOvUO19x6p"
    "0nTz38u0gKF90YvyLGbpyOeYKwdHjvfpKbum3gWUohygB1jKx0QJ/zzesV0zoFaJZgeKO8"
    "pMqGEbISOTN8rdXOz69qp+eX1/WLq6v69akvLSZvrRIbbzrfCV8RGYcko3GE+Vf0BdIyTv"
    "ZK/6HdawBCSVKsPPQHbooVGihCCgi0Wu0Hes1xYnVSsQyfBj2nHfFmLUoqFk+xvFEOCTZx"
    "idaPcAYSmv8szkD2Qt5wmKOUYpgLPcxESZ5tpwxRCJ8vxv4YNwlwwhonE9iu96fzQrV36k"
    "/X3WP8dwH86ULLN8WfjjmZdwDzR8mGHFvI2+REpnz4lib1aC6VkoDO8P/fCUxeNGJZYMrP"
    "64Bum2u9DrzNdY3Xgbex8znB4rVGozLDD6LWf1pCiFj5SaWZb+D5DRnER+UZvBj6uwneZ3"
    "iUSeSlm5eHuAFIOmkEpBnUXpDJdo7d8/NEnaMisB1VIOoc5cEuu2skA5whivwQPTsSOIUS"
    "TCjBCsGLlEI7IpRgH2KYRb2IvapphPogi/pgF4oDIl1sKQ+XOsg0aurF0xBatsHKIpkFsU"
    "evnzIBtU8FQgAYQ28QQXONusCMtOWJVKBKOizE49+BDwUVyS9ojjSax4kkbRrZF2g6IX8v"
    "Lz+REAMi1LtyB/nqliXGHRCxnxmcsPsnMPUCIXVupPqrJyQJRcEhFQWiiO/uUBZFfA/g7U"
    "c47UzJlX0CkVw5Iv3sIrnykajKjmgnIYzDZtWSw4RCui+0dC9cXIQbxsEFqWpmN4zDpDUa"
    "QvW1whDH6PXqWknM8ppxFQC+QvASi0PS6fXIvjyXSU3es681YCBJN+QGeJ/pgHSIZCdhLv"
    "5O473fZ4o0c+K632fLKoCaTAO+p7qq6u+f7QWAJiGa6ga7FnBOzxXZj4oljdExZRhuVwQg"
    "+xRCWuCQFihc2SK8fQoBMAfAx5G890B86V6KC9GtfWwvsmAeISpBpFveoDtn75g10dOjvC"
    "NEW4Z5H9GsZ8V5F8QFpGgoCh+QIkzYo1MfCOeAvSoPhHNAPs4B+1Qa3NrIvLM1ua1ZxrLC"
    "0B5EG1RXqRFk3HQ8xW3HyG/M5QVObKmnEAv30/OLqvNtgsX7Gromud7w9+nVFN+t167dUq"
    "yOeZU8DygagNRpmxbymdQkQn4tkUzGF2e4k6vLswbA5yEV+SHm7iQnITI0EHArowO8AaiI"
    "5hJVl4x8dcV8Ra4cdwzXc6G0EL7mx4LtB8oHOGjfd4YkL8NcsUZas9vttzAL1fD2AzTSnh"
    "7bdJuI7088+ozdp2yAc5LtlcE+4w1rDlX2FA+I4pyzQ/XFpS7OuOxE0Gu3OvfN7slZrVqL"
    "pUnzoL9I5gPMJEIL2bmysA0sP2RSYYZISqDrySVJ/rGUeTtmlCXdMDCvZ2ZU/0SpROiPiL"
    "AS2rWiHWnEqCP3NXVZ8b3Zj0Hb5k5YoWwTyrYicITHrGx7gEsSTFBJUbV5t6trFW2LUEsu"
    "Ldtc16yZp5NaQIUWVSCxC4539Tda1Zq4nUIVnDw/O5+R+fz8Ccygie96hc6AI8ZRdZWtyT"
    "rujnTjvhBbf5bnw3k0YxFXfU/zQl/SqQAhNGdCc3a850gk5IJOan4w/fYCTQaaQu21X7UX"
    "Ph8ygutSCGTXIEvyFGlI3VSJHiLPUYuDWSnbGb0suvT7Zu+p2W0Ah3qk/drGmAwb4B3hX2"
    "EVQ39uoCkyshZ1iBCVTpl2ecEB8uVFKsjkVhxkCeG3wjJrNpTDVKUrn3pe44D5vJae776W"
    "CDXE/HxGn78QyYe2Wmg6qyJO+tz02pdu8e9Fk+6JkdkUUzGqPal4j09ei+yruiFvqklPoR"
    "aqdKFKF6p00oXIPbGPtSQMFHs1UDgTcAc2inu/oyMDmNc6EVmqPJnchemnHKYfQ58qFFy2"
    "6ce9XV1v+gm1XGv6Gc4Cm4lrbQH6OzIBgtLMscuAqaHPwQlRo1fp5zG9/AnoWhVgQkUlhb"
    "rxXDGA+2ji5Ezip038M6hrc9Lqk+NzNzP4CJuOsOkcFbah2FZ/rWRANEok8m9/OBfzx2a3"
    "OeiQ6n8mVKGh0CqBPaIqH9NbvzUA1IjGfEzvL0faY7t7N27fP3T7v1EypE7HaL5Q9aVbTb"
    "AzcIsJkrK3I+2uObhvD8jrGnNkYPrh0227N8SUli0jzRppT72gO1sL99XttO9IV6qCppuo"
    "6HdfKXwCWe7EK41RHsnW1qiC6TV2bYwyILMQ+CpoPZIPCO1l9YIbWbJByYRd3chSzaAWht"
    "U1iAuXgP3iiw9g2ZwpjDwefGdzmD5Hs4mma967cJ/QvX6vjWHFlOREvH1qOaerbEvkjGz/"
    "E5+d+DDFz5wvCmLGxpKqob9hlsFwTm1eO1acrnT2rDMue9bZCnvWWdKeJayFe427EeEhwq"
    "YlbFrCplXstSRsMDnZYA5jKbjXnSy6LV2zHMV+wloQb1JdZTGYu40JJn5rroARl8DJpArB"
    "yL6USb6Seg1e479ndYj/XtSvSVaT4BtuVa9/HdnXp5MayXYCMcXVxeklviujOkmUUpecnC"
    "fk8/UEBClRTr96KVGc9ChOYpRXhBYkhYqBXmwVGsDSbWmWkqWl8G8s8soWyyghsixkzVB4"
    "hF7kG6jKH36mkvhiRkXxqP/4SPvReSS5Wt4Uk+RqIUpyRzc+0pqtYedHZ0g06SRZE952iy"
    "GmC8Fxv26mwh1SiI5CdNyT6OgskE0WlRAduUVHB7BdiI6uvDHwOzwyoHlFyMgUK6QI6Q7B"
    "CgkyGCQOATKYIjw1QjyXryl4fp7pczTWjZfnZ/CuG68YfYCfgt6xCISAqeD5hBvR/5+fvw"
    "DiOUYowMTAU21G5SmTun05b0DTaCLpgv69IqLc1Tn+LDlFGU9PiUA3wZLZ18sJEeKkOvr0"
    "LSEuFu0FRxrJeiAhzDRqL+6rKE6nvhh7donF0frV+an3YF2jDRYqtKa6Ma8CheQeXVL59l"
    "yqUckXP63+9QySQimSHH2vq/rZlHR+PuFPKeoh5c57vBtYtunkTIi8PuN+ROfi3RDybp7y"
    "Ln4tS9F8H2BecSBGVmTRrUjmOrphZFEw+AQfW8cQKCp5J2iIpISTc/fVaCRkWMpUIYllMw"
    "ZHJylLpyO44IH7Ih3upAuLUL/sU/3ishJMfNerJAPqHNGG73CZEfFK89cm0StiSup6+zTo"
    "ub63tqEhuRh6Ru9tMmYDiJFtefoVTAmW7fBToWl5prqMKDJIPzYfIfx5hFJWKGX3o5SN6Q"
    "E4V1WMSihmWQn7hKfUflKWJJRT/LaEBKk4CIQz2sESAni76A6w/SBZAWLnDgfGkUWfP9AF"
    "2yoy2MQSW2Vm01hCE8iQ7W9cyrtfBkhNU0ynu0uWZJr/Z59WxDYtOEdfNGE/9O9VV1kOUb"
    "jVOpNhOhjCabJYRiRLsdRspeI9ghLq5vdjOMJyMWPTS525fnvB+jNY/yPUD8sGnFpZFcS3"
    "g+bdsAEo7UjrP7R7DaAvkDbSWt3+I1EWS6puFkVVjP5c4NMBZdmgwyT5zfTTI5nmCwOZiB"
    "WInopniELAmVQYmOT9Emj+/bHfS9MTeBRxVaYiWeD/gKqYe0O18l9TW6PMFpjYimopmvmF"
    "PPa/92XXW4ElQSiixfS2gZP75j/jOwTemm7i6knSwY1Q5gtlfrHYkvIq8wmXsNGgRwh3MO"
    "YFW11HMsQeJivH2OH9NlnYYUIxxkUeY5HieK8WDaFyzycRbzgFn6rq2+p/PWXlDe2sRJBH"
    "93eoyQrZhneEVsvrr6yAvekWMnYE1g/SV5mAysOw4K7HFeaFYMWuNzKMJ0FjrvQWJsIiiw"
    "UcsgYNpPHXEFBkE0gzzPho4ARqgCRcW1IBngTlQDBRofbqkqbkotht9zu2gTw9dW4zGEFs"
    "W5G/EJpNpvh6W0hIeUGfRP5cHEJz4ZS+cji4MG9Gf/pqowgeTUVi7b3p+qIQSTEURuR5pV"
    "EY+ftCJoY4RiW44vVccdjKuyVrHDYrHxnIvGxxbIJFeONW87HVvG0fKmw4yfmtOJoj7CHH"
    "6SxF2u/UGeD3yBR03c7+JVwEDugiQDZntsE1xRLlts/RxErCouULJwXYvs68fWeoJyJMFj"
    "8Bv70w98UNH4JdEP7sRUdVMGF5MmHJObwDcIUv+8Gy4njzeoiMeWUFZ0vv8zG1lteUS+FE"
    "WpN0M1ADuvHykwkkfT5XLAshcKLTRDTQS+xCEpjqNqmc5rdpAMUyXa0SNJYpWqc9PIMnK0"
    "wy4Yvgt/PktzHqhpU57DpK9aFjhUm5uSyctN9eMCcsZlqTzYxzMUTyoSfiETorS7ZhuG6k"
    "WdyVW0+DAS0O59KPtHbvlngp46lQGCflg0mFBfOS2fUOITLiiEo2Rz+JhbNsOtQldpYVTn"
    "ZbryLhZHdwJ7s8VC2OW9QKXYvvN8WhbHnz23JkH6aNvfy4hq6qJCfu5eTyfGTXp6fTSDUY"
    "HW9TVeBduoLoNFzi5dwp6/LpC0kTDE36GvLzM9DQG36CCZcmeJ9BC+gG/h9pSbXMoV9GWE"
    "yLsutVV2hwFHOcGsB3o+sqgloKwBHCGNATTLmv7c+/kq/MfNPvdyOcwk1nGGONn+5v2ljQ"
    "i1WYTfJv/grKCHmETiCeAXFhZRVW1qKjKqyswspadGiLa2W9xZyoqi/mmB9pa5axrDC4/0"
    "SblQKAHLQeI785n4u/hRZA1jV8G5rAK7TVcNlle0EULDJhlh385C+gCXAbw5m3ji++ht4B"
    "fSzm3jFnTX6KU5YDdwuURBn2vJ470gy0UKGEL548u7Tm86dvbhkSekt2O8DLBQsGiiN/zB"
    "TT0o0lt2k3MtVe0VKYdnMuUSnUTTtllMgUToCZbnhwm5cwc9V5jcPwcF5LtTuQW1FoyY6X"
    "qgxnwxsi+dBmX7Y9bIj+TFnkJbKHrTINtP85jEieicAg3zLQ7fe+e83j0UIxGfRNkRGzME"
    "96qFaYRsRqrR6SDWK1yOGXZTi89sUYinLlWXJZyYw24yiVMBYn+Q4srOjGBub4BJ0ANw1c"
    "+i0DbxelKsFRuveyYcLhYRMupkAODh4mKz0chC55V3vUCl2yUHYev7KzuVjgFzehmqrqjL"
    "WorlJ0Qq9tVjWnW8lY0ahu0NBtTW4AE6nTz9A0kWkS1WmVKv9eDIjpgZOmH8lgauhzsEDI"
    "MKtgYegLkukNQE0GeFCmijHH3ygJO9gkp+cyHRjo0+jWKbwXDq+kJIM+DgY9iyaDQVoCTi"
    "xvpQZF0bQnNI5rEwaN2YHI9lhkNs3bOMd0q2QLPutDRpK9bLT88hnnSvufrXa3S8NG0J8S"
    "UlUaOPKPp2a3c9chwSN/2FBVMA7ySLtpPnZaDTCBpiKNtKdeqJWt+e3iJxtXoMklT6BJfG"
    "6EAk0u45LVVNHwub/VQMa6EKN4gFHUVVV/txfjrOr8BKE4AjMfgT6Gss3APt0EFaf7yNWH"
    "heS/O245VEqCyCoZa06GSASm67Upvji4pTLFl9cHXodHhjOvUiU8wYRn3odSVjlTe5Wyyp"
    "/8PMoqf+ntOqufGwlGUi0I9c5B1Tt0CPhh9ZqLg6sc1ehIlZeMUkIlXH7uYdB/cArQecqG"
    "kdbq9+46g3talc7T+RZDiCtMMZyirYRS6s6yD3OMVOhIizzO/t6yic9CjFaMdJFHeo7wIG"
    "gvmVVvcTqhecuseRMhCnvVbYiMGPlkxAjnr8Mvs20hpaTrR0kgj+o2Idk9t4TqASFjQDsq"
    "E0z7VOaEEGMocqJ48ihxiC/O2AhI1vodkXQkX2sj+3oiXTSo/4+j+frJdDx3wFQ3AMSH6s"
    "zxEIKOfxA4IU0X+NoCKsY38D7TAR1r8mlOIh/dVCYz/V1j5LjN77GrvY4IsaflI58R+SyU"
    "VIdUUoWHhNfKEiIRnAjLcuVN7WyYIoFpOqZbOXls596RE7Sl9e8Q8Q/ruKBSqBKEvV7Y6w"
    "8tPVQz2+sPY1UeGlAzp+wsj/69lUKIazG3wo13aklendLEK1hRBb9XSFjCOFnLgtzC24Uo"
    "cnHwFIm6bZkKi3talyIxRCgS9mVI2Id3GYvl+JMemx9QiOj81Zr2DaLzHXAx48KWH1aNiE"
    "tUAvPGvtPYYFbdZOX4S0c4oCgdvHupT3CEPjAGwo1NN+drFll40P7HE5ZIiDzr9zHSmg8P"
    "g/4PcpHoYPU3eq3Vaj/QhlCS0IK2G7T/3m65xP9GEr3WavaoeE1cZwhAWLwuiHwsshjlZn"
    "P159J4wshnli6nxshEMhGG0tPHKLueJ04rND2F1vR4m2+2RRSjEmuIkZDHgyj7EoqRCq+r"
    "Qi8gl1PJuICiVGIBsTJauRBtsICipGIBFXkBSeqGbsgRQjHGRR7jmFqZc5OMUQmrkqh6kR"
    "OqEVsHJ6oRGnGgi/RvuUbUsnbbHWD7QXymYycNB8bOas8f4YLtEbwARzbHYgWFG5bicETJ"
    "aHD3VnWV8f4V8zwqkl/QGIaacxRodAoZghPirgsWBoJz3GMVvx5NKXj6CehTfAMPgU2ywo"
    "E3ZJiYtkp8ev2LpKqKwSq4uNvOmZ7AXjuXX1ToLxMOwIf0D/CHgR/aMIlgBVl12m02m5KK"
    "aEAg8GT5U8AJUrOYln2CIjv8FsZ0P0NQZocjpTushGmK4bJSqtoeFvozUz5Yr30p5nveVm"
    "GPK8kmu8eoxMa9XnwPs39bikC3oa6ODGRe+Sc2wYrkv+yjz5CAwiPDIwKFJwVf5nZX8nDk"
    "EQO92E6kLKkHSeo/2gtVhzK5S5Kom/jtgKVYKv5oLzAlkt2SkJJtGFRm0VIyte/pOeudrY"
    "UElKcERActC3fpE+zrtM0V3f07LuKXGKeJROkoR6lK4OwW8yPkQvpsBdJnSaQV07SzoRxQ"
    "CIR5EFZJXeVMoqhHUDp8d18pC02npJjzG2YKIMsnNj0ddZLyIyekLrqneOJ8q4zsq/PJ6c"
    "i+vr6QiB769Cv+W7+4zjiTK62nwYBGUKd1SJzDf3RoWsWRXZentZF9MUWI5MaANXLzod3s"
    "hu/W0dcpJp1c1uI8Is8aueZYItepK+Q6vkDeFFOZKKpipVRjXj+40R5y3JMwkmeXeCjq09"
    "PTrKP68HTTJeHu4T5GGubs2oNes+tcv66P7K+n6LoIo+TIDRlY9RBFfnqEs0Lz66HdTLcN"
    "CWWuUxkjK93xW6vXeVj1ej2dVSf3mFjPoDnbAGuPrHRYX15wQH15kYo0uRUF+h0aWlade5"
    "hG6Nx3rnN39DlZvbJjVMKJK7mB553pcj2cx6e+Eul0eKDGP1Dua+qy4udcPAZ3aHc2rvSG"
    "thfyhqMepRSjXpRRZzjBJ/KE+pYEcrxk20NZpOJwWmuijMCWr52yYEDzmilZEy1iq8QvAn"
    "pP3S5fFmHXI3LbNMKBX+WR7WZpsO81Me4dQjLpqcKw5/r3qqvsuRPdGk/DLTly4crX5zL+"
    "K13Ifwt9QUB3SmNDzXxHRhW8K9YMfwE6JYUqcBKHsNLc7qBHYZ0tlnUWP45ox+h6Z56A6V"
    "oJBml+Gu1jVUzQTAxM7WU60GGaUnigxQ1dfJauVaauhK3L2YuSKKf7+AUUJdCv5e3jN0Pq"
    "YmozLLcrc+CFqHJMgHcYO+IO89+JXGD73j0kxaLHWib9cYRIKJB3r0A2s0ZVhyiEbC4Ux0"
    "JxfCCkj1ODmKY3Tqi3DuMk/qQ5HCuS/+HJBwz1AqNVdZ2iwfZpxmHRgyeC1mtPPbNxX4AQ"
    "4YmAZEBiWUkhHHLHd0//PIEmAlCeK5hEBwZ6U9A7K3p2dx0LDUSxNBBCIs6Hp8W/00jxa0"
    "sF2cjbjS0fmeHslNd3eaXzcgJiIZjtVXdGa9/KyDUIxSxHqg5TNuIoWQznKaHbF9KnX073"
    "BPUqh+X+0023DR4G7VbnsePKYT7PRG9GFQyDdrObRPoItMIlmtpCthWybYHRxAKTrr4hBp"
    "4r9bthsr0peBO4+vP2aBW8QpUgVAm5JtxChiLNKqx8W86d6sqCvUGbfZbIElJ5nlJ5apBN"
    "OueXHmVTBpl8L/EgZFFlQNhtXkJ09xJMjJ9oMdOhrLDhBST5W/AOY5jema3uoIfZf/4/14"
    "HPLw=="
)
