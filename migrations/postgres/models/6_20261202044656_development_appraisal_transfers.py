from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
COMMENT ON COLUMN "member_transfer"."status" IS 'REQUESTED: requested\nAPPROVED: approved\nACCEPTED: accepted\nREJECTED: rejected\nCANCELLED: cancelled';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "development_entry";
        DROP TABLE IF EXISTS "appraisal_round";
        DROP TABLE IF EXISTS "member_transfer";
        DROP TABLE IF EXISTS "appraisal_entry";
        DROP TABLE IF EXISTS "appraisal_peer_rating";"""


MODELS_STATE = (
    "eJztfWl32sjW7l+pxZfjrEvSnnAcctddC2OccBqDG+MeTnOWUqDC6FhIag126Pc9//1WlW"
    "apBCoGIZT6EAek2iXx1LTn/T+1hS4j1fpwjxYTZNaa4H9qGlwg/CFxpw5q0DDC6+SCDSeq"
    "2zRsM7FsE05tfHUGVQvhSzKypqZi2IqukbYt8ABNewlcGnCimwC3V14Vy34HDBO9VxaGbt"
    "pIBpMlgBrQzWcA5YWifSD9y/oUP0DRnrfvytGUvxwk2fozsuf0t//5b3xZ0WT0HVnk6581"
    "TCEpMmlNUfk3aWC8SDMFqXIMLLcRvS7ZS4Ne62r2HW1I3nsiTXXVWWhhY2Npz3UtaK1oNr"
    "n6jDRkQvzO+JptOgRAzVFVD2kfU/fdwybuS0doZDSDjkqGgVC7LxBeq0lSfzCSHjsjSaql"
    "hsiniEDtXZrqGhle/KoW/fXP5BXen59dfry8vri6vMZN6GsGVz7+1310CIxLSOHpj2r/pf"
    "ehDd0WFPUQVPp/Ctb2HJpsXP32CWTxKyeR9XFcBa1/IcQ2nNFFgLuA3yUVac/2HH9tnK5A"
    "8tfWsP21NTxpnL4jD9TxAnTXZd+7c05vEbBDcA0MERe6AcFu4D3szI2Be54H3PNscM9T4F"
    "o2tB2LjW5HcxYU4S5+JahNUQrpkLq4mVyb4Q5qfHDX7p56PdwZphxrD8PBTWvUHfRbwz+a"
    "ePfVJ5A0g+ZyrLXao+6v3cdRM9ifk3v5YYbJ0C2bMUr/fBz0M9aAT5AYGFmZ2uB/ger9sr"
    "0M0P+dOdqUQAomjqLaimZ9IM/7f5yDlnuNrACbAER6XljWX2oU5JP71u9J/Nu9wQ2FDGP3"
    "bNJeaAc3icH4j65oSJagnR6QW4wle0BiRMlBwVS2skAfyIccw+JtQGU5AFbgf9sadRLoKZ"
    "ZE1xZjS7/RdRVBLYMXidIlAJxgwn1NZ3+3Lxa4m8GgF5u4N91RYro+3d90hidndBbjRoqN"
    "osxKCPjURASSzPlKZh4b8jjlqklLPhwj64J/oDzQ1KU3zisGZNS97zyOWvcPsVEh85vcOa"
    "dXl4mrJ1eJLSboBPzWHX0F5Cv416DfSe46QbvRv2rknaBj65Kmv0lQjjAg/lUftdioO4a8"
    "4ajHKcWol2XUfYwiw+69fTjqoRiYU8ILCdZLeccwtDsQ9IjoPHthynkYrTS2d7qJlGftZ7"
    "RMMcsJTD1FxcB8hpryN+U6jxDj//pzyL8a7kgmfAtUDpGphSHAPxy5B9QQz/Fht42RJkBP"
    "4PTlDZqylIG4hcxXZYokQ6ePT7MMHv3dz0OkBoiycX90+3rQ883tcnJZKdhj63+B8KasPe"
    "O920aaTKbhlpi1aEfoGLf5XIBNdce0EG60MPAExU/YEq827a8ddFdV3FQkP7uK1M2x6tE+"
    "OpptLqsLk2XhH26YOjnkt5xbPdrZQ6SvKkL2l6P8TfevhbHthv8L7qrl9lRVtCzbkZcStC"
    "zMgSzQ9kck6a4V9FZt1GS43AVct7Cy25eMXpGqG2QqSPifqWzLTtyGHVZ634eGge9ZUN2W"
    "/fL7qTRa+I5mzZC5JVgjr5sqwURkJP1cj8hGMakpfiui/bFWMWcDDY10/Gc9pE9WLjiPRV"
    "Qi2C3OFwk0F1CDz/QtSXeEmCWoMzwOkoJ8tt+BnmyZw/tAw90AfQbsOaIOAbaJ0AfwzYD2"
    "/BtQLHp9gcfEVKCqWEgG5A4Y1346++nyp08/jWvAIVdnugksZ0KoAR4dsoezHBT2/DSGD8"
    "OfNQOaHpMROi1EvBqED4PwYTiImf3sNI8BF7fKtODSe3EzzAv+aZva2X3aMmNdaw/u77uj"
    "UafTBFN9sVCw4IXG2pdOvzNs9aSbYavf/toE7suq0gQf1tP5WPOv+9+/DAdPD7iZqTtGOW"
    "zvRI9JEd9w8KL0BbpJjJ3G2cersXOJ5CtOy3vty+DXzrB/3+mPmmDsXH28gLS3i7GGL3WG"
    "D8PuY4fcuZydnpEnnMGxNnzCw0wuNs4+TQlR42yskTnx1O+O/iA3Pn66QPj2Be5Ne2x/HQ"
    "zc5pMr/JZX1+e4eb/zm9RpD/qDe0pwic4v8a3G5HSs3XZ+lYjRhJLMTk9JR/KZ393D002v"
    "25a6/cdRd/REnDtc+uuJ93q4XaNBXvhSHmuD0dfO0H3VGELc20SuXWLFJpGcaiZ69hiEvL"
    "twSFHg1OKcTmXahQnXwoOv335f6KY4iNpPxaB73mjk2Sgbjeydktz7b0JfYLDgzeTNgvbF"
    "GR9PS82eCTcZ4SZTQu74OB0mhJvMjzjqedxkXMUDn6dMjGaj86pkWrI9+8qEyp1i3WVKhn"
    "Jeb5nY9NrCYcYNMdpSkx6GUh3ZnpXP52OuqDJGezuMqjkt44ejtfVMqpgBIYoOelVkhHcu"
    "vAzVbe2iHa+vO9xVVZed5RjEAc/CPJOtTF/Qtr4KI9pJRSdXsQgd5XzCvwf3sSVEQ9pJVS"
    "E6oPfsUeLluc9uzT2hKk8q12V2J36yFd28A+8fydQdTd6VD9CQdFbVWRX4AEm6w5Aaf3Q/"
    "IDZUypYyDAdSx7ION3SYIhZrIn9byPb37m19p7CA2HZ7fQw7rQjKcR93aGok6MTDbsV2xw"
    "Vez+v3MdJtReDj9EMbopmJrPlIf0FMP7TY/foqPzTTbSnZQdP1jmgaUCzLQTLwiAEl/gC6"
    "NnjTzRcL6FhwBSffiP+XBO1v7z4DiNsaKlwShzLoOobpGsIXXzGpBRTbAm9zXUXg2wwuFH"
    "X5LWl+L+apY+0EvSJz6fbter9BGxDv9/eK9u4D+BkZNlA06vxGHKcm0ELA0t1mEAyRrFhg"
    "pjr49XQTP8iyoWkTH7hnLLsBTbfn+OfkzOHD5e12ozz/KA5vn87PLy4+np9eXF03Lj9+bF"
    "yfBorq9K1VGuub7heitK5HbQ7r3eL+Yys8/gJe88plnrk4z+EtcHGe6SxAbsXtre4a5ME2"
    "pCjMG+OI8XW3zw0MmzHCCto1j9eOmTZfo++GgrvbYJTjlMUMc5HLq0qj7PE43B4K1i6XcT"
    "l560qMr8uhbjLEcUoxymUeZWJN5XM5iVCI7CzrPU7YQW/c/iY5TdZlAzevo0lkUsXcTNqt"
    "x3brtrPKy4RLt8ap46CoM3Qb/mhk6zTwHckf+jxxdQQhogWA06nuaDY4IcTkqeD/AANa1p"
    "tuyu+IPA/Bb6hNJH3SAJzoBtIU+d3n6FULLOASTPCQA1vHBK73DSu+rqCn7ljP8KMoGfYW"
    "VeePMo+cG6XZSNJNHuIl0iNcXeaQc68uM+VccisZ0eEuHmkOLc7QjgThTrA+9BG7/yAPd0"
    "fiQTqkENN53XTGv1LnhDdCUr0pvHuETV3dOJbTpy13IG531P1Xp98EU8VW/kbaWLvvkCCY"
    "pscojDUsytzdNQH+kbPZWBsMv0it2/supiCxqrTwAG7z9NAZepep6x69nuRscu1COw/JlR"
    "WLGHok3pM1SVe5mMndZ98XcWgFx6Gp0LIlVX9WtA30QSlioRIqs0pIxBxm72vHGX2WJ+aw"
    "6CTNJVvAu46UdpkaPkRjNDsB9ei1GCsUqwdJe12yWZtXvbqTrNcxN61tIxwSzmFHdg5wOH"
    "omt4Q0br7/Yc4ZmzsMslSbQd6ZGtsDY5MVvwHoP/V6icm6lX6/5ciKl/OToeWP3K2v1PWT"
    "djQV6TKfuv+3uQ5kRQZvRHdu6/h/ZToHJprqplzH35AGoCaDmakvyDcTfQAtw0Ca/F7HvE"
    "dakb+D/oQr4JG6AuKJppsSvxk3RbcnLu7YOI5YyAzFKFs1twrZ4pVyBWlzdq84g1OfWeCA"
    "eM8Jxqqkvbchcf12MeIAOUFWZu1yafxbPcz4TCUxosrtF7ufz+VTVRzzIScjGypqGs3sMp"
    "4hRTnqeJLHVqaOp2LwbB1ua7FnrLevIvwjLd6dOU4lYF4L83HZDgrdtqtlOkgpZg/joBlL"
    "UcRQ4SRTGGUrcWKJk3KpcbKHXvg7lsvfMQgszs2R+wQiZHKtyJNdQoCN7TGUDdgQ3N3nXi"
    "ebEa8/UZSmiiDnUkCdrdBAnaVVUPiJNsm0wasjSdJVEe99ZLy3lL8ZOGcedH5zEXDEEOCt"
    "OTxvXPHM2pCigvN1H8785SrPUDXffcdQdShj2W+y3MCQlUEttgrGVhFgtUlm+RhpBZ37jk"
    "Qiz+XDWbSKvGxjWUXfs7JhXIDz2T5VR14eYobSKMxQvCpn2dRWZsqUDp6XOjqX1qjWAjFa"
    "4NICEo6GZDBZAktfkHxejklSiUFSEExGaOxcT6aXwE0vDGxdhss6gBqAloUsi+TzA29uZj"
    "qgkoKY71jhvsU9mFlZ0+06kJW8r3hqJGts/hmZM3gR2Y5Vwy3+9D/XffiXkowfgg+kfwt9"
    "WpH6tMRA5hY74mQVZI8v8ojKF9mS8kVaUA4WSQroVT52MbIqneiFeNtFM97bfM5fAUEFZ/"
    "d5Lk3Q+QpN0DlDE+QsFtBkpNwboe9ZkzskqYBJdpXY0fl9FJM4Ug4GgdTRG/S/+M2TXgcJ"
    "wINDND2n18cah9QFQk9clb1UxTwhxw+d/m23/6UJPPqxNuy0R927P+hFj4Wg19utXu+m1f"
    "65CaZQVQl/ia/1Bo+dW3xF1S0kj7XWw0On1aOkmC1EUPXf6OD+kySAWLcgw4cn35hG6Usc"
    "q1/r3t93brtYvG4CZbFAsoLfiNTgbd3iYcEXZQRlPCr4Wuf3h16LxIij74YKyxIgrlg0xp"
    "t1lK8JWg7ICoxZDq4cbdAyMc5gUUxaQOuFhfpqs06csgIHzb6n93H5/gjVYn0z1eIrMiOS"
    "N+dIp4jFYJd6sBN6Fs7RTlOL4S71cNPlqWy0hydIRYqPMo8zkXKIxRQLOpsc1ylqMdplHm"
    "3cla6+bpjKOUYqxrnM4+xqKjZZ0FFCMcZlHmO6IB12vGy2xjROVQFZtmilqWJJOuZwMCPL"
    "r7yJEAr1DYf6xsNNsmz4zGWDSRFWYMLv29EcvxVUN1TfJGnFCVLmE8Q1XkiGiV6lVbYg9l"
    "izqSu3wPaQ5MIFDg8keW1+xEPCyoG9h7AZXVX1N8dYCfd6wxijmzLbxx5bo+7jXZcYLS1o"
    "KxZRx4y1m9Zjt90EE2gp07H21I+0crSgXa0UiyQAfMJXgy9OJhZI/gXCf9onSMVhX+bD3j"
    "HkDZm6OGUF9fZHGpDPGPZU8euQIcdtuDxgGZQiuy9DNBXhFVvjKcIrCgqvyNoZioe4ZLtC"
    "XoQZm2KezLQZkxu9IvL8FPg86ZPdCJUO6alCM5uRPXnX4T4uZJkxPwGieQN/UECwNu5noC"
    "H8K6FmKTT6RjeBptsI4I/QC8Vpgre57ubrrdNcvuTv8gPo46eYAMkKHuE60Og3d/bJ6Sif"
    "/T1mfVabP2vuE7xF4kf2iMCcogJzyphJ9aABCztXUJj6YgOtaYKscgqK3QONT1p+mGNEAu"
    "T1OumS5w4/OpnmiJOHW0vLRovjnsm8mbLiVJXbMHZfd88FjFv7kSQT20V6uyBcehrSbJce"
    "v30FZm3Rzjwi43WpMl6LuKGNVka5bRJpU1RMNZDz4IjRCM35es15mIhmS81umAPnyADOq9"
    "SNTa2YOrfdemy3bjuHykvUeYWqQ7WLbXyhxkxqHWtRX53W2m+LIZHzJbautQBpC/QZgMDQ"
    "MYYfADGUAnuOgAk1WV8ARQaKBSzM1yH5M71h4fmFZW8TkRuk9tjCcPCscauO0QYI79c2Ky"
    "/Rnp8m0nGXS0tpchZh2GX1hRKl4j67yuPVkzyyI149V0nxDP9qlJEFgg1tQFABKWLfsi/6"
    "biiYHdrEPzpGKRymysylmuhVf9kwVC5KKUa53KNsqHDq5gzmOuLThEKXxUi84snlvOim6A"
    "S42eAKdUlVXDqzaizFctATwYhvNUVJhO5kve6E4rUD1ckjMl+VKXrQjxPlvAqU6PQqk/5k"
    "YD639QVJTPyIbNv9pSkVSrpRPbcWhZJJVoRuvUKFOGI9/8MC07mOpwbRddCq7F5nFnjWge"
    "FMVGX6GSg2yS+oKsgipdwVfNNyJraJEHA0FVkWgEDV35BJegT4LSzaRn/TGJqVwh4rVCzl"
    "UrEYOh7UjBiq9XFvIXWBeoG5jt8TqiqnfqD2ddC7lVq9XhP4PYy1h6ebXvfxq/TUv+u1vn"
    "whsW50nltzydFmKnx+LkvEmx9mw8sqp+gEq8wqdyKin6rFKueJfjp4cM7RnywpJpmHk1sT"
    "xjPQ0EjHfwoK4jnoWGwZwsNmpLdijocwiyP27uRlg02Yn/slIQlu+w9gRI16NuYjFcw9Ej"
    "MfBC9oiWQwh9b8M/hmob++gQV8IXwobmsg870Ml0BVFoRDBYTjmUALgRBUzK/q7DiIIh7K"
    "rHQSiJL0qRJ5Cn1BSJkq/LSVJU9Is3+TeidRESu4GO8yaMIXabGqdkTFeOxCKkZkc+LEts"
    "2pBQ0pBFPHKHc51U2Gp+TjAnP+2fVQfKIqKcIuzj9eBWiSL6uAfLzHMhKjwAl8ZoRYZHtC"
    "+u3L4QdJnlcZP0idvqH0ikyLGcS1eoanqYub6mfln+eeyiuNaraHdYSkAu4RRTtZB3rSrc"
    "rNpHspcCg0XUOcw1HrD0glEkIZaKEi2ieSj+lrp4cvzPGvJvVo/tlpj0gDE/0HTe3NtFK7"
    "Tw/kwx5RlSX4x1U5LxnUIvHlBnVLjLk3AfO6c6UIS5ytrDShY3F5KrdTYlwKq17s9MV5Dq"
    "AvzrNLGZ6zgX7Bv27T0yDeQ5lBr913yGJvggVaTJA51trdUfdfnX4TTBVb+RtpY62Fj4o/"
    "7gdPj00A8XmxXOiONdYeR627uybAAMxm5TgLPKVFWnueESoFWYajmMq8PMO0i42fqLyTIi"
    "r6i1tAdUkEzx5VXFkS+j5VHZmbA0lQCu6Dg/vwgZNMBC2+ZCIM0gpITgUUQRU+fZtM+pIb"
    "JtNOfAe3TB6aw9yxKlg4RQqnyHJZcjOdItnpGEWiy10mujyMv2lsZjMM68mZn8u8Hiy79d"
    "b1R32B7DkGmITPIhPzXWAKNWrvBidj53oyvRw7l2j2cew0JrNP+Mr06uwdFjrBGx5w/a0O"
    "yDFXBzaCizog+eBeFXtJEgdCT3r9hwXGzsdPFxDTXpxe4H6mnz6mLe6HfBGmFd5bXXQ8kv"
    "Z24Y5apDsqb2Km4lMyFaZXO8slP5ytkB/OGPIDRuNZNzd2+I3SFyixueue18TyW7d/O/it"
    "6e0aY+1h8Dhq0r1jrI06rfsm3UHGWqs96v7aHf3RDPaSsXY/uO30JJeC7sASodtE0bZ7RX"
    "T0Z3KslQRZ5QTui1wL5mLFgrlILxjFkuik2KCcW0hXoFrJPwyOVqskNBzZ0/04XbHzRC26"
    "bBufhB6jEQ5woviEKD5xxDJ5ejfYAbj3QUfHtRPkRTW2BW5RaoJ4Em9ZaSKda6wiMznpmo"
    "D72BKqMIKiKhDtU23Wsm2Efy6qMVRmwb36KnWZAU17KcMl5gwjzfPEYqPvBnW2Az7lZ5pP"
    "7r2i1Ul4iEJKaGBeEkBNpvEgM0WDqteY7EzAdUcEKhYEwByZiBl6vZ+nMDVdC4T8uedtsk"
    "LfJfRdpdB37T4RG5bBX3V/uvPJ7iGdcAnhEN7JtoUlcEXbQHxP0orEaGX2UPBGS3fszYc6"
    "JBZjXeaxdnkQyUL4N8oM3jdbn5AiLE6vcFpqjiCykLYKe9ky3KWoeuPdL/3OrdTtN0Gwy4"
    "+1Qb/XJTEw7iwZa71O61f8FZ/Lr/hb6+ax0x81AebTkWbju3gl4JueVzC3MS2Pk/pZtpP6"
    "WcpJnQSBO8aWUUupTo4oaKn16A4rHiLLHdWxdkvvy37PB3dJ9/Bll0zJ5rITZJWzlDVyWc"
    "oaKyxljbSlzAONDP4GLEGaWvAEZeYJPEUCr8UmSiRsDAx24DCGsCqiusJyE9GCbW1gQBXT"
    "5dZTJobommWnHTqs7eZ4kc0y3hzaU/UGqqrO9FH17tRzqdsnYeO1yvbRHNqB+yZ4xZyX/B"
    "l8c9ORfiPZmMgrghn18XQrtgC3e3DiFqB2a76QitUkiamFaMHqd2l9+z4flJHiyU1VGQ63"
    "ULkfUuUuTth98C3uAuKANCQQrjusgCVV5Y1XCijEBM0TrqQyCiBxMykPXjdHBm7+KKVgUp"
    "Upc3uPqAiHCENpMbmU2P18vArVOuZjVUiECo1NOb38SJRfL5gbmCxDnmKCMPeA3NpyNu6/"
    "DmQ0VWS3VVhxDppuyApNvQ6gvFAYidn3/Kx8PgKCZxE8S8audXwgC9+LQnwv+HNCHCIVRI"
    "EA70HjflDT4Wb2DQNpsne28NidHjr9227/SxN49GOt9fAwHPxKrU+GYeqviCbJu3t6dHPk"
    "zRyrLCnyvANZmjCC7jI37ziRkJDSuzdBiCQw5TbupQgrZ97bS+YZf0bym/bilMKsV2azno"
    "i+y15jVY6+E8bcXZ1RwuxYmNnxMMonH3uG3ikyLDlUTpHpkK80ikdAqvOR/Cinn/Df2Rmk"
    "n0+ppgi5SVDIlYvJ2Pl0/el67DTOGrjNVQM16jSbNFEN6RppSiIPLRqsxC6Lsu8Hri8GGK"
    "12QhVctDg6XwkToX3aWvvkrkUKEZPTzuHpmOijzDJ+7WbY6re/Sq3Hx879Te+PJpiY+EfN"
    "JWhZaDFRl2PNa9Ee3N93R6NOJ2hCUporto3QWPsyHDw9SPcdfLwT0fXZ1B3DX/Rj7aE1HP"
    "0h9Trt0dMQk9NdAbPwU9sxMe3oa+e+I9228LPxylggCW8YY63XveuEHarKDEU3kcMnJrEV"
    "W+WSxQKCMk+HDaWwveTvoZOBC2GfQEi5eaRcfORrMkwDnF3nJqQQlW5i4s4uKt1MHdMkBS"
    "IUGy04DvYkmYg6YUSdeLxUCtU1oVtRwmKk/AMUYiy7UJ9Ll4P3pU1GOEJWQS1OlQZ44SXa"
    "2Igf92gLZAv02YwEevHafpJhYoO7O++C299Y+/rHzbBLSiUtJ6ZSEquPoUKWO1w2oxYQCE"
    "YtD6P2qshIlxyT4cSVjXGMqHI4/5A25hRzUJNNOLN5N5nbYetu1ASUNqseW69Lw1MVEp3a"
    "6d+SuyRbC75D8Ou6xmhzOscNNtuEdh6jaur6QpqqumcLj4/gyhQYCUqRBGODDJZcBv84kT"
    "D4M1yi/ZW4AU+bpBVG6DLztVTG3Gic45RilMs8yvTs3Ew+FSN8FCPsM0MbDHKCVIxzmcfZ"
    "RAtlw8WcIBXjXO5xnurmpuMcIxXjXOZxFk6AmcNcYSdAx5A3HPU4pRj1sow6Y7GnElqLGg"
    "HbaylWuHyKGgG7rBGQ7fAZETq8HNpb5miPZhavCNyxdU/jnbfEKBlmXUWcjLlu61vi9ED6"
    "qCxAuqpui0+1kijwVUOImPMVzbFXrcmBhkY6/rMe0fuwq6MUo9iY8jjpewCwnPRDbPI46U"
    "da58gM4brHX08gIn8np2OnMWs0mtT93UCm71HPSvTAQ7recV54yBfpIT/3akPmdUTw21fQ"
    "B2H3iQSo5oiRUXBVKoGQRkC8FmJbN5Qp49zJdnoOKYTTc0zQ34XTM76FgSZvyTUmCTIxMD"
    "sfGJIwgDEkI/Q94/gMCCqwCa3SeXV+H60GO1B59Qb9L37z5AjEwfaVilxeNHEi4UWT9qIR"
    "Wt5sqKur5S1NgP/RSwEpXS9PEHqOVAC+jL//RAAHHYq9pQHYKrS/r9skJy1DaeDdqefSGW"
    "hh4zxFJhXtPe4UuFTA1qnE7+V3PPFD8AMPxjrwfCbMulsqx8/4WAdj5/r6qjF2GpOrK0bm"
    "6/0+Kk8sfywlIdltRTC/SCV5vCAf/nytOLP6gn8Hj97Hb1/BbAIiWcPxJWuY6DJDeM0G2G"
    "9fAW1BAZFpPv+QAnidJyIUXojlE1mFF2L1NRVZXohbydS7k/5cNw2G8Bf4b+SQ/Yyg7XrR"
    "L8ivRok+AwuZr0gGDpG4SK5+R3t2kGWRZ2BZ7QUxsrRt2IewH5dLKKMjw8WL+QS74RUOC2"
    "6MV7jMwypcZnMKl+lUDBB3zIGt376CbO55o5FHjGg0suUIci8R76xrNsm2RIHiwDlJV0G8"
    "dz+ZLeVvnipbfnPhq81QL7wpMmtnyAQzaC/QZKA5R8rznMGrZ8IZEgg8WWkkoOE7eebeUU"
    "OSyukQ9qKhcQxVh9zFORJUQnObnQNFCO9VF97LYAYp3RCLOgJH60BQnLqJRL2wtE1eNEwe"
    "ZZPfNIeuibQlyfpJxWugaLQ4JMllBkiqrw/gMVrq2gIvCBkk4+IS2PiKgixwQt5rhL8s3w"
    "GoufWvafVsllJqvw8T2qtyaa9oACAnqxqlqaDgv5ecl7rB7RQeIREO4TEuahcO4YolufV1"
    "00OyMrtijE7kVuTIrYiRC+Mc+FGP0wrk+ZDXDZaRYh3mPlWBaPuH69GCjecpeWuOjT6kKM"
    "c+Tx5bmX1eaDOy2Z7qajPc9MebDHqUUDgZldnJSGishMaqUhqriPepq11hMGwcqVluaCcV"
    "QjvuAu2qm7aDKFBVVQmlfSs+XcAytJ8BmjlUoHbQdq0OdDRHwHQ0jXjLTXVHs0ldU1qXlD"
    "Yh3yDVXH4GioYZtwXS8EACaOsLZUoek9Z07qZLhj7zz5qv23V7cqOkhIbzQBpOPcMUn50l"
    "McsQ/+OyB3GXMUfjcRUJ2otKfqmyGHif4GNfIxRicq7nXf2NeEvGtWJJ7pJca2RSlcrIim"
    "VFhMfl0YAak92I3s/HcRgeST6mg5RRJ5bP98TyiXkETUPTkDVwA2ub4D+6omG+YOycn306"
    "Byqa2R/A4BWZKjQsAE0So23i3wfe5khzGQ1mErl9PyxfjHdUfAkjh/nCvG+U5x+Fafl0fn"
    "5x8fH89OLqunH58WPj+jTYwNK3Vu1kN90vZDOrR3Up+Yu7l1ADcnwc5BGE2R/d0RxF1d26"
    "NlDJxggrqIavkk7WQkjbpPZXSCYGuNQDTFiODQY4QiaMKmUb35LE8LZ1x7RQjcHpe3dW8v"
    "gqgibR5eFJFzTO4VrptiZMtoosC4/rZ6Cbz6D/1OthXhpqmKsGz6o+garf9MRyDDw55YWi"
    "vasD/BoIvCqW4gbpUm9J3ME/LGA5E9tEiOViWcxD83D8YZFfr4CDyOhUbPCwSOSy5zAhy1"
    "ksoMkIEcpO/RohqUAo1qrTaR/JX0VG6rL5P8mKLc3JOcLg2tBUWUA10wEqRpocHZf2g9fH"
    "sSnzVwzEbafdvW/1Tq7q5wl3v2jcdxxn6MiKr1rMO/GjNOWY+pVy/QuZm/Tp2tGcRUr7Hz"
    "8FAuoCDwHZhDObE//a7bB1N2oCSjvWHp5uet3Hr53bZpgNdKwRNLu/kot+ed4kX5rrhD7P"
    "c0CfZ5/P5+kEFK/IlByTYaZZlX0iQlSBI7qAjGu+M+tkyafXTNGJiGmGHddfZxtoRpK0Qj"
    "1SNvWI8CbPt6iq600uCi9UbdQZi/3g5XVLtm1XsbpuySDO66Czk+K6U31hYEp2FDKP07Sr"
    "jW8H3R3hrpXLw9zTzW8HVo92UlWIDFMnG+5OMHqI9FVFrKBl4a2NeJFvCdej7cjLVtBbdb"
    "a9hPIG/0pJhstdoHULRYQHlxU2srtn2mPjJ0Buy6w0jdOtM9Jmw8WMvXAdsWoUTWoIFtEX"
    "hzRweoO9mcicoK2g+HS84lJaSl7idc6xgvzmwlmSHWRDtko+VW2URqAqHHsPFS/uH8Bbh4"
    "v7HR0ZwPmjxSNTix15k94TdgBs6E5XUWBjO2GZQpruVMeaD2mF+xqDr47ezsdSzwhFLja6"
    "1pXRwtBtpE2XwKTP8AOe30zFRu8naI6HFdAemwDiNngwkHcBvCn2HNhzxQKKDPBfDb2SIi"
    "WGoZI29psyZXg6FvPIHaeUzDY7M8+ADe3NFazakS0EuNck3sjhJJkIIBapuqtumCp5na0e"
    "kp+R2dFsk5kBJHo73wGmUop8JxgJkSUuc7QX4BYwHjtXjdkVcF0V3SNDsS1gYQ5gij6Tws"
    "iEx6p7F0hV5Nk7sIAvyMIfDboGwLMJ8aTBp4x3Wtns6NziHr1GseV2SD7hLlP6rUSpZipm"
    "C6/+QpVeQhOyw9I0GzguH9hj+TD6Qt9p+SOH03K4k+TlgUOKCgag7L5QswsXn8YpRiM8SV"
    "gZdmc8U9ZrXsH5enWZY75eXWbOV3IrDq2GmRAebP32lXPC3ksRAH4xrbLi2ZGIY1xOwcK3"
    "Xqg4hIpDeFyLUd/Q41rYZ3e1gwr7bDH22UNpYalTMVMB67sb59K9Bo1zZEpxWzfBAskKBC"
    "eyY1LPS8kitjmi+HR553ekdhzZokhe5UQrkqcEfTfQlKg+/TZkG37HypKy/wfmyZASsyVb"
    "6C+hSy1Wl0ogz4+q11pYCpNstEg0s+9EMy/4p7EBXp9rwKctM9a1X7u3nUETvCoy0sda6+"
    "m2i78Roxj5Nhx1270OyS5gKxitsXY7aD/dd/okL4E+dfxAhcMnHAgPCI5tJU4kuEymbyU+"
    "pXkTOcSIKqdD3Esih4kucyWz8ttXAN2iM1kJ1VP2RD9OJYRQPf2Io55H9SQCLnbFFKxQPQ"
    "kP9kI82EV89kbx2baNFsa2wdm/OMrfLbenygIlAtlFIPsBAtlDSP/CiywbzIGGRjr+k2+x"
    "VmjWbWRFCLb1TGtCdOPPbVWQokfPevPCAzK9GkcAanKg+p8i01ZmNNwHc8zgBKqqq74n3t"
    "SWgy9hNlAhndRJySRbeXZ0xwIzk3wmvtdhroG0haGgZ65x5vaMMCJLwUGzFPhjLi1Yu/SK"
    "glZJyspYHgopbRWt1OeuKZZa9k7VYWY9xChZAvwZoTs2+Fd5eA+ebnod8DDstLuPXS9hci"
    "BE05vUSBk4fg87rV4CZ3+b4sQ5TiZwXotzyfKelJOFOULFUVpfqELLliYIsssirVhTSUKx"
    "qtauKqGbzT62hW5W6GbX88DJ9JZ8qMZoBKoixZBwYS2XDqi+XYqh0CN0S2Arl/Y2CWxsJx"
    "S5m0pi+dqn0/XAfO55Os5HZJMS2kydKatZPZfilGT5tqIkebSm70nhSOtNsadzZH0GBjLx"
    "tIQqMKH2QpydFQvosxlwNDJhAdQArSEJbMfUiBM1yFCM7qjbHadmEnrObZ2p55jx9saQoe"
    "fUdTwZtQzP6gRpAuwJpt3XrhRcKVZgvRkMejEJ6aabdBp7ur/pDE/OEvkW0lyhkFuzp3x1"
    "5daiC4hUby/bKuvVmlojvpk4J+PFWWmkXGORl/nKKDTC5ry24qao6Z3BPvkm+Rz8ku8FsJ"
    "5PGpH62PQbZmEIGUlDCT2L72fwDY+QRQujfANzXZVp2BjUrDfM9dTB21yZzr3kk/jZr4je"
    "tpBJLjgatF6QnOahinmk4K/KxV8Z0LKkBTRfOLCN0RSn/bk6lsi1YKWkMc2urBsjKkdp3U"
    "pVlRYM7Y/I0JbEZHD0R8iO2NosbS0nZ7u5rvYoeNocmtrdsrW++3cGdxvxDs/J5EowQrLT"
    "ckmpbAcxe0GInMh5UKyabqqbDGNBdtYDv70wHrJcCzGDjRjTdKW6MyQqUNF5GI+rHeo5PQ"
    "mWh1OPkJSDTyePrQyfLkKYs7eZ4+TT84Qwl4RPP/QAC9eekqIqXHuEa095geUVGAvzQEnG"
    "yzIETEZIbQ4hE8YJ1tpThgiLpSaSwcnYacymDbceCk3ER+qbvHcMcuf6+iq4Q4NgwQw3IN"
    "W/3Kn7GcjkC+a9wog50oXvTfIPi8TXzRRzAdkBfId7jdwFWsJc/ukyLXih2Q4dkXApC0G7"
    "UEH7uHK21cisdgxO2aQ27Pzy1B12bpvA9BbMWLtv/dx5emiCSI8Hz8wmipFUshhJ6VAWmT"
    "WPLLOmjI9afgVGSCXiJ8tjU0wrK0I2aJNTOKQu8Bw2kCZ7brA8B/FDp3/b7X9pAo+eJEnt"
    "d5qU/9zoCM631lYstdRKw2+yyVILycRaK/NaowPFW+MpRlSBNKIFFHryBMZNagKlKUVVIF"
    "EVSNg13MVxiEDwii+lwxiLKg6qsBXtClVhKyreVlR8tHLJtoPtg5XxG4D+U693aCPckQKb"
    "bYMLgT2gEY6kYc2yvnkpWnOY3YLMsPmsbu0gMeVCUVXFQhhF2SKx2Z4lq+6FF7npLPUpVA"
    "HuvEmDhybQQiQEidSaV5fAchYWbWbrhjIFC2jZyFymTWwFPTNfjkzychistCUttr2Rp9Vw"
    "kz/dT/XoKhXmtULNa97UTotnGYoGyKpUEpPJjveMZiFIZKoE4+jP2Zwz0W8u2EWWkkBkdT"
    "1wVleRuW0f81q4d+4DVSGy7wpVIbIL987yAisyt/1omdtGRN6sMeR190Y9l7BuB23XCuoD"
    "DQGk2eaSCL9EEPbezBN8bfhd1/TFkrqtnjXg2PkI0an/+frT9LIO8LXL0yv8bTLB164mV+"
    "Tz9bRB7rjtGhezc/zl/PT8ilE9+zCvINKRlEv+pv+nYM229Pvtd2PkPyy0e/elNBmm5xVu"
    "lCbL3ny8guTO2G7FkvBmqrwyJurKAN0YXYExuv4kPtoYXeE6kT23q+U6sVWakd2xX7foFa"
    "m6QcKLOoQlYXFiqTYrmTI5bC2hoHkuvsyykUEdLusAWsBEU92Ukdz0kq15yYlI+I/Lvcof"
    "QAvgNrghjQtSLABx2zePubLn0Abkp1iUySJxREqqzn1Rzx1rJjJUOMUXT755tNa3d59pE+"
    "+W7HWAhZWlBUjGXnxvrli2nm2JWW1ueUFLYVYplq07eF7RQ2/TO2ZByBTm4JK95hWM3rjI"
    "E9N1kR3TdZGK6VrpUL6VM/kRgs1nCWS7aY/Q94xFXiEP7VV8V+f3UYzlSmVJCdiu3qD/xW"
    "+eTJ0Shxq9KjLSWLGH2XlrojTlSFxTqQST5PDjGQ6/fTmGolo5hDxWkteMG6MSTsKMbFlT"
    "zHZLjsVrdUzRCXCzwOXVgMapKnCUxhm8Rh49aCNbD9pIRzoJbdKPEDgonCN2tUcJ54i9Ok"
    "cM8VQfdtujQ9maW4aBX9yCaqaqM9GivkrRCf22vGpOFyCi4CO6QVN3NLkJLKTO3pO8ppZF"
    "VKd1qvx7NiGmJxpJpLwiGcxMfQEMROtQGKaONxJ8kXhtB5GpLgnb5lzQc5n+4vRpdOt0p3"
    "/ST1woKYtUUpJBl8JB59FkMEgrwIkVrdSgKFrOZKHYmzFozA5Efocys2n+xinRrZIt+KzP"
    "qZLuZaPlV8w41zq/tzu9Xqc/agL0fYpULOzYY+2Xp1ave9clWc/+cqBKnfnH2k3rsdtuks"
    "AkZTrWnvqRVo4WtEuebHkkq7OrPLlYknMjkovlKilZzRQNn/tbDWSiCzGKBxhFXVX1N8fI"
    "yLqSfQimCMURyH0EBhjKDgP7bBNUkm5LO9TxHHgMM5SQ/HfHLYeoUlmFD9QoicB0vTYlEA"
    "e3VKYE8vrQ7/DIcM6rVIlOsPVxEUJZVSFllTu1VymrgsmfR1kVLL3dVqv60y/k64b4C/XO"
    "AdU7Ik59d8zAEWZA1Q2kcUoJtcFDp98EhHKsPQwHD4NHIrH5yoax1h7077rDe3Ix0PmWQ4"
    "gj77yRCi1GKEycx6E74x/mBKnQkZZ5nMMMqxv4LCRoxUiXeaQXCA+C9sytekvSCc0bt+ZN"
    "hCjsVbfhyUFbSt4D8xlqyt+0rNERYpxX/g6nFrfwHXER1/DLIFYaKY/w7uchUgMo16iSAt"
    "ePikAe121CsntuCdUDQuaQdlQlmPapzIkgxlDkxPHMo8QhvjiSGZKs9TsaO5fo0zlJGDG9"
    "bEYKrP3Dcj13aN01iA/VueshBF3/IHBCmpKMkgZUzM/gba4DOtbk04JEProxktZcf9MYqS"
    "6Ke+xqryNC7Gv5yGdm1TehpCpSSRUdkrxWlgiJ4ERYlit/avNhKhL6rcB0KyeP7dw7CoK2"
    "sv4dIv5hHRdUCVWCsNcLe/2hpYc6t73+MFblkQk1a0b543TGPf/eSiHEs5jb0cY7tSSvTm"
    "niWdT+TXLIk7AEKdQgRG/h7SJ9QzD4RTL4iiXpjm0pLO5pXfawCGGB6cOCK0ebPwzvMjbL"
    "8Sc7Nj+kENH5qzXtG0Tnu+BixoUtP6waEY+oAuaNfaexwaw6M7tyNsIhReXg3UvFzCP0gT"
    "ERbmzZSOaEvTbs/PKEJRIizwZ9jLXWw8Nw8Cu5SHSw+iu91m53HmhDOJ0ig7Ybdv7ZaXvE"
    "/0FTeq3d6lPxmrjOEICweF0S+VhkMSrM5hrMJWnCyGeWLacmyEQyEYbSM8CIX8+TpBWanl"
    "JrevzNl28RJajEGmIk5PEh4l9CCVLhdVXqBeRxKpwLKE4lFhAro5UH0QYLKE4qFlCZF9BU"
    "3dANOUYoxrjMY5xQK+fcJBNUwqokyrgVhGrM1pET1RiNONBF+rdCI2pZu+0OsP1BfKYTJ0"
    "0OjN3VXjzCJdsj8gIc2xzLFRRu2orLEaWjwb1b9VXG+xfM86hIfkYSjDRf6z3cAmPn6uPV"
    "GTgh7rrAMBFc4B7r+PVoSsHTd6SUHQR4CBySFQ68ItPCtHXi0xtcJFVVzLSP8K47Z3oC++"
    "08flGhv0w4AB/SPyAYhvzQRkkEK8hgBd0lw4FoSCDwZPlTwAlSeUzLAUGZHX5LY7qfIyiz"
    "w5GyHVaiNOVwWalUbQ8bfefKB+u3r8R8L9oq7HMlfLJ7gkps3OvF9yj7t6UIdBvp6shAzi"
    "v/JCZYmfyXA/QZElB0ZPKIQNFJkS9zuyd5uPKIiZ4dN1KW1IMk9R8dQ9Wh7Ff1tvDbAVux"
    "VfzRMTAlkr2SkFPHNKnMomVkat/Tc0QJ8HJJQHTQeLjLgGBfp+0hq4DvwXERv4SUJRJlox"
    "ynqoCzW8KPMBfSZyuQPksjrViWw4dySCEQzoOwSuoqc4miPkHl8N19pSw0myFasF7y00an"
    "bftslNOUP3JC6rJ7iqfOt9rY+XgxOR0719eXU6KHPv2E/zYurzlncq39NBzSCOqsDolz+K"
    "9dmlZx7DTk2fnYuZwhRHJjwHNy86HT6kXvNtCnGSadXJ0necQ8a+Q6xxK5zlwh18kF8qpY"
    "ykRRFTujGvP6wY33UOCehJE8u8JD0ZidnvKO6sPTTY+Eu0f7GGuYs+sM+62ee/26MXY+na"
    "LrMoySKzdwsOoRiuL0CGel5tcju5numFPEXacyQVa54/e80cjDqjca2aw6ucfEeg6t+QZY"
    "+2SVw/rqMgfUV5eZSJNbcaDfoKnx6tyjNELnvnOdu6vP4fXKTlAJJ670Bl50psv1cB6f+k"
    "qk08kDNf6B8kBTl7Ug5+IxuEN7s3GlN7RjyBuOepxSjHpZRp3hBJ/KExpYEsjxwreHskjF"
    "4bTWRBmDrVg7ZcmAzmumZE20mK0SvwjoP/V6+bIIex6R26YRDv0qj2w3y4J9r4lx7xCSSU"
    "81hj03uFdfZc+d6LY0i7bMkQtXvr6Q8d/ppfxT5AsCulsaG2rWGzLr4E2x5/gL0CkpVIGb"
    "OISV5nYHPQrrbLmss/hxRDtG1zvzBMzWSjBIi9NoH6tigmZiYGovs4GO0lTCAy1p6Mpn6V"
    "pl6krZuty9KI1yto9fSFEB/VrRPn5zpBozh2G5XZkDL0JVYAK8w9gRd5j/TuQC2/fuMVVs"
    "eqxx6Y9jREKBvHsFssUbVR2hELK5UBwLxfGBkD5ODWKW3jil3jqMk/iT5nKsSP7Flw8Y6g"
    "VGq/o6RYMT0EhR0SNPBK3fnnpm474AIcITAcmAxLKSQjjkTuCe/n4CLQSgvFAwiQ5M9Kqg"
    "N1b07O46FhqIcmkghERcDE+Lf6eZ4deWCbJZtBtbMTLD2Wle3+WVzsspiIVgtlfdGa19Ky"
    "PPIJSwHKk6zNiI42QJnGeEbl9In3443RPUqxyWB083vQ54GHba3ceuJ4cFPBO9GVcwDDut"
    "XhrpI9AKV2hqC9lWyLYlRhMLTLr6ihh4rtTvRsn2puBN4RrM26NV8ApVglAlFJpwC5nKdF"
    "5j5dty79RXFuwN2+yzRJaQyouUyjODbLI5v+womyrI5HuJByGLigNhr3kF0d1LMDF+os1M"
    "h7LChheSFG/BO4xheme2uoMeZv/9/33HcX8="
)
