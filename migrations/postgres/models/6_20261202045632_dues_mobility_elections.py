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
COMMENT ON TABLE "mobility_contact" IS 'One contact with a 流动党员 (党员教育管理工作条例 第三十二条: keep in regular touch).';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "dues_fund_entry";
        DROP TABLE IF EXISTS "dues_payment";
        DROP TABLE IF EXISTS "mobility_contact";
        DROP TABLE IF EXISTS "dues_profile";
        DROP TABLE IF EXISTS "mobility_record";"""


MODELS_STATE = (
    "eJztfWt34ji29l/R4suk1kvVJCQkKeqssxYhpIrTBDKEVHdPM4sILIInRnb7khR9zvz3V5"
    "Lvtgw2F2Nc+lIVsLZsHsnS3s++6H8rC1VCivHpHi0mSK80wP9WMFwg8kfkShVUoKb539Mv"
    "TDhR7KZ+m4lh6nBqkm9nUDEQ+UpCxlSXNVNWMW3bBA9QN5fAlgEnqg5Ie/lNNswPQNPRR3"
    "mhqbqJJDBZAoiBqr8AKC1k/In2L6lTcgMZv2zflYXlPy00NtUXZM7Zb//jX+RrGUvoBzLo"
    "xz8qRGIsS7Q1Q+VftIH2Op7JSJFCYNmN2Pdjc6mx7zrYvGMN6XNPxlNVsRbYb6wtzbmKvd"
    "YyNum3LwgjHZJnJt+ZukUBxJaiOEi7mNrP7jexHzogI6EZtBQ6DFTafgD/u8p43OsPx4/t"
    "4XhciQ2RKxGA2vlqqmI6vORRDfbrX+gjfKydXVxdXJ9fXlyTJuwxvW+u/mPf2gfGFmTw9I"
    "aV/7Dr0IR2C4a6Dyr7PwZraw51Pq5u+wiy5JGjyLo4roLW/cLH1p/ReYC7gD/GCsIv5px8"
    "rJ+uQPJ7c9D61hyc1E8/0Buq5AW038uec6XGLlGwfXA1AlEmdD2B3cB72JkbAreWBtxaMr"
    "i1GLiGCU3L4KPbxtaCIdwhjwTxFMWQ9qXzm8mVGemgkg3uyt1Tt0s6I5Ij/DDo3zSHnX6v"
    "Ofi9QVZfdQJpM6gvR7jZGna+dx6HDW99jq7lhxkmTTVMzij9z2O/l/AOuAKRgZHkqQn+Dy"
    "jOL9vLAP3XzMJTCimYWLJiytj4RO/33xkHLfU7sgJsChDteWEYfypBkE/um79F8W91+zcM"
    "MoLdi856YR3cRAbj36qMkTSGZnxAbgmW/AEJCUUHhUiZ8gJ9on+kGBZnASrKBrAC/9vmsB"
    "1BTzbG7N3iLOk3qqogiBN0kaBcBMAJEdzXdHZX+3yBu+n3u6GJe9MZRqbr0/1Ne3ByxmYx"
    "aSSbKKis+IBPdUQhSZyvdObxIQ9Lrpq09I9jVF3ID5T6WFk647xiQIad+/bjsHn/EBoVOr"
    "/plRr7dhn59uQyssR4nYBfO8NvgH4E/+z32tFVx2s3/GeFPhO0THWM1fcxlAIKiPuti1po"
    "1C1N2nDUw5Ji1Isy6i5GgWF3nt4fdd8MTGnh+QLrrbxjGNodGHrUdJ69cu08glYc2ztVR/"
    "IL/gUtY8pyBFOHqOjrLxDLfzGt8wgx/o87h9xv/RVJh+8e5RCYWgQC8sORvUENyBwfdFoE"
    "aQr0BE5f36EujRMQN5D+Jk/RWFPZ7eMqgyN/98sAKR6ifNwf7b4e1HRzu5haVgz20Pu/QG"
    "RRxi9k7TYRlug03BKzJusIHeMynwqwqWrpBiKNFhqZoOQOW+LVYv21vO7KipuCpBebSN0c"
    "qy7ro41NfVlemAyD/HBNV+kmv+Xc6rLOHgJ9lRGyPy35L7Z+LbRtF/x/kK6adk9lRcswLW"
    "k5hoZBNJAF2n6LpN01vd7KjZoEl7uA6xaWdvmSLGSMNbjcwcy6JV092D2VGy1dncnKtmoX"
    "Q8vuqaxoLdSJrMjmcjug7p1eBmiq6lKZsKLWkVpTA1ZRyF4KXwrwPsYqtayP0VAl/6wH9s"
    "nppyRGEsVuUVtE0FxADF/YU9LuqDDPROfEGkRN+OSIAzXaMkXcASbdAHUGzDlioQCmjtAn"
    "8KxBc/4MZIN9vyBjostQkQ0kAXoFjCp/P/v7xd8//31UARb9dqbqwLAmVBqQ0dFlZPBCE/"
    "Z8N070wh8VDerORuCHKwTiGUT0goheOIiD/ew0jeuWtEr03bJrYQfMK/lpm3rYXdkiY11p"
    "9e/vO8Nhu90AU3WxkInJhUb4a7vXHjS745tBs9f61gD2wyrjiU5+6XyE3e/dz18H/acH0k"
    "xXLa0YXnfKYDLENxy8oHyOARIjq352dTmyLpB0mdHnXvna/94e9O7bvWEDjKzLq3PIejsf"
    "YfJVe/Aw6Dy26ZWL2ekZvcMZHOHBExlm+mX97POUCtXPRpjOiadeZ/g7vXD1+RyRy+ekN/"
    "zY+tbv280nl+QpL69rpHmv/eu43er3+vdM4ALVLsil+uR0hG/b38fUXcJEZqentCPpzO3u"
    "4emm22mNO73HYWf4RMM6bPnrifN4pF29Th/4Qhrh/vBbe2A/agihzMtEqlVixSIRnWo6en"
    "EUhLSrsC+R49TKOJ2KtApTrSULvm77faEb0yAqf88H3Vq9nmahrNeTV0p6LYyuhDQevIm6"
    "mdc+P7fjaaHVMxEgIwJkCqgdH2eohAiQ+RlHPU2AjE08ZIuRCclstF8VjCXbc5SMT+7kGy"
    "hTMJTTxsmEptcWoTJ2ctGWjgc/ierI1qx00R5zWZEI2tthVM5pGd4cja1nUskcCEF00Jss"
    "IbJyjXfg6Ws7fd2V2NVnWBoNvTOIzmTK01e0rS95yDop6eTKF6GjnE/k95A+toRowDopK0"
    "QHjJs9SrycwNmttSdU5kllB8vuJEK2pIs3CwGaWVjaQfzPHemm1MGxIrosC1qqZc4U9X3b"
    "Faq08VIhCh0fAqpjWbA2jCyjrn1KVBjIdDe5bYPMiCXdsnt99DstCcrhNACoY5qX42C3Ym"
    "ZmAq/r9PsY6LYk8GUM2BugmY6M+VB9RdyAvdD16qqAPd1uOTa9pusj9jCQDcNCEnCEARP+"
    "BDomeFf1VwOoxMIHJ880UG4MzecPXwAkbTUFLmnkHbQj6FSMyJdvRNQAsmmA97mqIPA8gw"
    "tZWT5H4xTyuesIn6A3pC/tvu0wQWgCmiDwUcYfPoFfkGYCGbMoQRphNoEGAoZqN4NggCTZ"
    "ADPFIo+n6uRGhgl1kwYLvhAjF2DVnJOfk7LMUaawwBv55WeJDPxcq52fX9VOzy+v6xdXV/"
    "XrU4/Rj19aRe3fdL5Sdr8adM6sjx/8tylnCaxwmpeuOM95LUVYxXktMaqCXgo7pu13MAu2"
    "vkRuYStHjK+9fG7gAQ4JltABfLwO37ifH/3QZNLdBqMclsxnmPN8vco0yo6OkzmUw9jla1"
    "xM3boU42trqJsMcVhSjHKRR5m6nbPF5gQkRAGb9aE5/OzAzIE5KX37RQM3bUROYFKF4nFa"
    "zcdW87a9KhwnE7eWkeNgqHO4DXc0kjkNcmXsDn2aBESKEGUB4HSqWtgEJ1SY3hX8P6BBw3"
    "hXdekDtech+BW1qKVPG4ATVUNYlj58CX5rgAVcggkZcmCqRMAOU+IlIuZ01x3zDD8LybC3"
    "9EN3lLPYuUGZjSzd6CZeIB7h8iKFnXt5kWjn0kvR1Bf75RnPoZExByYiuBOsD73F7j8bxl"
    "6RsiDtS4jpvG46k1+pZoQ3IFK+Kbx7hHVV2Tjp1ZUtdsZyZ9j5Z7vXAFPZlP9CeITv2zRb"
    "qOEoCiNMTJm7uwYgP3I2G+H+4Ou4eXvfIRI0qZedzUDaPD20B87XLMaRfR/VbFKtQjvPXZ"
    "Zkgzp6xll31qhc6ZJLd39AgUjYyzlhT4GGOVbUFxlvwAfFhAUlVGRKSCRnJq9rx5mmlyY5"
    "M+861gV7gXedUm4rNdkQDcnsBNSjZzFWEKsHqQxesFmbll7dSWHwUJjWtqkgkeCwI9sHMg"
    "R6RpeEOG5u/GHKGZs6X7RQi0HamRpaA0OTlTwB6D11u5HJuhW/37Qk2bQj/jksf+BqdSXX"
    "T9uNkddwLd3/61wFkiyBd8qdmyr5X57Ogc6inqvkE8IAYgnMdHVBP+noE2hqGsLSR5XoHn"
    "Eifwf9iVDAIw0FJBNN1cfZ3bgxuT1pccemcQSVOBujZGpuFbL5k3I5sTm7J87g1FUWMkC8"
    "50psZWLvTUhDv22MMoAcESsyu1yY+FYHs2yukpBQ6daL3c/n4lEVx7zJSciEshJHM/mkU1"
    "+iGEed0tuW5qhTWcuydNitxZqx3r+KyI80sq7MYSkB81qYj8t3kOuyXS7XQYyYPUyAZqiW"
    "E4fCidZ6SiZxQhWmUtE4yUMv4h2LFe/oJRan1shdAZEyudbkST5rgY/tMZyvsCG4uy9STx"
    "ejrPFEQZkygpyKgDpbwUCdxSkockeTVtrIypFE5cqI9z6OBjDkvzg4J250bnORcMQx4I05"
    "rNUvs8xaX6KE83UfwfzFOseibLH7lqaoUCK232S5gSMrQVosFZylwsNqkxL8IdESBvcdiU"
    "WeKoYzb4q8aGNZxtizomGcQ/DZPqkjp2AzhzTySzmvqlk2NeWZPGWD59TYTsUaVZogJAts"
    "WUDT0ZAEJktgqAtaz8vSaSkxSE9OkxAaWdeT6QWw6zADU5XgsgogBtAwkGHQen7g3a5MBx"
    "R6cugHXrpvfjfmHkFqd+3ZSs5HMjWih5H+EZgz5CUyLaNCWvzh/l114V+OJXITsiH9S/Bp"
    "efJpkYFMbXaExUqoHp+nMZXPky3l87ih7L0kMaBXxdiFxMq0o+cSbRc8GsDMFvzlCZRwdt"
    "dSMUG1FUxQjcMEWYsF1Dkl94boR9Lk9kVK4JJdZXa0fxuGLI5YgIFndXT7va9u82jUQQRw"
    "bxONz+n1uca+dI7Q01Blp1RxlpTjh3bvttP72gCO/AgP2q1h5+539qWjQrDvW81u96bZ+q"
    "UBplBRqH5Jvuv2H9u35BtFNZA0ws2Hh3azy0SJWoig4j7RweMnaQKxakBODE+6MQ3KFzhX"
    "v9K5v2/fdoh53QDyYoEkmTwRPay4eUuGhXwpISiRUSHftX976DZpjjj6oSmwKAnissFyvH"
    "lb+ZqkZU8sx5xl75ujTVqmzhliio0X0Hjlob7arROWLMFGs+/pfVyxP4JarG5GLb4hPWB5"
    "ZxzpmLAY7EIPdoRnyTjacWkx3IUebvZ6yhut4RFRUeKjyONMrRzqMSWGzibbdUxajHaRR5"
    "t0pSpvG5ZyDomKcS7yONtMxSYvdFBQjHGRx5i9kBY/XzaZMQ1LlcCWzZs0lY2xSjQcoshm"
    "J28CgoK+yUDfOLiNDRO+ZPLBxARLMOH3HWhOngoqG9I3UVmxgxR5B7GdF2NNR2/jVb4g/l"
    "jzpUv3gu2hyIUNHBlI+tjZEfcFSwf2HtJmVEVR3y1tJdzrHWOcborsH3tsDjuPdx3qtDSg"
    "KRuUjhnhm+Zjp9UAE2jI0xF+6gVaWdhrVynES+IBPsl2Bl9YTLwg6V+Q7Lt9RFRs9kXe7C"
    "1N2lCpC0uWkLc/0oR8zrDHDr/2FXLSJlMELEdSVPflmKYivWJrPEV6RU7pFUkrQ/4QF2xV"
    "SIswZ1FMU5k2YXKjN0TvHwM/S/lkO0OlTXsq0czmVE/edbqPDVlizo+HaNrEH+QJrM376W"
    "NEfiXEhsyyb1QdYNVEgPwJnVScBnifq3a93iqr5Uv/XX4CPXIXHSBJJiNcBZh9smefFM/y"
    "2d9t1le1+aNi38F5SdzMHpGYk1diThErqR40YWHnBIWuLjZgTSNipSModg802WmzwxwSEi"
    "Cv56QLXjv86GyaIy4ebiwNEy2OeyZnrZQVlirdgrH7c/dswDKzH1ExsVzElwuqpcchTQ7p"
    "cduXYNbmHcwjKl4XquK1yBva6M0otk8i7ooKUQMpN46QjGDO1zPnfiGaLZldvwbOkQGclt"
    "QNTa0QndtqPraat+1D1SVqv0HFYuxii3xR4Ra1DrWori5r7bYlkEjpCltXmoC2BeoMQKCp"
    "BMNPgDpKgTlHQIdYUhdAloBsAIPodUj6wi4YZH4R21tH9AI9e2yhWWTW2KeOsQaIrNcmry"
    "7Rnu8mynEXi6XUMx7CsMvTFwpUivvsMk1UT3TLDkT1XEbNM/KrUUIVCD60nkAJrIh9277o"
    "hyYTdWiT+OiQpAiYKrKWqqM39XXDVLmgpBjlYo+ypsCpXTM40xYfFxRcFqfwimOXZ0U3Ji"
    "fATQZX0CVlCelMOmMpVIOeGkbZ3qagiOBO1nMnDK8dUCePSH+Tp+hBPU6U0xIowelVJP6k"
    "r7+01AUtTPyITNP+pTEKJd6omppFYWJjIyC3nlChgVgvfzPAdK6SqUG5DnYqu9OZAV5UoF"
    "kTRZ5+AbJJ6wsqMjLoUe4yuWhYE1NHCFhYQYYBIFDUd6TTHgF5CoO1Ud8xh1nJ7baCYikW"
    "xaKpZFATcqjW57350jnyAnOVPCdUlIz8QOVbv3s7bna7DeD2MMIPTzfdzuO38VPvrtv8+p"
    "XmurF5bszHFp4p8OWlKBlvbppNVlU5JidUZd5xJyL7qVyqcprsp4Mn5xz9zhJTkrNocmvS"
    "ePoYDVXyT05JPAcdiy1TePiK9FbK8QAmacTOlbRqsA7Ta780JcFu/wkMmVPPJHqkTLRH6u"
    "aD4BUtkQTm0Jh/Ac8G+vMZLOAr1UNJWw3pHyW4BIq8oBoqoBrPBBoI+KASfVXl50HkcVPu"
    "SSeeKcnuOqZ3YQ8ImVJF7rbyyBPa7F/0vJOgieV9Ge7Sa5It02LV2REl07FzOTEiWROnvu"
    "2MLKgvIZQ6znGXU1XnREo+Lojmn3weiitUJiLsvHZ16aFJP6wC8vGe2EicA07gCyfFIjkS"
    "0m1fjDhIer/SxEGq7AnHb0g3uElcq2d4XDq/qX5W/HnuUF5xVJMjrAMiJQiPyDvI2uNJtz"
    "puJt5LjkOBVYwyDkel16cnkVBJj4UKsE+0HtO3dpd8MSe/mp5H8z/t1pA20NG/0dTcjJXa"
    "fXkgF/YAVRbRH1fVvORIi8KXG5xbos2dCZg2nCsmWOBqZYVJHQvbU6mDEsNWWPlyp89rKY"
    "A+ryUfZVjjA/1Kft2mu0G4hyKDXrlv05e9ARZoMUH6CLc6w84/270GmMqm/BfCI9wkW8Xv"
    "9/2nxwaAZL9YLlTLGOHHYfPurgEIALNZMfYCh7SIs+cJqVKQ5zgKUebFGaZdLPyU8o6aqO"
    "jPzAaqLSJ09iBxZYzRj6liSZk1kIik0D4yaB8ucGMdQSNbMRGOaAkspxwOQRUxfZtM+oI7"
    "JuNBfAf3TB5aw9wxFSyCIkVQZLE8uYlBkfxyjKLQ5S4LXR4m3jQ0szmO9ejMT+Ve91679d"
    "71R3WBzDkBmKbPIp3oXWAKMfN3g5ORdT2ZXoysCzS7Gln1yewz+WZ6efaBGJ3gnQy4+l4F"
    "dJurAhPBRRXQenBvsrmkhQOhY73+zQAj6+rzOSSy56fnpJ/p56u4x/2QD8L1wjtvFxuPqL"
    "9dhKPmGY6atTBT/iWZcuPVzlLZD2cr7Iczjv1A0HhR9Y0DfoPyOVps9nuf1cXya6d32/+1"
    "4awaI/zQfxw22NoxwsN2877BVpARbraGne+d4e8Nby0Z4fv+bbs7tiXYCjymcpsQbbsnoo"
    "M/M8O7EhErncF9nuqFOV/xwpzHXxjZGLNJscFxbr5cjrSSuxkcLaskGI7k6X6codhpshZt"
    "tS2bhR6SEQFw4vAJcfjEEdvk8dVgB+Deex0d10qQFtXQErjFURM0knjLkybitcZKMpOjoQ"
    "mkjy2h8jMoygLRPmmzpmki8nNRhUOZedeqq+gyDermUoJLohkGmqfJxUY/NBZsB1zJL6ye"
    "3EcZV2l6iEyP0CC6JIBYYvkgMxlDxWlMVyZghyMChRgCYI50xE293s9duEzXAiF37jmLrO"
    "C7BN9VCL5r94XYiA3+prrTPZvt7suJkJAMxjtdtogFLuMNzPeorCiMVuQIBWe0VMvcfKh9"
    "YTHWRR5rWwcZG4j8Romj+ybzCTHB/HiF00JrBIEXaau0ly3TXfI6b7zztde+HXd6DeCt8i"
    "Pc73U7NAfGniUj3G03v5OPZF9+I5+aN4/t3rABiJ6OsEmukjeBXHSigjM709IEqZ8lB6mf"
    "xYLUaRK4pW2ZtRTr5IiSlpqP9rCSITLsUR3hW3Zdcns+eEi6gy//yJRkLTsiVjpPWT2Vp6"
    "y+wlNWj3vKHNDo4G+gEsSlhU5QZJ3AIRKyemyCQsLHwFEHDuMIKyOqKzw3ARZsawcDKhmX"
    "W425GILvLL/s0GF9N8eLbJLz5tCRqjdQUVRujKpzpZqKbp/4jdeS7cM5NL3wTfBGNC/pC3"
    "i2y5E+02pM9BHBjMV42ie2ALt7cGIfQG2f+UJPrKZFTA3EDqz+EOfb93mjhBJPdqlKf7gF"
    "5X5Iyl3ssPvQW+wXKAOkvoAI3eElLClK1nwlT0JM0DTpSgrnAKTMSsqD082RgZs+S8mbVE"
    "Wq3N6lFOEAESgNrpYSup5OV2GsYzpVhWaosNyU04srSn69Em1gsvR1igki2gOyz5YzSf9V"
    "IKGpLNmt/BPnoG6nrLDS6wBKC5lTmH3P90oXIyB0FqGzJKxaxweyiL3IJfYie02IQ5SCyB"
    "HgPTDuB3Udbubf0BCWnL0li9/pod277fS+NoAjP8LNh4dB/zvzPmmarr4hViTv7unRrpE3"
    "s4yilMhzNuTxhJN0l7h4h4WEhRRfvSlCtIBpZudeTLB07r29VJ5xZ2R2115YUrj1iuzWE9"
    "l3ye9YmbPvhDN3V3uUcDvm5nY8DPnkYs/hnQLDkoJyCkyHdEejOAL0dD5aH+X0M/l3dgbZ"
    "36eMKUJ2ERT6zflkZH2+/nw9supnddLmso7qVVZNmlJDKqZNaeahwZKV+Mei7PuG6w8DDJ"
    "52wggudjh6tiNMBPu0Nftkv4sMIq6mnSLSMdJHkW38ys2g2Wt9GzcfH9v3N93fG2Cikx81"
    "H0PDQIuJshxhp0Wrf3/fGQ7bba8JLWkumyZCI/x10H96GN+3yfZOTdcXXbU096Uf4YfmYP"
    "j7uNtuDZ8GRJytCkSFn5qWTmSH39r37fFtk9ybvBkLNCYLxgh3O3dtv0NFnqHgInL4wiSm"
    "bCqZbDFPoMjTYUMrbC/1e9hkyISwKyCs3DRWLtnysQTjACefc+NLiJNuQubOLk66mVq6Tg"
    "+IkE20yLCxR8VE1gkn68TRpWKorkndCgrmY+Uf4CDGohv1qbgcsi5tMsIBsRKyOGUa4IVT"
    "aGMjfdyRzVEtUGczmuiV1fcTTRPr3905X9j9jfC3328GHXpU0nKiywXx+mgK5IXDJStqno"
    "BQ1NIoam+yhNSxpXOCuJIxDgmVDuef0sccUw4qkg5nZtZF5nbQvBs2AJNNOo+t22HpqTLN"
    "Tm33bulVWq2FXKH4dWxntD6dkwabLUI7z1HVVXUxniqq4wsPj+DKEhgRSVEEY4MKlpkc/m"
    "Eh4fDnhES7b+IGOm1UVjihi6zXMhtzo3EOS4pRLvIos71zM/tUjPBRjLCrDG0wyBFRMc5F"
    "HmcdLeQNX+aIqBjnYo/zVNU3HeeQqBjnIo+zCAJMHOYSBwFamrThqIclxagXZdQ5L3usoL"
    "U4I2B7lmJFyKc4I2CXZwQkB3wGjA6nhvaWNdqDlcVLAnfovWf5zltiFE2zLiNO2lw11S1x"
    "eqB9lBYgVVG2xadcRRSynYYQcOfL2DJXvZN9jIYq+Wc9ovd+V0dpRvExzRKk7wDAC9L3sU"
    "kTpB9onaIyhB0efz2BiP47OR1Z9Vm93mDh7xrS3Yh6XqGHLKLrA+dFhHyeEfJz52zItIEI"
    "bvsSxiDsvpAAY444FQVXlRLwZQTEayE2VU2ecvad5KBnX0IEPYcM/V0EPZNLBGj6lJnGJC"
    "ImBmbnA0MLBnCGZIh+JGyfnkAJFqFVnFf7t+FqsD3Kq9vvfXWbR0cgDLZLKmaKogkLiSia"
    "eBSNYHmToS4vy1uYBP+jtwJiXG+WJPQUpQBcG3//hQAOOhR7KwOwVWp/TzVpTVoOaeBcqa"
    "biDLDfOM0hkzL+SDoFthQwVWbxO/UdT9wUfC+CsQqcmAm9ah+V41Z8rIKRdX19WR9Z9cnl"
    "Jafy9X5vlSaXP1SSkK62IplflJI8XpAPv7+WXFl9Jb8jC+/jti9hNQFRrOH4ijVMVIljvC"
    "YD7LYvAVuQQ2aaqz/EAF4XiQhFFGLxTFYRhVh+piIpCnErm3p31p8dpsEx/rz4jRS2n+a1"
    "XW/6efXVmNAXYCD9DUnAohYXrdVv4RcLGQa9B7HVXhGnStuGfQj/cbGMMjYymXQxV2A3us"
    "JhwQ3pChdpVIWLZE3hIl6KAZKOM2Drti+hmlur19OYEfV6sh1Br0XynVVs0mpLDKgMOEfl"
    "Soj37iezIf+V5ZQtt7mI1ebQC++yxFsZEsH02gs0OWjOkfwy5+jqiXD6AgJPXhkJqLlBnq"
    "lXVF+kdBzCXhgaS1NUmPlwjoiUYG6Ta6AI473sxnsR3CCFG2JxjsDRBhDkRzfRrBce2+Rk"
    "w6Qhm9ymKbgm2pYW66cnXgMZs8MhaS0zQEt9fQKPwaOuDfCKkEYrLi6BSb6RkQFO6HMNyY"
    "flBwCxff41Oz2bR0rt92aCvSoWe8USADOqqkGZEhr+e6l5qWqZg8IDIiIgPKRF7SIgXDbG"
    "9vm68SFZWV0xJCdqK2aorUiQ8/McsqMelhXIZ0Ne1XhOinWYu1I5ou1urkcLNpmn9KkzLP"
    "S+RDHWeXrb0qzzgs1IVnvKy2bY5Y83GfSgoAgyKnKQkWCsBGNVKsYqEH1qsyschS1DaZYb"
    "1kmJ0A6HQNt003YQeVRVmVDaN/FpA5bAfnpopqBATa/tWg50OEdAtzCm0XJT1cImPdeUnU"
    "vKmtBPkDGXX4CMieK2QJgMJICmupCn9DZxpnM3XXL4zD8qLrdr92RnSQmG80AMp5rgik+u"
    "kpjkiP951YNwyJiFs4SKeO3FSX6xYzHIOpFNfQ1IiMm5Xnd1F+ItFdeSFbmLaq2BSVUoJy"
    "uxFREZl0cNYq66EbyeTuPQHJF0Sgc9Rp16Pj9SzyfRETBGU181sBNrG+DfqoyJXjCyamef"
    "a0BBM/MT6L8hXYGaAaBOc7R18vvA+xxhW9HgFpHb983S5XgHzRc/czhbmveN/PKzKC2fa7"
    "Xz86va6fnldf3i6qp+feotYPFLq1aym85XuphVg1xK+sPdC8iAHJ8GeQRp9ke3NQdRtZeu"
    "DSjZkGAJafgycbIGQniTs798MTHAhR5gqnJsMMABMeFUKdr4FiSHt6VauoEqHE3fubJSx1"
    "cQ1CmXRyad1zhFaKXdmirZCjIMMq5fgKq/gN5Tt0t0aYiJVg1eFHUCFbfpiWFpZHJKCxl/"
    "qALyGAi8yYZsJ+myaEnSwd8MYFgTU0eIF2KZz03TaPz+Ib/OAQ6iolO+ycOikMue04QMa7"
    "GAOidFKLn0a0CkBKlYq3anfRR/FRWpixb/JMnmeE73EY7WhqbyAiqJAVAh0ejo2LKfnD6O"
    "jcxfMRC37Vbnvtk9uazWIuF+wbzvMM7QkmSXWkw78YMyxZj6pQr985Wb+O7axtYixv6Hdw"
    "FPOsdNQNLhzMyIf+V20LwbNgCTHeGHp5tu5/Fb+7bhVwMdYYpm5zv90j2eN6qXptqha2k2"
    "6Fry/lyLF6B4Q/rY0jlumlXVJwJCJdiic6i45gazTpbZeM2YnMiY5vhx3fdsA2YkKivoka"
    "LRIyKaPN1LVd5ocnHwQtlGnfOyH/x43YIt22U8XbdgEKcN0NnJ4bpTdaERSX4WcpagaZuN"
    "b3ndHeGqlSrC3OHmtwOryzopK0SartIFdycYPQT6KiNW0DDI0kajyLeE69G0pGXT6608y1"
    "6EvCG/cizB5S7QuoUiwyOTFzawuif6Y8M7QGrP7HgallvnpE2Gi5t7YQdiVRiazBEssi8O"
    "6eB0BnszkzkiW0Lz6XjNpbiVvCTveYY3yG0ugiX5STZ0qcxG1QZlBKoisPdQ+eLuBrx1ur"
    "jb0ZEBnD5bPDC1+Jk38TVhB8D64XQlBTa0EhYppelOsYz5gJ1wX+Ho1cHL6VTqGZVIpUZX"
    "OhJaaKqJ8HQJdHYPN+H5XZdN9HGC5mRYAeuxASBpQwYDOV+Ad9mcA3MuG0CWAPkXozd6SI"
    "mmKbSN+S5POZGO+dxyxyUlk93O3D1gQ39zCU/tSDYC7O/GWTOHo2IigViU6i67Y6rg52x1"
    "kfSC9DY2dW4FkODldBuYwiTS7WA0RZaGzLFegH2A8ci6rM8ugR2qaG8ZsmkAg2gAU/SFHo"
    "xMdayq8wU9FXn2ASzgKzLInxp7B8CLDsmkIbuMs1uZ/Ozc/G69htiyO6R/kS5j/FbkqGZm"
    "Zouo/lxJL8GE7PBomg0Clw8csXwYvtANWr7KELTsryRpdWBfooQJKLs/qNmGKxvjFJIRkS"
    "S8CruzLFPWaV7C+Xp5kWK+Xl4kzld6KQwtJkpIFmzd9qULwt7LIQDZzbTSmmdHYo5lCgoW"
    "sfWC4hAUh4i4FqO+YcS18M/uagUV/tl8/LOHYmFZUDGXgHXDjVNxr17jFJVS7NYNsECSDM"
    "GJZOks8nJsUN8cJT5t3fkDPTuOLlG0rnKkFa1Tgn5oaEqpT7cNXYY/8Kqk7P+GaSqkhHzJ"
    "BvpTcKn5cqkU8vSoOq2FpzCqRotCM/suNPNKfhof4PW1BlzZImNd+d65bfcb4E2WkDrCza"
    "fbDvlEnWL002DYaXXbtLqAKRO0Rvi233q6b/doXQJ1armJCocvOOBvEBmWlbCQ0DK5sZVk"
    "l85ayCEkVDoOcS+FHCaqlKmYldu+BOjmXclKUE/JE/04SQhBPf2Mo56GehIJF7tSClZQTy"
    "KCPZcIdpGfvVF+tmmihbZtcvY/LPmvpt1TaYESiewikf0Aiew+pH+SlywZzD5GQ5X8k+5l"
    "LdGs28iL4C3rid6E4MKf2qswDm49690LD0h3zjgCEEse9T9FuinPWLoP0ZjBCVQUm76n0d"
    "SGRb4iaqBMO6nSI5NM+cVSLQPMdPo3jb32aw3EPQw53XNNMLfjhBFVCg5apcAd8/GCt0qv"
    "ONAqKlkaz0MuR1sFT+qz3ykeLXunqDDxPMSgWAT8GZU7NvhXRXj3n266bfAwaLc6jx2nYL"
    "JnRLOLzEnpBX4P2s1uBGd3mcqIc1hM4LwW54LVPSmmCnOExFGcL1SgYY4nCPKPRVrxTkUF"
    "xVu19q0S3Gzyti24WcHNrteBo+Uts6EakhGoihJDIoS1WBxQdbsSQ35E6JbAlq7sbRTY0E"
    "ooajcVxPO1z6Drvv7SdTjOR2TSI7S5nCmvWTUVcUqrfBtBkTSs6Ud6cKTxLpvTOTK+AA3p"
    "ZFpCBegQv9JgZ9kA6mwGLEwnLIAYsDMkgWnpmAZRgwRidEfd7rg0k+A5tw2mnhPF2xlDDs"
    "+pqmQy4oTI6ohoBOwJkd3XquR9k6/BetPvd0MW0k0nGjT2dH/THpycReotxLVCYbcmT/ny"
    "2q15HyBSvrVsq6pXa84acd3EKRWvjCeNFGss0ipfCQeN8DWvrbQp5nrnqE+uSz6FvuRGAa"
    "zXk4b0fGz2iagwVIyWoYSOx/cLeCYjZLCDUZ7BXFUkljYGsfFOtJ4qeJ/L07lTfJLc+w2x"
    "ywbS6RcWhsYrkuI6VD63FPpVsfQrDRrGeAH11wzYhmTyY38ujyVzzXtT4pgmn6wbEirG0b"
    "qlOlVaKLQ/o0JbEJfB0W8hO1Jrk9jajJrt5lztUei0KZja3aq1bvh3gnYbiA5PqeSOYUBk"
    "p8clxaodhPwFPnKi5kG+NN1U1TnOguSqB2574TzkhRYSBRtxpulKutMXypHoPEzE1Q55Ts"
    "eCzaKpB0SKoafT25ZGTxcpzMnLzHHq6WlSmAuipx96gEVoT0FRFaE9IrSnuMBmNRhzi0CJ"
    "5styDExOSm0KIxOGBdb6UwaImKU6ksDJyKrPpnX7PBRWiI+eb/LR0uiV6+tL7wpLggUz0o"
    "Ce/mVP3S9Aoh+I7uVnzNEu3GiSvxk0v24m6wvIT+A73GOkPqDFr+UfP6aFvGimxUbEf5WF"
    "oZ2roX1cNdsqdFZbWkbbpDJo/+OpM2jfNoDuvDAjfN/8pf300ACBHg9emU0cRlLKw0gKh7"
    "KorHlklTUlstVmJzB8KZE/WRyfYpys8NWgTXZhXzrHfVhDWHLCYLNsxA/t3m2n97UBHHla"
    "JLXXbjD9c6MtON27tuJVi71p5Ek2edV8MfGuFfldYwOV9YynkFAJyojmcNCTYzBuciZQXF"
    "KcCiROBRJ+DfvlOEQieMlfpcM4i0oOqvAV7QpV4SvK31eUf7ZywZaD7ZOVyROA3lO3e2gn"
    "3JECm+yD84E9oBOOlmFN8r45JVpTuN28yrDpvG4trzDlQlYU2UAERcmgudmOJ6vqpBfZ5S"
    "zVKVQA6bzBkocm0EA0BYmeNa8sgWEtDNbMVDV5ChbQMJG+jLvYcrpnuhqZ9OEIWHFPWmh5"
    "o3erkCZ/2H9Vg2+pcK/l6l5zpnbcPEsgGiDvpJKQTXa8ezQPQWpTRRRHd86mnIluc6Eu8k"
    "gCUdX1wFVdReW2fcxrEd65D1SFyb4rVIXJLsI7iwusqNz2s1VuG1J7s8Kx1+0L1VTGuum1"
    "XWuo9zECCJv6khq/1BB2nswxfE34Q8XqYsnCVs/qcGRdQXTq/n39eXpRBeS7i9NL8mkyId"
    "9dTi7p39fTOr1it6ufz2rkQ+20dsk5PfswjyDKkRTL/mb/x2BN9vS77Xfj5D8stHuPpdQ5"
    "rucVYZQ6z998vIbkztRu2RiTxVR+40zUlQm6Ibkcc3TdSXy0OboidCJ5bpcrdGKrMiO7U7"
    "9uLWTcWVhqU32Ep4aFG6xUxyTSdDwjbcfIa5xKHxtZF+iU6jmzc6bbkE8TotXU0DXN9SGf"
    "Z1czcrVeu2aF2mgG0MvfDEDvB2QMIHNiUHXpalKbUvHrKVWALs5IJ1eXZw1gGYg5N6BCvS"
    "AsiQjqCEhoKktE7yJvkYLYeqUsE/S14j1imoohfslA2/EiNLw8NTzhLtidJnJcyWDZga0M"
    "2vedIc0CW8jmCDe73X6L7EwNdz1AI/z02GbLRHR9Okw0OlyoFuZpKWTBWkCFP8V9oaiCYk"
    "t9cqSLMy478SS2W537ZvfkrFatRTRAF/qLGL48vjDZO8s9SPXncs5qlk7UskwmdUBEhM6n"
    "CZ2nr6kh86bmigyFgIxAOV2Cgq4TXc/I6poNSYnA32TrerIck300ozuRLyxgFiTGz0tiFO"
    "pAhUMP7X6d89xjEjL7Obc9KKEYGuGmRyUMyBwfdFrDQ/k6KZf2AJdJ9YGCl6triTYt0DIV"
    "y7ZQsTl3OSkNyhKYLEOldiCxPt+QbkAFnDw/238j4/n5A5hDg1zF6AVSBgrYZhyjqywsqa"
    "Q72o3zQHz+LM+bZ66l6zIv7CHt8GTBnAnm7Hj3kVDoHJvU6cH02gs0eUV0Be21V9qL7A8Z"
    "wXUkBLJrkJ3OIcZI2ZRED4jnWlQNW/boZeHS75u9p2aXFlCj0iP8a5tgMmyAd0R+hVkM/l"
    "xHM6QjnK2mWkiodGTa5UUKkC8vEkGml6IgTxF5KmKzZkM5KFW6eKvzNMUBz5OLA57HigNS"
    "fX6czWEREPmpvRZZ6/2IUj9ZmHTXjMxGTEWk9kTxHp+9FlpXVV3alElPkBZUuqDSBZVOux"
    "DZbvt4l4SDYq8OCpE9uH32oO+giExc4fopg+tHV2cyA5fv+nEuV9e7fgItU52v7fpMHG8L"
    "UN+RARCczm2/DJjp6gKcUBq9yv4es68/ABVXARGUFXo6NpkrOnBu7WauGeRnsNBm/iHbOd"
    "13M4eP8OkIn85RYetj6b8rGRANC+WH69mRgFr6EPPHZrc56NCzRgyoQF2mZ400e5QqH7NL"
    "vzcAxJQxH7PryxF+bHfvxu37h27/dyaGlNkYLTRFXVLZATGUnKNLTPvkkrvm4L49oI+rL5"
    "BO5IdPt+3esMHO9kHYHOGnnt+dhYN9dTvtO9qVIqPZJhT97tNIaYm0jM4oV2Rrb1TBeI1d"
    "O6N0yKM9V0LrivyE0F5WL1IjSxcoiaqrG3mqOdLCsboGcRESsF98yQYsGXNZ23RvDsrn6D"
    "bB7sEhGXboHjtyhErSHfH2qWXvrpI1pXtk+zeyd5LNlNzTOXD+8G5sYqnq6htRGXR7107r"
    "x4rKlc6ftZfDloS3cK95NyI9RPi0hE9L+LSK/S4JH0xOPpjDeAru1YlMlOJlS8WmTezHvA"
    "XRJtVVHoOF05hi4rVOlTDiCIB32ZwDCEbWpUTrldRr8NqrMndRv/br1NFPpFW9/nlkXZ9O"
    "arTaCTxza9XVJVSnhVLqU7vmCf37egL8kiinn92SKHZ5FLswyitCGi2hoqMXS4E6MFVrOk"
    "+o0lL4JxZF+IrllBBVFjLGKx5jFPkGVPnDN2aJa3Nmiofjx0f4e+eR1mp5kw1aq4WS5DY3"
    "PsLN1rDzvTOkTDot1kSW3WKY6cJw3G+YqQiHFKajMB33ZDraL8gmL5UwHVObjjZguzAdHX"
    "tj4HV4ZECnNSFDU6yQJqQzBCssSH+QUhiQ/hRZbz82vZCvGXh+nqsLNFb1l+dn8K7qrwR9"
    "QO6C3okJhIAhk/lEGrH/n58/ARo5RiXARCdTbc7sKYOFfdlPwMpooukF+/eKmnJX5+Tv6W"
    "zCbLJTatBNiGX2+XJCjbhpHX34EjMXi/aAI0yrHkwRURrxi/Most2pZ8aeXRJztH51fure"
    "WMWsgaZAc6bqiyqQae1Ru3L8+bTGLF9aOf7zGbF1P59NpfBzXdXPZrTz80n6kqIuUs68J6"
    "uBaRl2zYTQ43OuhzgX94Kwd/O0d8ljmTL2YoDTmgMRsSKbbkVy17EFIwvB4An83ByDT1Sm"
    "naABkRJOznqauVlPnpr1uKvTPkOPFpbNmBwdlywdR3CRBu6LZLjjISyCftkn/eKoElx811"
    "OSvnSOaMN3+zjVLJxk89cm5RWJJAu9fRr0nNhbS8dIKgbP6D5NxmoAEbEtd7+CkWDZNj8F"
    "GqbrqsuIIkf059YjRDyPIGUFKbsfUjbCA6R8qyJSgpgVZ93mV7IkRk6l9yXERMVGIILRDl"
    "YQwF1Fd4DtT1IVILLvpMA49NLnD3TBlooMPrHYUpnZNRZjAjm2/Y0jeffLAClJxHRyuGRJ"
    "pvl/9ulFbOqmPOWXq3AvVVf5DV+J6qgg6QWNYaB5Cs+hHUcJTlQdQKARFXpBeqySx2P+ut"
    "MP7IQ9QFCzaMlvQIu1ybRihIz9L2lEDacoxa4753jM/qi47RytW2a/7F8izvOAfi9vGNJD"
    "GxQRGjVHo7ZfmQyI+gICTw6e5HcmBdYm8X2T4ofSbugo2H2R2jmCErk/R5f4n8d+L4GuCM"
    "hE6Sl5aoL/A4ps7G3uVv5rZuEpOwp2YsmKKWPjE73ff+/LV7MCcopRiJlyoT65b/4WHYVW"
    "t38TpZxoBzeRITHRDw5nOCTf8ofDbV+K+b6KC2z/NlwNtkcFdvu9r27z6AhEKus7Wkk27i"
    "MiJRbu9bxHUP3b0mi8DXR1ZCCntRgjEyxkLLaaj63mbftgNftc9HkF+wIjk8YECk6KdNl3"
    "juVh2yN2Khm9/Ak0AUbvwNIUFUqhenimbCrkT0uj1atJj+zK1NJ1ZrNgxM+Z29N9RKZbsS"
    "wgNmhZtEtPYF+77eFOQNjP2bjqdJxkEq2IrAxJlS7eZy9hlbJhWNlQ9iUEwmkQVtBbRlPU"
    "FSgdvruPvUSzGaLJoUQp4FfBSwzwiUv+zJFSRQ/7i+1vlZF1dT45HVnX1xesWAAtH3BZv7"
    "jOOJMrrafBgJXVTOqQBgh+7zzS+EBaxWBWo5ULECINJ7BGLz60m93g1Tr6TDNBJpe1qI6Y"
    "5h25TvGKXCe+IdfRF4TmVdsem00HN9xDjmsSS9IhQ1GfnZ5mHdWHp5tup8XGxOtjhIlm1x"
    "706Glm9Pvr+sj6fIquizBKtt2QQVUPSIjqw1H211AtfYrG7GOGjTciVrrtt1avp1HV6/Vk"
    "VZ1e42I9hwanfvZarF2x0mG9+/P33qGOs3LuQRnBue+cc7f5HBbYnGHpjkiJ6LfDHy9U7h"
    "PmRFB5MtTlDSq3NGnDUQ9LilEvyqi7GAWG3Xn6gDrmehJYtk2mNZQnKjantS7KEGz5+ikL"
    "BnRaNyVvooV8leRBQO+p200X2OpERG4Z2BoIwzyy1ewgAa13CEm0pwrHn+tdq67y505Ucz"
    "wLtlzryR1Z0vW5RP6dXkh/D3xAtHaLihGA2HhHetUpWUq+Y6JQAWS9N1Qc99nupEfhnS2W"
    "d5bcjrJj7H3n7oArS19ERfNjtI+VmCC/0MhaBCcoU4oItKijK52na5WrK348CFuL4ignx/"
    "j5EiXg1/KO8ZsjRZtZHM/tjaoqCOKkKFdPKoL5hIgd4cReAftNv98NwX7TieL6dH/THpyc"
    "Rc4n4mWU0u00ywriS5Rgbuewekxlk21rmfjjkJAgkHdPIGcupSHqZwjiODc0j4s4zhXp42"
    "QQk3jjGL11mCDxJ2xrrEj6h2sfcOgFTqvqOqLB8mTGQdMjTQat255FZpO+ABUiEwFJ7Gj1"
    "maqzK154+kd6bi2A0kImIirQ0ZuM3nnZs7vrWDAQxWIghEWcj05LfqeeENeWCLKedxhbPj"
    "bD2Wna2OWVwcucIoTCMNsjd0ZuN5MlxC1tfKeoMKmgXkgsgvOMyu0L6dNPp3uCelXAcv/p"
    "ptsGD4N2q/PYcewwT2diF8MEw6Dd7MaRPgJWuERTW9i2wrYtMJrEYFKVN8TBcyW/GxTbG8"
    "Ebw9Wbt0dL8AoqQVAJeVIJTaTL03mFV2/LvlJdRRlAv806hiB5nIVVXiyrPDHJJlnzS86y"
    "KYNNvpd8EPpSZUDYaV5CdPeSTEyLOHLLoazw4fki+XvwDuOY3pmv7qCb2X/+PzWVI+I="
)
