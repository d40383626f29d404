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
        COMMENT ON COLUMN "evaluation_rating"."rater_kind" IS 'MEMBER: member\nCITIZEN: citizen\nANONYMOUS: anonymous\nSTAFF: staff\nOBSERVER: observer';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        COMMENT ON COLUMN "evaluation_rating"."rater_kind" IS 'MEMBER: member\nCITIZEN: citizen\nANONYMOUS: anonymous\nSTAFF: staff';
        DROP TABLE IF EXISTS "disclosure_item";
        DROP TABLE IF EXISTS "standard_item";
        DROP TABLE IF EXISTS "supervision_team_member";
        DROP TABLE IF EXISTS "project_milestone";
        DROP TABLE IF EXISTS "supervision_round";
        DROP TABLE IF EXISTS "supervision_observer";
        DROP TABLE IF EXISTS "project_dependency";
        DROP TABLE IF EXISTS "project";
        DROP TABLE IF EXISTS "volunteer_activity";
        DROP TABLE IF EXISTS "project_note";
        DROP TABLE IF EXISTS "project_indicator";
        DROP TABLE IF EXISTS "supervision_team";
        DROP TABLE IF EXISTS "supervision_check";
        DROP TABLE IF EXISTS "standard_assessment";
        DROP TABLE IF EXISTS "volunteer_record";
        DROP TABLE IF EXISTS "brand_profile";
        DROP TABLE IF EXISTS "supervision_finding";
        DROP TABLE IF EXISTS "supervision_inspection";
        DROP TABLE IF EXISTS "disclosure_kind";"""


MODELS_STATE = (
    "eJztfWtz2kj671fp4s04dUjWxgY75NSpwhgn/AeDF+Pszg5bSiM1RmshaXSxhzlnv/vpbt"
    "2lFkhchFD6TWKkflrSr2/P/fm/taUmIcX89ICWM2TU2uD/1lS4RPiP2J06qEFdD66TCxac"
    "KU7ToM3MtAwoWvjqHComwpckZIqGrFuyppK2HfAIDWsFHBpwphkAt5ffZNP6AHQDfZSXum"
    "ZYSAKzFYAq0IwXAKWlrH4i/UuaiB8gqy+7d2Wr8h82EiztBVkL+u2//xtfllUJ/YlM8vP3"
    "GqYQZIm0pqj8mzTQX4W5jBQpApbTiF4XrJVOr/VV6542JO89E0RNsZdq0FhfWQtN9VvLqk"
    "WuviAVGRC/M75mGTYBULUVxUXaw9R596CJ89IhGgnNoa2QYSDUzgsE12qCMBxNhKfeRBBq"
    "iSHyKEJQu5dETSXDi1/VpF//Ql7hY+Pi6vrq5rJ1dYOb0Nf0r1z/13l0AIxDSOEZTmr/pf"
    "ehBZ0WFPUAVPp/AtbuAhpsXL32MWTxK8eR9XBcB613IcA2mNFFgLuEfwoKUl+sBf7ZPF+D"
    "5PfOuPutMz5rnn8gD9TwAnTW5dC906C3CNgBuDqGKBe6PsF+4D3uzI2A28gCbiMd3EYCXN"
    "OClm2y0e2p9pIi3MevBFURJZAOqIubybU57qCWD+7a/fNggDvDlFP1cTy67Uz6o2Fn/Fsb"
    "777aDJJm0FhN1U530v/ef5q0/f05vpcfZ5h0zbQYo/Q/T6NhyhrwCGIDI8miBf4fUNwvO8"
    "gA/e+5rYoEUjCzZcWSVfMTed7/yTlomdfIGrAJQKTnpWn+oYRBPnvo/DOOf3cwuqWQYexe"
    "DNoL7eA2Nhj/0WQVSQK0kgNyh7FkD0iEKD4omMqSl+gT+SPDsLgbUFkOgDX433UmvRh6si"
    "nQtcXY0m81TUFQTeFFwnQxAGeY8FDT2dvtiwXudjQaRCbubX8Sm67PD7e98dkFncW4kWyh"
    "MLMSAC4aiECSOl/JzGNDHqVcN2nJH6fIuuAPlEaqsnLHec2ATPoPvadJ5+ExMipkfpM7DX"
    "p1Fbt61optMX4n4B/9yTdAfoJ/jYa9+K7jt5v8q0beCdqWJqjauwClEAPiXfVQi4y6rUtb"
    "jnqUko96WUbdwyg07O7bB6MeiIEZJbyAYLOUdwpDuwdBj4jO81emnIfRSmJ7rxlIflF/Ra"
    "sEsxzD1FVUjIwXqMp/Ua7zBDH+rzeHvKvBjmTAd1/lEJpaGAL84cg5oMZ4jo/7XYw0AXoG"
    "xdd3aEhCCuImMt5kEQm6Rh+fZBlc+vtfx0jxEWXj/uT09ahlm9vl5LISsEfW/xLhTVl9wX"
    "u3hVSJTMMdMevQjtApbvOZABM12zARbrTU8QTFT9gRry7tr+t3V1XcFCS9OIrU7bEa0D56"
    "qmWsqguTaeIP1w2NHPI7zq0B7ewx1FcVIfvDlv+i+9dS33XD/zvuquP0VFW0TMuWVgI0Tc"
    "yBLNHuRyTpruP3Vm3UJLjaB1x3sLLb1xuWE1QLIUMwkKgZ0o5wffe6G9PeqoQa4WW1hhbi"
    "YSPcbfRWSEo31x2iIxVNNPzPZmSf3X4qwtIS7JaNZQzNJVThC31L0h0hZglUDMtwXOBKtw"
    "9r8ZYZrMQq7gZoc2AtEDXcWgZCn8APHVqLH0A26fUlHhNDhopsIgmQO2Ba+9vF367+9vlv"
    "0xqwydW5ZgDTnhFqgEfHkJHJMiQf+GkMW/PvNR0a7mEQGJdD1mdua+a25qOYQy/OsxjacK"
    "tUSxu9F1WXv+JP29Ye6tGWGetad/Tw0J9Mer02wGLvUsYMMpqqX3vD3rgzEG7HnWH3Wxs4"
    "L6sIMwN/6WKqete931/Ho+dH3MzQbL0cNlKib6KIbzl4YfoCzdlTu3lx3ZraV0hq5TVrfx"
    "19742HD73hpA2mduv6EtLeLqcqvtQbP477Tz1y52p+fkGecAGn6vgZDzO52Lz4LBKi5sVU"
    "JXPiedif/EZuXH++RPj2Je5Nfep+G42c5rMWfsvWTQM3H/b+IfS6o+HogRJcocYVvtWcnU"
    "/Vu953gSi3Kcn8/Jx0JF143T0+3w76XaE/fJr0J8/ECO/Q38zc18Ptmk3ywlfSVB1NvvXG"
    "zqtGEMq9TWTaJdZsEvGpZqAXl0HIugsHFAVOrUMZ3AvYhQnXkgdfr/2h0E1wELW/FYNuo9"
    "nMslE2m+k7JbkXRVdCOgveVN7Mb1+ckei81OwZd2fg7gwl5I5P07DN3Rl+xlHP4s7gKB7y"
    "eTREaLY6r0qmJTuwT0Og3CnWraFkKGf1aohMrx0cG5xQkB0V6kHIy4ntWdls8wtZkTDau2"
    "FUzWkZPRzNnWdSxQwIYXTQmywhvHPhZajs6g7Tc/u6x11VddmZtk4cpUzMM1my+Ip2tSlP"
    "aCcVnVzFInSS8wl/D+5jR4jGtJOqQnREL8eTxMt1c9yZe0JVnlS6of0HibtOp0enl6qCFD"
    "rsisbrFI87x112Lz6yFUVojl9u963p3umlqqtOVk0diXtwt+77HVUfKsFCcLk3vCa4s6pi"
    "ps0IQ7WzTDxyu6kqTJJsiopm2gYSZAvtOrXu/N76uLOqYkaUoBJR60ETn4PmXlyunR47fo"
    "dVxS7wJnaSK1jyrpyE71DccTqslCP2li7FxKeLaKhNZHnSza7exSPjpev0+hR0WkHejfi2"
    "MUxN+QG7JR1hSWCeTU14ilgpCBoqCTV059malZxrog3cfp9C3VYEvpxe7WM0N5C5mGiviO"
    "nVHrlfX+fVbjgtBctvutmtXQWyadpIAi4xoMSfQN8C75rxagJNFRE4+0G8yQVo/fjwBUDc"
    "VlfgirinQ8fNXFMRvviGSU0gWyZ4X2gKAj/mcCkrqx+1GJ7FPHWqniHM1a2cvh1femgBEv"
    "P0UVY/fAK/It0Cskpd6Ykb9gyaCJia0wyCMcKME5grNn49zcAPwjyBYRGP+heEH6Zq1gJ/"
    "TsbMbbl852/ll5/Fff5zo3F5ed04v2zdNK+ur5s3577ZO3lrnf37tv+VmMDrYQ+GzU72/7"
    "HkJPzp3odu88rlG7tsZPA9vGykuh6SW1HvLWcN5sE2oCjMt/OE8XW2zy3cpCKEFfSSOl2v"
    "qKQzHPpTl3F3W4xylLKYYS5yeVVplF0eJ+8Qh8j2ML7l5K0rMb4Oh7rNEEcp+SiXeZSJb1"
    "Y+B9YQBc/Jtdl/lR1Cn9t7NaMDXNnAzeq2GppUEafVbuep27nrrfNZzaWHzKnjoKgzdBve"
    "aKTrNPAdwRv6LFH6BCGiBYCiqNmqBc4IMXkq+F9Ah6b5rhnSByLPQ/AP1CWSPmkAzjQdqb"
    "L04Uv4qgmWcAVmeMiBpWECx5eXFa1f0FP3rGf4WZQMB4vR90Y5j5wbptlK0o0f4iXSI7Su"
    "Msi5ratUOZfciseHOotHWEAzZ6BojHAvWB/7iD18yKizI+VBOqDg03nTdMZfqeWEN0RSvS"
    "m8f4QNTdk6M4RHW+60Hv1J/1+9YRuIsiX/hdSp+tAjIbVtl1GYqliUub9vA/yR8/lUHY2/"
    "Cp27hz6mIJkvaLkZ3Ob5sTd2L1PfSHo9ztlk2oX2nuBDkk1i6BHynqxxusplYNh/zRUe1V"
    "5wVLsCTUtQtBdZ3UIflCDmKqEyq4R4BoP0fe00Y9mzZDAoOjV/yRbwvvOuOExNPkQjNHsB"
    "9eS1GGsUq0cpdlCyWZtVvbqXWgcRN61d4yVjzmEndg7kcIqNbwlJ3Dz/w4wzNnNShVJtBl"
    "lnamQPjExW/AZg+DwYxCbrTvr9ji3JlpPhn6HlD92tr9X1k3YC8htuVPf/Y6EBSZbAO9Gd"
    "Wxr+XxYXwMlhXce/kAqgKoG5oS3JLwN9Ah1dR6r0UcO8R1KRv4f+uCvgiboC4ommGUJ+M2"
    "6C7kBc3KlxHGEmzsEoXTW3DtnilXIFaXP2rziDfoRkDogPnK60Stp7CxLXbwejHCDHyMqs"
    "XS6Nf6uLWT5TSYSocvvF/udz+VQVp3zISciCspJEM714c0BRjurN5LGVqd4s63m2Dqc13z"
    "M221cR/kgz784cpeIwb4T5tGwHhW7b1TIdJBSzx3HQjCQ8ZKhw4gkR05U4kTSMmdQ46UPP"
    "/R3L5e/oBxZn5sg9Ah4yuVHkSS9IxMb2FIoQbQnu/iu5kM0orz9RmKaKIGdSQF2s0UBdJF"
    "VQ+IkWyUqSV0cSp6si3oeon2PKfzFwTj3ovOY84IghwJsL2Gi28szagKKC8/UQzvzlKvZU"
    "Nd99W1c0KGHZb7bawpCVQs23CsZW4WO1TZ2aCGkFnftORCLP5MNZtIq8bGNZRd+zsmFcgP"
    "PZIVVHblUDhtIoqHewLmeZaMlzWYRO6tuAIkOsb4QWOLSAhKMhCcxWwNSWJJ+XbZBUYpCU"
    "F5UQmto3M/EKOMUKgKVJcFUHUAVBnk/w7mSmAwopr/2BFe5b3IOZdbqdrn1Zyf2Jp0a8Yv"
    "fvoTmDF5FlmzXc4nfv77oH/0qQ8EPwgfRvrk8rUp8WG8jMYkeUrILs8WUWUfkyXVK+TArK"
    "/iJJAL3Oxy5CVqUTvRBvu3D9HCuf85dPUMHZ3cikCWqs0QQ1GJoge7mEBiPl3gT9mTa5A5"
    "IKmGTXiR29f04iEkfCwcCXOgaj4VevedzrIAa4f4gm5/TmWOOAukDoiauym9Y5T8jxY294"
    "1x9+bQOXfqqOe91J//43etFlIej1bmcwuO10f20DESoK4S/xtcHoqXeHryiaiaSp2nl87H"
    "UGlBSzhQgq3hsd3X+SBBBrJmT48GQb0zB9iWP1a/2Hh95dH4vXbSAvl0iS8RtN1bte5w4P"
    "C74oISjhUcHXev98HHRIjDj6U1dgWQLEZZPGeLOO8g1Byz5ZgTHL/pWTDVomxhksiglLaL"
    "6yUF9v1olSVuCgOfT0Pi3fH65arG+nWnxDRkjyzjnSCWI+2KUe7JieJedoJ6n5cJd6uOny"
    "lLfaw2OkPMVHmceZSDnEYooFnW2O6wQ1H+0yjzbuSlPetkzlHCHl41zmcXY0Fdss6DAhH+"
    "MyjzFdkDY7XjZdYxqlqoAsW7TSVDYFDXM4mJHNr7wJEXL1TQ71jYubYFrwJZcNJkFYgQl/"
    "aEdz/FZQ2VJ9E6flJ0iZTxDHeCHoBnoT1tmC2GPNpq7cAjtAkgsHODyQ5LXzIx4QVg7sA4"
    "TNaIqivdv6Wrg3G8YY3ZTZPvbUmfSf7vvEaGlCSzaJOmaq3nae+t02mEFTFqfq8zDUylb9"
    "drVSLBIf8Fm+GnxRMr5Asi+Q/Kd9jJQf9mU+7G1d2pKpi1JWUG9/ogH5jGFPFL8OGHLcJp"
    "cHLIOSZ/dliKY8vGJnPHl4RUHhFWk7Q/EQl2xXyIowY1PMkpk2ZXKjN0SenwA/T/pkJ0Kl"
    "R3qq0MxmZE/ed7iPA1lqzI+PaNbAH+QTbIz7GakIfyVUTZlG32gGUDULAfwndENx2uB9oT"
    "n5eus0ly/5d/UJDPFTDIAkGY9wHaj0lzP7pGSUz+Eeszmrze815wnuIvEie3hgTlGBOWXM"
    "pHrUgIW9KygMbbmF1jRGVjkFxf6BxidtfpgjRBzkzTrpkucOPzmZ5oSTh5sr00LL057JeT"
    "NlRakqt2Hsv+6eA1hu7UecjG8Xye2CcOlJSNNderz2FZi1RTvz8IzXpcp4zeOGtloZ5bZJ"
    "JE1REdVAxoMjQsM155s150Eimh01u0EOnBMDOKtSNzK1Iurcbuep27nrHSsvUe8NKjbVLn"
    "bxhRozqXWkRX19WmuvLYZEypbYutYBpC3Q5gACXcMYfgLEUAqsBQIGVCVtCWQJyCYwMV+H"
    "pC/0honnF5a9DURukNpjS93Gs8apOkYbILxfW6y8RAd+Gk/HXS4tpZGzCMM+qy+UKBX3RS"
    "uLV0/8yA559bTi4hn+apSSBYINrU9QASni0LIv+lOXMTu0jX90hJI7TJWZSzXQm/a6Zahc"
    "mJKPcrlHWVeg6OQMznXEJwm5LouReMWVy/Oim6Dj4KaDy9UlVXHpTKuxFMlBTwSjfKspTM"
    "J1J5t1JxSvPahOnpDxJovoUTtNlLMqUMLTq0z6k5Hx0tWWJDHxE7Is50sTKpRko3pmLQol"
    "E8wQ3WaFCnHEevnFBOJCw1OD6DpoVXa3MxO8aEC3Z4osfgGyRfILKjIySSl3Gd807ZllIA"
    "RsVUGmCSBQtHdkkB4BfguTttHeVYZmpbDHchVLuVQsuoYHNSWGanPcW0BdoF5goeH3hIqS"
    "Uz9Q+zYa3AmdwaANvB6m6uPz7aD/9E14Ht4POl+/klg3Os/NhWCrcwW+vJQl4s0Ls8nLKi"
    "foOKvMKnfCo5+qxSpniX46enDOyZ8sCSY5Dye3IYxnpKKJhv8pKIjnqGOxYwgPm5HeiTke"
    "wzSO2L2TlQ02YHbul4QkOO0/gQk16lmYj5Qx90jMfBC8ohWSwAKaiy/gh4n++AGW8JXwob"
    "itjoyPElwBRV4SDhUQjmcGTQQCUDG/qrHjIIp4KLPSiS9K0qcK5Cn0BSFlqvDT1pY8Ic3+"
    "TeqdhEUs/2K0S79JvkiLdbUjKsZjF1IxIp0TJ7btnFrQgIIzdYxyl6JmMDwln5aY80+vh+"
    "IRVUkRdtm4bvlokh/rgHx6wDISo8AJfGGEWKR7Qnrty+EHSZ5XGT9Ijb6h8IYMkxnEtX6G"
    "J6mLm+oX5Z/nrsoriWq6h3WIpALuEUU7Wft60p3KzSR7KXAoVE1FOYejNhyRSiSE0tdChb"
    "RPJB/Tt94AX1jgryb1aP6n152QBgb6DxKt7bRS+08P5MEeUpXF+Md1OS8Z1Dzx5RZ1S/SF"
    "OwGzunMlCEucraw0oWNReSqzU2JUCqte7PRlIwPQl430UoYNNtCv+Ou2PQ2iPZQZ9NpDjy"
    "z2Nlii5QwZU7Xbn/T/1Ru2gShb8l9InaodfFT89jB6fmoDiM+L1VKzzan6NOnc37cBBmA+"
    "n6qj26fe+DvpR5uZyMDMXTnOB1eRkdSop4RPQZYxKaJGL8/Q7eMwIGrwuNiK/sgttDoknI"
    "8PK7NMAf0pKraUmyuJUXKOJAdH4gEnGAia+RKMMEgrIE0VUBiV+/ltM+lLbqxMOvYd3Vp5"
    "bK5zz+ph7ijJHSXLZd1NdZRkp2jkyS/3mfzyOD6okZnNMLbHZ34mk7u/7DZb3J+0JbIWGG"
    "ASUosMzHcBEarUBg7OpvbNTLya2ldofj21m7P5Z3xFbF18wIIoeMcDrr3XATnm6sBCcFkH"
    "JEfcm2ytSDJB6Eq0v5hgal9/voSY9vL8Evcjfr5OWuGP+SJMy7y7uuh4xG3w3EW1SBfVvM"
    "maik/TVJiu7SKT/HCxRn64YMgPGI0XzdjaCThMX6DE5qz7vGaXf/SHd6N/tN1dY6o+jp4m"
    "bbp3TNVJr/PQpjvIVO10J/3v/clvbX8vmaoPo7veQHAo6A4sELptFG37V06HPzPHWomRVU"
    "7gvsy0YC7XLJjL5IKRTYFOii1KvAV0BaqVvMPgZLVKXMORPt1P0z07SySjw7blk9AjNNwp"
    "jhek4AUpTlgmT+4GewD3we/otHaCrKhGtsAdyk8Q7+Idq08k849VZCbH3RVwHztCFURVVA"
    "WiQ6rNOpaF8OeiGkNl5t+rr1OX6dCwVhJcYc4w1DxLfDb6U6cOeMCj/EJzzH2U1ToJGZFJ"
    "WQ3MSwKoSjRGZC6rUHEbk50JOC6KQMGCAFggAzHDsQ/zFKama4mQN/fcTZbru7i+qxT6rv"
    "0nZ8My+JvmTfd8sntAx11CcgjvZNvCErisbiG+x2l5srQyeyi4o6XZ1vZDHRDzsS7zWDs8"
    "iGAi/I0Sg/dN1yckCIvTK5yXmiMILaSdQmF2DIEpqgZ5/+uwdyf0h23g7/JTdTQc9ElcjD"
    "NLpuqg1/mOf+Jz+Q3/6tw+9YaTNsB8OlItfBevBHzT9QrObUzL4rh+ke64fpFwXCeB4ba+"
    "YyRTopMTCmTqPDnDiofIdEZ1qt7R+5LX89Fd0l182WVU0rnsGFnlLGXNTJay5hpLWTNpKX"
    "NBI4O/BUuQpOY8QZl5AleRkNdiEybiNgYGO3AcQ1gVUV1juQlpwXY2MKCK6XLrCRNDeM2y"
    "UxEd13ZzusimGW+O7al6CxVFY/qounfqmdTts6DxRmX7ZAEt330TvGHOS/oCfjgpSn+QDE"
    "3kFcGc+ng6VVyA0z04c4pSO3VgSBVrktjURLSI9Yekvv2QD0pJ++SkrwyGm6vcj6ly5yfs"
    "IfgWZwHlgDQg4K47rIAlRckbr+RT8AmaJVxJYRRFys2kPLrdnBi42aOU/ElVpmzuA6IiHC"
    "MMpcnkUiL3s/EqVOuYjVUhESo0NuX86poov14xNzBbBTzFDGHuATn15izcfx1ISJQlp1VQ"
    "hQ4aTsgKTccOoLSUGcnaD/ysbD4CnGfhPEvKrnV6IHPfi0J8L/LnhDhGKogCAT6Axv2ops"
    "Pt7Bs6UiX3bMljd3rsDe/6w69t4NJP1c7j43j0nVqfdN3Q3hBNnHf//OTkzZvbZlnS5rkH"
    "sjBjBN2lbt5RIi4hJXdvghBJaprbuJcgrJx57yCZZ7wZmd+0F6XkZr0ym/V49F36Gqty9B"
    "035u7rjOJmx8LMjsdRPnnYM/ROoWHJoHIKTYds5VJcAlKxj+RHOf+M/51fQPr3OdUUIScJ"
    "CrlyOZvan28+30zt5kUTt2k1UbNOM0wT1ZCmkqYk8tCkwUrsUimHfuDmAoHhCihUwUULpu"
    "cra8K1Tztrn5y1SCFictoZPB1jfZRZxq/djjvD7jeh8/TUe7gd/NYGMwN/1EKApomWM2U1"
    "Vd0W3dHDQ38y6fX8JiTNuWxZCE3Vr+PR86Pw0MPHOxFdXwzN1r1FP1UfO+PJb8Kg1508jz"
    "E53RUwCy9atoFpJ996Dz3hroOfjVfGEgl4w5iqg/59L+hQkecovIkcPzGJJVtKLlnMJyjz"
    "dNhSCjtI/h46GXIh7BFwKTeLlIuPfFWCSYDTa98EFLz6TUTc2Uf1G9E2DFI0QrbQMsfBHi"
    "fjUSeMqBOXl0qguiF0K0xYjJR/hOKMZRfqM+ly8L60zQiHyCqoxanSAC/dRBtb8eMubYFs"
    "gTafk0CvvLafeJjY6P7eveD0N1W//XY77pPySauZIZfE6qMrkOUOl86o+QScUcvCqL3JEt"
    "IE22A4caVjHCGqHM4/pY05wRzUJAPOrbybzN24cz9pA0qbVqNt0KfhqTKJTu0N78hdkq0F"
    "3yH49R1jtCEucIPtNqG9x6gamrYUREVzbeHREVybAiNGyZNgbJHBMpfBP0rEDf4Ml2hvJW"
    "7B08ZpuRG6zHwtlTG3GucoJR/lMo8yPTu3k0/5CJ/ECHvM0BaDHCPl41zmcTbQUt5yMcdI"
    "+TiXe5xFzdh2nCOkfJzLPM7cCTB1mCvsBGjr0pajHqXko16WUWcs9kRCa14jYHctxRqXT1"
    "4jYJ81AtIdPkNCh5tDe8cc7eHM4hWBO7LuabzzjhjFw6yriJO+0CxtR5weSR+VBUhTlF3x"
    "qVYShXzVEELmfFm1rXVrcqSiiYb/2YzoQ9DVSYpRbEzzOOm7ALCc9ANssjjph1pnyAzhuM"
    "ffzCAi/87Op3Zz3my2qfu7jgzPo56V6CEP6WbHee4hX6SH/MKtDZnVEcFrX0EfhP0nEqCa"
    "I0ZGwXWpBAIaDvFGiC1Nl0XGuZPu9BxQcKfniKC/D6dnfAsDTd4y15jEyPjA7H1gSMIAxp"
    "BM0J8px6dPUIFNaJ3Oq/fPyXqwfZXXYDT86jWPj0AUbE+pmMuLJkrEvWiSXjRcy5sOdXW1"
    "vKUJ8D95KSCh680ThJ4hFYAn4x8+EcBRh+JgaQB2Cu0fahbJSctQGrh36pl0BmrQOEuRSV"
    "n9iDsFDhWwNCrxu/kdz7wQfN+DsQ5cnwmj7pTK8TI+1sHUvrlpNad2c9ZqMTJfH/ZRWWL5"
    "IykJyW7Lg/l5KsnTBfn452vFmdVX/B159D5e+wpmE+DJGk4vWcNMkxjCazrAXvsKaAsKiE"
    "zz+IcEwJs8ESH3QiyfyMq9EKuvqUjzQtxJpt6f9Oe4aTCEP99/I4Psp/ttN4t+fn41SvQF"
    "mMh4QxKwicRFcvXb6ouNTJM8A8tqr4iRpW3LPrj9uFxCGR2ZXLyYR7AfXuG44EZ4hassrM"
    "JVOqdwlUzFAHHHObD12leQzW00m1nEiGYzXY4g92LxzppqkWxLFKgcOMfpKoj3/iezKf+V"
    "p8qW15z7ajPUC++yxNoZUsH023M0GWgukPyyYPDqqXAGBBxPVhoJqHtOnpl31ICkcjqEg2"
    "hobF3RYO7iHDEqrrlNz4HChfeqC+9lMIOUboh5HYGTdSAoTt1Eol5Y2iY3GiaLsslrmkHX"
    "RNqSZP2k4jWQVVockuQyAyTV1yfwFC51bYJXhHSScXEFLHxFRiY4I+81wT9WHwBUnfrXtH"
    "o2Syl12Idx7VW5tFc0ADAnqxqmqaDgf5Ccl5qe2yk8RMIdwiNc1D4cwmVTcOrrJodkbXbF"
    "CB3PrZgjtyJGLohzyI96lJYjnw95TWcZKTZh7lEViLZ3uJ4s2HiekrfOsdEHFOXY58ljK7"
    "PPc21GOttTXW2Gk/54m0EPE3InozI7GXGNFddYVUpjFfI+dbQrDIYtR2qWW9pJhdCOukA7"
    "6qbdIPJVVVVC6dCKTwewFO2nj2YGFajlt92oA50sEDBsVSXecqJmqxapa0rrktIm5Bekms"
    "svQFYx47ZEKh5IAC1tKYvkMUlN5366ZOgzf695ul2nJydKims4j6Th1FJM8elZEtMM8T8v"
    "exB1GbPVPK4ifnteyS9RFgPvE/nY1xAFn5ybeVdvI96Rca1Ykrs41xqaVKUysmJZEeFxed"
    "KhymQ3wvezcRy6S5KN6SBl1Inl8yOxfGIeQVWRGLAGTmBtG/xHk1XMF0ztxsXnBlDQ3PoE"
    "Rm/IUKBuAmiQGG0Dfx94XyDVYTSYSeQO/bBsMd5h8SWIHM4X5n0rv/wsTMvnRuPy8rpxft"
    "m6aV5dXzdvzv0NLHlr3U522/9KNrN6WJeSvbh7CTUgp8dBnkCY/ckdzWFUna1rC5VshLCC"
    "avgq6WRNhNRtan8FZHyASz3AhOXYYoBDZNyoUrbxLUsMr6H9B1F+nMHqO7fWc/mhRpl4e5"
    "fgE/ihGS8/gPaumtRj0bDxH7L1BfwwbR0Zb7KpGQJtckacIbE0gVSrTnwk6U8n5ZKjRlwu"
    "ZctCiDLtTBb/wM+cqqIC8SKSvAd9ABgwQ3tDZh14PSPnkegNKjZeZOS5mUWEoM4DFpoxh4"
    "Ab/E4KEkiY+dlWYPhZpIXDhSDzdDAHDjZ60SBDkZSePdZrXwl8151vh0gfu0TQtA2WbS/d"
    "hypMUw4vqkp5y85s6YXlKnuHRHkJFfaYBETxEXGoPrnUp2YGWAP+Xa/bf+gMzi4a9UbMUz"
    "AcMh4zAyBD1iSBFkBmM9YpxoAY3TrOulrbDmGV2SAiVta5jRAiZu65nwtAh59jMhE91V4m"
    "TCVRAd4jLjB2GbO1OnHWy7nH1h5Ho0Eb6JqmTNXH8ehx9NS7awOvt6k67k2ex0NyzUCWba"
    "jkWucRt/xOrrnsNL7WHwr44tdx7+mpDWRVwNfJFmpO1d73zuAZI4ybe0w2bo/3Wvokx8Uw"
    "Lh1kYm0aWTibRjpj04hvPQnOPTtzziLl4dRJvaeLE/2Zg0WPkVUuJ8D+S6H4kTnQWOHnsC"
    "xTmQJ7QuQ8yiRflImrfMiPfIiQY54Dc91Ab7Jmmzm9SKJUfNdmZXAxDBlJeCMwTWbcZrrs"
    "zyCtwO5dtBLA4b0EA8v1+aKTE4QVAL+AlLymqBkMBuVe0WBafjKPIgbwnJCc3g6yTloaPd"
    "8OeuBxjKX7p76rXvHNNvRmdKMe9zqDuAbRwPxcnnnsE1Ru/u5fjHGlLPxWArGHIJaDavqG"
    "zaauAOxF79lbHJb8kNwFcC9EdbYSbDOvAM8m5swgz4j2E/k+RIOGqRC6VdRwmJJ7uJR5lD"
    "0F7hbDHCPl41zmcfY171sMdJyWj3SZR5one6j+GAd+Z1mjOA2e5GENSxv1MswHLZOWyw0b"
    "oxExWAwFW95gxJHxAlX5Lz+zwYlN5KxBicHMisQkjvFOMu53J7U1s7l4kEs2j7NizFzIKX"
    "BnSVsiIR3hL1Z3zVziunvfud2JlUrPEZ63HmDi7plMfhbI8LvJIrQ0Yz+A9b3uqorXUlaQ"
    "aWnqnibYg9ddVfFSNWtPUA21U/YaLDivUGL7So8Ciu5xG+OBBCnafmNo0A+X8AdwKE2gqe"
    "CH+7egqT/AmWwBFSF8hwTjaCRY5hcTOGk8wVw2TOvDF3rrxYD6AsgkTbpuASiuREUWk7H/"
    "hTyRnakoiJkKHscTFh01micYiHxiWYKOC75MjylnV8jpMBUm4rhmyLwTbCw7imKh2M8Tgz"
    "hz/p3I7GKn4ElKDXSn5vBuhjexL+aWcAvgfAI5JJ3xicgqm/keOdI8U0ljEkPnlBuGBmYT"
    "3ByITn9fwA9Mb0PlB40e/kHdv37QpENzWVFoakQQuNKw6x3v+wG8nEy5eBddM2V2usWnJV"
    "SUNXntArrK5Am8bFy3fIDJj3XYPj10BoMku5I3bKT4eJFDztYCqkiqMoNJScfXa18BZ7V4"
    "1aMM4DbW1TyKQ+ts8QwWJd2lOCDZ0qe4bDP4wE7F7yl1e9dA/J5WufegEF+cJr4LjBXxjD"
    "SFGbIsZDD0gusCm1jkvJRO9ugmhx3MNb0DEh6VkGGC86iPw+LLtU1c21QydUgWbdNRVSGB"
    "iTFdFRIxQ25WhSwjzTOoQkyLlLWdg6l9Mxevp/Y1PJ/hf69bl1O7OZuLwEB4H5SQBGYrxy"
    "TzjidLHbzL1gKgN5mYm6jaghTEtbRXpJqkO9LSvytpSzxMH1iKkqIfz9Uo5VKj8IRuh5b7"
    "Vdc4nzVOzWtfAbm/6CA1Ce+7TFtFelqmEMlPnZPJ26yT2KVnwgvT8Ex462fzDvVEecglD7"
    "ks3RZycmEdXD7m8jGXj/PJx9SvNF009txON0vFHk+bSSB2QwXIwU7owFlYHp3arYvzOZZW"
    "P4sXH8C7QRKSq55s6uQuZ4q5e+mUC6/lEl7LL1od6XA+hHCFT9fFNjF8CTp+jK7hQjmzz5"
    "n98u0nnNn/eXcpzuxXnNm/NaAq4QEgRpwag9uP3F/L7s9IS5Kd3G+arToSMgBmDz6Bx4Vm"
    "aU51UU+3+JF0BVzD0pm8xJ9AYpaU1YcvnjevQyBLvuEJ9/WLSQxVfgt2EdSCnsulhpJJDd"
    "zR1TN4tbLYu1rp5q5WMrmror3AXFl0A4oKWLwKsCealmas8ki9PkEF8C1a6NXpyZDHKBZQ"
    "cJPY3k1iAROVb0yiZHxg9j4wsim4lSLRFjUZIqTcbTm727KtS9trjdjEXGuUDnN+rVGUkm"
    "uNSq01Onrmv5MXuxK6ojwajQ3p67DEPtHwPxk1SrsmrzvqWGRVKuXLpbaTlqir2YbJ1A+5"
    "d+rrNEP4+DdU/MX4k/zGGWzBTmuiX3Gz938hShYwfB4MSIg3qWgNXhRtBhWv6Rm19EJpKa"
    "sf6gC/BgLE7EsDwbWQlsa0Z5aBEMtWXMxDs5TAxnPcsk1nQ3zh1a65c3TlnKNNe7mEOdUZ"
    "AQlXaORWaFiaLou5hOeAgsvNe5ebRQNJsiUsyDnCkC3W1byOk/50la9bOQpfQ1uS87q3h2"
    "nKMfXJYysz9QPmJnm6ZioD7VIXeAhIBpxbOfGv3Y0795M2oLRT9fH5dtB/+kbrQHtar6lK"
    "0Ow7RZ8NcSG/oZIUbRa1N2QItsGIjE9ngiJEFTiiCyiJGHLg2tbxi2vvUvMweutsC/1dnJ"
    "aX7iizAo9796UvKvyB0khVVjU/E/UpDLu7WNaOOtfOV23UGYs9kT29aGV9ybbtKhaQKRnE"
    "h1HCpwAuaksdU8rMorZ5SgI42viu390J7lppwEfWf2oF4DxgDWgnVYVINzSy4e4Fo8dQX1"
    "XECpom3tqWu1cUerJsadXxe6vOthdT3uCvFCS42gdad7BSNYQO6auf2N1T7bHREyCzZVYQ"
    "o3SbjLTpcDGrgCzRcuZkp3QNwbwAyDENnO5gbycyx2grKD6drriUlJJXeJ3nWEFecx4Gx4"
    "oidbbKfKraMA1HlYGqczbkQzVCw1HdLNgHB/COsv2D39GJAZxVrI9Mrc2lcgLHth2BDdzp"
    "KgpsZCcsUyDsvWKbizHNd1pj8NXh29lY6jmhyMRG1/oSWuqaRWoHuilXiQOipiKajgZ9nK"
    "EFHlZAe2wDiNvgwUDuBScbq7WQTSBLpCSfit6QAfAbKqSN9S6LDE/HYh655+jXdLMz8wzY"
    "0t58XKY/Ym++ymJuvkq3Nnu+MOlCgHONyH8qQwhIPXrjZJUppsOTjXDDVE5z5E5xD/s7wA"
    "ZIekFGT7UMZlXb8O1sB5hCKbKdYCSjAnGZo70Aklit1Zrarea8BRxXRefIkC0TmJgDENEX"
    "cObwWHX3Qh0fMfMPYAlfEak4q9M1QOrM4kmDTxn3tGLkdyv20RsUW06H5C/cZUK/9XuUr6"
    "RiNvfqL1TpxTUh+zvitnFcPrLH8nH0hZ7T8nUOp+VgJ8nKAwcUFQxA2X/dOAeufBqnCA33"
    "JEluCeTUyzFl3eYVnK+tqyzJda7Sk+tcZSslsSZzUXVKScS3gmx7wbrNIBkjkltMq6x4di"
    "LiWC6nYO5bz1UcXMXBPa75qG/pcc3ts/vaQbl9thj77LG0sNSpmKmA9dyNM+le/cYZMqU4"
    "rdtgiSQZgjPJNqjnpWAS2xxRfDq88wegGYBsUfgJ8Va0ZuOfOhKJ6tNrQ7ZhZuHIwz8wS4"
    "aUiC3ZRH9wXWqxulQCeXZU3dbcUhhno3mimUMnmnnFn8YGeHOuAY+2zFjXvvfveqM2IOnL"
    "tanaeb7r41/EKEZ+jSf97qBHsgtYMkZrqt6Nus8PvSHJS6CJtheocPyEA8EBkWNbiRJxLp"
    "PpW4lP6byJHCJEldMhHiSRw0yTciWz8tpXAN2iM1lx1VP6RD9NJQRXPf2Mo55F9cQDLvbF"
    "FKxRPXEP9kI82Hl89lbx2ZaFlvquwdl/t+W/Ok5PlQWKB7LzQPYjBLIHkP6BF1k6mF4a92"
    "yLtUKzbisrgr+tp1oTwht/ZquCED56NpsXHpEBHHMLgKrkq/5FZFjynIb7YI4ZnEFFcdT3"
    "xJvatPElzAbKpJM6wHhY8out2SaYG+Rv4nsd5BpIWhgKeuYGZ27XCMOzFBw1S4E35sKStU"
    "vLL+kyQIyyMpaHz43G5eV14/yyddO8ur5u3pz7oCdvrUP/tv+VDEA9LNgxUmi6a4qllr1X"
    "NJhWUTdCFgN/TuhODf51Ht6j59tBDzyOe93+U99NmOwL0fQmNVL6jt/jXmcQw9nbpnLiHC"
    "XjOG/EuWR5T8rJwpyg4iipL1SgaQkzBC3mSK9ZU3FCvqo2riqum00/trlulutmN/PA8fSW"
    "+VCN0HBUeYoh7sJaLh1QfbcUQ4FH6I7AVi7tbRzYyE7IczeVxPJ1SKfrkfEycHWcT8iy8H"
    "9MnSmrWT2T4pRk+TbDJFm0ph9J4UjzXbbEBTK/AB0ZeFpCBRhQfSXOzrIJtPkc2CqZsACq"
    "gNaQBJZtqMSJGqQoRvfU7Z5TM3E9567O1AvMeLtjyNBzriuiHictsIi6f+Xkq6hzufVnkl"
    "t5tW9e7bscY5GV+UopNMLmvHbipqjpncE+eSb5DPyS5wWwmU+akPrY9BdmYQgZSUMJXYvv"
    "F/ADj5BJC6P8AAtNkWjYGFTNd8z11MH7QhYXbvJJ/Ow3RG+byCAXbBWar0hK8lDFPJLzV+"
    "Xir3RomsISGq85sI3QFKf9aZ1K5Jq/UpKYplfWjRCVo7RupapKc4b2Z2RoS2IyOPkjZE9s"
    "bZq2Nidnu72u9iR42gya2v2ytZ77dwp3G/IOz8jkCjBEstdySYlsBxF7QYAcz3lQrJpO1A"
    "yGsSA964HXnhsPWa6FmMFGjGm6Vt0ZEBWo6DyOx9Ue9ZyuBJuHUw+RlINPJ4+tDJ/OQ5jT"
    "t5nT5NOzhDCXhE8/9gBz156Sospde7hrT3mBzSswFuaBEo+XZQiYjJDaDEImjBJstKeMER"
    "ZLDSSBs6ndnItNpx4KTcRH6pt8tHVy5+am5d+hQbBgjhuQ6l/O1P0CJPID815BxBzpwvMm"
    "+cUk8XVz2VhCdgDf8V4jc4GWIJd/skwLXmiWTUckWMpc0C5U0D6tnG01MqttPadsUhv3/v"
    "7cH/fu2sBwF8xUfej82nt+bINQj0fPzMaLkVSyGEnpUOaZNU8ss6aEj9r8CoyAisdPlsem"
    "mFRWBGzQNqdwQF3gOawjVXLdYPMcxI+94V1/+LUNXHqSJHXYa1P+c6sjONtaW7PUEisNv8"
    "k2Sy0g42utzGuNDlTeGk8RogqkES2g0JMrMG5TEyhJyasC8apA3K7hLI5jBIJXfCkdx1hU"
    "cVC5rWhfqHJbUfG2ouKjlUu2HewerIzfAAyfB4NjG+FOFNh0G1wA7BGNcCQNa5r1zU3Rms"
    "Hs5meGzWZ16/qJKZeyosgmwihKJonNdi1ZdTe8yElnqYlQAbjzNg0emkETkRAkUmteWQHT"
    "Xpq0maXpsgiW0LSQsUqa2Ap6ZrYcmeTlMFhJS1pkeyNPq+Emvzt/1cOrlJvXCjWvuVM7KZ"
    "6lKBogq1JJRCY73TOahSCRqWKMozdnM85ErzlnF1lKAp7V9chZXXnmtkPMa+7eeQhUuci+"
    "L1S5yM7dO8sLLM/c9rNlbpsQebPGkNedG/VMwrrlt90oqI9UBJBqGSsi/BJB2H0zV/C14J"
    "+aqi1X1G31ogmn9jVE597fN5/FqzrA167OW/jXbIavtWYt8veN2CR3nHbNy3kD/2icN1qM"
    "6tnHeQWejqRc8jf9PwFruqXfa78fI/9xoT24L6XBMD2vcaM0WPbm0xUk98Z2y6aAN1P5jT"
    "FR1wboRugKjNH1JvHJxuhy14n0uV0t14md0ozsj/26lx1vSQYD5t1ay4KZto6MN9kkZX7m"
    "IYKNfFgH6IaGO1mCuWarEoAWDfvRjJcvJEetbAIDiV6tr4Wh2S8LYMniK7JMcEZaEjOHQU"
    "g/ULuFqGgmbjpbAYgpP4oLJL4mWa/Cnpoln0eQ0M91lOUWkEI5MB4ccGhXy/CbJXCeoD9T"
    "JnCMrAJuresOK7fcfXpqCf+sGoyGX73m8XwTUeDRmywhlRWwlZ7sI0xTjmwflcrKd4KhFJ"
    "qO1Jzw10aPvWEbEMqpiqF5IqGNzik5Ve/6Tw/9J3pJks2l7GXxOX5shYHIG2O8bTWP5Bgn"
    "4xIkQ4KcK/DlJXeOpyghT2ifQ4ik/Gk+W1mYhLsMs+JIiQyQD9MIDQc1CSoPHa1yOJs2c3"
    "Ki56yyEKXiyyZdRzhbCbaZF182MYeZq2J/0m3KkU22GeUwIT+KyjzGsmrqiOoW8m2WCTru"
    "RcbYKI9eSakCeK7xygsmYRLi3H5O/UhnJwZ0Vl+nxLKN+DuN8XYy7ncntfgk3gO8u9ahOh"
    "GAUypRBcim2zJDBy+xlbFc/126+1/HSIEpNoCoibJLuqoQ3kltzn5wGpOuqoRTAZZxZ26l"
    "m8f9uZfNRi76zTNYyD2LMvEEbF1KxAfw8ur6AzE3E7dBd5/TDNNTsZPUmI5OGkl18C5bCw"
    "AByQ7zCQxpwTIkyRarItqBn8V9D8tm+ebqzL3zwVhgIe+XQDTdnyCgqKBDwf6NdOzcWOlu"
    "BBVKi1W0/wA9CrbWMTKJ+ZbB0DEGSOV1B2eQVmCeR7eQZpYtpJm+hTSTud9c1LZQ90UouV"
    "K31Ao/CVlQVpJDnO78FFCUw/WpUoWOXMfgfKdIlIhrCjdrCkP+1zvqsUKu3ycGcVYVVnR2"
    "lSkgMqKrSdc7+LqcbHoHw2+eKULS9YIXqV7JcXh3aqS7uLWBbJlAlojHPFEPOMLhLyZwUt"
    "KTO2dudnoytcA0pJSd1lJiIot4KNdEcE1E5cUKRym3BZMbIeQ8bql5XM5UcaaKM1UZmaqQ"
    "3ZvBUkWt4tkYqqhZPlO8owJVvLuCgJJwN6a2pPGHpsPqiNpyKVsWQoStsWeWgRA4I8yOAV"
    "VJWwIJA+6EKeqGJtmijF8NzA1854eJkPSDwVoV+uQscY/+k9yJQot18dhHXlxtj3tbrTv6"
    "3htP2nhavyHDmqpPj71uvzNoA7IEZKhM1XFneDd6aLvze6qObp96Y0zUBp4TcnwpHcfswc"
    "NUDx2maoqY8RVy+7HFyTg7xZBF3LNHYLmvpWebjVLtmHS2ZNLeGvgYOWfJ2ZpEbl1+VI+i"
    "QpJxwZlRTUhqzQqm/Bdj303HPUpVIfj3F0YHjRequWH4s6XbZqJU5bDPVCo0nUcU8Yii0p"
    "6JJ6eYi4u3WddRjIxzk6wDBMFlTmNBQMH3pI3aTn8S7kHf+ZMEQ8TXbYZgEzIn9wBwoLac"
    "uB2e1lzOinBoCe8Qb+Iqp/cTSVGh+XzQIIrYFF2re/cmcTb9u7eGsmjew6rtqX193bqc2q"
    "1r1JzaV+gC/319yY6JyEzHvQrKpd0+bm7lY7MIMX10NoX0Oo100o2WSzJckuGSDGe8T4Dx"
    "zsIbBobxHdnDXPH1J8KOR7YEp/LNjigRTq9yNYIOykePPIs0g4MehazV2XjnsH07C//s1x"
    "TBWNIKJA3890ya43+vmjdAVt9IpK+TBdtflV/wj38gzHNZgOiFgahAeek47hpI1AzJiRl2"
    "gotJB5hUQiw2vOjHc26ec/Ol2W4OHRFXeUeg4WNXuOs9Pk9+w+S6iAl121pN1e7jY7crPP"
    "RIUtU2EHVdFAXndJuqj8+3g35XGPce20C3Z4osCgbS41tTJvGrmUX6aqYLX834gGG8cgWZ"
    "e+0rFx16EMnWOQsEchbkATlGVrkaTRetLFDHZdUQ0q3ENM5taN63dbkCZ2YA54wmcM6vjw"
    "nT8SSGZVbGOH6GuRxnQiTcayYyzvvwmuHF0XhxNL7Rca1z2dkErnUuldb5kGrCkGKVoSiM"
    "ql2zm9mFoDB8Fm2h09oJKiPkbfC+0OpOqNj7QhYXAIvg0LCWSLVItsFrJF7Rf69pXWMESU"
    "XjG/HcLV5cp4X2iJ6OjA0+VwEUacEdfA1a+IdlgrlmgIW8ZCkPj/w2WeLhPMGGh8BxtWJh"
    "4B5YrRgsqjwQR6kqCPT+a11LtrXKBbHbvkB1IN5AGxfnjrWmKNXgvoMwj6+uOvY8PnlP7t"
    "LtDIfl7Y/lZFw2mHf1Mj5y5oo72ST5tm0D9S3E9KCNtVjL2kt+W0H2GmdKCEZaY9aX5IsA"
    "S9u0HLOYuQBnEPxh40MbGb+Q3BAvtgINpzXmgjEBesOn+S+myzhreK55pEjCDDjmmWULmF"
    "BmOOAW+FwGm/67VxPCt3IiQ9Yk4RWtHE49pZY3qU+HcePMfEnyWbBxPQXT9ZbMz1UW5ucq"
    "nfm5SjA/oZmfA+IoVQWB3j8zz1N9HNq+T4+FnMkowjQ/cyoK92TLgVxAsSNuZZupOXN4nF"
    "7pdzxyOUX12t1zrw0wnes+9fSN1Hn3ea44d3ccMX6mSYwzLL2EhNe+As5T60yEhyghgd5k"
    "CakkF6/2ihi7RvqhlqTcCv6S7bXRqX3ZyDC1LxupU5vcijFp3krbwj4ep+WeQGU2kAejtV"
    "XCljRyrqXkLic/6YriJWwPqormxVVz6KF3KK5ajB76V5ldmCLWop5RD+1p4rK4lpC2xJWD"
    "6nlp/BapCIFlDmDYCvpC/TKos+lHWaWNTQANfFN7N4GlaeDM3ZWBpoK5bJg0NoyZMvmAT+"
    "LhZeVSHeeN9ahskMf+FcfcxeaA4JKNaFudkkdbZqBrf3/ujCe98eC3tmfqU1ZTtfe9N5y0"
    "HfteOZRKElwxlHup+7LXnHOODIGLB1UUHFRh69KWEm6UsoISbg2zcNJIVVY1PxHGiUq8fn"
    "6KhLhQvCDxhE8kCffSMU1kmtTXkyFMMFqtFShMt70AowSZnFtMpMw/BoSE79c835PZiv6N"
    "pbLA9VvHrD5xLgESEqmbPOHyZYv4pBjIsg2V1EmZa4qivXt5KVT0ToSDlMp3Rb9AFq/0QA"
    "4lr8H90wuXS07QaqgjPztmHkbvsTe86w+/toFLP1W7o+F9f/xALIgYdSxAL5E0Vce9yfN4"
    "SC46s7wsVkXMfIjaUldkyHJ338S3REgLZF2OoxveI+uialY+6dJtXwFjbsJTJqOrzFpfGY"
    "azjGOITYKcHnMepuFB55GZvo+gc9Oe0fDDbRj2OG0FWfbTZdGTRqlguLYy86aRc7UD4ygx"
    "8LaF3rdaVTFS7jpR5jXlD9ZWSyqFmjtOpC0oIS+LFiOrHKfWzMSoNdfwaU1GzjJXPs8+kU"
    "MU/DhgFVDn/iA748n9QQryB4lvBXuA1tO+egGFFYU2tA2WytcmAv8a5fjmeE9fLZ4v2lNc"
    "IPGVyM1uROXcU0E7fjGRNClT+2Y2Q/jveQvRlCmXSCL5mZvnfsZmfJ/c+dy6bOJr15eJO8"
    "3GZYtcg/jfm6tLSv8ZuSlX2Crz8r1iWgyp7+FEHUfioaNcp16kTj08HNto1cP0pfad6I4e"
    "HvqTSa/XDlKiT9WvvWFv3BkIt+POsPutDZyXVYSZgb92MVW9697vr+PR8yNuZmj2VtmP9x"
    "8heVxnrWOzZdxd63TBDb9WDoxjZFwiziIR65ops4FOj4oJkRQnw52X+hzlblmF2jZzOOgE"
    "IxN4jexYlIftcXNim3ia5HfQ4jzf8XRXMX9ldMhUl61VjSGzJRvV1wlub15zZ/147TdJb+"
    "lA5XP5weyvYZnEpMGdfgoVUHgGkENnANEVyPJoWJPHxiOoHO91EHyDrSOB8Qb3hDAh900o"
    "tR0VqdI2Qxwi4wNc6gFeaDaryuMdEuUlVNij69PEx9Yh+uQSV2tk73rd/kNncHZVjzP1YS"
    "0BO6vAVk4IbGJuduTZG37WvYpb67m1viwm5R2yN4Sdp0iB2h31Ob7CYUx7qxDmxShzXNjW"
    "qXICZLMocoygdSYjvFu5BFrUsu2pgdrAxOsOSUBWgwrGxMoFzkjiY0lyAr7IVSgtZfVDHV"
    "C+zEmB7AfTsI3qh38k00geVnG5tWa4mfyooWd0vAVZ3UaMj9Fyh+gy807HlfNOZ2C3EvO8"
    "nW8bASRGy1dRmVdRMFrbifQp5DywICnTe7xCPoRjVFzsYyDrcF75cI3QcFQ3C9NhVndHiZ"
    "ppUT4xtLOK1bH1yy7Qk5zMe0A5KJhZUWgjS7hUbvAdw5Kdwzwhgnu36utE71d8XCtIekEC"
    "DDXPkGZyareuWxeOdAt0A8El7rGOX49Kx+cfnGqieAhsmq3lDRkkB0udyMf+RSzqI4OVWX"
    "K/nTPlaa+dy+o4fm1coj6mRH0yHomlxzjkrmyz9/hURAMCjicDT/ydSEnCme4Z4xNU0Pdo"
    "/wUaFgiS5EYMbUt6NpUwDc+mElEH7CObioX+ZGhm0svBeO0rMd/XKWAOURDG40rySZgxKr"
    "5xb5Yxw+zfjtLPXairEwM5q/wTm2Clqv3qoc/Kth8amSwiUHhSZLM/upKHI484FVbJ7U+g"
    "Q5NJ2rqiQZojnxj+TPx2gPoiA9PWMSXCPTqGQtswqMyiIrbR8UDP4Wn2yyUBlc+z/XiZ9h"
    "uZHK8baxyvG0nHa/wSQppItCa+MELFXdyzuLjLpmnnQzmg4AhnQVhBbzlFUY+gcvg2s8XH"
    "rgmPTaT1nM8RDcoUvOqrSct0iv9+gvJnrodb9gTNifOtRlKfzM6n9s3NlUj00Oef8b/Nq5"
    "ucM7nWfR6PaRWOtA5Jrubv/SeSqnlqN6V5Y2pfzREi6VRgg9x87HUG4btN9HmOSWetRpxH"
    "zLJGbjIskZvUFXITXyBvsinPZIVppss2uNEeCtyTMJIXLTwUzfn5ed5RpWV7u3RM/D6mKu"
    "bseuNhZ+Bcv2lO7c/n6KYMo+TIDTlY9RBFcXqEi1Lz66HdTLMNEQl5c4DEyCp3/DaazSys"
    "erOZzqqTe0ysF9BcbIG1R1Y5rFtXGaBuXaUiTW5FgX6HhppX5x6m4Tr3vevcHX0O9XXLsX"
    "XHqLhn3PGTlm6G8/TUVzx2sLp1sdzZuNaRl1dDq9qoM/y33bcPV1pwLQnUATtnlYUkKT+c"
    "NpooI7AVa6csGdBZzZSsiRaxVeIXAcPnwSBbiKnrEbljjGnIDfPEdrOjxJbeIySRnmoMe6"
    "5/r77OnjvTLGEebrnRkju1pRuSrVgSr6S/hX4gQKsGIgBV8x0ZdSeyE+JrlBQqAO/3pqYm"
    "bbZ76ZFbZ8tlncWPI9oxut6ZJ+C6FLsJ0uI02qeqmMBfaOZNBRumqYQHWgGZYJ29KIlyuo"
    "9fQFEB/VrRPn4LpOhzm2G5XZslNkTF619mr3/pHKd5dpCAogJzu4DdQ5Qteqzl0h9HiLgC"
    "ef8K5Nzx1TykmiuOC0PztBTHhSJ9mhrENL1xQr11HCfxZ9XhWJH0d08+YKgXGK3qmxQNtk"
    "8jhEWPLBG0XnvqmY37AoQITwQkARLLOtcMesd3T/84g6abPQpYGnDKQLKiZ/fXMddAlEsD"
    "wSXiYnha/J1Gil9bKshG0W5sxcgMpOZ9Nt/ltc7LCYi5YHZQ3RlNlyQhlZXG/17R4LosSz"
    "5ZDOc5oTsU0uefDlXnZ53D8uj5dtADj+Net//Ud+Uwn2eiN6MKhnGvM0gifQJa4QpNbS7b"
    "ctm2xGhigUlT3hADz7X63TDZwRS8CVz9eXuyCl6uSuCqhEITbiFDFhc1Vr4t5059ncoABm"
    "0OWaaMS+VFSuWpQTbpnF96lE0VZPKDxIOQRZUDYbd5BdE9SDAxfqLFTIeyxoYXkBRvwTuO"
    "YXpvtrqjHmb//f+5uea6"
)
