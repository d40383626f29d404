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
    "eJztXG1z4jgS/isqf8rUzSS8J5O72ipgnMS7AVLEzOzOsOUVtgDdGMlry5tl9+a/n2Rj/I"
    "IhdgaIYfmS4Fa3LD/dbrUeCf6WZtRApnPeQbMRsqVr8LdE4AzxD4mWt0CClhXKhYDBkemr"
    "hjojh9lQZ1w6hqaDuMhAjm5ji2FKhG4TPECbzYFvA86oDbg+/gM77A2wbPQOzyxqM2SA0R"
    "xAAqg9AdCYYXIu+jeozm+AyeT7u3IJ/t1FGqMTxKbes3/5lYsxMdCfyBGXXyRuoWFDaHuo"
    "/CoUrK/aGCPTiIHlK3lyjc0tT6YQduMpinGPNJ2a7oyEytacTSlZamPChHSCCLIhHzOXMd"
    "sVABLXNBdIB5j6Yw9V/EFHbAw0hq4p3CCs/QGEMknTuj1Ve5RVTZNWXBRYRKBeiHRKhHv5"
    "UB3v6SdiCO8q5dpl7araqF1xFW+YS8nlN//WITC+oQdPV5W+ee2QQV/DQz0E1fu/Amt7Cu"
    "10XAP9BLJ8yElkAxw3QRsIQmzDiN4HuDP4p2YiMmFTflkvbUDyY7Pfvmv2z+qlN+KGlL+A"
    "/nvZXbRUvCYBdgiuxSHKhe7SYDvwvm7kxsCtZAG3sh7cygq4DoPMddLRlYk78xBW+JAg0d"
    "EK0qH1/iJZGvMOpHxwSzeD+3veGbcckod+r9VUlV632f/lmmdfOoJCDdrzIWm2VeWj8qhe"
    "L/NzMpe/jpss6rAUL/342OuueQcCg4RjDKwz8D9gLp5sJw76z9gluoAUjFxsMkycc3G/H3"
    "I6LfM7sgFsAZDoeeY4v5tRkM86zZ+T+Lfvey0PMo7dxPZ68TpoJZzxX4oJMjTIVh3ygWOZ"
    "7pCYUdIp3IrhGToXHzK4ZZGAijIBbMD/Q1OVE+hhR/PerZSU3qLURJCsqUWidgkAR9xwV+"
    "EcZPv9Atfq9e5jgdtS1ES4DjotuX9W9qKYK2GGosVKCLhuIwHJ2ngVkZcOedxyU9CKD4dY"
    "uvAHNHrEnC/8vMEhqtKRH9Vm5yHmFRHfoqXiSecJ6VkjkWKWnYBPinoHxCX43OvKyayz1F"
    "M/S2JM0GVUI/RJg0akAAmkAWoxr7uW8UKvxy1PXi+K1wOMIm5fjD70ergMzLjCCw2eX+Ud"
    "gmu3sNATS+fx19R1HkdrFdsbaiM8IT+h+UqxnMB0QVT07Akk+C+v6jxAjL8FMRRIw4xkw6"
    "cl5RAJLQ4Bf3DkT1B9HuN9pc2RFkCPoP71CdqGFkNctNAKTUiWuvGmSM5zfG4nUVUszHoE"
    "qZT/6SNzCX26gwaLfg6yDFvxi4fzrDJLoDmDBE68UYruhHFaeKbwbMnwXc+20aRmBs6N8G"
    "4AHQM2RR4NxmyEzsFvFmTT3wB2PPmM+8TGkC8qkAFECxhKF+WL2sX7i6EEXCEdUxs47khY"
    "A+4dGyMnjZbb8d1SmLsvkgVt5CfXkKqLcHkn5u7E3L0KuVQuZaEtuNZa3sJriy8+vvJHey"
    "m7FNgWGWup3et0FFWV5Wug09kMM4bQkNzKXbnfvNda/Wa3fXcN/MGa2sjmTzodkkAeXN/2"
    "e4MHrmZT1yoG4yRmbw/xFzovar9HcnDo1suXjaFbQ0YjL0l42/so97sduateg6HbuKxCr7"
    "fqkHCR3H/oK4+yaKmNS2VxhzIckv6Au1kI6+X3ujCql4dExMSgq6i/iIbL91XEm6u8N/LY"
    "vuPrek991OCjbFxVuHpX/qTJ7V631/EMaqhS4031UWlIPsgfNbFU8EzGpZLoyCgH3T0MWv"
    "dKW1O6j6qiDgSl6dtfjRbD43r1uhhwzRiSnnon9/2hxhDKnSYyZYkNSSIZajaaLAqErFk4"
    "tNhjaO2KvtxDFhZVS64dlIX+rtBdqSCki/2gW6nXsyTKen19phRtcXQNZKXBu7Y2W+rvb8"
    "ldKnR5diKHT+RwAavjw6QJT+TwP9HrWchhn3jIxw/HbF40XxWMJdsxQxySO/sliQuGclaO"
    "OBZeuWniCDXpHaxLOSERkL83Pz1P+4YHCA8sZ61lfmMz/RSbBkf7+zA6zrCMT47Od0fSEW"
    "4gZN6Oybnb4EGVsssQQLh+d4G3aMGOT5adBfFcfAkBoK5TlzBwJozFXcG/gAUd54naxhsg"
    "juaCT4ivjZng9sVhXQsRbLz5d1TqgBmcgxF3FGCUG/j5J22HYU93ff6M8GlfYZ/7CoGX87"
    "AuUZsXMS/JfFKgk6uNWgbepVFbS7uIpiSn5b882hQ6OcmthOFWsH7tsnb3NJefkfIgHVqc"
    "wvm5cOZPSXPCGzE5vhDePsI2n4ZfupsV2BZ7K1JRlc9y9xromOG/EBmSjixowOtFoTAkj2"
    "rz5uYa8Iccj4ek17/Vmh86CrcQu3XeF464zuBB7i/EjmvxBxPyYmxKGtixTDjX8s6sSbuj"
    "2zXa/rduTkz8npl4EzpMM+kEkxfQsivGW2BmCzY9HC4Ru8q/n3Zd1ue1w+Tfs+y67Ptwds"
    "Fe4G3vFftFTT5EYzZbAfXgWYyiHXcvWNS+ymn3ZJCveiE4zJ7RB5m3NgoV3lmxj73VMfj5"
    "CEB3cH+fgP+7GOuma2AmE2bPpRTeOtL6diN7LfQ0tFR8lsD+NKXAwAZ4Emwwo/w/1qfARj"
    "q1jbf8ChEAiQHGNp2JKxudg6ZlIWK8o3w2XaWmt9DflknnFp78U3jn95VKtXpZKVUbV/Xa"
    "5WX9qrRM3atNm3J4S7kVaTxW0jzPTvNAo7a3eZJv+lyx21FdcmhzaLQs8TFaTzZtQnb/NN"
    "Oe+IntU0FQD+qJHBDv+NDwMfHRDNo8q2/4CkA6yAmzIvOlL4S6WskAdbWyFmrRlAp1PvI/"
    "ZnR0+WL78Vy8xfchT3IGYhCbq2iu/0Ga0KIYv0gjbns0v0iDrTypw9c+5YzndwwRf0gnb2"
    "aOW51gfhbmw2LD95q2j4sMX6Eat/QLEHkJHGRjfSqlkTd+y9uNxE2o8xxns97Pp+N6xTqu"
    "9weynZzLyYjJEa5ydnKCTLxUORBeqB8hujv5ki+/I0v97sn6ojxisv+q/HXOCmyt/n7Vye"
    "zb/wEv3SI4"
)
