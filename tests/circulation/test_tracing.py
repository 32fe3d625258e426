"""The proportional rule in integers: a payment carries exactly its amount, split over
the parts of the wallet by the largest remainder."""

from thungngoen.circulation.tracing import Pool, trace


def test_a_slice_is_split_by_largest_remainder() -> None:
    """10 satang: 3 round-1, 3 round-2, 4 with no round; pay 5. Pro rata 1.5, 1.5, 2:
    floors 1, 1, 2 leave 1 satang, which goes to the largest remainder (a tie between
    the two halves: the first part). The hop mass 7 carries 7 × 5 // 10 = 3."""
    pool = Pool(10, 7, {1: 3}, {(1, "900101"): 3})
    hops, first, second = pool.take(5)
    assert (hops, first, second) == (3, {1: 2}, {(1, "900101"): 1})
    assert pool == Pool(5, 4, {1: 1}, {(1, "900101"): 2})
    assert pool.take(5) == (4, {1: 1}, {(1, "900101"): 2})
    assert pool == Pool(0, 0)


def test_a_pool_survives_its_row() -> None:
    pool = Pool(900, 1_250, {0: 100, 7: 200}, {(7, "900101"): 50, (0, "901101"): 25})
    assert Pool.from_row(900, 1_250, pool.to_json()) == pool
    assert Pool(5, 0).to_json() is None
    assert Pool.from_row(5, 0, None) == Pool(5, 0)


def test_rounds_of_lm3() -> None:
    """A purchase makes round-1 coin of the program; a merchant's re-spend of it is R2
    and round-2 coin at the payee; its spend is R3 and has no round after."""
    member, shop, supplier, producer = Pool(1_000), Pool(), Pool(), Pool()
    assert trace("purchase", member, shop, 400, 3, ("A", "B")) == (0, [])
    assert shop == Pool(400, 400, {3: 400})
    assert trace("supplier", shop, supplier, 100, 0, ("B", "C")) == (
        100,
        [("r2", 3, "B", "B", "C", 100)],
    )
    assert supplier.second == {(3, "B"): 100}
    assert trace("wages", supplier, producer, 100, 0, ("C", "D")) == (
        200,
        [("r3", 3, "B", "C", "D", 100)],
    )
    assert producer == Pool(100, 300)
    assert trace("redemption", shop, None, 300, 0, ("B", "")) == (
        300,
        [("leak1", 3, "B", "B", "", 300)],
    )
