from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "disclosure_kind" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(40) NOT NULL,
    "rule" VARCHAR(10) NOT NULL /* QUARTERLY: quarterly\nEVENT: event */,
    "days" INT NOT NULL,
    "is_active" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* A kind of item with its due rule; the built-in kinds are rows too (created on first use). */;
        CREATE TABLE IF NOT EXISTS "standard_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "org_kind" VARCHAR(20) NOT NULL /* COMMITTEE: committee\nGENERAL_BRANCH: general_branch\nBRANCH: branch\nGROUP: group */,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "description" VARCHAR(500) NOT NULL,
    "position" INT NOT NULL,
    "is_active" INT NOT NULL,
    CONSTRAINT "uid_standard_it_org_kin_6094e3" UNIQUE ("org_kind", "code")
) /* One checklist item of one org kind (组织设置, 班子建设, 阵地建设, 制度落实…). */;
        CREATE TABLE IF NOT EXISTS "resp_negative_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(200) NOT NULL UNIQUE,
    "description" TEXT NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* One accountable situation of the configurable 负面清单. */;
        CREATE TABLE IF NOT EXISTS "assessment_indicator_set" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "indicators" JSON NOT NULL,
    "rules" JSON NOT NULL,
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL
) /* One version of the 12 indicators (weights, targets) and the colour rules; frozen once a period uses it. */;
        CREATE TABLE IF NOT EXISTS "project" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "goal" TEXT NOT NULL,
    "measures" JSON NOT NULL,
    "budget" VARCHAR(40) NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "stage" VARCHAR(12) NOT NULL /* POOL: pool\nPROPOSED: proposed\nRETURNED: returned\nAPPROVED: approved\nIN_PROGRESS: in_progress\nEVALUATED: evaluated\nCLOSED: closed */,
    "leader_member_id" INT,
    "leader_name" VARCHAR(50) NOT NULL,
    "is_secretary_led" INT NOT NULL,
    "is_claimed" INT NOT NULL,
    "previous_id" INT,
    "carried_lessons" TEXT NOT NULL,
    "return_reason" VARCHAR(500) NOT NULL,
    "score" REAL,
    "grade" VARCHAR(12) NOT NULL,
    "evaluation_comment" TEXT NOT NULL,
    "lessons" TEXT NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "claimed_at" TIMESTAMP,
    "approved_at" TIMESTAMP,
    "evaluated_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    "supervisor_org_id" INT REFERENCES "organization" ("id") ON DELETE RESTRICT
) /* One project. `org` owns and runs it; `supervisor_org` (the parent, or the publishing committee of a */;
CREATE INDEX IF NOT EXISTS "idx_project_org_id_a0f5fc" ON "project" ("org_id", "stage");
CREATE INDEX IF NOT EXISTS "idx_project_leader__ae01e3" ON "project" ("leader_member_id");
        CREATE TABLE IF NOT EXISTS "project_dependency" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "depends_on_id" INT NOT NULL REFERENCES "project" ("id") ON DELETE RESTRICT,
    "project_id" INT NOT NULL REFERENCES "project" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_project_dep_project_f4dc75" UNIQUE ("project_id", "depends_on_id")
) /* `project` depends on `depends_on` (it needs the other's result first); the graph is kept acyclic. */;
        CREATE TABLE IF NOT EXISTS "project_indicator" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" SMALLINT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "unit" VARCHAR(20) NOT NULL,
    "target" REAL NOT NULL,
    "weight" REAL NOT NULL,
    "higher_is_better" INT NOT NULL,
    "actual" REAL,
    "score" REAL,
    "project_id" INT NOT NULL REFERENCES "project" ("id") ON DELETE CASCADE
) /* A measurable target of a project; `actual` and `score` are filled at evaluation. */;
        CREATE TABLE IF NOT EXISTS "project_milestone" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "note" TEXT NOT NULL,
    "done_on" DATE NOT NULL,
    "evidence" JSON NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "project_id" INT NOT NULL REFERENCES "project" ("id") ON DELETE CASCADE
) /* A step of 过程督导 recorded by the owner, with evidence files (tokens of the evidence domain). */;
        CREATE TABLE IF NOT EXISTS "project_note" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "note" TEXT NOT NULL,
    "author_org_id" INT NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "project_id" INT NOT NULL REFERENCES "project" ("id") ON DELETE CASCADE
) /* A supervision note (督导意见) written by the parent. */;
        CREATE TABLE IF NOT EXISTS "brand_profile" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "slogan" VARCHAR(100) NOT NULL,
    "story" TEXT NOT NULL,
    "photos" JSON NOT NULL,
    "project_ids" JSON NOT NULL,
    "is_published" INT NOT NULL,
    "updated_by_user_id" INT,
    "updated_at" TIMESTAMP NOT NULL,
    "org_id" INT NOT NULL UNIQUE REFERENCES "organization" ("id") ON DELETE RESTRICT
) /* One per org. Photos are evidence-file tokens (images only); projects are ids of the org's own projects. */;
        CREATE TABLE IF NOT EXISTS "supervision_team" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "committee_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
) /* A committee's 督查专班. */;
        CREATE TABLE IF NOT EXISTS "supervision_inspection" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(10) NOT NULL /* COVERT: covert\nSPECIAL: special\nRANDOM: random\nOBSERVER: observer */,
    "title" VARCHAR(200) NOT NULL,
    "scope_org_id" INT NOT NULL,
    "planned_on" DATE,
    "seed" BIGINT,
    "sample_size" INT,
    "target_ids" JSON NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "committee_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    "team_id" INT REFERENCES "supervision_team" ("id") ON DELETE RESTRICT
) /* A planned inspection of some orgs of a committee's subtree (the random draw is reproducible from `seed`). */;
CREATE INDEX IF NOT EXISTS "idx_supervision_committ_e64a24" ON "supervision_inspection" ("committee_id", "kind");
        CREATE TABLE IF NOT EXISTS "supervision_finding" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "evidence" JSON NOT NULL,
    "status" VARCHAR(10) NOT NULL /* OPEN: open\nCLOSED: closed\nDISMISSED: dismissed */,
    "reopen_count" INT NOT NULL,
    "is_flagged" INT NOT NULL,
    "round_id" INT,
    "ticket_id" INT,
    "due_at" TIMESTAMP,
    "observer_id" INT,
    "created_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "closed_at" TIMESTAMP,
    "inspection_id" INT NOT NULL REFERENCES "supervision_inspection" ("id") ON DELETE RESTRICT,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
) /* A problem found at one org; it is rectified through tickets (one per round) and closed by a re-check. */;
CREATE INDEX IF NOT EXISTS "idx_supervision_org_id_6b87aa" ON "supervision_finding" ("org_id", "status");
        CREATE TABLE IF NOT EXISTS "supervision_check" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ticket_id" INT,
    "result" VARCHAR(10) NOT NULL,
    "note" TEXT NOT NULL,
    "checked_by_user_id" INT,
    "checked_by_name" VARCHAR(50) NOT NULL,
    "checked_at" TIMESTAMP NOT NULL,
    "detail" JSON NOT NULL,
    "finding_id" INT NOT NULL REFERENCES "supervision_finding" ("id") ON DELETE CASCADE
) /* A re-check (提升) by the inspectors: closed or reopened, with a note. Never edited. */;
        CREATE TABLE IF NOT EXISTS "supervision_round" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ticket_id" INT,
    "opened_at" TIMESTAMP NOT NULL,
    "finding_id" INT NOT NULL REFERENCES "supervision_finding" ("id") ON DELETE CASCADE
) /* One rectification round of a finding: its id is the ticket's source id (source_type "inspection"). */;
        CREATE TABLE IF NOT EXISTS "supervision_observer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "kind" VARCHAR(15) NOT NULL /* NPC_DEPUTY: npc_deputy\nCPPCC_MEMBER: cppcc_member\nPUBLIC_REP: public_rep */,
    "unit" VARCHAR(100) NOT NULL,
    "invite_code" VARCHAR(16) NOT NULL UNIQUE,
    "user_id" INT UNIQUE,
    "bound_at" TIMESTAMP,
    "org_ids" JSON NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "committee_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
) /* A 党建观察员 invited by a committee; a WeChat user claims the record with the invite code. */;
        CREATE TABLE IF NOT EXISTS "supervision_team_member" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "department" VARCHAR(20) NOT NULL,
    "duty" VARCHAR(10) NOT NULL,
    "user_id" INT,
    "team_id" INT NOT NULL REFERENCES "supervision_team" ("id") ON DELETE CASCADE
) /* A member of a team: who, from which department (组织, 纪检…), and the console account that acts for him. */;
CREATE INDEX IF NOT EXISTS "idx_supervision_user_id_cb4561" ON "supervision_team_member" ("user_id");
        CREATE TABLE IF NOT EXISTS "disclosure_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "period_key" VARCHAR(20) NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "event_on" DATE,
    "due_on" DATE NOT NULL,
    "status" VARCHAR(10) NOT NULL /* DUE: due\nPUBLISHED: published */,
    "body" TEXT NOT NULL,
    "evidence_token" VARCHAR(32),
    "published_at" TIMESTAMP,
    "published_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_disclosure__org_id_af464a" UNIQUE ("org_id", "kind", "period_key")
) /* One item an org must publish (a quarter's regular item or an event's), and once published what it said. */;
CREATE INDEX IF NOT EXISTS "idx_disclosure__org_id_c74f3b" ON "disclosure_item" ("org_id", "due_on");
        CREATE TABLE IF NOT EXISTS "standard_assessment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(10) NOT NULL /* PENDING: pending\nCONFIRMED: confirmed\nRETURNED: returned */,
    "is_compliant" INT NOT NULL,
    "note" VARCHAR(1000) NOT NULL,
    "evidence" JSON NOT NULL,
    "submitted_at" TIMESTAMP NOT NULL,
    "submitted_by_user_id" INT NOT NULL,
    "reviewed_at" TIMESTAMP,
    "reviewed_by_user_id" INT,
    "review_note" VARCHAR(500) NOT NULL,
    "item_id" INT NOT NULL REFERENCES "standard_item" ("id") ON DELETE RESTRICT,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
) /* One self-assessment of one item by one org, and the parent's decision on it (a return is followed by a new row). */;
CREATE INDEX IF NOT EXISTS "idx_standard_as_org_id_923dd1" ON "standard_assessment" ("org_id", "item_id");
        CREATE TABLE IF NOT EXISTS "volunteer_activity" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "place" VARCHAR(100) NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "hours" VARCHAR(40) NOT NULL,
    "created_by_user_id" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_volunteer_a_org_id_0ec73f" ON "volunteer_activity" ("org_id", "starts_at");
        CREATE TABLE IF NOT EXISTS "volunteer_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "signed_in_at" TIMESTAMP,
    "hours" VARCHAR(40),
    "confirmed_at" TIMESTAMP,
    "confirmed_by_user_id" INT,
    "activity_id" INT NOT NULL REFERENCES "volunteer_activity" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_volunteer_r_activit_3d1c89" UNIQUE ("activity_id", "member_id")
) /* One member at one activity: signed in with the code (or added by the admin), hours once confirmed. */;
        CREATE TABLE IF NOT EXISTS "resp_accountability" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "subject" VARCHAR(100) NOT NULL,
    "measure" VARCHAR(50) NOT NULL,
    "reason" TEXT NOT NULL,
    "corrects_id" INT,
    "issued_by_user_id" INT NOT NULL,
    "issued_by_org_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "negative_item_id" INT NOT NULL REFERENCES "resp_negative_item" ("id") ON DELETE RESTRICT,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
) /* An issued 问责 decision. Never edited or deleted: a correction is a new record pointing at it. */;
CREATE INDEX IF NOT EXISTS "idx_resp_accoun_correct_168d57" ON "resp_accountability" ("corrects_id");
        CREATE TABLE IF NOT EXISTS "resp_circular" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "issued_by_user_id" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
) /* A 情况通报 sent to an org's subtree. */;
        CREATE TABLE IF NOT EXISTS "resp_circular_receipt" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "org_id" INT NOT NULL,
    "user_id" INT NOT NULL,
    "reader_name" VARCHAR(50) NOT NULL,
    "read_at" TIMESTAMP NOT NULL,
    "circular_id" INT NOT NULL REFERENCES "resp_circular" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_resp_circul_circula_fc653d" UNIQUE ("circular_id", "user_id")
) /* A read receipt: who of which org read a circular, and when. */;
        CREATE TABLE IF NOT EXISTS "resp_duty_report" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "year" INT NOT NULL,
    "member_id" INT NOT NULL,
    "member_name" VARCHAR(50) NOT NULL,
    "content" TEXT NOT NULL,
    "submitted_at" TIMESTAMP NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_resp_duty_r_org_id_7fc306" UNIQUE ("org_id", "year")
) /* A secretary's year-end 述职述廉 report for his org. */;
        CREATE TABLE IF NOT EXISTS "resp_duty_rating" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "rater_user_id" INT NOT NULL,
    "rater_kind" VARCHAR(10) NOT NULL,
    "grade" VARCHAR(12) NOT NULL /* GOOD: good\nFAIRLY_GOOD: fairly_good\nAVERAGE: average\nPOOR: poor */,
    "created_at" TIMESTAMP NOT NULL,
    "report_id" INT NOT NULL REFERENCES "resp_duty_report" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_resp_duty_r_report__129d91" UNIQUE ("report_id", "rater_user_id")
) /* One rater's grade of a 述职 report: a member of the org or an admin of the parent, once each. */;
        CREATE TABLE IF NOT EXISTS "resp_exemption" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "org_id" INT NOT NULL,
    "reasons" TEXT NOT NULL,
    "status" VARCHAR(10) NOT NULL /* PENDING: pending\nAPPROVED: approved\nREJECTED: rejected */,
    "filed_by_user_id" INT NOT NULL,
    "filed_at" TIMESTAMP NOT NULL,
    "decided_by_user_id" INT,
    "decided_at" TIMESTAMP,
    "note" TEXT NOT NULL,
    "decision_id" INT NOT NULL REFERENCES "resp_accountability" ("id") ON DELETE RESTRICT
) /* A 容错纠错 application of the org against a decision, decided by its parent. */;
        CREATE TABLE IF NOT EXISTS "resp_list" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "year" INT NOT NULL,
    "version" INT NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_resp_list_org_id_673a0c" UNIQUE ("org_id", "year")
) /* One org's responsibility list for one year; `version` grows whenever an item it covers changes. */;
        CREATE TABLE IF NOT EXISTS "resp_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(10) NOT NULL /* DUTY: duty\nTASK: task\nPROBLEM: problem */,
    "title" VARCHAR(200) NOT NULL,
    "owner_post" VARCHAR(20) NOT NULL,
    "is_dual_duty" INT NOT NULL,
    "due_date" DATE,
    "cadence" VARCHAR(50) NOT NULL,
    "evidence_required" VARCHAR(300) NOT NULL,
    "indicator_key" VARCHAR(50) NOT NULL,
    "source_type" VARCHAR(30) NOT NULL,
    "source_id" BIGINT,
    "status" VARCHAR(10) NOT NULL /* OPEN: open\nREPORTED: reported\nACCEPTED: accepted\nRETURNED: returned */,
    "created_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "list_id" INT NOT NULL REFERENCES "resp_list" ("id") ON DELETE RESTRICT,
    "owner_org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
) /* An item of a list: written by the list's org, owned by that org or one below it (issued down). */;
CREATE INDEX IF NOT EXISTS "idx_resp_item_owner_o_1c420b" ON "resp_item" ("owner_org_id", "status");
CREATE INDEX IF NOT EXISTS "idx_resp_item_status_74ce12" ON "resp_item" ("status", "due_date");
        CREATE TABLE IF NOT EXISTS "resp_report" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "note" TEXT NOT NULL,
    "files" JSON NOT NULL,
    "reporter_user_id" INT NOT NULL,
    "reporter_name" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "item_id" INT NOT NULL REFERENCES "resp_item" ("id") ON DELETE RESTRICT
) /* A progress report of an item's owner (履责), with evidence tokens. Never edited. */;
CREATE INDEX IF NOT EXISTS "idx_resp_report_item_id_48b1cc" ON "resp_report" ("item_id", "id");
        CREATE TABLE IF NOT EXISTS "resp_review" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "report_id" INT,
    "decision" VARCHAR(10) NOT NULL,
    "reason" TEXT NOT NULL,
    "reviewer_user_id" INT NOT NULL,
    "reviewer_org_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "item_id" INT NOT NULL REFERENCES "resp_item" ("id") ON DELETE RESTRICT
) /* The parent's review of a report (督责\/考责): accept, or return with a reason. Never edited. */;
CREATE INDEX IF NOT EXISTS "idx_resp_review_item_id_100bb8" ON "resp_review" ("item_id", "id");
        CREATE TABLE IF NOT EXISTS "resp_signature" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "member_id" INT NOT NULL,
    "member_name" VARCHAR(50) NOT NULL,
    "posts" JSON NOT NULL,
    "version" INT NOT NULL,
    "signed_at" TIMESTAMP NOT NULL,
    "list_id" INT NOT NULL REFERENCES "resp_list" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_resp_signat_list_id_48ab39" UNIQUE ("list_id", "member_id", "version")
) /* An owner's acknowledgement (责任书) of one version of his org's list. */;
        CREATE TABLE IF NOT EXISTS "resp_talk" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "talker" VARCHAR(50) NOT NULL,
    "talkee" VARCHAR(50) NOT NULL,
    "reason" TEXT NOT NULL,
    "follow_up" TEXT NOT NULL,
    "talked_on" DATE NOT NULL,
    "created_by_user_id" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
) /* A 约谈提醒 record: who talked with whom of which org, why, and the follow-up asked for. */;
        CREATE TABLE IF NOT EXISTS "dues_fund_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "year" INT NOT NULL,
    "kind" VARCHAR(10) NOT NULL /* REMIT: remit\nALLOCATE: allocate\nUSE: use */,
    "amount" VARCHAR(40) NOT NULL,
    "on" DATE NOT NULL,
    "purpose" VARCHAR(200) NOT NULL,
    "decision" VARCHAR(200) NOT NULL,
    "corrects_id" INT,
    "created_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
) /* One 上缴, 下拨 or 使用 of an org's dues in a year (第二十条: use and allocation are decided collectively). */;
CREATE INDEX IF NOT EXISTS "idx_dues_fund_e_org_id_58986c" ON "dues_fund_entry" ("org_id", "year");
        CREATE TABLE IF NOT EXISTS "dues_payment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "year" INT NOT NULL,
    "month" INT NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "due" VARCHAR(40) NOT NULL,
    "channel" VARCHAR(10) NOT NULL /* MANUAL: manual\nWECHAT: wechat */,
    "reference" VARCHAR(64) NOT NULL,
    "receipt_no" VARCHAR(32) NOT NULL UNIQUE,
    "paid_on" DATE NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "reverses_id" INT,
    "recorded_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
) /* One month's dues paid by one member; a reversal (``reverses``) has a negative amount and undoes one payment. */;
CREATE INDEX IF NOT EXISTS "idx_dues_paymen_reverse_0d083f" ON "dues_payment" ("reverses_id");
CREATE INDEX IF NOT EXISTS "idx_dues_paymen_member__f8b63a" ON "dues_payment" ("member_id", "year", "month");
CREATE INDEX IF NOT EXISTS "idx_dues_paymen_org_id_9a4f26" ON "dues_payment" ("org_id", "year");
        CREATE TABLE IF NOT EXISTS "dues_profile" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "year" INT NOT NULL,
    "from_month" INT NOT NULL,
    "kind" VARCHAR(20) NOT NULL /* SALARIED: salaried\nANNUAL_SALARY: annual_salary\nSELF_EMPLOYED: self_employed\nRETIRED: retired\nFARMER: farmer\nSTUDENT: student\nUNEMPLOYED: unemployed\nRELIEF: relief */,
    "base" VARCHAR(40),
    "rate" VARCHAR(40),
    "standard_amount" VARCHAR(40) NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "hardship" VARCHAR(10) NOT NULL /* NONE: none\nREDUCED: reduced\nEXEMPT: exempt */,
    "approval_ref" VARCHAR(100) NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT
) /* The amount a member owes each month from (year, from_month) on, until a later profile of the same year. */;
CREATE INDEX IF NOT EXISTS "idx_dues_profil_member__699d71" ON "dues_profile" ("member_id", "year");
        CREATE TABLE IF NOT EXISTS "mobility_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "destination" VARCHAR(100) NOT NULL,
    "since" DATE NOT NULL,
    "contact" VARCHAR(50) NOT NULL,
    "certificate_no" VARCHAR(40) NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "status" VARCHAR(10) NOT NULL /* AWAY: away\nRETURNED: returned */,
    "returned_on" DATE,
    "last_contact_on" DATE NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "home_org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    "receiving_org_id" INT REFERENCES "organization" ("id") ON DELETE RESTRICT
) /* A member of ``home_org`` working elsewhere since ``since``. The home branch keeps the record (组织关系一方隶属); */;
CREATE INDEX IF NOT EXISTS "idx_mobility_re_home_or_c8e640" ON "mobility_record" ("home_org_id", "status");
CREATE INDEX IF NOT EXISTS "idx_mobility_re_receivi_7802e1" ON "mobility_record" ("receiving_org_id", "status");
CREATE INDEX IF NOT EXISTS "idx_mobility_re_member__63585d" ON "mobility_record" ("member_id", "status");
        CREATE TABLE IF NOT EXISTS "mobility_contact" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "on" DATE NOT NULL,
    "channel" VARCHAR(10) NOT NULL /* PHONE: phone\nWECHAT: wechat\nVISIT: visit\nSELF: self\nACTIVITY: activity */,
    "note" VARCHAR(200) NOT NULL,
    "recorded_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "record_id" INT NOT NULL REFERENCES "mobility_record" ("id") ON DELETE RESTRICT
) /* One contact with a 流动党员 (党员教育管理工作条例 第三十二条: keep in regular touch). */;
        CREATE TABLE IF NOT EXISTS "election" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "seats" INT NOT NULL,
    "status" VARCHAR(10) NOT NULL /* DRAFT: draft\nOPEN: open\nCLOSED: closed */,
    "expected" INT NOT NULL,
    "present" INT NOT NULL,
    "result" JSON NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "opened_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
);
        CREATE TABLE IF NOT EXISTS "election_ballot" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "choices" JSON NOT NULL,
    "election_id" INT NOT NULL REFERENCES "election" ("id") ON DELETE CASCADE
) /* One secret ballot: the candidate ids chosen (an empty list is a blank ballot). */;
        CREATE TABLE IF NOT EXISTS "election_candidate" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "post" VARCHAR(20) NOT NULL,
    "votes" INT NOT NULL,
    "election_id" INT NOT NULL REFERENCES "election" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_election_ca_electio_224138" UNIQUE ("election_id", "member_id")
);
        CREATE TABLE IF NOT EXISTS "election_term" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "started_on" DATE NOT NULL,
    "years" INT NOT NULL,
    "ends_on" DATE NOT NULL,
    "status" VARCHAR(10) NOT NULL /* CURRENT: current\nENDED: ended */,
    "election_id" INT,
    "note" VARCHAR(200) NOT NULL,
    "created_by_user_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT
) /* One term of an org's committee (or of a branch without a committee: its secretary). */;
CREATE INDEX IF NOT EXISTS "idx_election_te_org_id_73bf5c" ON "election_term" ("org_id", "status");
        CREATE TABLE IF NOT EXISTS "election_voter" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "is_present" INT NOT NULL,
    "has_voted" INT NOT NULL,
    "election_id" INT NOT NULL REFERENCES "election" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_election_vo_electio_553d94" UNIQUE ("election_id", "member_id")
) /* A voter on the roll (正式党员 only, 党章 第七条). ``has_voted`` never says what or when. */;
        CREATE TABLE IF NOT EXISTS "development_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "org_id" INT NOT NULL,
    "key" VARCHAR(32) NOT NULL,
    "done_at" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "evidence" JSON NOT NULL,
    "data" JSON NOT NULL,
    "corrects_id" INT,
    "actor_user_id" INT,
    "actor_name" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT
) /* One step done, as recorded: never updated or deleted. A correction is a new entry that names the one it */;
CREATE INDEX IF NOT EXISTS "idx_development_member__e5d643" ON "development_entry" ("member_id", "key");
        CREATE TABLE IF NOT EXISTS "appraisal_round" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "year" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: open\nPROPOSED: proposed\nCONFIRMED: confirmed */,
    "opened_at" TIMESTAMP NOT NULL,
    "proposed_at" TIMESTAMP,
    "confirmed_at" TIMESTAMP,
    "meeting_note" TEXT NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_appraisal_r_org_id_9f03c1" UNIQUE ("org_id", "year")
);
        CREATE TABLE IF NOT EXISTS "appraisal_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "self_assessment" TEXT NOT NULL,
    "self_submitted_at" TIMESTAMP,
    "proposed_grade" VARCHAR(16) /* EXCELLENT: excellent\nQUALIFIED: qualified\nBASIC: basic\nUNQUALIFIED: unqualified */,
    "final_grade" VARCHAR(16) /* EXCELLENT: excellent\nQUALIFIED: qualified\nBASIC: basic\nUNQUALIFIED: unqualified */,
    "followup_note" TEXT NOT NULL,
    "followup_due" DATE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    "round_id" INT NOT NULL REFERENCES "appraisal_round" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_appraisal_e_round_i_5fc0f5" UNIQUE ("round_id", "member_id")
) /* One member in one round: self-assessment, the grades received from peers, proposed and confirmed grade. */;
        CREATE TABLE IF NOT EXISTS "appraisal_peer_rating" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "rater_id" INT NOT NULL,
    "ratee_id" INT NOT NULL,
    "grade" VARCHAR(16) NOT NULL /* EXCELLENT: excellent\nQUALIFIED: qualified\nBASIC: basic\nUNQUALIFIED: unqualified */,
    "created_at" TIMESTAMP NOT NULL,
    "round_id" INT NOT NULL REFERENCES "appraisal_round" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_appraisal_p_round_i_e5454c" UNIQUE ("round_id", "rater_id", "ratee_id")
) /* 互评: one member's grade for another in a round (one per pair; who rated whom is never shown). */;
        CREATE TABLE IF NOT EXISTS "member_transfer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "is_outside" INT NOT NULL,
    "letter" JSON NOT NULL,
    "letter_no" VARCHAR(32) NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: requested\nAPPROVED: approved\nACCEPTED: accepted\nREJECTED: rejected\nCANCELLED: cancelled */,
    "note" TEXT NOT NULL,
    "requested_by" INT,
    "requested_at" TIMESTAMP NOT NULL,
    "approved_by" INT,
    "approved_at" TIMESTAMP,
    "accepted_by" INT,
    "accepted_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "from_org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE RESTRICT,
    "to_org_id" INT REFERENCES "organization" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_member_tran_member__295778" ON "member_transfer" ("member_id", "status");
CREATE INDEX IF NOT EXISTS "idx_member_tran_from_or_aa10dc" ON "member_transfer" ("from_org_id", "status");
CREATE INDEX IF NOT EXISTS "idx_member_tran_to_org__a645d1" ON "member_transfer" ("to_org_id", "status");
        CREATE TABLE IF NOT EXISTS "assessment_period" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(10) NOT NULL UNIQUE,
    "kind" VARCHAR(10) NOT NULL,
    "first_day" DATE NOT NULL,
    "last_day" DATE NOT NULL,
    "status" VARCHAR(10) NOT NULL /* OPEN: open\nCLOSED: closed */,
    "opened_at" TIMESTAMP NOT NULL,
    "closed_at" TIMESTAMP,
    "closed_by_id" INT,
    "indicator_set_id" INT NOT NULL REFERENCES "assessment_indicator_set" ("id") ON DELETE RESTRICT
) /* A month ("2026-09") or quarter ("2026-Q3"), scored with the set in force when it was opened. */;
        CREATE TABLE IF NOT EXISTS "assessment_run" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "sources" JSON NOT NULL,
    "until" DATE,
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    "period_id" INT NOT NULL REFERENCES "assessment_period" ("id") ON DELETE CASCADE
) /* One computation of every indicator for every org of a subtree in a period. */;
CREATE INDEX IF NOT EXISTS "idx_assessment__period__eaed49" ON "assessment_run" ("period_id", "org_id");
        CREATE TABLE IF NOT EXISTS "assessment_result" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "period_id" INT NOT NULL,
    "org_id" INT NOT NULL,
    "org_name" VARCHAR(100) NOT NULL,
    "parent_id" INT,
    "total" REAL,
    "rank" INT,
    "siblings" INT NOT NULL,
    "meets_standard" INT NOT NULL,
    "colour" VARCHAR(10) NOT NULL /* RED_FLAG: red_flag\nYELLOW: yellow\nNORMAL: normal */,
    "reasons" JSON NOT NULL,
    "reward" VARCHAR(40) NOT NULL,
    "dimensions" JSON NOT NULL,
    "indicators" JSON NOT NULL,
    "ticket_id" INT,
    "escalated_to_id" INT,
    "interview" JSON NOT NULL,
    "run_id" INT NOT NULL REFERENCES "assessment_run" ("id") ON DELETE CASCADE
) /* One org's outcome in a run: the 12 values with their inputs, scores, rank and colour. */;
CREATE INDEX IF NOT EXISTS "idx_assessment__period__36f910" ON "assessment_result" ("period_id");
CREATE INDEX IF NOT EXISTS "idx_assessment__org_id_7287a7" ON "assessment_result" ("org_id");
CREATE INDEX IF NOT EXISTS "idx_assessment__run_id_3150a7" ON "assessment_result" ("run_id", "org_id");
        ;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "volunteer_record";
        DROP TABLE IF EXISTS "resp_circular_receipt";
        DROP TABLE IF EXISTS "disclosure_item";
        DROP TABLE IF EXISTS "election_candidate";
        DROP TABLE IF EXISTS "supervision_observer";
        DROP TABLE IF EXISTS "member_transfer";
        DROP TABLE IF EXISTS "election_voter";
        DROP TABLE IF EXISTS "assessment_period";
        DROP TABLE IF EXISTS "resp_signature";
        DROP TABLE IF EXISTS "mobility_record";
        DROP TABLE IF EXISTS "disclosure_kind";
        DROP TABLE IF EXISTS "resp_review";
        DROP TABLE IF EXISTS "resp_negative_item";
        DROP TABLE IF EXISTS "project_milestone";
        DROP TABLE IF EXISTS "supervision_check";
        DROP TABLE IF EXISTS "supervision_round";
        DROP TABLE IF EXISTS "supervision_team";
        DROP TABLE IF EXISTS "resp_accountability";
        DROP TABLE IF EXISTS "resp_list";
        DROP TABLE IF EXISTS "volunteer_activity";
        DROP TABLE IF EXISTS "dues_fund_entry";
        DROP TABLE IF EXISTS "appraisal_entry";
        DROP TABLE IF EXISTS "assessment_result";
        DROP TABLE IF EXISTS "resp_duty_rating";
        DROP TABLE IF EXISTS "resp_duty_report";
        DROP TABLE IF EXISTS "standard_assessment";
        DROP TABLE IF EXISTS "supervision_finding";
        DROP TABLE IF EXISTS "election";
        DROP TABLE IF EXISTS "appraisal_peer_rating";
        DROP TABLE IF EXISTS "development_entry";
        DROP TABLE IF EXISTS "supervision_team_member";
        DROP TABLE IF EXISTS "resp_circular";
        DROP TABLE IF EXISTS "election_ballot";
        DROP TABLE IF EXISTS "assessment_run";
        DROP TABLE IF EXISTS "election_term";
        DROP TABLE IF EXISTS "mobility_contact";
        DROP TABLE IF EXISTS "dues_profile";
        DROP TABLE IF EXISTS "dues_payment";
        DROP TABLE IF EXISTS "resp_exemption";
        DROP TABLE IF EXISTS "brand_profile";
        DROP TABLE IF EXISTS "assessment_indicator_set";
        DROP TABLE IF EXISTS "resp_report";
        DROP TABLE IF EXISTS "supervision_inspection";
        DROP TABLE IF EXISTS "project_indicator";
        DROP TABLE IF EXISTS "appraisal_round";
        DROP TABLE IF EXISTS "project";
        DROP TABLE IF EXISTS "project_note";
        DROP TABLE IF EXISTS "standard_item";
        DROP TABLE IF EXISTS "resp_talk";
        DROP TABLE IF EXISTS "project_dependency";
        DROP TABLE IF EXISTS "resp_item";"""


MODELS_STATE = (
    "eJztfWt34ji29l/R4kun1kvXJCQkKeqssxZJqGpmCGQIqZk+zSwibBE8MTbtS9L0OfPfX0"
    "m+2zJYXIzt6ENXJ1jbJo9kae9n3/63ttBlpJqf79FiioxaC/xvTYMLhH+IXamDGlwug8/J"
    "Bxacqs7QYMzUtAwoWfjTGVRNhD+SkSkZytJSdI2MbYMHaFgr4MiAE90AeLzyppjWJ7A00M"
    "/KYqkbFpLBdAWgBnTjBUB5oWifyf1lXcIPULSX3W9la8rvNppY+guy5vRv/+1f+GNFk9Ef"
    "yCS//lbDEhNFJqMpKv8iA5avk5mCVDkCljOIfj6xVkv6WVezvtGB5HtPJ5Ku2gstGLxcWX"
    "Nd80crmkU+fUEaMiD+zvgzy7AJgJqtqi7SHqbOdw+GOF86JCOjGbRVMg1E2vkCwWe1yaQ/"
    "GE0eO6PJpJaYIk8iBLX7kaRrZHrxVzXpX/9CvsLPjbOLq4vr88uLazyEfk3/k6v/OI8OgH"
    "EEKTz9Ue0/9Dq0oDOCoh6ASv+fgPV2Dg02rt74GLL4K8eR9XBcB633QYBtsKLzAHcB/5io"
    "SHux5vjX5ukaJH+0h7e/tIcnzdNP5IE6fgGd97LvXmnQSwTsANwlhogLXV9gP/Aed+VGwG"
    "1kAbeRDm4jAa5pQcs22eh2NHtBEe7irwQ1CSWQDqTzW8m1Gb5BjQ/u2renXg/fDEuOtYfh"
    "4KY96g767eGvLbz76lNIhkFjNdbat6Puj+7jqOXvz/G9/DjTtNRNizFLf30c9FPeAU8gNj"
    "GyIlng/4Dq/mUHmaD/mtmaRCAFU1tRLUUzP5Pn/TfnpGV+R9aATQAid16Y5u9qGOST+/Y/"
    "4/jf9gY3FDKM3YtB70JvcBObjH/riobkCbSSE3KHsWRPSEQoPilYylIW6DP5IcO0uBtQUQ"
    "6ANfjftUedGHqKOaHvFmNLv9F1FUEtRRcJy8UAnGLBQy1nb7fPF7ibwaAXWbg33VFsuT7d"
    "33SGJ2d0FeNBioXCykoAuGQgAknqeiUrjw15VHLdoiU/lFF1wX+gPNDUlTvPayZk1L3vPI"
    "7a9w+RWSHrm1xp0E9XsU9PLmNbjH8T8I/u6BdAfgX/M+h34ruOP270PzXynaBt6RNNf59A"
    "OaSAeJ96qEVm3V7KW856VFLMelFm3cMoNO3utw9mPTADM1p4gcBmK68MU7sHQ4+YzrNXpp"
    "2H0Upi+003kPKi/Q2tEspyDFOXqBgYL1BT/qRaZwkx/o+3hrxPgx3JgO8+5RBaWhgC/Icj"
    "54Aa4jU+7N5ipAnQUyi9vkNDnqQgbiLjTZHQZKnTxydVBlf+29+GSPURZeP+6NzrQc+2to"
    "upZSVgj7z/C4Q3Ze0F790W0mSyDHfErE1vhMq4zWcCTNJtw0R40GKJFyh+wo543dL73fq3"
    "qypuKpJfHCJ1e6x69B4dzTJW1YXJNPEfvjR0csjvuLZ69GYPoXtVEbLfbeVPun8tlrtu+H"
    "/Ht2o7d6oqWqZly6sJNE2sgSzQ7kckuV3bv1u1UZPhah9w3cHKbl9v2E7QLISMiYEk3ZB3"
    "hOuHd7shvVtVUZNtZE6WcLWH9/EO3+rBuVO10TL0maLuqqxStJw7VRWthT5VVMVa7QbUvX"
    "uXar+HEtRkRYaSsuu66qiI+jNunRtm4uhLidibbuGXUYImgzTcBrAf+H5ldGln27jQG1L1"
    "JdmbJ/g/Y+dldhfcsNJGEVwu8TUTqrtyE959Ko0WvqKZM2TsCNbIvU2VYCIEot7QQ8RhhF"
    "KMXgq5Rsx1zMVAQyMd/7MZ0iczE5xl4REJdovGIobmAmrwhX5LcjsizGKxGeF4cZY7PShP"
    "j4/MEJqn4dsAfQasOaLRcpaB0GfwvITW/BkoJv18gefEUKCqmEgG5AoY1/5y9peLv3z5y7"
    "gGbPLpTDeAaU+JNMCzQ/ZwVvTegZ/GCPD7rbaEhqv1BxF9oZA/EeAnAvzyAjcS3HR2miW6"
    "CY9KDW+i16IxCq/4T2PjuzkIzZMtMta128H9fXc06nRaQNIXC8WyEBpr3zv9zrDdm9wM2/"
    "3bX1rA+bLqZIoPa2k+1rzPvd+/DwdPD3iYodvL+DZ1nMA04uSjiG85eWH5HGMIx3bz7Opy"
    "bF8g+bLGOZXfBz86w/59pz9qgbF9eXUO6d3Oxxr+qDN8GHYfO+TKxez0jDzhDI614ROeZv"
    "Jh8+yLRISaZ2ONrImnfnf0K7lw9eUc4cvn+G7a4+0vg4EzfHqJv+XldQMP73f+MencDvqD"
    "eypwgRoX+FJzejrW7jo/JiSigIrMTk/JjeQz73YPTze97u2k238cdUdPJPLRkb+eul8Pj2"
    "s2yRe+kMfaYPRLZ+h81QhC3NtEpl1izSYRX2oGenEVhKy7cCCR49LiXE5F2oWJ1sKDrzf+"
    "UOgmNIjaX/JBt9FsZtkom830nZJc+0+ML1iy4E3Vzfzx+UXmnBZaPRMxpCKGtIDacTmjCU"
    "UM6Uec9SwxpA7xwBdGGpHZ6rwqGEt24EDSgNzJN5a0YChnDSWNLK8dokmd/NsdmfQgz7hk"
    "e1Y2p+lcUWWM9m4YVXNZRg9Hc+eVVDEHQhgd9KbICO9ckz2EdXTce32rcFyHaS9JdLqJdS"
    "ZLkV7RroFDI3qTii6ufBEq5XrCfw++x44QDelNqgrREVNLSomXm1uys/aEqryolob+byTt"
    "upwenLtUFaTQYZc3XmU87pwcpb0kJlUUoRn+crtvTd+cu1T1rVM0c+mEZe6IU9e/UfWhml"
    "gILvaG1wjfrKqY6VOiUO1sEw/c21QVJlkxJVU3bQNNFAvturTu/Lt18c2qihkhQWVC60ET"
    "n4PmXvLcnDu2/RtWFbsghcupaGXtHKbuZ3G1nRtWNvIaSljz0izo5MrgLyEp5u6nZzty16"
    "piJymGZKtw19Pg1r1NVWGSbbywDESKf+6c+0bSuciNqoqVgcwlHqC4r+MeTs9h5I5VPkFj"
    "2JFyfHvFrnfAeoLHxs6C6uuuXDO+RVXhofm7M1vbNTmcJO9+w7epdDKXSA3nMilta6bq77"
    "syzh8i2VnRjgFVGclCpO6FBfNynKu6oCxk7KpfeRCN8K2qCpOfzDwx9N0PQT+leUhuVlXM"
    "/JTmCd7hd9SsKpjWzIZK2TEkiwOpMu7qATU4Mexd9/ahXaltfcs8eZKoSPA0keW57HdNmR"
    "8YL7fOXR+Dm1ZwNZKETUb8ND9gN+RG2WsalRErFUFDI0VL3XW25t3lWmg9976PodtWBD7O"
    "Ug1DNDOQOR/pr4hZqiFyvb6uVIPhjJxY/tDNtRo0oJimjWTgCgMq/Bl0LfCuG68m0DUJgZ"
    "NnUiJhAq3nT18BxGOXKlyRmgvQqZ2gawh/+IZFTaBYJnif6yoCzzO4UNTVcy2GZz5PHWsn"
    "6A0ZK+feToEIaAFSPfFnRfv0GfwNLS2gaLQ+BKktMIUmAqbuDINgiGTFBDPVxl9PN/CDTA"
    "saFikT8YLwwzTdmuM/J2MPKK6CEDfKy0epCfGl0Tg/v2qcnl9eNy+urprXp34uR/LSuqSO"
    "m+53ktdRD6flbK4c8W9LScKfnlLrDq9c56LzRoaE2vNGaj4tuRRNSXTeQR5sA4ncEpZLjK"
    "+zfW6R+xcRrGDqX3lT/ehHUS7sj6WCb7fFLEcl85nmPF+vKs2yq+PwTnFIbA/zW0zduhLz"
    "62io20xxVFLMcpFnmSQc8mVlhyREd5/NSdnsupDcKdkZszqLBm7WXOzQoopkYt+2H2/bd5"
    "11idhcPCQnx0FRZ3Ab3mykcxr4ysSb+iylJwlChAVwwwPBCREmTwX/Dyyhab7rhvyJ2PMQ"
    "/APdEkufDAAn+hJpivzpa/hTEyzgCkzxlANLxwJOgjqrBGVOT90zz/BRSIaDFZ70ZpnHzg"
    "3LbGXpxg/xAvEIlxcZ7NzLi1Q7l1yKFz1zXp7JHJqc1c9ignvB+thH7OHroDk7Eg/SgYRY"
    "zpuWM/4rdU54QyLVW8L7R9jQ1a3LnXqyxa5V2x11/6fTbwFJsZQ/kTbW7jukTlzLVRTGGj"
    "Zlvn1rAfxHzmZjbTD8Pmnf3XexBCnnCuWFgmUenx46Q/djmvBLP49rNpl2ob1XrZUVkzh6"
    "Jrwna1yucmVFm1mgbqZD3UxALUo15lyqUYWmNVH1F0Xbgg9KCAtKqMiUkCjLmb6vlbNAY5"
    "aynHk3+S7YC7zvYsKOUsOHaERmL6CWnsVYQ6wepW16wVZtVnp1L13TI2FaOyf6RYPDSnYO"
    "cATFxreEJG5e/GHGFZu5UmihNoOsKzWyB0YWK/4GoP/U68UW6078ftuWFbctHoPlD12tr+"
    "X6yTjarW+Vje7/x1wHsiKDd8KdWzr+vyLNgdMNt45/QxqAmgxmhr4gvxnoM2gvl0iTf9ax"
    "7pEk8vdwPxEKWNJQQLzQdGPC78ZNyB1IiyubxhGt1UEwSqfm1iGbPymXE5uzf+IM+imPHB"
    "Cz1YsKBF3un1u2IAn9djDiADkmVmR2uTDxrS5mfK6SiFDl9ov9r+fiURVlPuRkZEFFTaL5"
    "18dBP8Vh4UvEKT5FssD/AfWAdVtq/zWzNbr7g6mtqJaimZ/JY//7UIt5DZYEoQi75y3ak/"
    "v2P+Pr+bY3uInTduQGN3HXxpJn63BGiz1js38V4T/S5N2Zo1IC5o0wl8t3kOu2XS3XQYKY"
    "PU6AZqSLB4PCiXf5SCdxIr1FMtE46VMv4h2LFe/oJxZn1sg9AZEyudHkSe+yzca2DJ21tw"
    "R3/+2JyWbEG08UlqkiyJkIqLM1DNRZkoLCT7RIVRJejiQuV0W8D9EU2lT+ZOCcetB5w0XC"
    "EcOAN+ew0bzkWbWBRAXX6yGC+YvVwbxqsfv2UtWhjG2/6WoLR1aKtNgqGFuFj9U2zZcjoh"
    "UM7iuJRZ4phjNvirxoc1nF2LOiYZxD8NkhqSO3VSeDNAqaeK6rWSZZykyRoNPPKZDIkOsb"
    "kQWOLCDpaEgG0xUw9QWp52UbpJQYBGO7KSM0tq+n0gVwOnACS5fhqg6gBoIKleDdqUwHVL"
    "yEjE+sdN/8HsxgwH6rObf2bSX3V7w0/hVjx34LrRn8Elm2WcMjfvN+rnvwryYyfgg+kP4l"
    "+LQ8+bTYRGY2O6JiFVSPz7OYyufplvJ50lD2X5IE0Oti7CJiVTrRc4m2CzeFtviCv3yBCq"
    "7uRiYmqLGGCWowmCB7sYAGo+TeCP2RtrgDkQq4ZNeZHZ1/jiIWRyLAwLc6eoP+d294POog"
    "Brh/iCbX9OZc40A6R+hJqLJb1pkn5fih07/r9r+3gCs/1oad21H326/0Q1eFoJ/ftnu9m/"
    "bt31pAgqpK9Ev8WW/w2LnDn6i6ieSx1n546LR7VBSrhQiq3jc6evwkSSDWTciI4ck2p2H5"
    "Aufq17r39527LjavW0BZLJCs4G801u467Ts8LfhDGUEZzwr+rPPPh16b5IijP5YqLEqCuG"
    "LSHG/WUb4hadkXyzFn2f+ktEnLxDmDTbHJApqvLNTXu3WikhU4aA69vMsV+yOoxfp21OIb"
    "MkKWN+dMJ4TFZBd6smM8C+dsJ6XFdBd6uunrqWy1h8dERYmPIs8zsXKIxxQbOtsc1wlpMd"
    "tFnm18K11927KUc0RUzHOR59lhKrZ5ocOCYo6LPMf0hbTZ+bLpjGlUqgK2bN6kqWJOdKzh"
    "YEWWn7wJCQr6hoO+cXGbmBZ84fLBJAQrsOAPHWiOvxVUt6Rv4rLiBCnyCeI4LyZLA71N1v"
    "mC2HPNlq7cC3aAIhcOcHgiydfmRzwQrBzYB0ib0VVVf7eXa+He7Bhj3KbI/rHH9qj7+K1L"
    "nJYmtBST0DFj7ab92L1tgSk0FWmsPfVDo2zNH1crxEviAz7l68EXFRMvSPYXhP+0j4mKw7"
    "7Ih729lLdU6qKSFeTtS5qQz5j2RPPrQCHHY7giYBmSorovwzQV6RU74ynSK3JKr0jbGfKH"
    "uGC7QlaEGZtilsq0KYsbvSHy/AT4POWTnQyVDrlThVY2o3ryvtN9HMhSc358RLMm/iBfYG"
    "Pez0BD+K+EmqnQ7BvdAJpuIYB/hG4qTgu8z3WnXm+d1vIl/64+gz5+igGQrOAZrgON/uas"
    "PjmZ5XO4x2yuavNbzXmC+5J4mT0iMSevxJwiVlI9asLC3gkKQ19swZrGxCpHUOwfaHzS8s"
    "McERIgb+akC147vHQ2TYmLh5sr00KLcq9k3kpZUanKbRj777vnAMbNfsTFxHaR3C6Ilp6E"
    "ND2kxxtfgVWbdzCPqHhdqIrXIm9oqzej2D6JpCsqQg1kPDgiMoI538ycB4VodmR2gxo4JQ"
    "M4K6kbWVoROve2/Xjbvuscqy5R5w2qNmUXb/EHNWZR68iI+vqy1t5YDImcrbB1rQ3IWKDP"
    "AARLHWP4GRBHKbDmCBhQk/UFUGSgmMDEeh2Sv9ILJl5f2PY2ELlAeo8tljZeNU7XMToA4f"
    "3aYtUlOvDTRDnuYrGUBmcThn12XyhQKe6zyyxRPfEjOxTVcxk3z/BfjVKqQLCh9QUqYEUc"
    "2vZFfywVrA5tEx8dkRQBU0XWUg30pr9umSoXlhSzXOxZXqpQcmoGcx3xSUHBZTEKr7h2OS"
    "+6CTkBbjq4gi6pSkhnWo+lSA16YhjxvU1hEcGdbOZOKF57oE4ekfGmSOhBLyfKWQmU8PIq"
    "En8yMF5u9QUpTPyILMv5SxMUSnJQPTOLQsUmZkhuM6FCArFefjKBNNfx0iBcB+3K7t7MBC"
    "86WNpTVZG+AsUi9QVVBZmklbuCL5r21DIQAramItMEEKj6OzLIHQH+FiYdo79rDGYlt8cK"
    "iqVYFMtSx5OakkO1Oe8tkM6RF5jr+HtCVeXkB2q/DHp3k3av1wLeHcbaw9NNr/v4y+Sp/6"
    "3X/v6d5LrRdW7OJ7Y2U+HLS1Ey3rw0G15VOSEnVGVWuxOR/VQtVTlL9tPRk3NKf7IklGQe"
    "TW5DGs9AQyMd/5NTEs9R52LHFB62Ir2TcjyEaRqxeyWrGmzA7NovSUlwxn8GI+rUs7AeqW"
    "Dtkbj5IHhFKySDOTTnX8GziX5/Bgv4SvRQPHaJjJ9luAKqsiAaKiAazxSaCASgYn1VZ+dB"
    "5PFQZqcT35SkT52Qp9AvCKlShZ+2tuUJGfYv0u8kbGL5H0Zv6Q/hy7RY1zuiYjp2Lh0j0j"
    "Vx4tvmZEEDCaHUMdpdSrrBiJR8XGDNP70fiidUJSLsvHF16aNJflkH5OM9tpEYDU7gCyPF"
    "Ij0S0htfjDhI8rzKxEHq9BtO3pBhMpO41q/wpHR+S/2s+OvcpbySqKZHWIdEKhAekXeQtc"
    "+T7tRuJnmXHKdC0zXEOR21/oB0IiGSPgsVYp9IPaZfOj38wRz/1aQfzV87tyMywED/RpK1"
    "HSu1//JAHuwhqiymP66recmQFoUvt+hbspy7CzBrOFdCsMDVygqTOha1pzIHJUatsOrlTp"
    "83MgB93khvZdhgA/2K/7ptT4PoHYoMeu2+Q172FligxRQZY+22O+r+T6ffApJiKX8ibay1"
    "8VHx6/3g6bEFID4vVgvdNsfa46j97VsLYABms7E2uHnsDH+Q++hTExlYuSvG+eASGUlGPS"
    "V9CrKcSREavThTt4/DgNDgcbMV/c5ttDoiQo8Pk1nmBP0hqbbMrZXEJIVGwqGReMBNDARN"
    "vgIjDNEKWFM5NEYVcX7bLPqCOyuTgX1H91YeW+vcMz0sAiVFoGSxvLupgZLsEo2i+OU+i1"
    "8eJwY1srIZzvb4ys/kcvdfu80e90d9gaw5Bpik1CID611Aghr1gYOTsX09lS7G9gWaXY3t"
    "5nT2BX8iXZ59woYoeMcTrr/XATnm6sBCcFEHpEbcm2KtSDFB6Fq0P5lgbF99OYdY9vz0HN"
    "9H+nKV9MIf84swPfPu20XnI+6DFyGqeYao8hZryr9MU25c21km++Fsjf1wxrAfMBovurF1"
    "EHBYPkeLzXnved0u/+j27wb/aLm7xlh7GDyOWnTvGGujTvu+RXeQsda+HXV/dEe/tvy9ZK"
    "zdD+46vYkjQXfgCZHbhmjbPzkd/jM53pWYWOUM7vNML8z5mhfmPPnCKOaELootWrwFcjnS"
    "St5hUFpWSTAc6cu9nOHZWTIZHbWNz0KPyIigONGQQjSkKLFNntwN9gDuvX+jcu0EWVGNbI"
    "E7tJ8g0cU7dp9I1h+ryEqOhyvge+wIVZBVURWIDkmbtS0L4T8X1RiUmX+tvo4uW0LDWslw"
    "hTXD0PAs+dnojyUNwAOe5FdaY+5nRauTlBGFtNXAuiSAmkxzRGaKBlV3MNmZgBOiCFRsCI"
    "A5MhAzHfswT2EyXQuEvLXnbrKC7xJ8VyH4rv0XZ8M2+JvuLXc+2z2QEyEhHMY72bawBa5o"
    "W5jvcVlRLK3IEQrubOm2tf1UB8Jiros8144OMjER/htlhu6bzickBPPjFU4LrRGEXqSdUm"
    "F2TIHJqwd593u/czfp9lvA3+XH2qDf65K8GGeVjLVep/0D/4rP5Tf8W/vmsdMftQDW05Fm"
    "4av4TcAX3ahgbmdalsD1s/TA9bNE4DpJDLeXO2YyJW5SokSm9qMzrXiKTGdWx9odvS57dz"
    "56SLqLL7uNSrqWHROrnKesmclT1lzjKWsmPWUuaGTyt1AJktJCJyiyTuASCbwem7CQ8DEw"
    "1IHjOMKqiOoaz02IBdvZwYAqxuXWEy6G8DvLLkV0XN9NeZFNc94cO1L1BqqqzoxRda/UM9"
    "Ht02DwRrJ9NIeWH74J3rDmJX8Fz06J0mdSoYl8RTCjMZ5OFxfg3B6cOE2pnT4wpIs1KWxq"
    "ItrE+lOSbz/kg1LKPjnlK4PpFpT7MSl3ccIeQm9xXiAOSAMBEbrDSlhSVd58JV9CLNAs6U"
    "oqoykSt5Ly4N6mZOBmz1LyF1WRqrn3CEU4RBhKk6mlRK5n01Uo65hNVSEZKjQ35fTiipBf"
    "r1gbmK4CnWKKsPaAnH5zFr5/HchIUmRnVNCFDhpOygotxw6gvFAYxdoP/KxsMQJCZxE6S8"
    "quVT6QRexFLrEX/DUhjlEKIkeAD8C4H9V1uJ1/Y4k02T1bePxOD53+Xbf/vQVc+bHWfngY"
    "Dn5Q79NyaehviBbO+/b06NTNm9lmUcrmuQfyZMpIukvdvKNCwkJK7t4EIVLUlNu5lxCsnH"
    "vvIJVnvBXJ79qLSgq3XpHdeiL7Lv0dq3L2nXDm7uuMEm7H3NyOxyGfPOwZvFNoWjJQTqHl"
    "kK1diitAOvaR+iinX/C/szNIfz6lTBFyiqCQT86nY/vL9Zfrsd08a+Ixl03UrNMK04Qa0j"
    "UylGQemjRZid0q5dAP3NwgMNwBhRJctGE6X1sTwT7tzD457yKFiKlpZ4h0jN2jyDZ+7WbY"
    "7t/+Mmk/Pnbub3q/tsDUwH/UfAJNEy2m6mqsuSNuB/f33dGo0/GHkDLnimUhNNa+DwdPD5"
    "P7Dj7eien6Yuj20nvpx9pDezj6ddLr3I6ehlic7gpYhZcs28Cyo186953JXRs/G78ZCzTB"
    "G8ZY63W/dYIbqsoMhTeR4xcmsRRL5bLFfIEiL4ctrbCD1O+hi4ELYU9AWLlZrFx85GsyTA"
    "Kc3vsmkBDdbyLmzj6630i2YZCmEYqFFhwHe1xMZJ0wsk5cXSqB6obUrbBgPlb+EZozFt2o"
    "z8Tl4H1pmxkOiVWQxanSBC/cQhtb6eOubI5qgT6bkUQvXt9PPE1s8O2b+4Fzv7H2y683wy"
    "5pn7SaGkpBvD5LFbLC4dIVNV9AKGpZFLU3RUb6xDYYQVzpGEeEKofzh/QxJ5SDmmzAmcW7"
    "ydwN299GLUBl03q09bo0PVUh2amd/h25Sqq14CsEv67jjDakOR6w3Sa09xxVQ9cXE0nVXV"
    "94dAbXlsCISYoiGFtUsORy+EeFhMOfERLtvYlb6LRxWeGELrJeS23MreY5KilmucizTM/O"
    "7exTMcOlmGFPGdpikmOiYp6LPM8GWihbvswxUTHPxZ5nSTe2neeIqJjnIs+zCAJMneYKBw"
    "HaS3nLWY9KilkvyqwzXvZEQWvRI2B3lmJNyKfoEbDPHgHpAZ8ho8Otob1jjfZwZfGKwB15"
    "72m+844YxdOsq4jTcq5b+o44PZB7VBYgXVV3xadaRRT4uiGE3PmKZlvr3smBhkY6/mczov"
    "fBrUppRrEx5QnSdwFgBekH2GQJ0g+NzlAZwgmPv55CRP6dno7t5qzZbNHw9yUyvIh6VqEH"
    "HtHNgfMiQj7PCPm52xsyayCCN76CMQj7LyRAmSNGRcF1pQQCGQHxRogtfalIjHMnPeg5kB"
    "BBzxFDfx9Bz/gSBpp8S645iYmJidn7xJCCAYwpGaE/Uo5PX6ACm9A6zqvzz9F6sH3Kqzfo"
    "f/eGx2cgCrZHKnJF0USFRBRNMopGsLzpUFeX5S1Mgn/prYAE18uThJ6hFIBn4x++EMBRp+"
    "JgZQB2Su3v6xapScsgDdwr9UycgRYMztJkUtF+xjcFjhSwdGrxu/UdT7wUfD+CsQ7cmAmj"
    "7rTK8So+1sHYvr6+bI7t5vTyklH5+rCPypLLHylJSHZbkcwvSkmWF+Tjn68VV1Zf8d/Bw/"
    "t44ytYTUAUayhfsYapLjOM13SAvfEVYAtyyEzz9IcEwJsiEaGIQiyeySqiEKvPVKRFIe5k"
    "U+/P+nPCNBjGnx+/kcH2W/pjN5t+fn01KvQVmMh4QzKwicVFavXb2ouNTJM8A9tqr4hRpW"
    "3Lewj/cbGMMjozXLqYJ7AfXeG44EZ0hYssqsJFuqZwkSzFAPGNObD1xldQzW00m1nMiGYz"
    "3Y4g12L5zrpmkWpLFCgOnONyFcR7/4vZVP7k6bLlDRex2gx64V2RWTtDKpj+eIEmA805Ul"
    "7mDF09Fc5AQODJKiMBl16QZ+YdNRCpHIdwEIbGXqo65G7OEZMSzG16DRRhvFfdeC+CG6Rw"
    "Uyz6CJQ2gCA/uolkvbDYJjcbJgvZ5A3NwDWRsaRYP+l4DRSNNocktcwAKfX1GTyGW12b4B"
    "WhJam4uAIW/kRBJjgh32uEf1l9AlBz+l/T7tksUuqwDxPsVbHYK5oAyKmqhmUqaPgfpOal"
    "vuQOCg+JiIDwiBa1j4BwxZw4/XWTU7K2umJETtRW5KitiJEL8hz4UY/KCuT5kNeXLCfFJs"
    "w9qRzR9g7X0oKN1yn51hwbfSBRjH2ePLYy+7xgM9LVnuqyGU75420mPSwogoyKHGQkGCvB"
    "WFWKsQpFnzrsCkNh4yjNckNvUiG0oyHQDt20G0Q+VVUllA5NfDqApbCfPpoZKFDLH7uRAx"
    "3NETBsTSPRcpJuaxbpa0r7ktIh5DdImcuvQNGw4rZAGp5IAC19oUjkMUmmcz+3ZPCZv9U8"
    "bte5k5MlJRjOIzGceoorPr1KYpoj/uOqB9GQMVvjCRXxx4tOfom2GHif4FNfQxJicW7WXb"
    "2NeEfFtWJF7uJaa2hRFcrJim1FhOflcQk1proRvp5N41i6ItmUDtJGnXg+fyaeT6wjaBqS"
    "AtXASaxtgX/riob1grHdOPvSACqaWZ/B4A0ZKlyaABokR9vAfx94nyPNUTSYReQO/bBsOd"
    "5h8yXIHOZL875RXj6K0vKl0Tg/v2qcnl9eNy+urprXp/4Glry0bie76X4nm1k9zKVkb+5e"
    "QAakfBpkCdLsS3c0h1F1tq4tKNmIYAVp+CpxsiZC2ja9vwIxMcGFnmCicmwxwSEx4VQp2v"
    "wWJYfX0P+NqD7OUPWdS+u1/NCgTLq9K/AZPOvGyzPQ3zWTRiwaNv5Bsb6CZ9NeIuNNMXVj"
    "QoeckGBIbE0gzaqTGEn6q1NyyaERFwvFshCiSjtTxT/wM8eapEL8Esnegz4BDJihvyGzDr"
    "w7I+eR6A2qNn7JyHMzmwhBnwdsNGMNAQ/4jTQkkLHys63B8FGshcOlIItyMAdONnrRIYNI"
    "Sq8e642vBL7rzrdDlI9dIGjaBsu3lx5DFZYpRhRVpaJlp7b8wgqVvUOSsoAqe04CofiMOF"
    "KfXemyuQHWgH/Xue3et3snZ416IxYpGE4Zj7kBkKHo8oQ2QGYr1inOgJjcOs26WtsOUZXZ"
    "ICJW1bmNECJm7bmPBaCjzzGViI5mLxKukqgB7wnnmLuM1dolCdbj3GNrD4NBrwWWuq6OtY"
    "fh4GHw2LlrAe9uY23YGT0N++QzA1m2oZHP2g945A/ymatO48+6/Qn+8Puw8/jYAoo2wZ+T"
    "LdQca50f7d4TRhgP95RsPB7vtfRJTohh3DrIpNo0smg2jXTFphHfehKae3blnCUq0qmTvK"
    "eLE/2VQ0WPiVWuJsD+W6H4mTnQWOHnsDxTmRJ7QuIiy4Qvy8QlH/iRDwkKzDkwXxroTdFt"
    "kzOKJColdm1WBRfDUJCMNwLTZOZtptv+DNEK7N55kwCO7jUxsF3Pl52cEKwA+DmU5DUl3W"
    "AoKN9UHabVJ/MkYgDPiEj5dpB11tLg6abXAQ9DbN0/dl16xXfb0IvRjXrYaffiDKKB9Tme"
    "dewLVG797t+Mca0s/K0mxB+CWAGq6Rs2W7oCsOe9Z29xWIpDchfAvRTV6Wpim7wGPFtYKI"
    "OiItoHin2IJg1TI3SrrOGwpIhwKfIsewTuFtMcExXzXOR59pn3LSY6LitmusgzLYo9VH+O"
    "g7izrFmchijysEaljUYZ8kHLlBV2w8ZsRAwWg2DjTUYcGC9QU/70KxuUbCFnTUoMVlYkJ3"
    "GId5Jh93ZUW7Oa8we5YOs4K8bMFzkF7ixlS2S0RPgv1natXOKGe9+5t5MqVZ4jvG49wKTd"
    "K5l8FMjwd1MkaOnGfgDrererKl4LRUWmpWt7WmD33u2qipemW3uCqq+XOWow57pCie0rPQ"
    "sousdtzAeayNHxG1ODnl3BZ+BImkDXwLP780TXnsGJYgENIXyFJOPoJFnmJxM4ZTzBTDFM"
    "69NXeunFgMs5UEiZ9KUFoLSSVEVK5v7n8kR2paIgZyp4nChYdNRsnmAi+MyyhJwwfJkRU8"
    "6uwBkwFRYSuGaovBNsLDuaYqHcz5JBnLn+TmR1sUvwJK0GulMLeDfDm9gXuS3cHDSfwA5J"
    "V3witspmvUeJDM/U0pjk0DnthqGB1QS3BqJzv6/gGcvbUH2m2cPPNPzrmRYdmimqSksjgi"
    "CUht3veN8PEO1kiqW7LHVTYZdbfFxAVV1T1y6Qq0ydwPPG1aUPMPllHbaP9+1eL6mu8KaN"
    "5J8vcsjVmkMXSU1hKCnp+HrjKxCsFu96lAHcxrqeR3FonS2eoaKkhxQHIlvGFBdtBR84qP"
    "g9pW/vGojf0zr3HhTis3LiO8dYkchIczJFloUMBi+4LrGJJS5a6WTPbnLUQa7lHYiIrIQM"
    "C1xkfRwWX8E2CbapYHRIFrbpqFRI4GJMp0IibsjNVMgiMjwDFWJapK3tDIzt65l0Nbav4O"
    "kU/3t1eT62m9OZBAyE90EZyWC6clwy73ix1MG7Ys0BelOIu4nSFqQhrqW/Is0ktyMj/auy"
    "vsDT9IlFlOT9eEGjFItGEQXdDm33a65zPmuemje+AnZ/3klqMt53mb6K9LJMIZEPXZPJ26"
    "yT2KVXwgvLiEp461fzDv1ERcqlSLks3BZSurQOYR8L+1jYx3z2MY0rTTeNvbDTzVaxp9Nm"
    "MojdVAFysBM5cBK2R8f25dnpDFurX6SzT+DdIAXJNc82dWqXM83cvdxUGK/FMl6Lb1od6X"
    "A+hHGFT9f5Njl8CTlxjK7RQoWyL5T94u0nQtn/uLuUUPYrruzfGFCT8QQQJ06Noe1Hrq9V"
    "96dkJKlO7g/N1h0JGQCrB5/Bw1y3dKe7qMct/kxuBVzH0omywH8CyVlSV5++etG8joAi+4"
    "4nfK+fTOKo8kewm6Dm9FxhNRTMahCBrp7D6zKLv+sy3d11mSzuquovkKuKbiBRAY9XDv5E"
    "09KNFY/V6wtUAN+8jd4lPRl4nGKBhHCJ7d0lFihRfHMSFRMTs/eJUcyJ2ykSbdGTISIqwp"
    "azhy3bS3l71ogtLFijdJj5WaOopGCNCs0aHb3yX+nNrgRXxMNobChfhy32kY7/ycgo7Vq8"
    "7qhzkZVU4qulthNLdKvbhsnkh9wr9XXMED7+DQ3/xfhP8gdn8AU7owm/4lbv/0pIFtB/6v"
    "VIijfpaA1eVH0KVW/oCfX0QnmhaJ/qAH8NBIjblyaC6yGWxrSnloEQy1ecz0OztMDGa9yy"
    "TWdDfBHdrkVwdOWCo017sYCcdEYgIggNbkLD0peKxGU8BxLCbt673SwZSFasyZycIwzbYl"
    "3P67joh+t8fcnR+BrassIb3h6WKcbSJ4+tzNIPlJvk6ZqpDbQrneMhIBtwZnHiX7sbtr+N"
    "WoDKjrWHp5te9/EX2gfaY73GGkGz6zR9NqS58oYK0rRZ0t+QMbENRmZ8uhIUEarAEZ1DS8"
    "RQANe2gV+CvUutw+i9Z1vwd3FZ0bqjyASeiO5Lf6nwHygPNHVV8ytRl2Ha3Zdl7awLdr5q"
    "s8542RPV0/Mm6wu2bVexgUzBID4MCZ8CuKQvllhSYTa15WkJ4LDxt/7tSrhrpQEfef9TOw"
    "DzgNWjN6kqREtDJxvuXjB6CN2rilhB08Rb22L3jkKPli2v2v7dqrPtxcgb/FdOZLjaB1p3"
    "sFI9hA4Zq5/Y3VP9sdETILNndiJF5TY5adPhYnYBWaDF1KlO6TqCRQOQYzo43cnezmSOyV"
    "bQfCqvuZS0klf4Ped4g7zhIg2OlUXqbJV8VG1YRqDKQNU5G/hQjcgIVDcb9sEBvKNtf+/f"
    "qGQAZzXrI0trc6ucILBtR2CDcLqKAhvZCYuUCPtNtc35kNY7rTH06vDlbCr1jEhkUqNrXR"
    "ktlrpFege6JVdJAKKuIVqOBv08RXM8rYDesQUgHoMnA7kfONVYrbliAkUmLfk09IYMgL+h"
    "SsZY74rEiHTM55F7zn5Ndzszz4At/c3HVfoj/uaLLO7mi3RvsxcLk24EOJ8R+09jGAGpR2"
    "9crDLNdESxEeGY4nRH7pT3sL8DrIfkF2R0NMtgdrUNX852gKlUItsJRioqkJA5ehdACqtd"
    "Xo7ty+bsEjihis6RoVgmMLEGIKGv4MTRseruB3V8xMw+gQV8RaTj7JK+A6TPLF40+JRxTy"
    "tGfbd8H72B2HJuSH7Ct0zwW79F9UpqZouo/lxJL8GE7O+I2yZw+cgRy8fhC72g5SuOoOVg"
    "J8mqAwcSFUxA2X/fOAcuPsYpIiMiSZJbAjn1OJasO7yC6/XyIktxnYv04joX2VpJrKlcVJ"
    "1WEvGtINtesG4zSOaIcJtplTXPSmKOcQUFi9h6QXEIikNEXItZ3zLiWvhn97WDCv9sPv7Z"
    "Y7GwNKiYScB64caZuFd/cIZKKc7oFlggWYHgRLYNGnk5MYlvjhCfju78CegGIFsUfkJ8FO"
    "3Z+McSSYT69MaQbZjZOPLwD8xSISXiSzbR74JLzZdLJZBnR9UdLTyFcTVaFJo5dKGZV/yn"
    "sQHeXGvAky0y1rUf3bvOoAVI+XJ9rLWf7rr4N+IUI78NR93bXodUF7AUjNZYuxvcPt13+q"
    "QugS7ZXqLC8QsOBAcEx7YSFRJaJjO2Ep/SvIUcIkKV4xAPUshhqstcxay88RVAN+9KVoJ6"
    "Sl/o5SQhBPX0EWc9C/UkEi72pRSsoZ5EBHsuEewiP3ur/GzLQovlrsnZf7eVP9vOnSoLlE"
    "hkF4nsR0hkDyD9Hb9k6WB6ZdyzvawVWnVbeRH8bT3VmxDe+DN7FSbho2eze+EBGcBxtwCo"
    "yT71LyHDUmY03QdrzOAEqqpD35NoatPGH2E1UCE3qQOMh6W82LptgplBfiax10GtgaSHIa"
    "dnbgjmdp0wokrBUasUeHM+WbB2aeUl3QaISVbG8/Cl0Tg/v2qcnl9eNy+urprXpz7oyUvr"
    "0L/pficTUA8bdowSmu47xaJlv6k6TOuoGxGLgT8jcmWDf12E9+DpptcBD8PObfex6xZM9o"
    "1oepE6Kf3A72Gn3Yvh7G1TnDhHxQTOG3EuWN2TYqowJSSOknyhCk1rMkXQYs70mncqLije"
    "qo1vleBm049twc0KbnazDhwvb8mHakRGoCpKDIkQ1mJxQPXdSgwFEaE7Alu5srdxYCM7oa"
    "jdVBDP1yGDrgfGS8/lOB+RZeH/MTlT1rB6JuKUVPk2wyJZWNOfSeNI812xpDkyv4IlMvCy"
    "hCowoPZKgp0VE+izGbA1smAB1ADtIQks29BIEDVIIUb3dNs9l2YSPOeuwdRzrHi7c8jgOd"
    "c1UY+L5thE3f+k9F3Uhd36kexW0e1bdPsuxlxkVb5SGo2wNa+dtCnqemeoT55LPoO+5EUB"
    "bNaTRqQ/Nv0NqzBEjJShhK7H9yt4xjNk0sYoz2CuqzJNG4Oa+Y61njp4nyvS3C0+iZ/9hu"
    "hlExnkA1uD5iuSkzpUPo8U+lWx9KslNM3JAhqvHNhGZPJjfy7LkrnmvylJTNM760aEitFa"
    "t1JdpYVC+xEV2oK4DEp/hOxJrU1jazk12+252lLotBmY2v2qtV74d4p2G4oOz6jkTmBIZK"
    "/tkhLVDiL+ggA5UfMgX5pO0g2GsyC96oE3XjgPWaGFWMFGjGW6lu4MhHIkOo8TcbVHntO1"
    "YHk09ZBIMfR08tjK6OkihTl9mymnnp4lhbkgevqxJ1iE9hQUVRHaI0J7igssr8GYWwRKPF"
    "+WYWAyUmozGJkwKrDRnzJE2Cw1kAxOxnZzJjWdfii0EB/pb/KzvSRXrq8v/Ss0CRbM8ADS"
    "/ctZul+BTH7BuleQMUdu4UWT/GSS/LqZYiwgO4HveF8jc4OWoJZ/sk0LftEsm85I8CoLQz"
    "tXQ7tcNdtqZFXbS07bpDbs/P2pO+zctYDhvjBj7b79t87TQwuE7nj0ymyiGUklm5EUDmVR"
    "WbNklTVlfNTyExiBlMifLI5PMUlWBGrQNqdwIJ3jObxEmuyGwfIcxA+d/l23/70FXHlSJL"
    "XfaVH9c6sjONu7tuZVS7xp+Jts86oFYuJdK/K7RieKt8dTRKgCZURzaPTkGozb9ARKSoqu"
    "QKIrkPBrOC/HMRLBK/4qHcdZVHFQha9oX6gKX1H+vqL8s5ULth3snqyMvwHoP/V6x3bClR"
    "TYdB9cAOwRnXCkDGua980t0ZrB7eZXhs3mdbv1C1MuFFVVTIRRlE2Sm+16supuepFTzlKX"
    "oArwzVs0eWgKTURSkEiveXUFTHth0mGWvlQksICmhYxV0sWW0zOz1cgkXw6DlfSkRbY38r"
    "QaHvKb81M9/JYK91qu7jV3aSfNsxSiAbI6lURssvKe0SwEiU0VUxy9NZtxJXrDhbrIIglE"
    "VdcjV3UVldsOsa5FeOchUBUm+75QFSa7CO8sLrCicttHq9w2IvZmjWGvOxfqmYx1yx+70V"
    "AfaAggzTJWxPglhrD7zVzD14J/6Jq+WNGw1bMmHNtXEJ16P19/kS7qAH92cXqJf5tO8WeX"
    "00vy87XUJFeccc3zWQP/0jhtXDK6Zx/nK4hyJMWyv+n/E7Cme/q98ftx8h8X2oPHUhoM1/"
    "OaMEqD5W8uryG5N7VbMSd4M1XeGAt1bYJuRC7HHF1vEZc2R1eETqSv7WqFTuxUZmR/6tc3"
    "xYmWZChg3qW1KphpL5Hxppikzc8sJLBRD2uDpaHjmyzATLc1GUCLpv3oxstXUqNWMYGBJK"
    "/X19zQ7Zc5sBTpFVkmOCEjiZvDIKKfqN9CUnUTD52uAMSSP0tzJL0mVa/cnpqlnkdQ0M8N"
    "lBUekFw1MJEccOhQy/A3S+A8Qn+kLOCYWAXCWtcdVm67+/TSEv5Z1Rv0v3vD4/UmosCjN0"
    "VGGithK73YR1imGNU+KlWVr4SpFPoSaZzw1wYPnX4LEMmxhqF5JKmNzik51u66j/fdR/qR"
    "rJgLxavic/zcCgORb4zxtjUeyzEuJixIhgU5U+HLC3eNp6igKGjPYURS/ZTPVxYWESHDrD"
    "xSYgPwYRqREaAmQRWpo1VOZ9OnTk10zi4LUSnx2qRzhNPVxDZ58WULC5gFFftBtynHNtlm"
    "lsOC4igq8hwrmrlElFvg2ywTciKKjLFRHr2TUgXwXBOVFyzCJMTccU7dyM1KBnTWWKfEax"
    "uJdxri7WTYvR3V4ot4D/Du2oeqJACndKIKkE33ZYYOXuIrY4X+u3Lf/jZEKkzxAURdlLfk"
    "VhXCO8nm7AenIblVlXDKwTPurK1097i/9rL5yCV/eAYPuedRJpGAl+cyiQE8v7j6RNzNJG"
    "zQ3ed0w/QodlIa0+GkkVwH74o1BxCQ6jCfQZ82LEOyYrE6oh34WSL2sGieb0Fn7l0PxgYL"
    "+X4JRNPjCQKJCgYU7N9Jx66NlR5GUKGyWHnHD9CjYGuOkSkstgwGxxggxRsOzhCtwDqPbi"
    "HNLFtIM30LaSZrv7mobUH3RSQFqVtowk9GFlTU5BSnBz8FEsUIfapUoyM3MJjvFIkKCaZw"
    "M1MYir/ekccKhX6XDOKsFFZ0dRUpITLC1aTzDj6Xk413MPzhmTIk3Sh4ifJKTsC70yPdxa"
    "0FFMsEikwi5gk94BiHP5nAKUlPrpy41enJ0gLjECk7rqXkRObxUMFECCai8maFQ8ptoeRG"
    "BIWOW2gdVyhVQqkSSlVGpSrk92aoVFGveDaFKuqWz5TvqEIN764gkCTajakvaP6h6ag6kr"
    "5YKJaFEFFr7KllIAROiLJjQE3WF0DGgDtpiktDl21JwV8NzAx85dlESH5mqFa5PjlL3qP/"
    "JHeh0GZdIvdRNFfb495Wux386AxHLbys35BhjbXHh85tt91rAfIKKFAda8N2/25w33LX91"
    "gb3Dx2hlioBbwg5PirdBy3h0hTPXSaqilhxXfCHccWFxPqFMMWcc+eCSt8Lb3abFRqx6Kz"
    "BbP21sDHqDlLztYkcuvqo3oSFbKMc66MakLSa3ZiKn8y9t103KNSFYJ/f2l00HihzA0jni"
    "3dNxOVKoZ/plKp6SKjSGQUFfZMLB0xFzdvs75HMTGhTbIOEAQXnM6CQELsSRvZTn8R7oHv"
    "/CDJEPH3NkOyCVmTewA4oC1H7g3LtZazIhx6hXfIN3HJ6f1kUlRoPR80iSK2RNdy794izs"
    "a/e+9QFuY9TG2P7aury/OxfXmFmmP7Ap3hn6/O2TkRmeVEVEGx2O3j1lY+tooQ46OzEdLr"
    "GOlkGK2wZIQlIywZoXiXQPHOohsGjvEd1UOu/PqSqOORLcHpfLMjSkTTq1yPoIPq0QPPI8"
    "3QoAchb3U23Tns386iP/s9RTCWtANJA/88lWf434vmNVC0N5Lp61TB9t/Kr/iXfyCsc1mA"
    "8MJAUqGycAJ3DSTphuzkDDvJxeQGWFRGLDU878cLbV5o84XZbg6dEVf5QKD+w+3krvPwNP"
    "oViy8lLLi0rdVYu314uL2d3HdIUdUWkJZLSZo4p9tYe3i66XVvJ8POQwss7amqSBMDLeNb"
    "Uybzq5nF+mqmG1/N+IRhvLiSzL3xlcsOPYhl65wFE3IW8IAcE6tcj6azyyxQx23VENKXiW"
    "XM7Wjet3e5AmdmAOeUFnDm52PCcqKIYZHJGCfOkCtwJiQiomYi87yPqBnRHE00RxMbnWCd"
    "i64mCNa5UKzzIWnCELHKIAqjtGt2N/skaAyfhS10RjtJZUS8Bd7net1JFXufK9IcYBMcGt"
    "YCaRapNniFpAv67xXta4wg6Wh8LZ26zYvrtNEe4enI3OBzFUCJNtzBn0EL/2KZYKYbYK4s"
    "WOThkb9Nlnw4z7ARKXCCVswN3APTisFLxQNxVKqCQO+/17VsWysuiN3xOdKBeANtnJ063p"
    "q8qMF9J2Een6469joufSR34XaGw+r2xwoyLhrMu0YZH7lyxZ1iknrbtoG6FmJG0MZGrFXt"
    "ZX/sRPEGZyoIRkZj1ZfUiwAL27Qct5g5BycQ/G7jQxsZP5HaEC+2Cg1nNNaCsQB6w6f5T6"
    "arOOt4rXmiSMYKONaZFQuYUGEE4Ob4XIaa/pvXE8L3ciJD0eXJK1o5mnpKL2/Snw7jJpT5"
    "gtSzYONaBtf1lsrPRRbl5yJd+blIKD+hlc8BcVSqgkDvX5kXpT4O7d+nxwJnMYqwzEcuRe"
    "GebBzIBRI74la0lcpZw6N8rd/xzHGa6rW7p04LYDk3fOrxF9Ln3de54trdccz4qS4zzrD0"
    "FhLe+AoET61zER6ihQR6U2SkkVq8+iti7Brph1pSciv4C7bXRpf2eSPD0j5vpC5tcimmpH"
    "lv2hb+8bisiAQqsoM8mK2tCrakiQuWUoScfNA3SrSwPSgVLZqrcvDQOzRXzYeH/pvCbkwR"
    "G1HPyEN7TFyW0BIyloRyUJ6X5m+RjhDY5gCGraKvNC6DBpv+rGh0sAmggS/q7yawdB2cuL"
    "sy0DUwUwyT5oYxSyYf8EkivaxY1DFvrkdlkzz2TxyLEJsDgks2om05JU+2yEDX/v7UHo46"
    "w96vLc/Vp67GWudHpz9qOf69YpBKMlwxyL3UfdkbLjRHhsElkipyTqqwl/KWFm5UsoIWbg"
    "2rcPJAU1c1vxBGSS1evz5FwlzI35B4xCeSjO/SNk1kmjTWk2FMMEatNShMd/wERgUyBbeY"
    "SJ39HAgSvV/3Yk+mK/oztsqC0O8lVvVJcAmQkUTD5ImWr1gkJsVAlm1opE/KTFdV/d2rS6"
    "Ghd2IcpHS+y/sLZIlKD+xQ8jVEfHrudkkJvYZL5FfH5FH0Hjr9u27/ewu48mPtdtD/1h3e"
    "Ew8iRh0b0Askj7VhZ/Q07JMPnVVeFK8iVj4kfbFUFcgKd9+kt0REc1RdjsMN71F10XSLz7"
    "p0x1fAmZuIlMkYKrM2VoYRLOM4YpMgp+ech2VE0nlkpe8j6dy0pzT9cBuFPS5bQZW9vCp6"
    "0ikVTNdWbt40cUE7MI4SA29b6H2rtyomKkInivxO+ZO11SuVIi0CJ9JeqAmvihYTq5ym1s"
    "ykqDXX6GlNRs0y1z7PvpBDEuI4YDVQF/EgO+Mp4kFyigeJbwV7gNZjX72EwopCG9oGCxVr"
    "E4F/DTm+Od/Tp8X5sj2lOZJeid3sZlTOPAraiYuJlEkZ29fTKcI/zy4RLZlyjmRSn7l56l"
    "dsxtfJlS+X50382dV54kqzcX5JPoP43+uLcyr/BbklV9iUefG+YloOqR/hRANH4qmjglPP"
    "k1MPT8c2rHpYvtCxE7eD+/vuaNTptIKS6GPte6ffGbZ7k5thu3/7Sws4X1adTA38187Hmv"
    "e59/v34eDpAQ8zdHur6sf7z5A8brDWsdUyEa5VXnDDX4sD45iYsIizWMRL3VTYQKdnxYRE"
    "8rPhTgt9joqwrFx9mxwBOsHMBFEjOzblYUfclGwTT7P8Dtqc5wde7hrWr4w2WeqKtaoxbL"
    "bkoPo6w+3NG+68P974TdZbOlB8IT9Y/TUsk7g0RNBPrgaKqABy6AogSxWyIhrW1LHxBCqn"
    "ex0E32DrSGC8ITwhLChiEwrtR0WavM0Uh8TEBBd6gue6zeryeIckZQFV9uz6MvG5dYQ+u8"
    "LVmtm7zm33vt07uajHlfowS8CuKrBVEAJbWLgdRfWGj7pXCW+98NYXxaW8Q/WGcPAUaVC7"
    "I5/jEw5DercKYZ4PmePCto7KCZDNQuQYwehMTni3cwm0qGfbo4FawMTvHZKBogUdjImXC5"
    "yQwsey7CR8kU+hvFC0T3VA9TKnBLKfTMN2qh/+kUwneZjicnvNCDf5UVPP6HxPFG0bMz4m"
    "KwKii6w7HdfOK8/EbmXmeTvfNgZITFa8RUV+i4LZ2s6kTxEXiQVJm97TFfgQjkkJs4+BrK"
    "N58eEakRGobjamw6rujhY106NcMrSzmtWx95fdoCe5mPeActAws6LQRl7hQoXBt53OmnCq"
    "qClBFbER9XWGOD7ulxOYFNhcdpJUUzFtbOSO7S9NhMb2tdw490uvfAZ99IaNZiQrtN6jAR"
    "wE5RaA2Pg1DKd7FqnI4lZhoTwAWOp4TvAEAtqKiFGDMrfHioKUBbO+7em/8ewlkU2PUQiJ"
    "iDiQbHEKCwRJ/VkelEMiFUR5/01gDYwXKwg3vd9GIFEJgNfZuIfoueHu+yav+RmROpDVWb"
    "4dOhz+TA7i7Yx7pqwwldaizO3RZYkK9kRERHxQPlJDL5BkXUz4S0OwRMVuJWpEiKiTAnM4"
    "XDUiIm/4HjDuu/ereLEI1sa4Q4wP/lMX9LvuGObT8e5TIegPGuBzqxgSaRZeY/CJ/rX6Ri"
    "ZRCg/N0LpmbF+eSqS2xNkU//vl9AziTxqwCUxS8NnS3SbnP5nAtKeWgRCrK812NxH8XrH4"
    "PZHjFSkRka1GxLoiESVs81oh0kmQI8JyL+yCL5vlLqxKYVUWxeLZVy4Dwl9xRyvHU8yHzt"
    "0qBHouto4H2xqTJ4RsRstnYoREMlhApJsScGVa4H2uk6J973NFmtOyffQyBN7dnWY373Ok"
    "sQyhne7FzEHw/ypnxXvqiMhDOHa5PnEa7k+J5FfQhVq+qc45lDFCvJXzYmKVqyxykFiS7b"
    "ozQGH5lMLyiR3AWWNXolJij9psA4WZ6x0NoTBfXjKQsxpBsQVWqADpO9taDaHl/JkJzT50"
    "dbNSL+PBEyMYnSlDmUy38ZMJXgx8mhENHIKxfT2bneJ/Ty8krIYvdcMiAcluYjEeQrKEiY"
    "pOMoc1J1/Y+9jpall30oYRlObsJOVcnsq0EZw7uyuBfo2JsBOKYCdE5yI7vgk5cX6wdFyK"
    "UnrZ9HXYlqFY+tZR6ZmC0jn6iNIdjY3x5tL0vnCRoa59HwzuWuBF1+Wx9q3dHfZ+nTgfza"
    "BiqKuJc6X9ozNsf+/gPfwNf+kXNNYeBoNhCyx13YifCZmmqpFlqhrpU9VIK+El3DGVNkoi"
    "J37WQyUsIw6UzQaJA9gezBGq8fo3KxnIWQ2SyPIqnjniwJ9mjviTk8kcCUZncC+YCO+sFj"
    "RW2DRYIWj8jDQ5Yhh4PzeR9MU1EsAMGwRzxSS2AcvNsJd7pvYFcqaQ3FeYD0c1H+gUZIfV"
    "Gy72dlFFIl9Ued0MMbEiWwaFcTTgx1lu84us4YMhkUpAnHcEoWhq/2EMKuHRP6gpJeLbco"
    "9voz6THcPboq6aisB90Mi2IO2JYWpGcqI2WJooMjZTIk9zOv1CavKcfSHtZeGp8zPAD1IV"
    "ic502OUEXzAmpgWgX7qnTn9yq+Yqlum6oNgJP4d8mEgMKpYdKg7HPTuuaDUZxt68qQANq7"
    "qtUOUzqfIWtGwG4tl8WIF0jhFxS6TJ7snL48l66PTvuv3vLeDKj7X2w8Nw8KNz1yK7s6G/"
    "IXmsDTt/7dyOyGcGIhW6kLyV/2rvrsaZom6bs8USFdsPY/txgOI3acNywpwttDnr6lbbvU"
    "hsYVG2KPkmeUjxv0tRSVFFvcgvk6ZbDHY7XVfzxlcgej5vNc2zDvk3rJCUOPQ3E3IeZHtg"
    "5ZLFjksGdVZeLrbMChXjQIocpcc4hK7WNzJPfOEN2KAge63pRRmQuGcNkFpEP5lAf8cLAZ"
    "yM7aZ02XQKRX+qO72a0Bs+/0hos6W/Is2Mlo1mUU6He1CWFuSh4kpeVLXgn/Lin4p/AFeI"
    "KSFWHoMo+evjoJ9uFjLbLimSBf4PqIp5sPO39l8zW3PqyU9tRbUU/H6T5/33EfQhAtD6yY"
    "jjHlNVyQ3ik+HsddvlEDBEhWbEZGNdoPiTZWOCFVD4Dx7FIuLTP4LJzF/fV5T15bLf9lQj"
    "dYgVfvy9Fcd2q3il1F0KpB7edntT0Hst1XajV+sZbDd/4EbbbeQnmf5EjCoi6GStugYWtq"
    "auri7PHWvqLySu/NT95VMLQElCS5KdauDhlm24HXiJMHFUbjLncn62sPAKsJvV11h4x8ln"
    "KhhnfgjvBJvjS9dpwzKVMJ8P7bAuRy+hyjgInLNiS4M4KSpUTaZB7ALFHffFkBQbs6iZK4"
    "xgYQQLIziXF6e0RnCkWwvDDI53c9lgCCeayWSrHOX34VURMBXLjgSyY2xnyott0KvEGj2b"
    "je0vV5eNsX2JTkn7i/Nmk10bak/3FYHxxTJbj90x47jgHr5fRvibJVBOt7BiYsLM2qJ3xo"
    "S2tmcs7htdVxHUUjaOsFwM9ykWPBTw3rrPF/qbwaAXgf6mG8f26f6mMzw5o/OABynOYStM"
    "gg9kEiQU2Czpmx4Pt2MCZ2Vj8w6axMkwCBgaKdts2KCXZldH205wm+MWIUEtLfBukIoCGs"
    "mYJHoj+fAnWs+nTgPgZOcCtLySojrWPKdI1d/xncCJ09MIyHjoJ0aA3cEfl8UJQ+P4QuyR"
    "m3iFx/0WSsKS8W3Ihia8NPmqu+mlNjen0JWh4Gbt7mn0awuQIl9jbdR+/BuePmi+jrWH4e"
    "Cm17lvkSBU/I0W8bfnOK6HY1sfxyaXDm9/ONsRUQJ4YI5KVRLrTFCvQToONLYbZBuqtL4e"
    "v8kREc3R6vA/Ka3Z4Z+kTKMjxboOyawzN8rn51mDObEe4iYbpHkFPDtDSKQCpMShY0W9zI"
    "2JgX63FQNxlflmClcO9PNMp975mlPvPHnq4b+LlHDRjckrYuzG6ZgnBCuH9/4XuanbBl6l"
    "FCIOqGNilQP6PNu6XrOsU4BmGYY3ykuqbRgRq1Aww5dG4/z8qnF6fnndvLi6al6f+tZi8t"
    "I6s/Gm+53oFZF5SCoaJay/oi+RxrnYa4OHTr8FiCQpsfIwGLolVmiiCGkgcHvbeaCfOUGs"
    "TimW0dOw74wj0axFKcXiEctb1ZBgC1fo/RHBQIL55wkGspfyltMclRTTXOhpJiQ5304Zkh"
    "AxX4z9Me4SyAhrXExguzmezkvV3ms8Xe+A+d8FiKcLvb4p8XTMxbwHmD9KNeTYi7xLTWSq"
    "h+/oUo/WUqkI6Iz4/73A5GUjVgWm/KIO6La5MerA21w3RB14G3u2IFj8rtGszPCDqPefth"
    "AiXn7SaeYreH5DBolReQYvhv5ugvc5nmWSeenW5SFhAJJOBgFpDrUXZLKDYw/8PNHnqAhq"
    "Rx2IPkd5qMvuO8IBZ0giP0TPSgKnIMEECVYIXaQS7IggwT7ENIt+EQelaQR9wEMf7IM4IN"
    "bFjvZwpZNMo65evAyhZRusKpI8iD1696kSUIckEALAGLxBBM0NdIEZGZslU4GSdNiIx38H"
    "PhRUJL+gBdJoHSdStGlsX6DZlPx7efmJpBgQo961O8ivbltifANi9jOTE/b/BCYvEKJzI9"
    "1fPSNJEAXHJApEE9/9oSya+B4h2o9o2lzFlX0BUVw5Yv3so7hySaiyEu0kRHHYrltyWFBY"
    "94W27kWIiwjDOLohVecOwzhOWaMRVF9rDHOMfl7faIlZ3rBMDYCvELzE5pB0ej22L89l0p"
    "P37EsDGEjSDbkF3uc6IDdEslMwF/9O873f54o0d/K63+erOoCaTBO+Z7qq6u8/20sATSI0"
    "0w12L+CcniuqHxXLGqNzynDcrklA9iWEtZDBWqBw8WV4+xIC4AwAl6N475H00oM0F6Jb+8"
    "Re8mAeEapAplveoDtn74S10NOzvCNCO6Z5l2jVs/K8CxICUjQURQxIERZs6egDERxwUPJA"
    "BAfkExxwSNLgzkbmN1uTO5plrGoM9iA6oL6ORpDx0MkMj50gf3CmKHDiSz2F2LifnV/Und"
    "+m2LxvoGtS6w3/Prua4avNxrXbitVxr5LnAUUDkAZt00Y+04ZExK8lUsn44gzf5OryrAXw"
    "eUhNfoi1O8kpiAwNBNzO6ABvACqitUTVFaNeXTG/YqYad4zQc0FaiFjzsmD7geoBDjv33R"
    "Gpy7BQrLHW7vUGt1iFann7ARprT48duk3E96csfMb+SzbABan2ylCf8Ya1gCp7iQdCcc3Z"
    "kfrsShdnXvZi6HVuu/ft3slZo96IlUnzoL9I1gPkMqGF7Vxb2ga2H7gozJBIBbieXIrkl6"
    "XNW5lRlnTDwLqeyUn/RKVE6o/IsBLsWtGONOLUkQeauqr50exlYNvcBSvINkG2FUEjLDPZ"
    "9gBXJJmglkK1eZfrG4m2ZWhkJpZtoWvW3OOkllChTRVI7oITXf2VdrUmYadQBSfPz87PyH"
    "x+/gTm0MRXvUZnwDHjKF1la7KOb0du434hNn+W58OzMGORUH2PeaFf0ukAIZgzwZyV9xyJ"
    "pFzQRZ0dTH+8QJOBpqC9Dkt74fOBE1xXQiC7AVlSp0hD6rYkekg8RxYHq1K2M3s8XPp9u/"
    "/U7rWAIz3W/tHBmIxa4B3hv8IqBn9uoBkyeJs6RIQqR6ZdXmQA+fIiFWRyKQ6yhPC3wjYr"
    "H8phqcq1Tz1vZID5vJFe776RSDXE+jxnzF9I5EN7LTSd1REnfW164yv38h+ESffMSD5iKi"
    "Z1IIq3fPZaZF/VDXlbJj1FWlDpgkoXVDq5hag9cYh3STgoDuqgcBbgHnwU9/6NSgZwVu9E"
    "5FXNUslduH6q4fox9JlCwWW7ftzL9c2un9DIja6f0TzwmbjeFqC/IxMgKM0dvwyYGfoCnB"
    "AavU5/ntCPPwFdqwMsqKikUTdeKwZwH02CnEn+tIn/DBranPT65Pjc7Rw+wqcjfDqlwjaU"
    "2+q/KxyIRoVE/e0PF2L+2O61h13S/c+EKjQU2iWwT6jyCb30awtAjTDmE3p9NdYeO71vk8"
    "79Q2/wKxVD6myCFktVX7ndBLtDt5kgaXs71r61h/edIfm6xgIZWH70dNfpj7CkZctIs8ba"
    "Uz+4na2F79Xrdr6RW6kKmm1D0e+/U/gUssKJ1zqjPJGdvVEF4zX27YwyILMR+DpoPZEPCO"
    "1l/SIzsmSDkom6upWnmiEtHKsbEBchAYfFFx/AsjlXGHU8sp3NYfkc3SaarnnfJfMJ3R/0"
    "OxhWLElOxLunW+d0lW2JnJGdf+KzEx+m+JmLZUHc2NhSNfQ3rDIYzqmd1Y8Vl6ucP+sskz"
    "/rbI0/6yzpzxLewoPm3Yj0EOHTEj4t4dMq9rskfDA5+WCO4ym4150qure6ZjnEfsJbEB9S"
    "X+cxWLiDCSb+6EwJI66AU0kVgrF9KZN6Jc0GvMb/njUh/veieU2qmgS/4VHN5pexfX06bZ"
    "BqJxBLXF2cXuKrMmqSQilNyal5Qn6+noKgJMrpF68kilMexSmM8orQkpRQMdCLrUIDWLot"
    "zVOqtBT+G4u6ssVySogqC7wVCksYRb4FVf7wC7XEl3Nqikfjx8faj+4jqdXyppikVgshyR"
    "1ufKy1b0fdH90RYdJJsSa87RbDTBeG42HDTEU4pDAdhel4INPReUG2eamE6ZjZdHQA24fp"
    "6NobQ/+GJQM6qwkZWWKFNCHdKVhjQQaTlMGADJZIlh4hXsjXDDw/z/UFmujGy/MzeNeNV4"
    "w+wE9B79gEQsBU8HrCg+j/n58/AxI5RiTA1MBLbU7tKZOGfTnfgJbRRNIF/feKmHJX5/hn"
    "yWnKeHpKDLoptsy+XE6JESc10aevCXOxaF9wrJGqBxLCSqP24n4Vxbmpb8aeXWJztHl1fu"
    "o9WNfogKUKrZluLOpAIbVHV9S+PZca1PLFT2t+OYOkUYokR7/XVfNsRm5+Ps1eUtRDyl33"
    "eDewbNOpmRD5+ozrEc7FuyDs3TztXfy1LEXzY4CzmgMxsSKbbkVy19ENg4dg8AU+NscQEJ"
    "VZF2hIpIKLc//daCRkWMpMIYVlOZOjk5KV4wgussB9kQ53MoRF0C+HpF9cVYKJ72ZKMpDO"
    "EW34DleciNfa/2gTXhFL0tDbp2Hfjb21DQ3JxeAZvW/DWQ0gJrbj6VcwEozv8FOhaXmuOk"
    "4UGaIfW48Q8TyClBWk7GFI2RgPkPGtikkJYpZVsE9ESh2mZEmCnMruS0iIioNABKMdrSCA"
    "t4vuAdsPUhUgdu5kwDjy0ucPdMG2Cg6fWGKr5HaNJZhAhm1/40p++9sQqWnEdHq4ZEWW+X"
    "8O6UXs0IZz9Ism/If+tfo6zyEKj9rkMkwHQwRNFsuJZCmWytcq3hOoIDd/GMcRtosZm17q"
    "yvXHC9WfofqXkB+WDTizeAniu2H726gFqOxYGzx0+i2gL5E21m57g0dCFkuqbhaFKkZ/LP"
    "HpgHg26LBIfiv9tCTLfGkgE7ES0VPxDEkIOJOEgUm+XwLNvz4O+mk8gScRpzIVyQL/B1TF"
    "PBiqtf+a2RpVtsDUVlRL0czP5LH/fSi/3hosCUIRFtPbBk7u2/+M7xB4a7qJ05PkBjeCzB"
    "dkfrHUkuqS+URL2GrSI4J7mPOCvV0lmWIPk7Vz7Oh+27zYYUExx0WeY1Hi+KAeDUG551OI"
    "N1yCT1X1Xflfj6y8oTerEOTR/R1qskK24T2hdevdr6qAvekWMvYE1g9yryoBlYdjwX0f17"
    "gXgjd2s5NhMg0GZypvYSJssljAEWvRRBr/HQKKbAJpjhUfDZxADZCCaytqwJOkHAimKtRe"
    "XdGUWhT7vf2efSBPT907DieIbSvyZyKzzRLf7AsJkRf0SeSfi2MwF07rK0eDC+tm9E9f7x"
    "TBs6lIrL03nS8KiRSDMCLPqwxh5O8LXApxTEpoxZu14rCXd0fVOOxWLhnIWdXi2AKL6Ma3"
    "7cfb9l3nWGnDSc1vzdEcUQ8znM5SZPxegwF+iyxBN+zsXyJE4IghAmRzZjtcUzxR7vgcXa"
    "wkLVq+cEqAHerMO3SFemLC8MQJ+OOFuy/u+BDqgohnLzqqQgnLUwlLruE9gCti2Y9WFcdb"
    "1yNkLGprNFt6PZtSa3lDMxFOZDQpNwM1oBsvP5lA0hcLxbIQAic6LUQDvcIupICpbpPOaf"
    "6YFlAs02WVoLFKYZ0O8IwsVWGSBV+Evp2nvo1RNyzutOuo1IfOFSbt5ng0aX+8UE5YyrQm"
    "m5xrMSTyoRdiCYOVJdsw3DBSnnDl26fhkDaHc+XHWqd/R6KU8VIoTJDy0azCgkXJ7HuHEB"
    "VxRCeb0i9iESybDnWFg2VFkN3Ob5EIsjt6kF0eVIsTFrWGa/HjpjKQLW/+2AzVh+lgrz6u"
    "oasqqYl7Ob08H9vN2eks0g1Gx9tUHXgfXUF0Gm7xcu60dfn0mZQJhib9GvLzM9DQG36CCV"
    "cmeJ9DC+gG/j/SkrTMsb+M8JgWZderr2FwFHOSmsB3o+sqgloKwBHBGNBTLHmo7c//JF+b"
    "+WYw6EU0hZvuKKYaP93fdLChF+swm9Tf/DeIE/KInECcA3HhZRVe1qKjKryswstadGiL62"
    "W9w5qoqi8XWB/paJaxqjG0/8SYtQaAHIyeIH94thB/Cy2BrGv4MjSB12ir5arL9pIQLDJR"
    "lh385M+gDfAYw1m3Tiy+ht4BfSzW3rFmTf4Upy0Hvi1QEm3Y83ruWDPQUoUS/vDk2ZU1nz"
    "99dduQ0EuyewP8umDDQHHsj7liWrqxyuzajSy1V7QSrt2cW1QKummvihJZwgkw0x0P7vAK"
    "Vq46b2RwPJw3Uv0O5FIUWrLjpZLhbHhDIh/a7cv2h43QHykveYX8YetcA51/jiKWZyIxyP"
    "cM9Ab9797weLZQzAZ9U2TEbMyTnqoVlhG5WuunZItcLXL48UyHN74YU1GtOkuuKsnpM45K"
    "CWdxUu/AxopubOGOT8gJcNPApb9x6HZRqQocpQdvGyYCHrbRYgoU4OBhsjbCQXDJ+9qj1n"
    "DJguwsP9nZXi7xFzehmkp1xkbU1xGd0BvLS3O6nYwVjXKDhm5rcguYSJ39DE0TmSahTuuU"
    "/HsxIJYHTpl+JIOZoS/AEiHDrIOloS9JpTcANRngSZkpxgL/RkXYySY5PZcZwECfRrdOEb"
    "1wfJKSTPokmHQeJoMhWgFNLG9Sg6Jo2lOax7WNgsa8gaj2WGQ1zds4J3SrZBs+m1NGknfZ"
    "6vXLZ55rnX/edno9mjaC/pCQqtLEkb8/tXvdb12SPPK7DVUF4yCPtZv2Y/e2BabQVKSx9t"
    "QPjbI1f1z8ZMuUaHKZJdEkvjZCiSaXcctqpmj43N9pImO3ELN4hFnUVVV/t5cTXjo/ISiO"
    "QO4j0MdQthnYp7ug4nIfufuwsPz3py2HWkkQW4Wz52RIRGC6mU3xzcEdyRTfXh96NywZzl"
    "lJlfACE5F5H4qscpb2OrLKX/xZyCr/1dt3VT83E4yUWhD0zlHpHToF2WH1houDqxrd6EiX"
    "F04roRZuP/cwHDw4Deg8smGs3Q7637rDe9qVzuN8i2HEFaYZTtHehEpyZ/zTHBMVHGmR59"
    "nfW7aJWYjJipku8kwvEJ4E7YWbeovLCeaNm3kTKQoH5TZERYx8KmKE69fhL7NrI6Vk6EdF"
    "II9ym5DsnjtC9YCQMaQ3qhJMhyRzQogxiJwonllIHBKLMzECkY1xR6QcyZfG2L6eShctGv"
    "/jMF8/mU7kDpjpBoD4UJ07EULQiQ8CJ2ToEn+2hIrxFbzPdUDnmvy0IJmPbimTuf6uMWrc"
    "5vfY9VFHRNhj+cjPiPwsSKpjklThKcnqZQmJCE2E5bnyljYfpkhgmo7pTkEeu4V35ARtZe"
    "M7RP7DJi2oElSC8NcLf/2xrYc6t7/+OF7lkQE1c8au8uhfW2uEuB5zKzx4r57k9SVNvIYV"
    "dfBbjaQlTJK9LMglvF2IJhdHL5Go25apsLSnTSUSQ4KiYB9HwT68y1iswJ/03PxAQmTnr2"
    "fat8jOd8DFigvbflg3I65QBdwbhy5jg1V1k1XjLx3hQKJy8B6kP0EJY2AMhAebbs1XHlt4"
    "2Pn7E7ZIiD3r32OstR8ehoMf5EPCwepv9LPb284DHQglCS3puGHnr51bV/jfSKKf3bb71L"
    "wmoTMEIGxeF8Q+FlWMcvO5+mtpMmXUM0u3U2NiopgIg/T0MeLneeKygukpNNPjbb58L1FM"
    "SrxDjII8HkT8r1BMVERdFfoFcjUVzhcoKiVeIFZFKxeiLV6gqKh4gYr8AknqlmHIEUExx0"
    "We4xitnHGTjEkJr5LoepETqhFfR0ZUIzLiQBfl33LNqGXttnvA9oPETMdOmgwYO297/ggX"
    "bI/ICnBkcyxUUnhXkxUJWrrxiKwaw4UfuV5fG0vsl3CbKJ7QxHSlMpUxfEOGSVx3+ozWDD"
    "xrAP9GJjh5xwtrbpl1YEHjBVnmJ1ovkAzEh5BuG8CwVWR+JaUF/0SkIqGEACQhv4ouAxt/"
    "N6BY7DKGOT13c2SCCCfIM5zAnXYOZEMS+9EbK4BvyPnDWX07/7rbhwQz6lnL5DQ9W+M0PU"
    "s6TYNNKYlyejhGVKoYIRmV6l1Bt3+eGfEFijEZlYqP8cKspyvO/hVxOWHBJjd4Ef2+zTov"
    "BVuZICqyZMk6Ou7OqZ/kJuWd8rzTPilazJRPD8dMJtoyGL7RNmuDha5Zc3AyrjVOG5c/n3"
    "4Z1z6R7pW/29Agne29C38/xxfqwJR0g2RWKliG2EnYCCSpmDPdwKYRaUuPLSLwDk3gFMxJ"
    "GmV5PFBYY8Wyxo7ZlvG4wMYsh0yGwxq7IW42vCqsRJs1yLrjK2mW7RvcmWKY1kSGjLW7pu"
    "BwWOhDd71UIT96YZkPDV4Jg6h3LSSIzUBaRtCJfYjrDcfZAkS5wIraRCJK50POMTd1FBMT"
    "zFGSOYo4BPngZYmKoJ3N8SUJH+yOjvq4I7hkaGf11LOW2w6F5Axb25EfG9pVijw5KDk2RK"
    "bzRyTIMfdKPSM5ZgTDMwUu6MbLTybQbUvSF8itOmZrLS+a4A2qNjJ9ekohhcmWNgkpoMQV"
    "/r8BtVe3/SEJKWCHKRzkKVnKJeCneG+CE8Qi6h7kSo05XC3fsRmROdR5WT6QC12ztuxw8g"
    "aAhGUqyTYeIAhkCQ0aYce1F4RlhHnCine3oMrQkVUdpka7uxIxOGdEpHyAriMeB083vQ54"
    "GHZuu49dN2TDt9vpRfJRUENm2Gn3ElUktVeO9eoNF0uV0T1GmarsesupcIZF8rOcz0oCKC"
    "n/b06I9StjA4Rhq60rLJUUFsWlOIpLOXbIth6MQDpHD4amGwtn5+erAXM3+dZrfydVXOTJ"
    "TIUvY+3XTq83+EcLrBBpPzrW+oPhfbuHJyR4wtF9G05dI77oxkCkGPGN1Qo2Re/MXeoOSQ"
    "peNWlT8s7enWRH6rMrfahZOT2C1oK1Ffw24SVdb8S2IW8WLhKrXVYWSCMB/lwLPipVjDVf"
    "qZheEfdeyGmxFOmV15kTkRHqfVIjwt8CqjRU2tL5oGVICoBZnkgLGW8KeufbS0JCxdhKKr"
    "XDBw6GrAyBLyBcwRlqrduMJEduB3C1HJH1eHn1wMdVoOLqBHOWO9OZimy+THdsJkempC+W"
    "tkU90iQbmrREWgXJ0LS3kvOZbryQARCY9tQykOuOdJxObO/l/m6dxWUZcX8Jr+UxvJbrwl"
    "NTiMpjhKTKuoYOdY4emp4xdduQ+JJPQyLFUGQqZRPZmqUwHEnpwey+wI6R7AXT2vkC2UXS"
    "rkjaLdgqLV3wcgHDWUr92hQ25qp0qK4xTIMk5B1t08olkddj5mnUnmFaqLHdYA+ofpDqd3"
    "vpGO6EDO8a6+3HHVcE6oOGe7cNS3FO2gRB4l2qryNJXvFZqiL5BU1gaHiGaghj+/Lq8gyc"
    "kE7TYIm1pAW+Yx1/PVKnEpx+cugLjJpNGBivvFydEBn+h7ohI0ac975vzmxi7Y1z9RCF/m"
    "Wid/VRQ7y9aeDQNkIiQtlg1aOz2RV2UxENBASerFaAcIoY5MaavnOeQAWDu/ffdW6OoMyO"
    "7Exn88Iygs7bO51noT8YrEl6OzNvfCXW+zp25BANzTythM/mjkmJjXuz1R1W/3a0EO9Cty"
    "oZyFmtw9gCK5J32EefYQGFZyaLCRReFNzVuiEw0IvtWLefQRto6B3YS1WHsldT28TfDliK"
    "peIf7SWWRPiOThFt2zCozaKhjdW59/kcUf+tWBYQnTQe7dIXONRpe7wicAfpuYu/xCTNJE"
    "pHOSpVgT6teRTqNk2bD+VAQiCcBWEVvXGaop5A5fBtZoG3mY5uMwEums0QturesFIAWe2c"
    "06MZkpIfOayh6PX5EudbbWxfnU9Px/b19YVEeOjTL/jf5sU150qu3T4Nh53+qAXSbkj6mv"
    "/o0lJ+Y7spzxpj+2KGEB44hQ1y8aHT7oWvNtGXGRadXjbiOmKWd+Q6wytynfqGXMdfkDfF"
    "VKaKqlgpFWs3T270DjnuSRjJs0s8Fc3Z6SnvrD483fS6t3RO/HuMNazZdYZ9krhIPr9uju"
    "0vp+i6CLN0/PYuWaakLHnSTuAgd42PmFjljt9Gs5lFVW8201V1co2J9Rya8y2w9sQqh/Xl"
    "RQaoLy9SkSaXokC/Q0Pj5dzDMoJz3zvn7vA5vA3FY1IiEPT4Ba82w1k++kqE1WaBGv+B8k"
    "BTV+4UlyTM1l2Na6Ns7aW85axHJcWsF2XWGcHV7rcPqWOeJ4E/RYElKg6njS7KCGz5+ikL"
    "BnRWNyVroUV8lfiLgP5Tr5ctnNWNiNwxnjUUhlmy3ewoAa3fEJLJnWoMf65/rb7OnzvVrc"
    "ksPHKjJ3dsy9fnMv5XupD/EvoFAeJy1RCAmvmOjLpTVxjiz6goVIFT6Cnps93LHYV3tlje"
    "Wfw4wo7R9515AqazEgzR/BjtshIT+C802fHA6UCHZSoRgRZ3dGXzdK1zdSV8Xc5elEQ5Pc"
    "YvkKgAv5Z3jN8cqcuZzfDcrq2yGZLKsbzmcfyIe6yu6RynPDtIIFGBtZ3D7iEpTkETLv44"
    "IiQI5P0TyCYy+Iz0kISwzQVxLIjjIyFdTgYxjTdO0FvHCRJ/0hyNFcl/9+wDBr3AGFXfRD"
    "TYvswkbHpkyaD1xtPIbHwvQITwQkAyILmspBgYueKHp/88hSYCUF4oWEQHBiLFGFnZs/u7"
    "sWAgisVACIs4H50W/50GVyd2X6ByNsPZadbY5bXByylV9YVhdiDuDD9upsjIdQjFPEfpLX"
    "2iYlv29dkK6dPPx6iQv4e+PuVghSu0tIVtK2zbAqOJDSZdfUO8XZTCYgcjeBO4+uu2tASv"
    "oBIElZAnldBGhiLNa6x6W86V+tqa5MGYTQxB+jwLq7xYVnlqkk265peeZVMFm/wg+SDkpe"
    "JA2B1eQXQPkkyMn2gxy6Gs8eEFIvl78I7jmN6br+6oh9l//j84hHA7"
)
