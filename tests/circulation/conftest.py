"""The worked example of the circulation tests (amounts in baht; reports give satang).

Places: Bo Yang (A, 900101) and Khao Rup Chang (B, 900102), both in Mueang Songkhla
(9001), and Hat Yai (C, 901101) in another district. Members Somsri and Anan live in A,
Wichai in B; the rice shop R and the grocery G are in A, the wholesaler W in C.

Day 1 (2 March 2026): Somsri tops up 1,000, Anan 500, Wichai 200. Somsri buys for 400
at R, Anan for 100 at R, Wichai for 200 at G.
Day 2: R pays W 300 (supplier) and Anan 100 (wage); W pays G 150 (supplier); Anan buys
for 150 at G.
Day 3: G redeems 300; Somsri sends Wichai 100.
"""

from dataclasses import dataclass

import pytest
from sqlalchemy import Engine

from tests.circulation.economy import BO_YANG, HAT_YAI, KHAO_RUP_CHANG, Economy, at
from thungngoen.wallet.people import Member


@dataclass
class Story:
    economy: Economy
    somsri: Member
    anan: Member
    wichai: Member
    rice: int
    grocery: int
    wholesaler: int


@pytest.fixture
def story(engine: Engine) -> Story:
    economy = Economy(engine)
    somsri = economy.member("สมศรี", BO_YANG)
    anan = economy.member("อนันต์", BO_YANG)
    wichai = economy.member("วิชัย", KHAO_RUP_CHANG)
    rice = economy.shop("ร้านข้าว", BO_YANG)
    grocery = economy.shop("ร้านชำ", BO_YANG, "grocery")
    wholesaler = economy.shop("ร้านค้าส่ง", HAT_YAI, "wholesale")
    economy.top_up(somsri, 1_000, at(2, 9))
    economy.top_up(anan, 500, at(2, 9))
    economy.top_up(wichai, 200, at(2, 9))
    economy.buy(somsri, rice, 400, at(2, 12))
    economy.buy(anan, rice, 100, at(2, 12))
    economy.buy(wichai, grocery, 200, at(2, 13))
    economy.supply(rice, wholesaler, 300, at(3, 9))
    economy.wage(rice, anan, 100, at(3, 10))
    economy.supply(wholesaler, grocery, 150, at(3, 11))
    economy.buy(anan, grocery, 150, at(3, 12))
    economy.redeem(grocery, 300, at(4, 9))
    economy.send(somsri, wichai, 100, at(4, 10))
    return Story(economy, somsri, anan, wichai, rice, grocery, wholesaler)
