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
) /* One member at one activity: signed in with the code (or added by the admin), hours once confirmed. */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "disclosure_kind";
        DROP TABLE IF EXISTS "disclosure_item";
        DROP TABLE IF EXISTS "volunteer_record";
        DROP TABLE IF EXISTS "standard_item";
        DROP TABLE IF EXISTS "standard_assessment";
        DROP TABLE IF EXISTS "volunteer_activity";"""


MODELS_STATE = (
    "eJztfWtz2si29l/p4ss4dUjGxsZ2yFunCmOccAaDB+PMzB52KQ1qjLaFxKglO8w589/f7t"
    "ZdaoHERQilvyRG6tWSnr6t+/rfylyXkYo/3KP5GBmVBvjfigbniPwRuVMFFbhY+NfpBROO"
    "Vbup32aMTQNOTHJ1ClWMyCUZ4YmhLExF12jbJniAhrkENg040Q1A2iuvCjbfgYWB3ivzhW"
    "6YSAbjJYAa0I1nAOW5on2g/cv6hDxA0Z6378rSlL8sJJn6MzJn7Nv//De5rGgy+o4w/fln"
    "hVBIikxbM1T+TRssXqSpglQ5BJbdiF2XzOWCXeto5h1rSN97LE101ZprfuPF0pzpmtda0U"
    "x69RlpyIDknck107AogJqlqg7SLqb2u/tN7JcO0MhoCi2VDgOltl/Av1aRpF5/KD22h5JU"
    "iQ2RSxGA2rk00TU6vORVMfv6Z/oK72tnF1cX1+eXF9ekCXtN78rVP/ajfWBsQgZPb1j5h9"
    "2HJrRbMNR9UNn/MVhbM2jwcXXbR5AlrxxF1sVxFbTuBR9bf0bnAe4cfpdUpD2bM/KzfroC"
    "ya/NQetLc3BSP31HH6iTBWivy55zp8ZuUbB9cBcEokzoegS7gfewMzcEbi0NuLVkcGsxcL"
    "EJTQvz0W1r1pwh3CGvBLUJiiHtU+c3kytT0kElG9yVu6dul3RGKEfaw6B/0xx2+r3m4I8G"
    "2X31MaTNoLEcac3WsPO18zhsePtzdC8/zDAtdGxyRul/Hvu9hDXgEkQGRlYmJvg/oDpftp"
    "cB+n9TS5tQSMHYUlRT0fAH+rz/zjhoqdfICrApQLTnOcZ/qUGQT+6bv0fxb3X7Nwwygt2z"
    "wXphHdxEBuM/uqIhWYJmfEBuCZb8AQkRRQeFUJnKHH2gf6QYFmcDKsoBsAL/2+awHUFPwR"
    "JbW5wt/UbXVQS1BF4kSBcBcEwI9zWd3d0+X+Bu+v1uaOLedIaR6fp0f9MenJyxWUwaKSYK"
    "Mis+4BMDUUgS5yudeXzIw5SrJi394xhZF/KBcl9Tl844rxiQYee+/Ths3j+ERoXOb3qnxq"
    "4uI1dPLiNbjNcJ+K0z/ALoT/Cvfq8d3XW8dsN/Veg7QcvUJU1/k6AcYEDcqy5qoVG3FvKG"
    "ox6mFKNelFF3MQoMu/P2/qj7YmBKCc8nWC/lHcPQ7kDQo6Lz9IUr5xG04tje6QZSnrVf0D"
    "LGLEcwdRQVfeMZasrfjOs8Qoz/ceeQe9XfkQz45qkcAlOLQEA+HNkH1IDM8UGnRZCmQI/h"
    "5OUNGrKUgDhGxqsyQdJCZ4+PswwO/d0vA6R6iPJxf7T7etDTze1iclkx2EPrf47Ipqw9k7"
    "3bRJpMp+GWmDVZR+gYt/lUgE10y8CINJovyAQlT9gSrxbrr+V1V1bcVCQ/24rUzbHqsj7a"
    "mmksywsTxuTDF4ZOD/kt51aXdfYQ6KuMkP1lKX+z/Wu+2HbD/5V01bR7Kita2LTkpQQxJh"
    "zIHG1/RNLuml5v5UZNhstdwHULS7t9vRI5QTMRMiQDTXRD3hKur253A9ZbmVCjvKxe0wM8"
    "bIi7Dd8KSOl41SHa19BQJ/+sR/bJ6ackLC3Fbl6bR9CcQw0+s7ek3VFinkDFsQxHBa5k+7"
    "AebZnCSqyRboA+BeYMMcOtaSD0AXxbQHP2DSiYXZ+TMTEUqCoYyYDeAaPKz2c/X/z88edR"
    "BVj06lQ3ALbGlBqQ0TEUhHmG5D0/jWNr/rOygIZzGPjG5YD1Wdiaha35IObQs9M0hjbSKt"
    "HSxu6F1eUv5NM2tYe6tEXGutLq3993hsN2uwGI2DtXCIOMRtrndq89aHalm0Gz1/rSAPbL"
    "qtLYIF86G2nudff350H/6YE0M3RrUQwbKdU3McQ3HLwgfY7m7JFVP7u6HFkXSL7Matb+3P"
    "/aHvTu271hA4ysy6tzyHo7H2nkUnvwMOg8tumdi+npGX3CGRxpgycyzPRi/ezjhBLVz0Ya"
    "nRNPvc7wD3rj6uM5IrfPSW/aY+tLv283H1+St7y8rpHmvfZvUrvV7/XvGcEFql2QW/Xx6U"
    "i7bX+VqHKbkUxPT2lH8pnb3cPTTbfTkjq9x2Fn+ESN8Db99dh5PdKuXqcvfCGPtP7wS3tg"
    "v2oIoczbRKpdYsUmEZ1qBnp2GIS0u7BPkePU2pfBPYddmHItWfB12+8L3RgHUfk5H3Rr9X"
    "qajbJeT94p6b0wujJa8OBN5M289vkZiU4LzZ4JdwbhzlBA7vg4DdvCneFHHPU07gy24iGb"
    "R0OIZqPzqmBasj37NPjKnXzdGgqGclqvhtD02sKxwQ4F2VKh7oe8HNmelc42P1NUmaC9HU"
    "blnJbhwxFvPZNKZkAIooNeFRmRnYssQ3Vbd5i209cd6aqsyw5bC+oohQnPZCqTF7StTXnI"
    "Oinp5MoXoaOcT+R7SB9bQjRgnZQVogN6OR4lXo6b49bcEyrzpLJdG3fiz1jSzVtW8ETVsW"
    "UgSTHRfEuobr3eOqSzss4qKgXKVK6BmEwuvBOfM7vHptdhWbHz3ans6FJT2XZ5eh5VTbvD"
    "UnmibehTRY3aVETHyHS3923dq4gM2bJ7ffQ7LeGGqCJoaDR+wMFuxezMBF7X6fcx0G1J4M"
    "voqjZAUwPh2VB/QVxXtdD96ipXNcNuKZle0/W+ahpQMLaQDBxiwIg/gI4J3nTjBQOdyLbg"
    "5Bt1EZOg+e3dJwBJ24UKl9TnDNq+Y7qGyMVXQoqBYmLwNtNVBL5N4VxRl9+iFvp8njrSTt"
    "ArMpZ237aDHDQBdWR+r2jvPoBf0MIEisb846hv1RhiBLBuN4NggAgzAKaqRV5PN8iDyDln"
    "mNRN7pmId0DTzRn5nJTpWDI5xN0ozz+KT9zHWu38/Kp2en55Xb+4uqpfn3q67PitVUrtm8"
    "5nqteuBs0S6z3n/mMqWVwKnOalSyJyXkvhUHBeS/QnoLfCJll7DWbB1qfIzWHjiPG1t88N"
    "bJ8hwhKaPo/X1Bm3cKPvC4V0t8EohynzGeY8l1eZRtnhcTI7MeBdLuNi8talGF+bQ91kiM"
    "OUYpSLPMrU4JrNKyVAIRJtrHdK4cfFZXZJSWnVLhq4aX1RApMq5InSaj62mrftVY4omXRr"
    "GXUcDHWObsMdjWSdBrkjuUOfJvSOIkS1AHAy0S3NBCeUmD4V/BdYQIzfdEN+R+V5CH5DLS"
    "rp0wbgRF8gTZHffQpexWAOl2BMhhyYOiGwHXR4IXg5PXXHeoYfRcmwt8A7d5SzyLlBmo0k"
    "3eghXiA9wuVFCjn38iJRzqW3okEf9uKRZhBnjP6IEO4E60MfsfuPA7F3pCxI+xRiOq+bzu"
    "Qr9YzwBkjKN4V3j7ChqxuHe7q0xY7V7Qw7/2r3GmCimMrfSBtp920aJ9NwGIWRRkSZu7sG"
    "IB85nY60/uCz1Ly97xAKGs7KcsiTNk8P7YFzmXn3setRzibVLrTzqF1ZwdTQI2U9WaN0pQ"
    "ur3H0idRGqlnOomgqxKan6s6JtoA+KEQuVUJFVQiIsMXlfO84AtTRhiXnn2y3YAt51MLXN"
    "1GRDNESzE1CPXouxQrF6kAzGBZu1adWrO0lgHHLT2jYIIuIcdmTnQAZHz+iWEMfN9T9MOW"
    "NTR0oWajNIO1NDe2BospI3AL2nbjcyWbfS7zctWTHttL0cLX/gbnWlrp+2k5DXcK26/7eZ"
    "DmRFBm9Ud27q5H9lMgN2Ysoq+YU0ADUZTA19Tn8Z6ANoLhZIk9/rhPeIK/J30J9wBTxSV0"
    "Ay0XRDym7GjdHtiYs7No4jyMTZGCWr5lYhm79SLidtzu4VZ3DiMgsZIN5zDrIyae9NSF2/"
    "bYwygBwhK7J2uTD+rQ5m2UwlIaLS7Re7n8/FU1Uc8yEnIxMqahzN5IqMPkUxSjLSx5amJK"
    "OyyLJ12K3FnrHevorIR+KsO3OYSsC8Fubjsh3kum2Xy3QQU8wexkEzlMWIo8KJZjlKVuKE"
    "ciulUuMkD73wdyyWv6MXWJyaI3cJRMjkWpEnucoAH9tjqCywIbi7T89ON6Os/kRBmjKCnE"
    "oBdbZCA3UWV0GRJ5o000ZWHUmUrox47yMpPlb+5uCceNC5zUXAEUeAxzNYq19mmbU+RQnn"
    "6z6c+YtVwaFsvvvWQtWhTGS/8XIDQ1YCtdgqOFuFh9UmyedDpCV07jsSiTyVD2feKvKijW"
    "UZfc+KhnEOzmf7VB05qYo5SiM/ifGqnGUTU5kqEzZ4TnbpVFqjShOEaIFNC2g4GpLBeAmw"
    "Pqf5vCyDphKDtGaYjNDIuh5PLoCdgRiYugyXVQA14OeuBG92Zjqg0pqZ73jhvvk9mFt80+"
    "7ak5Wcn2RqRMtw/hmYM2QRmRaukBZ/un9XXfiXkkweQg6kfwt9Wp76tMhAphY7wmQlZI/P"
    "04jK58mS8nlcUPYWSQzoVT52IbIynei5eNsFk+Kb2Zy/PIISzu5aKk1QbYUmqMbRBFnzOT"
    "Q4KfeG6HvS5PZJSmCSXSV2tH8fhiSOmIOBJ3V0+73PbvOo10EEcO8Qjc/p9bHGPnWO0FNX"
    "ZSdVcZaQ44d277bT+9wADv1IG7Rbw87dH+yiw0Kw661mt3vTbP3SABOoqpS/JNe6/cf2Lb"
    "mi6hjJI6358NBudhkpYQsRVN03Orj/JA0g1jHk+PCkG9MgfYFj9Sud+/v2bYeI1w2gzOdI"
    "Vsgb0TK9zVsyLOSijKBMRoVca//+0G3SGHH0faHCogSIK5jFePOO8jVByx5ZjjHL3pWjDV"
    "qmxhkiiklziF94qK8264QpS3DQ7Ht6H5fvj1AtVjdTLb4iIyB5ZxzpGLEY7EIPdkTPknG0"
    "49RiuAs93Gx5Khvt4RFSkeKjyONMpRxqMSWCzibHdYxajHaRR5t0pauvG6ZyDpGKcS7yON"
    "uaik0WdJBQjHGRx5gtSIsfL5usMQ1TlUCWzVtpqmBJJxwOYWSzK28ChEJ9k0F94+AmYRM+"
    "Z7LBxAhLMOH37WhO3gqqG6pvorTiBCnyCWIbL6SFgV6lVbYg/ljzqUu3wPaQ5MIGjgwkfe"
    "3siPuEpQN7D2Ezuqrqb9ZiJdzrDWOcbopsH3tsDjuPdx1qtMTQVDBVx4y0m+Zjp9UAY4iV"
    "yUh76gVaWZrXrlKIReIBPs5Wgy9MJhZI+gWS/bSPkIrDvsiHvbWQN2TqwpQl1NsfaUA+Z9"
    "hjxa99hpy0yeQBy6EU2X05oqkIr9gaTxFekVN4RdLOkD/EBdsV0iLM2RTTZKZNmNzoFdHn"
    "x8DPkj7ZjlBp055KNLM52ZN3He5jQ5YY8+MhmjbwB3kEa+N++hoiXwk1rLDoG90Amm4iQP"
    "6ETihOA7zNdDtfb5Xl8qX/Lj+AHnmKAZCskBGuAo39smefHI/y2d9j1me1+bNiP8FZJG5k"
    "jwjMySswp4iZVA8asLBzBYWhzzfQmkbISqeg2D3Q5KTNDnOISIC8Xidd8NzhRyfTHHHycL"
    "zEJpof90zOmikrTFW6DWP3dfdswDJrP6JkYruIbxeUS49DmuzS47YvwazN25lHZLwuVMZr"
    "ETe00cootk0ibooKqQZSHhwhGqE5X6859xPRbKnZ9XPgHBnAaZW6oakVUue2mo+t5m37UH"
    "mJ2q9QtZh2sUUuVLhJrUMtqqvTWrttCSRyusTWlSagbYE+BRAsdILhB0ANpcCcIWBATdbn"
    "QJGBggEmfB2SP7EbmMwvInsbiN6gtcfmC4vMGrvqGGuAyH5t8vIS7flpIh13sbSURsYiDL"
    "usvlCgVNxnl2m8eqJHdsCr5zIqnpGvRglZIPjQegQlkCL2Lfui7wuFsEOb+EeHKIXDVJG5"
    "VAO96i8bhsoFKcUoF3uUFyqc2DmDMx3xcUKhy+IkXnHk8qzoxugEuMngCnVJWVw6k2oshX"
    "LQU8Eo22oKkgjdyXrdCcNrB6qTR2S8KhP0oB8nymkVKMHpVST9Sd94bulzmpj4EZmm/aUx"
    "FUq8UTW1FoWRSThAt16hQh2xnn/CYDLTydSgug5Wld3pDINnHSyssapMPgHFpPkFVQVhWs"
    "pdITexNTYNhIClqQhjAIGqvyGD9gjIW2DWRn/TOJqV3B4rVCzFUrEsdDKoCTFU6+PefOoc"
    "9QIznbwnVNWM+oHKl373Vmp2uw3g9jDSHp5uup3HL9JT767b/PyZxrqxeY5nkqVNVfj8XJ"
    "SINzfMJiurHKMTrDKv3ImIfioXq5wm+ungwTlHf7LEmOQsnNyaMJ6+hoY6+SenIJ6DjsWW"
    "ITx8Rnor5ngAkzhi505aNtiA6blfGpJgt/8AhsyoZxI+UiHcIzXzQfCClkgGM4hnn8A3jP"
    "76BubwhfKhpO0CGe9luASqMqccKqAczxhiBHxQCb+q8+Mg8ngot9KJJ0qyp0r0KewFIWOq"
    "yNNWljyhzf5N650ERSzvYrhLr0m2SItVtSNKxmPnUjEimROntu2MWlCfQjB1nHKXE93geE"
    "o+zgnnn1wPxSUqkyLsvHZ16aFJf6wC8vGeyEicAifwmRNikewJ6bYvhh8kfV5p/CB19obS"
    "KzIwN4hr9QyPU+c31c+KP88dlVcc1WQP6wBJCdwj8nay9vSkW5WbifeS41BouoYyDkel16"
    "eVSCilp4UKaJ9oPqYv7S65MCNfTevR/E+7NaQNDPQfNDE300rtPj2QC3tAVRbhH1flvORQ"
    "i8SXG9QtWcycCZjWnStGWOBsZYUJHQvLU6mdEsNSWPlip89rKYA+ryWXMqzxgX4hX7fpaR"
    "DuocigV+7bdLE3wBzNx8gYaa3OsPOvdq8BJoqp/I20kdYkR8Uf9/2nxwaA5LxYznULj7TH"
    "YfPurgEIANNpMc4CR2kR154nhEpBnuEopDIvzjDtYuOnKu+oiIr+yiyg2iSCZw8qrrCEvk"
    "9US87MgUQoBfeRgftwgZMMBHG2ZCIc0hJITjkUQRU+fZtM+oIbJuNOfAe3TB6aw9yxKlg4"
    "RQqnyGJZchOdIvnpGEWiy10mujyMv2loZnMM69GZn8q87i279db1R32OzBkBmIbPIoPwXW"
    "ACNWbvBicj63o8uRhZF2h6NbLq4+lHcmVyefaOCJ3gjQy4/lYF9JirAhPBeRXQfHCvirmk"
    "iQOhI73+hMHIuvp4Dgnt+ek56Wfy8SpucT/ki3Ct8M7qYuMRtbcLd9Q83VGzJmbKPyVTbn"
    "q1s1Tyw9kK+eGMIz8QNJ51Y2OH3yB9jhKbve6zmlh+6/Ru+781nF1jpD30H4cNtneMtGG7"
    "ed9gO8hIa7aGna+d4R8Nby8Zaff923ZXsinYDixRuk0UbbtXRAc/M8NaiZCVTuA+T7Vgzl"
    "csmPP4glGwxCbFBuXcfLoc1UruYXC0WiWh4Uie7sfpip0matFm27JJ6CEa4QAnik+I4hNH"
    "LJPHd4MdgHvvdXRcO0FaVENb4BalJqgn8ZaVJuK5xkoyk6OuCaSPLaHyIyjKAtE+1WZN00"
    "Tkc1GFozLz7lVXqcsW0DCXMlwSzjDQPE0sNvq+YM52wKX8xPLJvVe0Kg0PUWgJDcJLAqjJ"
    "LB5kqmhQdRrTnQnY7ohAJYIAmCEDcUOv9/MUrqZrjpA795xNVui7hL6rEPqu3SdiIzL4q+"
    "5O92yyu08nXEIyCO902yISuKJtIL5HaUVitCJ7KDijpVvm5kPtE4uxLvJY2zyIhBH5RpnD"
    "+ybrE2KE+ekVTgvNEQQW0lZhL1uGu+RVb7zzude+lTq9BvB2+ZHW73U7NAbGniUjrdtufi"
    "U/ybn8Sn41bx7bvWEDED4daSa5S1YCuel4BWc2pqVxUj9LdlI/izmp0yBwa7Fl1FKskyMK"
    "Wmo+2sNKhgjbozrSbtl92e354C7pDr78kinJXHaErHSWsnoqS1l9haWsHreUOaDRwd+AJY"
    "hTC56gyDyBo0jIarEJEgkbA4cdOIwhrIyorrDcBLRgWxsYUMl0udWYiSG4Zvlphw5ruzle"
    "ZJOMN4f2VL2BqqpzfVSdO9VU6vax33itsn04g6bnvgleCeclfwLf7HSk32g2JvqKYMp8PO"
    "2KLcDuHpzYBajtmi+0YjVNYooRK1j9Lq5v3+eDElI82akq/eEWKvdDqtzFCbsPvsVeQBkg"
    "9QmE6w4vYElVs8YreRRigqYJV1I5BZAyMykPTjdHBm76KCVvUhUpc3uXqggHiECJuVxK6H"
    "46XoVpHdOxKjRChcWmnF5cUeXXC+EGxkufpxgjwj0gu7acSfqvAhlNFNlu5Vecg4YdssJS"
    "rwMozxVOYvY9Pyudj4DgWQTPkrBrHR/IwvciF9+L7DkhDpEKIkeA96BxP6jpcDP7xgJpsn"
    "O2ZLE7PbR7t53e5wZw6Eda8+Fh0P/KrE+LhaG/IpYk7+7p0c6RN7VwUVLkOQeyNOYE3SVu"
    "3mEiISHFd2+KEE1gmtm4FyMsnXlvL5ln3BmZ3bQXphRmvSKb9UT0XfIaK3P0nTDm7uqMEm"
    "bH3MyOh1E+udhz9E6BYUmhcgpMh3SlURwCWp2P5kc5/Uj+nZ5B9vcp0xQhOwkKvXI+Hlkf"
    "rz9ej6z6WZ20uayjepVlk6aqIV2jTWnkIWbBSvyyKPt+4PpigMFqJ0zBxYqjZythIrRPW2"
    "uf7LXIIOJy2ik8HSN9FFnGr9wMmr3WF6n5+Ni+v+n+0QBjg3zUTIIYo/lYXY40p0Wrf3/f"
    "GQ7bba8JTWmumCZCI+3zoP/0IN23yfFORddnQ7cW7qIfaQ/NwfAPqdtuDZ8GhJztCoSFn5"
    "iWQWiHX9r3bem2SZ5NVsYcSWTDGGndzl3b71BVpii4iRw+MYmpmGomWcwjKPJ02FAK20v+"
    "HjYZMiHsEggpN42US458TYZxgJPr3PgUotJNSNzZRaWbiWUYtECEYqJ5hoM9SiaiTjhRJw"
    "4vFUN1TehWkDAfKf8AhRiLLtSn0uWQfWmTEQ6QlVCLU6YBnjuJNjbixx3aHNkCfTqlgV5Z"
    "bT/RMLH+3Z1zwe5vpH3542bQoaWSlmNDKYjVZ6FCnjtcMqPmEQhGLQ2j9qrISJcsg+PElY"
    "xxiKh0OP+QNuYYc1CRDTg1s24yt4Pm3bABGG1SPbZuh4WnKjQ6td27pXdpthZyh+LXsY3R"
    "xmRGGmy2Ce08RtXQ9bk0UXXHFh4ewZUpMCKUIgnGBhksMxn8w0TC4M9xiXZX4gY8bZRWGK"
    "GLzNcyGXOjcQ5TilEu8iizs3Mz+VSM8FGMsMsMbTDIEVIxzkUeZwPNlQ0Xc4RUjHOxx3mi"
    "G5uOc4hUjHORx1k4ASYOc4mdAK2FvOGohynFqBdl1DmLPZbQWtQI2F5LscLlU9QI2GWNgG"
    "SHz4DQ4eTQ3jJHezCzeEngDq17Fu+8JUbRMOsy4rSY6aa+JU4PtI/SAqSr6rb4lCuJQrZq"
    "CAFzvqJZ5qo12dfQUCf/rEf03u/qKMUoPqZZnPQdAHhO+j42aZz0A61TZIaw3eOvxxDRf8"
    "enI6s+rdcbzP19gQzXo56X6CEL6XrHeeEhn6eH/MypDZnWEcFtX0IfhN0nEmCaI05GwVWp"
    "BHwaAfFaiE19oUw4506y07NPIZyeQ4L+LpyeyS0CNH3LTGMSIRMDs/OBoQkDOEMyRN8Tjk"
    "+PoASb0CqdV/v34WqwPZVXt9/77DaPjkAYbFepmMmLJkwkvGjiXjRCy5sMdXm1vIUJ8D96"
    "KSCm680ShJ4iFYAr4+8/EcBBh2JvaQC2Cu3v6SbNSctRGjh3qql0BprfOE2RSUV7TzoFNh"
    "UwdSbxO/kdT9wQfM+DsQocnwmjapfKcTM+VsHIur6+rI+s+vjykpP5er+PShPLH0pJSHdb"
    "EcwvUkkeL8iHP19Lzqy+kO/Iovdx25cwm4BI1nB8yRrGuswRXpMBdtuXQFuQQ2Sayz/EAF"
    "7niQiFF2LxRFbhhVh+TUWSF+JWMvXupD/bTYMj/Hn+Gylkv4XXdr3o5+VXY0SfAEbGK5KB"
    "RSUumqvf0p4thDF9BpHVXhAnS9uGfQj7cbGEMjYymXgxl2A3vMJhwQ3xChdpWIWLZE7hIp"
    "6KAZKOM2Drti8hm1ur19OIEfV6shxB70XinXXNpNmWGFAZcI7SlRDv3U9mrPydpcqW21z4"
    "anPUC2+KzNsZEsH02gs0OWjOkPI84/DqiXD6BAJPXhoJuHCdPFPvqD5J6XQIe9HQWAtVh5"
    "mLc0SohOY2OQeKEN7LLrwXwQxSuCEWdQSO1oEgP3UTjXrhaZucaJg0yia3aQpdE21Lk/XT"
    "itdA0VhxSJrLDNBUXx/AY7DUNQYvCC1oxsUlMMkVBWFwQt9rSH4s3wGo2fWvWfVsnlJqvw"
    "8T2qtiaa9YAGBGVjVIU0LBfy85L/VFZqfwAIlwCA9xUbtwCFewZNfXjQ/JyuyKITqRWzFD"
    "bkWCnB/nkB31MK1APhvy+oJnpFiHuUuVI9ru4Xq0YJN5St86w0bvUxRjn6ePLc0+L7QZyW"
    "xPebUZdvrjTQY9SCicjIrsZCQ0VkJjVSqNVcD71NaucBi2DKlZblgnJUI77AJtq5u2g8hT"
    "VZUJpX0rPm3AErSfHpopVKCm13atDnQ4Q8CwNI16y010SzNpXVNWl5Q1ob8g01x+AopGGL"
    "c50shAAmjqc2VCHxPXdO6mS44+88+Kq9u1e7KjpISG80AaTj3BFJ+cJTHJEP/jsgdhlzFL"
    "y+Iq4rUXlfxiZTHIPpGNfQ1QiMm5nnd1N+ItGdeSJbmLcq2BSVUoIyuRFREZl8cF1LjsRv"
    "B+Oo5j4ZCkYzpoGXVq+XxPLZ+ER9A0NPFZAzuwtgH+oysa4QtGVu3sYw2oaGp+AP1XZKhw"
    "gQE0aIy2Qb4PvM2QZjMa3CRy+35YuhjvoPjiRw5nC/O+UZ5/FKblY612fn5VOz2/vK5fXF"
    "3Vr0+9DSx+a9VOdtP5TDezalCXkr64ewE1IMfHQR5BmP3RHc1BVO2tawOVbIiwhGr4Mulk"
    "MULaJrW/fDIxwIUeYMpybDDAATJhVCna+BYkhrelWwZGFQ6n79xZyeOrCBpUl0cmndc4hW"
    "ul3Zoy2SrCmIzrJ6Abz6D31O0SXhpqhKsGz6o+hqrb9ARbCzI55bmivasC8hoIvCpYsYN0"
    "mbck6eAnDLA1Ng2EeC6W+Tw0DcfvF/l1CjiIjE75Bg+LRC57DhPC1nwODU6IUHLq1wBJCU"
    "KxVp1O+0j+KjJSF83/SVZMaUbPEQ7XhibKHKqJDlAh0ujo2LQfnD6OTZm/YiBu263OfbN7"
    "clmtRdz9gnHfYZyhJSuuajHtxA/SFGPql8r1z2du4qdrW7PmMe1/+BTwqHM8BGQDTs2M+F"
    "duB827YQMw2pH28HTT7Tx+ad82/GygI42i2flKL7rleaN8aaoTupbmgK4ln8+1eAKKV2RI"
    "lsEx06zKPhEgKsERnUPGNdeZdbzMpteM0YmIaY4d111nG2hGorRCPVI09YjwJk+3qMrrTS"
    "4KL5Rt1DmL/eDldQu2bZexum7BIE7roLOT4roTfb4glPwo5CxO07Y2vuV1d4S7VioPc0c3"
    "vx1YXdZJWSFaGDrdcHeC0UOgrzJiBTEmWxv1It8SrkfTkpdNr7fybHsR5Q35SkmGy12gdQ"
    "tFhEcmK2xgd0+0x4ZPgNSWWWkSpltnpE2Gixt7YTtiVRiazBAsoi8OaeB0BnszkTlCW0Lx"
    "6XjFpbiUvCTrPMMKcpsLZ0l+kA3dKrOpaoM0AlXh2HuoeHH3AN46XNzt6MgATh8tHpha/M"
    "ib+J6wA2B9d7qSAhvaCYsU0nSnWng2YBXuKxy+Ong7HUs9pRSp2OhKR0bzhW4ibbIEBnuG"
    "G/D8Zigmej9GMzKsgPXYAJC0IYOBnAvgTTFnwJwpGCgyIP9q6JUWKVksVNrGfFMmHE/HfB"
    "6545SSyWZn7hmwob25hFU7koUA+5qUNXI4SiYCiEWq7rIbpgpeZ6uL5GdktDXT4GYACd5O"
    "d4CpjCLdCUZDZKnLHOsF2AWMR9ZlfXoJbFdF+8hQTAww4QAm6BMtjEx5rKpzgVZFnr4Dc/"
    "iCMPlzwdYAeDYgmTTklHFOK5MfnZvfo9cotuwO6V+ky5h+K1KqmYnZwqs/V6WX0ITssDTN"
    "Bo7LB/ZYPoy+0HVavsrgtOzvJGl5YJ+ihAEouy/UbMOVTeMUohGeJLwMu9MsU9ZpXsL5en"
    "mRYr5eXiTOV3orDK1GmJAs2LrtS+eEvZciANnFtNKKZ0cijmVyCha+9ULFIVQcwuNajPqG"
    "HtfCPrurHVTYZ/Oxzx5KC8ucirkKWNfdOJXu1WucIlOK3boB5khWIDiRLYN5XkqY2uao4t"
    "Pmnd/R2nF0i6J5lSOtaJ4S9H2BJlT16bah2/A7XpaU/T8wTYaUkC0Zo7+ELjVfXSqFPD2q"
    "TmthKYyy0SLRzL4TzbyQT+MDvD7XgEtbZKwrXzu37X4DvCoy0kda8+m2Q35Roxj9NRh2Wt"
    "02zS5gKgStkXbbbz3dt3s0L4E+sdxAhcMnHPAPiAzbSphIcJlc30pySmdN5BAiKp0OcS+J"
    "HMa6nCmZldu+BOjmnclKqJ6SJ/pxKiGE6ulHHPU0qicRcLErpmCF6kl4sOfiwS7iszeKzz"
    "ZNNF9sG5z9q6X83bR7Ki1QIpBdBLIfIJDdh/QvssiSwexraKiTf9It1hLNuo2sCN62nmhN"
    "CG78qa0KUvDoWW9eeECGU+MIQE32VP8TZJjKlIX7EI4ZnEBVtdX31JsaW+QSYQMV2kmVlk"
    "wylWdLtzCYGvRv6nvt5xqIWxhyeuYaZ27HCCOyFBw0S4E75tKct0uvKGgVpSyN5SGX0lbB"
    "Sn32muKpZe9UHSbWQwySRcCfUrpjg3+Vh3f/6abbBg+Ddqvz2HESJntCNLvJjJSe4/eg3e"
    "xGcHa3qYw4h8kEzmtxLljek2KyMEeoOIrrC1WITWmMIL8s0oo1FSUUq2rtqhK62eRjW+hm"
    "hW52PQ8cTW+ZDdUQjUBVpBgSLqzF0gFVt0sx5HuEbgls6dLeRoEN7YQid1NBLF/7dLruG8"
    "9dR8f5iExaQpurM+U1q6ZSnNIs3zhIkkZr+p4WjsRvijmZIfwJLJBBpiVUgQG1F+rsrGCg"
    "T6fA0uiEBVADrIYkMC1Do07UIEExuqNud5yaSeg5t3WmnhHG2xlDjp5T18lk1BI8qyOkEb"
    "DHhHZfu5J3JV+B9abf74YkpJtO1Gns6f6mPTg5i+RbiHOFQm5NnvLllVvzLiBSvr1sq6xX"
    "a2qNuGbilIxXxkojxRqLtMxXQqERPue1FTfFTO8c9sk1yafgl1wvgPV80pDWx2a/CAtDyW"
    "gaSuhYfD+Bb2SEMCuM8g3MdFVmYWNQw2+E66mCt5kymTnJJ8mzXxG7jZFBL1gaxC9IjvNQ"
    "+TxS8FfF4q8WEGNpDo2XDNiGaPLT/lweS+Sat1LimCZX1g0RFaO0bqmqSguG9kdkaAtiMj"
    "j6I2RHbG2StjYjZ7u5rvYoeNoUmtrdsrWu+3cCdxvwDk/J5EowQLLTckmxbAche4GPnMh5"
    "kK+abqIbHGNBctYDt70wHvJcCwmDjTjTdKW60yfKUdF5GI+rHeo5HQk2C6ceICkGn04fWx"
    "o+XYQwJ28zx8mnpwlhLgiffugBFq49BUVVuPYI157iAptVYMzNAyUaL8sRMDkhtSmETBgm"
    "WGtPGSAilhpIBicjqz6d1O16KCwRH61v8t5a0DvX15feHRYEC6akAa3+ZU/dT0CmPwjv5U"
    "fM0S5cb5KfMI2vmyrGHPID+A73GqkLtPi5/ONlWshCMy02Iv5SFoJ2roL2ceVsq9BZbS0y"
    "yiaVQfvXp86gfdsAhrNgRtp985f200MDBHo8eGY2UYyklMVICoeyyKx5ZJk1ZXLUZldg+F"
    "QifrI4NsW4ssJngzY5hX3qHM/hBdJkxw02y0H80O7ddnqfG8Chp0lSe+0G4z83OoLTrbUV"
    "Sy220sibbLLUfDKx1oq81thAZa3xFCIqQRrRHAo9OQLjJjWB4pSiKpCoCiTsGvbiOEQgeM"
    "mX0mGMRSUHVdiKdoWqsBXlbyvKP1q5YNvB9sHK5A1A76nbPbQR7kiBTbbB+cAe0AhH07Am"
    "Wd+cFK0pzG5eZth0VreWl5hyrqiqghFBUcY0NtuxZFWd8CI7naU+gSognTdY8NAYYkRDkG"
    "iteXUJsDXHrJmpL5QJmENsImMZN7Hl9Mx0OTLpyxGw4pa00PZGn1YhTf60/6oGV6kwr+Vq"
    "XnOmdlw8S1A0QF6lkpBMdrxnNA9BKlNFGEd3zqaciW5zwS7ylAQiq+uBs7qKzG37mNfCvX"
    "MfqAqRfVeoCpFduHcWF1iRue1Hy9w2pPJmhSOv2zeqqYR102u7VlDvawggzTSWVPilgrDz"
    "Zo7ga8LvuqbPl8xt9awOR9YVRKfu39cfJxdVQK5dnF6SX+MxuXY5vqR/X0/q9I7drn4+rZ"
    "EftdPaJad69mFeQaQjKZb8zf6PwZps6Xfb78bIf1ho9+5LaXBMzyvcKA2evfl4Bcmdsd0K"
    "lshmqrxyJurKAN0QXY4xuu4kPtoYXeE6kTy3y+U6sVWakd2xX7cKnqg6tgzUMdGcx4dFWq"
    "xkyGSvraS4jVNxZLQ1DeqhmW3nFjbBwhqrCp6BEwj+sqBhIuMnDAz0bKnQsFvbUUDolXBS"
    "P+F3VWa80AmT75ISfuptBk2a8BZDhZMFLsfnck0oTuJDL1QFGYouSy+IZ0Txc/9Rz2m3JJ"
    "lg1g4fi8THNf/4o9zYtYs07NpFMrt2EWPXAjM/A8RhqhICvXu+WETD7Dsahh0LEk/Xl2xZ"
    "DdJsaV4tpkNJSuuqc7JlQM6n+KHN0kcYpENGrpINu8rtE43GsdBIe3i66XYev9CgWY/nin"
    "J3hwnRGesy5wwbou8J7JfbvgSBG6vEsfbvw5AkFkue5Elj3X7vs9s8mlEputMqMiLzmTDV"
    "L4izayQfanHKjeAv2F4bntrnaQLAz5MDwM9jAeDeSttANxGlFXFoRY5D80drvJQsnNXsnk"
    "QuIhGEuu8HXVEHrzVSgmWzwm+FW0EkswvAtjVEirFeNq0iMiCTfNBpDQ/lBuBrmX+hqrOV"
    "euhfHOVaKj20q4lbr4duAtqW2uSZnvdNMWfkL0xlDmBYKvpk+83TVKTvFY01xgAa5Kb+ho"
    "Gp6+DE2ZVpvqqpYmATkPOP4wCw1ycJO3+xVMcTMj2ziCdu+9LZ+XevOD6sC8WhD9U9g0s3"
    "ok11Si5tkYGu/PrUHAzbg+4fDdfUpy5HWvtruzds2Pa9YiiVZLjkKPcS92W3ueAchUPL4R"
    "1aRC2i5Ll9nA4tHImXvX1BHFoeyYkkk16aGCOMk1PxxlqtFCiw055m4w0SpHJuwUidvvcJ"
    "Kd+vu74n4yX7m0hlticJZfwXhNWnziVARhMFs4y3GnUnOYHAQLSKM63wPNVVVX8jEgDpAQ"
    "INvVHhIMHZOO8XSFPMxpdD6WuI+N/869gcn9VwZ6n9Wv3eXWdwTy2IXk6vkTZoD58GPTsX"
    "L53lRbEqEuaDZb9WoMY5RdfxLSFSUS8nPeuSNRVfabPwnZ2mdZVZ6SvDcZaxDbFxkJMrEg"
    "VpilGSqFSlQ7E1nivmZgx7lLaELPvxsuhxo5Q/XBuZeZPIhdqBc5QYZNtCbxutqgipcJ0o"
    "8pryBmujJZVALRwnkhZU5mzJEbLScWr1VIxafQWfVo+zaa58nn4iByjEccCZvcIfZHs8hT"
    "9ITv4g0a1gB9C62lc3oLCk0Aa2wUL52oTgX6EcXx/v6anFs0V7TmZo8kLlZieicuqqoG2/"
    "mJORdYUmF+zfK5bjApG/p5eI5b04RzKtGFenGTHIyNr36Z2Pl+e0ltzVeexOvXZ+Sa9Bmi"
    "Xj4pzRf0Qr83MU7xWTYkg9DyfmOBINHRU69Tx16sHh2ESrHqQvtO9Eq39/3xkO222qQJ8z"
    "RQAaaZ/bvfag2ZVuBs1e60sD2C+rSmODfO1spLnX3d+fB31a5+7Z0Dcrc7f7CMnDOmsdmi"
    "0T7lrHC27wtTJgHCETEnEaiXihY4UPdHJUTIBE5BkSblmJ0O7PtpnBQccfGd9rhJel2SG+"
    "+2WAVJgwvVd63BzZJp4k+f2zT3HtK5nuGuGvjCad6orJrW4Qb1RdJbi9us3t9eO2Xye9JQ"
    "OVzeWHsL+GialJQzj95CqgiAwg+84AslBhtjrZHkHpeK+94OtvHTGM17gnBAmFb0Kh7ahI"
    "kzcZ4gCZGOBCD/CMpqPmDC+aKHOo8kfXo4mOrU30wSEu18jetlud+2b35KIaZeqDWgJ+Vo"
    "GNnBD4xMLsKLI3/Kh7lbDWC2t9UUzKW2RvCDpPTXRD3lKf4ykcBqy3EmGejzLHgW2VKsdH"
    "No0ix/BbpzLC2zVsADSZZdtVAzUAJusOyUDR7LwUNB6MWrnACU18LMt2wBe9CuW5or2rAs"
    "aX2SmQvWAavlF9/4/kGsmDKi6nxpEwkx809IyNt6Rom4jxEVrhEF1k3umwct7xDOxGYp67"
    "820igERoxSoq8iryR2szkT6BXAQWxGV6l1fIhnCESoh9ooTnYYTpIKu7pUTNtSgfGdppxe"
    "rI+l1feFKUSk0LbXKp1EO7wTcNU7EP85gI7t6qrhK9X8hxrSL5GUkw0DxFmsmRdXl1eWZL"
    "t2BhIDgnPVbJ6zHp+PQd9TaHgAyBxbK1vCKD5mCpUvnYu0hEfWTwMkvutnOuPO22c1gd26"
    "9NSNSHlKiPxiOx8BgH3JUt/h6fiKhPIPDk4Em+E6lxOJM9YzyCEvoe7b5AwwxBmtyIo21J"
    "zqYSpBHZVELqgF1kUzHRd45mJrkcjNu+FPN9lQJmHwVhXK4km4QZoRIb93oZM8j+bSn93A"
    "a6OjKQ08o/kQnGFy0PIwB56POy7QdGJo0IFJwU6eyPjuRhyyN2hVV6+wNosmSS1kLVIcuR"
    "Tw1/mLwdYL7IAFsLQolIj7ah0DIMJrNoiG903NNzRJr9YklAxfNsP1ym/Voqx+vaCsfrWt"
    "zxmryElCQSrYgvDFEJF/c0Lu4KxlY2lH0KgXAahFX0mlEUdQlKh289XXzsivDYWFrP6RSx"
    "oEzJrb4at0wn+O/HKH/kerhFT9AcO98qNPXJ+HRkXV9fTKge+vQj+bd+cZ1xJldaT4MBq8"
    "KR1CHN1fy180hTNY+sujytjayLKUI0nQqs0ZsP7WY3eLeOPk4J6fiyFuUR06yR6xRL5Dpx"
    "hVxHF8irgpWxonLNdOkGN9xDjnsSQfLskgxFfXp6mnVUWdneFhsTr4+RRji79qDX7NrXr+"
    "sj6+Mpui7CKNlyQwZWPUCRnx7hrND8emA30y1jgqSsOUAiZKU7fmv1ehpWvV5PZtXpPS7W"
    "M4hnG2DtkpUO68uLFFBfXiQiTW+FgX6DhpZV5x6kETr3nevcbX0O83XLsHVHqIRn3OGTlq"
    "6H8/jUVyJ2sLx1sZzZuNKRV1RDK9uoc/y3nbcPVlpwLAnMATtjlYU4qTic1pooQ7Dla6cs"
    "GNBpzZS8iRayVZIXAb2nbjddiKnjEblljGnADfPIdrODxJbeISTTnioce653r7rKnjvWTW"
    "kabLnWkjuy5GuarVieXMg/B34gwKoGIgA1/IaMqh3ZCck1RgpVQPZ7rGtxm+1OehTW2WJZ"
    "Z8njqHaMrXfuCbgqxW6MND+N9rEqJsgX4qypYIM0pfBAyyETrL0XxVFO9vHzKUqgX8vbx2"
    "+G1MXU4lhuV2aJDVCJ+pfp61/ax2mWHcSnKMHczmH3mCgmO9Yy6Y9DREKBvHsFcub4ahFS"
    "LRTHuaF5XIrjXJE+Tg1ikt44pt46jJP4k2ZzrEj+1ZUPOOoFTqvqOkWD5dFIQdEjTQSt25"
    "55ZpO+ACUiEwHJgMayTnWD3fHc09+PIXayRwFTB3YZSF707O46FhqIYmkghEScD09LvtNI"
    "8GtLBNnI240tH5mB1rxP57u80nk5BrEQzPaqO2PpkmSk8dL436k6XJVlySOL4DyldPtC+v"
    "TDvur8rHJY7j/ddNvgYdBudR47jhzm8UzsZljBMGg3u3Gkj0ArXKKpLWRbIdsWGE0iMOnq"
    "K+LguVK/GyTbm4I3hqs3b49WwStUCUKVkGvCLWQok1mFl2/LvlNdpTKAfpt9likTUnmeUn"
    "likE0y55ccZVMGmXwv8SB0UWVA2GleQnT3EkxMnmhy06GssOH5JPlb8A5jmN6Zre6gh9k/"
    "/x+qJsCW"
)
