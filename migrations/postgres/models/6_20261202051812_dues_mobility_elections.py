from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
COMMENT ON TABLE "election_voter" IS 'A voter on the roll (正式党员 only, 党章 第七条). ``has_voted`` never says what or when.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "dues_payment";
        DROP TABLE IF EXISTS "dues_profile";
        DROP TABLE IF EXISTS "mobility_record";
        DROP TABLE IF EXISTS "election_candidate";
        DROP TABLE IF EXISTS "mobility_contact";
        DROP TABLE IF EXISTS "election_term";
        DROP TABLE IF EXISTS "election";
        DROP TABLE IF EXISTS "election_ballot";
        DROP TABLE IF EXISTS "election_voter";
        DROP TABLE IF EXISTS "dues_fund_entry";"""


MODELS_STATE = (
    "eJztfWtz4ri29l9R8WXS9TI9CQlJmj51qggh3ZwhkE1Iz8wedhFhi+AdIzO+JM2cs//7K8"
    "l3WwabizFufekOWEs2j2RprWdd9L+VuSYj1fh4j+YTpFca4H8rGM4R+SNypQoqcLHwv6df"
    "mHCi2k39NhPD1KFkkm+nUDUQ+UpGhqQrC1PRMG3bBA9QN5fAlgEnmg5Ie+VNMcwPYKGjn5"
    "X5QtNNJIPJEkAMNP0FQHmu4I+0f1mTyA0U/LJ9VxZW/rLQ2NRekDljv/3Pf5GvFSyj78ig"
    "H/+sEImxItPWDJV/0QaL1/FUQaocAstuxL4fm8sF+66DzTvWkD73ZCxpqjXHfuPF0pxp2G"
    "utYJN++4Iw0iF5ZvKdqVsUQGypqoO0i6n97H4T+6EDMjKaQkulw0Cl7Qfwv6uMx73+cPzY"
    "Ho7HldgQuRIBqJ2vJA3T4SWParBf/0If4efa2cXVxfX55cU1acIe0/vm6j/2rX1gbEEGT2"
    "9Y+Q+7Dk1ot2Co+6Cy/2OwtmZQ5+Pqto8gSx45iqyL4ypo3S98bP0ZnQe4c/h9rCL8Ys7I"
    "x/rpCiS/NQetr83BSf30A72hRl5A+73sOVdq7BIF2wd3QSDKhK4nsBt4DztzQ+DW0oBbSw"
    "a3FgPXMKFpGXx029iaM4Q75JEgllAMaV86v5lcmZIOKtngrtw9dbukMyI5wg+D/k1z2On3"
    "moM/GmT11SaQNoP6coSbrWHnW+dx2PDW5+hafphhWmiGyRml/3ns9xLeAVcgMjCyIpng/4"
    "Dq/LK9DNB/TS0sUUjBxFJUU8HGR3q//844aKnfkRVgU4Boz3PD+EsNgnxy3/w9in+r279h"
    "kBHsXnTWC+vgJjIY/9YUjOQxNOMDckuw5A9ISCg6KETKVOboI/0jxbA4C1BRNoAV+N82h+"
    "0IeooxZu8WZ0m/0TQVQZygiwTlIgBOiOC+prO72ucL3E2/3w1N3JvOMDJdn+5v2oOTMzaL"
    "SSPFREFlxQdc0hGFJHG+0pnHhzwsuWrS0j+OUXUhP1DuY3XpjPOKARl27tuPw+b9Q2hU6P"
    "ymV2rs22Xk25PLyBLjdQJ+6wy/AvoR/LPfa0dXHa/d8J8V+kzQMrUx1t7HUA4oIO63Lmqh"
    "UbcW8oajHpYUo16UUXcxCgy78/T+qPtmYEoLzxdYb+Udw9DuwNCjpvP0lWvnEbTi2N5pOl"
    "Je8K9oGVOWI5g6REVff4FY+ZtpnUeI8X/cOeR+669IOnz3KIfA1CIQkB+O7A1qQOb4oNMi"
    "SFOgJ1B6fYe6PE5A3ED6myKh8UJjt4+rDI783a8DpHqI8nF/tPt60NLN7WJqWTHYQ+//HJ"
    "FFGb+QtdtEWKbTcEvMmqwjdIzLfCrAJM3SDUQazRdkgpI7bIlXi/XX8rorK24qkl9sInVz"
    "rLqsjzY29WV5YTIM8sMXukY3+S3nVpd19hDoq4yQ/WUpf7P1a77YdsH/B+mqafdUVrQM05"
    "KXY2gYRAOZo+23SNpd0+ut3KjJcLkLuG5haZcv2ULGeAGXO5hZt6SrB7uncqOla1NF3Vbt"
    "YmjZPZUVrbk2UVTFXG4H1L3TywBJmi6XFSsJYlmRoaRsO6/aKmLMfMvuMBXbfJSIvWkmeR"
    "klaHDor00A+0b6O0bnbCJY1PjWalrA6A6Z4+FLAVrRWKX19zEaauSf9bg+GangPBYbnGI3"
    "r80jaM4hhi/sKWl3VJjHAHFCWaIMUXJAixZtmSKsBZNugDYF5gyxSBNTR+gjeF5Ac/YMFI"
    "N9PydjoitQVQwkA3oFjCq/nP1y8cunX0YVYNFvp5oODGtCpQEZHZ0sTrzIlz3fjRMc82dl"
    "AXVHz/CjYQLhMiI4RgTH5AVuKDDg7DRNZABplRgawK6F/Xuv5Kfx8V0fwOHKFhnrSqt/f9"
    "8ZDtvtBpC0+VwhFj0a4S/tXnvQ7I5vBs1e62sD2A+rjic6+aWzEXa/dz9/GfSfHkgzXbMW"
    "0WXqMEEdlCBniG84eEH5HONvRlb97OpyZF0g+bKScSi/9L+1B737dm/YACPr8uocst7OR5"
    "h81R48DDqPbXrlYnp6Ru9wBkd48ESGmX5ZP/skUaH62QjTOfHU6wz/oBeuPp0jcvmc9IYf"
    "W1/7fbv55JI85eV1jTTvtX8bt1v9Xv+eCVyg2gW5VJ+cjvBt+9uYeuOYyPT0lHYkn7ndPT"
    "zddDutcaf3OOwMn2jUkC1/PXEej7Sr1+kDX8gj3B9+bQ/sRw0hlHmZSLVKrFgkolNNRy+O"
    "gpB2FfYlcpxaGadTkVZhqrVkwddtvy90YxpE5Zd80K3V62kWyno9eaWk18LoymjBgzdRN/"
    "Pa5+fVPi20eibir0T8VQG14+OMxBHxVz/iqKeJv7KJh2whWCGZjfargrFkew7C8smdfOOw"
    "CoZy2jCs0PTaIhLLzl3b0v/g5+gd2ZqVzk0zU1SZoL0dRuWcluHN0dh6JpXMgRBEB70pMi"
    "Ir13gHjuS209ddiT3JhrWgkZ0G0ZlMRXpF24YqDFknJZ1c+SJ0lPOJ/B7Sx5YQDVgnZYXo"
    "gGHZR4mXE5e9tfaEyjyp7FjsnQRgl3TxZhFmUwvLOwgvuyPdlDr2WgQvZkFLs8ypqr1vu0"
    "L9EOF4Cj4EVMe4YCEnfG5HYYtlnVAm0uc7gmhIuioTTBvGKdJAEUp7Gch0VaZtQxb7+kvL"
    "7vXR77SE76yKoI5pEqGD3YqJmQm8rtPvY6DbksCXMfxzgKY6MmZD7RVxwz9D16urwj91u+"
    "XY9Jquj//EQDEMC8nAEQZM+CPomOBd018NoGEJgZNnGnY5hubzh88AkrYLFS5pHCe04zE1"
    "jMiXb0TUAIppgPeZpiLwPIVzRV0+VyJ45nPXET5Bb0hf2n3bQafQBDSb6WcFf/gIfkULEy"
    "iYxZzSeMUJNBAwNLsZBAMkKwaYqhZ5PE0nNzJMqJs09PQFkZthzZyRn5OyJlumINMb5eVH"
    "iTP9VKudn1/VTs8vr+sXV1f161PPPxS/tMpRdNP5Qn1F1aCrb3006r9NJQ5/cpiO07x0lc"
    "TOaymCdM5riTE69FI4zMF+B7Ng60vkFgR1xPjay+cG8QQhwRKGExxv+EA8agR9Xyikuw1G"
    "OSyZzzDn+XqVaZQdHSfrEAfEdjC+xdStSzG+toa6yRCHJcUoF3mUaRBDtkivgISotrU+0I"
    "ufa5o5zCtlpEjRwE0b3xWYVKHorlbzsdW8ba8K7srErWXkOBjqHG7DHY1kToNcGbtDnyad"
    "lSJEWQAoSZqFTXBCheldwf8DC2gY75ouf6D2PAS/oRa19GkDcKItEFbkD5+D3xpgDpdgQo"
    "YcmBoRsIPeeGmtOd11xzzDj0Iy7C2Z1R3lLHZuUGYjSze6iReIR7i8SGHnXl4k2rn0UjSR"
    "yn55xjNoZMyoigjuBOtDb7H7z62yV6QsSPsSYjqvm87kV2oZ4Q2IlG8K7x5hXVM3TqF2ZY"
    "ud/94Zdv7Z7jWApJjK3wiP8H2b5p41HEVhhIkpc3fXAORHTqcj3B98GTdv7ztEgqaIs4Nk"
    "SJunh/bA+ZpFzLLvo5pNqlVo55nwsmJQR884684alStdqvLuT1MR6Z85p3+q0DDHqvai4A"
    "34oJiwoISKTAmJVN/kde04kz7TpPrmXXS/YC/wrgsU2EpNNkRDMjsB9ehZjBXE6kGOMSjY"
    "rE1Lr+7kFINQmNa2iUWR4LAj2wcyBHpGl4Q4bm78YcoZmzr7uFCLQdqZGloDQ5OVPAHoPX"
    "W7kcm6Fb/ftGTFtPNHOCx/4Gp1JddP242R13At3f/bTAOyIoN3yp2bGvlfkWZAZzH0VfIJ"
    "YQCxDKa6NqefdPQRNBcLhOWfNaJ7xIn8HfQnQgGPNBSQTDRNH2d348bk9qTFHZvGEVTibI"
    "ySqblVyOZPyuXE5uyeOINeWkwGiPdc169M7L0Jaei3jVEGkCNiRWaXCxPf6mCWzVUSEird"
    "erH7+Vw8quKYNzkZmVBR42gmH8vsSxTjXGZ629Kcy6wssiwddmuxZqz3ryLyI42sK3NYSs"
    "C8Fubj8h3kumyXy3UQI2YPE6AZqgzGoXCilcOSSZxQvbJUNE7y0It4x2LFO3qJxak1cldA"
    "pEyuNXmST+7gY3sMp3VsCO7ujzygi1HWeKKgTBlBTkVAna1goM7iFBS5o0krbWTlSKJyZc"
    "R7HwdNGMrfHJwTNzq3uUg44hjwxgzW6pdZZq0vUcL5uo9g/mKdilK22H1roWpQJrbfZLmB"
    "IytBWiwVnKXCw2qTAx1CoiUM7jsSizxVDGfeFHnRxrKMsWdFwziH4LN9UkdO+W8OaeQXBl"
    "9Vs0wylakiscFzKranYo0qTRCSBbYsoOloSAaTJTC0Oa3nZem0lBik5/DJCI2s64l0Aeyq"
    "3sDUZLisAogBNAxkGLSeH3i3K9MBlZ5D+4GX7pvfjbkH2tpde7aS85FMjejRtn8G5gx5iU"
    "zLqJAWf7p/V134l2OZ3IRsSP8SfFqefFpkIFObHWGxEqrH52lM5fNkS/k8bih7L0kM6FUx"
    "diGxMu3ouUTbBQ+aMLMFf3kCJZzdtVRMUG0FE1TjMEHWfA51Tsm9IfqeNLl9kRK4ZFeZHe"
    "3fhyGLIxZg4Fkd3X7vi9s8GnUQAdzbRONzen2usS+dI/Q0VNkpVZwl5fih3bvt9L40gCM/"
    "woN2a9i5+4N96agQ7PtWs9u9abZ+bQAJqirVL8l33f5j+5Z8o2oGkke4+fDQbnaZKFELEV"
    "TdJzp4/CRNINYMyInhSTemQfkC5+pXOvf37dsOMa8bQJnPkayQJ6JHXzdvybCQL2UEZTIq"
    "5Lv27w/dJs0RR98XKixKgrhisBxv3la+JmnZE8sxZ9n75miTlqlzhphi4zk0Xnmor3brhC"
    "VLsNHse3ofV+yPoBarm1GLb0gPWN4ZRzomLAa70IMd4VkyjnZcWgx3oYebvZ7KRmt4RFSU"
    "+CjyOFMrh3pMiaGzyXYdkxajXeTRJl1p6tuGpZxDomKcizzONlOxyQsdFBRjXOQxZi+kxc"
    "+XTWZMw1IlsGXzJk0VY6wRDYcostnJm4CgoG8y0DcObmPDhC+ZfDAxwRJM+H0HmpOnguqG"
    "9E1UVuwgRd5BbOfFeKGjt/EqXxB/rPnSpXvB9lDkwgaODCR97OyI+4KlA3sPaTOaqmrv1m"
    "Il3OsdY5xuiuwfe2wOO493Heq0NKCpGJSOGeGb5mOn1QATaCjSCD/1Aq0s7LWrFOIl8QCf"
    "ZDuDLywmXpD0L0j23T4iKjb7Im/21kLeUKkLS5aQtz/ShHzOsMcPrPcUctImUwQsR1JU9+"
    "WYpiK9Yms8RXpFTukVSStD/hAXbFVIizBnUUxTmTZhcqM3RO8fAz9L+WQ7Q6VNeyrRzOZU"
    "T951uo8NWWLOj4do2sQf5AmszfvpY0R+JcSGwrJvNB1gzUSA/AmdVJwGeJ9pdr3eKqvlS/"
    "9dfgQ9chcdIFkhI1wFmH2yZ58cz/LZ323WV7X5s2LfwXlJ3MwekZiTV2JOESupHjRhYecE"
    "ha7NN2BNI2KlIyh2DzTZabPDHBISIK/npAteO/zobJojLh5uLA0TzY97JmetlBWWKt2Csf"
    "tz92zAMrMfUTGxXMSXC6qlxyFNDulx25dg1uYdzCMqXheq4rXIG9rozSi2TyLuigpRAyk3"
    "jpCMYM7XM+d+IZotmV2/Bs6RAZyW1A1NrRCd22o+tpq37UPVJWq/QdVi7GKLfFHhFrUOta"
    "iuLmvttiWQyOkKW1eagLYF2hRAsNAIhh8BdZQCc4aADrGszYEiA8UABtHrkPyZXTDI/CK2"
    "t47oBXr22HxhkVljnzrGGiCyXpu8ukR7vpsox10sllLPeAjDLk9fKFAp7rPLNFE90S07EN"
    "VzGTXPyK9GCVUg+NB6AiWwIvZt+6LvC4WoQ5vER4ckRcBUkbVUHb1prxumygUlxSgXe5QX"
    "KpTsmsGZtvi4oOCyOIVXHLs8K7oxOQFuMriCLilLSGfSGUuhGvTUMMr2NgVFBHeynjtheO"
    "2AOnlE+psioQftOFFOS6AEp1eR+JO+/tLS5rQw8SMyTfuXxiiUeKNqahaFiY2NgNx6QoUG"
    "Yr38ZABpppGpQbkOdiq705kBXjSwsCaqIn0GiknrC6oKMuhR7gq5aFgTU0cIWFhFhgEgUL"
    "V3pNMeAXkKg7XR3jGHWcnttoJiKRbFstDIoCbkUK3Pe/Olc+QFZhp5TqiqGfmBytd+93bc"
    "7HYbwO1hhB+ebrqdx6/jp95dt/nlC811Y/PcmI0tPFXhy0tRMt7cNJusqnJMTqjKvONORP"
    "ZTuVTlNNlPB0/OOfqdJaYkZ9Hk1qTx9DEaauSfnJJ4DjoWW6bw8BXprZTjAUzSiJ0radVg"
    "HabXfmlKgt3+Ixgyp55J9EiFaI/UzQfBK1oiGcygMfsMng301zOYw1eqh5K2C6T/LMMlUJ"
    "U51VAB1Xgm0EDAB5Xoqxo/DyKPm3JPOvFMSXbXMb0Le0DIlCpyt5VHntBm/6LnnQRNLO/L"
    "cJdek2yZFqvOjiiZjp3LiRHJmjj1bWdkQX0JodRxjruUNJ0TKfk4J5p/8nkorlCZiLDz2t"
    "Wlhyb9sArIx3tiI3EOOIEvnBSL5EhIt30x4iDp/UoTB6mxJxy/Id3gJnGtnuFx6fym+lnx"
    "57lDecVRTY6wDoiUIDwi7yBrjyfd6riZeC85DgXWMMo4HJVen55EQiU9FirAPtF6TF/bXf"
    "LFjPxqeh7N/7RbQ9pAR/9GkrkZK7X78kAu7AGqLKI/rqp5yZEWhS83OLdkMXMmYNpwrphg"
    "gauVFSZ1LGxPpQ5KDFth5cudPq+lAPq8lnyUYY0P9Cv5dZvuBuEeigx65b5NX/YGmKP5BO"
    "kj3OoMO/9s9xpAUkzlb4RHuEm2ij/u+0+PDQDJfrGca5Yxwo/D5t1dAxAAptNi7AUOaRFn"
    "zxNSpSDPcRSizIszTLtY+CnlHTVR0V+ZDVRbROjsQeLKGKPvkmrJmTWQiKTQPjJoHy5wYx"
    "1BI1sxEY5oCSynHA5BFTF9m0z6gjsm40F8B/dMHlrD3DEVLIIiRVBksTy5iUGR/HKMotDl"
    "LgtdHibeNDSzOY716MxP5V73Xrv13vVHbY7MGQGYps8inehdQIKY+bvByci6nkgXI+sCTa"
    "9GVn0y/US+kS7PPhCjE7yTAdfeq4Buc1VgIjivAloP7k0xl7RwIHSs158MMLKuPp1DInt+"
    "ek76kT5dxT3uh3wQrhfeebvYeET97SIcNc9w1KyFmfIvyZQbr3aWyn44W2E/nHHsB4LGi6"
    "ZvHPAblM/RYrPf+6wult86vdv+bw1n1Rjhh/7jsMHWjhEetpv3DbaCjHCzNex86wz/aHhr"
    "yQjf92/b3bEtwVbgMZXbhGjbPREd/JkZ3pWIWOkM7vNUL8z5ihfmPP7CKMaYTYoNjnPz5X"
    "KkldzN4GhZJcFwJE/34wzFTpO1aKtt2Sz0kIwIgBOHT4jDJ47YJo+vBjsA997r6LhWgrSo"
    "hpbALY6aoJHEW540Ea81VpKZHA1NIH1sCZWfQVEWiPZJmzVNE5Gfiyocysy7Vl1Fly2gbi"
    "5luCSaYaB5mlxs9H3Bgu2AK/mZ1ZP7WcFVmh6i0CM0iC4JIJZZPshUwVB1GtOVCdjhiEAl"
    "hgCYIR1xU6/3cxcu0zVHyJ17ziIr+C7BdxWC79p9ITZig79p7nTPZrv7ciIkJIPxTpctYo"
    "EreAPzPSorCqMVOULBGS3NMjcfal9YjHWRx9rWQcYGIr9R5ui+yXxCTDA/XuG00BpB4EXa"
    "Ku1ly3SXvM4b73zptW/HnV4DeKv8CPd73Q7NgbFnyQh3281v5CPZl9/Ip+bNY7s3bACipy"
    "NskqvkTSAXnajgzM60NEHqZ8lB6mexIHWaBG4ttsxainVyRElLzUd7WMkQGfaojvAtuy67"
    "PR88JN3Bl39kSrKWHRErnaesnspTVl/hKavHPWUOaHTwN1AJ4tJCJyiyTuAQCVk9NkEh4W"
    "PgqAOHcYSVEdUVnpsAC7a1gwGVjMutxlwMwXeWX3bosL6b40U2yXlz6EjVG6iqGjdG1blS"
    "TUW3T/zGa8n24QyaXvgmeCOal/wZPNvlSJ9pNSb6iGDKYjztE1uA3T04sQ+gts98oSdW0y"
    "KmBmIHVn+I8+37vFFCiSe7VKU/3IJyPyTlLnbYfegt9guUAVJfQITu8BKWVDVrvpInISZo"
    "mnQllXMAUmYl5cHp5sjATZ+l5E2qIlVu71KKcIAIlAZXSwldT6erMNYxnapCM1RYbsrpxR"
    "Ulv16JNjBZ+jrFBBHtAdlny5mk/yqQkaTIdiv/xDmo2ykrrPQ6gPJc4RRm3/O90sUICJ1F"
    "6CwJq9bxgSxiL3KJvcheE+IQpSByBHgPjPtBXYeb+TcWCMvO3pLF7/TQ7t12el8awJEf4e"
    "bDw6D/jXmfFgtde0OsSN7d06NdI29qGUUpkedsyOMJJ+kucfEOCwkLKb56U4RoAdPMzr2Y"
    "YOnce3upPOPOyOyuvbCkcOsV2a0nsu+S37EyZ98JZ+6u9ijhdszN7XgY8snFnsM7BYYlBe"
    "UUmA7pjkZxBOjpfLQ+yukn8u/0DLK/TxlThOwiKPSb88nI+nT96Xpk1c/qpM1lHdWrrJo0"
    "pYY0TJvSzEODJSvxj0XZ9w3XHwYYPO2EEVzscPRsR5gI9mlr9sl+FxlEXE07RaRjpI8i2/"
    "iVm0Gz1/o6bj4+tu9vun80wEQnP2o2hoaB5hN1OcJOi1b//r4zHLbbXhNa0lwxTYRG+Mug"
    "//Qwvm+T7Z2ari+6Zi3cl36EH5qD4R/jbrs1fBoQcbYqEBVeMi2dyA6/tu/b49smuTd5M+"
    "ZoTBaMEe527tp+h6oyRcFF5PCFSUzFVDPZYp5AkafDhlbYXur3sMmQCWFXQFi5aaxcsuVj"
    "GcYBTj7nxpcQJ92EzJ1dnHQjWbpOD4hQTDTPsLFHxUTWCSfrxNGlYqiuSd0KCuZj5R/gIM"
    "aiG/WpuByyLm0ywgGxErI4ZRrguVNoYyN93JHNUS3QplOa6JXV9xNNE+vf3Tlf2P2N8Nc/"
    "bgYdelTScqIrBfH6LFTIC4dLVtQ8AaGopVHU3hQZaWNL5wRxJWMcEiodzj+kjzmmHFRkHU"
    "7NrIvM7aB5N2wAJpt0Hlu3w9JTFZqd2u7d0qu0Wgu5QvHr2M5oXZqRBpstQjvPUdU1bT6W"
    "VM3xhYdHcGUJjIikKIKxQQXLTA7/sJBw+HNCot03cQOdNiornNBF1muZjbnROIclxSgXeZ"
    "TZ3rmZfSpG+ChG2FWGNhjkiKgY5yKPs47myoYvc0RUjHOxx1nS9E3HOSQqxrnI4yyCABOH"
    "ucRBgNZC3nDUw5Ji1Isy6pyXPVbQWpwRsD1LsSLkU5wRsMszApIDPgNGh1NDe8sa7cHK4i"
    "WBO/Tes3znLTGKplmXEafFTDO1LXF6oH2UFiBNVbfFp1xFFLKdhhBw5yvYMle9k32Mhhr5"
    "Zz2i935XR2lG8THNEqTvAMAL0vexSROkH2idojKEHR5/PYGI/js5HVn1ab3eYOHvC6S7Ef"
    "W8Qg9ZRNcHzosI+Twj5GfO2ZBpAxHc9iWMQdh9IQHGHHEqCq4qJeDLCIjXQmxqC0Xi7DvJ"
    "Qc++hAh6Dhn6uwh6JpcI0PQpM41JREwMzM4HhhYM4AzJEH1P2D49gRIsQqs4r/bvw9Vge5"
    "RXt9/74jaPjkAYbJdUzBRFExYSUTTxKBrB8iZDXV6WtzAJ/kdvBcS43ixJ6ClKAbg2/v4L"
    "ARx0KPZWBmCr1P6eZtKatBzSwLlSTcUZYL9xmkMmFfwz6RTYUsDUmMXv1Hc8cVPwvQjGKn"
    "BiJvSqfVSOW/GxCkbW9fVlfWTVJ5eXnMrX+71Vmlz+UElCutqKZH5RSvJ4QT78/lpyZfWV"
    "/I4svI/bvoTVBESxhuMr1jDRZI7xmgyw274EbEEOmWmu/hADeF0kIhRRiMUzWUUUYvmZiq"
    "QoxK1s6t1Zf3aYBsf48+I3Uth+C6/tetPPq6/GhD4DA+lvSAYWtbhorX4Lv1jIMOg9iK32"
    "ijhV2jbsQ/iPi2WUsZHJpIu5ArvRFQ4LbkhXuEijKlwkawoX8VIMkHScAVu3fQnV3Fq9ns"
    "aMqNeT7Qh6LZLvrGGTVltiQGXAOSpXQrx3P5kN5e8sp2y5zUWsNodeeFdk3sqQCKbXXqDJ"
    "QXOGlJcZR1dPhNMXEHjyykjAhRvkmXpF9UVKxyHshaGxFqoGMx/OEZESzG1yDRRhvJfdeC"
    "+CG6RwQyzOETjaAIL86Caa9cJjm5xsmDRkk9s0BddE29Ji/fTEa6BgdjgkrWUGaKmvj+Ax"
    "eNS1AV4RWtCKi0tgkm8UZIAT+lxD8mH5AUBsn3/NTs/mkVL7vZlgr4rFXrEEwIyqalCmhI"
    "b/XmpeaovMQeEBEREQHtKidhEQrhhj+3zd+JCsrK4YkhO1FTPUViTI+XkO2VEPywrksyGv"
    "LXhOinWYu1I5ou1urkcLNpmn9KkzLPS+RDHWeXrb0qzzgs1IVnvKy2bY5Y83GfSgoAgyKn"
    "KQkWCsBGNVKsYqEH1qsyschS1DaZYb1kmJ0A6HQNt003YQeVRVmVDaN/FpA5bAfnpopqBA"
    "Ta/tWg50OENAtzCm0XKSZmGTnmvKziVlTegnyJjLz0DBRHGbI0wGEkBTmysSvU2c6dxNlx"
    "w+88+Ky+3aPdlZUoLhPBDDqSW44pOrJCY54n9c9SAcMmbhLKEiXntxkl/sWAyyTmRTXwMS"
    "YnKu113dhXhLxbVkRe6iWmtgUhXKyUpsRUTG5XEBMVfdCF5Pp3EsHJF0Sgc9Rp16Pn+mnk"
    "+iI2CMJF81sBNrG+DfmoKJXjCyamefakBFU/Mj6L8hXYULA0Cd5mjr5PeB9xnCtqLBLSK3"
    "75uly/EOmi9+5nC2NO8b5eVHUVo+1Wrn51e10/PL6/rF1VX9+tRbwOKXVq1kN50vdDGrBr"
    "mU9Ie7F5ABOT4N8gjS7I9uaw6iai9dG1CyIcES0vBl4mQNhPAmZ3/5YmKACz3AVOXYYIAD"
    "YsKpUrTxLUgOb0uzdANVOJq+c2Wljq8iqFMuj0w6r3GK0Eq7NVWyVWQYZFw/A01/Ab2nbp"
    "fo0hATrRq8qNoEqm7TE8NakMkpzxX8oQrIYyDwphiKnaTLoiVJBz8ZwLAmpo4QL8Qyn5um"
    "0fj9Q36dAxxERad8k4dFIZc9pwkZ1nwOdU6KUHLp14BICVKxVu1O+yj+KipSFy3+SVbM8Y"
    "zuIxytDUnKHKqJAVAh0ejo2LIfnT6OjcxfMRC37Vbnvtk9uazWIuF+wbzvMM7QkhWXWkw7"
    "8YMyxZj6pQr985Wb+O7axtY8xv6HdwFPOsdNQNbh1MyIf+V20LwbNgCTHeGHp5tu5/Fr+7"
    "bhVwMdYYpm5xv90j2eN6qXptqha2k26Fry/lyLF6B4Q/rY0jlumlXVJwJCJdiic6i45gaz"
    "TpbZeM2YnMiY5vhx3fdsA2YkKivokaLRIyKaPN1LVd5ocnHwQtlGnfOyH/x43YIt22U8Xb"
    "dgEKcN0NnJ4bqSNl8QSX4WcpagaZuNb3ndHeGqlSrC3OHmtwOryzopK0QLXaML7k4wegj0"
    "VUasoGGQpY1GkW8J16Npycum11t5lr0IeUN+5ViGy12gdQtFhkcmL2xgdU/0x4Z3gNSe2b"
    "EUllvnpE2Gi5t7YQdiVRiazBEssi8O6eB0BnszkzkiW0Lz6XjNpbiVvCTveYY3yG0ugiX5"
    "STZ0qcxG1QZlBKoisPdQ+eLuBrx1urjb0ZEBnD5bPDC1+Jk38TVhB8D64XQlBTa0EhYppe"
    "lOtYzZgJ1wX+Ho1cHL6VTqKZVIpUZXOjKaLzQTYWkJdHYPN+H5XVdM9PMEzciwAtZjA0DS"
    "hgwGcr4A74o5A+ZMMYAiA/IvRm/0kJLFQqVtzHdF4kQ65nPLHZeUTHY7c/eADf3NJTy1I9"
    "kIsL8bZ80cjoqJBGJRqrvsjqmCn7PVRfIL0tvY1LkVQIKX021gKpNIt4PRFFkaMsd6AfYB"
    "xiPrsj69BHaoor1lKKYBDKIBSOgzPRiZ6lhV5wt6KvL0A5jDV2SQPxfsHQAvOiSThuwyzm"
    "5l8rNz87v1GmLL7pD+RbqM8VuRo5qZmS2i+nMlvQQTssOjaTYIXD5wxPJh+EI3aPkqQ9Cy"
    "v5Kk1YF9iRImoOz+oGYbrmyMU0hGRJLwKuxOs0xZp3kJ5+vlRYr5enmROF/ppTC0mCghWb"
    "B125cuCHsvhwBkN9NKa54diTmWKShYxNYLikNQHCLiWoz6hhHXwj+7qxVU+Gfz8c8eioVl"
    "QcVcAtYNN07FvXqNU1RKsVs3wBzJCgQnsqWzyMuxQX1zlPi0decP9Ow4ukTRusqRVrROCf"
    "q+QBKlPt02dBn+wKuSsv8bpqmQEvIlG+gvwaXmy6VSyNOj6rQWnsKoGi0Kzey70Mwr+Wl8"
    "gNfXGnBli4x15Vvntt1vgDdFRtoIN59uO+QTdYrRT4Nhp9Vt0+oCpkLQGuHbfuvpvt2jdQ"
    "k0yXITFQ5fcMDfIDIsK2EhoWVyYyvJLp21kENIqHQc4l4KOUw0OVMxK7d9CdDNu5KVoJ6S"
    "J/pxkhCCevoRRz0N9SQSLnalFKygnkQEey4R7CI/e6P8bNNE88W2ydn/sJS/m3ZPpQVKJL"
    "KLRPYDJLL7kP5FXrJkMPsYDTXyT7qXtUSzbiMvgresJ3oTggt/aq/COLj1rHcvPCDdOeMI"
    "QCx71L+EdFOZsnQfojGDE6iqNn1Po6kNi3xF1ECFdlKlRyaZyoulWQaY6vRvGnvt1xqIex"
    "hyuueaYG7HCSOqFBy0SoE75uM5b5VecaBVVLI0nodcjrYKntRnv1M8WvZO1WDieYhBsQj4"
    "Uyp3bPCvivDuP9102+Bh0G51HjtOwWTPiGYXmZPSC/wetJvdCM7uMpUR57CYwHktzgWre1"
    "JMFeYIiaM4X6hCwxxPEOQfi7TinYoKirdq7VsluNnkbVtws4KbXa8DR8tbZkM1JCNQFSWG"
    "RAhrsTig6nYlhvyI0C2BLV3Z2yiwoZVQ1G4qiOdrn0HXff2l63Ccj8ikR2hzOVNes2oq4p"
    "RW+TaCImlY05/pwZHGu2JKM2R8Bgukk2kJVaBD/EqDnRUDaNMpsDCdsABiwM6QBKalYxpE"
    "DRKI0R11u+PSTILn3DaYekYUb2cMOTynppHJiBMiqyOiEbAnRHZfq5L3Tb4G602/3w1ZSD"
    "edaNDY0/1Ne3ByFqm3ENcKhd2aPOXLa7fmfYBI+dayraperTlrxHUTp1S8Mp40UqyxSKt8"
    "JRw0wte8ttKmmOudoz65LvkU+pIbBbBeTxrS87HZJ6LCUDFahhI6Ht/P4JmMkMEORnkGM0"
    "2VWdoYxMY70Xqq4H2mSDOn+CS59xtilw2k0y8sDI1XJMd1qHxuKfSrYulXC2gY4znUXzNg"
    "G5LJj/25PJbMNe9NiWOafLJuSKgYR+uW6lRpodD+iAptQVwGR7+F7EitTWJrM2q2m3O1R6"
    "HTpmBqd6vWuuHfCdptIDo8pZI7hgGRnR6XFKt2EPIX+MiJmgf50nSSpnOcBclVD9z2wnnI"
    "Cy0kCjbiTNOVdKcvlCPReZiIqx3ynI4Fm0VTD4gUQ0+nty2Nni5SmJOXmePU09OkMBdETz"
    "/0AIvQnoKiKkJ7RGhPcYHNajDmFoESzZflGJiclNoURiYMC6z1pwwQMUt1JIOTkVWfSnX7"
    "PBRWiI+eb/KztaBXrq8vvSssCRZMSQN6+pc9dT8DmX4gupefMUe7cKNJfjJoft1U0eeQn8"
    "B3uMdIfUCLX8s/fkwLedFMi42I/yoLQztXQ/u4arZV6Ky2Fhltk8qg/Y+nzqB92wC688KM"
    "8H3z1/bTQwMEejx4ZTZxGEkpDyMpHMqisuaRVdaUyVabncDwpUT+ZHF8inGywleDNtmFfe"
    "kc9+EFwrITBptlI35o9247vS8N4MjTIqm9doPpnxttwenetRWvWuxNI0+yyavmi4l3rcjv"
    "GhuorGc8hYRKUEY0h4OeHINxkzOB4pLiVCBxKpDwa9gvxyESwUv+Kh3GWVRyUIWvaFeoCl"
    "9R/r6i/LOVC7YcbJ+sTJ4A9J663UM74Y4U2GQfnA/sAZ1wtAxrkvfNKdGawu3mVYZN53Vr"
    "eYUp54qqKgYiKMoGzc12PFlVJ73ILmepSVAFpPMGSx6aQAPRFCR61ry6BIY1N1gzU1soEp"
    "hDw0T6Mu5iy+me6Wpk0ocjYMU9aaHljd6tQpr8af9VDb6lwr2Wq3vNmdpx8yyBaIC8k0pC"
    "Ntnx7tE8BKlNFVEc3Tmbcia6zYW6yCMJRFXXA1d1FZXb9jGvRXjnPlAVJvuuUBUmuwjvLC"
    "6wonLbj1a5bUjtzQrHXrcvVFMZ66bXdq2h3scIIGzqS2r8UkPYeTLH8DXhdw1r8yULWz2r"
    "w5F1BdGp+/f1J+miCsh3F6eX5NNkQr67nFzSv6+lOr1it6ufT2vkQ+20dsk5PfswjyDKkR"
    "TL/mb/x2BN9vS77Xfj5D8stHuPpdQ5rucVYZQ6z998vIbkztRuxRiTxVR540zUlQm6Ibkc"
    "c3TdSXy0OboidCJ5bpcrdGKrMiO7U79uLWTcWVhuU32Ep4aFG6xUx2TSdDwlbcfIa5xKHx"
    "tZF+iU6jnTc6bbkE8TotXU0DXN9SGfp1dTcrVeu2aF2mgG0MtPBqD3AwoGkDkxqLp0NalJ"
    "VPxaogrQxRnp5OryrAEsAzHnBlSpF4QlEUEdARlJikz0LvIWqYitV+oyQV8r3iOmqRjilw"
    "y0HS9Cw8tTwxPugt1pIseVDJYd2Mqgfd8Z0iywuWKOcLPb7bfIztRw1wM0wk+PbbZMRNen"
    "w0Sjw7lmYZ6WQhasOVT5U9wXiioottRHR7o447ITT2K71blvdk/OatVaRAN0ob+I4cvjC5"
    "O9s9yDVH8s5+zC0olalsmkDoiI0Pk0ofP0NTUU3tRckaEQkBEop0tQ0HWi6xlZXbMhKRH4"
    "m2xdT5Zjso9mdCfyhQXMgsT4cUmMQh2ocOih3a9znntMQmY/57YHJRRDI9z0qIQBmeODTm"
    "t4KF8n5dIe4DKpPlDwcnUt0bYItEzFss01bM5cTmoBFRlMlqFSO5BYn29IN6AKTp6f7b+R"
    "8fz8AcygQa5i9AIpAwVsM47RVRaWNdId7cZ5ID5/lufNM9fSdZkX9pB2eLJgzgRzdrz7SC"
    "h0jk3q9GB67QWavCK6gvbaK+1F9oeM4DoSAtk1yEoziDFSNyXRA+K5FlXDlj16Wbj0+2bv"
    "qdmlBdSo9Aj/1iaYDBvgHZFfYRaDP9fRFOkIZ6upFhIqHZl2eZEC5MuLRJDppSjIEiJPRW"
    "zWbCgHpUoXb3WepjjgeXJxwPNYcUCqz4+zOSwCIj+01yJrvR9R6icLk+6akdmIqYjUnije"
    "47PXQuuqpsubMukJ0oJKF1S6oNJpFyLbbR/vknBQ7NVBIbIHt88e9B0UkYkrXD9lcP3o2l"
    "Rh4PJdP87l6nrXT6BlqvO1XZ+J420B2jsyAILSzPbLgKmuzcEJpdGr7O8x+/oD0HAVEEFF"
    "padjk7miA+fWbuaaQX4GC23mH7Kd0303c/gIn47w6RwVtj6W/ruSAdGwUH64nh0JqKUPMX"
    "9sdpuDDj1rxIAq1BV61kizR6nyMbv0RwNATBnzMbu+HOHHdvdu3L5/6Pb/YGJInY7RfKFq"
    "Syo7IIaSc3SJaZ9cctcc3LcH9HH1OdKJ/PDptt0bNtjZPgibI/zU87uzcLCvbqd9R7tSFT"
    "TdhKLffRopLZGW0RnlimztjSoYr7FrZ5QOebTnSmhdkR8Q2svqRWpk6QIlU3V1I081R1o4"
    "VtcgLkIC9osv2YBlY6YsNt2bg/I5uk2we3BIhh26x44coZJ0R7x9atm7q2xJdI9s/072Tr"
    "KZkns6B84f3o1NLFVdeyMqg27v2mn9WFG50vmz9nLYkvAW7jXvRqSHCJ+W8GkJn1ax3yXh"
    "g8nJB3MYT8G9NlGIUrxsadi0if2YtyDapLrKYzB3GlNMvNapEkYcAfCumDMAwci6lGm9kn"
    "oNXntV5i7q136dOvqJtKrXP42s69NJjVY7gWdurbq6jOq0UEpdsmue0L+vJ8AviXL6yS2J"
    "YpdHsQujvCK0oCVUdPRiqVAHpmZJs4QqLYV/YlGEr1hOCVFlIWO84jFGkW9AlT98ZZb4Ys"
    "ZM8XD8+Ah/6zzSWi1vikFrtVCS3ObGR7jZGna+dYaUSafFmsiyWwwzXRiO+w0zFeGQwnQU"
    "puOeTEf7BdnkpRKmY2rT0QZsF6ajY28MvA6PDOi0JmRoihXShHSGYIUF6Q9SCgPSnyLr7c"
    "emF/I1Bc/PM22Oxpr+8vwM3jX9laAPyF3QOzGBEDAUMp9II/b/8/NHQCPHqASY6GSqzZg9"
    "ZbCwL/sJWBlNJF2wf6+oKXd1Tv6WphNmk51Sg25CLLNPlxNqxEl19OFzzFws2gOOMK16IC"
    "GiNOIX51EUu1PPjD27JOZo/er81L2xhlmDhQrNqabPq0ChtUftyvHnUo1ZvrRy/KczYut+"
    "OpPk8HNd1c+mtPPzSfqSoi5Szrwnq4FpGXbNhNDjc66HOBf3grB387R3yWOZCvZigNOaAx"
    "GxIptuRXLXsQUjC8HgCfzYHINPVKadoAGREk7Oepq5WU+emvW4q9M+Q48Wls2YHB2XLB1H"
    "cJEG7otkuOMhLIJ+2Sf94qgSXHzXU5K+dI5ow3f7ONUsnGTztyblFYkkC719GvSc2FtLx0"
    "guBs/oPk3GagARsS13v4KRYNk2PxUapuuqy4giR/TH1iNEPI8gZQUpux9SNsIDpHyrIlKC"
    "mBVn3eZXsiRGTqX3JcRExUYggtEOVhDAXUV3gO0PUhUgsu+kwDj00ucPdMGWigw+sdhSmd"
    "k1FmMCObb9jSN59+sAqUnEdHK4ZEmm+X/26UVsswPn2IPG/IfeteoqzyEKtlrnMkwGQwRN"
    "FsuJZCqmmonO9ARKyM3vx3FE7GLOopc4c732QvXnqP5HyA/LOpyaWQni20HzbtgATHaE+w"
    "/tXgNoC4RHuNXtP1KyWFI1oyhUMfq+ILsDyrJAB0XEYd3Rab7QkYF4ieiJeAYkBJxxwsCg"
    "zxdD838e+70knsCViFKZimSC/wOqYuwN1cp/TS3MlC0wsRTVVLDxkd72v/fl11uBJUUoxG"
    "K6y8DJffP36ApBlqabKD1JO7gRZL4g84ullpSXzKdawkaDHhLcwZgX7O06kiF2MVk5xrbu"
    "t8mLHRQUY1zkMRYljvfq0RCUez6FeIMl+FRV25b/dcnKG9ZZiSAPr+8QywpdhneEVsvtr6"
    "yAvWkm0ncE1jfaV5mAysOx4LyPK9wL/hu73skwnviNU5W3MBAxWUxgizVYIo33DgFFNoA0"
    "I4oPBicQA1pwbckMeJqUA8FEhfjVEU2oRbHb7nfsA3l66txmcIJYliJ/pDKbTPH1vpAAec"
    "HuRP+5OARzYR99ZWtwQd2M/fTVThEymorEW3uT+aKASDEII3q/0hBG3rqQSSGOSAmteL1W"
    "HPTybqkaB93KRwZyWrU4MsFCunGr+dhq3rYPlTYc1/xWbM0h9TDF7iyF2u80GODP0BR0ws"
    "7+JUIEDhgiQBdnvsM1wRPltM/RxUrTouULuwTYvva8fVeopyZMljgBr71w90UdH0JdEPHs"
    "RUdVKGF5KmHxObwDcEUs+8Gq4rjzeoj0eWWFZsuup1NqTbdpKsKJtqblZiAGmv7ykwEkbT"
    "5XTBMhcKKxQjTQLexCC5hqFj05zWvTAIppOKwS1JcJrNMe7pGmKky84IvQt/PUtwnqupk5"
    "7Tos9UPnCtPj5rJo0l57oZzwlGksGxnnYkDkh56IRxisLFm67oSRZglXbj0NBuxwOEd+hN"
    "u9WxqlTKZCYYKUD2YVFixKZtcrhKiII06yOfpJLIJlk6EucbCsCLLb+i0SQXYHD7LLg2qx"
    "w6JWcC1e3FQKsuXNa5ui+jBr7NbH1TVVpTVxLyeX5yOrPj2dhk6D0cgyVQXuV1cQnQaPeD"
    "m3j3X58JGWCYYGewz5+Rlg9EbuYMClAd5n0ASaTv5HOE7LHPphhMe0KKtedQWDoxjjxAS+"
    "G01TEcQJAIcEI0BPiOS+lj/vm3xt5pt+vxvSFG46w4hq/HR/0yaGXuSE2bj+5r1BGSEPyQ"
    "nEMyAuvKzCy1p0VIWXVXhZiw5tcb2sTd1U7F0hpvS7l1aq+6/E7FaR/ILGMNA8hcZva8bM"
    "ywkB0YjgnPRYJY/HTvk4/WD7PskQWHOiKwGiLxtEtkoPavS+pOdw6TwNfredczVyt53DWC"
    "jslwmd/MBRjAp/uU8uqREQETsqj/i3+Gt8IqK+gMCTgyf5nUnHcfLx9ARKWIzrvJbCl3Je"
    "S3Sl0EsRExFBmdw/U15PUEYk9oQsx10k9pjoO4cjGZJv+cPhti/FfF/lR2n/PlwNtudG6f"
    "Z7X9zm0REIg+1qJdkMy4iUWLjXm5ZB9W9L6+c20NWRgZzW/olMsCJlUXnocyyg4MikMYGC"
    "kyJdjKljedj2iH0APb38ETQBRu/AWqgalOlV6oowyNMBVpwTGNaCSCLSo52pbIfkAA0jfp"
    "zpnu4jSr0WywIqXqnXXNHdf6QOeYhxkkm04jzGkFTpYqL2UlNXMQwrG8q+hEA4DcIqesto"
    "iroCpcN39yc2oumUsulvRCmAvNDJFZHVMckf+Xy1osdXx4ujjKyr88npyLq+vpAoD336iZ"
    "4ffZE1admPt07qkB4r+K3DCkWPrLo8rY2siylCpOEE1ujFh3azG7xaR5+mLJClFtUR07wj"
    "1ylekevEN+Q6lgutGIp9zsOmgxvuId9U9LNLiQUDnWYd1Yenm26nxcbE62OEiWbXHvSaXf"
    "v76/rI+nSKroswSrbdkEFVD0jkxyOcFVpfD6xmmqVLaMw+Zth4I2Kl235r9XoaVb1eT1bV"
    "6TUu1jNozDbA2hUrHdaXFymgvrxIRJpeCgP9DnWclXMPygjOfeecu83nsKSQDEt3REqkkM"
    "QX8LyTCdbDeXz0lUjI+bETcqyFvOGohyXFqBdl1F2MAsMeK9/reRJYpmKmNZQnKjantS7K"
    "EGz5+ikLBnRaNyVvooV8leRBQO+p201XDd2JiNyyZnUgDPPIVrMk2PdarfoOIZn2VOH4c7"
    "1r1VX+3IlmjqfBlms9uSNLvj6Xyb/ShfxL4AOiSWQaRgBi4x3pVVbDh9X6YaJQBWS9NzRO"
    "EtpOehTe2WJ5Z8ntKDsGEzNqklkJjmh+jPaxEhPkFxr8eOBkoIMypYhAizq60nm6Vrm6Yr"
    "4uey2Ko5wc4+dLlIBfyzvGb4bUxdTieG5XJ0H6UjmmQB7Gj7jDDEh7O82ygvgSJZjbOawe"
    "kmKybS3bWQxBIUEg755AzlyGSNQeEsRxbmgeF3GcK9LHySAm8cYxeuswQeJP2NZYkfwP1z"
    "7g0AucVtV1RIPlyYyDpkeaDFq3PYvMJn0BKkQmApIBzWWdajq74oWn/zyBBgJQnitERAM6"
    "elPQOy97dncdCwaiWAyEsIjz0WnJ79QT4toSQdbzDmPLx2Y4O00bu7wyeDkGsTDM9sqdkd"
    "tNFRk5DqGI50jVYFIx0pBYBOcpldsX0qcf93V0zaqA5f7TTbcNHgbtVuex49hhns7ELoYJ"
    "hkG72Y0jfQSscImmtrBthW1bYDSJwaSpb5mL3AXF9kbwxnD15u3REryCShBUQq4Ft5CuSL"
    "MKr96WfaW6ijKAfpudnskprPIDWuWJSTbJml9ylk0ZbPK95IPQlyoDwk7zEqK7l2RickeT"
    "Ww5lhQ/PF8nfg3cYx/TOfHUH3cz+8/8BM6zrmQ=="
)
