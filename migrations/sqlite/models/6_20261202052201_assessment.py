from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "assessment_indicator_set" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "indicators" JSON NOT NULL,
    "rules" JSON NOT NULL,
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL
) /* One version of the 12 indicators (weights, targets) and the colour rules; frozen once a period uses it. */;
        CREATE TABLE IF NOT EXISTS "assessment_period" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(10) NOT NULL UNIQUE,
    "kind" VARCHAR(10) NOT NULL,
    "first_day" DATE NOT NULL,
    "last_day" DATE NOT NULL,
    "status" VARCHAR(10) NOT NULL /* OPEN: open\nCLOSED: closed */,
    "opened_at" TIMESTAMP NOT NULL,
    "closed_at" TIMESTAMP,
    "closed_by_id" INT,
    "indicator_set_id" INT NOT NULL REFERENCES "assessment_indicator_set" ("id") ON DELETE RESTRICT
) /* A month ("2026-09") or quarter ("2026-Q3"), scored with the set in force when it was opened. */;
        CREATE TABLE IF NOT EXISTS "assessment_run" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "sources" JSON NOT NULL,
    "until" DATE,
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "org_id" INT NOT NULL REFERENCES "organization" ("id") ON DELETE RESTRICT,
    "period_id" INT NOT NULL REFERENCES "assessment_period" ("id") ON DELETE CASCADE
) /* One computation of every indicator for every org of a subtree in a period. */;
CREATE INDEX IF NOT EXISTS "idx_assessment__period__eaed49" ON "assessment_run" ("period_id", "org_id");
        CREATE TABLE IF NOT EXISTS "assessment_result" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "period_id" INT NOT NULL,
    "org_id" INT NOT NULL,
    "org_name" VARCHAR(100) NOT NULL,
    "parent_id" INT,
    "total" REAL,
    "rank" INT,
    "siblings" INT NOT NULL,
    "meets_standard" INT NOT NULL,
    "colour" VARCHAR(10) NOT NULL /* RED_FLAG: red_flag\nYELLOW: yellow\nNORMAL: normal */,
    "reasons" JSON NOT NULL,
    "reward" VARCHAR(40) NOT NULL,
    "dimensions" JSON NOT NULL,
    "indicators" JSON NOT NULL,
    "ticket_id" INT,
    "escalated_to_id" INT,
    "interview" JSON NOT NULL,
    "run_id" INT NOT NULL REFERENCES "assessment_run" ("id") ON DELETE CASCADE
) /* One org's outcome in a run: the 12 values with their inputs, scores, rank and colour. */;
CREATE INDEX IF NOT EXISTS "idx_assessment__period__36f910" ON "assessment_result" ("period_id");
CREATE INDEX IF NOT EXISTS "idx_assessment__org_id_7287a7" ON "assessment_result" ("org_id");
CREATE INDEX IF NOT EXISTS "idx_assessment__run_id_3150a7" ON "assessment_result" ("run_id", "org_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "assessment_run";
        DROP TABLE IF EXISTS "assessment_period";
        DROP TABLE IF EXISTS "assessment_result";
        DROP TABLE IF EXISTS "assessment_indicator_set";"""


MODELS_STATE = (
    "eJztfWtz2si29l/p4st26pCMjY3jkLdOFbZxwhkMHoznsoddpEGN0baQNLrYYc7Z//3tbt"
    "2lFqi5CEnpL4mRerWkp2/rvv63ttQkpJgf7tFyioxaC/xvTYVLhP+I3amDGtT14Dq5YMGp"
    "4jQN2kxNy4AzC1+dQ8VE+JKEzJkh65asqaRtGzxAw1oBhwacaAbA7eVX2bTeAd1A7+Wlrh"
    "kWksB0BaAKNOMZQGkpqx9I/5I2ww+Q1efdu7JV+S8bTSztGVkL+u1//gtfllUJfUcm+fln"
    "DVNMZIm0pqj8izTQXyZzGSlSBCynEb0+sVY6vdZVrTvakLz3dDLTFHupBo31lbXQVL+1rF"
    "rk6jNSkQHxO+NrlmETAFVbUVykPUyddw+aOC8dopHQHNoKGQZC7bxAcK02mfQHo8ljZzSZ"
    "1BJD5FGEoHYvzTSVDC9+VZN+/TN5hfeNs4uPF1fnlxdXuAl9Tf/Kx/84jw6AcQgpPP1R7T"
    "/0PrSg04KiHoBK/0/AerOABhtXr30MWfzKcWQ9HNdB610IsA1mdB7gLuH3iYLUZ2uBfzZP"
    "1yD5a3t487U9PGmeviMP1PACdNZl373ToLcI2AG4OoaIC12fYD/wHnfmRsBtZAG3kQ5uIw"
    "GuaUHLNtnodlR7SRHu4leC6gwlkA6o85vJtTnuoMYHd+3uqdfDnWHKsfowHFy3R91Bvz38"
    "o4V3X20KSTNorMZq+2bU/bX7OGr5+3N8Lz/OMOmaaTFG6X8eB/2UNeARxAZGkmcW+D+guF"
    "92kAH6f3NbnRFIwdSWFUtWzQ/kef/NOWiZ18gasAlApOelaf6lhEE+uW//Hsf/pje4ppBh"
    "7J4N2gvt4Do2GP/WZBVJE2glB+QWY8kekAhRfFAwlSUv0QfyR4ZhcTegohwAa/C/bY86Mf"
    "Rkc0LXFmNLv9Y0BUE1hRcJ08UAnGLCQ01nb7fPF7jrwaAXmbjX3VFsuj7dX3eGJ2d0FuNG"
    "soXCzEoA+MxABJLU+UpmHhvyKOW6SUv+KCPrgj9QGqjKyh3nNQMy6t53Hkft+4fIqJD5Te"
    "406NVV7OrJZWyL8TsBv3VHXwH5Cf456Hfiu47fbvTPGnknaFvaRNXeJlAKMSDeVQ+1yKjb"
    "urTlqEcpxagXZdQ9jELD7r59MOqBGJhRwgsINkt5ZRjaPQh6RHSevzDlPIxWEts7zUDys/"
    "ozWiWY5RimrqJiYDxDVf6bcp0lxPg/3hzyrgY7kgHffJVDaGphCPCHI+eAGuI5PuzeYKQJ"
    "0FM4e3mDhjRJQdxExqs8QxNdo49Psgwu/d3PQ6T4iLJxf3T6etCyze1iclkJ2CPrf4nwpq"
    "w+473bQqpEpuGOmLVpR6iM23wmwGaabZgIN1rqeILiJ+yI1w3t78bvrqq4KUh6dhSp22PV"
    "o310VMtYVRcm08QfrhsaOeR3nFs92tlDqK8qQvaXLf9N96+lvuuG/wvuqu30VFW0TMuWVh"
    "NompgDWaLdj0jSXdvvrdqoSXC1D7huYaW2L8KVaQ0txI1F+LTorZC8aa47DgYqGmn4n82Q"
    "Prn9VIQ5I9gtG8sYmkuowmf6lqQ7QswSDRg2zrjokG7p1OItM9g7VdwN0ObAWiBqgrQMhD"
    "6Abzq0Ft+AbNLrSzwmhgwV2UQSIHfAuPbT2U8XP336aVwDNrk61wxg2lNCDfDoGDIyWSbR"
    "Az+NYTX9s6ZDw93WAjNpyI4qrKbCanoUw97ZaRaTEW6VajOi96KK3xf8adta9jzaImNdux"
    "nc33dHo06nBbAAt5Qxq4fG6pdOvzNs9ybXw3b/5msLOC+rTKYG/tLFWPWue7+/DAdPD7iZ"
    "odl6Max9RHNCEd9y8ML0ORpmx3bz7OPl2L5A0iWvgfbL4NfOsH/f6Y9aYGxffjyHtLfzsY"
    "ovdYYPw+5jh9y5mJ+ekSecwbE6fMLDTC42zz7NCFHzbKySOfHU747+IDc+fjpH+PY57k19"
    "vPk6GDjNp5f4LS+vGrh5v/PbpHMz6A/uKcEFalzgW83p6Vi97fw6IWpaSjI/PSUdSWdedw"
    "9P173uzaTbfxx1R0/EnOzQX03d18Ptmk3ywhfSWB2MvnaGzqtGEOLeJjLtEms2ifhUM9Cz"
    "yyBk3YUDihyn1qFMxznswoRr4cHXa38odBMcRO2nfNBtNJtZNspmM32nJPei6EpIZ8Gbyp"
    "v57fMzd5wWmj0ThnlhmC8gd1xOE60wzP+Io57FMO8oHvhs8xGarc6rgmnJDmydD5Q7+Rro"
    "C4ZyVvt8ZHrtYKJ3ghp21KQHwRsl27OyWZkXsiJhtHfDqJrTMno4mjvPpIoZEMLooFdZQn"
    "jnwstQ2dWxo+P2dYe7quqyM22duPyYmGey5NkL2tU6OqKdVHRy5YtQKecT/h7cx44QDWkn"
    "VYXoiP56pcTLddjbmXtCVZ5UjpPeXjzzKrp5QxPjYxKXnYlh7+rDOLQr5ba4pUMLsSgSPE"
    "1keWtrV98WzMDfOL0+Bp1WcDYqCBoqcUN2sVszH7nA67n9Poa6rQh8nH5CQzQ3kLkYaS+I"
    "6ScUuV9f5ydkOC0nlt90s6OQCmTTtJEEXGJAiT+ArgXeNOPFBBoWLMDJN+KfM4HWt3efAc"
    "RtdQWuiMMPdBx3NBXhi6+Y1ASyZYK3haYg8G0Ol7Ky+hY3j+bz1LF6gl6RsXL6dryToAWI"
    "P+R7WX33AfyMdAvIKnVOIo4tU2giYGpOMwiGSJJNMFds/HqagR9kWtCwiI/SM+atgapZC/"
    "w5GbM6cHkjXcvPP4pD0qdG4/z8Y+P0/PKqefHxY/Pq1FckJm+t0yhed78QpWI9rBPe7Lb0"
    "b0vmsee6zSuXi+C8kcGae95INeaSW1F7mLMGebANKHKzlpcYX2f73MLwFCGsoN2pvHampH"
    "kRfddl3N0WoxylzGeY81xeVRpll8fhtiCb+1zGxeStKzG+Doe6zRBHKcUoF3mUibWLzyUg"
    "RCHi9Td7BLCDkrj9ATKaFIsGblZHgNCkirgB3LQfb9q3nXVeAFy6NU4dB0WdodvwRiNdp4"
    "HvTLyhzxL3RBAiWgA4m2m2aoETQkyeCv4L6NA03zRDekfkeQh+QzdE0icNwImmI1WW3n0O"
    "XzXBEq7AFA85sDRM4HhHsOKfcnrqnvUMP4qS4WBRT94o88i5YZqtJN34IV4gPcLlRQY59/"
    "IiVc4lt+Ie987imSygyel6HyPcC9bHPmIP74Tv7Eg8SAcUYjpvms74KzVOeEMk1ZvC+0fY"
    "0JStY+082mIHSnZH3X92+i0wky35b6SO1fsOCVJouYzCWMWizN1dC+CPnM/H6mD4ZdK+ve"
    "9iChJLSFNR4zZPD52he5m6VtHrcc4m0y6095BJSTaJoWfCe7LG6SoX07b/fMwiTijnOCEF"
    "mtZE0Z5ldQt9UIJYqISKrBISMWHp+1o5o4OyxITlnbazYAt435GsDlPDh2iEZi+gll6LsU"
    "axepREqAWbtVnVq3vJgxpx09rVvzPmHFayc4DD0TO+JSRx8/wPM87YzGFqhdoMss7UyB4Y"
    "maz4DUD/qdeLTdad9PttW5ItJ/snQ8sfultfq+sn7SbIb7hR3f/bQgOSLIE3oju3NPy/PF"
    "sAA800Q6rjX0gFUJXA3NCW5JeBPoC2riNVeq9h3iOpyN9Df8IVsKSugHiiacaE34yboDsQ"
    "F1c2jiMS0kAxSlfNrUM2f6VcTtqc/SvO4MxjFjggPnACqCpp7y1IXL8djDhAjpEVWbtcGP"
    "9WFzM+U0mEqHL7xf7nc/FUFWU+5CRkQVlJople2C2gKEZlN/LYylR2k3WercNpLfaMzfZV"
    "hD/S5N2Zo1QC5o0wl8t2kOu2XS3TQUIxexwHzUgKGYYKJ55iJl2JE0lsk0mNkz70wt+xWP"
    "6OfmBxZo7cIxAhkxtFnvQU72xsy5DWfUtw958bm2xGvP5EYZoqgpxJAXW2RgN1llRB4Sda"
    "JNMGr44kTldFvA+RkdyU/2bgnHrQec1FwBFDgDcXsNG85Jm1AUUF5+shnPmLlT6/ar77tq"
    "5oUMKy33S1hSErhVpsFYytwsdqm8zfEdIKOveVRCLP5MMpinDvvnCK5ntWNIxzcD47pOrI"
    "zRPLUBoFGWTX5SybWfJcntHBc1P7ZtIa1dogQgscWkDC0ZAEpitgakuSz8s2SCoxSAo2SQ"
    "iN7avp7AI46V+BpUlwVQdQBUHWRfDmZKYDCilY+I4V7pvfg5mVD52ufVnJ/YmnRrwG4p+h"
    "OYMXkWWbNdziT+/vugf/aiLhh+AD6V9Cn5anPi02kJnFjihZBdnj8yyi8nm6pHyeFJT9RZ"
    "IAep2PXYSsSid6Lt524YzkFp/zl09QwdndyKQJaqzRBDUYmiB7uYQGI+XeCH1Pm9wBSQVM"
    "suvEjs7vo4jEkXAw8KWO3qD/xWse9zqIAe4fosk5vTnWOKDOEXriquymKuYJOX7o9G+7/S"
    "8t4NKP1WHnZtS9+4NedFkIev2m3etdt29+boEZVBTCX+JrvcFj5xZfUTQTSWO1/fDQafco"
    "KWYLEVS8Nzq6/yQJINZMyPDhyTamYfoCx+rXuvf3ndsuFq9bQF4ukSTjNyI1Utu3eFjwRQ"
    "lBCY8Kvtb5/aHXJjHi6LuuwKIEiMsmjfFmHeUbgpZ9shxjlv0rpQ1aJsYZLIpNltB8YaG+"
    "3qwTpazAQXPo6V0u3x+hWqxvp1p8RUZI8uYc6QSxGOxCD3ZMz8I52klqMdyFHm66POWt9v"
    "AYqUjxUeRxJlIOsZhiQWeb4zpBLUa7yKONu9KU1y1TOUdIxTgXeZwdTcU2CzpMKMa4yGNM"
    "F6TNjpdN15hGqSogy+atNJXNiYY5HMzI8itvQoRCfcOhvnFxm5gWfOaywSQIKzDhD+1ojt"
    "8KKluqb+K04gQp8gniGC8muoFeJ+tsQeyxZlNXboEdIMmFAxweSPLa/IgHhJUD+wBhM5qi"
    "aG+2vhbuzYYxRjdFto89tkfdx7suMVqa0JJNoo4Zq9ftx+5NC0yhKc/G6lM/1MpW/Xa1Qi"
    "wSH/ApXw2+KJlYINkXCP9pHyMVh32RD3tbl7Zk6qKUFdTblzQgnzHsieLXAUOO23B5wDIo"
    "RXZfhmgqwit2xlOEV+QUXpG2M+QPccF2hawIMzbFLJlpUyY3ekXk+QnwedInOxEqHdJThW"
    "Y2I3vyvsN9HMhSY358RLMG/iCfYGPcz0BF+Cuhaso0+kYzgKpZCOA/oRuK0wJvC83J11un"
    "uXzJv6sPoI+fYgAkyXiE60Clv5zZJyWjfA73mM1Zbf6sOU9wF4kX2SMCc/IKzCliJtWjBi"
    "zsXUFhaMsttKYxssopKPYPND5p+WGOEAmQN+ukC547vHQyTYmTh5sr00LLcs9k3kxZUarK"
    "bRj7r7vnAMat/YiTie0iuV0QLj0JabpLj9e+ArM2b2cekfG6UBmvRdzQViuj2DaJpCkqoh"
    "rIeHBEaITmfLPmPEhEs6NmN8iBUzKAsyp1I1Mros69aT/etG87x8pL1HmFik21izf4Qo2Z"
    "1DrSor4+rbXXFkMiZUtsXWsD0hZocwCBrmEMPwBiKAXWAgEDqpK2BLIEZBOYmK9D0md6w8"
    "TzC8veBiI3SO2xpW7jWeNUHaMNEN6vLVZeogM/TaTjLpaW0uAswrDP6gsFSsV9dpnFqyd+"
    "ZIe8ei7j4hn+apSSBYINrU9QASni0LIv+q7LmB3axj86QikcporMpRroVXvZMlQuTClGud"
    "ijrCtw5uQM5jrik4RCl8VIvOLK5bzoJugEuOngCnVJVVw602osRXLQE8GIbzWFSYTuZLPu"
    "hOK1B9XJIzJe5Rl60MqJclYFSnh6FUl/MjCeb7QlSUz8iCzL+dKECiXZqJ5Zi0LJJmaIbr"
    "NChThiPf/DBLOFhqcG0XXQquxuZyZ41oBuTxV59hnIFskvqMjIJKXcZXzTtKeWgRCwVQWZ"
    "JoBA0d6QQXoE+C1M2kZ7UxmaldweK1QsxVKx6Boe1JQYqs1xbwF1jnqBhYbfEyoKp36g9n"
    "XQu520e70W8HoYqw9P173u49fJU/+u1/7yhcS60XluLia2Olfg83NRIt68MBteVjlBJ1hl"
    "VrkTEf1ULVY5S/TT0YNzSn+yJJhkHk5uQxjPQEUjDf+TUxDPUcdixxAeNiO9E3M8hGkcsX"
    "snKxtswOzcLwlJcNp/ACNq1LMwHylj7pGY+SB4QSskgQU0F5/BNxP99Q0s4QvhQ3FbHRnv"
    "JbgCirwkHCogHM8UmggEoGJ+VWPHQeTxUGalE1+UpE+dkKfQF4SUqcJPW1vyhDT7F6l3Eh"
    "ax/IvRLv0mfJEW62pHVIzHzqViRDonTmzbnFrQgEIwdYxylzPNYHhKPi4x559eD8UjqpIi"
    "7Lzx8dJHk/xYB+TjPZaRGAVO4DMjxCLdE9JrXww/SPK8yvhBavQNJ6/IMJlBXOtneJI6v6"
    "l+Vvx57qq8kqime1iHSCrgHpG3k7WvJ92p3EyylxyHQtVUxDkctf6AVCIhlL4WKqR9IvmY"
    "vnZ6+MICfzWpR/M/nZsRaWCgf6OZtZ1Wav/pgTzYQ6qyGP+4Luclg1okvtyibom+cCdgVn"
    "euBGGBs5UVJnQsKk9ldkqMSmHVi50+b2QA+ryRXsqwwQb6BX/dtqdBtIcig16775DF3gJL"
    "tJwiY6zedEfdf3b6LTCTLflvpI7VNj4q/rgfPD22AMTnxWqp2eZYfRy17+5aAAMwnxfjLH"
    "CVFknteUqoFGQZjiIq8+IM0z42fqLyjouo6C9uAdUhETx7WHFlTtD3mWJL3BxIjFJwHxzc"
    "hwfcxEDQ5EsmwiCtgOSUQxFU4dO3zaQvuGEy6cR3dMvksTnMPauChVOkcIosliU31SmSnY"
    "5RJLrcZ6LL4/ibRmY2w7Aen/mZzOv+sttsXX/UlshaYIBJ+CwyMN8FZlCl9m5wMravprOL"
    "sX2B5h/HdnM6/4SvzC7P3mGhE7zhAdfe6oAcc3VgIbisA5IP7lW2ViRxIHSl13+YYGx//H"
    "QOMe356TnuZ/bpY9LifswXYVrh3dVFxyNubxfuqHm6o/ImZso/JVNuerWzTPLD2Rr54Ywh"
    "P2A0njVja4ffMH2OEpuz7nlNLL91+7eD31rurjFWHwaPoxbdO8bqqNO+b9EdZKy2b0bdX7"
    "ujP1r+XjJW7we3nd7EoaA78ITQbaNo278iOvyZHGslRlY5gfs804I5X7NgzpMLRjYndFJs"
    "Uc4toMtRreQdBqXVKgkNR/p0L6crdpaoRYdt45PQIzTCAU4UnxDFJ0oskyd3gz2Ae+93VK"
    "6dICuqkS1wh1ITxJN4x0oTyVxjFZnJcdcE3MeOUAURFFWB6JBqs7ZlIfy5qMZQmfn36uvU"
    "ZTo0rJUEV5gzDDXPEouNvuvU2Q54lJ9pPrn3slon4SEyKaGBeUkAVYnGg8xlFSpuY7IzAc"
    "cdEShYEAALZCBm6PVhnsLUdC0R8uaeu8kKfZfQdxVC37X/RGxYBn/VvOnOJ7sHdMIlhEN4"
    "J9sWlsBldQvxPU4rEqMV2UPBHS3NtrYf6oBYjHWRx9rhQSYmwt8oMXjfdH1CgjA/vcJpoT"
    "mC0ELaKexlx3CXvOqNd7/0O7eTbr8F/F1+rA76vS6JgXFmyVjtddq/4p/4XH7Fv9rXj53+"
    "qAUwn45UC9/FKwHfdL2CuY1pWZzUz9Kd1M8STuokCNzWd4xaSnRSoqCl9qMzrHiITGdUx+"
    "otvS95PR/dJd3Fl10yJZ3LjpFVzlLWzGQpa66xlDWTljIXNDL4W7AESWrBExSZJ3AVCbwW"
    "mzCRsDEw2IHjGMKqiOoay01IC7azgQFVTJdbT5gYwmuWnXbouLab8iKbZrw5tqfqNVQUje"
    "mj6t6pZ1K3T4PGG5XtowW0fPdN8Io5L+kz+OakI/1GsjGRVwRz6uPpVGwBTvfgxClA7dR8"
    "IRWrSRJTE9GC1e+S+vZDPiglxZOTqjIYbqFyP6bKXZywh+BbnAXEAWlAIFx3WAFLisIbr+"
    "RTiAmaJVxJYRRA4mZSHtxuSgZu9iglf1IVKXN7j6gIhwhDaTK5lMj9bLwK1TpmY1VIhAqN"
    "TTm9+EiUXy+YG5iuAp5iijD3gJzachbuvw4kNJMlp1VQcQ4aTsgKTb0OoLSUGYnZD/ysbD"
    "4CgmcRPEvKrlU+kIXvRS6+F/w5IY6RCiJHgA+gcT+q6XA7+4aOVMk9W3jsTg+d/m23/6UF"
    "XPqx2n54GA5+pdYnXTe0V0ST5N09PTo58ua2WZQUee6BPJkygu5SN+8okZCQkrs3QYgkMO"
    "U27iUIK2feO0jmGW9G8pv2opTCrFdks56IvktfY1WOvhPG3H2dUcLsmJvZ8TjKJw97ht4p"
    "NCwZVE6h6ZCtNIpLQKrzkfwop5/wv/MzSP8+pZoi5CRBIVfOp2P709Wnq7HdPGviNpdN1K"
    "zTbNJENaSppCmJPDRpsBK7LMqhH7i5GGC42glVcNHi6HwlTIT2aWftk7MWKURMTjuDp2Os"
    "jyLL+LXrYbt/83XSfnzs3F/3/miBqYE/ajGBpomWU2U1Vt0WN4P7++5o1On4TUhKc9myEB"
    "qrX4aDp4fJfQcf70R0fTY0W/cW/Vh9aA9Hf0x6nZvR0xCT010Bs/AzyzYw7ehr574zuW3j"
    "Z+OVsUQTvGGM1V73rhN0qMhzFN5Ejp+YxJIthUsW8wmKPB22lMIOkr+HTgYuhD0CIeVmkX"
    "Lxka9KMAlwep2bgEJUuomIO/uodDOzDYMUiJAttOQ42ONkIuqEEXXi8lIJVDeEboUJ85Hy"
    "j1CIsehCfSZdDt6XthnhEFkFtThVGuClm2hjK37cpc2RLdDmcxLoxWv7iYeJDe7u3AtOf2"
    "P16x/Xwy4plbSaGnJBrD66AlnucOmMmk8gGLUsjNqrLCFtYhsMJ650jCNElcP5h7QxJ5iD"
    "mmTAucW7ydwO23ejFqC0afXYel0aniqT6NRO/5bcJdla8B2CX9cxRhuzBW6w3Sa09xhVQ9"
    "OWk5miubbw6AiuTYERoxRJMLbIYMll8I8SCYM/wyXaW4lb8LRxWmGELjJfS2XMrcY5SilG"
    "ucijTM/O7eRTMcKlGGGPGdpikGOkYpyLPM4GWspbLuYYqRjnYo/zTDO2HecIqRjnIo+zcA"
    "JMHeYKOwHaurTlqEcpxagXZdQZiz2R0FrUCNhdS7HG5VPUCNhnjYB0h8+Q0OHm0N4xR3s4"
    "s3hF4I6sexrvvCNG8TDrKuKkLzRL2xGnB9JHZQHSFGVXfKqVRIGvGkLInC+rtrVuTQ5UNN"
    "LwP5sRvQ+6KqUYxcaUx0nfBYDlpB9gk8VJP9Q6Q2YIxz3+agoR+Xd6Orab82azRd3fdWR4"
    "HvWsRA88pJsd54WHfJ4e8gu3NmRWRwSvfQV9EPafSIBqjhgZBdelEghoBMQbIbY0XZ4xzp"
    "10p+eAQjg9RwT9fTg941sYaPKWXGMSIxMDs/eBIQkDGEMyQt9Tjk+foAKb0DqdV+f30Xqw"
    "fZVXb9D/4jWPj0AUbE+pyOVFEyUSXjRJLxqh5U2Hurpa3sIE+JdeCkjoenmC0DOkAvBk/M"
    "MnAjjqUBwsDcBOof19zSI5aRlKA/dOPZPOQA0aZykyKavvcafAoQKWRiV+N7/jiReC73sw"
    "1oHrM2HUnVI5XsbHOhjbV1eXzbHdnF5eMjJfH/ZRWWL5IykJyW4rgvlFKsnygnz887XizO"
    "oL/g4evY/XvoLZBESyhvIla5hqEkN4TQfYa18BbUEOkWke/5AAeJMnIhReiMUTWYUXYvU1"
    "FWleiDvJ1PuT/hw3DYbw5/tvZJD9dL/tZtHPz69GiT4DExmvSAI2kbhIrn5bfbaRaZJnYF"
    "ntBTGytG3Zh7AfF0sooyPDxYt5BPvhFY4LboRXuMjCKlykcwoXyVQMEHfMga3XvoJsbqPZ"
    "zCJGNJvpcgS5F4t31lSLZFuiQHHgHKerIN77n8ym/DdPlS2vufDVZqgX3mSJtTOkgum3F2"
    "gy0Fwg+XnB4NVT4QwIBJ6sNBJQ95w8M++oAUnldAgH0dDYuqJB7uIcMSqhuU3PgSKE96oL"
    "70UwgxRuiEUdgdI6EOSnbiJRLyxtkxsNk0XZ5DXNoGsibUmyflLxGsgqLQ5JcpkBkurrA3"
    "gMl7o2wQtCOsm4uAIWviIjE5yQ9xrhH6t3AKpO/WtaPZullDrsw4T2qljaKxoAyMmqhmkq"
    "KPgfJOelpnM7hYdIhEN4hIvah0O4bE6c+rrJIVmbXTFCJ3IrcuRWxMgFcQ78qEdpBfJ8yG"
    "s6y0ixCXOPKke0vcO1tGDjeUremmOjDyiKsc+Tx1ZmnxfajHS2p7raDCf98TaDHiYUTkZF"
    "djISGiuhsaqUxirkfepoVxgMG0dqlmvaSYXQjrpAO+qm3SDyVVVVQunQik8HsBTtp49mBh"
    "Wo5bfdqAMdLRAwbFUl3nIzzVYtUteU1iWlTcgvSDWXn4GsYsZtiVQ8kABa2lKekcckNZ37"
    "6ZKhz/yz5ul2nZ6cKCmh4TyShlNLMcWnZ0lMM8T/uOxB1GXMVnlcRfz2opJfoiwG3if42N"
    "cQhZicm3lXbyPekXGtWJK7ONcamlSFMrJiWRHhcXnUocpkN8L3s3EcukuSjekgZdSJ5fM9"
    "sXxiHkFV0SxgDZzA2hb4tyarmC8Y242zTw2goLn1AQxekaFA3QTQIDHaBv4+8LZAqsNoMJ"
    "PIHfph2WK8w+JLEDnMF+Z9LT//KEzLp0bj/Pxj4/T88qp58fFj8+rU38CSt9btZNfdL2Qz"
    "q4d1KdmLuxdQA1I+DrIEYfalO5rDqDpb1xYq2QhhBdXwVdLJmgip29T+CsjEABd6gAnLsc"
    "UAh8iEUaVo41uQGN4bzTZMVGNw+u6dtTy+gqBBdHl40vmNM7hWOq0Jk60g08Tj+hloxjPo"
    "P/V6mJeGKuaqwbOiTaHiNT0xbR1PTmkpq+/qAL8GAq+yKTtButRbEnfwDxOY9tQyEGK5WO"
    "bz0Cwcf1Dk1y3gIDI65Rs8LBK5HDhMyLSXS2gwQoTSU7+GSCoQirXudDpE8leRkbpo/k+S"
    "bE0W5BxhcG1oJi+hkuoAFSGNj45D+8Hto2zK/DUDcdu56d63eyeX9UbM3S8c9x3FGdqS7K"
    "kWs078ME0xpn6lXP8C5iZ5unZUe5nQ/kdPAZ86x0NAMuDc4sS/djts341agNKO1Yen6173"
    "8WvnthVkAx2rBM3ur+SiV543zpdmOqEbWQ7oRvr53EgmoHhFxsQ2GGaaddknQkQVOKJzyL"
    "jmObNOV3x6zQSdiJhm2HG9dbaFZiROK9QjRVOPCG/ybIuqut7kovBC1UadsdiPXl63YNt2"
    "FavrFgzirA46eymuO9OWOqZkRyHzOE072vgbv7sS7lqZPMxd3fxuYPVoJ1WFSDc0suHuBa"
    "OHUF9VxAqaJt7aiBf5jnA9Wra0avu9VWfbiylv8FdOJLjaB1q3UER4cFlhQ7t7qj02egJk"
    "tsxOZlG6TUbadLiYsReOI1aNokkNwSL64pgGTnewtxOZY7QVFJ/KKy4lpeQVXuccK8hrLp"
    "wl2UE2ZKvkU9WGaQSqwrH3WPHi3gG8c7i411HJAM4eLR6aWuzIm+SesAdgA3e6igIb2QmL"
    "FNJ0p9jmYkgr3NcYfHX4djaWek4oMrHRta6ElrpmIXW2AgZ9hhfw/GbIFno/RQs8rID22A"
    "IQt8GDgdwL4E22FsBayCaQJYD/VdErKVKi6wppY73JM4anYz6P3HNKyXSzM/MM2NLeXMGq"
    "HelCgHNtwhs5HCcTAcQiVXfVDVMFr7PVQ9IzMjqqZTAzgIRvZzvAFEqR7QQjIbLEZY72Ap"
    "wCxmP7sjm/BI6ronNkyJYJTMwBzNBnUhiZ8Fh19wKpijx/B5bwBZn4T52uAfBsQDxp8Cnj"
    "nlYWOzo3v0dvUGw5HZK/cJcJ/VasVDMVs4VXf65KL6EJ2WNpmi0cl4/ssXwcfaHntPyRw2"
    "k52Emy8sABRQUDUPZfqNmBi0/jFKERniSsDLtzninrNq/gfL28yDBfLy9S5yu5FYVWxUwI"
    "D7Ze+8o5YR+kCAC/mFZZ8awk4hiXU7DwrRcqDqHiEB7XYtS39LgW9tl97aDCPpuPffZYWl"
    "jqVMxUwHruxpl0r37jDJlSnNYtsESSDMGJZBvU83JiEtscUXw6vPM7UjuObFEkr3KsFclT"
    "gr7raEZUn14bsg2/Y2VJOfwDs2RIidiSTfSX0KXmq0slkGdH1W0tLIVxNlokmjl0opkX/G"
    "lsgDfnGvBoi4x17dfubWfQAq+yhLSx2n667eJfxChGfg1H3Zteh2QXsGSM1li9Hdw83Xf6"
    "JC+BNrO9QIXjJxwIDgiObSVKJLhMpm8lPqV5EzlEiCqnQzxIIoepJnEls/LaVwDdvDNZCd"
    "VT+kQvpxJCqJ5+xFHPonoSARf7YgrWqJ6EB3suHuwiPnur+GzLQkt91+DsX2z577bTU2WB"
    "EoHsIpD9CIHsAaR/4UWWDuZARSMN/5NtsVZo1m1lRfC39VRrQnjjz2xVmISPns3mhQdkuD"
    "WOAFQlX/U/Q4Ylz2m4D+aYwQlUFEd9T7ypTRtfwmygTDqpk5JJlvxsa7YJ5gb5m/heB7kG"
    "khaGnJ65wZnbNcKILAVHzVLgjflkydql1xS0ilNWxvKQS2mrcKU+Z02x1LJ3igZT6yGGyW"
    "Lgzwld2eBf5+E9eLrudcDDsHPTfey6CZN9IZrepEZK3/F72Gn3Yjh72xQnzlEygfNGnAuW"
    "96SYLEwJFUdJfaECTWsyRZBdFmnNmooTilW1cVUJ3Wz6sS10s0I3u5kHjqe35EM1QiNQFS"
    "mGhAtrsXRA9d1SDAUeoTsCW7m0t3FgIzuhyN1UEMvXIZ2uB8Zzz9VxPiKLlNBm6kxZzeqZ"
    "FKcky7cZJsmiNX1PCkeab7I1WyDzM9CRgaclVIAB1Rfi7CybQJvPga2SCQugCmgNSWDZhk"
    "qcqEGKYnRP3e45NZPQc+7qTL3AjLc7hgw9p6bhyaimeFbHSGNgTzHtoXYl/0q+Auv1YNCL"
    "SEjX3bjT2NP9dWd4chbLt5DkCoXcmj7lqyu35l1ApHp72U5ZrzbUGvHMxBkZL85KI8Uai6"
    "zMV0qhETbntRM3RU3vDPbJM8ln4Jc8L4DNfNKI1MemvzALQ8hIGkroWnw/g294hExaGOUb"
    "WGiKRMPGoGq+Ya6nDt4W8mzhJp/Ez35F9LaJDHLBVqH5gqQkD5XPIwV/VSz+SoemOVlC44"
    "UD2whNftqfy7JErvkrJYlpemXdCFExSutWqqq0YGh/RIa2ICaD0h8he2Jr07S1nJzt9rra"
    "UvC0GTS1+2VrPffvFO425B2ekcmdwBDJXsslJbIdROwFAXIi50G+arqZZjCMBelZD7z2wn"
    "jIci3EDDZiTNO16s6AKEdF53E8rvao53QlWB5OPURSDD6dPLYyfLoIYU7fZsrJp2cJYS4I"
    "n37sARauPQVFVbj2CNee4gLLKzDm5oESj5dlCJiMkNoMQiaMEmy0pwwRFksNJIGTsd2cz5"
    "pOPRSaiI/UN3lv6+TO1dWlf4cGwYI5bkCqfzlT9zOQyA/MewURc6QLz5vkHyaJr5vLxhKy"
    "A/iO9xqZC7QEufyTZVrwQrNsOiLBUhaCdq6CdrlyttXIrLZ1TtmkNuz88tQddm5bwHAXzF"
    "i9b//ceXpogVCPR8/MJoqRVLIYSeFQFpk1S5ZZU8JHLb8CI6AS8ZPFsSkmlRUBG7TNKRxQ"
    "53gO60iVXDdYnoP4odO/7fa/tIBLT5Kk9jstyn9udQRnW2trllpipeE32WapBWRirRV5rd"
    "GB4q3xFCGqQBrRHAo9uQLjNjWBkpSiKpCoCiTsGs7iOEYgeMWX0nGMRRUHVdiK9oWqsBXl"
    "byvKP1q5YNvB7sHK+A1A/6nXO7YRrqTAptvgAmCPaIQjaVjTrG9uitYMZjc/M2w2q9uNn5"
    "hyKSuKbCKMomSS2GzXklV3w4ucdJbaDCoAd96iwUNTaCISgkRqzSsrYNpLkzazNF2egSU0"
    "LWSskia2nJ6ZLUcmeTkMVtKSFtneyNNquMmfzl/18CoV5rVczWvu1E6KZymKBsiqVBKRyc"
    "p7RrMQJDJVjHH05mzGmeg1F+wiS0kgsroeOauryNx2iHkt3DsPgaoQ2feFqhDZhXtncYEV"
    "mdt+tMxtIyJv1hjyunOjnklYt/y2GwX1gYoAUi1jRYRfIgi7b+YKvhb8rqnackXdVs+acG"
    "x/hOjU+/vq0+yiDvC1i9NL/Gs6xdcup5fk76tZk9xx2jXP5w38o3HauGRUzz7OK4h0JMWS"
    "v+n/CVjTLf1e+/0Y+Y8L7cF9KQ2G6XmNG6XBsjeXV5DcG9stmxO8mcqvjIm6NkA3QpdjjK"
    "43iUsboytcJ9LndrVcJ3ZKM7I/9qurSvIMWprxiJgxS5H7a5kxEpNvmiROaSJ7RCRlbna2"
    "7BUZJo3vcbiiswbwOzLByRvm6BeWWcf8kYFZGPOdY67ADfEiwNwtMGyFpMOdG9rfCHeC+X"
    "0AiTFE1iRg43cDssXmxXJ6rmDAisWAucPOgWyIQiRLSpxdx2Voj306HT7SItiUkiinp/CI"
    "UhUji0elsu3R7Z9nRHyCYgxGJVOqcHt2x+mE36QQTn6gOBQOaSSUu4vyuDtWzn6gnZR3yH"
    "esm80prrloMQS1AMdMIpoeNN8om7XBUlOtBTgZ14g6+f3pp3GNJnL4y4aGhQz/xi/n+EYd"
    "0Ix3EniTMY2TG9vCEhXJ7IBFo7cFFpJkC7xBE2g6HnJGfu48HiiksWJJYy+I4Y6WLjy4zS"
    "unDN9/2Gh6Go0UZHNPnVFicOeyYVoTTlfKCNEP7VBJq+xyohem+aHBK2FsPjl/OUXN2uCh"
    "02/Rk3usYjHwkeTKmSmamwD2+FuAw1NsIRRFCIVMVDiZKCL60gm3jeQbJhT5F0owxtyqox"
    "iZ0Bwx/AjCBkE+eFmkwpl3szNvwga7o4dk3BBcMrSz+kmyplvEXXKI95lh92a0zl8ybBxg"
    "lUbi0Y8N7Sr5+x5UOTZEpvMRCeWYe6eeUTlmBM0zOS5oxvM/TKDZ1kxbIqJ5ggAPfMvzJn"
    "iFio1MXz0lG7iJbhOXAqq4wv+T0q3UrcBxKWC7KRzkKVnqjuCneCvBKUEoIjXzLVxHdbV8"
    "x2aE5lDnZflALlD91+rByesAEqappLbxAE4gOjSohx3XXhCmEeIJI0usZkGFwSMrGkyB1K"
    "eIwTknJOUDdJ3icfB03euAh2HnpvvYdV02fLmd3iSXAqfmYafdi7vIYMaDY756zcVUTU5V"
    "U54q+HkMoSI9vCFEkp/kfFYSQJcIWeaESL8SFkAYstq6OIckcY7BDv6V8kY7UDlkWwtGQJ"
    "2jBUPVjKWz8/PYMIad28ldr/2FZPmXJnMFPo/VPzq93uC3FlghRdHexmp/MLxv9/CABE84"
    "um3DQNDkLO4cIimGf2O1nE3RG3OXukUzGc+atCF5Y+9OkkP1waU+1KgcKtptHdeCuRW8mv"
    "CUrjdi25A3ChfJBNvyEqkmbzXzKFUx5nylfHqF33shh8WSZy+8xpwIjWDvkxwRfguoUFdp"
    "S+ODlkEpAGZZIi1kvMrojW8vCREVYyup1A4fGBiyaghskS0rNsnXmIINex+5h6pliKzH7L"
    "4hG1eBkuMQzFnmTGcostky3baZDJmkyKJtQcuNhkavyFgFwdC0NqNzTTOeSQMITHtqGcg1"
    "RzpGJ7b1cn9dZzFZRsxfwmp5DKvlOvfUFEXlMVxS/fpOJfQ+d+r/cYlFIZJiMDKVkols1Z"
    "IZhqR0Z3afYEdP9oJx7XyO7CJoVwTtFmyWls55uYDuLKVeNoX1uSodqmsE0yAIeUfZtHJB"
    "5PWYeBqVZzbmxcWLew+oDoxnqMp/+w7KFcU22Al3cfSmLsO7+nr7fscVgfqg7t5tw5Kdkz"
    "ahIPFu1dcpSV7wWaog6RlNYKh5hmwIY/vy4+UZONEMopjAXNIS91jHr0eSgoPTd476AqNm"
    "Ew2Ml16uThQZ/kXNkBDDz3vfnTNr93jtXD5Epl8WL9wjlCW5unh7w8DBbYRIBLPBykdns8"
    "sZpCIaEAg8WZVN4BQxlBvp+jyfoILO3eeNDMq880aqMo/cisK7QFBie3ama/PCNEKdt3d1"
    "noW+M7QmI3w1xb3BbV+J+b5OO9L5fbQebF850hv0v3jN4yMQ875yuRI+mTtGJTbuzVJ3mP"
    "3bUUK8DXVVMpCzSoexCVYk67CPPkMCCo9MFhEoPCm4s3VDYKBn25FuP4A2UNEbsHVFg5KX"
    "U9vEbwcs2VLwn7aOKRHu0UmibRsGlVlUtDE79z6fI/K/FUsCooPGw136BIc6bY9ZESVbSZ"
    "R1NVGS3s3abJImEqWjHKXK0S5/KB4yj0TdpmnzoRxQCISzIKygV05R1COoHL7NLPA209Ft"
    "JsBF8zmixXsmnvNBVm+GJOWP7NZQ9Px8ifOtNrY/nk9PSSW5ixnRQ59+wv82L644Z3Lt5m"
    "k47PRHLZDW4Vgddn7t0lR+Y7spzRtj+2KOEKlnBxvk5kOn3QvfbaJPc1rnrhHnEbOskasM"
    "S+QqdYVcxRfIq2zKU1mRrZSMtZsHN9pDjnsSqQ54iYeiOT895R3Vh6frXveGjonfx1jFnF"
    "1n2CeBi+T6VXNsfzpFV0UYpeOXd8kyJGWJk3YcB7lzfMTIKnf8NprNLKx6s5nOqpN7TKwX"
    "0FxsgbVHVjmsLy8yQH15kYo0uRUF+s2pH8ulcw/TCJ373nXujj6HenVybN0xKuEIevyEV5"
    "vhLJ/6SrjV/niFOqObk7TlqEcpxagXZdQZztXu24fYMc+SwB+iwCIVh9NGE2UEtnztlAUD"
    "OquZkjXRIrZK/CKg/9TrZXNndT0id/RnDblhlmw3O4pD6x1CEumpxrDn+vfq6+y5U82azM"
    "MtN1pyx7Z0dS7hf2cX0k+hHwgQk6uKAFTNN2TUnbzCEF+jpFABTqKnpM12Lz0K62yxrLP4"
    "cUQ7Rtc78wRM10owSPPTaJdVMYG/0GT7A6cDHaaphAda3NCVzdK1ztSVsHU5e1ES5XQfv4"
    "CiAvq1vH38FkjR5zbDcrs2y2aIKsf0msexI+4xu6ZznPLsIAFFBeZ2DrvHTHYSmnDpjyNE"
    "QoG8fwWyiQw+IT1EIWRzoTgWiuMjIV1ODWKa3jih3jqOk/iT6nCsSPrFkw8Y6gVGq/omRY"
    "Pt00zCokeWCFqvPfXMxn0BQoQnApIAiWUlycDIHd89/f0UmghAaSljEg0YiCRjZEXP7q9j"
    "oYEolgZCSMT58LT4Ow2uSuw+QeVkhrPTrL7La52XU7LqC8HsQLoz/Li5LCHXIBSzHKWX9I"
    "mSbVnXZyukTz8cI0P+Hur6lEMrXKGpLWRbIdsWGE0sMGnKK+KtohQmO5iCN4GrP29Lq+AV"
    "qgShSshTldBGhjxb1Fj5tpw79bU5yYM2mzQE6eMspPJiSeWpQTbpnF96lE0VZPKDxIOQRc"
    "WBsNu8gugeJJgYP9FipkNZY8MLSPK34B3HML03W91RD7P//H/uqQQY"
)
