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
) /* One per org. Photos are evidence-file tokens (images only); projects are ids of the org's own projects. */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "project_note";
        DROP TABLE IF EXISTS "project_dependency";
        DROP TABLE IF EXISTS "brand_profile";
        DROP TABLE IF EXISTS "project_indicator";
        DROP TABLE IF EXISTS "project";
        DROP TABLE IF EXISTS "project_milestone";"""


MODELS_STATE = (
    "eJztfWtz2kj671fp4s06dUjGxgY7zqlThW2c8B8MXsCZnR22cIMao7GQNLrYYc7Z7366W3"
    "epBWouQij9JjFSPy3p17fn/vzfykKTkGJ+ekCLCTIq1+D/VlS4QPiP2J0qqEBdD66TCxac"
    "KE7ToM3EtAw4tfDVGVRMhC9JyJwasm7JmkraNsEjNKwlcGjAiWYA3F5+k03rA9AN9FFe6J"
    "phIQlMlgCqQDNeAJQWsvqJ9C9pU/wAWX3Zvitblf+y0djSXpA1p9/+x3/wZVmV0A9kkp9/"
    "VDDFWJZIa4rKf0gD/XU8k5EiRcByGtHrY2up02tt1bqnDcl7T8ZTTbEXatBYX1pzTfVby6"
    "pFrr4gFRkQvzO+Zhk2AVC1FcVF2sPUefegifPSIRoJzaCtkGEg1M4LBNcq43G3NxwPWsPx"
    "uJIYIo8iBLV7aaqpZHjxq5r061/IK3ysnV1cXlydNy6ucBP6mv6Vy/86jw6AcQgpPN1h5b"
    "/0PrSg04KiHoBK/0/AejuHBhtXr30MWfzKcWQ9HFdB610IsA1mdB7gLuCPsYLUF2uOf9ZP"
    "VyD5vdm//dbsn9RPP5AHangBOuuy696p0VsE7ABcHUPEha5PsBt4DztzI+DWsoBbSwe3lg"
    "DXtKBlm2x0W6q9oAi38StBdYoSSAfU+c3kygx3UOGDu3L/1OngzjDlSH3s926aw3av2+z/"
    "fo13X20CSTNoLEdq83bY/t4eDK/9/Tm+lx9mmHTNtBij9D+DXjdlDXgEsYGR5KkF/h9Q3C"
    "/bywD975mtTgmkYGLLiiWr5ifyvP/DOWiZ18gKsAlApOeFaf6lhEE+eWj+K47/bad3QyHD"
    "2L0YtBfawU1sMP7UZBVJY2glB+QOY8kekAhRfFAwlSUv0CfyR4ZhcTegohwAK/C/aw5bMf"
    "Rkc0zXFmNLv9E0BUE1hRcJ08UAnGDCfU1nb7fPF7ibXq8Tmbg37WFsuj493LT6J2d0FuNG"
    "soXCzEoA+NRABJLU+UpmHhvyKOWqSUv+OEbWBX+g1FOVpTvOKwZk2H5oDYbNh8fIqJD5Te"
    "7U6NVl7OpJI7bF+J2A39rDb4D8BP/udVvxXcdvN/x3hbwTtC1trGrvYyiFGBDvqodaZNRt"
    "Xdpw1KOUYtSLMuoeRqFhd98+GPVADMwo4QUE66W8YxjaHQh6RHSevTLlPIxWEtt7zUDyi/"
    "orWiaY5RimrqKiZ7xAVf6bcp1HiPF/vTnkXQ12JAO++yqH0NTCEOAPR84B1cdzvN++xUgT"
    "oCdw+voODWmcgriJjDd5isa6Rh+fZBlc+vtf+0jxEWXjPnD6etSyze1iclkJ2CPrf4Hwpq"
    "y+4L3bQqpEpuGWmDVpR+gYt/lMgE012zARbrTQ8QTFT9gSr1va363fXVlxU5D04ihSN8eq"
    "Q/toqZaxLC9Mpok/XDc0cshvObc6tLPHUF9lhOwvW/6b7l8LfdsN/5+4q6bTU1nRMi1bWo"
    "6haWIOZIG2PyJJd02/t3KjJsHlLuC6g6XavghXptW0EDcW4dOit0LyprnqOOipaKjhf9ZD"
    "+uT2UxLmjGC3qC1iaC6gCl/oW5LuCDFLNGDYOOOiQ7qlU4u3zGDvVHE3QJsBa46oCdIyEP"
    "oEnnVozZ+BbNLrCzwmhgwV2UQSIHfAqPLL2S8Xv3z+ZVQBNrk60wxg2hNCDfDoGDIyWSbR"
    "PT+NYTX9o6JDw93WAjNpyI4qrKbCanoQw97ZaRaTEW6VajOi96KK31f8aZta9jzaImNdue"
    "09PLSHw1brGmABbiFjVg+N1K+tbqvf7Ixv+s3u7bdr4LysMp4Y+EvnI9W77v3+2u89PeJm"
    "hmbrxbD2Ec0JRXzDwQvT52iYHdn1s8vGyL5AUoPXQPu1973V7z60usNrMLIbl+eQ9nY+Uv"
    "GlVv+x3x60yJ2L2ekZecIZHKn9JzzM5GL97POUENXPRiqZE0/d9vB3cuPy8znCt89xb+rg"
    "9luv5zSfNPBbNq5quHm39du4ddvr9h4owQWqXeBb9cnpSL1rfR8TNS0lmZ2eko6kM6+7x6"
    "ebTvt23O4Ohu3hEzEnO/RXE/f1cLt6nbzwhTRSe8Nvrb7zqhGEuLeJTLvEik0iPtUM9OIy"
    "CFl34YAix6m1L9NxDrsw4Vp48PXa7wvdBAdR+SUfdGv1epaNsl5P3ynJvSi6EtJZ8KbyZn"
    "77/Mwdp4Vmz4RhXhjmC8gdH6eJVhjmf8ZRz2KYdxQPfLb5CM1G51XBtGR7ts4Hyp18DfQF"
    "QzmrfT4yvbYw0TtBDVtq0oPgjSPbs7JZmeeyImG0t8OonNMyejiaW8+kkhkQwuigN1lCeO"
    "fCy1DZ1rGj5fZ1j7sq67IzbZ24/JiYZ7Lk6Sva1jo6pJ2UdHLli9BRzif8PbiPLSHq007K"
    "CtEB/fWOEi/XYW9r7gmVeVLphvYnmm47nR6dXsoKUuiwyxuvYzzuHMfPnXh7lgihDZ1/iP"
    "WVyJImsrx9aFs/ICzs3Dq9DoJOS4JyeB4SKzRDKcQP2A3pCK/ZWTaG/hixUhA0VOLe7s6z"
    "FauXa6J13H4HoW5LAh+n/1kfzQxkzofaK2L6n0XuV1f5nxlOy7HlN13vgKYC2TRtJAGXGF"
    "DiT6BtgXfNeDWBhgVWcPJM/L7G0Hr+8AVA3FZX4JI4kkHHIUxTEb74hklNIFsmeJ9rCgLP"
    "M7iQleVz3Oyez1NH6gl6Q8bS6dvxeoMWIH62H2X1wyfwK9ItIKvU6Y04TE2giYCpOc0g6C"
    "NJNsFMsfHraQZ+kGlBwyK+by9YZgOqZs3x52TMFsLl5XYjv/wsjm6fa7Xz88va6Xnjqn5x"
    "eVm/OvUV1MlbqzTVN+2vRFldDdsa1rvD/WnJPH4CbvPS5bg4r2XwEjivpToJkFtRO6uzBn"
    "mwDShy88I4Ynyd7XMDg2aEsIT2zOO1XybN1uiHLuPuNhjlKGU+w5zn8irTKLs8DrdngrnL"
    "ZVxM3roU4+twqJsMcZRSjHKRR5lYUflcTUIUIg/Eek8TdrAbt59JRlN10cDN6mASmlQR95"
    "Lb5uC2edda5V3CpYfk1HFQ1Bm6DW800nUa+M7YG/os8XQEIaIFgNOpZqsWOCHE5KngfwEd"
    "mua7ZkgfiDwPwW/olkj6pAE40XSkytKHL+GrJljAJZjgIQeWhgkcrxtWXF1OT92xnuFnUT"
    "LsLZrOG2UeOTdMs5GkGz/EC6RHaFxkkHMbF6lyLrkVj+RwFs94Dk3OkI4Y4U6wPvQRu//g"
    "DmdH4kE6oBDTed10xl+pccIbIinfFN49woambBzD6dEWOwC3PWz/u9W9BlPZkv9G6kh9aJ"
    "Hgl2uXURipWJS5v78G+CNns5Ha638dN+8e2piCxKjSFOe4zdNjq+9epl4M9Hqcs8m0C+08"
    "FFeSTWLoGfOerHG60sVK7j7Pt4g/yzn+TIGmNVa0F1ndQB+UIBYqoSKrhESsYfq+dpxRZ1"
    "liDfNOB1uwBbzrCGmHqeFDNEKzE1CPXouxQrF6kAS7BZu1WdWrO8mvG3HT2jayIeYcdmTn"
    "AIdTbHxLSOLm+R9mnLGZwx8LtRlknamRPTAyWfEbgO5TpxObrFvp95u2JFtOVlmGlj90t7"
    "pS10/ajZHfcK26/7e5BiRZAu9Ed25p+H95OgcGmmqGVMW/kAqgKoGZoS3ILwN9Ak1dR6r0"
    "UcO8R1KRv4P+hCvgkboC4ommGWN+M26Cbk9c3LFxHGEmzsEoXTW3Ctn8lXI5aXN2rziDU4"
    "9Z4IB4z4nFyqS9tyBx/XYw4gA5RlZk7XJh/FtdzPhMJRGi0u0Xu5/PxVNVHPMhJyELykoS"
    "zfSCgQFFMSoGkseWpmKgrPNsHU5rsWest68i/JEm784cpRIwr4X5uGwHuW7b5TIdJBSzh3"
    "HQjKQmYqhw4qmL0pU4kYRJmdQ46UMv/B2L5e/oBxZn5sg9AhEyuVbkSS8dwMb2GMoFbAju"
    "7nOuk82I158oTFNGkDMpoM5WaKDOkioo/ESLZCXh1ZHE6cqI9z4y3Zvy3wycUw86r7kIOG"
    "II8OYc1uoNnlkbUJRwvu7Dmb9YZRnK5rtv64oGJSz7TZYbGLJSqMVWwdgqfKw2ySgfIS2h"
    "c9+RSOSZfDhFcfftF07RfM+KhnEOzmf7VB25+YcZSqMgM/GqnGVTS57JUzp4bsroTFqjSh"
    "NEaIFDC0g4GpLAZAlMbUHyedkGSSUGSSEwCaGRfTWZXgAnrTCwNAkuqwCqAJomMk2S+xC8"
    "O5npgEIKYX5ghfvm92BmRU2na19Wcn/iqRGvrflHaM7gRWTZZgW3+MP7u+rBvxxL+CH4QP"
    "qP0KflqU+LDWRmsSNKVkL2+DyLqHyeLimfJwVlf5EkgF7lYxchK9OJnou3XTjTvcXn/OUT"
    "lHB21zJpgmorNEE1hibIXiygwUi5N0Q/0iZ3QFICk+wqsaP1r2FE4kg4GPhSR6fX/eo1j3"
    "sdxAD3D9HknF4faxxQ5wg9cVV20zrzhBw/trp37e7Xa+DSj9R+63bYvv+dXnRZCHr9ttnp"
    "3DRvf70GU6gohL/E1zq9QesOX1E0E0kjtfn42Gp2KClmCxFUvDc6uP8kCSDWTMjw4ck2pm"
    "H6AsfqV9oPD627Nhavr4G8WCBJxm9Eau827/Cw4IsSghIeFXyt9a/HTpPEiKMfugKLEiAu"
    "mzTGm3WUrwla9slyjFn2rxxt0DIxzmBRbLyA5isL9dVmnShlCQ6afU/v4/L9EarF6maqxT"
    "dkhCRvzpFOEIvBLvRgx/QsnKOdpBbDXejhpstT3mgPj5GKFB9FHmci5RCLKRZ0NjmuE9Ri"
    "tIs82rgrTXnbMJVzhFSMc5HH2dFUbLKgw4RijIs8xnRB2ux42XSNaZSqBLJs3kpT2RxrmM"
    "PBjCy/8iZEKNQ3HOobF7exacEXLhtMgrAEE37fjub4raCyofomTitOkCKfII7xYqwb6G28"
    "yhbEHms2dekW2B6SXDjA4YEkr82PeEBYOrD3EDajKYr2busr4V5vGGN0U2T72KA5bA/u28"
    "RoaUJLNok6ZqTeNAft22swgaY8HalP3VArW/XbVQqxSHzAJ3w1+KJkYoFkXyD8p32MVBz2"
    "RT7sbV3akKmLUpZQb3+kAfmMYU8Uvw4YctyGywOWQSmy+zJEUxFesTWeIrwip/CKtJ0hf4"
    "gLtitkRZixKWbJTJsyudEbIs9PgM+TPtmJUGmRnko0sxnZk3cd7uNAlhrz4yOaNfAH+QRr"
    "4356KsJfCVVTptE3mgFUzUIA/wndUJxr8D7XnHy9VZrLl/y7/AS6+CkGQJKMR7gKVPrLmX"
    "1SMspnf49Zn9Xmj4rzBHeReJE9IjAnr8CcImZSPWjAws4VFIa22EBrGiMrnYJi90Djk5Yf"
    "5giRAHm9TrrgucOPTqY54uTh5tK00OK4ZzJvpqwoVek2jN3X3XMA49Z+xMnEdpHcLgiXno"
    "Q03aXHa1+CWZu3M4/IeF2ojNcibmijlVFsm0TSFBVRDWQ8OCI0QnO+XnMeJKLZUrMb5MA5"
    "MoCzKnUjUyuizr1tDm6bd61D5SVqvUHFptrFW3yhwkxqHWlRXZ3W2muLIZGyJbauNAFpC7"
    "QZgEDXMIafADGUAmuOgAFVSVsAWQKyCUzM1yHpC71h4vmFZW8DkRuk9thCt/GscaqO0QYI"
    "79cWKy/Rnp8m0nEXS0tpcBZh2GX1hQKl4j5rZPHqiR/ZIa+eRlw8w1+NUrJAsKH1CUogRe"
    "xb9kU/dBmzQ5v4R0cohcNUkblUA71prxuGyoUpxSgXe5R1BU6dnMFcR3ySUOiyGIlXXLmc"
    "F90EnQA3HVyhLimLS2dajaVIDnoiGPGtpjCJ0J2s151QvHagOhkg402eokftOFHOqkAJT6"
    "8i6U96xsuttiCJiQfIspwvTahQko2qmbUolGxshujWK1SII9bLP0wwnWt4ahBdB63K7nZm"
    "ghcN6PZEkadfgGyR/IKKjExSyl3GN017YhkIAVtVkGkCCBTtHRmkR4DfwqRttHeVoVnJ7b"
    "FCxVIsFYuu4UFNiaFaH/cWUOeoF5hr+D2honDqByrfep27cbPTuQZeDyP18emm0x58Gz91"
    "7zvNr19JrBud5+Z8bKszBb68FCXizQuz4WWVE3SCVWaVOxHRT+VilbNEPx08OOfoT5YEk8"
    "zDya0J4+mpaKjhf3IK4jnoWGwZwsNmpLdijvswjSN272Rlgw2YnfslIQlO+09gSI16FuYj"
    "Zcw9EjMfBK9oiSQwh+b8C3g20V/PYAFfCR+K2+rI+CjBJVDkBeFQAeF4JtBEIAAV86saOw"
    "4ij4cyK534oiR96pg8hb4gpEwVftrKkiek2X9IvZOwiOVfjHbpN+GLtFhVO6JkPHYuFSPS"
    "OXFi2+bUggYUgqljlLucagbDU3KwwJx/ej0Uj6hMirDz2mXDR5P8WAXk4AHLSIwCJ/CFEW"
    "KR7gnptS+GHyR5Xmn8IDX6huM3ZJjMIK7VMzxJnd9UPyv+PHdVXklU0z2sQyQlcI/I28na"
    "15NuVW4m2UuOQ6FqKuIcjkq3RyqREEpfCxXSPpF8TN9aHXxhjr+a1KP5n9btkDQw0J9oam"
    "2mldp9eiAP9pCqLMY/rsp5yaAWiS83qFuiz90JmNWdK0FY4GxlhQkdi8pTmZ0So1JY+WKn"
    "z2sZgD6vpZcyrLGBfsVft+lpEO2hyKBXHlpksV+DBVpMkDFSb9vD9r9b3WswlS35b6SO1C"
    "Y+Kn5/6D0NrgHE58VyodnmSB0Mm/f31wADMJsV4yxwlRZJ7XlKqBRkGY4iKvPiDNMuNn6i"
    "8o6LqOgvbgHVIRE8e1hxZY7Rj6liS9wcSIxScB8c3IcH3NhA0ORLJsIgLYHklEMRVOHTt8"
    "mkL7hhMunEd3DL5KE5zB2rgoVTpHCKLJYlN9Upkp2OUSS63GWiy8P4m0ZmNsOwHp/5mczr"
    "/rJbb10faAtkzTHAJHwWGZjvAlOoUns3OBnZV5Ppxci+QLPLkV2fzD7jK9PG2QcsdIJ3PO"
    "DaexWQY64KLAQXVUDywb3J1pIkDoSu9PoPE4zsy8/nENOen57jfqafL5MW90O+CNMK764u"
    "Oh5xe7twR83THZU3MVP+KZly06udZZIfzlbID2cM+QGj8aIZGzv8hulzlNicdc9rYvmt3b"
    "3r/Xbt7hoj9bE3GF7TvWOkDlvNh2u6g4zU5u2w/b09/P3a30tG6kPvrtUZOxR0Bx4Tuk0U"
    "bbtXRIc/k2OtxMhKJ3CfZ1ow5ysWzHlywcjmmE6KDcq5BXQ5qpW8w+BotUpCw5E+3Y/TFT"
    "tL1KLDtvFJ6BEa4QAnik+I4hNHLJMnd4MdgPvgd3RcO0FWVCNb4BalJogn8ZaVJpK5xkoy"
    "k+OuCbiPLaEKIijKAtE+1WZNy0L4c1GFoTLz71VXqct0aFhLCS4xZxhqniUWG/3QqbMd8C"
    "i/0HxyH2W1SsJDZFJCA/OSAKoSjQeZySpU3MZkZwKOOyJQsCAA5shAzNDr/TyFqelaIOTN"
    "PXeTFfouoe8qhL5r94nYsAz+pnnTnU92D+iESwiH8E62LSyBy+oG4nucViRGK7KHgjtamm"
    "1tPtQBsRjrIo+1w4OMTYS/UWLwvun6hARhfnqF00JzBKGFtFXYy5bhLnnVG29/7bbuxu3u"
    "NfB3+ZHa63baJAbGmSUjtdNqfsc/8bn8hn81bwat7vAaYD4dqRa+i1cCvul6BXMb07I4qZ"
    "+lO6mfJZzUSRC4rW8ZtZTo5IiClpoDZ1jxEJnOqI7UO3pf8no+uEu6iy+7ZEo6lx0jK52l"
    "rJ7JUlZfYSmrJy1lLmhk8DdgCZLUgicoMk/gKhJ4LTZhImFjYLADhzGElRHVFZabkBZsaw"
    "MDKpkut5owMYTXLDvt0GFtN8eLbJrx5tCeqjdQUTSmj6p7p5pJ3T4JGq9Vtg/n0PLdN8Eb"
    "5rykL+DZSUf6TLIxkVcEM+rj6VRsAU734MQpQO3UfCEVq0kSUxPRgtUfkvr2fT4oJcWTk6"
    "oyGG6hcj+kyl2csPvgW5wFxAFpQCBcd1gBS4rCG6/kU4gJmiVcSWEUQOJmUh7dbo4M3OxR"
    "Sv6kKlLm9g5REfYRhtJkcimR+9l4Fap1zMaqkAgVGptyenFJlF+vmBuYLAOeYoIw94Cc2n"
    "IW7r8KJDSVJadVUHEOGk7ICk29DqC0kBmJ2ff8rGw+AoJnETxLyq51fCAL34tcfC/4c0Ic"
    "IhVEjgDvQeN+UNPhZvYNHamSe7bw2J0eW927dvfrNXDpR2rz8bHf+06tT7puaG+IJsm7fx"
    "o4OfJmtlmUFHnugTyeMILuUjfvKJGQkJK7N0GIJDDlNu4lCEtn3ttL5hlvRvKb9qKUwqxX"
    "ZLOeiL5LX2Nljr4TxtxdnVHC7Jib2fEwyicPe4beKTQsGVROoemQrTSKS0Cq85H8KKef8b"
    "+zM0j/PqWaIuQkQSFXzicj+/PV56uRXT+r4zaNOqpXaTZpohrSVNKURB6aNFiJXRZl3w9c"
    "XwwwXO2EKrhocXS+EiZC+7S19slZixQiJqedwdMx1keRZfzKTb/Zvf02bg4GrYebzu/XYG"
    "Lgj5qPoWmixURZjlS3xW3v4aE9HLZafhOS0ly2LIRG6td+7+lx/NDCxzsRXV8Mzda9RT9S"
    "H5v94e/jTut2+NTH5HRXwCz81LINTDv81npoje+a+Nl4ZSzQGG8YI7XTvm8FHSryDIU3kc"
    "MnJrFkS+GSxXyCIk+HDaWwveTvoZOBC2GPQEi5WaRcfOSrEkwCnF7nJqAQlW4i4s4uKt1M"
    "bcMgBSJkCy04DvY4mYg6YUSduLxUAtU1oVthwnyk/AMUYiy6UJ9Jl4P3pU1GOERWQi1OmQ"
    "Z44Sba2Igfd2lzZAu02YwEevHafuJhYr37e/eC099I/fb7Tb9NSiUtJ4ZcEKuPrkCWO1w6"
    "o+YTCEYtC6P2JktIG9sGw4krHeMIUelw/iltzAnmoCIZcGbxbjJ3/eb98BpQ2rR6bJ02DU"
    "+VSXRqq3tH7pJsLfgOwa/tGKON6Rw32GwT2nmMqqFpi/FU0VxbeHQEV6bAiFGKJBgbZLDk"
    "MvhHiYTBn+ES7a3EDXjaOK0wQheZr6Uy5kbjHKUUo1zkUaZn52byqRjhoxhhjxnaYJBjpG"
    "KcizzOBlrIGy7mGKkY52KP81QzNh3nCKkY5yKPs3ACTB3mEjsB2rq04ahHKcWoF2XUGYs9"
    "kdBa1AjYXkuxwuVT1AjYZY2AdIfPkNDh5tDeMkd7OLN4SeCOrHsa77wlRvEw6zLipM81S9"
    "sSp0fSR2kB0hRlW3zKlUSBrxpCyJwvq7a1ak32VDTU8D/rEX0IujpKMYqNKY+TvgsAy0k/"
    "wCaLk36odYbMEI57/NUEIvLv5HRk12f1+jV1f9eR4XnUsxI98JCud5wXHvJ5esjP3dqQWR"
    "0RvPYl9EHYfSIBqjliZBRclUogoBEQr4XY0nR5yjh30p2eAwrh9BwR9Hfh9IxvYaDJW3KN"
    "SYxMDMzOB4YkDGAMyRD9SDk+fYISbEKrdF6tfw1Xg+2rvDq97leveXwEomB7SkUuL5ookf"
    "CiSXrRCC1vOtTl1fIWJsD/6KWAhK6XJwg9QyoAT8bffyKAgw7F3tIAbBXa39UskpOWoTRw"
    "71Qz6QzUoHGWIpOy+hF3ChwqYGlU4nfzO554Ifi+B2MVuD4TRtUpleNlfKyCkX111aiP7P"
    "qk0WBkvt7vo7LE8kdSEpLdVgTzi1SSxwvy4c/XkjOrr/g7ePQ+XvsSZhMQyRqOL1nDRJMY"
    "wms6wF77EmgLcohM8/iHBMDrPBGh8EIsnsgqvBDLr6lI80LcSqbenfTnuGkwhD/ffyOD7K"
    "f7bdeLfn5+NUr0BZjIeEMSsInERXL12+qLjUyTPAPLaq+IkaVtwz6E/bhYQhkdGS5ezCPY"
    "Da9wWHAjvMJFFlbhIp1TuEimYoC4Yw5svfYlZHNr9XoWMaJeT5cjyL1YvLOmWiTbEgWKA+"
    "c4XQnx3v1kNuW/eapsec2FrzZDvfAuS6ydIRVMv71Ak4HmHMkvcwavngpnQCDwZKWRgLrn"
    "5Jl5Rw1ISqdD2IuGxtYVDXIX54hRCc1teg4UIbyXXXgvghmkcEMs6ggcrQNBfuomEvXC0j"
    "a50TBZlE1e0wy6JtKWJOsnFa+BrNLikCSXGSCpvj6BQbjUtQleEdJJxsUlsPAVGZnghLzX"
    "EP9YfgBQdepf0+rZLKXUfh8mtFfF0l7RAEBOVjVMU0LBfy85LzWd2yk8RCIcwiNc1C4cwm"
    "Vz7NTXTQ7JyuyKETqRW5EjtyJGLohz4Ec9SiuQ50Ne01lGinWYe1Q5ou0drkcLNp6n5K05"
    "NvqAohj7PHlsafZ5oc1IZ3vKq81w0h9vMuhhQuFkVGQnI6GxEhqrUmmsQt6njnaFwbBxpG"
    "a5oZ2UCO2oC7SjbtoOIl9VVSaU9q34dABL0X76aGZQgVp+27U60OEcAcNWVeItN9Vs1SJ1"
    "TWldUtqE/IJUc/kFyCpm3BZIxQMJoKUt5Cl5TFLTuZsuGfrMPyqebtfpyYmSEhrOA2k4tR"
    "RTfHqWxDRD/M/LHkRdxmyVx1XEby8q+SXKYuB9go99DVGIybmed/U24i0Z15IluYtzraFJ"
    "VSgjK5YVER6XgQ5VJrsRvp+N49BdkmxMBymjTiyfH4nlE/MIqoqmAWvgBNZegz81WcV8wc"
    "iunX2uAQXNrE+g94YMBeomgAaJ0Tbw94H3OVIdRoOZRG7fD8sW4x0WX4LIYb4w7xv55Wdh"
    "Wj7Xaufnl7XT88ZV/eLysn516m9gyVurdrKb9leymVXDupTsxd0LqAE5Pg7yCMLsj+5oDq"
    "PqbF0bqGQjhCVUw5dJJ2sipG5S+ysgEwNc6AEmLMcGAxwiE0aVoo1vUWJ4De1PRPlxBqvv"
    "3FrN5YcaZeLtXYJP4FkzXp6B9q6a1GPRsPEfsvUFPJu2jow32dSMMW1yQpwhsTSBVKtKfC"
    "TpTyflkqNGXCxky0KIMu1MFn/PzxypUwXiRSR5D/oAMGCG9obMKvB6Rs4j0RtUbLzIyHMz"
    "iwhBnQcsNGMOATf4gxQkkDDzs6nA8LNIC/sLQRbpYPYcbPSiQYYiKT17rNe+FPiuOt/2kT"
    "52gaBpGyzbXroPVZimGF5UpfKWndjSC8tV9g5N5QVU2GMSEMVHxKH65FIfmxlgBfh3rdv2"
    "Q7Nzclar1mKeguGQ8ZgZABmyJo1pAWQ2Y51iDIjRreKsy7XtEFaZDSJiZZ1bCyFi5p77uQ"
    "B0+DkmE9FS7UXCVBIV4D3iHGOXMVurE2c9zj228tjrda6BrmnKSH3s9x57g9bdNfB6G6n9"
    "1vCp3yXXDGTZhkquNR9xy+/kmstO42vt7hhf/NpvDQbXQFbH+DrZQs2R2vre7DxhhHFzj8"
    "nG7fFeS5/kuBjGpYNMrE0tC2dTS2dsavGtJ8G5Z2fOWaQinDqp93Rxoj85WPQYWelyAuy+"
    "FIofmQONJX4OyzKVKbAnRC6iTPiiTFzlAz/yIUKBOQfmuoHeZM02Ob1IolRi12ZlcDEMGU"
    "l4IzBNZtxmuuzPIC3B7p23EsDhvcYGluv5opMThCUAP4eUvOZUMxgMyr2iwbT8ZB5FDOAZ"
    "ITm+HWSVtNR7uum0wGMfS/eDtqte8c029GZ0o+63mp24BtHA/BzPPPYJSjd/dy/GuFIWfq"
    "sxsYcgloNq+obNpi4B7Hnv2RscluKQ3AZwL0R1shzbJq8AzyYWzKDIiPYT+T5Eg4apELpR"
    "1HCYUni4FHmUPQXuBsMcIxXjXORx9jXvGwx0nFaMdJFHWiR7KP8YB35nWaM4DZHkYQVLG/"
    "Uy5IOWSSvkhrXRiBgshoKNNxixZ7xAVf7bz2xwZBM5a1BiMLMiMYl9vJP027fDyorZnD/I"
    "BZvHWTFmLuQUuLOkLZGQjvAXq9tmLnHdve/c7qalSs8RnrceYNPtM5n8LJDhd5On0NKM3Q"
    "DW9rorK14LWUGmpak7mmAPXndlxUvVrB1B1dWO2Wsw57xCie0rPQoousetjQcaS9H2a0OD"
    "nl3CZ+BQmkBTwbP791hTn8GJbAEVIXyHBONoJFjmHyZw0niCmWyY1ocv9NaLAfU5kEmadN"
    "0CcLqcKvI0GfufyxPZmYqCmKngcSJh0UGjeYKB4BPLEnRC8GV6TDm7AqfDVJhI4Joh806w"
    "sWwpioViP48M4sz5dyKzi52CJyk10J1awLse3sS+yC3h5sD5BHJIOuMTkVXW8z1ypHmmks"
    "Ykhs4pNwwNzCa4ORCd/r6AZ0xvQ+WZRg8/U/evZ5p0aCYrCk2NCAJXGna9410/QJSTKRbv"
    "omumzE63OFhARVmR1y6gK02ewPPaZcMHmPxYhe3godnpJNkV3rCR/ONF9jlbc6giqcoMJi"
    "UdX699CZzV4lWPMoBbW1XzKA6ts8UzWJR0l+KAZEOf4qLN4D07Fb+n1O1dAfF7WuXevUJ8"
    "dpz4zjFWxDPSHE+QZSGDoRdcFdjEIheldLJHNznsINf0DkhEVEKGCS6iPvaLr9A2CW1Twd"
    "QhWbRNB1WFBCbGdFVIxAy5XhWyiDTPoAoxLVLWdgZG9tVsejmyL+HpBP972Tgf2fXJbAoM"
    "hPdBCUlgsnRMMu94slTBu2zNAXqTibmJqi1IQVxLe0WqSbojLf27krbAw/SBpSjJ+/FCjV"
    "IsNYpI6LZvuV91jfNZ49S89iWQ+/MOUpPwvsu0VaSnZQqR/NQ5mbzNOoldeia8MI3IhLd6"
    "Nm9RT1SEXIqQy8JtIUcX1iHkYyEfC/mYTz6mfqXporHndrpeKvZ42kwCsRsqQA52QgdOwv"
    "LoyG6cnc6wtPp5evYBvBskIbnqyaZO7nKmmLuTToXwWizhtfii1YEO530IV/h0nW8Sw5eg"
    "E8foCi5UMPuC2S/efiKY/Z93lxLMfsmZ/RsDqhIeAGLEqTC4/cj9lez+hLQk2cn9ptmqIy"
    "EDYPbgE3ica5bmVBf1dIsfSVfANSydyAv8CSRmSVl++OJ58zoEsuQbnnBf/zCJocpvwS6C"
    "mtNzhdRQMKlBOLp6Bq9GFntXI93c1Ugmd1W0F8iVRTegKIHFKwd7omlpxpJH6vUJSoBv3k"
    "KvTk8GHqNYQCFMYjs3iQVMFN+YRMnEwOx8YGRz7FaKRBvUZIiQCrfl7G7Lti5trjViEwut"
    "UTrM/FqjKKXQGhVaa3TwzH9HL3YldEU8Go016euwxD7U8D8ZNUrbJq876FhkVSrx5VLbSk"
    "t0q9mGydQPuXeqqzRD+Pg3VPzF+JP8xhlswU5rol9xs/d/IUoW0H3qdEiIN6loDV4UbQIV"
    "r+kJtfRCaSGrH6oAvwYCxOxLA8G1kJbGtCeWgRDLVpzPQ7OUwMZz3LJNZ0N8EdWuhXN06Z"
    "yjTXuxgJzqjIBEKDS4FRqWpstTLuE5oBBy887l5qmBJNkaz8k5wpAtVtW8jpP+dJWvGxyF"
    "r6Etybzu7WGaYkx98tjSTP2AuUmerpnKQLvUOR4CkgFnFif+lbt+8354DSjtSH18uum0B9"
    "9oHWhP6zVSCZptp+izMZ3Lb6ggRZun2hsyxrbBiIxPZ4IiRCU4onMoiRhy4NrU8Uto71Lz"
    "MHrrbAP9XZxWlO4osgJPePelLyr8gVJPVZYVPxP1MQy7u1hWjrrQzpdt1BmLPZE9PW9lfc"
    "G27TIWkCkYxPtRwqcAPtUWOqaUmUVteUoCONr4W7+7I9y10oCPrP/UCsA8YHVoJ2WFSDc0"
    "suHuBKPHUF9lxAqaJt7aFttXFBpYtrRs+r2VZ9uLKW/wV44luNwFWnewVDWE9umrn9jdU+"
    "2x0RMgs2V2PI3SrTPSpsPFrAKyQIuJk53SNQSLAiCHNHC6g72ZyByjLaH4dLziUlJKXuJ1"
    "zrGCvOYiDI4VRepslXyq2jCNQJWBqnM28KEaoRGorhfsgwN4S9n+we/oyADOKtZHptb6Uj"
    "mBY9uWwAbudCUFNrITFikQ9l6xzXmf5jutMPjq8O1sLPWMUGRioyttCS10zSK1A92Uq8QB"
    "UVMRTUeDPk7QHA8roD1eA4jb4MFA7gUnG6s1l00gS6Qkn4rekAHwGyqkjfUuTxmejvk8cs"
    "fRr+lmZ+YZsKG9+bBMf8TefJHF3HyRbm32fGHShQDnGpH/VIYQkHr0xslKU0xHJBsRhilO"
    "c+RWcQ+7O8A6SHpBRku1DGZV2/DtbAeYQimynWAkowJxmaO9AJJYrdEY2Y36rAEcV0XnyJ"
    "AtE5iYA5iiL+DE4bGq7oUqPmJmH8ACviJScVana4DUmcWTBp8y7mnFyO+W76PXKLacDslf"
    "uMuEfuuPKF9JxWzh1Z+r0ktoQnZ3xG3iuHxgj+XD6As9p+VLDqflYCfJygMHFCUMQNl93T"
    "gHLj6NU4RGeJIktwRy6nFMWbd5Cedr4yJLcp2L9OQ6F9lKSazIXFSeUhLxrSDbXrBqM0jG"
    "iHCLaaUVz45EHONyCha+9ULFIVQcwuNajPqGHtfCPrurHVTYZ/Oxzx5KC0udipkKWM/dOJ"
    "Pu1W+cIVOK0/oaLJAkQ3Ai2Qb1vBybxDZHFJ8O7/wBaAYgWxR+QrwVrdn4Q0dTovr02pBt"
    "mFk4cv8PzJIhJWJLNtFfQpeary6VQJ4dVbe1sBTG2WiRaGbfiWZe8aexAV6fa8CjLTLWle"
    "/tu1bvGpD05dpIbT7dtfEvYhQjv/rD9m2nRbILWDJGa6Te9W6fHlpdkpdAm9peoMLhEw4E"
    "BwTHthIlElwm07cSn9K8iRwiRKXTIe4lkcNEk7iSWXntS4Bu3pmshOopfaIfpxJCqJ5+xl"
    "HPonoSARe7YgpWqJ6EB3suHuwiPnuj+GzLQgt92+Dsf9ry302np9ICJQLZRSD7AQLZA0j/"
    "wossHUwvjXu2xVqiWbeRFcHf1lOtCeGNP7NVYRw+etabFx6RARxzC4Cq5Kv+p8iw5BkN98"
    "EcMziBiuKo74k3tWnjS5gNlEknVYDxsOQXW7NNMDPI38T3Osg1kLQw5PTMNc7crhFGZCk4"
    "aJYCb8zHC9YuLb+kywAxytJYHj7Xaufnl7XT88ZV/eLysn516oOevLUK/Zv2VzIA1bBgx0"
    "ih6a4pllr2XtFgWkXdCFkM/BmhOzb4V3l4955uOi3w2G/dtgdtN2GyL0TTm9RI6Tt+91vN"
    "Tgxnb5vixDlKJnBei3PB8p4Uk4U5QsVRUl+oQNMaTxC0mCO9Yk3FCcWqWruqhG42/dgWul"
    "mhm13PA8fTW/KhGqERqIoUQ8KFtVg6oOp2KYYCj9AtgS1d2ts4sJGdUORuKojla59O1z3j"
    "pePqOAfIsvB/TJ0pq1k1k+KUZPk2wyRZtKYfSeFI8122pnNkfgE6MvC0hAowoPpKnJ1lE2"
    "izGbBVMmEBVAGtIQks21CJEzVIUYzuqNsdp2YSes5tnannmPF2x5Ch51xVRD1OmmMRdf/K"
    "0VdRF3LrzyS3imrfotp3McYiK/OVUmiEzXltxU1R0zuDffJM8hn4Jc8LYD2fNCT1sekvzM"
    "IQMpKGEroW3y/gGY+QSQujPIO5pkg0bAyq5jvmeqrgfS5P527ySfzsN0Rvm8ggF2wVmq9I"
    "SvJQ+TxS8FfF4q90aJrjBTReObCN0OSn/WkcS+Sav1KSmKZX1o0QFaO0bqmqSguG9mdkaA"
    "tiMjj6I2RHbG2atpaTs91cV3sUPG0GTe1u2VrP/TuFuw15h2dkcscwRLLTckmJbAcRe0GA"
    "nMh5kK+abqoZDGNBetYDr70wHrJcCzGDjRjTdKW6MyDKUdF5GI+rHeo5XQmWh1MPkRSDTy"
    "ePLQ2fLkKY07eZ4+TTs4QwF4RPP/QAC9eegqIqXHuEa09xgeUVGHPzQInHyzIETEZIbQYh"
    "E0YJ1tpT+giLpQaSwMnIrs+mdaceCk3ER+qbfLR1cufqquHfoUGwYIYbkOpfztT9AiTyA/"
    "NeQcQc6cLzJvmHSeLrZrKxgOwAvsO9RuYCLUEu/2SZFrzQLJuOSLCUhaCdq6B9XDnbKmRW"
    "2zqnbFLpt/751O637q6B4S6YkfrQ/LX19HgNQj0ePDObKEZSymIkhUNZZNY8ssyaEj5q+R"
    "UYAZWInyyOTTGprAjYoE1O4YA6x3NYR6rkusHyHMSPre5du/v1Grj0JElqt3VN+c+NjuBs"
    "a23FUkusNPwmmyy1gEystSKvNTpQvDWeIkQlSCOaQ6EnV2DcpCZQklJUBRJVgYRdw1kchw"
    "gEL/lSOoyxqOSgClvRrlAVtqL8bUX5RysXbDvYPlgZvwHoPnU6hzbCHSmw6Ta4ANgDGuFI"
    "GtY065ubojWD2c3PDJvN6nbrJ6ZcyIoimwijKJkkNtu1ZFXd8CInnaU2hQrAnV/T4KEJNB"
    "EJQSK15pUlMO2FSZtZmi5PwQKaFjKWSRNbTs/MliOTvBwGK2lJi2xv5GkV3OQP569qeJUK"
    "81qu5jV3aifFsxRFA2RVKonIZMd7RrMQJDJVjHH05mzGmeg1F+wiS0kgsroeOKuryNy2j3"
    "kt3Dv3gaoQ2XeFqhDZhXtncYEVmdt+tsxtQyJvVhjyunOjmklYt/y2awX1nooAUi1jSYRf"
    "Igi7b+YKvhb8oanaYkndVs/qcGRfQnTq/X31eXpRBfjaxWkD/5pM8LXGpEH+vprWyR2nXf"
    "18VsM/aqe1BqN69mFeQaQjKZb8Tf9PwJpu6ffa78bIf1ho9+5LaTBMzyvcKA2Wvfl4Bcmd"
    "sd2yOcabqfzGmKgrA3QjdDnG6HqT+GhjdIXrRPrcLpfrxFZpRnbHfjWdkvAsBsy7tZIFe8"
    "XfpCDpBY1hqPlaLqyJWZPGZeMMnJBgHqDjsV3gHqv49WjNr9MPTko2rzw9eEOGSat6yWpw"
    "UTMkZCT5q113zjSAeO3c6UALHYlCYYdN8OYNQ3ZowyRCRcQ4kJwlw4FoQCDwZKmH4QQpPG"
    "y/T1DCgJTzLGFq5+lhaueJMLU55hG8FO1RhNOTnIRpipHlpFTZCC30g8HMDvHVlAgst30p"
    "5vsqJrX1r+FqsH0etdPrfvWax0cgHiPicCV8lpIYldi419tKwuzflrrnu1BXRwZyVu1zbI"
    "IVSf/so8+QgMIjk0UECk+KbJpoV/Jw5BEDvdhOVexPoAlU9A5sXdGg5KmJTfx2gAaoAtMm"
    "VT8Q7pHemdqGQWUWFbHVzXt6jtApF0sCKl648yHVynuIHcMvMU4TiVYF6YWpShelt5e4ct"
    "k0bT6UAwqBcBaEFfTGKYp6BKXDt54F3no6uvUEuGg2Q9QCMvY8Y7M62iYpt/S5LWaUQUaX"
    "26InIEicb5WRfXk+OSXm+Isp0UOffsb/1i+uOGdy5fap3291h9cgrcOR2m99bw9I7qCRXZ"
    "dmtZF9MUOIOAXAGrn52Gp2wnfr6POMOgvU4jxiljVylWGJXKWukKv4AnmTTXkiK7LF8ELP"
    "NrjRHnLck4iLRWNK0pqdnvKO6uPTTad9S8fE72OkYs6u1e82O871q/rI/nyKroowSo7cwM"
    "Gqhyjy0yOcFZpfTyR54nX9iJGV7vit1etZWPV6PZ1VJ/eYWM+hOd8Aa4+sdFg3LjJA3bhI"
    "RZrcigL97jjhcencwzRC575znbujz6F5Sji27hiVSB2Q3MDzrhq5Hs7jU18Jb6efz9tJlC"
    "cr86h7GK0qT+ZbEvjTbrFIxeG01kQZgS1fO2XBgM5qpmRNNO78FqGCO45HJCu82aW8/7WP"
    "FJjigJZ0wzyy3SwN9v/u0557j5BEeqow7Ln+veoqe+5Es8azcMu1ltyRLV2dS/jf6YX0S+"
    "gHTVxP8tc7dZSq4F225iR3vV98GO/3Jit7/k56FNbZYlln8eOIdoyud+YJmK6VYJDmp9E+"
    "VsWEV2eYB+gwTSk80OKGrmyWrlWmroSty9mLkiin+/gFFCXQr+Xt4zdHij6zGZbblSFZIS"
    "pRNDF7QJZznPLsIAFFCeZ2DrvHVLYgdwn5CJFQIO9egWzyZlsJUQjZXCiOheL4QEgfpwax"
    "4FGyT6rDsSLpn558wFAvMFpV1ykabJ9mHBY9skTQeu2ddJ6aBQgRnghIAiSWlRTSI3d89/"
    "SPNOUnLZsHLA0Y6E1G76zo2d11LDQQxdJACIk4H54Wf6eR4teWCrKRtxtbPjLD2WlW3+WV"
    "zssJiIVgtlfdGS11IyGVVfPxXtHgqgo5PlkM5xmh2xfSp5/2lVRnlcNy7+mm0wKP/dZte9"
    "B25TCfZ6I3owqGfqvZSSJ9BFrhEk1tIdsK2bbAaGKBSVPeEAPPlfrdMNneFLwJXP15e7QK"
    "XqFKEKqEXBNuIUOeziusfFvOneoqlQEM2qzTEKSPs5DKiyWVpwbZpHN+6VE2ZZDJ9xIPQh"
    "YVB8Ju8xKiu5dgYvxEi5kOZYUNLyDJ34J3GMP0zmx1Bz3M/vv/Ab7xPOI="
)
