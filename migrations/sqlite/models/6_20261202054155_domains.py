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
        ;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "disclosure_kind";
        DROP TABLE IF EXISTS "election";
        DROP TABLE IF EXISTS "supervision_observer";
        DROP TABLE IF EXISTS "mobility_record";
        DROP TABLE IF EXISTS "resp_circular";
        DROP TABLE IF EXISTS "resp_item";
        DROP TABLE IF EXISTS "resp_negative_item";
        DROP TABLE IF EXISTS "election_ballot";
        DROP TABLE IF EXISTS "supervision_team_member";
        DROP TABLE IF EXISTS "election_term";
        DROP TABLE IF EXISTS "resp_accountability";
        DROP TABLE IF EXISTS "supervision_check";
        DROP TABLE IF EXISTS "brand_profile";
        DROP TABLE IF EXISTS "resp_list";
        DROP TABLE IF EXISTS "project_dependency";
        DROP TABLE IF EXISTS "resp_report";
        DROP TABLE IF EXISTS "dues_profile";
        DROP TABLE IF EXISTS "supervision_round";
        DROP TABLE IF EXISTS "project_indicator";
        DROP TABLE IF EXISTS "resp_signature";
        DROP TABLE IF EXISTS "resp_talk";
        DROP TABLE IF EXISTS "supervision_inspection";
        DROP TABLE IF EXISTS "standard_item";
        DROP TABLE IF EXISTS "supervision_finding";
        DROP TABLE IF EXISTS "project";
        DROP TABLE IF EXISTS "resp_exemption";
        DROP TABLE IF EXISTS "dues_fund_entry";
        DROP TABLE IF EXISTS "resp_duty_report";
        DROP TABLE IF EXISTS "election_voter";
        DROP TABLE IF EXISTS "standard_assessment";
        DROP TABLE IF EXISTS "supervision_team";
        DROP TABLE IF EXISTS "resp_review";
        DROP TABLE IF EXISTS "dues_payment";
        DROP TABLE IF EXISTS "disclosure_item";
        DROP TABLE IF EXISTS "volunteer_record";
        DROP TABLE IF EXISTS "mobility_contact";
        DROP TABLE IF EXISTS "election_candidate";
        DROP TABLE IF EXISTS "project_note";
        DROP TABLE IF EXISTS "project_milestone";
        DROP TABLE IF EXISTS "volunteer_activity";
        DROP TABLE IF EXISTS "resp_duty_rating";
        DROP TABLE IF EXISTS "resp_circular_receipt";"""


MODELS_STATE = (
    "eJztfWtz4kiW9l/J4Eu74qVqbGywi9rYCGzjaqYxeDCunt5mAidSYjQWEq2L3fTu/Pc3M3"
    "WXUiCBEJKcX2yQ8qTEk7dzP/9bW6oikvUv92g5Q1qtDf63psAlwh9Cd+qgBlcr7zq5YMCZ"
    "bDX12sx0Q4OCga/OoawjfElEuqBJK0NSFdK2Ax6gZqyBRQNOVA3g9tKbpBufwEpDn6XlSt"
    "UMJILZGkAFqNoLgOJSUr6Q/kVVwA+QlJf9uzIV6Q8TTQ31BRkL+tt//xe+LCki+hPp5Ovv"
    "NUwxlUTSmqLyL9Jg9TqdS0gWA2BZjej1qbFe0Ws9xbijDcl7z6aCKptLxWu8WhsLVXFbS4"
    "pBrr4gBWkQvzO+ZmgmAVAxZdlG2sHUenevifXSPhoRzaEpk2Eg1NYLeNdq0+lgOJ4+dsfT"
    "aS0yRA6FD2r7kqAqZHjxq+r017+QV/jcOLu4vLg6b11c4Sb0Nd0rl/+xHu0BYxFSeAbj2n"
    "/ofWhAqwVF3QOV/o/AerOAGhtXp30IWfzKYWQdHDdB61zwsPVmdB7gLuGfUxkpL8YCf22e"
    "bkDyR2d083NndNI8/UQeqOIFaK3LgX2nQW8RsD1wVxiiVOi6BNnAe9yZGwC3kQTcRjy4jQ"
    "i4ugENU2ej21XMJUW4h18JKgKKIO1R5zeTa3PcQS0d3LW7p34fd4YpJ8rDaHjdGfeGg87o"
    "tzbefdUZJM2gtp4onZtx70fvcdx29+fwXn6cYVqpusEYpb8/Dgcxa8AhCA2MKAkG+D8g27"
    "/sIAP0X3NTEQikYGZKsiEp+hfyvP9OOWiJ18gGsAlApOelrv8h+0E+ue/8M4z/TX94TSHD"
    "2L1otBfawXVoMP6tSgoSp9CIDsgtxpI9IAGi8KBgKkNaoi/kQ4JhsTegohwAG/C/7Yy7If"
    "QkfUrXFmNLv1ZVGUElhhfx04UAnGHCQ01nZ7fPF7jr4bAfmLjXvXFouj7dX3dHJ2d0FuNG"
    "koH8zIoHuKAhAknsfCUzjw15kHLTpCUfysi64B8oDhV5bY/zhgEZ9+67j+PO/UNgVMj8Jn"
    "ca9Oo6dPWkFdpi3E7Ar73xz4B8Bf8zHHTDu47bbvw/NfJO0DTUqaK+T6HoY0Ccqw5qgVE3"
    "V+KOox6k5KNelFF3MPINu/323qh7YmBCCc8j2C7llWFoMxD0iOg8f2XKeRitKLZ3qoakF+"
    "UXtI4wyyFMbUXFUHuBivQX5TpLiPF/nDnkXPV2JA2+uyoH39TCEOAfjqwDaoTn+Kh3g5Em"
    "QM+g8PoONXEag7iOtDdJQNOVSh8fZRls+rtfRkh2EWXj/mj19aAmm9vF5LIisAfW/xLhTV"
    "l5wXu3gRSRTMM9MevQjlAZt/lEgAmqqekIN1qu8ATFT9gTrxva343bXVVxk5H4YilSd8eq"
    "T/voKoa2ri5Muo5/+EpTySG/59zq084efH1VEbI/TOkvun8tV/tu+P/AXXWsnqqKlm6Y4n"
    "oKdR1zIEu0/xFJuuu4vVUbNRGus4DrFlZ2+3rDcoJiIKRNNSSomrgnXD+c7ka0t6qiJppI"
    "n67gOoP1eIu7erB6qjZamjqX5H2ZVYqW1VNV0VqqM0mWjPV+QN3bvVR7HQpQESURCtK+86"
    "orI2rPuLE6TKSjLyVib6qBF6MAdYbScBfAfuD+ymjSjgWLqCzUhupTVQSUGMFbPmWsvklW"
    "GiporOI/23F90hPBWRbNBcFu2ViG0FxCBb7QtyTdEWKW3ozhABTWq8W7AanhlgmcgRTcDV"
    "DnwFgg6p9jaAh9Ac8raCyegaTT60s8JpoEZUlHIiB3wKT2t7O/Xfzt698mNWCSq3NVA7o5"
    "I9QAj46GNyeWv9CBn8ZwKfq9toKazWd4PkQ+JyPuUsRdivICN+BOcXaaxJ8Ct4p1qKD3gl"
    "bRV/zT2Phud3txaIuMde1meH/fG4+73TYQ1OVSMrDgNVG+dwfdUac/vR51Bjc/t4H1svJ0"
    "puFfupgoznXn+/fR8OkBN9NUcxXepo7jCkPMChTxHQfPT5+j19LEbJ5dtibmBRJbtZRD+X"
    "34ozsa3HcH4zaYmK3Lc0h7O58o+FJ39DDqPXbJnYv56Rl5whmcKKMnPMzkYvPsq0CImmcT"
    "hcyJp0Fv/Bu5cfn1HOHb57g35fHm5+HQaj5r4bdsXTVw80H312n3ZjgY3lOCC9S4wLeas9"
    "OJctv9MSU2TEoyPz0lHYlnTncPT9f93s20N3gc98ZPxNfKor+a2a+H2zWb5IUvxIkyHP/c"
    "HVmvGkAo9TaRaJfYsEmEp5qGXmwGIeku7FHkOLVSTqci7cKEa0mDr9P+UOhGOIja3/JBt9"
    "FsJtkom834nZLcC6IrohUL3ljezG2fny/AaaHZM+61xr3WCsgdl9N/iXutfcRRT+K1Zike"
    "0jmuBWh2Oq8KpiU7sOuap9zJ13utYCgndV4LTK89/NesiL897Q9eZGPJ9qxkZpqFJIsY7f"
    "0wqua0DB6O+t4zqWIGBD866E0SEd65phkYkrt2X3cVtiTr5or4w+qYZzIk4RXt66owpp1U"
    "dHLli1Ap5xP+PbiPPSEa0U6qCtERndlLiZftzb4394SqPKlWmvpvJOw7nR6sXqoKku+wyx"
    "uvMh53VlREJqEQFUVojl9u/63pzuqlqqtOUvSV5Qi2J049t6PqQzU1EFxmhtcYd1ZVzNQZ"
    "Yaj2lomHdjdVhUmUdEFWdVNDU8lA+06tW7e3Hu6sqpgRJahI1HpQx+egnklkjdVjx+2wqt"
    "h5QSNWDh1jb/9rN26kY3VY2XgbKGDOSzGg5Z2PX0KQ9P1Pz06g16piJ0iaYMpw39Pgxu6m"
    "qjCJJp5YGiLpBveOtiEBJKSjqmKlIX2FG0j2cszg9BwFeqzyCRrCjiQAyxS7/gEzmB0bOw"
    "PKr/vqmnEXVYWHRgzOTWXfcFQSLniHu6l0BgIejJpKpDSNuay+76tx/hDhlZJyDKjKqCxE"
    "ciZaMCeqsqoTykDavvyVA9EYd1UlmHaMOyWBP8SNSUeGYwLbNwR1qL3cWL0+ep1WcM2SAC"
    "iGP2J6wK5JR8mzEpQRKxlBTSFpx+x5tmERp5pofbvfR1+3FYEvZejzCM2xQLUYq6+IGfoc"
    "uF/fFPqsWS2nhtt0e+yzAiRdN5EIbGJAib+AngHeVe1VB6oiIHDyTEKOp9B4/vQNQNx2Jc"
    "M1iWGGViyyqiB88Q2T6kAydPC+UGUEnudwKcnr51oIz3yeOlFO0BvS1lbfVsA1NADJf/RZ"
    "Uj59Ab+glQEkhcZbk1jdGdQR0FWrGQQjJEo6mMsmfj1Vww/SDagZJOz6BeGHKaqxwD8nYR"
    "WHVAHW19LLR4mx/tponJ9fNk7PW1fNi8vL5tWp6xsdvbXJSfq69534Sdf9bu7bI7H/bUhR"
    "+OND1Ozmlas9cN5IEKB23oiNTyO3giE+1hpMg61HkVsAYInxtbbPHWJpAoQVDKUpb+gMvR"
    "SULf9cSbi7HUY5SJnPMOe5vKo0yjaPk3aIfWQZjG8xeetKjK/Foe4yxEFKPspFHmUSwJMu"
    "ytFHwfPzbw9yZOdZSx3imDBKqmjgJo1t9E2qQGTjTefxpnPb3RTYmEoPmVLHQVFn6Dac0Y"
    "jXaeA7U2fok6RyIwgRLYDtbgNOCDF5Kvh/YAV1/V3VxE9EnofgV3RDJH3SAJyoK6RI4qdv"
    "/qs6WMI1mOEhB4aKCayAT1ZKt5yemrGe4aMoGQ6WyM0Z5TRyrp9mJ0k3fIgXSI/Qukgg57"
    "YuYuVcciucRMhaPNMF1FNmEwoRZoL1sY/Yw+cVsnakNEh7FHw6b5vO+FeqKeH1kVRvCmeP"
    "sKbKO6cPdGiLnfuxN+79T3fQBoJkSH8hZaLcd0nepbbNKEwULMrc3bUB/pHz+UQZjr5PO7"
    "f3PUxB0iPS0tO4zdNDd2RfpgF09HqYs0m0C2WeBVKUdGLomaY9WcN0lUvTl339ZZ76LOfU"
    "ZzLUjamsvkjKDvqgCDFXCRVZJcTT3MXva+VMeJYkzV3eZToLtoCzTs5pMTXpEA3QZAJq6b"
    "UYGxSrRyl8WrBZm1S9mknd04Cb1t6BM0HnsJKdAymcYsNbQhQ3x/8w4YxNnHmvUJtB0pka"
    "2AMDkxW/ARg89fuhybqXfr9jipJhxdowtPy+u/WNun7SborchlvV/b8uVCBKIngnunNDxf"
    "8lYQGsenZ1/A0pACoimGvqknzT0BfQWa2QIn5WMe8RVeRn0B93BSypKyCeaKo2TW/GjdAd"
    "iIsrG8cRjH0nGMWr5jYhm79SLidtTvaKM+iGEKWA+MA1LaqkvTcgcf22MEoBcoisyNrlwv"
    "i32pilM5UEiCq3X2Q/n4unqijzISciA0pyFM2/Pw4HMQYLlyKs4pMEA/wfkA+YB6H2X3NT"
    "obs/mJmSbEiK/oU89r8PNZk3YEkQCmj3nEl7ct/5Z3g+3/SH12G1HengOmzaWKXZOqzWfM"
    "/Ybl9F+EfqaXfmIBWHeSvM5bId5LptV8t0EFHMHsdBM5AVn6HCCWfNj1fiBHL1J1LjxA89"
    "93cslr+jG1icmCN3CHjI5FaRJ75qLRvbMlSq3RHc7Mt9ks0orT+Rn6aKICdSQJ1t0ECdRV"
    "VQ+IkGyUqSVkcSpqsi3ocosqpLfzFwjj3onOY84IghwOsL2Gi20sxaj6KC8/UQzvzFqghc"
    "Nd99cyWrUMSy32y9gyErhppvFYytwsVql2KmAdIKOveVRCJP5MOZt4q8aGNZRd+zomGcg/"
    "PZIVVHduk7htLIK4q3KWeZYEhzSYBWfRSPIkGsb4AWWLSAhKMhEczWQFeXJJ+XqZFUYhBM"
    "zKaI0MS8mgkXwKpoBwxVhOs6gArwikGAdyszHZDxFNI+scJ983swQwP2e83q2pWV7K94av"
    "wrpB373Tdn8CIyTL2GW/zufK478K+nIn4IPpD+xfVpeerTQgOZWOwIklWQPT5PIiqfx0vK"
    "51FB2V0kEaA3+dgFyKp0oufibecvsmqkc/5yCSo4uxuJNEGNDZqgBkMTZC6XUGOk3BujP+"
    "Mmt0dSAZPsJrGj+89xQOKIOBi4Ukd/OPjuNA97HYQAdw/R6JzeHmvsUecIPXFVttM6pwk5"
    "fugObnuD721g00+UUfdm3Lv7jV60WQh6/abT7193bn5pAwHKMuEv8bX+8LF7i6/Iqo7Eid"
    "J5eOh2+pQUs4UIys4bHd1/kgQQqzpk+PAkG1M/fYFj9Wu9+/vubQ+L120gLZdIlPAbTZTb"
    "bucWDwu+KCIo4lHB17r/fOh3SIw4+nMlw6IEiEs6jfFmHeVbgpZdshxjlt0rpQ1aJsYZLI"
    "pNl1B/ZaG+2awTpKzAQXPo6V0u3x+uWqzvplp8Q5pP8k450hFiPtiFHuyQniXlaEep+XAX"
    "erjp8pR22sNDpDzFR5HHmUg5xGKKBZ1djusINR/tIo827kqV33ZM5Rwg5eNc5HG2NBW7LG"
    "g/IR/jIo8xXZAmO142XmMapKqALJu30lTSpyrmcDAjm1554yPk6psU6hsbt6luwJdUNpgI"
    "YQUm/KEdzfFbQXlH9U2Ylp8gRT5BLOPFdKWht+kmWxB7rNnUlVtgB0hyYQGHB5K8dnrEPc"
    "LKgX2AsBlVltV3c7UR7u2GMUY3RbaPPXbGvce7HjFa6tCQdKKOmSjXncfeTRvMoC4JE+Vp"
    "4GtlKm67WiEWiQv4LF0NviAZXyDJF0j60z5Eyg/7Ih/25krckakLUlZQb1/SgHzGsEeKX3"
    "sMOW6TygOWQcmz+zJEUx5esTeePLwip/CKuJ0hf4gLtiskRZixKSbJTBszudEbIs+PgJ8m"
    "fbIVodIlPVVoZjOyJ2cd7mNBFhvz4yKaNPAHuQRb436GCsK/Eiq6RKNvVA0oqoEA/gjtUJ"
    "w2eF+oVr7eOs3lS/6uv4ABfooGkCjhEa4DhX6zZp8YjfI53GO2Z7X5vWY9wV4kTmQPD8zJ"
    "KzCniJlUjxqwkLmCQlOXO2hNQ2SVU1BkDzQ+adPDHCDiIG/XSRc8d3jpZJoSJw/X17qBlu"
    "WeyWkzZQWpKrdhZF93zwIstfYjTMa3i+h2Qbj0KKTxLj1O+wrM2rydeXjG60JlvOZxQzut"
    "jGLbJKKmqIBqIOHBEaDhmvPtmnMvEc2eml0vB07JAE6q1A1MrYA696bzeNO57R4rL1H3Dc"
    "om1S7e4As1ZlLrQIv65rTWTlsMiZgssXWtA0hboM4BBCsVY/gFEEMpMBYIaFAR1SWQRCDp"
    "QMd8HRK/0Rs6nl9Y9tYQuUFqjy1XJp41VtUx2gDh/dpg5SU68NN4Ou5iaSm1lEUYsqy+UK"
    "BU3GetJF494SPb59XTCotn+FejmCwQbGhdggpIEYeWfdGfKwmzQ7v4RwcoucNUkblUDb2p"
    "rzuGyvkp+SgXe5RXMhSsnMGpjvgoIddlMRKv2HJ5WnQjdBzceHC5uqQqLp1xNZYCOeiJYJ"
    "RuNflJuO5ku+6E4pWB6uQRaW+SgB7UcqKcVIHin15F0p8MtZcbdUkSEz8iw7B+aUSFEm1U"
    "T6xFoWRT3Ue3XaFCHLFeftKBsFDx1CC6DlqV3e5MBy8qWJkzWRK+Ackg+QVlCemklLuEb+"
    "rmzNAQAqYiI10HEMjqO9JIjwC/hU7bqO8KQ7OS22O5iqVYKpaVigc1JoZqe9ybR52jXmCh"
    "4veEspxSP1D7edi/nXb6/TZwepgoD0/X/d7jz9OnwV2/8/07iXWj81xfTE1lLsOXl6JEvD"
    "lhNmlZ5QgdZ5VZ5U549FO1WOUk0U9HD84p/ckSYZLTcHJbwniGChqr+E9OQTxHHYs9Q3jY"
    "jPRezPEIxnHE9p2kbLAGk3O/JCTBav8FjKlRz8B8pIS5R2Lmg+AVrZEIFlBffAPPOvrjGS"
    "zhK+FDcdsV0j6LcA1kaUk4VEA4nhnUEfBAxfyqyo6DyOOhzEonrihJnzolT6EvCClThZ+2"
    "seQJafYvUu/EL2K5F4Nduk3SRVpsqh1RMR47l4oR8Zw4sW2n1IJ6FJypY5S7FFSN4Sn5uM"
    "Scf3w9FIeoSoqw88Zly0WTfNkE5OM9lpEYBU7gCyPEIt4T0mlfDD9I8rzK+EGq9A2nb0jT"
    "mUFcm2d4lDq/qX5W/Hluq7yiqMZ7WPtIKuAekbeTtasn3avcTLSXHIdCURWUcjhqgyGpRE"
    "IoXS2UT/tE8jH93O3jCwv8q0k9mr93b8akgYb+jQRjN61U9umBHNh9qrIQ/7gp5yWDmie+"
    "3KFuyWphT8Ck7lwRwgJnKytM6FhQnkrslBiUwqoXO33eSAD0eSO+lGGDDfQr/nW7ngbBHo"
    "oMeu2+SxZ7GyzRcoa0iXLTG/f+pztoA0EypL+QMlE6+Kj47X749NgGEJ8X66Vq6hPlcdy5"
    "u2sDDMB8PlGG14/d0Q/SjzrTkYaZu2KcD7YiI6pRjwmfgixjUkCNXpyhy+IwIGrwsNiK/k"
    "gttFoknI/3K7P0KfpTkE0xNVcSouQcSQqOxAFuqiGop0swwiCtgDSVQ2FU7ue3y6QvuLEy"
    "6th3dGvlsbnOjNXD3FGSO0oWy7ob6yjJTtHIk19mmfzyOD6ogZnNMLaHZ34ik7u77LZb3B"
    "/VJTIWGGASUos0zHcBASrUBg5OJubVTLiYmBdofjkxm7P5V3xFaJ19woIoeMcDrr7XATnm"
    "6sBAcFkHJEfcm2SsSTJBaEu0P+lgYl5+PYeY9vz0HPcjfL2MWuGP+SJMy7y9uuh4hG3w3E"
    "U1TxfVtMma8k/TlJuu7SyR/HC2QX44Y8gPGI0XVdvZCdhPn6PEZq37tGaXX3uD2+GvbXvX"
    "mCgPw8dxm+4dE2Xc7dy36Q4yUTo3496P3vi3truXTJT74W23P7Uo6A48JXS7KNqyV077f2"
    "aKtRIiq5zAfZ5owZxvWDDn0QUj6VM6KXYo8ebR5ahWcg6D0mqVuIYjfrqX0z07SSSjxbal"
    "k9ADNNwpjhek4AUpSiyTR3eDDMC9dzsq106QFNXAFrhH+QniXbxn9Ylo/rGKzOSwuwLuY0"
    "+ovKiKqkB0SLVZxzAQ/rmoxlCZuffqm9RlK6gZaxGuMWfoa54kPhv9uaIOeMCh/EZzzH2W"
    "lDoJGZFIWQ3MSwKoiDRGZC4pULYbk50JWC6KQMaCAFggDTHDsQ/zFKama4mQM/fsTZbru7"
    "i+qxD6ruyTs2EZ/E11pns62d2j4y4hKYR3sm1hCVxSdhDfw7Q8WVqRPRTs0VJNY/eh9oj5"
    "WBd5rC0eZKoj/BtFBu8br0+IEOanVzgtNEfgW0h7hcLsGQKTVw3y3vdB93baG7SBu8tPlO"
    "Gg3yNxMdYsmSj9bucH/orP5Tf8rXP92B2M2wDz6Ugx8F28EvBN2ys4tTEtieP6Wbzj+lnE"
    "cZ0EhpurPSOZIp2UKJCp82gNKx4i3RrViXJL74tOz0d3SbfxZZdRieeyQ2SVs5Q1E1nKmh"
    "ssZc2opcwGjQz+DixBlJrzBEXmCWxFQlqLjZ+I2xgY7MBxDGFVRHWD5canBdvbwIAqpsut"
    "R0wM/jXLTkV0XNtNeZGNM94c21P1GsqyyvRRte/UE6nbZ17jrcr28QIarvsmeMOcl/gNPF"
    "spSp9JhibyimBOfTytKi7A6h6cWEWprTowpIo1SWyqI1rE+lNU337IB8WkfbLSV3rDzVXu"
    "x1S58xP2EHyLtYBSQOoRcNcdVsCSLKeNV3Ip+ARNEq4kM4oipWZSHuxuSgZu8igld1IVKZ"
    "t7n6gIRwhDqTO5lMD9ZLwK1TomY1VIhAqNTTm9uCTKr1fMDczWHk8xQ5h7QFa9OQP3Xwci"
    "EiTRauVVoYOaFbJC07EDKC4lRrL2Az8rmY8A51k4zxKza5UPZO57kYvvRfqcEMdIBZEjwA"
    "fQuB/VdLibfWOFFNE+W9LYnR66g9ve4Hsb2PQTpfPwMBr+oNan1UpT3xBNnHf39GjlzZub"
    "elHS5tkH8nTGCLqL3byDRFxCiu7eBCGS1DS1cS9CWDnz3kEyzzgzMr1pL0jJzXpFNuvx6L"
    "v4NVbl6DtuzM3qjOJmx9zMjsdRPjnYM/ROvmFJoHLyTYdk5VJsAlKxj+RHOf2K/87PIP18"
    "SjVFyEqCQq6czybm16uvVxOzedbEbVpN1KzTDNNENaQqpCmJPNRpsBK7VMqhH7i9QKC/Ag"
    "pVcNGC6enKmnDt097aJ2stUoiYnHYCT8dQH0WW8WvXo87g5udp5/Gxe3/d/60NZhr+UYsp"
    "1HW0nMnriWK3uBne3/fG427XbULSnEuGgdBE+T4aPj1M77v4eCei64ummitn0U+Uh85o/N"
    "u0370ZP40wOd0VMAsvGKaGacc/d++709sOfjZeGUs0xRvGROn37rpeh7I0R/5N5PiJSQzJ"
    "kFPJYi5BkafDjlLYQfL30MmQCmGHgEu5SaRcfOQrIowCHF/7xqPg1W8C4k4W1W8EU9NI0Q"
    "jJQMsUB3uYjEedMKJObF4qguqW0C0/YT5S/hGKMxZdqE+ky8H70i4j7COroBanSgO8tBNt"
    "7MSP27Q5sgXqfE4CvdLafsJhYsO7O/uC1d9E+fm361GPlE9azzSpIFaflQxZ7nDxjJpLwB"
    "m1JIzamyQidWpqDCeueIwDRJXD+UPamCPMQU3U4NxIu8ncjjp34zagtHE12vo9Gp4qkejU"
    "7uCW3CXZWvAdgl/PMkZrwgI32G0TyjxGVVPV5VSQVdsWHhzBjSkwQpQ8CcYOGSxTGfyDRN"
    "zgz3CJdlbiDjxtmJYboYvM11IZc6dxDlLyUS7yKNOzczf5lI9wKUbYYYZ2GOQQKR/nIo+z"
    "hpbSjos5RMrHudjjLKjaruMcIOXjXORx5k6AscNcYSdAcyXuOOpBSj7qRRl1xmKPJLTmNQ"
    "L211JscPnkNQKyrBEQ7/DpEzrsHNp75mj3ZxavCNyBdU/jnffEKBxmXUWcVgvVUPfE6YH0"
    "UVmAVFneF59qJVFIVw3BZ86XFNPYtCaHChqr+M92RO+9rkopRrExTeOkbwPActL3sEnipO"
    "9rnSAzhOUefzWDiPydnU7M5rzZbFP39xXSHI96VqKHNKTbHee5h3yeHvILuzZkUkcEp30F"
    "fRCyTyRANUeMjIKbUgl4NBzirRAb6koSGOdOvNOzR8GdngOCfhZOz/gWBpq8ZaoxCZHxgc"
    "l8YEjCAMaQjNGfMcenS1CBTWiTzqv7z/FmsF2VV384+O40D49AEGxHqZjKiyZIxL1ool40"
    "XMsbD3V1tbyFCfAvvRQQ0fWmCUJPkArAkfEPnwjgqENxsDQAe4X2D1SD5KRlKA3sO/VEOg"
    "PFa5ykyKSkfMadAosKGCqV+O38jidOCL7rwVgHts+EVrdK5TgZH+tgYl5dtZoTszlrtRiZ"
    "rw/7qCSx/IGUhGS35cH8PJVkeUE+/vlacWb1Ff+ONHofp30FswnwZA3lS9YwU0WG8BoPsN"
    "O+AtqCHCLTHP4hAvA2T0TIvRCLJ7JyL8TqayrivBD3kqmzk/4sNw2G8Of6bySQ/VZu2+2i"
    "n5tfjRJ9AzrS3pAITCJxkVz9pvJiIl0nz8Cy2itiZGnbsQ9uPy6WUEZHJhUv5hBkwyscF9"
    "wAr3CRhFW4iOcULqKpGCDuOAW2TvsKsrmNZjOJGNFsxssR5F4o3llVDJJtiQKVAucwXQXx"
    "zn4y69JfaapsOc25rzZDvfAuiaydIRZMtz1Hk4HmAkkvCwavHgunR8DxZKWRgCvHyTPxju"
    "qRVE6HcBANjbmSVZi6OEeIimtu43OgcOG96sJ7EcwghRtiXkegtA4E+ambSNQLS9tkR8Mk"
    "UTY5TRPomkhbkqyfVLwGkkKLQ5JcZoCk+voCHv2lrnXwitCKZFxcAwNfkZAOTsh7jfGX9S"
    "cAFav+Na2ezVJKHfZhXHtVLO0VDQBMyar6aSoo+B8k56W6Su0U7iPhDuEBLioLh3BJn1r1"
    "daNDsjG7YoCO51ZMkVsRI+fFOaRHPUjLkU+HvLpiGSm2Ye5Q5Yi2c7iWFmw8T8lbp9joPY"
    "pi7PPksZXZ57k2I57tqa42w0p/vMug+wm5k1GRnYy4xoprrCqlsfJ5n1raFQbDliI1yzXt"
    "pEJoB12gLXXTfhC5qqoqoXRoxacFWIz200UzgQrUcNtu1YGOFwhopqIQbzlBNRWD1DWldU"
    "lpE/INUs3lNyApmHFbIgUPJICGupQE8piopjObLhn6zN9rjm7X6smKkuIaziNpONUYU3x8"
    "lsQ4Q/zHZQ+CLmOmksZVxG3PK/lFymLgfSId++qj4JNzO+/qbMR7Mq4VS3IX5lp9k6pQRl"
    "YsKyI8Lo8rqDDZDf/9ZBzHyiZJxnSQMurE8vmZWD4xj6AoSPBYAyuwtg3+rUoK5gsmZuPs"
    "awPIaG58AcM3pMlwpQOokRhtDf8+8L5AisVoMJPIHfphyWK8/eKLFzmcLsz7Wnr5KEzL10"
    "bj/PyycXreumpeXF42r07dDSx6a9NOdt37Tjazul+Xkry4ewE1IOXjIEsQZl+6o9mPqrV1"
    "7aCSDRBWUA1fJZ2sjpCyS+0vj4wPcKEHmLAcOwywj4wbVYo2vkWJ4dXUfyPKjzNYfevWZi"
    "7f1ygRb28TfAHPqvbyDNR3Racei5qJP0jGN/CsmyukvUm6qk1pkxPiDImlCaQYdeIjSb9a"
    "KZcsNeJyKRkGQpRpZ7L4B37mRBFkiBeR6DzoE8CAaeob0uvA6RlZj0RvUDbxIiPPTSwieH"
    "UesNCMOQTc4HdSkEDEzM+uAsNHkRYOF4LM08EcONjoRYUMRVJ89linfSXw3XS+HSJ97BJB"
    "3dRYtr14Hyo/TTG8qCrlLTszxReWq+wtEqQllNlj4hGFR8Si+mJTl80MsAH82+5N777TPz"
    "lr1BshT0F/yHjIDIA0SRWntAAym7GOMQaE6DZx1tXadgirzAYRsbLObYUQMXPPfSwALX6O"
    "yUR0FXMZMZUEBXiHOMfYZczWroizXso9tvYwHPbbYKWq8kR5GA0fho/d2zZwepsoo+74aT"
    "Qg1zRkmJpCrnUecMsf5JrNTuNrvcEUX/w+6j4+toGkTPF1soXqE6X7o9N/wgjj5g6Tjdvj"
    "vZY+yXIxDEsHiVibRhLOphHP2DTCW0+Ec0/OnLNIeTh1VO9p40S/pmDRQ2SVywmQfSkUNz"
    "IHamv8HJZlKlFgj4+cR5mkizKxlQ/pkfcRcsxTYL7S0JukmnpKL5IgFd+1WRlcNE1CIt4I"
    "dJ0Ztxkv+zNIK7B7560EsHivqYbl+nTRyRHCCoCfQ0peXVA1BoNyJ6swLj+ZQxECeE5Iyr"
    "eDbJKWhk/X/S54GGHp/rFnq1dcsw29GdyoR91OP6xB1DA/l2YeuwSVm7/ZizG2lIXfakrs"
    "IYjloBq/YbOpKwB73nv2DoclPyT3AdwJUZ2tp6aeVoBnE3NmkGdE+0C+D8GgYSqE7hQ17K"
    "fkHi5FHmVHgbvDMIdI+TgXeZxdzfsOAx2m5SNd5JHmyR6qP8ae31nSKE6NJ3nYwNIGvQzT"
    "Qcuk5XLD1mhEDBZDwZY2GHGovUBF+svNbFCyiZw0KNGbWYGYxBHeSUa9m3Ftw2zOH+SCze"
    "OkGDMXcgzcSdKWiGiF8C9W9s1cYrt739rdCZVKz+Gftw5gwv6ZTD4KZPjdJAEaqpYNYD2n"
    "u6ritZRkpBuqktEEu3e6qypeimpkBNVALbPXYM55hSLbV3wUUHCP2xoPNBWD7beGBj3bhM"
    "/AotSBqoBn+/NUVZ7BiWQABSF8hwTjqCRY5icdWGk8wVzSdOPTN3rrRYOrBZBImvSVAaCw"
    "FmRJiMb+5/JEdqYiL2bKexxPWHTUaB5vINKJZRE6LvgyPaasXSGlw5SfiOOaIPOOt7HsKY"
    "r5Yj9LBnHi/DuB2cVOwROVGuhOzeHdDm9kX0wt4ebA+XhySDzjE5BVtvM9UqB5opLGJIbO"
    "KjcMNcwm2DkQrf6+gWdMb0L5mUYPP1P3r2eadGguyTJNjQg8Vxp2veOsH8DLyRSLd1mpus"
    "ROt/i4hLK8Ia+dR1eZPIHnjcuWCzD5sgnbx/tOvx9lV9KGjeQfL3LI2ZpDFUlFYjAp8fg6"
    "7SvgrBauepQA3MammkdhaK0tnsGixLsUeyQ7+hQXbQYf2Kn4PaZu7waI3+Mq9x4U4rNy4r"
    "vAWBHPSH06Q4aBNIZecFNgE4ucl9JJHt1ksYOpprdHwqMSEkxwHvVxWHy5tolrmwqmDkmi"
    "bTqqKsQzMcarQgJmyO2qkGWgeQJViG6QsrZzMDGv5sLlxLyEpzP897J1PjGbs7kANIT3QR"
    "GJYLa2TDLveLLUwbtkLAB6k4i5iaotSEFcQ31Fik66Iy3du6K6xMP0iaUoyfvxXI1SLDUK"
    "T+h2aLlfsY3zSePUnPYVkPvzDlIT8b7LtFXEp2XykXzonEzOZh3FLj4Tnp+GZ8LbPJv3qC"
    "fKQy55yGXhtpDShXVw+ZjLx1w+TicfU7/SeNHYcTvdLhU7PG0igdgOFSAHO6EDJ355dGK2"
    "zk7nWFr9Kpx9Au8aSUiuOLKplbucKeZm0ikXXoslvBZftDrS4XwI4QqfrotdYvgidPwY3c"
    "CFcmafM/vF2084s/9xdynO7Fec2b/WoCLiASBGnBqD2w/c38juz0hLkp3cbZqsOhLSAGYP"
    "voCHhWqoVnVRR7f4mXQFbMPSibTEP4HELMnrT98cb16LQBJdwxPu6yedGKrcFuwiqDk9l0"
    "sNBZMauKOrY/BqJbF3teLNXa1ocldZfYGpsuh6FBWweOVgT9QNVVunkXpdggrgm7fQu6In"
    "QxqjmEfBTWKZm8Q8JirdmATJ+MBkPjCSPrUrRaIdajIESLnbcnK3ZXMl7q41YhNzrVE8zO"
    "m1RkFKrjUqtNbo6Jn/Si92RXRFaTQaW9LXYYl9rOI/CTVK+yavO+pYJFUqpcultpeW6EY1"
    "NZ2pH7Lv1DdphvDxryn4F+Of5DZOYAu2WhP9ip29/xtRsoDBU79PQrxJRWvwIqszKDtNT6"
    "ilF4pLSflUB/g1ECBmXxoIrvq0NLo5MzSEWLbifB6apAQ2nuOGqVsb4guvds2doyvnHK2b"
    "yyVMqc7wSLhCI7VCw1BXkpBKePYouNycudwsaEiUjOmCnCMM2WJTzesw6YerfN1KUfgamq"
    "KU1r3dT1OMqU8eW5mp7zE30dM1URlomzrHQ0DU4NxIiX/tdtS5G7cBpZ0oD0/X/d7jz7QO"
    "tKP1migEzZ5V9FkTFtIbKkjRZkF9Q9rU1BiR8fFMUICoAkd0DiURfQ5cuzp+ce1dbB5GZ5"
    "3toL8L0/LSHUVW4HHvvvhFhX+gOFTkdc3NRF2GYbcXy8ZR59r5qo06Y7FHsqfnrawv2LZd"
    "xQIyBYP4MEr4GMAFdbnClBKzqG2akgCWNv7G7a6Eu1Yc8IH1H1sBOA1YfdpJVSFaaSrZcD"
    "PB6MHXVxWxgrqOt7bl/hWFHg1TXHfc3qqz7YWUN/hXTkW4zgKtW1ipGkKH9NWP7O6x9tjg"
    "CZDYMjsVgnTbjLTxcDGrgCzRcmZlp7QNwbwAyDENnPZg7yYyh2grKD6VV1yKSslrvM5TrC"
    "CnOQ+DY0WRWltlOlWtn4ajykDVOhvSoRqg4ahuF+y9A3hP2f7e7ahkACcV6wNTa3upHM+x"
    "bU9gPXe6igIb2AmLFAh7J5v6YkTzndYYfLX/djKWek4oErHRtZ6IlivVILUD7ZSrxAFRVR"
    "BNR4M+z9ACDyugPbYBxG3wYCD7gpWN1VhIOpBEUpJPQW9IA/gNZdLGeJcEhqdjPo/MOPo1"
    "3uzMPAN2tDcfl+kP2JsvkpibL+KtzY4vTLwQYF0j8p/CEAJij94wWWWK6fBkI9wwldIcuV"
    "fcQ3YHWB+JL0jrKobGrGrrv53sAJMpRbITjGRUIC5ztBdAEqu1WhOz1Zy3gOWqaB0ZkqED"
    "HXMAAvoGTiweq25fqOMjZv4JLOErIhVnV3QNkDqzeNLgU8Y+rRj53fJ99BbFltUh+YS7jO"
    "i3fg/ylVTM5l79uSq9uCYkuyNuF8flI3ssH0df6DgtX6ZwWvZ2kqQ8sEdRwQCU7OvGWXCl"
    "0zgFaLgnSXRLIKdeiilrN6/gfG1dJEmucxGfXOciWSmJDZmLqlNKIrwVJNsLNm0G0RiR1G"
    "JaZcWzkohjqZyCuW89V3FwFQf3uOajvqPHNbfPZrWDcvtsPvbZY2lhqVMxUwHruBsn0r26"
    "jRNkSrFat8ESiRIEJ6KpUc/LqU5sc0TxafHOn4CqAbJF4SeEW9GajX+ukEBUn04bsg0zC0"
    "ce/oFJMqQEbMk6+oPrUvPVpRLIk6Nqt+aWwjAbzRPNHDrRzCv+aWyAt+cacGiLjHXtR++2"
    "O2wDkr5cnSidp9se/kaMYuTbaNy76XdJdgFDwmhNlNvhzdN9d0DyEqiC6QQqHD/hgHdApN"
    "hWgkScy2T6VuJTOm0ihwBR5XSIB0nkMFPFVMmsnPYVQDfvTFZc9RQ/0cuphOCqp4846klU"
    "TzzgIiumYIPqiXuw5+LBzuOzd4rPNgy0XO0bnP0PU/qrY/VUWaB4IDsPZD9CILsH6R94kc"
    "WD6aRxT7ZYKzTrdrIiuNt6rDXBv/EntipM/UfPdvPCA9KAZW4BUBFd1b+ANEOa03AfzDGD"
    "EyjLlvqeeFPrJr6E2UCJdFIHGA9DejFVUwdzjXwmvtderoGohSGnZ25x5raNMDxLwVGzFD"
    "hjPl2ydmnpJV4GCFFWxvLwtdE4P79snJ63rpoXl5fNq1MX9OitTehf976TAaj7BTtGCk17"
    "TbHUsneyCuMq6gbIQuDPCV3Z4N/k4T18uu53wcOoe9N77NkJk10hmt6kRkrX8XvU7fRDOD"
    "vbVEqcg2Qc5604FyzvSTFZmBIqjqL6QhnqxnSGoMEc6Q1rKkzIV9XWVcV1s/HHNtfNct3s"
    "dh44nN4yHaoBGo4qTzHEXViLpQOq75diyPMI3RPYyqW9DQMb2Al57qaCWL4O6XQ91F76to"
    "7zERkG/sfUmbKa1RMpTkmWb91PkkRr+pkUjtTfJUNYIP0bWCENT0soAw0qr8TZWdKBOp8D"
    "UyETFkAF0BqSwDA1hThRgxjFaEbdZpyaies593WmXmDG2x5Dhp5zUxH1MGmORdTdK6Wvos"
    "7l1o8kt/Jq37zadzHGIinzFVNohM157cVNUdM7g31yTPIJ+CXHC2A7nzQm9bHpN8zCEDKS"
    "hhLaFt9v4BmPkE4LozyDhSqLNGwMKvo75nrq4H0hCQs7+SR+9huit3WkkQumAvVXJEZ5qH"
    "weyfmrYvFXK6jr0yXUXlNgG6DJT/vTKkvkmrtSopjGV9YNEBWjtG6lqkpzhvYjMrQFMRmU"
    "/gjJiK2N09am5Gx319WWgqdNoKnNlq113L9juFufd3hCJncKfSSZlkuKZDsI2As85HjOg3"
    "zVdIKqMYwF8VkPnPbceMhyLcQMNmJM043qTo8oR0XncTyuMtRz2hJsGk7dR1IMPp08tjJ8"
    "Og9hjt9mysmnJwlhLgiffuwB5q49BUWVu/Zw157iAptWYMzNAyUcL8sQMBkhtQmETBgk2G"
    "pPGSEslmpIBCcTszkXmlY9FJqIj9Q3+WyuyJ2rq5Z7hwbBgjluQKp/WVP3GxDJF8x7eRFz"
    "pAvHm+QnncTXzSVtCdkBfMd7jcQFWrxc/tEyLXihGSYdEW8pc0E7V0G7XDnbamRWm6uUsk"
    "lt1P3HU2/UvW0DzV4wE+W+80v36aENfD0ePTMbL0ZSyWIkhUOZZ9YsWWZNER+16RUYHhWP"
    "nyyOTTGqrPDYoF1OYY86x3N4hRTRdoNNcxA/dAe3vcH3NrDpSZLUQbdN+c+djuBka23DUo"
    "usNPwmuyw1j4yvtSKvNTpQaWs8BYgqkEY0h0JPtsC4S02gKCWvCsSrAnG7hrU4jhEIXvGl"
    "dBxjUcVB5bairFDltqL8bUX5RysXbDvYP1gZvwEYPPX7xzbClRTYeBucB+wRjXAkDWuc9c"
    "1O0ZrA7OZmhk1mdbtxE1MuJVmWdIRRFHUSm21bsup2eJGVzlIVoAxw520aPDSDOiIhSKTW"
    "vLwGurnUaTNDXUkCWELdQNo6amLL6ZnJcmSSl8NgRS1pge2NPK2Gm/xufar7Vyk3r+VqXr"
    "OndlQ8i1E0QFalkoBMVt4zmoUgkalCjKMzZxPORKc5ZxdZSgKe1fXIWV155rZDzGvu3nkI"
    "VLnInhWqXGTn7p3FBZZnbvtomdvGRN6sMeR160Y9kbBuuG23CupDBQGkGNqaCL9EELbfzB"
    "Z8DfinqqjLNXVbPWvCiXkJ0anz+eqrcFEH+NrFaQt/m83wtdasRT5fCU1yx2rXPJ838JfG"
    "aaPFqJ59nFfg6UiKJX/T/xFY4y39TvtsjPzHhfbgvpQaw/S8wY1SY9mbyytIZsZ2S/oUb6"
    "bSG2OibgzQDdDlGKPrTOLSxuhy14n4uV0t14m90oxkx37dSZa3JIMBc25tZMF0c4W0N0kn"
    "ZX7mPoKtfFgHrDQVd7IEc9VURAANGvajai/fSI5aSQcaEpxaXwtNNV8WwJCEV2To4IS0JG"
    "YOjZB+onYLQVZ13HS2BhBTfhYWSHiNsl65PTVJPg8voZ/tKMstILlyYDw44NCulv43i+A8"
    "Rn/GTOAQWQXcWjcdVna5+/jUEu5Z1R8OvjvNw/kmgsCjN0lECitgKz7Zh5+mGNk+KpWVr4"
    "ShFOoKKSnhrw0fuoM2IJQTBUPzSEIbrVNyotz2Hu97j/SSKOlLycnic/zYCg2RN8Z4m0oa"
    "yTFMxiVIhgQ5l+HLS+ocT0FCntA+hRBJ+dN0tjI/CXcZZsWREhkgHaYBGg5qFFQeOlrlcD"
    "Z1ZuVET1llIUjFl028jnC2npp6WnzZxBxmror9oNuUJZvsMsp+Qn4UFXmMJUVfIapbSLdZ"
    "Rui4Fxljozx6JaUK4LnBK8+bhFGIU/s59QKdlQzopL5OkWUb8Hca4e1k1LsZ18KTOAN496"
    "1DVRKAYypRecjG2zJ9By+xlbFc/226u19GSIYxNoCgifKGdFUhvKPanGxwGpGuqoRTDpZx"
    "a27Fm8fduZfMRi64zRNYyB2LMvEEbJ2LxAfw/OLyEzE3E7dBe59TNd1RsZPUmJZOGol18C"
    "4ZCwAByQ7zBQxowTIkSgarItqBn8V9D4tm+ebqzMz5YCywkPeLIBrvT+BRVNChIHsjHTs3"
    "VrwbQYXSYuXtP0CPgp11jExivmUwdIweUmndwRmkFZjnwS2kmWQLacZvIc1o7jcbtR3UfQ"
    "FKrtQttMJPRAaU5OgQxzs/eRTFcH2qVKEj2zE43SkSJOKawu2aQp//9Z56LJ/rd8kgTqrC"
    "Cs6uIgVEBnQ18XoHV5eTTO+guc0TRUjaXvAC1StZDu9WjXQbtzaQDB1IIvGYJ+oBSzj8SQ"
    "dWSnpy58TOTk+mFpj4lLKTWkxMZB4P5ZoIromovFhhKeV2YHIDhJzHLTSPy5kqzlRxpioh"
    "U+WzezNYqqBVPBlDFTTLJ4p3lKGCd1fgURLuRleXNP5Qt1gdQV0uJcNAiLA15szQEAInhN"
    "nRoCKqSyBiwK0wxZWmiqYg4VcDcw3fedYREp8ZrFWuT04S9+g+yZ4otFgXj33kxdUy3Ntq"
    "N8Mf3dG4jaf1G9KMifL40L3pdfptQJaABOWJMuoMbof3bXt+T5Th9WN3hInawHFCDi+l45"
    "g9eJjqocNUdQEzvtPUfmxhMs5OMWQR++yZstzX4rPNBqn2TDpbMGlvA3yMnLPkbI0ityk/"
    "qkNRIck458yoOiS1Zqe69Bdj343HPUhVIfizC6OD2gvV3DD82eJtM0GqYthnKhWaziOKeE"
    "RRYc/E0inmwuJt0nUUIuPcJOsAQXCZ0ljgUfA9aau2052EGeg7P0gwRHjdJgg2IXMyA4A9"
    "teXY7rBcczkpwr4lvEe8ia2cziaSokLz+aBBFKEpulH37kziZPp3Zw0l0bz7VdsT8/KydT"
    "4xW5eoOTEv0Bn+fHnOjolITMe9Coql3T5ubuVjswghfXQyhfQmjXTUjZZLMlyS4ZIMZ7xL"
    "wHgn4Q09w/ie7GGq+PqSsOOBLcGqfLMnSoTTq1yNoIPy0UPHIs3goIc+a3Uy3tlv307CP7"
    "s1RTCWtAJJA3+eiXP896J5BSTljUT6Wlmw3VX5DX/5FWGeywBELwwEGUpLy3FXQ4KqiVbM"
    "sBVcTDrApCJiseF5P55z85ybL8x2c+iIuMo7Ag0ebqa33Yen8W+YfCVgwpVprCfKzcPDzc"
    "30vkuSqraBsFoJwtQ63SbKw9N1v3czHXUf2mBlzmRJmGpoFd6aEolfzSTSVzNe+GqGBwzj"
    "lSrI3GlfuejQg0i21lkwJWdBGpBDZJWr0XTWSgJ1WFb1Id2KTOPUhuasrcsVODM9OGc0gX"
    "N6fYyfjicxLLIyxvIzTOU44yPhXjOBcc7Ca4YXR+PF0fhGx7XORWcTuNa5UFrnQ6oJfYpV"
    "hqIwqHZNbmafeoXhk2gLrdZWUBkhb4P3hVq3QsXeF5KwAFgEh5qxRIpBsg1eIuGC/r2kdY"
    "0RJBWNr4RTu3hxnRbaI3o6Mjb4XAVQoAV38DVo4C+GDuaqBhbSkqU8PPLbJImHcwQbHgLH"
    "1Yq5gXtgtaK3qNJAHKSqINDZ17oWTWOdCmK7fY7qQLyBNs5OLWtNXqrBrIMwj6+uOvY8Lr"
    "0nd+F2hsPy9sdyMi4azPt6GR85c8WtpJN826aGegZietCGWmxk7UW37VRyGidKCEZaY9aX"
    "5IsAS1M3LLOYvgAnEPxh4kMbaT+R3BAvpgw1qzXmgjEBesOn+U+6zTireK45pEjEDDjmmS"
    "UD6FBiOODm+FwGm/67UxPCtXIiTVLF6StaW5x6TC1vUp8O48aZ+YLks2DjWgbT9Y7Mz0US"
    "5ucinvm5iDA/vpmfAuIgVQWBzp6Z56k+Dm3fp8dCymQUfpqPnIrCPtlSIOdR7Ilb0WZqyh"
    "we5Sv9jkcupaheu33qtgGms92nHn8mdd5dnivM3R1HjJ+pIuMMiy8h4bSvgPPUJhPhIUpI"
    "oDdJRArJxau+IsauEX+oRSl3gr9ge21wap83Ekzt80bs1Ca3Qkyas9J2sI+HabknUJEN5N"
    "5o7ZSwJY6caym5y8kHXVG8hO1BVdG8uGoKPfQexVXz0UP/IrELU4Ra1BPqoR1NXBLXEtKW"
    "uHJQPS+N3yIVIbDMATRTRt+oXwZ1Nv0sKbSxDqCGb6rvOjBUFZzYuzJQFTCXNJ3GhjFTJh"
    "/wSTy8rFiq47SxHpUN8sheccxdbA4ILtmIdtUpObRFBrr2j6fOaNwd9X9rO6Y+eT1Ruj+6"
    "g3Hbsu8VQ6kkwjVDuRe7LzvNOefIELh4UEXOQRXmStxRwg1SVlDCrWEWThwq8rrmJsIoqc"
    "Tr5qeIiAv5CxKP+EQScS8dXUe6Tn09GcIEo9VGgUK3209hkCCRc4uO5Plnj5Dw/arjezJb"
    "089YKvNcv1eY1SfOJUBEAnWTJ1y+ZBCfFA0ZpqaQOilzVZbVdycvhYLeiXAQU/ku7xdI4p"
    "XuyaHkNbh/eu5ySQmthivkZsdMw+g9dAe3vcH3NrDpJ8rNcHDXG90TCyJGHQvQSyROlFF3"
    "/DQakIvWLC+KVREzH4K6XMkSZLm7b+NbAqQ5si7H0Q1nyLooqpFOurTbV8CYG/GUSegqs9"
    "FXhuEsYxlioyDHx5z7aXjQeWCmZxF0rpszGn64C8Mepq0gy15eFj1qlPKGayczbxw5Vzsw"
    "jhINb1vofadVFSLlrhNFXlPuYO20pGKoueNE3IKapmXRQmSV49SaiRi15gY+rcnIWWbL58"
    "knso+CHwesAurcH2RvPLk/SE7+IOGtIANoHe2rE1BYUWh922ChfG0C8G9Qjm+P93TV4umi"
    "PYUFEl6J3GxHVM4dFbTlFxNIkzIxr2YzhD/PW4imTDlHIsnP3Dx1Mzbj++TO19Z5E1+7PI"
    "/caTbOW+QaxH+vLs4p/Vdkp1xhq8yL94pxMaSuhxN1HAmHjnKdep46df9w7KJV99MX2nfi"
    "Znh/3xuPu922lxJ9onzvDrqjTn96PeoMbn5uA+tl5elMw792MVGc687376Ph0wNupqnmTt"
    "mPs4+QPK6z1rHZMu6uVV5w/a+VAuMQGZeIk0jEK1WX2EDHR8X4SPKT4U4LfY5yt6xcbZsp"
    "HHS8kfG8RvYsysP2uCnZJh4n+R20OM8PPN0VzF9pHTLVJWNdY8hs0Ub1TYLbm9PcWj9O+2"
    "3SWzxQ6Vx+MPurGToxaXCnn1wFFJ4B5NAZQFYyZHk0bMhj4xBUjvc6CL7e1hHBeIt7gp+Q"
    "+yYU2o6KFHGXIfaR8QEu9AAvVJNV5fEWCdISyuzRdWnCY2sRfbGJqzWyt92b3n2nf3JRDz"
    "P1fi0BO6vATk4IbGJuduTZGz7qXsWt9dxaXxST8h7ZG/zOU6RA7Z76HFfhMKK9VQjzfJQ5"
    "NmybVDkeskkUOZrXOpER3q5cAg1q2XbUQG2g43WHRCApXgVjYuUCJyTxsShaAV/kKhSXkv"
    "KpDihfZqVAdoNp2Eb1wz+SaST3q7jsWjPcTH7U0DM63lNJ2UWMD9Fyh+gi807HlfPKM7A7"
    "iXnOzreLABKi5auoyKvIG63dRPoYch5YEJXpHV4hHcIhKi72MZC1OK90uAZoOKrbhWk/q7"
    "unRM20KJcM7aRidWj9sgv0RCdzBih7BTMrCm1gCRfKDb5jVdaEM0mOcaoItahvEsTxcb+a"
    "wijB9rSTJJuKbmIhd2J+bSI0Ma/ExrmbeuULGKA3LDQjUaL5HjVgISi2AcTCr6ZZ1bNIRh"
    "Y7CwvVA4CViscEDyCgpYgYOShzeyxPSFkw6duc/RuPXhTZeB8FHwn3A0nmp7BEkOSfTYOy"
    "j6SCKGdfBFbDeLGccOPrbXgUlQB4k4x7iJob9r6vpxU/A1QHkjrLt0P73Z/JQbybcM+k5a"
    "LSRpRTW3RZpFx7wj0iPqg+UkEvkERdTNOnhmCR8t2K54jgXicF1uGkyhERWOEZYDyw+6t4"
    "sgjWxriHjw/+qUv6rnu6+XSdfioE/UEdfG4kTSDFwmsMfaJ7r75Vkyj4myYoXTMxW6cCyS"
    "1xNsN/v56eQXylAZtAJwmfDdUucv6TDnRzZmgIsarS7NYJ1+8VS7/HY7wCKSKS5YjYlCSi"
    "hGVeK6R04soRLrkXdsKXTXLnUiWXKosi8WQVy4DwK+4p5TiM+cjqrUKg5yLrOLBtEHl8yC"
    "aUfKaajySBBESqKQGbpg3eFypJ2ve+kIQFTdtHb0Pg9G4Vu3lfIIUlCO3VFzMGwf1V1ox3"
    "2BEeh3DsdH38NMyOiUzPoHO2fFuecyhihNJmzguRVS6zyEF8SXarzgC55FMKySd0ACf1XQ"
    "lS8T1quwzk11zvKQj59eUlAzmpEBSaYIVykL41jfUIGtbPjHD2vrvbmXoRN55qXutEEcpk"
    "uLWfdPCi4dOMcOAQTMyr+fwU/z29EDAbvlI1gzgk24HFuAmJEiYsOokcVqx4YeeyVdWybo"
    "UNIygs2EHKuTyVKSNYPdszgb7GlMsJRZATgmORHN8IHT8/WDwuRSk+bfombMuQLH1nr/RE"
    "Tukp6ojSHY2N8fbU9C5xkaGufR8Ob9vgRVXFiXLX6Y36v02tS3MoafJ6at3p/OiOOt+7eA"
    "9/wy/9gibKw3A4aoOVqmrhMyHRUDWSDFUjfqgacSm8uDmm0kJJ4MRPeqj4afiBsl0gsQDL"
    "QByhHK/bWclATiqQBKZX8cQRC/44ccQdnETiiNc6gXlBR3hnNaC2xqLBGkHtM1LEgGDgfG"
    "4i4astJIA5FggWkk5kA5aZIZM+Y+sCWUNI+uXiw1HFBzoEyWF1mvO9nWeRyBfVtGaGEFmR"
    "JYPCGBrw4wy7+EVS90EfSSUgztuDkBe1/zACFbfoH1SU4v5tufu3UZvJnu5tQVNNReA+qG"
    "ebF/bEEDUDMVFbJE0UaJsokKc5m30lOXnOvpLysvDU+gzwg2RJoCPtNznBF4yJbgDopu6p"
    "00921lzJ0G0TFDvg55AP44FBxZJD+eGYseGKZpNh7M3bEtCwsttyVj4RK29Aw2QgnsyG5V"
    "Hn6BG3Qopon7xpLFkP3cFtb/C9DWz6idJ5eBgNf3Rv22R31tQ3JE6UUffv3ZsxuaYhkqEL"
    "iTvZrzI3Nc4ledeYLRYp334Y248FVHqR1k/HxdlCi7M2b7XbQmIT87RF0ZXkIJV+LQUpeR"
    "b1Ii8mRTUY2u14Xs1pXwHv+bzZNEc6TL9h+aj4ob9dIedAloFWLprsuGRQJ9XLhaZZoXwc"
    "SJKjeB8H3936Vs1TOvcGLFCQvVZ3vAyI37MCSC6in3SgvuOJAE4mZlNoNa1E0Z/qVq0m9I"
    "bPP+LabKivSNGDaaNZKqfDPShJCXJfciXHq5rrn/LSPxX/AK6QpoRIeQxFyd8fh4N4sZBZ"
    "dkkSDPB/QJb0g52/tf+am4qVT35mSrIh4fVNnvffR+CHCECbByOMe4hVJR2EB8Pa63aLIW"
    "CQcs6IqY21gUofLBsirADDf3AvFu6f/hFE5vT5fXla31TyW0Y5UkeY4cfvLVmyW8Uzpe6T"
    "IPXwstubhN5rsbIbvVtPILu5DbfKbmM3yPQnIlQRQitq1RawsDR1edk6t6SpvxG/8lP7y6"
    "c2gIKAViQ6VcPNDVOzK/ASYmKo3CbO5fxsLuEVYDerb5DwjhPPVDCd+SGsE2wdXzxP66ep"
    "hPh8aIN1OWoJVcZAYJ0VOwrEUVLOajIFYhuo1H5fDEq+MfOcuVwI5kIwF4JzWTilFYID1V"
    "oYYnC4mssWQThSTCZZ5ii3Dq+MgC4ZZsCRHWM7l15Mjd4l0ujZfGJ+vWw1JmYLnZLyF+fN"
    "Jjs3VEb9csf4Yomtx66YcVxwD18vw/9mEZTjJawQGRezdqidMaWl7RmT+1pVZQSVmI3DTx"
    "fCfYYJDwW8M+/zhf56OOwHoL/uhbF9ur/ujk7O6DjgRpJ12HKR4AOJBBEGNkn4pqOH2zOA"
    "s7K+eQcN4mQIBAyOlC02bOFLk7OjHcu5zTKLEKeWNnjXSEYBhURMEr6RXPyJ5vOpUwc40b"
    "oBDSelqIo5zxmS1XfcEzixahoBETf9xHCwO/jjkhhhqB+fT3tkB17hdr/7grBE3A3Z0LiV"
    "Jl92Nz7V5vYQujIk3KzdPo1/awOS5GuijDuPv+Dhg/rrRHkYDa/73fs2cULFb7QMr57jmB"
    "6OLX0cW7l0ePnD2o4IE5AG5iBVJbFOBPUGpMNAY7lBNKFM8+ulFzkCpDlKHe6V0ood7knK"
    "FDpipGsfzSZxo3x2ng2YE+khLLJBGleQZmfwkVRAKXFoX1EncmOqoT9MSUOp0nwziSsH+n"
    "miU+98w6l3Hj318O8iKVxUbfqKGLtxPOYRwsrhnf0k11VTw7OUQpQC6hBZ5YA+TzavN0zr"
    "GKBZguG19BIrGwbIKuTM8LXROD+/bJyet66aF5eXzatTV1qM3tokNl73vhO+IjAOUUajhP"
    "lX1BVSUk722vChO2gDQklSrDwMR3aKFRooQgoI3Nx0H+g1y4nVSsUyfhoNrHbEm7UoqVgc"
    "xfJOOSTYxBVaP9wZiGv+0zgDmStxx2EOUvJhLvQwEyV5up3SR8F9vhj7Y9gkkBDWMBnHdr"
    "s/nROqnak/Xf+A8d8F8KfzLd8YfzrmZM4A5o+SDTm0kPfJiUz58D1N6sFcKhUBneH/nwlM"
    "TjRiVWDKz+uAbptbvQ6czXWL14GzsSdzgsVrjUZl+h9Erf+0hBCx8pNKM9/A8xvSiI/KM3"
    "jR1HcdvC/wKJPISzsvD3EDEFTSCAgLqLwgne0ce+Dn8TpHRWA76oDXOcqDXbbXSAo4fRT5"
    "IXpWEji5EowrwQrBi1RCO8KVYB9imHm9iIOqabj6II36IAvFAZEu9pSHKx1kGjT14mkIDV"
    "NjZZFMg9ij00+VgDqkAsEDjKE3CKC5RV2gB9omiVSgSjosxOPfgQ8FGYkvaIkUmseJJG2a"
    "mBdoPiN/W61PJMSACPW23EG+2mWJcQdE7GcGJ2T/BKZewKfODVR/dYQkrig4pqKAF/HNDm"
    "VexPcI3n6E006VXNkl4MmVA9JPFsmVS6IqK9FOQhiH3aol+wm5dF9o6Z67uHA3jKMLUvXU"
    "bhjHSWs0hvJrjSGO0ev1rZKY4TRLVAD4EsEWFoeE06uJ2ToXSU3es68NoCFB1cQ2eF+ogH"
    "SIRCthLv5O473fF5KwsOK63xfrOoCKSAO+56osq++fzRWAOiGaqxq7FnBOz+XZj4oljdEx"
    "ZRhuNwQguxRcWkggLVC40kV4uxQc4AQAlyN575H40oMUF6Jb+9RcpcE8QFSBSLe8QbfO3i"
    "lrosdHeQeI9gzzLtGsZ8V5F8QFpGgoch+QIkzY0qkPuHPAQZUH3DkgH+eAQyoNbk2k35mK"
    "2FUMbV1jaA+CDeqb1Agibjqd47ZT5DZO5AVObKmnEAv38/OLuvVthsX7Broiud7w9/nlHN"
    "9tNq7sUqyWeZU8D0gKgNRpmxbymTUEQn4lkEzGF2e4k8vWWRvg85CK/BBzd4KVEBlqCNiV"
    "0QHeAGREc4nKa0a+umK+YqIcdwzXc6604L7mZcH2A+UDHHXve2OSl2EpGROl0+8PbzAL1X"
    "b2AzRRnh67dJsI709J9BnZp2yAS5LtlcE+4w1rCWX2FPeIwpyzRfXFpi7OuGQi6HVveved"
    "/slZo94IpUlzoL+I5gNMJUJz2bm2MjUsP6RSYfpIKqDrySVJflnKvJUZZUHVNMzr6SnVP0"
    "EqHvrDI6y4dq1oRxox6ohDRV7XXG/2Mmjb7AnLlW1c2VYEjrDMyrYHuCbBBLUYVZtzu75V"
    "0bbytUykZVuqirFwdFIrKNGiCiR2wfKu/karWhO3UyiDk+dn6zPSn58/gQXU8V2n0BmwxD"
    "iqrjIVUcXdkW7sF2Lrz/J8eBLNWMBV39G80Je0KkBwzRnXnJX3HAmEXNBJnRxMtz1Hk4Em"
    "V3sdVu2Fz4eU4NoUHNktyJI8RQqSd1Wi+8hz1OJgVsq0Ri+NLv2+M3jq9NvAop4ov3YxJu"
    "M2eEf4VxjF0J9raI60tEUdAkSVU6a1LhKA3LqIBZncCoMsIPxWWGZNh7KfqnLlU88bCWA+"
    "b8Tnu29EQg0xP5/S589H8qGtForKqogTPzed9pVb/AfRpDtiZDrFVIjqQCre8slrgX1V1c"
    "RdNekx1FyVzlXpXJVOuuC5Jw6xlriB4qAGCmsCZmCjuHc7KhnASa0TgaWaJJM7N/1Uw/Sj"
    "qXOJgss2/di369tNP76WW00/44VnM7GtLUB9RzpAUFhYdhkw19QlOCFq9Dr9PKWXPwFVqQ"
    "NMKMmkUDeeKxqwH02cnEn8tI5/BnVtjlp9cnzubgYfbtPhNp1SYeuLbXXXSgpEg0Q8//aH"
    "czF/7PQ7ox6p/qdDGWoSrRI4IKryKb31WxtAhWjMp/T+eqI8dvt30+79Q3/4GyVD8nyKli"
    "tZXdvVBHsju5ggKXs7Ue46o/vuiLyutkQaph8/3XYHY0xpmCJSjInyNPC6MxV/X/1e9450"
    "JUtovouKPvtK4TPIcifeaIxySPa2RhVMr5G1MUqDzELgm6B1SD4gtK36RWJkyQYlEnZ1J0"
    "s1g5obVrcgzl0CDosvPoBFfSEx8ngkO5v99DmaTRRVcd4l8Qk9GA66GFZMSU7E26cb63QV"
    "TYGckd1/4rMTH6b4mctVQczYWFLV1DfMMmjWqZ3UjhWmq5w96yyRPetsgz3rLGrP4tbCg8"
    "bd8PAQbtPiNi1u0yr2WuI2mJxsMMexFNyrVhbdG1UxLMV+xFoQblLfZDFY2o0JJm7rRAEj"
    "NoGVSRWCidkSSb6SZgNe4b9nTYj/XjSvSFYT7xtu1Wx+nZhXp7MGyXYCMcXlxWkL3xVRky"
    "RKaQpWzhPy+WoGvJQop1+dlChWehQrMcorQiuSQkVDL6YMNWCoprCIydJS+DfmeWWLZZTg"
    "WRbSZigsoRf5Dqryh5+pJL5aUFE86D8+UX70HkmuljdJJ7laiJLc0o1PlM7NuPejNyaadJ"
    "KsCW+7xRDTueB4WDdT7g7JRUcuOh5IdLQWyC6LiouOiUVHC7AsREdb3hi5HZYM6KQiZGCK"
    "FVKEtIdggwTpDVICAdKbIklqhDguX3Pw/LxQl2iqai/Pz+Bd1V4x+gA/Bb1jEQgBXcLzCT"
    "ei/5+fvwDiOUYowEzDU21B5Smdun1Zb0DTaCLhgv69JKLc5Tn+LFhFGU9PiUA3w5LZ19aM"
    "CHFCE336FhEXi/aCE4VkPRAQZhqVF/tVJKtTV4w9a2FxtHl5fuo8WFVog5UMjbmqLetAIr"
    "lH11S+PRcaVPLFT2t+PYOkUIogBt/rsnk2J52fz5KnFHWQsuc93g0MU7dyJgRen3E/oHNx"
    "bnB5N095F7+WISmuD3BScSBEVmTRrUjmOrphpFEwuAQfW8fgKSqTTlAfSQUnZ/bVaASkGd"
    "JcIollUwZHRykrpyO4SAL3RTzcURcWrn45pPrFZiWY+G5XSXrUOaIN3+E6JeK1zq8dolfE"
    "lNT19mk0sH1vTU1BYjH0jM7bpMwGECLb8/QrmBIs3eEnQ91wTHUpUWSQfmw+gvvzcKUsV8"
    "oeRikb0gMkXFUhKq6YZSXs455Sh0lZElFOJbclREj5QcCd0Y6WEMDZRTPA9oNkBQidOwkw"
    "Diz6/IEu2FaRwiYW2SpTm8YimkCGbH9tU979MkJynGI63l2yItP8P4e0InZpwTn6ohH7oX"
    "uvvslyiPyttpkM48HgTpPFMiIZkiGnKxXvEFRQN38YwxGWixmbXuzMddtz1p/B+pdQPyxq"
    "cG6kVRDfjjp34zagtBNl+NAdtIG6QspEuekPH4myWJBVvSiqYvTnCp8OKM0G7SfJb6aflm"
    "SarzSkI1YgeiyePgoOZ1RhoJP3i6D598fhIE5P4FCEVZmSYID/A7KkHwzV2n/NTYUyW2Bm"
    "SrIhKfoX8tj/PpRdbwOWBKGAFtPZBk7uO/8M7xB4a7oOqydJB9dcmc+V+cViS6qrzCdcwk"
    "6DHiDMYMwLtrpKMsQOJhvH2OL9dlnYfkI+xkUeY57i+KAWDa5yzycRrz8Fnyyr++p/HWXl"
    "Ne2sQpAH93eoiBLZhjNC68bpr6qAvakG0jIC6wfpq0pA5WFYsNfjBvOCt2K3GxmmM69xov"
    "QWOsIiiwEssjYNpHHXEJBEHQgLzPgo4AQqgCRcW1MBngTlQDCTofJqk8bkosi2+4xtIE9P"
    "vdsURhDTlMQvhGaXKb7dFuJTXtAnkT8Xx9BcWKWvLA7Oz5vRn77ZKIJHUxJYe2+8vshHUg"
    "yFEXleZRRG7r6QiiEOUXGueDtX7Lfy7ska+83KJQM5KVscmmAB3vim83jTue0eK2w4yvlt"
    "OJoD7GGC01kItM/UGeD3wBS03c7+xV0EjugiQDZntsE1xhJlt8/RxErCosULKwXYoc68Q2"
    "eoJyJMGj8Btz0394UNH5xd4P7sRUeVM2F5MmHROZwBuNyX/WhZcZx5PUbasraBs6X3kzG1"
    "htM0kcKJtCbpZqACVO3lJx0I6nIpGQZC4ESliWigk9iFJDBVTVI5zW3TBpKh21olqK1jtE"
    "4HeEaSrDDRhC+c386T38aoa0bqsOsg1YeOFSbl5tJw0m57zpywmGlF1FPORR/Jh56IJXRW"
    "FkxNs91I07gr3zyNRrQ4nE0/UbqDW+KljKdCYZyUjyYVFsxLJusdgmfE4ZVsSj+JubNsPN"
    "QVdpblTnZ7ryLuZHd0J7s8VC2WW9QGXYvrN5VA2fLmtk2QfZg2dvLjaqosk5y4rVnrfGI2"
    "56fzQDUYFW9TdeBcuoTo1F/i5dwq6/LpC0kTDHX6GuLzM1DQG36CDtc6eF9AA6ga/o+UqF"
    "rm2C/DLaZF2fXqGzQ4kj6NDeC7VlUZQSUG4ABhCOgZpjzU9udeyVdmvh4O+wFO4bo3DrHG"
    "T/fXXSzohSrMRvk3dwWlhDxAxxFPgTi3snIra9FR5VZWbmUtOrTFtbJ2NEOyToUI0+/c2s"
    "juv2KxW0biC5pCX/MEHL/FGVMrJwSYI4JL3GMdvx6t8nH6ybJ94iEwl5hXAphf1jFtnRRq"
    "dC+SOlwai4PPtnMmR+60szUWEv1lnCc/shejxN7u41Nq+Ej4icpS/JvsPT4WUY+A48nAE/"
    "/OuHKcbDxdggom4zpvJLClnDdiTSnkVkhERFDEz08V1+On4YE9Ackxi8AeA/3J0JGM8VX2"
    "cDjtKzHfN9lRuv8cbwbbNaP0h4PvTvPwCATBdriSdIJliIpv3NtFSz/7t6f0c+vrqmQgJ5"
    "V/QhOsSFFULvoMCcg/MklEIP+kSOZjakseljxiFaAnt7+ADlDQOzBXsgpFcpeYInT8doAm"
    "5wS6ucKUCPdoRSpbLjlAVRDbz/RAz+GpXoslARUv1Wuu6B7eUwe/xDROJNpQjzFAVTmfqI"
    "Pk1JV03UyHskfBEU6CsIzeUoqiDkHl8M2+YiOaz4k2/Q0zBZDlOrnBszpC+ZHrqxXdvzqa"
    "HGViXp7PTifm1dWFQPTQp19J/eiLtEHLnr91XIekrOCPHk0UPTGb4rwxMS/mCOGGM9ggNx"
    "+6nb7/bhN9nVNHlkaYR0yyRq4SLJGr2BVyFYmFlnTJqvOw6+AGe8g3FP2sJVBnoNO0o/rw"
    "dN3v3dAxcfuYKJiz644Gnb51/ao5Mb+eoqsijJIlN6Rg1X0U+ekRzgrNr/t2M9XUBDSlX1"
    "McvCGyyh2/jWYzCavebMaz6uQeE+sF1Bc7YO2QVQ7r1kUCqFsXsUiTW0Gg36GmpNW5+2m4"
    "zj1znbulz6FBISm27hAVDyGJbuB5BxNsh7N86isekPOxA3LMlbjjqAcp+agXZdQdjHzDHk"
    "nf61oSaKRiqj2URcoPp60mygBs+dopCwZ0UjMla6IFbJX4RcDgqd9Plg3d9ojcM2e1zw2z"
    "ZLtZHOwHzVZ9h5BIeqox7Lnuvfome+5MNaZzf8utltyJKV6di/ivcCH+zfcFkSAyVUEAKv"
    "o70uo0hw/N9UNJoQzwfq+rjCC0THrk1tliWWfx44h2DMZG1MRrJRik+Wm0y6qYwL9QZ/sD"
    "xwPtp6mEB1rY0JXM0rXJ1BWxdVl7URTleB8/j6IC+rW8ffwWSF7NTYbldnMQpEeVYwjkce"
    "yIGUZAWsdpmh3Eo6jA3M5h9xAkgx5r6Wox+Im4Ajl7BXLqNEQ89xBXHOeGZrkUx7kiXU4N"
    "YpzeOKLeOo6T+JNicaxI/IcjHzDUC4xW9W2KBtOlmfpFjyQRtE576pmN+wKECE8EJAISyz"
    "pXNXrHdU//PIM6AlBcSphEBRp6k9A7K3o2u465BqJYGgguEefD0+LfqcX4tcWCrOXtxpaP"
    "zHB2mtR3eaPzcgRiLpgdVHeGHzeXRGQbhEKWI1mFcclIA2QhnOeE7lBIn345VOmaTQ7Lw6"
    "frfhc8jLo3vceeLYe5PBO9GVQwjLqdfhTpEmiFKzS1uWzLZdsCo4kFJlV+S53kzk92MAVv"
    "BFd33pZWwctVCVyVkGvCLaRJwqLGyrdl3alvUhlAr02mNTm5VH5EqTw2yCae84uPsqmCTH"
    "6QeBCyqFIgbDevILoHCSbGTzSY6VA22PA8kvwteMcxTGdmqzvqYfaf/w/9lcC8"
)
