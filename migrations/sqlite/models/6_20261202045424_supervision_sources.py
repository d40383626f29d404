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
CREATE INDEX IF NOT EXISTS "idx_standard_as_org_id_923dd1" ON "standard_assessment" ("org_id", "item_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "standard_assessment";
        DROP TABLE IF EXISTS "disclosure_item";
        DROP TABLE IF EXISTS "standard_item";
        DROP TABLE IF EXISTS "disclosure_kind";"""


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
    "zIHG1/RNLuml5v5UZNhstdwHULS7V9Ua5Mr+kBbizEp4VvBeRNvOo46GtoqJN/1kP65PRT"
    "EuaMYjevzSNozqEGn9lb0u4oMU804Ng4o6JDsqVTj7ZMYe/USDdAnwJzhpgJ0jQQ+gC+La"
    "A5+wYUzK7PyZgYClQVjGRA74BR5eezny9+/vjzqAIsenWqGwBbY0oNyOgYCsI8k+ien8ax"
    "mv5ZWUDD2dZ8M2nAjiqspsJqehDD3tlpGpMRaZVoM2L3worfF/Jpm1r2XNoiY11p9e/vO8"
    "Nhu90ARICbK4TVQyPtc7vXHjS70s2g2Wt9aQD7ZVVpbJAvnY0097r7+/Og//RAmhm6tSiG"
    "tY9qThjiGw5ekD5Hw+zIqp9dXY6sCyRfZjXQfu5/bQ969+3esAFG1uXVOWS9nY80cqk9eB"
    "h0Htv0zsX09Iw+4QyOtMETGWZ6sX72cUKJ6mcjjc6Jp15n+Ae9cfXxHJHb56Q37bH1pd+3"
    "m48vyVteXtdI8177N6nd6vf694zgAtUuyK36+HSk3ba/SlRNy0imp6e0I/nM7e7h6abbaU"
    "md3uOwM3yi5mSb/nrsvB5pV6/TF76QR1p/+KU9sF81hFDmbSLVLrFik4hONQM9OwxC2l3Y"
    "p8hxau3LdJzDLky5liz4uu33hW6Mg6j8nA+6tXo9zUZZryfvlPReGF0ZLXjwJvJmXvv8zB"
    "2nhWbPhGFeGOYLyB0fp4lWGOZ/xFFPY5i3FQ/ZbPMhmo3Oq4JpyfZsnfeVO/ka6AuGclr7"
    "fGh6bWGit4MattSk+8EbR7ZnpbMyzxRVJmhvh1E5p2X4cMRbz6SSGRCC6KBXRUZk5yLLUN"
    "3WsaPt9HVHuirrssPWgrr8YMIzmcrkBW1rHR2yTko6ufJF6CjnE/ke0seWEA1YJ2WF6ID+"
    "ekeJl+OwtzX3hMo8qWwnvZ145pV085YVPFF1bBlIUkw03xKqW6+3DumsrLOKSoEylWsgJp"
    "ML78R7yu6x6XVYJuw2dAyillkqZ2JkunvUtj5CRBBq2b0++p2WcFWrCBoaded2sFsxPTOB"
    "13X6fQx0WxL4MvpbDdDUQHg21F8Q198qdL+6yt/KsFtKptd0vcOVBhSMLSQDhxgw4g+gY4"
    "I33XjBQCcCGjj5Rv2cJGh+e/cJQNJ2ocIldZyCtgOUriFy8ZWQYqCYGLzNdBWBb1M4V9Tl"
    "t6iZOZ+njrQT9IqMpd237eUFTUD9St8r2rsP4Be0MIGiMScv6iA0hhgBrNvNIBggcqKBqW"
    "qR19MN8iCyWRsm9fV6JjIK0HRzRj4nZXaMTF5dN8rzj+LY9bFWOz+/qp2eX17XL66u6ten"
    "nkI2fmuVZvam85kqZ6tB3fp696//mEoWu7jTvHQ5Hc5rKazi57VEozi9FbYr2mswC7Y+RW"
    "5eB0eMr719bmDACxGW0H53vPa6uJkWfV8opLsNRjlMmc8w57m8yjTKDo+T2RKPd7mMi8lb"
    "l2J8bQ51kyEOU4pRLvIoU6thNteKAIXIe7Des4If3JXZryKlabZo4KZ1qAhMqpA7Rav52G"
    "retld5U2TSrWXUcTDUOboNdzSSdRrkjuQOfZr4MYoQ1QLAyUS3NBOcUGL6VPBfYAExftMN"
    "+R2V5yH4DbWopE8bgBN9gTRFfvcpeBWDOVyCMRlyYOqEwPYy4cWR5fTUHesZfhQlw96ix9"
    "xRziLnBmk2knSjh3iB9AiXFynk3MuLRDmX3opGLtiLR5pBnDGEIUK4E6wPfcTuP5jB3pGy"
    "IO1TiOm8bjqTr9QzwhsgKd8U3j3Chq5uHLPo0hY74LQz7Pyr3WuAiWIqfyNtpN23abBHw2"
    "EURhoRZe7uGoB85HQ60vqDz1Lz9r5DKGhMJkvpTdo8PbQHzmXmosauRzmbVLvQzkNPZQVT"
    "Q4+U9WSN0pUuNnD3ea1FvFXO8VYqxKak6s+KtoE+KEYsVEJFVgmJ2Lrkfe04o6zSxNblnf"
    "60YAt41xHBNlOTDdEQzU5APXotxgrF6kESyhZs1qZVr+4kn2zITWtbT/6Ic9iRnQMZHD2j"
    "W0IcN9f/MOWMTR3uV6jNIO1MDe2BoclK3gD0nrrdyGTdSr/ftGTFtLOocrT8gbvVlbp+2k"
    "5CXsO16v7fZjqQFRm8Ud25qZP/lckMGGiiG3KV/EIagJoMpoY+p78M9AE0Fwukye91wnvE"
    "Ffk76E+4Ah6pKyCZaLohZTfjxuj2xMUdG8cRZOJsjJJVc6uQzV8pl5M2Z/eKMzhxmYUMEO"
    "85kVaZtPcmpK7fNkYZQI6QFVm7XBj/VgezbKaSEFHp9ovdz+fiqSqO+ZCTkQkVNY5mcoE8"
    "n6IYFfLoY0tTIU9ZZNk67NZiz1hvX0XkI3HWnTlMJWBeC/Nx2Q5y3bbLZTqIKWYP46AZSs"
    "XDUeFEU/UkK3FCCYJSqXGSh174OxbL39ELLE7NkbsEImRyrciTnCqfj+0xpMffENzd5xin"
    "m1FWf6IgTRlBTqWAOluhgTqLq6DIE02aaSOrjiRKV0a895HZHSt/c3BOPOjc5iLgiCPA4x"
    "ms1S+zzFqfooTzdR/O/MUqQ1A2331roepQJrLfeLmBISuBWmwVnK3Cw2qTDOoh0hI69x2J"
    "RJ7Kh1MUM99+4RTN96xoGOfgfLZP1ZGTb5ejNPIz8a7KWTYxlakyYYPnpEhOpTWqNEGIFt"
    "i0gIajIRmMlwDrc5rPyzJoKjFIC1/JCI2s6/HkAthpdIGpy3BZBVADfgJG8GZnpgMqLfz4"
    "jhfum9+DuRUk7a49Wcn5SaZGtJbkn4E5QxaRaeEKafGn+3fVhX8pyeQh5ED6t9Cn5alPiw"
    "xkarEjTFZC9vg8jah8niwpn8cFZW+RxIBe5WMXIivTiZ6Lt10ws7uZzfnLIyjh7K6l0gTV"
    "VmiCahxNkDWfQ4OTcm+IvidNbp+kBCbZVWJH+/dhSOKIORh4Uke33/vsNo96HUQA9w7R+J"
    "xeH2vsU+cIPXVVdlIVZwk5fmj3bju9zw3g0I+0Qbs17Nz9wS46LAS73mp2uzfN1i8NMIGq"
    "SvlLcq3bf2zfkiuqjpE80poPD+1ml5ESthBB1X2jg/tP0gBiHUOOD0+6MQ3SFzhWv9K5v2"
    "/fdoh43QDKfI5khbwRrTXbvCXDQi7KCMpkVMi19u8P3SaNEUffFyosSoC4glmMN+8oXxO0"
    "7JHlGLPsXTnaoGVqnCGimDSH+IWH+mqzTpiyBAfNvqf3cfn+CNVidTPV4isyApJ3xpGOEY"
    "vBLvRgR/QsGUc7Ti2Gu9DDzZanstEeHiEVKT6KPM5UyqEWUyLobHJcx6jFaBd5tElXuvq6"
    "YSrnEKkY5yKPs62p2GRBBwnFGBd5jNmCtPjxsska0zBVCWTZvJWmCpZ0wuEQRja78iZAKN"
    "Q3GdQ3Dm4SNuFzJhtMjLAEE37fjubkraC6ofomSitOkCKfILbxQloY6FVaZQvijzWfunQL"
    "bA9JLmzgyEDS186OuE9YOrD3EDajq6r+Zi1Wwr3eMMbppsj2scfmsPN416FGSwxNBVN1zE"
    "i7aT52Wg0whliZjLSnXqCVpXntKoVYJB7g42w1+MJkYoGkXyDZT/sIqTjsi3zYWwt5Q6Yu"
    "TFlCvf2RBuRzhj1W/NpnyEmbTB6wHEqR3Zcjmorwiq3xFOEVOYVXJO0M+UNcsF0hLcKcTT"
    "FNZtqEyY1eEX1+DPws6ZPtCJU27alEM5uTPXnX4T42ZIkxPx6iaQN/kEewNu6nryHylVDD"
    "Cou+0Q2g6SYC5E/ohOI0wNtMt/P1VlkuX/rv8gPokacYAMkKGeEq0Ngve/bJ8Sif/T1mfV"
    "abPyv2E5xF4kb2iMCcvAJziphJ9aABCztXUBj6fAOtaYSsdAqK3QNNTtrsMIeIBMjrddIF"
    "zx1+dDLNEScPx0tsovlxz+SsmbLCVKXbMHZfd88GLLP2I0omtov4dkG59DikyS49bvsSzN"
    "q8nXlExutCZbwWcUMbrYxi2yTipqiQaiDlwRGiEZrz9ZpzPxHNlppdPwfOkQGcVqkbmloh"
    "dW6r+dhq3rYPlZeo/QpVi2kXW+RChZvUOtSiujqttduWQCKnS2xdaQLaFuhTAMFCJxh+AN"
    "RQCswZAgbUZH0OFBkoGGDC1yH5E7uByfwisreB6A1ae2y+sMissauOsQaI7NcmLy/Rnp8m"
    "0nEXS0tpZCzCsMvqCwVKxX12mcarJ3pkB7x6LqPiGflqlJAFgg+tR1ACKWLfsi/6vlAIO7"
    "SJf3SIUjhMFZlLNdCr/rJhqFyQUoxysUd5ocKJnTM40xEfJxS6LE7iFUcuz4pujE6Amwyu"
    "UJeUxaUzqcZSKAc9FYyyraYgidCdrNedMLx2oDp5RMarMkEP+nGinFaBEpxeRdKf9I3nlj"
    "6niYkfkWnaXxpTocQbVVNrURiZhAN06xUq1BHr+ScMJjOdTA2q62BV2Z3OMHjWwcIaq8rk"
    "E1BMml9QVRCmpdwVchNbY9NACFiaijAGEKj6GzJoj4C8BWZt9DeNo1nJ7bFCxVIsFctCJ4"
    "OaEEO1Pu7Np85RLzDTyXtCVc2oH6h86XdvpWa32wBuDyPt4emm23n8Ij317rrNz59prBub"
    "53gmWdpUhc/PRYl4c8NssrLKMTrBKvPKnYjop3Kxymminw4enHP0J0uMSc7Cya0J4+lraK"
    "iTf3IK4jnoWGwZwsNnpLdijgcwiSN27qRlgw2YnvulIQl2+w9gyIx6JuEjFcI9UjMfBC9o"
    "iWQwg3j2CXzD6K9vYA5fKB9K2i6Q8V6GS6Aqc8qhAsrxjCFGwAeV8Ks6Pw4ij4dyK514oi"
    "R7qkSfwl4QMqaKPG1lyRPa7N+03klQxPIuhrv0mmSLtFhVO6JkPHYuFSOSOXFq286oBfUp"
    "BFPHKXc50Q2Op+TjnHD+yfVQXKIyKcLOa1eXHpr0xyogH++JjMQpcAKfOSEWyZ6Qbvti+E"
    "HS55XGD1Jnbyi9IgNzg7hWz/A4dX5T/az489xRecVRTfawDpCUwD0ibydrT0+6VbmZeC85"
    "DoWmayjjcFR6fVqJhFJ6WqiA9onmY/rS7pILM/LVtB7N/7RbQ9rAQP9BE3MzrdTu0wO5sA"
    "dUZRH+cVXOSw61SHy5Qd2SxcyZgGnduWKEBc5WVpjQsbA8ldopMSyFlS92+ryWAujzWnIp"
    "wxof6BfydZueBuEeigx65b5NF3sDzNF8jIyR1uoMO/9q9xpgopjK30gbaU1yVPxx3396bA"
    "BIzovlXLfwSHscNu/uGoAAMJ0W4yxwlBZx7XlCqBTkGY5CKvPiDNMuNn6q8o6KqOivzAKq"
    "TSJ49qDiCkvo+0S15MwcSIRScB8ZuA8XOMlAEGdLJsIhLYHklEMRVOHTt8mkL7hhMu7Ed3"
    "DL5KE5zB2rgoVTpHCKLJYlN9Epkp+OUSS63GWiy8P4m4ZmNsewHp35qczr3rJbb11/1OfI"
    "nBGAafgsMgjfBSZQY/ZucDKyrseTi5F1gaZXI6s+nn4kVyaXZ++I0AneyIDrb1VAj7kqMB"
    "GcVwHNB/eqmEuaOBA60utPGIysq4/nkNCen56TfiYfr+IW90O+CNcK76wuNh5Re7twR83T"
    "HTVrYqb8UzLlplc7SyU/nK2QH8448gNB41k3Nnb4DdLnKLHZ6z6rieW3Tu+2/1vD2TVG2k"
    "P/cdhge8dIG7ab9w22g4y0ZmvY+doZ/tHw9pKRdt+/bXclm4LtwBKl20TRtntFdPAzM6yV"
    "CFnpBO7zVAvmfMWCOY8vGAVLbFJsUM7Np8tRreQeBkerVRIajuTpfpyu2GmiFm22LZuEHq"
    "IRDnCi+IQoPnHEMnl8N9gBuPdeR8e1E6RFNbQFblFqgnoSb1lpIp5rrCQzOeqaQPrYEio/"
    "gqIsEO1TbdY0TUQ+F1U4KjPvXnWVumwBDXMpwyXhDAPN08Rio+8L5mwHXMpPLJ/ce0Wr0v"
    "AQhZbQILwkgJrM4kGmigZVpzHdmYDtjghUIgiAGTIQN/R6P0/harrmCLlzz9lkhb5L6LsK"
    "oe/afSI2IoO/6u50zya7+3TCJSSD8E63LSKBK9oG4nuUViRGK7KHgjNaumVuPtQ+sRjrIo"
    "+1zYNIGJFvlDm8b7I+IUaYn17htNAcQWAhbRX2smW4S171xjufe+1bqdNrAG+XH2n9XrdD"
    "Y2DsWTLSuu3mV/KTnMuv5Ffz5rHdGzYA4dORZpK7ZCWQm45XcGZjWhon9bNkJ/WzmJM6DQ"
    "K3FltGLcU6OaKgpeajPaxkiLA9qiPtlt2X3Z4P7pLu4MsvmZLMZUfISmcpq6eylNVXWMrq"
    "cUuZAxod/A1Ygji14AmKzBM4ioSsFpsgkbAxcNiBwxjCyojqCstNQAu2tYEBlUyXW42ZGI"
    "Jrlp926LC2m+NFNsl4c2hP1RuoqjrXR9W5U02lbh/7jdcq24czaHrum+CVcF7yJ/DNTkf6"
    "jWZjoq8IpszH067YAuzuwYldgNqu+UIrVtMkphixgtXv4vr2fT4oIcWTnarSH26hcj+kyl"
    "2csPvgW+wFlAFSn0C47vACllQ1a7ySRyEmaJpwJZVTACkzk/LgdHNk4KaPUvImVZEyt3ep"
    "inCACJSYy6WE7qfjVZjWMR2rQiNUWGzK6cUVVX69EG5gvPR5ijEi3AOya8uZpP8qkNFEke"
    "1WfsU5aNghKyz1OoDyXOEkZt/zs9L5CAieRfAsCbvW8YEsfC9y8b3InhPiEKkgcgR4Dxr3"
    "g5oON7NvLJAmO2dLFrvTQ7t32+l9bgCHfqQ1Hx4G/a/M+rRYGPorYkny7p4e7Rx5UwsXJU"
    "WecyBLY07QXeLmHSYSElJ896YI0QSmmY17McLSmff2knnGnZHZTXthSmHWK7JZT0TfJa+x"
    "MkffCWPurs4oYXbMzex4GOWTiz1H7xQYlhQqp8B0SFcaxSGg1flofpTTj+Tf6Rlkf58yTR"
    "Gyk6DQK+fjkfXx+uP1yKqf1UmbyzqqV1k2aaoa0jXalEYeYhasxC+Lsu8Hri8GGKx2whRc"
    "rDh6thImQvu0tfbJXosMIi6nncLTMdJHkWX8ys2g2Wt9kZqPj+37m+4fDTA2yEfNJIgxmo"
    "/V5UhzWrT69/ed4bDd9prQlOaKaSI00j4P+k8P0n2bHO9UdH02dGvhLvqR9tAcDP+Quu3W"
    "8GlAyNmuQFj4iWkZhHb4pX3flm6b5NlkZcyRRDaMkdbt3LX9DlVlioKbyOETk5iKqWaSxT"
    "yCIk+HDaWwveTvYZMhE8IugZBy00i55MjXZBgHOLnOjU8hKt2ExJ1dVLqZWIZBC0QoJppn"
    "ONijZCLqhBN14vBSMVTXhG4FCfOR8g9QiLHoQn0qXQ7ZlzYZ4QBZCbU4ZRrguZNoYyN+3K"
    "HNkS3Qp1Ma6JXV9hMNE+vf3TkX7P5G2pc/bgYdWippOTaUglh9FirkucMlM2oegWDU0jBq"
    "r4qMdMkyOE5cyRiHiEqH8w9pY44xBxXZgFMz6yZzO2jeDRuA0SbVY+t2WHiqQqNT271bep"
    "dmayF3KH4d2xhtTGakwWab0M5jVA1dn0sTVXds4eERXJkCI0IpkmBskMEyk8E/TCQM/hyX"
    "aHclbsDTRmmFEbrIfC2TMTca5zClGOUijzI7OzeTT8UIH8UIu8zQBoMcIRXjXORxNtBc2X"
    "AxR0jFOBd7nCe6sek4h0jFOBd5nIUTYOIwl9gJ0FrIG456mFKMelFGnbPYYwmtRY2A7bUU"
    "K1w+RY2AXdYISHb4DAgdTg7tLXO0BzOLlwTu0Lpn8c5bYhQNsy4jTouZbupb4vRA+ygtQL"
    "qqbotPuZIoZKuGEDDnK5plrlqTfQ0NdfLPekTv/a6OUoziY5rFSd8BgOek72OTxkk/0DpF"
    "ZgjbPf56DBH9d3w6surTer3B3N8XyHA96nmJHrKQrnecFx7yeXrIz5zakGkdEdz2JfRB2H"
    "0iAaY54mQUXJVKwKcREK+F2NQXyoRz7iQ7PfsUwuk5JOjvwumZ3CJA07fMNCYRMjEwOx8Y"
    "mjCAMyRD9D3h+PQISrAJrdJ5tX8frgbbU3l1+73PbvPoCITBdpWKmbxowkTCiybuRSO0vM"
    "lQl1fLW5gA/6OXAmK63ixB6ClSAbgy/v4TARx0KPaWBmCr0P6ebtKctBylgXOnmkpnoPmN"
    "0xSZVLT3pFNgUwFTZxK/k9/xxA3B9zwYq8DxmTCqdqkcN+NjFYys6+vL+siqjy8vOZmv9/"
    "uoNLH8oZSEdLcVwfwileTxgnz487XkzOoL+Y4seh+3fQmzCYhkDceXrGGsyxzhNRlgt30J"
    "tAU5RKa5/EMM4HWeiFB4IRZPZBVeiOXXVCR5IW4lU+9O+rPdNDjCn+e/kUL2W3ht14t+Xn"
    "41RvQJYGS8IhlYVOKiufot7dlCGNNnEFntBXGytG3Yh7AfF0soYyOTiRdzCXbDKxwW3BCv"
    "cJGGVbhI5hQu4qkYIOk4A7Zu+xKyubV6PY0YUa8nyxH0XiTeWddMmm2JAZUB5yhdCfHe/W"
    "TGyt9Zqmy5zYWvNke98KbIvJ0hEUyvvUCTg+YMKc8zDq+eCKdPIPDkpZGAC9fJM/WO6pOU"
    "ToewFw2NtVB1mLk4R4RKaG6Tc6AI4b3swnsRzCCFG2JRR+BoHQjyUzfRqBeetsmJhkmjbH"
    "KbptA10bY0WT+teA0UjRWHpLnMAE319QE8BktdY/CC0IJmXFwCk1xREAYn9L2G5MfyHYCa"
    "Xf+aVc/mKaX2+zChvSqW9ooFAGZkVYM0JRT895LzUl9kdgoPkAiH8BAXtQuHcAVLdn3d+J"
    "CszK4YohO5FTPkViTI+XEO2VEP0wrksyGvL3hGinWYu1Q5ou0erkcLNpmn9K0zbPQ+RTH2"
    "efrY0uzzQpuRzPaUV5thpz/eZNCDhMLJqMhORkJjJTRWpdJYBbxPbe0Kh2HLkJrlhnVSIr"
    "TDLtC2umk7iDxVVZlQ2rfi0wYsQfvpoZlCBWp6bdfqQIczBAxL06i33ES3NJPWNWV1SVkT"
    "+gsyzeUnoGiEcZsjjQwkgKY+Vyb0MXFN52665Ogz/6y4ul27JztKSmg4D6Th1BNM8clZEp"
    "MM8T8uexB2GbO0LK4iXntRyS9WFoPsE9nY1wCFmJzreVd3I96ScS1Zkrso1xqYVIUyshJZ"
    "EZFxeVxAjctuBO+n4zgWDkk6poOWUaeWz/fU8kl4BE1DE581sANrG+A/uqIRvmBk1c4+1o"
    "CKpuYH0H9FhgoXGECDxmgb5PvA2wxpNqPBTSK374eli/EOii9+5HC2MO8b5flHYVo+1mrn"
    "51e10/PL6/rF1VX9+tTbwOK3Vu1kN53PdDOrBnUp6Yu7F1ADcnwc5BGE2R/d0RxE1d66Nl"
    "DJhghLqIYvk04WI6RtUvvLJxMDXOgBpizHBgMcIBNGlaKNb0FieFu6ZWBU4XD6zp2VPL6K"
    "oEF1eWTSeY1TuFbarSmTrSKMybh+ArrxDHpP3S7hpaFGuGrwrOpjqLpNT7C1IJNTnivauy"
    "ogr4HAq4IVO0iXeUuSDn7CAFtj00CI52KZz0PTcPx+kV+ngIPI6JRv8LBI5LLnMCFszefQ"
    "4IQIJad+DZCUIBRr1em0j+SvIiN10fyfZMWUZvQc4XBtaKLMoZroABUijY6OTfvB6ePYlP"
    "krBuK23ercN7snl9VaxN0vGPcdxhlasuKqFtNO/CBNMaZ+qVz/fOYmfrq2NWse0/6HTwGP"
    "OsdDQDbg1MyIf+V20LwbNgCjHWkPTzfdzuOX9m3DzwY60iiana/0olueN8qXpjqha2kO6F"
    "ry+VyLJ6B4RYZkGRwzzarsEwGiEhzROWRcc51Zx8tses0YnYiY5thx3XW2gWYkSivUI0VT"
    "jwhv8nSLqrze5KLwQtlGnbPYD15et2Dbdhmr6xYM4rQOOjsprjvR5wtCyY9CzuI0bWvjW1"
    "53R7hrpfIwd3Tz24HVZZ2UFaKFodMNdycYPQT6KiNWEGOytVEv8i3hejQtedn0eivPthdR"
    "3pCvlGS43AVat1BEeGSywgZ290R7bPgESG2ZlSZhunVG2mS4uLEXtiNWhaHJDMEi+uKQBk"
    "5nsDcTmSO0JRSfjldcikvJS7LOM6wgt7lwluQH2dCtMpuqNkgjUBWOvYeKF3cP4K3Dxd2O"
    "jgzg9NHiganFj7yJ7wk7ANZ3pyspsKGdsEghTXeqhWcDVuG+wuGrg7fTsdRTSpGKja50ZD"
    "Rf6CbSJktgsGe4Ac9vhmKi92M0I8MKWI8NAEkbMhjIuQDeFHMGzJmCgSID8q+GXmmRksVC"
    "pW3MN2XC8XTM55E7TimZbHbmngEb2ptLWLUjWQiwr0lZI4ejZCKAWKTqLrthquB1trpIfk"
    "ZGWzMNbgaQ4O10B5jKKNKdYDRElrrMsV6AXcB4ZF3Wp5fAdlW0jwzFxAATDmCCPtHCyJTH"
    "qjoXaFXk6Tswhy8Ikz8XbA2AZwOSSUNOGee0MvnRufk9eo1iy+6Q/kW6jOm3IqWamZgtvP"
    "pzVXoJTcgOS9Ns4Lh8YI/lw+gLXaflqwxOy/5OkpYH9ilKGICy+0LNNlzZNE4hGuFJwsuw"
    "O80yZZ3mJZyvlxcp5uvlReJ8pbfC0GqECcmCrdu+dE7YeykCkF1MK614diTiWCanYOFbL1"
    "QcQsUhPK7FqG/ocS3ss7vaQYV9Nh/77KG0sMypmKuAdd2NU+levcYpMqXYrRtgjmQFghPZ"
    "MpjnpYSpbY4qPm3e+R2tHUe3KJpXOdKK5ilB3xdoQlWfbhu6Db/jZUnZ/wPTZEgJ2ZIx+k"
    "voUvPVpVLI06PqtBaWwigbLRLN7DvRzAv5ND7A63MNuLRFxrrytXPb7jfAqyIjfaQ1n247"
    "5Bc1itFfg2Gn1W3T7AKmQtAaabf91tN9u0fzEugTyw1UOHzCAf+AyLCthIkEl8n1rSSndN"
    "ZEDiGi0ukQ95LIYazLmZJZue1LgG7emayE6il5oh+nEkKonn7EUU+jehIBF7tiClaonoQH"
    "ey4e7CI+e6P4bNNE88W2wdm/WsrfTbun0gIlAtlFIPsBAtl9SP8iiywZzL6Ghjr5J91iLd"
    "Gs28iK4G3ridaE4Maf2qogBY+e9eaFB2Q4NY4A1GRP9T9BhqlMWbgP4ZjBCVRVW31Pvamx"
    "RS4RNlChnVRpySRTebZ0C4OpQf+mvtd+roG4hSGnZ65x5naMMCJLwUGzFLhjLs15u/SKgl"
    "ZRytJYHnIpbRWs1GevKZ5a9k7VYWI9xCBZBPwppTs2+Fd5ePefbrpt8DBotzqPHSdhsidE"
    "s5vMSOk5fg/azW4EZ3ebyohzmEzgvBbnguU9KSYLc4SKo7i+UIXYlMYI8ssirVhTUUKxqt"
    "auKqGbTT62hW5W6GbX88DR9JbZUA3RCFRFiiHhwlosHVB1uxRDvkfolsCWLu1tFNjQTihy"
    "NxXE8rVPp+u+8dx1dJyPyKQltLk6U16zairFKc3yjYMkabSm72nhSPymmJMZwp/AAhlkWk"
    "IVGFB7oc7OCgb6dAosjU5YADXAakgC0zI06kQNEhSjO+p2x6mZhJ5zW2fqGWG8nTHk6Dl1"
    "nUxGLcGzOkIaAXtMaPe1K3lX8hVYb/r9bkhCuulEncae7m/ag5OzSL6FOFco5NbkKV9euT"
    "XvAiLl28u2ynq1ptaIayZOyXhlrDRSrLFIy3wlFBrhc15bcVPM9M5hn1yTfAp+yfUCWM8n"
    "DWl9bPaLsDCUjKahhI7F9xP4RkYIs8Io38BMV2UWNgY1/Ea4nip4mymTmZN8kjz7FbHbGB"
    "n0gqVB/ILkOA+VzyMFf1Us/moBMZbm0HjJgG2IJj/tz+WxRK55KyWOaXJl3RBRMUrrlqqq"
    "tGBof0SGtiAmg6M/QnbE1iZpazNytpvrao+Cp02hqd0tW+u6fydwtwHv8JRMrgQDJDstlx"
    "TLdhCyF/jIiZwH+arpJrrBMRYkZz1w2wvjIc+1kDDYiDNNV6o7faIcFZ2H8bjaoZ7TkWCz"
    "cOoBkmLw6fSxpeHTRQhz8jZznHx6mhDmgvDphx5g4dpTUFSFa49w7SkusFkFxtw8UKLxsh"
    "wBkxNSm0LIhGGCtfaUASJiqYFkcDKy6tNJ3a6HwhLx0fom760FvXN9fendYUGwYEoa0Opf"
    "9tT9BGT6g/BefsQc7cL1JvkJ0/i6qWLMIT+A73CvkbpAi5/LP16mhSw002Ij4i9lIWjnKm"
    "gfV862Cp3V1iKjbFIZtH996gzatw1gOAtmpN03f2k/PTRAoMeDZ2YTxUhKWYykcCiLzJpH"
    "lllTJkdtdgWGTyXiJ4tjU4wrK3w2aJNT2KfO8RxeIE123GCzHMQP7d5tp/e5ARx6miS112"
    "4w/nOjIzjdWlux1GIrjbzJJkvNJxNrrchrjQ1U1hpPIaISpBHNodCTIzBuUhMoTimqAomq"
    "QMKuYS+OQwSCl3wpHcZYVHJQha1oV6gKW1H+tqL8o5ULth1sH6xM3gD0nrrdQxvhjhTYZB"
    "ucD+wBjXA0DWuS9c1J0ZrC7OZlhk1ndWt5iSnniqoqGBEUZUxjsx1LVtUJL7LTWeoTqALS"
    "eYMFD40hRjQEidaaV5cAW3PMmpn6QpmAOcQmMpZxE1tOz0yXI5O+HAErbkkLbW/0aRXS5E"
    "/7r2pwlQrzWq7mNWdqx8WzBEUD5FUqCclkx3tG8xCkMlWEcXTnbMqZ6DYX7CJPSSCyuh44"
    "q6vI3LaPeS3cO/eBqhDZd4WqENmFe2dxgRWZ2360zG1DKm9WOPK6faOaSlg3vbZrBfW+hg"
    "DSTGNJhV8qCDtv5gi+Jvyua/p8ydxWz+pwZF1BdOr+ff1xclEF5NrF6SX5NR6Ta5fjS/r3"
    "9aRO79jt6ufTGvlRO61dcqpnH+YVRDqSYsnf7P8YrMmWfrf9boz8h4V2776UBsf0vMKN0u"
    "DZm49XkNwZ261giWymyitnoq4M0A3R5Rij607io43RFa4TyXO7XK4TW6UZ2R37davgiapj"
    "y0AdE815fFikxUqGTPbaSorbOBVHRlvToB6a2XZuYRMsrLGq4Bk4geAvCxomMn7CwEDPlg"
    "oNu7UdBYReCSf1E35XZcYLnTD5Linhp95m0KQJbzFUOFngcnwu14TiJD70QlWQoeiy9IJ4"
    "RhQ/9x/1nHZLkglm7fCxSHxc848/yo1du0jDrl0ks2sXMXYtMPMzQBymKiHQu+eLRTTMvq"
    "Nh2LEg8XR9yZbVIM2W5tViOpSktK46J1sG5HyKH9osfYRBOmTkKtmwq9w+0WgcC420h6eb"
    "bufxCw2a9XiuKHd3mBCdsS5zzrAh+p7AfrntSxC4sUoca/8+DEliseRJnjTW7fc+u82jGZ"
    "WiO60iIzKfCVP9gji7RvKhFqfcCP6C7bXhqX2eJgD8PDkA/DwWAO6ttA10E1FaEYdW5Dg0"
    "f7TGS8nCWc3uSeQiEkGo+37QFXXwWiMlWDYr/Fa4FUQyuwBsW0OkGOtl0yoiAzLJB53W8F"
    "BuAL6W+ReqOluph/7FUa6l0kO7mrj1eugmoG2pTZ7ped8Uc0b+wlTmAIalok+23zxNRfpe"
    "0VhjDKBBbupvGJi6Dk6cXZnmq5oqBjYBOf84DgB7fZKw8xdLdTwh0zOLeOK2L52df/eK48"
    "O6UBz6UN0zuHQj2lSn5NIWGejKr0/NwbA96P7RcE196nKktb+2e8OGbd8rhlJJhkuOci9x"
    "X3abC85ROLQc3qFF1CJKntvH6dDCkXjZ2xfEoeWRnEgy6aWJMcI4ORVvrNVKgQI77Wk23i"
    "BBKucWjNTpe5+Q8v2663syXrK/iVRme5JQxn9BWH3qXAJkNFEwy3irUXeSEwgMRKs40wrP"
    "U11V9TciAZAeINDQGxUOEpyN836BNMVsfDmUvoaI/82/js3xWQ13ltqv1e/ddQb31ILo5f"
    "QaaYP28GnQs3Px0lleFKsiYT5Y9msFapxTdB3fEiIV9XLSsy5ZU/GVNgvf2WlaV5mVvjIc"
    "ZxnbEBsHObkiUZCmGCWJSlU6FFvjuWJuxrBHaUvIsh8vix43SvnDtZGZN4lcqB04R4lBti"
    "30ttGqipAK14kirylvsDZaUgnUwnEiaUFlzpYcISsdp1ZPxajVV/Bp9Tib5srn6SdygEIc"
    "B5zZK/xBtsdT+IPk5A8S3Qp2AK2rfXUDCksKbWAbLJSvTQj+Fcrx9fGenlo8W7TnZIYmL1"
    "RudiIqp64K2vaLORlZV2hywf69YjkuEPl7eolY3otzJNOKcXWaEYOMrH2f3vl4eU5ryV2d"
    "x+7Ua+eX9BqkWTIuzhn9R7QyP0fxXjEphtTzcGKOI9HQUaFTz1OnHhyOTbTqQfpC+060+v"
    "f3neGw3aYK9DlTBKCR9rndaw+aXelm0Oy1vjSA/bKqNDbI185Gmnvd/f150Kd17p4NfbMy"
    "d7uPkDyss9ah2TLhrnW84AZfKwPGETIhEaeRiBc6VvhAJ0fFBEhEniHhlpUI7f5smxkcdP"
    "yR8b1GeFmaHeK7XwZIhQnTe6XHzZFt4kmS3z/7FNeahqnY4xuT1Nxb1VVC2oumv6lIfkYS"
    "DDRPEQ4xsi6vLs/ACc14AxYGgnPSY5W8Hk1+Ck7fUakIAoKaxbyKXpFBfYWqQNH8i7ohI4"
    "MXAbHbzrnCkdvO0fTb+68QkA4pIB3NyVl4jANstcVP25yIqE8g8ORlcIdjpGbhoT2CEgoq"
    "u08kMEOQOuFx2Ilkr58gjfD6CfGAu/D6MdF3jl9CctoSt30p5nveiUtcriSbBTBCJTbu9W"
    "bAIPu3pcHqNtDVkYGc1lgVmWBFShHvoc+LCg+MTBoRKDgp0hmrHMnDlkfsTKD09gfQZEEP"
    "1kLVoexmcsfk7QDLmgewtSCUiPTI7kwsw2Ayi4b4Fqc9PUeEgxdLAipeDsZDZn7fQ3l38h"
    "JSkki0Qg8eoiqdGnwvyS4VjK1sKPsUAuE0CKvoNaMo6hKUDt96OjvOCjNOLPxkOkXMeCC5"
    "WULjftkJQSgxyh85b2vRAwlj51uFuuiMT2nFnIsJ1UOffiT/1i+uM87kSutpMGDZIpI6pD"
    "GFXzuPNKRwZNXlaW1kXUwRom4/sEZvPrSb3eDdOvo4ZfV8alEeMc0auU6xRK4TV8h1dIG8"
    "KlgZK6piJuTlXj+44R5y3JNoFaRLMhT16elp1lFl6WVbbEy8PkYa4ezag16za1+/ro+sj6"
    "fougijZMsNGVj1AEV+eoSzQvPrwdpBljFBUlZflQhZ6Y7fWr2ehlWv15NZdXqPi/UM4tkG"
    "WLtkpcP68iIF1JcXiUjTW2Gg3+w6eZl07kEaoXPfuc7d1uewYK8MW3eESoSGHT64Zj2cx6"
    "e+EhmKy5u/KakgmcjaVeZRdzGKZu0KZwRwLAksAjljNoA4qTic1pooQ7Dla6csGNBpzZS8"
    "iRayVZIXAb2nbneVsTLg3mp7RG7p2xpwwzyy3ewgDq13CMm0pwrHnuvdq66y5451U5oGW6"
    "615I4s+ZpG1cmTC/nnwA8EWHY7BKCG35BRtZNx04qQjBSqgOz3WNfiNtud9Ciss8WyzpLH"
    "Ue0YW+/cE3BVKFiMND+N9rEqJsgX4qwhS0GaUnig5RCxZO9FcZSTffx8ihLo1/L28ZshdT"
    "G1OJbbldFMASqRpzF9nkb7OM2yg/gUJZjbOeweE8Vkx1om/XGISCiQd69AzpxfTOQUE4rj"
    "3NA8LsVxrkgfpwYxSW+cIax4n0qFJ83mWJH8qysfcNQLnFbVdYoGy6ORgqJHmghat71dz0"
    "s3ASUiE4EV7qqCqW6wO557+vsxxAhAea4QEh3Y6Qp50bO761hoIIqlgRAScT48LflOI8Gv"
    "LRFkoyzFuvPJ7y4Es73qzljlioQE+neqDhM24jBZBOcppdsX0qcf9pWPZpXDcv/pptsGD4"
    "N2q/PYceQwj2diN8MKhkG72Y0jfQRa4RJNbSHbCtm2wGgSgUlXXxEHz5X63SDZ3hS8MVy9"
    "eXu0Cl6hShCqhDxVCU1kKJNZhZdvy75TXaUygH6bdRqC5HEWUnmxpPLEIJtkzi85yqYMMv"
    "le4kHoosqAsNO8hOjuJZiYPNHkpkNZYcPzSfK34B3GML0zW91BD7N//j9LdzBw"
)
