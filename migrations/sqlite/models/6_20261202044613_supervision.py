from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
CREATE INDEX IF NOT EXISTS "idx_supervision_user_id_cb4561" ON "supervision_team_member" ("user_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "supervision_check";
        DROP TABLE IF EXISTS "supervision_team_member";
        DROP TABLE IF EXISTS "supervision_observer";
        DROP TABLE IF EXISTS "supervision_team";
        DROP TABLE IF EXISTS "supervision_finding";
        DROP TABLE IF EXISTS "supervision_inspection";
        DROP TABLE IF EXISTS "supervision_round";"""


MODELS_STATE = (
    "eJztfWt34ji29l/R4stUrUNVJyQkKepdZy1CSBWnCWSAVE9PM8slbBE8MbLbl6Toc+a/v5"
    "LvFxlsLsa49KUq2NoyPJKlvZ990f/WlqqEFOPjA1rOkF5rgf+tYbhE5I/YnTqoQU0LrtML"
    "JpwpTtOgzcwwdSia5OocKgYilyRkiLqsmbKKads2eIS6uQKODHin6oC0l19lw3wPNB19kJ"
    "eaqptIArMVgBio+jOA0lLGH2n/kiqSB8j4efeuLCz/aSHBVJ+RubB/+x//IpdlLKEfyKAf"
    "/6gRCUGWaGsblX/RBtqLMJeRIkXAchrZ1wVzpdnXeti8txvS7z0TRFWxljhorK3MhYr91j"
    "I26dVnhJEOyXcm10zdogBiS1FcpD1Mne8eNHG+dEhGQnNoKXQYqLTzBYJrNUEYDCfCuDsR"
    "hFpiiDyJENTuJVHFdHjJVzXsX/9Mv8KHxvnl9eXNxdXlDWlif03/yvV/nEcHwDiCNjyDSe"
    "0/9n1oQqeFjXoAqv1/AtbOAupsXL32MWTJV44j6+G4DlrvQoBtMKOLAHcJfwgKws/mgnxs"
    "nq1B8lt71PnaHr1rnr2nD1TJC+i8lwP3TsO+RcEOwNUIRLnQ9QX2A+9xZ24E3EYWcBvp4D"
    "YS4BomNC2DjW4XW0sb4R75ShCLKIF0IF3cTK7NSQe1fHDX7p/6fdIZkZzix9Hwtj3pDQft"
    "0e8tsvqqM0ibQX01xe3OpPetN560/PU5vpYfZ5g01TAZo/Q/4+Eg5R3wBGIDI8miCf4PKO"
    "4vO8gA/b+5hUUKKZhZsmLK2PhIn/ffOQct8zuyBmwKEO15aRh/KmGQ3z20/xHHv9Mf3tqQ"
    "EeyedbsXu4Pb2GD8W5UxkgRoJgfkjmDJHpCIUHxQiJQpL9FH+keGYXEXoLJsAGvwv2tPuj"
    "H0ZEOw3y3Gkn6rqgqCOEUXCcvFAJwRwUNNZ2+1Lxa42+GwH5m4t71JbLo+Pdx2R+/O7VlM"
    "GskmCisrAeCijigkqfOVzjw25FHJdZOW/nGKqgv5gdIQKyt3nNcMyKT30B1P2g+PkVGh85"
    "veadhXV7Gr765iS4zfCfitN/kK6Efwz+GgG191/HaTf9bod4KWqQpYfROgFFJAvKseapFR"
    "tzRpy1GPSvJRL8uoexiFht399sGoB2ZgRgsvENhs5Z3C0O7B0KOm8/yFaecRtJLY3qs6kp"
    "/xr2iVUJZjmLpExVB/hlj+y9Y6TxDj/3hzyLsarEg6fPMph9DUIhCQH46cDWpE5vio1yFI"
    "U6BnUHx5g7okpCBuIP1VFpGgqfbjkyqDK3//6wgpPqJs3MdOX49qtrldTi0rAXvk/V8isi"
    "jjZ7J2mwhLdBruiFnb7gid4jKfCTBRtXQDkUZLjUxQ8oQd8erY/XX87qqKm4KkZ4dI3R6r"
    "vt1HF5v6qrowGQb54Zqu0k1+x7nVtzt7DPVVRcj+tOS/7PVrqe264P+ddNV2eqoqWoZpSS"
    "sBGgbRQJZo9y2Sdtf2e6s2ahJc7QOuO1ip5YtqZWpDDWljET0teitkbxrrtoMhRhOV/LMZ"
    "0ie3n4ooZxS7ZWMZQ3MJMXy2vyXtjgqzTAOGjzNuOqR7OtV4ywz+Tky6AeocmAtkuyBNHa"
    "GP4LsGzcV3IBv29SUZE12GimwgCdA7YFr75fyXy18+/TKtAYtenas6MKwZlQZkdHQZGSyX"
    "6IGfxvCa/lHToO4ua4GbNORH5V5T7jU9imPv/CyLy4i0SvUZ2feixO8L+WnbevY82TJjXe"
    "sMHx56k0m32wLEgFvKRNVDU/ylO+iO2n3hdtQedL62gPNlFWGmk1+6mGLvuvf5y2j49Eia"
    "6aqllcPbR5kTG/EtBy8sX6Bjdmo1z6+vptYlkq7yOmi/DL91R4OH7mDSAlPr6voC2r1dTD"
    "G51B09jnrjLr1zOT87p084h1M8eiLDTC82zz+JVKh5PsV0TjwNepPf6Y3rTxeI3L4gveFx"
    "5+tw6DSfXZFveXXTIM0H3d+Ebmc4GD7YApeocUluNWdnU3zX/SZQmtYWmZ+d0Y6kc6+7x6"
    "fbfq8j9AbjSW/yRN3JjvzNzP16pF2zSb/wpTTFw8nX7sj5qhGEci8TmVaJNYtEfKrp6NlV"
    "ELKuwoFEgVPrUK7jAlZhqrXkwddrfyh0ExpE7Zdi0G00m1kWymYzfaWk96LoSkhjwZuqm/"
    "nti3N3nJVaPeOOee6YL6F2fJouWu6Y/xlHPYtj3iEe8vnmIzJb7VclY8kO7J0PyJ1iHfQl"
    "Qzmrfz4yvXZw0TtJDTsy6UHyxomtWdm8zAtZkQjau2FUzWkZ3RyNnWdSxRwIYXTQqywhsn"
    "KR11DZNbCj6/Z1T7qq6mtnWBoN+TGIzmTK4gva1Ts6sTup6OQqFqGTnE/k95A+doRoZHdS"
    "VYiOGK93kni5AXs7a0+oypPKCdLbS2ReRRfvOflyu0+je6eXqk4jGRsaEvcQ5NnzO6o+VI"
    "KJ4HJveE1IZ1XFTJ3RzW9n+2XodlMlmLaMKaNOfUpRGMj0trddw8uIDd1xeh0HnVZwQ1AQ"
    "1DHNBHCxWzMpc4HXd/sdh7qtCHw5Q/VGaK4jYzFRXxAzVC9yv74uVE93Wgqm33RzrB4Gsm"
    "FYSAKuMLCFP4KeCd5U/cUAKrHtwbvvNEROgOb3958BJG01Ba5ozB10YudUjMjFVyJqANk0"
    "wNtCVRD4PodLWVl9j0coFPPUKX6HyPK3cvp2AgShCWhI8gcZv/8IfkWaCWRsxwfS2LIZNB"
    "AwVKcZBCMkyQaYKxb5eqpOHmSYUDdpmOAzMW8BVs0F+TkZC6vkCgi8lZ9/lpjAT43GxcV1"
    "4+zi6qZ5eX3dvDnzufzkrXWk/m3vC+X162G3zObIwX+bcp6QCrd55cqBXDQyBFRcNFLjKe"
    "itqEvaeQfzYBtIFBawcsL4OsvnFr7fiGAFXb+n6+pNevjRD00m3W0xylHJYoa5yNerSqPs"
    "6ji5gziMfb7G5dStKzG+joa6zRBHJfkol3mUqcM5X1ROSIKXzNgclMPOC8wdkpPRq182cL"
    "PG4oQmVSQSp9Med9p33XWBOLm4tZwch406g9vwRiOd0yB3BG/os6QeUoQoCwBFUbWwCd5R"
    "YfpU8F9Ag4bxpurSe2rPQ/Ab6lBLnzYA71QNYVl6/zl81QBLuAIzMuTAVImAE6DESkEs6K"
    "l75hl+FpLhYImH3ijnsXPDMltZuvFNvEQ8wtVlBjv36jLVzqW34kkvzssjLKCRM/slJrgX"
    "rI+9xR4+D8ZZkfIgHUjw6bxpOpNfqeaENyRSvSm8f4R1Vdk63dWTLXeucm/S+2d30AKibM"
    "p/ITzFD12aJ9RyFYUpJqbM/X0LkB85n0/xcPRFaN899IgETee1q8GTNk+P3ZF72Y5utK/H"
    "NZtMq9Des5Yl2aCOHiHvzhqXq1xa6f5LovNUvYJT9RRomIKiPst4Cz4oIcwpoTJTQjwtM3"
    "1dO80EvSxpmUVXzi3ZC7zvZHJHqcmHaERmL6CePIuxhlg9Si3iks3arPTqXkoRR8K0dk0C"
    "iQWHndg+kCPQM74kJHHz4g8zztjMmaKlWgyyztTIGhiZrOQbgMFTvx+brDvx+21Lkk2nAC"
    "+D5Q/dra/l+mk7AfkNN9L9vy1UIMkSeKPcuamS/2VxAXQkqrpUJ58QBhBLYK6rS/pJRx9B"
    "W9MQlj6oRPdIEvl76I+HAp5oKCCZaKou5HfjJuQOpMWdmsYRVuIcjNKpuXXIFk/KFcTm7J"
    "84g34qUQ6ID1yDrUrsvQlp6LeDUQ6QY2JlZpdLE9/qYpbPVRIRqtx6sf/5XD6q4pQ3OQmZ"
    "UFaSaKafrRhIlONwRfrYyhyuKGt5lg6nNV8zNvtXEfmRRt6VOSrFYd4I82n5DgpdtqvlOk"
    "gQs8cJ0IxUcWJQOPEqT+kkTqS2VCYaJ33oebxjueId/cTizBq5J8BTJjeaPOmnLLCxPYWT"
    "FbYEd//l6elilDeeKCxTRZAzEVDnaxio8yQFRZ5o0kobeTmSuFwV8T7EoQCG/BcD59SNzm"
    "vOE44YBryxgI3mVZ5ZG0hUcL4eIpi/XCdYVC1239IUFUrE9puttnBkpUjzpYKxVPhYbVN8"
    "PyJaweC+E7HIM8VwFk2Rl20sqxh7VjaMCwg+OyR15JZqZpBGQRHndTXLRFOeyyJ0akQGEh"
    "lyfSOywJEFNB0NSWC2Aoa6pPW8LJ2WEoP0zDQJoal1MxMvgVOBGZiqBFd1ADGAhoEMg9bz"
    "A29OZTqg0DND37PSfYt7MPPwUadr31ZyP5KpET+G9I/QnCEvkWkZNdLiD+/vugf/SpDIQ8"
    "iG9C/OpxXJp8UGMrPZERWroHp8kcVUvki3lC+ShrL/kiSAXhdjFxGr0o5eSLRd+FAAM1/w"
    "ly9QwdndyMQENdYwQQ0GE2Qtl1BnlNyboB9pkzsQqYBLdp3Z0f3HJGJxJAIMfKujPxx88Z"
    "rHow5igPubaHJOb841DqQLhJ6GKrulivOkHD92B3e9wZcWcOWneNTtTHr3v9sXXRXCvt5p"
    "9/u37c6vLSBCRaH6JbnWH467d+SKohpImuL242O33bdFiVqIoOJ9o6PHT9IEYtWAjBiebG"
    "Mali9xrn6t9/DQvesR87oF5OUSSTL5RvSY4vYdGRZyUUJQIqNCrnX/8dhv0xxx9ENTYFkS"
    "xGXDzvFmbeUbkpZ9sQJzlv0rJ5u0TJ0zxBQTltB4YaG+3q0TlazARnPo6X1asT+cWqxvRy"
    "2+Ij1keecc6YQwH+xSD3aMZ8k52klpPtylHm779ZS3WsNjorzER5nHmVo51GNKDJ1ttuuE"
    "NB/tMo826UpVXrcs5RwR5eNc5nF2mIptXuiwIB/jMo+x/UJa7HzZdMY0KlUBW7Zo0lQ2BJ"
    "VoOESRzU/ehAQ5fZODvnFxEwwTPufywSQEKzDhDx1oTr4VVLakb+KyfAcp8w7iOC8ETUev"
    "wjpfEHus2dKVe8EOUOTCAY4MJP3a+REPBCsH9gHSZlRFUd8sbS3cmx1jjG7K7B8btye98X"
    "2POi0NaMoGpWOm+LY97nVaYAYNWZzip0GolYX9drVSvCQ+4LN8Z/BFxfgLkv0Fyb/bx0T5"
    "Zl/mzd7SpC2VuqhkBXn7E03IZwx74vDrQCEnbXJFwDIkeXVfhmnK0yt2xpOnVxSUXpG2Mh"
    "QPcclWhawIMxbFLJVpUyY3ekX0+Qnw85RPdjJUurSnCs1sRvXkfaf7OJCl5vz4iGZN/EG+"
    "wMa8nyFG5FdCbMh29o2qA6yaCJA/oZuK0wJvC9Wp11u3a/nSf1cfwYA8RQdIkskI1wG2Pz"
    "mzT0pm+RzuMZur2vxRc57gviReZg9PzCkqMaeMlVSPmrCwd4JCV5dbsKYxscoRFPsHmuy0"
    "+WGOCHGQN3PSJa8dfnI2zQkXDzdWhomWpz2T81bKikpVbsHY/7l7DmC52Y+4GF8ukssF1d"
    "KTkKaH9HjtKzBriw7m4RWvS1XxmucNbfVmlNsnkXRFRaiBjBtHRIYz55uZ86AQzY7MblAD"
    "58QAzkrqRqZWhM7ttMed9l33WHWJuq9QsWx2sUMu1JhFrSMt6uvLWnttCSRStsLWtTagbY"
    "E6BxBoKsHwI6COUmAuENAhltQlkCUgG8Ageh2SPts3DDK/iO2tI3qDnj221Cwya5xTx+wG"
    "iKzXJqsu0YGfxstxl4ul1HMewrDP0xdKVIr7/CpLVE98yw5F9VzFzTPyq1FKFQg2tL5ABa"
    "yIQ9u+6IcmE3Vom/joiCQPmCqzlqqjV/Vly1S5sCQf5XKPsqZA0akZnGuLTwpyLotReMW1"
    "y/Oim5Dj4KaDy+mSqoR0pp2xFKlBTw2jfG9TWIRzJ5u5ExuvPVAnY6S/yiJ6VE8T5awESn"
    "h6lYk/GerPHXVJCxOPkWk6vzRBoSQb1TOzKLaYYITkNhMqNBDr+W8GEBcqmRqU67BPZXc7"
    "M8CzCjRrpsjiZyCbtL6gIiODHuUuk5uGNTN1hICFFWQYAAJFfUM67RGQb2HYbdQ3zGBWCn"
    "ssp1jKRbFoKhnUlByqzXlvgXSBvMBCJd8TKkpOfqD2ddi/E9r9fgt4PUzx49Ntvzf+KjwN"
    "7vvtL19orps9z42FYOG5Ap+fy5Lx5qXZ5FWVE3JcVWYdd8Kzn6qlKmfJfjp6cs7J7ywJJT"
    "mPJrchjWeI0UQl/xSUxHPUsdgxhYetSO+kHI9gmkbs3smqBuswu/ZLUxKc9h/BxHbqmUSP"
    "lIn2SN18ELygFZLAAhqLz+C7gf78DpbwheqhpK2G9A8SXAFFXlINFVCNZwYNBAJQib6qsv"
    "Mgingo86QT35S0nyrQp9hfENpKFXna2iNPaLN/0fNOwiaWfzHapd8kX6bFurMjKqZjF3Ji"
    "RLomTn3bOVnQQIIrdYzjLkVVZ0RKjpdE808/D8UTqhIRdtG4vvLRpB/WATl+IDYS44AT+M"
    "xIsUiPhPTalyMOkj6vMnGQqv0NhVekG8wkrvUzPCld3FQ/L/88dymvJKrpEdYhkQqERxQd"
    "ZO3zpDsdN5PspcChwCpGOYejNhjSk0iopM9ChdgnWo/pa7dPLizIr6bn0fxPtzOhDXT0by"
    "Sa27FS+y8P5MEeospi+uO6mpcMaV74cotzS7SFOwGzhnMlBEtcraw0qWNReypzUGLUCqte"
    "7vRFIwPQF430owwbbKBfyK/bdjeI9lBm0GsPXfqyt8ASLWdIn+JOb9L7Z3fQAqJsyn8hPM"
    "VtslX8/jB8GrcAJPvFaqlaxhSPJ+37+xYgAMznUzy8HXdH32g/6sxAOlHuyrE/uERGklFP"
    "SZ+CLGdShEYvz9DtYzOgNHjcbEV/5jZaHRGux4fJLENAP0TFknJrJTFJrpHk0Eg84AQdQS"
    "NfgRGGaAWsqQIORuVxfttM+pI7K5OBfUf3Vh5b69wzPcwDJXmgZLm8u6mBkuwSjbz45T6L"
    "Xx4nBjUysxnO9vjMz+Ry91+7zR73sbpE5oIATFNqkU70LiBCbPvAwbupdTMTL6fWJZpfT6"
    "3mbP6JXBGvzt8TQxS8kQFX3+qAbnN1YCK4rANaI+5VNle0mCB0Ldq/GWBqXX+6gET24uyC"
    "9CN+uk564Y/5RZieefftsscj7oPnIapFhqjmLdZUfJmmwri280z2w/ka++GcYT8QNJ5Vfe"
    "sg4LB8gRab897ndbv81hvcDX9ruavGFD8Ox5OWvXZM8aTbfmjZK8gUtzuT3rfe5PeWv5ZM"
    "8cPwrtsXHAl7BRao3DZE2/7J6fDPzPGuxMQqZ3BfZHphLta8MBfJF0Y2BHtSbHHEWyBXIK"
    "3kbQYnyypxhiN9up9meHaWTEZHbctnoUdkeFAcP5CCH0hxwjZ5cjXYA7gPfkentRJkRTWy"
    "BO5w/ASNLt7x9Ilk/bGKzOR4uALpY0eogqyKqkB0SNqsbZqI/FxUY1Bm/r36OrpMg7q5ku"
    "CKaIah5lnys9EPzQ7AA57kZ7vG3AcZ12nKiEyP1SC6JIBYsnNE5jKGituYrkzACVEECjEE"
    "wALpiJmOfZinMJmuJULe3HMXWc53cb6rFHzX/ouzERv8VfWmez7bPZDjISE5jHe6bBELXM"
    "ZbmO9xWV4srcwRCu5oqZa5/VAHwnysyzzWjg4iGIj8Romh+6bzCQnB4niFs1JrBKEXaadU"
    "mB1TYIo6g7z3ZdC9E3qDFvBX+SkeDvo9mhfjzJIp7nfb38hHsi+/kk/t23F3MGkBoqcjbJ"
    "K75E0gN92o4NzOtCyB6+fpgevnicB1mhhuaTtmMiU6OaFEpvbYGVYyRIYzqlN8Z9+XvJ6P"
    "HpLu4ss+RiVdy46JVc5T1szkKWuu8ZQ1k54yFzQ6+FuoBElprhOUWSdwiYS8HpuwEPcxMN"
    "SB4zjCqojqGs9NiAXb2cGAKsbl1hMuhvA7yy5FdFzfzekim+a8OXak6i1UFJUZo+reqWei"
    "22dB441k+2QBTT98E7wSzUv6DL47JUq/0wpN9CuCuR3j6ZziApzuwTvnUGrnHBh6ijUtbG"
    "og+xDr90m+/ZAPSin75JSvDIabU+7HpNz5DnsIvcV5gXJAGgjw0B1WwpKi5M1X8iX4BM2S"
    "rqQwDkXKraQ8ut2cGLjZs5T8SVWmau59ShGOEIHSYGopkfvZdBWbdcymqtAMFTs35ezymp"
    "JfL0QbmK0CnWKGiPaAnPPmTNJ/HUhIlCWnVXAKHdSdlBW7HDuA0lJmFGs/8LOyxQhwnYXr"
    "LCmr1umBzGMvCom9yF8T4hilIAoE+ACM+1Fdh9v5NzSEJXdvyeN3euwO7nqDLy3gyk9x+/"
    "FxNPxme580TVdfkV047/5p7NTNm1tGWcrmuRuyMGMk3aUu3lEhbiElV2+KEC1qmtu5lxCs"
    "nHvvIJVnvBmZ37UXleRuvTK79Xj2Xfo7VuXsO+7M3dcexd2Ohbkdj0M+edgzeKfQsGSgnE"
    "LTIdtxKa4APbGP1kc5+0T+nZ9D++8zmylCThEUeuViNrU+3Xy6mVrN8yZpc9VEzbpdYZpS"
    "QyqmTWnmoWEnK7GPSjn0AzcfEBg+AcUmuOwD0/Mda8LZp53ZJ+ddtCFiatoZIh1jfZTZxq"
    "/djtqDzlehPR53H277v7fATCc/aiFAw0DLmbKaYrdFZ/jw0JtMul2/CS1zLpsmQlP8ZTR8"
    "ehQeumR7p6brs65amvfST/FjezT5Xeh3O5OnERG3VwWiwoumpRPZydfuQ1e4a5NnkzdjiQ"
    "SyYExxv3ffDTpU5DkKLyLHL0xiyqaSyxbzBco8Hba0wg5Sv8eeDLkQ9gS4lZvFyiVbPpZg"
    "EuD0s28CCX76TcTc2cfpN6Kl6/TQCNlEyxwbe1yMZ50wsk5cXSqB6obUrbBgMVb+EQ5nLL"
    "tRn4nLIevSNiMcEqsgi1OlAV66hTa20sdd2QLVAnU+p4leeX0/8TSx4f29e8Hpb4q//n47"
    "6tHjk1YzXS6J10dTICscLl1R8wW4opZFUXuVJaQKls4I4krHOCJUOZx/Sh9zQjmoSTqcm3"
    "kXmbtR+37SArZs2hlt/Z6dnirT7NTu4I7epdVayB2KX89xRuvigjTYbhHae46qrqpLQVRU"
    "1xceHcG1JTBikrwIxhYVLHM5/KNC3OHPCIn23sQtdNq4LHdCl1mvtW3MrcY5KslHucyjbO"
    "+d29mnfIRPYoQ9ZWiLQY6J8nEu8zjraClv+TLHRPk4l3ucRVXfdpwjonycyzzOPAgwdZgr"
    "HARoadKWox6V5KNellFnvOyJgtb8jIDdWYo1IZ/8jIB9nhGQHvAZMjrcGto71mgPVxavCN"
    "yR997Od94Ro3iadRVx0haqqe6I0yPto7IAqYqyKz7VKqKQ7zSEkDtfxpa57p0cYjRRyT+b"
    "EX0IujpJM4qNaZ4gfRcAVpB+gE2WIP1Q6wyVIZzw+JsZRPTf2dnUas6bzZYd/q4h3YuoZx"
    "V6yCO6OXCeR8gXGSG/cM+GzBqI4LWvYAzC/gsJ2MwRo6LgulICgQyHeCPEpqrJImPfSQ96"
    "DiR40HPE0N9H0DO5RYCm3zLXmMTE+MDsfWBowQDGkEzQj5Tt0xeowCK0jvPq/mOyHmyf8u"
    "oPB1+85vERiILtkYq5omiiQjyKJhlFw1nedKiry/KWJsH/5K2ABNebJwk9QykAz8Y/fCGA"
    "ow7FwcoA7JTaP1BNWpOWQRq4d+qZOAMcNM5yyKSMP5BOgSMFTNW2+N36ju+8FHw/grEO3J"
    "gJve4cleNVfKyDqXVzc9WcWs3Z1RWj8vVhH5Ullz9SkpCutjyZn5eSPF2Qj7+/VlxZfSG/"
    "Iw/v47WvYDUBXqzh9Io1zFSJYbymA+y1rwBbUEBmmqc/JADeFIkIeRRi+UxWHoVYfaYiLQ"
    "pxJ5t6f9afE6bBMP78+I0Mtp/mt91s+vn11Wyhz8BA+iuSgEUtLlqr38LPFjIM+gxiq70g"
    "RpW2Lfvg/uNyGWX2yOTSxTyB/egKxwU3oitcZlEVLtM1hctkKQZIOs6Brde+gmpuo9nMYk"
    "Y0m+l2BL0Xy3dWsUmrLdlA5cA5LldBvPc/mQ35rzynbHnNeaw2g154kyXWypAKpt+eo8lA"
    "c4Hk5wVDV0+FMxDgeLLKSEDNC/LMvKIGIpXjEA7C0FiaosLch3PEpDhzm14DhRvvVTfey+"
    "AGKd0Q83METjaAoDi6iWa9sNgmNxsmC9nkNc3ANdG2tFg/PfEayNg+HJLWMgO01NdHMA4f"
    "dW2AF4Q0WnFxBUxyRUYGeEe/14R8WL0HEDvnX9unZ7NIqcM+jLNX5WKv7ATAnKpqWKaChv"
    "9Bal6qWu6g8JAIDwiPaFH7CAiXDcE5Xzc5JGurK0bkeG3FHLUVCXJBnkN+1KOyHPl8yKsa"
    "y0mxCXNPqkC0vc31ZMEm85R+6xwLfSBRjnWePrYy6zxnM9LVnuqyGU75420GPSzIg4zKHG"
    "TEGSvOWFWKsQpFnzrsCkNhy1Ga5dbupEJoR0OgHbppN4h8qqpKKB2a+HQAS2E/fTQzUKCm"
    "33YjBzpZIKBbGNNoOVG1sEnPNbXPJbWb0E/QZi4/AxkTxW2JMBlIAE11KYv0MUmmcz9dMv"
    "jMP2oet+v05GRJcYbzSAynmuKKT6+SmOaI/3nVg2jImIXzhIr47flJfoljMcg6kU99DUnw"
    "yblZd/UW4h0V14oVuYtrraFJVSonK7EVERmXsQYxU90I38+mcWiuSDalgx6jTj2fH6jnk+"
    "gIGCMxUA2cxNoW+LcqY6IXTK3G+acGUNDc/AiGr0hXoGYAqNMcbZ38PvC2QNhRNJhF5A79"
    "sGw53mHzJcgczpfmfSs//yxKy6dG4+LiunF2cXXTvLy+bt6c+QtY8ta6ley294UuZvUwl5"
    "L9cPcSMiCnp0GeQJr9yW3NYVSdpWsLSjYiWEEavkqcrIEQ3ubsr0CMD3CpB5iqHFsMcEiM"
    "O1XKNr4lyeHtqJZuoBpD03fvrNXxFQR1yuWRSec3zhBa6bSmSraCDIOM62eg6s9g8NTvE1"
    "0aYqJVg2dFnUHFa/rOsDQyOaWljN/XAfkaCLzKhuwk6drRkqSDvxnAsGamjhArxLKYh2bR"
    "+INDft0DHHhFp2KTh3khlwOnCRnWcgl1RopQeunXkEgFUrHW7U6HKP7KK1KXLf5Jkk1hQf"
    "cRhtaGRHkJldQAqIhofHQc2Y9uH6dG5q8ZiLtup/fQ7r+7qjdi4X7hvO8oztCSZI9azDrx"
    "wzLlmPqVCv0LlJvk7trF1jLB/kd3AV+6wE1A0uHczIl/7W7Uvp+0gC07xY9Pt/3e+Gv3rh"
    "VUA51iimbvG73oHc8b10sz7dCNLBt0I31/biQLULwiXbB0hptmXfWJkFAFtugCKq55wayz"
    "VT5eMyHHM6YZflzvPduCGYnLcnqkbPQIjybP9lJVN5qcH7xQtVFnvOxHP163ZMt2FU/XLR"
    "nEWQN09nK4rqguNSLJzkLOEzTtsPEdv7sTXLUyRZi73PxuYPXtTqoKkaardMHdC0aPob6q"
    "iBU0DLK00SjyHeEam5a0avu9VWfZi5E35FcKElztA607yDM8cnlhQ6t7qj82ugNk9swKYl"
    "Ruk5M2HS5m7oUTiFWz0bQdwTz74pgOTnewtzOZY7IVNJ9O11xKWskr8p7neIO85jxYkp1k"
    "Q5fKfFRtWIajygN7j5Uv7m3AO6eLex2dGMDZs8VDU4udeZNcE/YAbBBOV1FgIythmVKa7h"
    "XLWIzsE+5rDL06fDubSj2nEpnU6FpPQktNNREWV0C3n+ElPL/psok+zNCCDCuwe2wBSNqQ"
    "wUDuBfAmmwtgLmQDyBIg/2L0Sg8p0TSFtjHfZJER6VjMI/dcUjLd7czcA7b0N1fw1I50I8"
    "C5JuTNHI6L8QRiXqq76o6pkp+z1UfSM9K72NSZFUDCt7NtYIotkW0HoymyNGTO7gU4BxhP"
    "ravm/Ao4oYrOliGbBjCIBiCiz/RgZKpj1d0L9FTk+XuwhC/IIH9q9jsAnnVIJg3ZZdzdym"
    "Rn5xb36A3EltMh/Yt0meC3Ykc122Y2j+ovlPTiTMgej6bZInD5yBHLx+ELvaDl6xxBy8FK"
    "klUHDiQqmICy/4OaHbjyMU4RGR5JwqqwO88zZd3mFZyvV5cZ5uvVZep8pbei0GKihOTB1m"
    "tfuSDsgxwCkN9Mq6x5diLmWK6gYB5bzykOTnHwiGs+6ltGXHP/7L5WUO6fLcY/eywW1g4q"
    "ZhKwXrhxJu7Vb5yhUorTugWWSJIheCdZuh15KRjUN0eJT0d3fk/PjqNLFK2rHGtF65SgHx"
    "oSKfXptaHL8HtWlZTDPzBLhZSIL9lAf3IutVgulUKeHVW3NfcUxtVoXmjm0IVmXshPYwO8"
    "udaAJ1tmrGvfenfdYQu8yhJSp7j9dNcjn6hTjH4aTXqdfpdWFzBlgtYU3w07Tw/dAa1LoI"
    "qWl6hw/IIDwQaRY1mJCnEtkxlbSXbpvIUcIkKV4xAPUshhpkq5ill57SuAbtGVrDj1lD7R"
    "T5OE4NTTzzjqWagnnnCxL6VgDfXEI9gLiWDn+dlb5WebJlpquyZn/92S/2o7PVUWKJ7Izh"
    "PZj5DIHkD6J3nJ0sEcYjRRyT/ZXtYKzbqtvAj+sp7qTQgv/Jm9CkJ469nsXnhEunvGEYBY"
    "8ql/EemmPLfTfYjGDN5BRXHoexpNbVjkElEDZdpJnR6ZZMrPlmoZYK7Tv2nsdVBrIOlhKO"
    "iZG4K5XScMr1Jw1CoF3pgLS9YqveZAq7hkZTwPhRxtFT6pz3mnWLTsvaLC1PMQw2Ix8OdU"
    "7tTgXxfhPXy67XfB46jb6Y17bsFk34i2b9pOSj/we9Rt92M4e8tUTpyjYhznjTiXrO5JOV"
    "WYEySOknyhAg1TmCHIPhZpzTsVF+Rv1ca3inOz6ds252Y5N7tZB46Xt8yHakSGo8pLDPEQ"
    "1nJxQPXdSgwFEaE7Alu5srdxYCMrIa/dVBLP1yGDrof6c9/lOMfIpEdoMzlTVrN6JuKUVv"
    "k2wiJZWNMP9OBI4002xQUyPgMN6WRaQgXoEL/QYGfZAOp8DixMJyyAGNhnSALT0jENogYp"
    "xOieut1zaSbOc+4aTL0girc7hgyeU1XJZMQpkdUx0RjYMyJ7qFXJv1KswXo7HPYjFtJtLx"
    "409vRw2x29O4/VW0hqhdxuTZ/y1bVbiz5ApHpr2U5VrzacNeK5iTMqXjlPGinXWGRVvlIO"
    "GmFrXjtpU7brnaE+eS75DPqSFwWwWU+a0POx7U9EhaFitAwldD2+n8F3MkKGfTDKd7BQFc"
    "lOG4PYeCNaTx28LWRx4RafJM9+RfZtA+n0goWh8YKkpA5VzCO5flUu/UqDhiEsof6SA9uI"
    "THHsz9WpZK75b0oS0/STdSNC5That1KnSnOF9mdUaEviMjj5LWRPam0aW5tTs92eqz0JnT"
    "YDU7tftdYL/07RbkPR4RmVXAGGRPZ6XFKi2kHEXxAgx2seFEvTiarOcBakVz3w2nPnISu0"
    "kCjYiDFN19KdgVCBROdxIq72yHO6FmweTT0kUg49nT62Mno6T2FOX2ZOU0/PksJcEj392A"
    "PMQ3tKiioP7eGhPeUFNq/BWFgESjxflmFgMlJqMxiZMCqw0Z8yQsQs1ZEE3k2t5lxsOueh"
    "2IX46PkmHyyN3rm5ufLv2EmwYE4a0NO/nKn7GUj0A9G9gow52oUXTfI3g+bXzWV9CdkJfM"
    "f7GpkPaAlq+SePaSEvmmnZIxK8ytzQLtTQPq2abTU6qy0tp21SG3X//tQbde9aQHdfmCl+"
    "aP/afXpsgVCPR6/Mxg8jqeRhJKVDmVfWPLHKmhLZavMTGIEUz58sj08xSVYEatA2u3AgXe"
    "A+rCEsuWGweTbix+7grjf40gKuPC2SOui2bP1zqy0427u25lVLvGnkm2zzqgVi/F0r87tm"
    "D1TeM54iQhUoI1rAQU+uwbjNmUBJSX4qED8ViPs1nJfjGIngFX+VjuMsqjio3Fe0L1S5r6"
    "h4X1Hx2colWw52T1Ym3wAMnvr9YzvhThTYdB9cAOwRnXC0DGua980t0ZrB7eZXhs3mdev4"
    "hSmXsqLIBiIoSgbNzXY9WXU3vcgpZ6mKUAGk85adPDSDBqIpSPSseWUFDGtp2M1MVZNFsI"
    "SGifRV0sVW0DOz1cikX46AlfSkRZY3+rQaafKH81c9/JZy91qh7jV3aifNsxSiAbJOKonY"
    "ZKe7R7MQpDZVTHH05mzGmeg15+oiiyTgVV2PXNWVV247xLzm4Z2HQJWb7PtClZvsPLyzvM"
    "Dyym0/W+W2CbU3awx73blRz2Ssm37bjYb6ECOAsKmvqPFLDWH3m7mGrwl/qFhdruyw1fMm"
    "nFrXEJ15f998Ei/rgFy7PLsin2Yzcu1qdkX/vhGb9I7Trnkxb5APjbPGFeP07ON8BV6OpF"
    "z2t/1/AtZ0T7/Xfj9O/uNCe/BYSp3hel4TRqmz/M2na0juTe2WDYEspvIrY6KuTdCNyBWY"
    "o+tN4pPN0eWhE+lzu1qhEzuVGdmf+nUvO9GSDAXMu7VWBTMsDemvskGP+ZmHBDbqYW2g6S"
    "rpZAnmqoUlAE077UfVnz/TGrWyAXQkemd9LXTVel4AUxZfkGmAd7QldXPoVPS97bcQFdUg"
    "TWcrAInkB3GBxJek6lXYU7PU8wgK+rmBstwDUqgGxpMDDh1qGf5mCZwn6EfKBI6JVSCsdd"
    "1m5R53n15awt+r+sPBF695vN5EFHj0KksIsxK20ot9hGXKUe2jUlX5TjCVQtUQzgl/bfjY"
    "HbQAlZxiAs2YpjY6u+QU3/XGD72xfUmSjaXsVfE5fm6Fjug3JnhbOI/lGBfjFiTDgpwr8P"
    "k5d42nqCAvaJ/DiLT103y+srAIDxlm5ZFSGyAfphEZDmoSVJ46WuV0NnXm1ETPecpCVIq/"
    "Nukc4WwlWEZefNnCHGZOxf6ky5Rjm2wzymFBvhWVeYxlbGjI5hbyLZYJOR5Fxlgoj36SUg"
    "XwXBOVF0zCJMS545x6kc5ODOissU6J1zYS7zQiy8mo15nU4pN4D/Dueg7ViQCcchJVgGy6"
    "LzO08VJfGSv035W7/3WEFJjiA4i6KDu0qwrhnWRz9oPTiHZVJZwK8Iw7cyvdPe7PvWw+ct"
    "FvnsFD7nmUaSTg1YVEYwAvLq/fU3czDRt01zlVNzyKnZbGdDhpJNXBm2wuAAS0OsxHMLAP"
    "LEOSbLJORDvws3jsYdk835zO3LseTAwW+v0SiKbHEwQSFQwo2L+Tjl0bKz2MoEJlsYqOH7"
    "C3gq05RqYwXzIYHGOAVN5wcIZoBeZ5dAlpZllCmulLSDNZ+81FbQu6LyLJSd1SE34SMqGs"
    "JIc4PfgpkChH6FOlDjpyA4Pz7SJRIc4UbmYKQ/HXO/JYodDvE4M4K4UVnV1lSoiMcDXpvI"
    "PP5WTjHXS/eaYMSTcKXrR5JSfg3Tkj3cWtBWTTALJEI+YpPeAYh38zgFOSnt5551anp1ML"
    "TEOk7LSWkhNZxEM5E8GZiMqbFQ4pt4WSGxHkOm6pdVyuVHGliitVGZWqkN+boVJFveLZFK"
    "qoWz5TvqMCMVldQSBJtRtDXdr5h4aj6ojqcimbJkJUrbFmpo4QeEeVHR1iSV0CiQDupClq"
    "uipZoky+Gpjr5M53AyHpO0O1KvTJWfIe/Se5E8U+rIvnPvLD1fa4ttU6w2/d0aRFpvUr0s"
    "0pHj92O712vwXoKyBDZYpH7cHd8KHlzu8pHt6OuyMi1AJeEHL8VTqO24OnqR46TdUQieIr"
    "5I5ji4txdYphi7h7j8AKX0uvNhuV2rHobMmsvTXwMWrO0r01idy6+qieRIUs44IroxqQnj"
    "UrGPJfjHU3HfeoVIXg318aHdSfbeaGEc+W7puJSpXDP1Op1HSeUcQzikq7J54cMRc3b7O+"
    "RzExrk2yNhAElzmdBYEEX5M2sp3+JNwD3/mTJEPE39sMySZ0Tu4B4IC2nLgdntZczopw6B"
    "XeId/EJaf3k0lRofl80CSK2BRdy717kzgb/+69Q1mY9zC1PbWur68uptbVNWpOrUt0Tv6+"
    "vmDnRGSW41EF5WK3j1tb+dgqQoyPzkZIr2Okk2G03JLhlgy3ZLjifQKKdxbdMHCM76ge5s"
    "qvPxF1PLIkOCff7IgS1fQqd0bQQfXooeeRZmjQw5C3OpvuHPZvZ9Gf/TNFCJb2CSQN8vdM"
    "mpN/L5s3QMavNNPXqYLtv5WfyYffENG5TEB5YSAqUF46gbs6ElVdcnKGneRi2gERlRBLDS"
    "/68Vyb59p8aZabQ2fEVT4QaPDYEe66j0+T34m4JhJBzTJXU9x5fOx0hIcuLaraAqKmiaLg"
    "7G5T/Ph02+91hFH3sQU0a6bIoqAjLb40ZTK/mlmsr2a68dWMDxjBK1eSude+ctmhB7Fsnb"
    "1AoHtBHpBjYpU7o+n8KgvUcVs1hPRVYhrndjTv27tcgT0zgHNmF3DOz8eE5XgRwzKTMU6c"
    "Ya7AmZAIj5qJjPM+omb44Wj8cDS+0HHWuexqAmedS8U6H5ImDBGrDKIwSrtmd7MLwcHwWd"
    "hCp7WTVEbFW+BtodadVLG3hSwuADHBoW4uETZptcFrJF7a/17b5xojSE80vhHP3MOL6/ZB"
    "e5Sno2ND9lUARfvAHXINmuSDaYC5qoOFvGSRh0f+Nlny4TzDhqfAcVqxMHAPTCsGL1UeiK"
    "NSFQR6/2ddS5a5ygWx275AOpAsoI3zM8dbUxQ1uO8kzOPTVceexycfyV26leGwuv2xgozL"
    "BvOuUcZHrlzR1k3ZWZ8S+rx3a60y/0LMbAVJz0iAoeaZnP5X11fn4B1RZiHQdIIO6bFOvp"
    "6tT5+9d1Rqgr9lq86vSKcGQx3IOLio6hLS2S79fXbOULL/qHntXIpCtn/Zv7gj/4gatz8M"
    "2aENi/BVn7GPOq9MDkQDAY4nA0/yOxGjcmy6Qu0LVNBcuWhk0KMvGql6NL0VhXeBYEoWTr"
    "obKyzD/Vh792OZ6AfDSE8vq++1r8R8X+c4OURhfU8ryWf6xKT4wr3Z/AmrfzuaQHehrk4M"
    "5KzGT2yClckA8tFnWEDhkcliAoUnRbZCyK7l4dgjOnq2nNj2j6ANMHoDlqao0K5STF0CBv"
    "l2wK6+BWwfioFIj46zwNJ122bBjAjnAz6HhzKXywIqXy2348UUHqSUG/kSQppJtIYUj0jx"
    "SNlMkbKGYeVDOZDgCGdBWEGvOU1RT6By+O7fQYnmc2RH4QleFcFkQBkb5aTkT12f0ISmxT"
    "Dns2WQBNKF7W81Wrdhdja1bm4uRcpDn30i/zYv87oma52n0ag7mLRAWodTPOp+6427d7RJ"
    "U5o3ptblHCHScAYb9OZjt90P322iT3MiOrtqxHXELO/ITYZX5Cb1DbmJvyA0AGgmK3Kae3"
    "nz4EZ7KNTh3Dy/IkPRnJ+d5R1VJ/XHHhO/jykmml13NKDlg+n1m+bU+nSGbsowSo7dkENV"
    "D0kUxyOcl1pfD61mzvExeUODYmKV234bzSxpbKRVuqreTCSyuaAtoLHYAmtPrHJYX11mgP"
    "rqMhVpeisK9BvUcV7OPSzDOfe9c+4On2NXTc2xdMekeFgR4+ijvEXcdyzfvhnO06OveMZN"
    "FqjJD5SGWFnV/Copp5CB487GtQk4liZtOepRST7qZRl1Rt5VorKP70mwS3nnOwiDIco3p4"
    "0uyghsxfopSwZ0Vjcla6JFfJXki4DBU7+freyXGxG5YzWrUBjmia1mRylldY+QRHuqMfy5"
    "/r36On/uTDWFebjlRk/u1JJuLiTyr3gp/RL6gAB1uWIEIDbekF53akJBcs0WhQog672h4q"
    "TPdi89cu9subyz5HGUHbPfd+YOmM5KMESLY7RPlZggv9BgxwOnAx2WqUQEWtzRlc3Ttc7V"
    "lfB1OWtREuX0GL9AogL8WtExfgukaHOL4bldWxYkJFVgUZDj+BH3WBTE2U7zrCCBRAXmdg"
    "GrhyibMKU0bjp/HBHiBPL+CWSej8qJ4/KieVrEcaFInyaDmMYbJ+it4wSJP2FHY0XS3z37"
    "gEEvMFrVNxENli8jhE2PLBm0Xns7Mpv0BagQmQhIAjSXlZaJoXf88PQPM2ggAKWlTERUoK"
    "NXGb2xsmf31zFnIMrFQHCLuBidlvxOPVfZFF+gcjbD+VnW2OW1wcsJiLlhdlDujDxuLkvI"
    "dQjFPEeKClOrJIbFYjjPqdyhkD77eHYgqNcFLA+fbvtd8DjqdnrjnmuH+TqTfTNKMIy67X"
    "4S6RNghSs0tblty23bEqNJDCZVeUUMPNfyu2GxgxG8CVz9eXuyBC+nEjiVUGjBLaTL4qLG"
    "qrfl3Kmvowxg0GYTQ5A+ztwqL5dVnppkk675pWfZVMEmP0g+CH2pciDsNq8guoc5slfFJr"
    "McyhofXiBSvAfvOI7pvfnqjrqZ/ef/A5GJr1o="
)
