from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "resp_negative_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL UNIQUE,
    "description" TEXT NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "resp_negative_item" IS 'One accountable situation of the configurable 负面清单.';
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
COMMENT ON TABLE "resp_talk" IS 'A 约谈提醒 record: who talked with whom of which org, why, and the follow-up asked for.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "resp_review";
        DROP TABLE IF EXISTS "resp_report";
        DROP TABLE IF EXISTS "resp_accountability";
        DROP TABLE IF EXISTS "resp_duty_rating";
        DROP TABLE IF EXISTS "resp_signature";
        DROP TABLE IF EXISTS "resp_talk";
        DROP TABLE IF EXISTS "resp_list";
        DROP TABLE IF EXISTS "resp_exemption";
        DROP TABLE IF EXISTS "resp_circular";
        DROP TABLE IF EXISTS "resp_circular_receipt";
        DROP TABLE IF EXISTS "resp_negative_item";
        DROP TABLE IF EXISTS "resp_item";
        DROP TABLE IF EXISTS "resp_duty_report";"""


MODELS_STATE = (
    "eJztXWtz2sia/itdfJmklmRsbLBNtrYKY5xwBoMPxpkzZzhFGtSAxkLS6GKH2Z3/vt2tu9"
    "QCiYuQlP6SGKnflvT07b2//1tZKQKS9I8PaDVFWqUJ/rciwxXCf4TuVEEFqqp3nVww4FSy"
    "mnptprqhwZmBr86hpCN8SUD6TBNVQ1Rk0rYFHqFmrIFFA94pGsDtxVdRN94DVUMfxJWqaA"
    "YSwHQNoAwUbQGgsBLlj6R/QZnhB4jyYv+uTFn800QTQ1kgY0m//ff/4MuiLKDvSCc/f69g"
    "iokokNYUlf+QBurLZC4iSQiAZTWi1yfGWqXXurJxTxuS955OZopkrmSvsbo2lorsthZlg1"
    "xdIBlpEL8zvmZoJgFQNiXJRtrB1Hp3r4n10j4aAc2hKZFhINTWC3jXKpNJfzCaPHVGk0kl"
    "MkQOhQ9q+9JMkcnw4lfV6dcvyCt8qJ1fXl1eXzQur3ET+prulau/rUd7wFiEFJ7+qPI3vQ"
    "8NaLWgqHug0v8jsLaXUGPj6rQPIYtfOYysg+MmaJ0LHrbejM4C3BX8PpGQvDCW+Gf9bAOS"
    "X1vD9pfW8F397D15oIIXoLUu+/adGr1FwPbAVTFEqdB1CQ4D72lnbgDcWhJwa/Hg1iLg6g"
    "Y0TJ2Nbkc2VxThLn4lKM9QBGmPOruZXJnjDirp4K7cP/d6uDNMOZYfh4Pb1qg76LeGvzXx"
    "7qtMIWkGtfVYbrVH3a/dp1HT3Z/De/lphklVdIMxSv94GvRj1oBDEBoYQZwZ4P+AZH/ZUQ"
    "bov+emPCOQgqkpSoYo6x/J8/4n5aAlXiMbwCYAkZ5Xuv6n5Af53UPrX2H8273BLYUMY7fQ"
    "aC+0g9vQYPyhiDISJtCIDsgdxpI9IAGi8KBgKkNcoY/kjwTDYm9AeTkANuB/1xp1QuiJ+o"
    "SuLcaWfqsoEoJyDC/ipwsBOMWEx5rOzm6fLXC3g0EvMHFvu6PQdH1+uO0M353TWYwbiQby"
    "Myse4DMNEUhi5yuZeWzIg5SbJi35o4isC/5AYSBLa3ucNwzIqPvQeRq1Hh4Do0LmN7lTo1"
    "fXoavvGqEtxu0E/NodfQHkJ/j3oN8J7zpuu9G/K+SdoGkoE1l5m0DBx4A4Vx3UAqNuqsKO"
    "ox6k5KOel1F3MPINu/323qh7YmBCCc8j2C7lFWFoDyDoEdF5/sKU8zBaUWzvFQ2JC/kXtI"
    "4wyyFMbUXFQFtAWfyLcp0FxPhvZw45V70dSYNvrsrBN7UwBPjDkXVADfEcH3bbGGkC9BTO"
    "Xt6gJkxiENeR9irO0ERV6OOjLINNf//LEEkuomzcn6y+HpVkczufXFYE9sD6XyG8KcsLvH"
    "cbSBbINNwTsxbtCBVxm08E2EwxNR3hRisVT1D8hD3xatP+2m53ZcVNQsLCUqTujlWP9tGR"
    "DW1dXph0HX+4qinkkN9zbvVoZ4++vsoI2Z+m+Bfdv1bqvhv+P3FXLaunsqKlG6awnkBdxx"
    "zICu1/RJLuWm5v5UZNgOtDwHUHS7V9Ea5MqSk+bizApwVv+eRNfdNxMJDRSMH/bIf02e6n"
    "JMwZwW5VW4XQXEEZLuhbku4IMUs0YNg4w6JDvKVTCbdMYO+UcTdAmQNjiagJ0tAQ+gi+qd"
    "BYfgOiTq+v8JhoIpREHQmA3AHjys/nP1/+fPPzuAJMcnWuaEA3p4Qa4NHRRKSzTKJHfhrD"
    "avp7RYWava15ZlKfHZVbTbnV9CSGvfOzJCYj3CrWZkTvBRW/L/jTdrXsObR5xrrSHjw8dE"
    "ejTqcJsAC3EjGrh8by506/M2z1JrfDVr/9pQmsl5UmUw1/6XIsO9ed35+Hg+dH3ExTTDUf"
    "1j6iOaGI7zh4fvoMDbNjs35+1Ribl0hopDXQfh587Qz7D53+qAnGZuPqAtLeLsYyvtQZPg"
    "67Tx1y53J+dk6ecA7H8vAZDzO5WD+/mRGi+vlYJnPiud8d/UZuXN1cIHz7AvcmP7W/DAZW"
    "82kDv2Xjuoab9zu/TjrtQX/wQAkuUe0S36pPz8byXefrhKhpKcn87Ix0JJw73T0+3/a67U"
    "m3/zTqjp6JOdmiv57ar4fb1evkhS+FsTwYfekMrVcNIJR6m0i0S2zYJMJTTUMLm0FIugt7"
    "FBlOrWOZjjPYhQnXkgZfp/2x0I1wEJWfs0G3Vq8n2Sjr9fidktwLoisglQVvLG/mts/O3H"
    "GWa/aMG+a5YT6H3HExTbTcMP8jjnoSw7yleEhnmw/Q7HRe5UxLdmTrvKfcydZAnzOUk9rn"
    "A9NrDxO9FdSwpybdC94o2J6VzMq8FCUBo70fRuWclsHDUd97JpXMgOBHB72KAsI7F16G0r"
    "6OHR27r3vcVVmXnW6qxOVHxzyTIc5e0L7W0RHtpKSTK1uECjmf8PfgPvaEaEg7KStEJ/TX"
    "KyRetsPe3twTKvOkspz0DuKZV9LNG84wRrIBp6IkGmv8EjNR39+ZsRXotbSzS9RmpgT35T"
    "vbdjdlhUkw8cTSEIlT3xOpO9zTkHZUVqw0pKu4gWgvR9FAq325hkCPXdzhD4IdiRw9KHa9"
    "I4a+nho7A0ov+3LwuIsywbOjOyPxJyHaMR0ZDme1r2fjQFu0rV6fvE5LyItICGoyCUKxsd"
    "swIVOB17P7ffJ1WxL4UnqJDtEc75LLkfKCmF6igfvVTV6imtVyYrhNt7uJykDUdRMJwCYG"
    "lPgj6BrgTdFedKDIMwTefSPemRNofHv/CUDcVpXgmrh7QsttU5ERvviKSXUgGjp4WyoSAt"
    "/mcCVK62+VEJ7ZPHUsv0OvSFtbfVu+qdAAxBv+gyi//wh+QaoBRJm6phK3xinUEdAVqxkE"
    "QySIOphLJn49RcMP0g2oGcRDdYHww2TFWOLPSZjTJ5Uv6q24+FHcUW9qtYuLq9rZReO6fn"
    "l1Vb8+c81I0Vub7Em33c/EpFT1WwS3O63+YYhR+OO9eezmpctEc1FL4MtzUYt15SG3gt4Q"
    "1hpMg61HkZmvVIHxtbbPHdwOAoQl9DoorpdB1LkEfVdF3N0OoxykzGaYs1xeZRplm8dJO8"
    "Q+sgOMbz5561KMr8Wh7jLEQUo+ynkeZeLrkM4hzEfBs7Vs9wdjh6Sm9gZL6FCSN3CTuoH5"
    "JlXACazdemq37jqbfMBS6dZS6jgo6gzdhjMa8ToNfGfiDH2SqFeCENEC2DY08I4Qk6eC/w"
    "Iq1PU3RRPeE3kegl9Rm0j6pAF4p6hIFoX3n/xXdbCCazDFQw4MBRNYvnGs6NeMnnpgPcOP"
    "omQ4WsyrM8pp5Fw/zU6SbvgQz5EeoXGZQM5tXMbKueRWON7KWjyTJdRTBl6FCA+C9amP2O"
    "OHYFk7UhqkPQo+nbdNZ/yVSkp4fSTlm8KHR1hTpJ0jrR3afIfJd0fdf3f6TTATDfEvJI/l"
    "hw4JUWvajMJYxqLM/X0T4I+cz8fyYPh50rp76GIKEklOCxHgNs+PnaF9mTrW0uthzibRLn"
    "TwgHlB1ImhZ5L2ZA3TlS6i+fDZ+HmUaMZRohLUjYmkLER5B31QhJirhPKsEuIRwfH7WjFj"
    "Q5NEBGedtDlnC/jQeQwspiYdogGag4BaeC3GBsXqSdJg52zWJlWvHiQLdsBNa29v2KBzWM"
    "HOgRSOnuEtIYqb43+YcMYmDlLO1WaQdKYG9sDAZMVvAPrPvV5osu6l32+ZgmhYuZ8ZWn7f"
    "3epGXT9pN0Fuw63q/l+XChBEAbwR3bmh4P/F2RJoaKZoQhX/QjKAsgDmmrIivzT0EbRUFc"
    "nCBwXzHlFF/gH6466ABXUFxBNN0SbpzbgRuiNxcUXjOIIBbQSjeNXcJmSzV8plpM05vOIM"
    "zhxmIQXER07/VybtvQGJ67eFUQqQQ2R51i7nxr/VxiydqSRAVLr94vDzOX+qiiIfcgIyoC"
    "hF0Ywv6+lR5KOuJ3lsaep6imqarcNqzfeM7fZVhD9ST7szB6k4zFthLpbtINNtu1ymg4hi"
    "9jQOmoEEYgwVTjjBWLwSJ5DWLJEaJ37oub9jvvwd3cDixBy5Q8BDJreKPPEFPtjYFqGox4"
    "7gHr4yAtmM0voT+WnKCHIiBdT5Bg3UeVQFhZ9okEwbaXUkYboy4n2MehS6+BcD59iDzmnO"
    "A44YAry+hLV6I82s9ShKOF+P4cyfr+IpZfPdN1VJgQKW/abrHQxZMdR8q2BsFS5Wu9R9CJ"
    "CW0LmvIBJ5Ih/OrFXkeRvLMvqe5Q3jDJzPjqk6srOEM5RGXv7wTTnLZoY4F2d08OzE7om0"
    "RpUWCNACixaQcDQkgOka6MqK5PMyNZJKDJJyfQJCY/N6OrsEVvJvYCgCXFcBlAHUdaTrJJ"
    "8feLMy0wGJlKt9zwr3ze7BzLq3VteurGT/xFMjXAH3d9+cwYvIMPUKbvG783fVgX89EfBD"
    "8IH0H65Py1KfFhrIxGJHkKyE7PFFElH5Il5SvogKyu4iiQC9yccuQFamEz0Tbzt/PQojnf"
    "OXS1DC2V1LpAmqbdAE1RiaIHO1ghoj5d4IfY+b3B5JCUyym8SOzr9GAYkj4mDgSh29Qf+z"
    "0zzsdRAC3D1Eo3N6e6yxR50h9MRV2U5VnCbk+LHTv+v2PzeBTT+Wh532qHv/G71osxD0er"
    "vV69222r80wQxKEuEv8bXe4Klzh69Iio6Esdx6fOy0epQUs4UISs4bndx/kgQQKzpk+PAk"
    "G1M/fY5j9Svdh4fOXReL100grlZIEPEbkQrZrTs8LPiigKCARwVf6/zrsdciMeLouyrBvA"
    "SIizqN8WYd5VuCll2yDGOW3SuFDVomxhksik1WUH9hob7ZrBOkLMFBc+zpXSzfH65arO6m"
    "WnxFmk/yTjnSEWI+2Lke7JCeJeVoR6n5cOd6uOnyFHfaw0OkPMVHnseZSDnEYooFnV2O6w"
    "g1H+08jzbuSpFed0zlHCDl45zncbY0FbssaD8hH+M8jzFdkCY7XjZeYxqkKoEsm7XSVNQn"
    "CuZwMCObXnnjI+TqmxTqGxu3iW7ARSobTISwBBP+2I7m+K2gtKP6JkzLT5A8nyCW8WKiau"
    "h1sskWxB5rNnXpFtgRklxYwOGBJK+dHnGPsHRgHyFsRpEk5c1UN8K93TDG6CbP9rGn1qj7"
    "dN8lRksdGqJO1DFj+bb11G03wRTq4mwsP/d9rUzZbVfJxSJxAZ+mq8EXJOMLJPkCSX/ah0"
    "j5YZ/nw95UhR2ZuiBlCfX2BQ3IZwx7pPi1x5DjNqk8YBmUPLsvQzTl4RV748nDKzIKr4jb"
    "GbKHOGe7QlKEGZtiksy0MZMbvSLy/Aj4adInWxEqHdJTiWY2I3vyocN9LMhiY35cRJMG/i"
    "CXYGvcz0BG+CuhrIs0+kbRgKwYCOA/oR2K0wRvS8XK11uluXzJv+uPoI+fogEkiHiEq0Cm"
    "v6zZJ0SjfI73mO1ZbX6vWE+wF4kT2cMDc7IKzMljJtWTBiwcXEGhKasdtKYhstIpKA4PND"
    "5p08McIOIgb9dJ5zx3eOFkmgInD9fXuoFWxZ7JaTNlBalKt2Ecvu6eBVhq7UeYjG8X0e2C"
    "cOlRSONdepz2JZi1WTvz8IzXucp4zeOGdloZ+bZJRE1RAdVAwoMjQMM159s1514imj01u1"
    "4OnIIBnFSpG5haAXVuu/XUbt11TpWXqPMKJZNqF9v4QoWZ1DrQoro5rbXTFkMiJEtsXWkB"
    "0hYocwCBqmAMPwJiKAXGEgENyoKyAqIARB3omK9Dwid6Q8fzC8veGiI3SO2xlWriWWNVHa"
    "MNEN6vDVZeoiM/jafjzpeWUktZhOGQ1RdylIr7vJHEqyd8ZPu8ehph8Qx/NYrJAsGG1iUo"
    "gRRxbNkXfVdFzA7t4h8doOQOU3nmUjX0qrzsGCrnp+SjnO9RViU4s3IGpzrio4Rcl8VIvG"
    "LL5WnRjdBxcOPB5eqSsrh0xtVYCuSgJ4JRutXkJ+G6k+26E4rXAVQnT0h7FWfoUSkmykkV"
    "KP7plSf9yUBbtJUVSUz8hAzD+tKICiXaqJpYi0LJJrqPbrtChThiLX7SwWyp4KlBdB20Kr"
    "vdmQ4WClDNqSTOPgHRIPkFJRHppJS7iG/q5tTQEAKmLCFdBxBIyhvSSI8Av4VO2yhvMkOz"
    "ktljuYolXyoWVcGDGhNDtT3uzaPOUC+wVPB7QklKqR+ofBn07iatXq8JnB7G8uPzba/79G"
    "Xy3L/vtT5/JrFudJ7ry4kpzyW4WOQl4s0Js0nLKkfoOKvMKnfCo5/KxSoniX46eXBO4U+W"
    "CJOchpPbEsYzkNFIwf9kFMRz0rHYM4SHzUjvxRwPYRxHbN9JygZrMDn3S0ISrPYfwYga9Q"
    "zMR4qYeyRmPghe0BoJYAn15SfwTUd/fgMr+EL4UNxWRdoHAa6BJK4IhwoIxzOFOgIeqJhf"
    "VdhxEFk8lFnpxBUl6VMn5Cn0BSFlqvDTNpY8Ic3+Q+qd+EUs92KwS7dJukiLTbUjSsZjZ1"
    "IxIp4TJ7btlFpQj4IzdYxylzNFY3hKPq0w5x9fD8UhKpMi7KJ21XDRJD82Afn0gGUkRoET"
    "uGCEWMR7Qjrt8+EHSZ5XGj9Ihb7h5BVpOjOIa/MMj1JnN9XP8z/PbZVXFNV4D2sfSQncI7"
    "J2snb1pHuVm4n2kuFQyIqMUg5HpT8glUgIpauF8mmfSD6mL50evrDEX03q0fyj0x6RBhr6"
    "A82M3bRSh08P5MDuU5WF+MdNOS8Z1Dzx5Q51S9SlPQGTunNFCHOcrSw3oWNBeSqxU2JQCi"
    "tf7PRFLQHQF7X4UoY1NtAv+Ot2PQ2CPeQZ9MpDhyz2Jlih1RRpY7ndHXX/3ek3wUw0xL+Q"
    "PJZb+Kj47WHw/NQEEJ8X65Vi6mP5adS6v28CDMB8no+zwFZaRLXnMaFSkGU4CqjM8zNMh9"
    "j4ico7LKKiP1MLqBYJ59n9iit9gr7PJFNIzYGEKDn3kYL7cICbaAjq6ZKJMEhLIDllUASV"
    "+/TtMulzbpiMOvGd3DJ5ag7zwKpg7hTJnSLzZcmNdYpkp2PkiS4PmejyNP6mgZnNMKyHZ3"
    "4i87q77LZb15+UFTKWGGASPos0zHeBGZSpvRu8G5vX09nl2LxE86uxWZ/Ob/CVWeP8PRY6"
    "wRsecOWtCsgxVwUGgqsqIPngXkVjTRIHQlt6/UkHY/Pq5gJi2ouzC9zP7OYqanE/5Yswrf"
    "D26qLjEba3c3fULN1R0yZmyj4lU2Z6tfNE8sP5BvnhnCE/YDQWirazw6+fPkOJzVr3aU0s"
    "v3b7d4Nfm/auMZYfB0+jJt07xvKo03po0h1kLLfao+7X7ui3pruXjOWHwV2nN7Eo6A48IX"
    "S7KNoOr4j2f2aKtRIiK53AfZFowVxsWDAX0QUj6hM6KXYo5+bRZahWcg6DwmqVuIYjfroX"
    "0xU7SdSixbalk9ADNNwBjhef4MUnCiyTR3eDA4D74HZUrJ0gKaqBLXCPUhPEk3jPShPRXG"
    "Mlmclh1wTcx55QeREUZYHomGqzlmEg/LmowlCZufeqm9RlKtSMtQDXmDP0NU8Si42+q9TZ"
    "DjiUn2g+uQ+iXCXhISIpoYF5SQBlgcaDzEUZSnZjsjMByx0RSFgQAEukIWbo9XGewtR0rR"
    "By5p69yXJ9F9d35ULfdfhEbFgGf1Wc6Z5OdvfouEtICuGdbFtYAhflHcT3MC1PjJZnDwV7"
    "tBTT2H2oPWI+1nkea4sHmegIf6PA4H3j9QkRwuz0Cme55gh8C2mvsJc9w12yqjfe/dzv3E"
    "26/SZwd/mxPOj3uiQGxpolY7nXaX3FP/G5/Ip/tW6fOv1RE2A+HckGvotXAr5pewWnNqYl"
    "cVI/j3dSP484qZMgcFPdM2op0kmBgpZaT9aw4iHSrVEdy3f0vuD0fHKXdBtfdsmUeC47RF"
    "Y6S1k9kaWsvsFSVo9aymzQyODvwBJEqTlPkGeewFYkpLXY+Im4jYHBDpzGEFZGVDdYbnxa"
    "sL0NDKhkutxqxMTgX7PstEOntd0UF9k4482pPVVvoSQpTB9V+041kbp96jXeqmwfLaHhum"
    "+CV8x5CZ/ANysd6TeSjYm8IphTH0+rYguwugfvrALUVs0XUrGaJDHVES1Y/T6qbz/mg2JS"
    "PFmpKr3h5ir3U6rc+Ql7DL7FWkApIPUIuOsOK2BJktLGK7kUfIImCVeSGAWQUjMpj3Y3BQ"
    "M3eZSSO6nylLm9R1SEQ4Sh1JlcSuB+Ml6Fah2TsSokQoXGppxdXhHl1wvmBqZrj6eYIsw9"
    "IKu2nIH7rwIBzUTBauVVnIOaFbJCU68DKKxERmL2Iz8rmY8A51k4zxKzaxUPZO57kYnvRf"
    "qcEKdIBZEhwEfQuJ/UdLibfUNFsmCfLWnsTo+d/l23/7kJbPqx3Hp8HA6+UuuTqmrKK6JJ"
    "8u6fn6wceXNTz0uKPPtAnkwZQXexm3eQiEtI0d2bIEQSmKY27kUIS2feO0rmGWdGpjftBS"
    "m5WS/PZj0efRe/xsocfceNuYc6o7jZMTOz42mUTw72DL2Tb1gSqJx80yFZaRSbgFTnI/lR"
    "zm7wv/NzSP8+o5oiZCVBIVcupmPz5vrmemzWz+u4TaOO6lWaTZqohhSZNCWRhzoNVmKXRT"
    "n2A7cXA/RXO6EKLlocPV0JE6592lv7ZK1FChGT007g6RjqI88yfuV22Oq3v0xaT0+dh9ve"
    "b00w1fBHLSdQ19FqKq3Hst2iPXh46I5GnY7bhKQ0Fw0DobH8eTh4fpw8dPDxTkTXhaaYqr"
    "Pox/Jjazj6bdLrtEfPQ0xOdwXMws8MU8O0oy+dh87kroWfjVfGCk3whjGWe937jtehJM6R"
    "fxM5fWISQzSkVLKYS5Dn6bCjFHaU/D10MqRC2CHgUm4SKRcf+bIAowDH17nxKHilm4C4c4"
    "hKNzNT00iBCNFAqxQHe5iMR50wok5sXiqC6pbQLT9hNlL+CQox5l2oT6TLwfvSLiPsIyuh"
    "FqdMA7yyE23sxI/btBmyBcp8TgK90tp+wmFig/t7+4LV31j+8tvtsEtKJa2nmpgTq48qQZ"
    "Y7XDyj5hJwRi0Jo/YqCkiZmBrDiSse4wBR6XD+IW3MEeagImhwbqTdZO6GrftRE1DauHps"
    "vS4NTxVJdGqnf0fukmwt+A7Br2sZo7XZEjfYbRM6eIyqpiiryUxSbFt4cAQ3psAIUfIkGD"
    "tksExl8A8ScYM/wyXaWYk78LRhWm6EzjNfS2XMncY5SMlHOc+jTM/O3eRTPsKFGGGHGdph"
    "kEOkfJzzPM4aWok7LuYQKR/nfI/zTNF2HecAKR/nPI8zdwKMHeYSOwGaqrDjqAcp+ajnZd"
    "QZiz2S0JrXCNhfS7HB5ZPXCDhkjYB4h0+f0GHn0N4zR7s/s3hJ4A6sexrvvCdG4TDrMuKk"
    "LhVD2ROnR9JHaQFSJGlffMqVRCFdNQSfOV+UTWPTmhzIaKTgf7Yj+uB1VUgxio1pGid9Gw"
    "CWk76HTRInfV/rBJkhLPf46ylE5N/p2disz+v1JnV/V5HmeNSzEj2kId3uOM895LP0kF/a"
    "tSGTOiI47Uvog3D4RAJUc8TIKLgplYBHwyHeCrGhqOKMce7EOz17FNzpOSDoH8LpGd/CQJ"
    "O3TDUmITI+MAcfGJIwgDEkI/Q95vh0CUqwCW3SeXX+NdoMtqvy6g36n53m4REIgu0oFVN5"
    "0QSJuBdN1IuGa3njoS6vljc3Af6FlwIiut40QegJUgE4Mv7xEwGcdCiOlgZgr9D+vmKQnL"
    "QMpYF9p5pIZyB7jZMUmRTlD7hTYFEBQ6ESv53f8Z0Tgu96MFaB7TOhVa1SOU7GxyoYm9fX"
    "jfrYrE8bDUbm6+M+KkksfyAlIdlteTA/TyVZXJBPf76WnFl9wd+RRu/jtC9hNgGerKF4yR"
    "qmisAQXuMBdtqXQFuQQWSawz9EAN7miQi5F2L+RFbuhVh+TUWcF+JeMvXhpD/LTYMh/Ln+"
    "GwlkP9Vtu130c/OrUaJPQEfaKxKASSQukqvflBcm0nXyDCyrvSBGlrYd++D243wJZXRkUv"
    "FiDsFheIXTghvgFS6TsAqX8ZzCZTQVA8Qdp8DWaV9CNrdWrycRI+r1eDmC3AvFOyuyQbIt"
    "UaBS4BymKyHeh5/MuvhXmipbTnPuq81QL7yJAmtniAXTbc/RZKC5ROJiyeDVY+H0CDierD"
    "QSUHWcPBPvqB5J6XQIR9HQmKqkwNTFOUJUXHMbnwOFC+9lF97zYAbJ3RDzOgKFdSDITt1E"
    "ol5Y2iY7GiaJsslpmkDXRNqSZP2k4jUQZVockuQyAyTV10fw5C91rYMXhFSScXENDHxFRD"
    "p4R95rhH+s3wMoW/WvafVsllLquA/j2qt8aa9oAGBKVtVPU0LB/yg5LxU1tVO4j4Q7hAe4"
    "qEM4hIv6xKqvGx2SjdkVA3Q8t2KK3IoYOS/OIT3qQVqOfDrkFZVlpNiGuUOVIdrO4VpYsP"
    "E8JW+dYqP3KPKxz5PHlmaf59qMeLanvNoMK/3xLoPuJ+RORnl2MuIaK66xKpXGyud9amlX"
    "GAxbitQst7STEqEddIG21E37QeSqqsqE0rEVnxZgMdpPF80EKlDDbbtVBzpaIqCZsky85W"
    "aKKRukrimtS0qbkF+Qai4/AVHGjNsKyXggATSUlTgjj4lqOg/TJUOf+XvF0e1aPVlRUlzD"
    "eSINpxJjio/PkhhniP9x2YOgy5gpp3EVcdvzSn6Rshh4n0jHvvoo+OTczrs6G/GejGvJkt"
    "yFuVbfpMqVkRXLigiPy5MKZSa74b+fjONQbZJkTAcpo04snx+I5RPzCLKMZh5rYAXWNsEf"
    "iihjvmBs1s5vakBCc+MjGLwiTYKqDqBGYrQ1/H3gbYlki9FgJpE79sOSxXj7xRcvcjhdmP"
    "etuPhRmJabWu3i4qp2dtG4rl9eXdWvz9wNLHpr00522/1MNrOqX5eSvLh7DjUgxeMgCxBm"
    "X7ij2Y+qtXXtoJINEJZQDV8mnayOkLxL7S+PjA9wrgeYsBw7DLCPjBtV8ja+OYnhbSumpq"
    "MKg9O372zk8SUENaLLw5PObZzAtdJqTZhsCek6HtdPQNEWoP/c62FeGsqYqwYLSZlCyWn6"
    "TjdVPDmFlSi/rwL8Ggi8irpoBelSb0ncwU860M2poSHEcrHM5qFJOH6vyK9dwIFndMo2eJ"
    "gncjlymJBurlZQY4QIxad+9ZGUIBRr0+l0jOSvPCN13vyfBNGYLMk5wuDa0ExcQSnWASpA"
    "Gh4di/aj3UfRlPkbBuKu0+4+tHrvGtVayN3PH/cdxBmaguioFpNOfD9NPqZ+qVz/POYmer"
    "p2ZHMV0f4HTwGXOsNDQNDg3EiJf+Vu2LofNQGlHcuPz7e97tOXzl3TywY6lgma3a/kolOe"
    "N8yXJjqha0kO6Fr8+VyLJqB4RdrE1Bhmmk3ZJ3xEJTiiM8i45jizTtfp9JoROh4xzbDjOu"
    "tsB81ImJarR/KmHuHe5MkWVXm9yXnhhbKNOmOxn7y8bs627TJW180ZxEkddA5SXHemrFRM"
    "yY5CTuM0bWnj2253Bdy1EnmY27r5/cDq0U7KCpGqKWTDPQhGj76+yogV1HW8tREv8j3hej"
    "JMYd1yeyvPthdS3uCvnAhwfQi07iCP8EhlhfXt7rH22OAJkNgyO5kF6bYZaePhYsZeWI5Y"
    "FYomNQTz6ItTGjjtwd5NZA7RllB8Kq64FJWS13idp1hBTnPuLMkOsiFbZTpVrZ+Go8ode0"
    "8VL+4cwHuHizsdFQzg5NHivqnFjryJ7gkHANZzpyspsIGdME8hTfeSqS+HtMJ9hcFX+28n"
    "Y6nnhCIRG13pCmilKgaSZ2ug0Wc4Ac9vmmigD1O0xMMKaI9NAHEbPBjIvgDeRGMJjKWoA1"
    "EA+F8ZvZIiJaoqkTbGmzhjeDpm88gDp5SMNzszz4Ad7c0lrNoRLwRY1yZpI4fDZDyAmKfq"
    "LrthKud1tnpIWCCtIxsaMwOI/3ayA0yiFMlOMBIiS1zmaC/AKmA8Nhv1eQNYrorWkSEaOt"
    "AxBzBDn0hhZMJjVe0LpCry/D1YwRek4z9VugbAQoN40uBTxj6tDHZ0bnaP3qLYsjokf+Eu"
    "I/qtUKlmKmZzr/5MlV5cE3LA0jQ7OC6f2GP5NPpCx2n5KoXTsreTJOWBPYoSBqAcvlCzBV"
    "c6jVOAhnuSsDLsztNMWbt5Cedr4zLBfG1cxs5XcisIrYyZkDTYOu1L54R9lCIA6cW00opn"
    "BRHHUjkFc996ruLgKg7ucc1HfUePa26fPdQOyu2z2dhnT6WFpU7FTAWs426cSPfqNk6QKc"
    "Vq3QQrJIgQvBNMjXpeTnRimyOKT4t3fk9qx5EtiuRVDrUieUrQdxXNiOrTaUO24fesLCnH"
    "f2CSDCkBW7KO/uS61Gx1qQTy5KjarbmlMMxG80Qzx04084I/jQ3w9lwDDm2esa587d51Bk"
    "3wKgpIGcut57su/kWMYuTXcNRt9zoku4AhYrTG8t2g/fzQ6ZO8BMrMdAIVTp9wwDsgUmwr"
    "QSLOZTJ9K/EpnTaRQ4CodDrEoyRymCpCqmRWTvsSoJt1Jiuueoqf6MVUQnDV04846klUTz"
    "zg4lBMwQbVE/dgz8SDncdn7xSfbRhope4bnP1PU/yrZfVUWqB4IDsPZD9BILsH6Z94kcWD"
    "OZDRSMH/JFusJZp1O1kR3G091prg3/gTWxUm/qNnu3nhEWl2jSMAZcFV/c+QZohzGu6DOW"
    "bwDkqSpb4n3tS6iS9hNlAknVRJySRDXJiKqYO5Rv4mvtderoGohSGjZ25x5raNMDxLwUmz"
    "FDhjPlmxdukNBa3ClKWxPGRS2spfqc9aUyy17L2kwNh6iH6yEPhzQlc0+Dd5eA+eb3sd8D"
    "jstLtPXTthsitE05vUSOk6fg87rV4IZ2ebSolzkIzjvBXnnOU9yScLU0DFUVRfKEHdmEwR"
    "ZJdF2rCmwoR8VW1dVVw3G39sc90s181u54HD6S3ToRqg4ajyFEPchTVfOqDqfimGPI/QPY"
    "EtXdrbMLCBnZDnbsqJ5euYTtcDbdGzdZxPyCAltJk6U1azaiLFKcnyrftJkmhNP5DCkfqb"
    "aMyWSP8EVKThaQkloEH5hTg7izpQ5nNgymTCAigDWkMSGKYmEydqEKMYPVC3B07NxPWc+z"
    "pTLzHjbY8hQ8+pKHgyyjGe1SHSENhTTHusXcm9kq3AejsY9AIS0m037DT2/HDbGb47D+Vb"
    "iHKFXG6Nn/LllVuzLiBSvr1sr6xXW2qNOGbihIxXykoj+RqLpMxXTKERNue1FzdFTe8M9s"
    "kxySfglxwvgO180ojUx6a/MAtDyEgaSmhbfD+Bb3iEdFoY5RtYKpJAw8agrL9hrqcK3pbi"
    "bGknn8TPfkX0to40csGUof6ChCgPlc0jOX+VL/5Khbo+WUHtJQW2AZrstD+NokSuuSslim"
    "l8Zd0AUT5K65aqqjRnaH9EhjYnJoPCHyEHYmvjtLUpOdvddbWF4GkTaGoPy9Y67t8x3K3P"
    "OzwhkzuBPpKDlkuKZDsI2As85HjOg2zVdDNFYxgL4rMeOO258ZDlWogZbMSYphvVnR5Rho"
    "rO03hcHVDPaUuwaTh1H0k++HTy2NLw6TyEOX6bKSafniSEOSd8+qkHmLv25BRV7trDXXvy"
    "C2xagTEzD5RwvCxDwGSE1CYQMmGQYKs9ZYiwWKohAbwbm/X5rG7VQ6GJ+Eh9kw+mSu5cXz"
    "fcOzQIFsxxA1L9y5q6n4BAfmDey4uYI1043iQ/6SS+bi5qK8gO4DvdayQu0OLl8o+WacEL"
    "zTDpiHhLmQvamQraxcrZViGz2lRTyiaVYeefz91h564JNHvBjOWH1i+d58cm8PV48sxsvB"
    "hJKYuR5A5lnlmzYJk1BXzUpldgeFQ8fjI/NsWossJjg3Y5hT3qDM9hFcmC7Qab5iB+7PTv"
    "uv3PTWDTkySp/U6T8p87HcHJ1tqGpRZZafhNdllqHhlfa3lea3Sg0tZ4ChCVII1oBoWebI"
    "Fxl5pAUUpeFYhXBeJ2DWtxnCIQvORL6TTGopKDym1Fh0KV24qytxVlH62cs+1g/2Bl/Aag"
    "/9zrndoIV1Bg421wHrAnNMKRNKxx1jc7RWsCs5ubGTaZ1a3tJqZciZIk6gijKOgkNtu2ZF"
    "Xt8CIrnaUygxLAnTdp8NAU6oiEIJFa89Ia6OZKp80MRRVnYAV1A2nrqIkto2cmy5FJXg6D"
    "FbWkBbY38rQKbvK79VfVv0q5eS1T85o9taPiWYyiAbIqlQRksuKe0SwEiUwVYhydOZtwJj"
    "rNObvIUhLwrK4nzurKM7cdY15z985joMpF9kOhykV27t6ZX2B55rYfLXPbiMibFYa8bt2o"
    "JhLWDbftVkF9ICOAZENbE+GXCML2m9mCrwG/K7KyWlO31fM6HJtXEJ05f1/fzC6rAF+7PG"
    "vgX9MpvtaYNsjf17M6uWO1q1/Ma/hH7azWYFTPPs0r8HQk+ZK/6f8RWOMt/U77wxj5Twvt"
    "0X0pNYbpeYMbpcayNxdXkDwY2y3qE7yZiq+MiboxQDdAl2GMrjOJCxujy10n4ud2uVwn9k"
    "ozcjj2qzXDnKGMOSoRT0qm3STUYiNDhiFR8cqPEGzlyloyEHXdxDzQ2LypI4S5GaF2AQQ0"
    "E3US1wP6NN8aEvDKEUgAkMW/Ck0AwUzRNGTFiYs6/i2jN4AvKJoAVAXPHpISFxpANKKcWH"
    "aP5dxXvrgv3Zz+gUcvDQPmI+HBAcmCA1YI6iYrW0o8yj6SEqJcTwJyPR7jegRifCoydUsj"
    "9D1mi/AoSgHwJj6g869RgAWIZO1w2YDeoP/ZaR5O5RE2m9B9X09rOAlQHcktr3g7tF/WIA"
    "cx8aw29bSqfiYtV/lvRDl1AmwWKXcv5TLcDxquI6MFJCqOCZYNVulWEouU71aMpXTyJP0l"
    "wHODwZeZej+17Wzf5Pv52JN2Tb8/xBvJsNseVeI3hwNg3Lf769rdlRRj1sYYg3a8uswbBf"
    "ypKzUmPfmtTXv/yxBJ7txlo99x+ikR9H8fU6vYFrWZKUGtwtAnuveqWzWJM3/T7TpEMDYb"
    "ZzTT0PkU/3tzdk5sozVYBzqSDWAoJG0QXsY/6UA3p4aGEEMjuGMnXL+XL/0eT/xx7DDqqS"
    "IwHMjj1U5O+1Lgm7XSiStHuOSe2wlfNMmdS5VcqsyLxLNVqkwi52hohvAr7inlOIz50Oqt"
    "RKBnIus4sG0QeXzIJpR8JpqPJIEERHxkgE3TBG9LhbiYWhXrSNFgehsCp/cqjfh8WyJG/t"
    "Y9+2IGjbpfZc14hx0Jx4xySSlLSYmfhodlItMz6Jwt34wo2WkwQmkdpkNkpUuOdhRfkl2E"
    "Hx8Zl3xyLfmEDuCkvitBKr5HbZeB/JrrfUPTfF0VDOTEwWnBCZZaEjome39nGushNKzPjH"
    "D2vrvbmXoBN55oXutEsWpkuLWfdLDQ8Glm1akem9fz+Rn+9+xyhtlwVdEM4pBsBaU6MWWE"
    "RfcVSnAuq1BDslEFCp5zAMHZkh2elslTmTKC1bM9E+hrTLickAc5ITgWyfGN0PHzg8XjUp"
    "TiS15swjb7YhcZeqUnckpPkUWb7mhsjLcnNHeJ8wx15fNgcNcEC0URxvJ9qzvs/TaxLs2h"
    "qEnriXWn9bUzbH3u4D38Fb/0Ao3lx8Fg2ASqomjhMyHRUB285gg3x2zjrEohlARO/KSHip"
    "+GHyjbBRILsAOII5TjdTsrGMhJBZLA9MqfOGLBHyeOuIOTSBzxWicwL+gI76wG1NZYNCDZ"
    "7T4gWQgIBs7fdTS7sYUEWtFtKepENmCZGQ7SJ1OU8BTVVtpJLj6cUHzguRN5NrRCoJrWzB"
    "Aiy7NkkBtDA36cYRc0Teo+6CMpBcRZexDq5nQlGruJU2FaLlDlWqDiFv2jilLcvy1z/zZq"
    "M9nTvS1oqikJ3Ef1bPPCnhiiZiAmaoukiQJtEwXy1KfTG5KT5xz/e4XgmfU3wA+SxBm0yo"
    "B7Jie4wJjoBoBu6p4q/UtAApiugWjotgmKHfBzzIfxwKB8yaH8cDyw4Ypmk2HszdsS0GRc"
    "F7ZMrPwPXJS39fg4HHzt3DXJ7qwpr0gYy8POPzrtEbmmIZKhCwk72a8Obmqci9KuMVssUr"
    "79MLYfC6j0Iq2fjouzuRZnbd5qt4XEJuZpi6IryUFqhwrjAUpeZDzPi4ldXzyeVytRafGs"
    "2TRHOky/Yfmo+KG/XSHnQHYArVw02XHBoE6qlwtNs1z5OJAkR/E+Dr671a2ap3TuDVigIH"
    "ut7ngZEL9nGZBcRD/pQHnDE4HW5Jg16lai6PdV8CYaS4Be8flHXJsN5QXJejBtNEvldLwH"
    "bVc3/V7xJVfiZTczL/uR+wO4RJoSIuUxFCX/eBr048VClm5EEGcG+D8gifrRzt/Kf89N2c"
    "onPzVFyRDx+ibP+58T8EMEoM2DEcY9xKqSDsKDYe11u8UQMEg5Z8TUxtpApQ+WDRGWgOE/"
    "uhcL90//EUTm9Pl9eVrfVPLbgXKkDjHDj99btGS3kmdK3SdB6vFlt1cRvVViZTd6t5pAdn"
    "MbbpXdRm6Q6U9EqCKEVtSqLWBhaerqqnFhSVM/E7/yM/vH+yaAsxlSSXSqhpsbpiZbwhYh"
    "JobKbeJcxs/mEl4OdrPqBgnvNPFMOdOZH8M6wdbxxfO0fppSiM/HNlgXo5ZQaQwE1lmxo0"
    "AcJeWsJlMgtoFK7ffFoOQbM8+Zy4VgLgRzITiThVNYIThQrYUhBoeruWwRhCPFZJJljnLr"
    "8EoI6KJhBhzZMbZzcWFq9C6RRs/nY/PmqlEbmw10RspfXNTr7NxQB+qXO8bnS2w9dcWM04"
    "J7/HoZ/jeLoBwvYYXIuJi1Q+2MCd4r8f4Zhf1WUSQE5ZiNw08Xwn2KCY8FvDPvs4X+djDo"
    "BaC/7YaxfX647QzfndNxwI1E67DlIsEPJBJEGNgk4ZuOHm7PAM7S+uYdNYiTIRAwOFK22L"
    "CFL03OjrYs5zbLLEKcWprgTSMZBWQSMUn4RnLxJ5rPp0od4ATrBjSclKIK5jynSFLecE/g"
    "nVXTCAi46XuGg93RH5fECEP9+HzaIzvwCrf73ReEJeBuyIbGrTTZsrvxqTa3h9AVIeFm5e"
    "559FsTkCRfY3nUevoFDx/UX8by43Bw2+s8NIkTKn6jVXj1nMb0cGrp49TKpePLH9Z2RJiA"
    "NDAHqUqJdSKoNyAdBhrLDYIJJZpfL73IESDNUOpwrxRW7HBPUqbQESNd+2g2iRvFs/NswJ"
    "xID2GRDdK4gjQ7g4+kBEqJY/uKOpEbEw39aYoaSpXmm0lcOtAvEp16FxtOvYvoqYe/i6Rw"
    "UbTJC2LsxvGYRwhLh/fhJ7mumBqepRSiFFCHyEoH9EWyeb1hWscAzRIMb8VFrGwYICuRM8"
    "NNrXZxcVU7u2hc1y+vrurXZ660GL21SWy87X4mfEVgHKKMRgHzrygqklNO9srgsdNvAkJJ"
    "Uqw8DoZ2ihUaKEIKCLTbnUd6zXJitVKxjJ6Hfasd8WbNSyoWR7G8Uw4JNnGJ1g93BuKa/z"
    "TOQKYq7DjMQUo+zLkeZqIkT7dT+ii4zxdjfwybBBLCGibj2G73p3NCtQ/qT9c7Yvx3Dvzp"
    "fMs3xp+OOZkPAPOPkg05tJD3yYlM+fA9TerBXColAZ3h/38QmJxoxLLAlJ3XAd02t3odOJ"
    "vrFq8DZ2NP5gSL1xqNyvQ/iFr/aQkhYuUnlWY+gW+vSCM+Kt/AQlPedPC2xKNMIi/tvDzE"
    "DWCmkEZgtoTyAuls59gjP4/XOcoD21EFvM5RFuyyvUZSwOmjyA7R84LAyZVgXAmWC16kFN"
    "oRrgT7IYaZ14s4qpqGqw/SqA8OoTgg0sWe8nCpg0yDpl48DaFhaqwskmkQe3L6KRNQx1Qg"
    "eIAx9AYBNLeoC/RA2ySRClRJh4V4/B34UJCQsEArJNM8TiRp09i8RPMp+bfReE9CDIhQb8"
    "sd5Kddlhh3QMR+ZnDC4Z/A1Av41LmB6q+OkMQVBadUFPAivodDmRfxPYG3H+G0UyVXdglO"
    "kVzZUDRDEXX00VqLHzX7zIbSxxh2EyhTUk0KQAOcfb+az69nN8Ll+ZVwVpqMzAXRrxVo+y"
    "Hcxm4llv2EXCWQa5UA94vhvhsnl76qqX03TpMLaQSllwpDhqPXq1vFN8Nplqhq8BWCDSxD"
    "zc6ux2bjQiCFfM9vakBDM0UTmuBtqQDSIRKsLLv4Nw0Sf1uKs6UVDP62XFcBlAUaJT5XJE"
    "l5+2CqAOqEaK5o7ALCGT2Xp0zKlwhHx5Rh7d0QtexScBEjgYhB4UoXFu5ScIATAFyMjL8n"
    "4kuPUpGIbu0TU02DeYCoBOFxWYNunb0T1kSPDw0PEO0ZG16gWc8KDs+J30jeUOSOI3mYsI"
    "VTH3CPgqMqD7hHQTYeBcdUGrQ0Q7RWZkRv4NyqblIduGbVCfQ1T6RCaFw1zsE7RQMQqHhX"
    "XeEeq/j1iHkInL23Usph/E1qsLXV4VUgyt5FLPKjGD3BITtnmnyddva+JRrczntqJYE7DM"
    "mh9ZPwLZ/BKVlLJgWiHgHHk4En/k4kpVGzuASlUAKE0rXUkqRrqcWna6mFtSxLBAX8/FTG"
    "cj8NL0Z8cNO3gb4zpKx4FYzTvhTzPWv9i8OVpBN7QlR8494u+/jZvz0FoDtfVwUDOanwE5"
    "pgAQmo3Xpqt+46pxKAXPQZEpB/ZJKIQP5JkSxo1udrSgqRLkzLVeojaAEZvQFTlRQoOBVf"
    "dPx2gGbjBbqpYkqEe7RqwZiaRmUWGbGDZY/0HG4mzZcElL/czmUrLaPMJnEi0YbyqAGqEp"
    "iVwknkkmWR25RGjpHbWTfToexRcISTICyh15SiqENQOnyPkIV4Pke0pFHqRNlRyh85XXbe"
    "M4BGzrfK2Ly6mJ6NzevryxnRQ5/d4H/rl9cpZ3Kl/TwcdvqjJojrkOQA/dp9IilAx2ZdmN"
    "fG5uUcIdxwCms0kWin1fPfraObOSadNmphHjHJGrlOsESuY1fIdXiBvIqOu+iugxvsIcM9"
    "CSN53sBDUZ+fnaUd1cfn2163TcfE7WMsY86uM+y3etb16/rYvDlD13kYpWLELRQlL4idFj"
    "ptzFSIrHTHb61eT8Kq1+vxrDq5x8R6CfXlDlg7ZKXDunGZAOrGZSzS5FYQ6DeoyWl17n4a"
    "rnM/uM7d0udQX7AUW3eIimccYqSVzdijaDucxVNfcTe8JFDjDxQGsrSuuLkyiuCWZ89Gns"
    "7phxp1hjNmNL+LY0mgDsqp9lAWKT+ctpooA7Bla6fMGdBJzZSsiRawVeIXAf3nXi9Z/ifb"
    "I3LfYsyeX2XBdrOTpDO6R0ggPVUY9lz3XnWTPXeqGJO5v+VWS+7YFK4vBPzv7FL42fcDAW"
    "JylRGAsv6GtKoVkwrxNdVKiAGsGK+ozfYgPXLrbL6ss/hxRDtG1zvzBNxQAjJKmp1Gu6iK"
    "CfyFOtsfOB5oP00pPNDChq5klq5Npq6Ircvai6Iox/v4eRQl0K9l7eO3RJI6NxmW240Fj3"
    "1UGdY6Po0d8YCljuPCtuN3kFOEbWdmJj/C7jETDXqspdIfB4i4AvnwCuTU0cc8VT1XHGeG"
    "ZrEUx5kiXUwNYpzeOKLeOo2T+LNscaxI+KcjHzDUC4xW1W2KBtOlmfhFjyQRtE576pmN+w"
    "KECE8EJAASy0qqIJE7rnv6hynUEYDCSsQkCrDqdbGiZw/XMddA5EsDwSXibHha/J1ajF9b"
    "LMha1m5s2cgM52dJfZc3Oi8nzqf1Qwpmh9ed4cfNRQHZBqGQ5UhSYFwOogBZCOc5oTsW0m"
    "cfz44E9SaH5cHzba8DHoeddvepa8thLs9EbwYVDMNOqxdFugBa4RJNbS7bctk2x2higUmR"
    "XhEDz436XT/Z0RS8EVzdeVtYBS9XJXBVQqYJt5AmzpYVVr4t6051k8oAem22aQjix5lL5f"
    "mSymODbOI5v/gomzLI5EeJByGLKgXCdvMSonuUYGL8RIOZDmWDDc8jyd6CdxrD9MFsdSc9"
    "zP7+f1Zbxwg="
)
