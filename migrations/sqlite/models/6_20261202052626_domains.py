from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
        ;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "project_dependency";
        DROP TABLE IF EXISTS "project_milestone";
        DROP TABLE IF EXISTS "project_note";
        DROP TABLE IF EXISTS "supervision_check";
        DROP TABLE IF EXISTS "supervision_finding";
        DROP TABLE IF EXISTS "supervision_team_member";
        DROP TABLE IF EXISTS "supervision_team";
        DROP TABLE IF EXISTS "project";
        DROP TABLE IF EXISTS "brand_profile";
        DROP TABLE IF EXISTS "project_indicator";
        DROP TABLE IF EXISTS "supervision_round";
        DROP TABLE IF EXISTS "supervision_inspection";
        DROP TABLE IF EXISTS "supervision_observer";"""


MODELS_STATE = (
    "eJztfWlz4kj651fJ4M24YqkaGxvsojY2AttUNf/B4AFcPT3NhJxIiVFbSGoddtG78903U/"
    "eRghSHEKp8U2WkfFLSL6/nfv5vbalJSDE/PaDlDBm1Nvi/NRUuEf4jcacOalDXw+vkggVn"
    "its0bDMzLQOKFr46h4qJ8CUJmaIh65asqaRtBzxCw1oBlwacaQbA7eU32bQ+AN1AH+Wlrh"
    "kWksBsBaAKNOMFQGkpq59I/5Im4gfI6svuXdmq/KeNBEt7QdbC+fbf/4Mvy6qEfiCT/Py9"
    "hikEWSKtHVT+Qxror8JcRooUA8tt5FwXrJXuXOup1lenIXnvmSBqir1Uw8b6ylpoatBaVi"
    "1y9QWpyID4nfE1y7AJgKqtKB7SPqbuu4dN3JeO0EhoDm2FDAOhdl8gvFYThMFwIoy7E0Go"
    "pYbIp4hA7V0SNZUML35V0/n6F/IKHxsXV9dXN5etqxvcxHnN4Mr1f91Hh8C4hA48g0ntv8"
    "59aEG3hYN6CKrzfwrWuwU06Lj67RPI4ldOIuvjuA5a/0KIbTijiwB3CX8IClJfrAX+2Txf"
    "g+T3zujul87orHn+gTxQwwvQXZcD707DuUXADsHVMUS50A0I9gPvcWduDNwGC7iNbHAbKX"
    "BNC1q2SUe3q9pLB+EefiWoiiiFdEhd3EyuzXEHtXxw174+9fu4M0w5VR9Hw9vOpDccdEa/"
    "tfHuq80gaQaN1VTt3E1633vjSTvYn5N7+XGGSddMizJK/zMeDjLWgE+QGBhJFi3w/4Difd"
    "lBBuh/z21VJJCCmS0rlqyan8jz/k/OQWNeI2vAJgCRnpem+acSBfnsofOvJP53/eGtAxnG"
    "7sVwenE6uE0Mxh+arCJJgFZ6QO4xlvQBiRElBwVTWfISfSJ/MAyLtwGV5QBYg/99Z9JNoC"
    "ebgrO2KFv6raYpCKoZvEiULgHgDBMeajr7u32xwN0Oh/3YxL3tTRLT9enhtjs6u3BmMW4k"
    "WyjKrISAiwYikGTOVzLz6JDHKddNWvLHKbIu+AOloaqsvHFeMyCT3kN3POk8PMZGhcxvcq"
    "fhXF0lrp61EltM0An4tTf5BZCf4N/DQTe56wTtJv+ukXeCtqUJqvYuQCnCgPhXfdRio27r"
    "0pajHqfko16WUfcxigy79/bhqIdiIKOEFxJslvJOYWj3IOgR0Xn+SpXzMFppbL9qBpJf1H"
    "+gVYpZTmDqKSqGxgtU5b8crvMEMf6vP4f8q+GOZMD3QOUQmVoYAvzhyD2gRniOj3p3GGkC"
    "9AyKr+/QkIQMxE1kvMkiEnTNeXyaZfDov/5jhJQAUTruY7evR41tbpeTy0rBHlv/S4Q3Zf"
    "UF790WUiUyDXfErON0hE5xm2cCTNRsw0S40VLHExQ/YUe87pz+7oLuqoqbgqQXV5G6PVZ9"
    "p4+uahmr6sJkmvjDdUMjh/yOc6vvdPYY6auKkP1py385+9dS33XD/yfuquP2VFW0TMuWVg"
    "I0TcyBLNHuRyTprhP0Vm3UJLjaB1z3sFLbF+HKtIYW4cZifFr8VkTeNNcdB0MVTTT8z2ZI"
    "n7x+KsKcEeyWjWUCzSVU4YvzlqQ7QkwTDSg2zqTokG3p1JItGeydKu4GaHNgLZBjgrQMhD"
    "6BZx1ai2cgm871JR4TQ4aKbCIJkDtgWvv7xd+v/v7579MasMnVuWYA054RaoBHx5CRSTOJ"
    "HvhpFKvp7zUdGt62FppJI3ZUbjXlVtOjGPYuzllMRrhVps3IuRdX/L7iT9vWsufTlhnr2t"
    "3w4aE3mXS7bYAFuKWMWT00Vb91B91Rpy/cjjqDu1/awH1ZRZgZ+EsXU9W/7v/+Nho+PeJm"
    "hmbr5bD2Ec2Jg/iWgxelL9AwO7WbF9etqX2FpFZeA+234ffuaPDQHUzaYGq3ri+h09vlVM"
    "WXuqPHUW/cJXeu5ucX5AkXcKqOnvAwk4vNi88iIWpeTFUyJ54Gvclv5Mb150uEb1/i3tTx"
    "3S/Dodt81sJv2bpp4OaD7q9C9244GD44BFeocYVvNWfnU/W++10galqHZH5+TjqSLvzuHp"
    "9u+707oTcYT3qTJ2JOdulvZt7r4XbNJnnhK2mqDie/dEfuq8YQyr1NMO0SazaJ5FQz0IvH"
    "ILDuwiFFgVPrUKbjAnZhwrXkwddvfyh0UxxE7e/FoNtoNlk2ymYze6ck9+LoSkinwZvJmw"
    "XtizN3nJeaPeOGeW6YLyF3fJomWm6Y/xlHncUw7yoe8tnmYzRbnVcl05Id2DofKneKNdCX"
    "DGVW+3xseu1goneDGnbUpIfBGye2Z7FZmReyImG0d8OomtMyfjiaO8+kihkQouigN1lCeO"
    "fCy1DZ1bGj6/X1FXdV1WVn2jpx+TExz2TJ4iva1To6cTqp6OQqFqGTnE/4e3AfO0I0cjqp"
    "KkRH9Nc7Sbw8h72duSdU5UmlG9ofSNx1Oj26vVQVpMhhVzRep3jcuY6fe/H2rChCc/xyu2"
    "9NX91eqrrqZNXUkbgHx+Fe0FH1oRIsBJd7w2uCO6sqZtqMMFQ7y8RDr5sqwbSlnyJxFCFq"
    "LxNZPsu0q8vi0Hi5c3sdh51W8EAgDjMU/XV+wG5JR5i9mLPpHk4RKwVBQyWRON48W7OAc0"
    "20vtfvONJtReDL6So7QnMDmYuJ9oqorrKx+/V1rrKG21KwgqabfWVVIJumjSTgEQOH+BPo"
    "WeBdM15NoKkiAmfPxEVVgNbzhy8A4ra6AlfE5xW6vquaivDFN0xqAtkywftCUxB4nsOlrK"
    "yeawk8i3nqVD1D+KhYuX27DrrQAiQk4KOsfvgE/oF0C8iq459LfDtn0ETA1NxmEIyQJJtg"
    "rtj49TQDP8i0oGERN90XhB+matYCfw5jYqNcDrm38svP4pP7udG4vLxunF+2bppX19fNm/"
    "PAlpa+tc6odtv7Ruxq9ahZdLPn7h+WnIY/26XJa165dDyXDQaHpstGpj8TuRV3CXHXYB5s"
    "Q4rCHMZOGF93+9zC9yJGWEHXi9N1tUh72KAfuoy722KU45TFDHORy6tKo+zxOHmHOEK2h/"
    "EtJ29difF1OdRthjhOyUe5zKNMHD7yecVFKHjKms1OcfS43NwucYxeNWUDl9UXLjKpYp5w"
    "d53xXee+u84RLpceMqeOw0GdotvwRyNbp4HvCP7Qs4T+EoSIFgCKomarFjgjxOSp4H8BHZ"
    "rmu2ZIH4g8D8Gv6I5I+qQBONN0pMrShy/RqyZYwhWY4SEHloYJXAdBWghwQU/ds57hZ1Ey"
    "HCzw1x/lPHJulGYrSTd5iJdIj9C6YpBzW1eZci65lQw6cxePsIBmzuizBOFesD72EXv4OD"
    "R3R8qDdEjBp/Om6Yy/UssJb4SkelN4/wgbmrJ1uLlPW+5cAb1J79/dQRuIsiX/hdSp+tAl"
    "cXptj1GYqliU+fq1DfBHzudTdTj6JnTuH3qYgoTTO9UYcJunx+7Iu+w4XDnXk5wN0y6096"
    "wBkmwSQ4+Q92RN0lUurHv/JQl4qGzBobIKNC1B0V5kdQt9UIqYq4TKrBLiYdHZ+9ppBsiy"
    "hEUXnbm6ZAt438kcXKYmH6Ixmr2AevJajDWK1aPkAi/ZrGVVr+4lFXjMTWvXIKyEc9iJnQ"
    "M5nGKTW0IaN9//kHHGMkdql2ozYJ2psT0wNlnxG4DBU7+fmKw76fc7tiRbbgJsipY/cre+"
    "VtdP2gkoaLhR3f/rQgOSLIF3oju3NPy/LC6AgUTNkOr4F1IBVCUwN7Ql+WWgT6Cj60iVPm"
    "qY90gr8vfQH3cFPFFXQDzRNEPIb8ZN0R2Iizs1jiPKxLkYZavm1iFbvFKuIG3O/hVnMAi7"
    "ygHxgXMgVkl7b0Hi+u1ilAPkBFmZtcul8W/1MMtnKokRVW6/2P98Lp+q4pQPOQlZUFbSaG"
    "bXNg0pylHclDy2MsVNZT3P1uG25nvGZvsqwh9p5t2Z41Qc5o0wn5btoNBtu1qmg5Ri9jgO"
    "mrEsahQVTjLLWrYSJ5bbjUmNkz303N+xXP6OQWAxM0fuE/CQyY0iT3aVEzq2p1DZZEtw91"
    "8egmxGef2JojRVBJlJAXWxRgN1kVZB4SdaJCtJXh1Jkq6KeB+iKIcp/0XBOfOg85vzgCOK"
    "AG8uYKPZyjNrQ4oKztdDOPOXq4JM1Xz3bV3RoIRlv9lqC0NWBjXfKihbRYDVNsUvYqQVdO"
    "47EYmcyYezaBV52cayir5nZcO4AOezQ6qOvFTpFKVRmER9Xc4y0ZLnsgjdfJohBUOsb4wW"
    "uLSAhKMhCcxWwNSWJJ+XbZBUYpDULJQQmto3M/EKuBnQgaVJcFUHUAXQNJFpktyH4N3NTA"
    "cUUrP3Ay3ct7gHU4v/ul0HspL3E0+NZBng3yNzBi8iyzZruMXv/t91H/6VIOGH4APpP1yf"
    "VqQ+LTGQzGJHnKyC7PEli6h8mS0pX6YF5WCRpIBe52MXI6vSiV6It120KIeVz/krIKjg7G"
    "4waYIaazRBDYomyF4uoUFJuTdBP7Imd0hSAZPsOrGj+69JTOJIORgEUkd/OPjmN096HSQA"
    "Dw7R9JzeHGscUhcIPXFV9tI65wk5fuwO7nuDb23g0U/VUfdu0vv6m3PRYyGc63edfv+2c/"
    "ePNhChohD+El/rD8fde3xF0UwkTdXO42O303dIMVuIoOK/0dH9J0kAsWZCig8P25hG6Usc"
    "q1/rPTx073tYvG4DeblEkozfiJQJ79zjYcEXJQQlPCr4Wvdfj/0OiRFHP3QFliVAXDadGG"
    "/aUb4haDkgKzBmObhyskHLxDiDRTFhCc1XGurrzTpxygocNIee3qfl+8NVi/XtVItvyIhI"
    "3jlHOkXMB7vUg53Qs+Qc7TQ1H+5SD7ezPOWt9vAEKU/xUeZxJlIOsZhiQWeb4zpFzUe7zK"
    "ONu9KUty1TOcdI+TiXeZxdTcU2CzpKyMe4zGPsLEibHi+brTGNU1VAli1aaSqbgoY5HMzI"
    "5lfeRAi5+iaH+sbDTTAt+JLLBpMirMCEP7SjOX4rqGypvknS8hOkzCeIa7wQdAO9CetsQf"
    "SxplNXboEdIMmFCxweSPLa+REPCSsH9gHCZjRF0d5tfS3cmw1jlG7KbB8bdya98dceMVqa"
    "0JJNoo6Zqredce+uDWbQlMWp+jSItLLVoF2tFIskAHyWrwZfnIwvEPYFkv+0T5Dyw77Mh7"
    "2tS1sydXHKCurtTzQgnzLsqeLXIUOO2+TygKVQ8uy+FNGUh1fsjCcPrygovCJrZyge4pLt"
    "CqwIUzZFlsy0GZMbvSHy/BT4edInuxEqXdJThWY2JXvyvsN9XMgyY34CRFkDf1BAsDHuZ6"
    "gi/JVQNWUn+kYzgKpZCOA/oReK0wbvC83N11t3cvmSf1efwAA/xQBIkvEI14Hq/HJnn5SO"
    "8jncYzZntfm95j7BWyR+ZA8PzCkqMKeMmVSPGrCwdwWFoS230JomyCqnoNg/0PikzQ9zjI"
    "iDvFknXfLc4Scn05xw8nBzZVpoedozOW+mrDhV5TaM/dfdcwHLrf1IkvHtIr1dEC49DWm2"
    "S4/fvgKztmhnHp7xulQZr3nc0FYro9w2ibQpKqYaYDw4YjRcc75Zcx4motlRsxvmwDkxgF"
    "mVurGpFVPn3nXGd5377rHyEnXfoGI72sU7fKFGTWoda1Ffn9bab4shkdgSW9c6gLQF2hxA"
    "oGsYw0+AGEqBtUDAgKqkLYEsAdkEJubrkPTFuWHi+YVlbwORG6T22FK38axxq445DRDery"
    "1aXqIDP42n4y6XltLIWYRhn9UXSpSK+6LF4tWTPLIjXj2tpHiGvxplZIGgQxsQVECKOLTs"
    "i37oMmaHtvGPjlFyh6kyc6kGetNetwyVi1LyUS73KOsKFN2cwbmO+DQh12VREq94cnledF"
    "N0HNxscLm6pCounVk1lmI56IlglG81RUm47mSz7sTBaw+qkzEy3mQRPWqniTKrAiU6vcqk"
    "PxkaL3fakiQmHiPLcr80pUJJN6oza1EcMsGM0G1WqBBHrJe/mUBcaHhqEF2HU5Xd68wELx"
    "rQ7Zkii1+AbJH8goqMTFLKXcY3TXtmGQgBW1WQaQIIFO0dGaRHgN/CdNpo7ypFs1LYY7mK"
    "pVwqFl3Dg5oRQ7U57i2kLlAvsNDwe0JFyakfqP0y7N8LnX6/Dfwepurj022/N/5FeBp87X"
    "e+fSOxbs48NxeCrc4V+PJSlog3P8wmL6ucouOsMq3cCY9+qharzBL9dPTgnJM/WVJMch5O"
    "bkMYz1BFEw3/U1AQz1HHYscQHjojvRNzPIJZHLF3h5UNNiA790tCEtz2n8DEMepZmI+UMf"
    "dIzHwQvKIVksACmosv4NlEfz6DJXwlfChuqyPjowRXQJGXhEMFhOOZQROBEFTMr2r0OIgi"
    "HkqtdBKIks5TBfIU5wWhw1Thp60teUKa/YfUO4mKWMHFeJdBk3yRFutqR1SMxy6kYkQ2J0"
    "5s2zm1oCEFZ+oo5S5FzaB4So6XmPPProfiE1VJEXbZuG4FaJIf64AcP2AZiVLgBL5QQiyy"
    "PSH99uXwgyTPq4wfpOa8ofCGDJMaxLV+hqepi5vqF+Wf557KK41qtod1hKQC7hFFO1kHet"
    "Kdys2keylwKFRNRTmHozYYkkokhDLQQkW0TyQf0y/dPr6wwF9N6tH8T/duQhoY6A8kWttp"
    "pfafHsiHPaIqS/CP63JeUqh54sst6pboC28CsrpzpQhLnK2sNKFjcXmK2SkxLoVVL3b6ss"
    "EA9GUju5Rhgw70K/66bU+DeA9lBr320CWLvQ2WaDlDxlS96016/+4O2kCULfkvpE7VDj4q"
    "fnsYPo3bAOLzYrXUbHOqjiedr1/bAAMwn0/V4e24O/pO+tFmJjIwc1eO88FTZKQ16hnhU5"
    "BmTIqp0cszdPs4DIgaPCm2oj9zC60uCefjo8osU0A/RMWWcnMlCUrOkeTgSHzgBANBM1+C"
    "EQppBaSpAgqjcj+/bSZ9yY2Vace+o1srj8117lk9zB0luaNkuay7mY6S9BSNPPnlPpNfHs"
    "cHNTazKcb25MxnMrkHy26zxX2sLZG1wACTkFpkYL4LiFB1bODgbGrfzMSrqX2F5tdTuzmb"
    "f8ZXxNbFByyIgnc84Np7HZBjrg4sBJd1QHLEvcnWiiQThJ5E+zcTTO3rz5cQ016eX+J+xM"
    "/XaSv8MV+Eapn3VpczHkkbPHdRLdJFNW+ypuLTNBWma7tgkh8u1sgPFxT5AaPxohlbOwFH"
    "6QuU2Nx1n9fs8mtvcD/8te3tGlP1cTietJ29Y6pOup2HtrODTNXO3aT3vTf5rR3sJVP1YX"
    "jf7QsuhbMDC4RuG0Xb/pXT0c/MsVYSZJUTuC+ZFszlmgVzmV4wsik4k2KLEm8hXYFqJf8w"
    "OFmtEtdwZE/303TPZolkdNm2fBJ6jIY7xfGCFLwgxQnL5OndYA/gPgQdndZOwIpqbAvcof"
    "wE8S7esfpEOv9YRWZy0l0B97EjVGFURVUgOqTarGNZCH8uqlFUZsG9+jp1mQ4NayXBFeYM"
    "I81Z4rPRD91xwAM+5Rcnx9xHWa2TkBGZlNXAvCSAquTEiMxlFSpeY7IzAddFEShYEAALZC"
    "BqOPZhnkLVdC0R8ueet8lyfRfXd5VC37X/5GxYBn/T/OmeT3YP6bhLSA7hnWxbWAKX1S3E"
    "9yQtT5ZWZg8Fb7Q029p+qENiPtZlHmuXBxFMhL9RovC+2fqEFGFxeoXzUnMEkYW0UyjMji"
    "EwRdUg730bdO+F3qANgl1+qg4H/R6Ji3FnyVTtdzvf8U98Lr/hX53bcXcwaQPMpyPVwnfx"
    "SsA3Pa/g3MY0Fsf1i2zH9YuU4zoJDLf1HSOZUp2cUCBTZ+wOKx4i0x3VqXrv3Jf8no/uku"
    "7hSy+jks1lJ8gqZylrMlnKmmssZc20pcwDjQz+FixBmprzBGXmCTxFQl6LTZSI2xgo7MBx"
    "DGFVRHWN5SaiBdvZwIAqpsutp0wM0TVLT0V0XNvN6SKbZbw5tqfqLVQUjeqj6t2pM6nbZ2"
    "Hjjcr2yQJagfsmeMOcl/QFPLspSp9JhibyimDu+Hi6VVyA2z04c4tSu3VgSBVrktjURE4R"
    "6w9pffshH5SR9slNXxkON1e5H1Plzk/YQ/At7gLKAWlIwF13aAFLipI3Ximg4BOUJVxJoR"
    "RFys2kPHrdnBi47FFKwaQqUzb3PlERjhCG0qRyKbH7bLyKo3VkY1VIhIoTm3J+dU2UX6+Y"
    "G5itQp5ihjD3gNx6cxbuvw4kJMqS2yqsQgcNN2TFSccOoLSUKcnaD/wsNh8BzrNwniVj1z"
    "o9kLnvRSG+F/lzQhwjFUSBAB9A435U0+F29g0dqZJ3tuSxOz12B/e9wbc28OinaufxcTT8"
    "7lifdN3Q3pCTOO/r09jNmze3zbKkzfMOZGFGCbrL3LzjRFxCSu/eBCGS1DS3cS9FWDnz3k"
    "Eyz/gzMr9pL07JzXplNuvx6LvsNVbl6DtuzN3XGcXNjoWZHY+jfPKxp+idIsPCoHKKTAe2"
    "cikeAanYR/KjnH/G/84voPP3uaMpQm4SFHLlcja1P998vpnazYsmbtNqombdyTBNVEOaSp"
    "qSyEPTCVail0o59AM3FwiMVkBxFFxOwfR8ZU249mln7ZO7Fh2IqJw2g6djoo8yy/i121Fn"
    "cPeL0BmPuw+3/d/aYGbgj1oI0DTRcqaspqrX4m748NCbTLrdoAlJcy5bFkJT9dto+PQoPH"
    "Tx8U5E1xdDs3V/0U/Vx85o8pvQ795NnkaY3NkVMAsvWraBaSe/dB+6wn0HPxuvjCUS8IYx"
    "Vfu9r92wQ0Weo+gmcvzEJJZsKblksYCgzNNhSynsIPl7nMmQC2GfgEu5LFIuPvJVCaYBzq"
    "59E1Lw6jcxcWcf1W9E2zBI0QjZQsscB3uSjEedUKJOPF4qheqG0K0oYTFS/hGKM5ZdqGfS"
    "5eB9aZsRjpBVUItTpQFeeok2tuLHPdoC2QJtPieBXnltP8kwseHXr94Ft7+p+stvt6MeKZ"
    "+0mhlySaw+ugJp7nDZjFpAwBk1FkbtTZaQJtgGxYkrG+MYUeVw/iltzCnmoCYZcG7l3WTu"
    "R52vkzZwaLNqtPV7TniqTKJTu4N7cpdka8F3CH491xhtiAvcYLtNaO8xqoamLQVR0TxbeH"
    "wE16bASFDyJBhbZLDMZfCPE3GDP8Ul2l+JW/C0SVpuhC4zX+vImFuNc5ySj3KZR9k5O7eT"
    "T/kIn8QI+8zQFoOcIOXjXOZxNtBS3nIxJ0j5OJd7nEXN2HacY6R8nMs8ztwJMHOYK+wEaO"
    "vSlqMep+SjXpZRpyz2VEJrXiNgdy3FGpdPXiNgnzUCsh0+I0KHl0N7xxzt0cziFYE7tu6d"
    "eOcdMUqGWVcRJ32hWdqOOD2SPioLkKYou+JTrSQK+aohRMz5smpb69bkUEUTDf+zGdGHsK"
    "uTFKPomOZx0vcAoDnph9iwOOlHWjNkhnDd429mEJF/Z+dTuzlvNtuO+7uODN+jnpboIQ/p"
    "Zsd57iFfpIf8wqsNyeqI4LevoA/C/hMJOJojSkbBdakEQhoO8UaILU2XRcq5k+30HFJwp+"
    "eYoL8Pp2d8CwNN3jLXmCTI+MDsfWBIwgDKkEzQj4zjMyCowCa0TufV/ddkPdiByqs/HHzz"
    "mydHIA62r1TM5UUTJ+JeNGkvGq7lzYa6ulre0gT4n7wUkNL15glCZ0gF4Mv4h08EcNShOF"
    "gagJ1C+weaRXLSUpQG3p06k85ADRuzFJmU1Y+4U+BSAUtzJH4vv+OZH4IfeDDWgeczYdTd"
    "Ujl+xsc6mNo3N63m1G7OWi1K5uvDPoollj+WkpDstjyYn6eSPF2Qj3++VpxZfcXfkUfv47"
    "evYDYBnqzh9JI1zDSJIrxmA+y3r4C2oIDINJ9/SAG8yRMRci/E8oms3Aux+pqKLC/EnWTq"
    "/Ul/rpsGRfgL/DcYZD89aLtZ9AvyqzlEX4CJjDckAZtIXCRXv62+2Mg0yTOwrPaKKFnatu"
    "yD24/LJZQ5I5OLF/MJ9sMrHBfcGK9wxcIqXGVzClfpVAwQd5wDW799BdncRrPJIkY0m9ly"
    "BLmXiHfWVItkW3KAyoFzkq6CeO9/MpvyX3mqbPnNua82Rb3wLku0nSETzKA9R5OC5gLJLw"
    "sKr54JZ0jA8aSlkYC67+TJvKOGJJXTIRxEQ2PrigZzF+dIUHHNbXYOFC68V114L4MZpHRD"
    "zOsInKwDQXHqJhL1QtM2edEwLMomvymDrom0Jcn6ScVrIKtOcUiSywyQVF+fwDha6toErw"
    "jpJOPiClj4ioxMcEbea4J/rD4AqLr1r53q2TSl1GEfxrVX5dJeOQGAOVnVKE0FBf+D5LzU"
    "9NxO4RES7hAe46L24RAum4JbXzc9JGuzK8boeG7FHLkVMXJhnEN+1OO0HPl8yGs6zUixCX"
    "OfqkC0/cP1ZMHG85S8dY6NPqQoxz5PHluZfZ5rM7LZnupqM9z0x9sMepSQOxmV2cmIa6y4"
    "xqpSGquI96mrXaEwbDlSs9w6nVQI7bgLtKtu2g2iQFVVJZQOrfh0AcvQfgZoMqhAraDtRh"
    "3oZIGAYasq8ZYTNVu1SF1Tpy6p04T8go7m8guQVcy4LZGKBxJAS1vKInlMWtO5ny4p+szf"
    "a75u1+3JjZLiGs4jaTi1DFN8dpbELEP8z8sexF3GbDWPq0jQnlfyS5XFwPtEPvY1QsEn52"
    "be1d+Id2RcK5bkLsm1RiZVqYysWFZEeFzGOlSp7Eb0PhvHoXskbEwHKaNOLJ8fieUT8wiq"
    "isSQNXADa9vgD01WMV8wtRsXnxtAQXPrExi+IUOBugmgQWK0Dfx94H2BVJfRoCaRO/TD2G"
    "K8o+JLGDmcL8z7Vn75WZiWz43G5eV14/yyddO8ur5u3pwHG1j61rqd7Lb3jWxm9aguhb24"
    "ewk1IKfHQZ5AmP3JHc1RVN2tawuVbIywgmr4KulkTYTUbWp/hWR8gEs9wITl2GKAI2TcqF"
    "K28S1LDK+h/YEcfpzC6ru31nP5kUZMvL1H8Ak8a8bLM9DeVdPxWDRs/IdsfQHPpq0j4002"
    "NUNwmpwRZ0gsTSDVqhMfSeenm3LJVSMul7JlIeQw7VQW/8DPnKqiAvEikvwHfQAYMEN7Q2"
    "Yd+D0j95HoDSo2XmTkucwiQljnAQvNmEPADX4nBQkkzPxsKzD8LNLC4UKQeTqYAwcbvWiQ"
    "okjKzh7rt68EvuvOt0Okj10iaNoGzbaX7UMVpSmHF1WlvGVntvRCc5W9R6K8hAp9TEKi5I"
    "i4VJ886lMzA6wB/75713vo9M8uGvVGwlMwGjKeMAMgQ9YkwSmATGesM4wBCbp1nHW1th3C"
    "KtNBRLSscxshRNTccz8XgC4/R2Uiuqq9TJlK4gK8T1xg7DJma3XirJdzj609Dof9NtA1TZ"
    "mqj6Ph43DcvW8Dv7epOupOnkYDcs1Alm2o5FrnEbf8Tq557DS+1hsI+OK3UXc8bgNZFfB1"
    "soWaU7X7vdN/wgjj5j6TjdvjvdZ5kutimJQOmFibBgtn08hmbBrJrSfFubMz5zRSHk6d1n"
    "t6ODk/c7DoCbLK5QTYfymUIDIHGiv8HJpliimwJ0LOo0zyRZl4yof8yEcIOeY5MNcN9CZr"
    "tpnTiyROxXdtWgYXw5CRhDcC06TGbWbL/hTSCuzeRSsBXN5LMLBcny86OUVYAfALSMlrip"
    "pBYVC+KhrMyk/mUyQAnhOS09tB1klLw6fbfhc8jrB0P+556pXAbOPcjG/Uo26nn9QgGpif"
    "yzOPA4LKzd/9izGelIXfSiD2EERzUM3esOnUFYC96D17i8OSH5K7AO6HqM5Wgm3mFeDpxJ"
    "wZ5BnRfiLfh3jQsCOEbhU1HKXkHi5lHmVfgbvFMCdI+TiXeZwDzfsWA52k5SNd5pHmyR6q"
    "P8ah3xlrFKfBkzysYWnjXob5oKXScrlhYzQiBouiYMsbjDg0XqAq/xVkNjixicwalBjOrF"
    "hM4gjvJKPe3aS2ZjYXD3LJ5jErxtSFnAE3S9oSCekIf7G6a+YSz9373utOrFR6jui89QET"
    "d89k8rNAht9NFqGlGfsBrOd3V1W8lrKCTEtT9zTBHvzuqoqXqll7gmqgnbLXYMF5hVLbV3"
    "YUUHyP2xgPJEjx9htDg549wmfgUppAU8Gz97egqc/gTLaAihC+Q4JxNBIs8zcTuGk8wVw2"
    "TOvDF+fWiwH1BZBJmnTdAlBciYospmP/C3kiPVNRGDMVPo4nLDpqNE84EPnEshQdF3ypHl"
    "PurpDTYSpKxHFlyLwTbiw7imKR2M8Tg5g5/05sdtFT8KSlBmen5vBuhje1L+aWcAvgfEI5"
    "JJvxickqm/keOdacqaQxiaFzyw1DA7MJXg5Et78v4BnT21B5dqKHnx33r2cn6dBcVhQnNS"
    "IIXWno9Y73/QBeTqZcvIuumTI93eJ4CRVlTV67kK4yeQIvG9etAGDyYx2244dOv59mV/KG"
    "jRQfL3LI2VpAFUlVpjAp2fj67SvgrJasesQAbmNdzaMktO4WT2FRsl2KQ5ItfYrLNoMP7F"
    "T8nlG3dw3E71mVew8K8cVp4rvAWBHPSFOYIctCBkUvuC6wiUbOS+mwRze57GCu6R2S8KgE"
    "hgnOoz4Oiy/XNnFtU8nUISzapqOqQkITY7YqJGaG3KwKWcaaM6hCTIuUtZ2DqX0zF6+n9j"
    "U8n+F/r1uXU7s5m4vAQHgflJAEZivXJPOOJ0sdvMvWAqA3mZibHLUFKYhraa9INUl3pGVw"
    "V9KWeJg+0BQlRT+eq1HKpUbhCd0OLfernnGeNU7Nb18Bub/oIDUJ77tUW0V2WqYIyU+dk8"
    "nfrNPYZWfCi9LwTHjrZ/MO9UR5yCUPuSzdFnJyYR1cPubyMZeP88nHjl9ptmjsu51ulop9"
    "npZJIPZCBcjBTujAWVQendqti/M5llY/ixcfwLtBEpKrvmzq5i6nirl76ZQLr+USXssvWh"
    "3pcD6EcIVP18U2MXwpOn6MruFCObPPmf3y7Sec2f95dynO7Fec2b81oCrhASBGnBqF24/d"
    "X8vuz0hLkp08aMpWHQkZALMHn8DjQrM0t7qor1v8SLoCnmHpTF7iTyAxS8rqwxffm9clkK"
    "XA8IT7+ptJDFVBC3oR1IKey6WGkkkN3NHVN3i1WOxdrWxzVyud3FXRXmCuLLohRQUsXgXY"
    "E01LM1Z5pN6AoAL4Fi306s7JkMcoFlJwk9jeTWIhE5VvTOJkfGD2PjCyKXiVItEWNRlipN"
    "xtmd1t2dal7bVGdGKuNcqGOb/WKE7JtUal1hodPfPfyYtdKV1RHo3GhvR1WGKfaPgfRo3S"
    "rsnrjjoWrEqlfLnUdtIS3Wm2YVL1Q96d+jrNED7+DRV/Mf6koDGDLdhtTfQrXvb+L0TJAg"
    "ZP/T4J8SYVrcGLos2g4jc9cyy9UFrK6oc6wK+BADH7OoHgWkRLY9ozy0CIZisu5qEsJbDx"
    "HLds090QX3i1a+4cXTnnaNNeLmFOdUZIwhUauRUalqbLYi7hOaTgcvPe5WbRQJJsCQtyjl"
    "Bki3U1r5OkP13l61aOwtfQluS87u1RmnJMffLYykz9kLlJn65MZaA96gIPAcmAcysn/rX7"
    "UefrpA0c2qn6+HTb741/cepA+1qvqUrQ7LlFnw1xIb+hkhRtFrU3ZAi2QYmMz2aCYkQVOK"
    "ILKIkYceDa1vGLa+8y8zD662wL/V2SlpfuKLMCj3v3ZS8q/IHSUFVWtSAT9SkMu7dY1o46"
    "185XbdQpiz2VPb1oZX3Jtu0qFpApGcSHUcJnAC5qSx1TytSitnlKArja+LuguxPctbKAj6"
    "3/zArAecDqO51UFSLd0MiGuxeMHiN9VREraJp4a1vuXlFobNnSqhP0Vp1tL6G8wV8pSHC1"
    "D7TuYaVqCB3SVz+1u2faY+MnALNlVhDjdJuMtNlwUauALNFy5man9AzBvADIMQ2c3mBvJz"
    "InaCsoPp2uuJSWkld4nedYQX5zHgZHiyJ1t8p8qtooDUeVgqp7NuRDNUbDUd0s2IcH8I6y"
    "/UPQ0YkBzCrWx6bW5lI5oWPbjsCG7nQVBTa2E5YpEParYpuLkZPvtEbhq6O32VjqOaFgYq"
    "NrPQktdc0itQO9lKvEAVFTkZOOBn2coQUeVuD02AYQt8GDgbwLbjZWayGbQJZIST4VvSED"
    "4DdUSBvrXRYpno7FPHLP0a/ZZmfqGbClvfm4TH/M3nzFYm6+yrY2+74w2UKAe43IfypFCM"
    "g8epNklSmmw5ONcMNUTnPkTnEP+zvA+kh6QUZXtQxqVdvobbYDTHEo2E4wklGBuMw5vQCS"
    "WK3Vmtqt5rwFXFdF98iQLROYmAMQ0Rdw5vJYde9CHR8x8w9gCV8RqTirO2uA1JnFkwafMt"
    "5pRcnvVuyjNyi23A7JX7jLlH7r9zhf6YjZ3Ku/UKUX14Ts74jbxnH5yB7Lx9EX+k7L1zmc"
    "lsOdhJUHDikqGICy/7pxLlz5NE4xGu5Jkt4SyKmXY8p6zSs4X1tXLMl1rrKT61yxlZJYk7"
    "moOqUkklsB216wbjNIx4jkFtMqK56diDiWyymY+9ZzFQdXcXCPaz7qW3pcc/vsvnZQbp8t"
    "xj57LC2s41RMVcD67sZMutegMUOmFLd1GyyRJENwJtmG43kpmMQ2RxSfLu/8AWgGIFsUfk"
    "KylVOz8YeORKL69NuQbZhaOPLwD2TJkBKzJZvoT65LLVaXSiBnR9VrzS2FSTaaJ5o5dKKZ"
    "V/xpdIA35xrwacuMde177747bAOSvlybqp2n+x7+RYxi5Ndo0rvrd0l2AUvGaE3V++Hd00"
    "N3QPISaKLtByocP+FAeEDk2FbiRJzLpPpW4lM6byKHGFHldIgHSeQw06Rcyaz89hVAt+hM"
    "Vlz1lD3RT1MJwVVPP+Oos6ieeMDFvpiCNaon7sFeiAc7j8/eKj7bstBS3zU4+5+2/FfH7a"
    "myQPFAdh7IfoRA9hDSP/EiywbTT+POtlgrNOu2siIE23qmNSG68TNbFYTo0bPZvPCIDOCa"
    "WwBUpUD1LyLDkudOuA/mmMEZVBRXfU+8qU0bX8JsoEw6qQOMhyW/2JptgrlB/ia+12Gugb"
    "SFoaBnbnDm9owwPEvBUbMU+GMuLGm7tPySLQMkKCtjefjcaFxeXjfOL1s3zavr6+bNeQB6"
    "+tY69G9738gA1KOCHSWFpremaGrZr4oGsyrqxsgS4M8J3anBv87De/h02++Cx1H3rjfueQ"
    "mTAyHauekYKQPH71G300/g7G9TOXGOk3GcN+Jcsrwn5WRhTlBxlNYXKtC0hBmCFnWk16yp"
    "JCFfVRtXFdfNZh/bXDfLdbObeeBkest8qMZoOKo8xRB3YS2XDqi+W4qh0CN0R2Arl/Y2CW"
    "xsJ+S5m0pi+Tqk0/XQeOl7Os4xsiz8H1VnSmtWZ1KckizfZpSERWv6kRSONN9lS1wg8wvQ"
    "kYGnJVSAAdVX4uwsm0Cbz4GtkgkLoAqcGpLAsg2VOFGDDMXonrrdc2omrufc1Zl6gRlvbw"
    "wpes51RdSTpAUWUQ+unHwVdS63/kxyK6/2zat9l2MsWJmvjEIjdM5rJ27KMb1T2CffJM/A"
    "L/leAJv5pAmpj+38wiwMISNpKKFn8f0CnvEImU5hlGew0BTJCRuDqvmOuZ46eF/I4sJLPo"
    "mf/Yac2yYyyAVbheYrktI8VDGP5PxVufgrHZqmsITGaw5sYzTFaX9apxK5FqyUNKbZlXVj"
    "ROUorVupqtKcof0ZGdqSmAxO/gjZE1ubpa3Nydlur6s9CZ6WQVO7X7bWd//O4G4j3uGMTK"
    "4AIyR7LZeUynYQsxeEyPGcB8Wq6UTNoBgLsrMe+O258ZDmWogZbESZpmvVnSFRgYrO43hc"
    "7VHP6UmweTj1CEk5+HTy2Mrw6TyEOXubOU0+nSWEuSR8+rEHmLv2lBRV7trDXXvKC2xegb"
    "EwD5RkvCxFwKSE1DIImTBOsNGeMkJYLDWQBM6mdnMuNt16KE4iPlLf5KOtkzs3N63gjhME"
    "C+a4Aan+5U7dL0AiPzDvFUbMkS58b5K/mSS+bi4bS0gP4DveazAXaAlz+afLtOCFZtnOiI"
    "RLmQvahQrap5WzrUZmta3nlE1qo+4/n3qj7n0bGN6CmaoPnX90nx7bINLj0TOz8WIklSxG"
    "UjqUeWbNE8usKeGjNr8CI6Ti8ZPlsSmmlRUhG7TNKRxSF3gO60iVPDfYPAfxY3dw3xt8aw"
    "OPniRJHXTbDv+51RHMttbWLLXUSsNvss1SC8n4WivzWnMGKm+NpxhRBdKIFlDoyRMYt6kJ"
    "lKbkVYF4VSBu13AXxzECwSu+lI5jLKo4qNxWtC9Uua2oeFtR8dHKJdsOdg9Wxm8ABk/9/r"
    "GNcCcKbLYNLgT2iEY4koY1y/rmpWhlMLsFmWHZrG53QWLKpawosokwipJJYrM9S1bdCy9y"
    "01lqIlQA7rztBA/NoIlICBKpNa+sgGkvTaeZpemyCJbQtJCxSpvYCnomW45M8nIYrLQlLb"
    "a9kafVcJPf3b/q0VXKzWuFmte8qZ0WzzIUDZBWqSQmk53uGU1DkMhUCcbRn7OMM9FvztlF"
    "mpKAZ3U9clZXnrntEPOau3ceAlUusu8LVS6yc/fO8gLLM7f9bJnbJkTerFHkdfdGnUlYt4"
    "K2GwX1oYoAUi1jRYRfIgh7b+YJvhb8oanacuW4rV404dS+hujc//vms3hVB/ja1XkL/5rN"
    "8LXWrEX+vhGb5I7brnk5b+AfjfNGi1I9+zivwNORlEv+dv5PwZpt6ffb78fIf1xoD+5LaV"
    "BMz2vcKA2avfl0Bcm9sd2yKeDNVH6jTNS1AboxugJjdP1JfLIxutx1IntuV8t1Yqc0I/tj"
    "v77KrrckhQHzb61lwUxbR8abbJIyP/MIwUY+rAN0Q8OdLMFcs1UJQMsJ+9GMly8kR61sAg"
    "OJfq2vhaHZLwtgyeIrskxwRloSM4dBSD84dgtR0UzcdLYCEFN+FBdIfE2zXoU9lSWfR5jQ"
    "z3OU5RaQQjkwHhxwaFfL6JulcJ6gHxkTOEFWAbfWdYeVV+4+O7VEcFb1h4NvfvNkvok48O"
    "hNlpBKC9jKTvYRpSlHto9KZeU7wVAKTUdqTvhrw8fuoA0I5VTF0IxJaKN7Sk7V+974oTd2"
    "LkmyuZT9LD7Hj60wEHljjLet5pEck2RcgqRIkHMFvrzkzvEUJ+QJ7XMIkQ5/ms9WFiXhLs"
    "O0OFIiA+TDNEbDQU2DykNHqxzOps3cnOg5qyzEqfiyydYRzlaCbebFl07MYeaq2J90m3Jl"
    "k21GOUrIj6Iyj7GsmjpydAv5NssUHfcio2yUR6+kVAE813jlhZMwDXFuP6derLMTA5rV1y"
    "m1bGP+TiO8nYx6d5NachLvAd5d61CdCMAZlahCZLNtmZGDl9jKaK7/Ht3Xf4yQAjNsAHET"
    "5R3pqkJ4p7U5+8FpRLqqEk4FWMbduZVtHg/mHpuNXAyaM1jIfYsy8QRsXUrEB/Dy6voDMT"
    "cTt0Fvn9MM01exk9SYrk4aSXXwLlsLAAHJDvMJDJyCZUiSLVpFtAM/i/sels3yzdWZe+eD"
    "scBC3i+FaLY/QUhRQYeC/Rvp6Lmxst0IKpQWq2j/Aeco2FrHSCXmWwZFxxgildcdnEJagX"
    "ke30KaLFtIM3sLaaZzv3mobaHui1FypW6pFX4SsqCspIc42/kppCiH61OlCh15jsH5TpE4"
    "EdcUbtYURvyvd9RjRVy/TwxiVhVWfHaVKSAypqvJ1jsEuhw2vYMRNGeKkPS84EVHr+Q6vL"
    "s10j3c2kC2TCBLxGOeqAdc4fBvJnBT0pM7Z152ejK1wDSilJ3WMmIii3go10RwTUTlxQpX"
    "KbcFkxsj5DxuqXlczlRxpoozVYxMVcTuTWGp4lZxNoYqbpZnindUoIp3VxBSEu7G1JZO/K"
    "HpsjqitlzKloUQYWvsmWUgBM4Is2NAVdKWQMKAu2GKuqFJtijjVwNzA995NhGSnimsVaFP"
    "Zol7DJ7kTRSnWBePfeTF1fa4t9Xuht+7o0kbT+s3ZFhTdfzYvet1+m1AloAMlak66gzuhw"
    "9tb35P1eHtuDvCRG3gOyEnl9JxzB48TPXQYaqmiBlfIbcfW5KMs1MUWcQ7ewSa+1p2ttk4"
    "1Y5JZ0sm7a2Bj5JzlpytaeTW5Uf1KSokGRecGdWEpNasYMp/UfbdbNzjVBWCf39hdNB4cT"
    "Q3FH+2bNtMnKoc9plKhabziCIeUVTaM/HkFHNJ8ZZ1HSXIODdJO0AQXOY0FoQUfE/aqO0M"
    "JuEe9J0/STBEct0yBJuQObkHgEO15cTr8LTmMivCkSW8Q7yJp5zeTyRFhebzQYMoElN0re"
    "7dn8Rs+nd/DbFo3qOq7al9fd26nNqta9Sc2lfoAv99fUmPiWCm414F5dJuHze38rFZhIQ+"
    "mk0hvU4jnXaj5ZIMl2S4JMMZ7xNgvFl4w9AwviN7mCu+/kTY8diW4Fa+2RElwulVrkbQQf"
    "nooW+RpnDQw4i1mo13jtq3WfjnoKYIxtKpQNLAf8+kOf73qnkDZPWNRPq6WbCDVfkF//gV"
    "YZ7LAkQvDEQFykvXcddAomZIbsywG1xMOsCkEqKx4UU/nnPznJsvzXZz6Ii4yjsCDR7vhP"
    "vu49PkN0yui5hQt63VVL17fLy7Ex66JKlqG4i6LoqCe7pN1cen237vThh1H9tAt2eKLAoG"
    "0pNbE5P41WSRvprZwlczOWAYr1xB5n77ykWHHkSydc8CgZwFeUBOkFWuRtNFiwXqpKwaQb"
    "qVmsa5Dc37ti5X4MwM4Zw5CZzz62OidDyJYZmVMa6fYS7HmQgJ95qJjfM+vGZ4cTReHI1v"
    "dFzrXHY2gWudS6V1PqSaMKJYpSgK42pXdjO7EBaGZ9EWuq3doDJC3gbvC63uhoq9L2RxAb"
    "AIDg1riVSLZBu8RuKV8++1U9cYQVLR+EY894oX151Ce0RPR8YGn6sAik7BHXwNWviHZYK5"
    "ZoCFvKQpD4/8NizxcL5gw0PguFqxMHAPrFYMF1UeiONUFQR6/7WuJdta5YLYa1+gOhBvoI"
    "2Lc9daU5RqcN9BmMdXVx17Hp+8J3fpdobD8vbHcjIuG8y7ehkfOXNFx7Bkd39K8fP+rbXM"
    "/CsWsxUkvSABRpozGf1b160LcIaZWQh0A6ODe6zj13P46fMPLkuN8bcd1vkNGURgqANZDS"
    "9qhoQMukl/n51TmOzfa347T0UhO1/2H27IPyLHHQwDO7RREr7rU85Rd8nkQDQk4HhS8MTf"
    "iSiZY7MZ6oCgguLKZYOBj75sZPLR5FYc3gWCGVE42WasKA23Y+3djmWhHxQhPTutvt++Ev"
    "N9neHkEIn1fa4kn+iToOIb92bxJ8r+7SgC3Ue6OjGQWYWfxAQrkwAUoE+RgKIjwyICRScF"
    "WyJkT/Jw5REDvdiub/sn0AEqege2rmjQyVJMTAImfjvgZN8Cjg3FRLhH11hgG4Yjs6gUD+"
    "cDPoe7MpdLAipfLrfj+RQeJJUbfgkhSyRaoxSPUXFPWSZPWdO086EcUnCEWRBW0FtOUdQn"
    "qBy++zdQovkcOV54gp9FMO1QRkc5TflT5ye0oGVTxHm2CJKQurDzrUbyNszOp/bNzZVI9N"
    "Dnn/G/zau8psna3dNo1B1M2iCrw6k66n7vjbv3pElTmjem9tUcIdxwBhvk5mO304/ebaLP"
    "c0w6azWSPCLLGrlhWCI3mSvkJrlAiAPQTFbkLPPy5sGN91Cowbl50cJD0Zyfn+cdVTf0xx"
    "mToI+pijm77mhA0geT6zfNqf35HN2UYZRcuSEHqx6hKE6PcFFqfj2ym7nlY/K6BiXIKnf8"
    "NposYWy4VTar3kwFsnmgLaC52AJrn6xyWLeuGKBuXWUiTW7FgX6HhppX5x6l4Tr3vevcXX"
    "2OkzU1x9adoOJuRZTSR3mTuO+Yvn0znKenvuIRNyxQ4w+UhqqyqgVZUk4hAsebjWsDcGxd"
    "2nLU45R81Msy6pS4q1Rmn8CS4KTyzlcIg0LKD6eNJsoYbMXaKUsGNKuZkjbRYrZK/CJg8N"
    "Tvs6X98jwid8xmFXHDPLHd7CiprL4iJJGeahR7bnCvvs6eO9MsYR5tudGSO7Wlm0sJ/yte"
    "SX+P/ECAmFxVBKBqviOj7uaEgviaQwoVgPd7U1PTNtu99Mits+WyzuLHEe2Ys96pJ2C2Vo"
    "JCWpxG+1QVE/gLTbo/cDbQUZpKeKAlDV1slq51pq6Urcvdi9IoZ/v4hRQV0K8V7eO3QIo+"
    "tymW27VpQSJUBSYFOY4dcY9JQdzjNM8OElJUYG4XsHuIsgUzUuNm649jRFyBvH8FMo9H5Y"
    "rj8qJ5WorjQpE+TQ1ilt44pd46jpP4k+pyrEj6py8fUNQLlFb1TYoGO6ARoqIHSwSt397x"
    "zMZ9AUKEJwKSAIllJWliyJ3APf3jDJoIQGkpYxINGOhNRu+06Nn9dcw1EOXSQHCJuBieFn"
    "+nkSttSkBQOZnh4pzVd3mt83IKYi6YHVR3hh83lyXkGYQSliNFg5lZEqNkCZznhO5QSJ9/"
    "Oj8Q1OsclodPt/0ueBx173rjnieHBTyTczOuYBh1O/000iegFa7Q1OayLZdtS4wmFpg05Q"
    "1R8Fyr342SHUzBm8I1mLcnq+DlqgSuSig04RYyZHFRo+Xbcu/U16kMYNhmk4Yge5y5VF4u"
    "qTwzyCab88uOsqmCTH6QeBCyqHIg7DWvILqHKdmrqRY1HcoaG15IUrwF7ziG6b3Z6o56mP"
    "33/wO3mokw"
)
