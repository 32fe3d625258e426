"""The simulated network's shops: how many of each category, where, and their names."""

from dataclasses import dataclass
from random import Random

from thungngoen.registry import names
from thungngoen.registry.places import tambons
from thungngoen.simulation.areas import area_weights
from thungngoen.simulation.categories import CATEGORIES, Category


@dataclass(frozen=True, slots=True)
class PlannedMerchant:
    category: Category
    phone: str
    owner: str
    business_name: str
    tambon: str


def category_counts(total: int) -> list[tuple[Category, int]]:
    """At least one shop of every category, the rest by share (largest remainder)."""
    if total < len(CATEGORIES):
        raise ValueError(f"a simulated network needs at least {len(CATEGORIES)} merchants")
    spare = total - len(CATEGORIES)
    exact = [category.merchant_share * spare for category in CATEGORIES]
    counts = [int(value) for value in exact]
    by_remainder = sorted(range(len(CATEGORIES)), key=lambda i: (counts[i] - exact[i], i))
    for i in by_remainder[: spare - sum(counts)]:
        counts[i] += 1
    return [(category, 1 + count) for category, count in zip(CATEGORIES, counts, strict=True)]


def plan_merchants(rng: Random, total: int) -> list[PlannedMerchant]:
    planned: list[PlannedMerchant] = []
    for category, count in category_counts(total):
        codes, cumulative = area_weights(category.area)
        for _ in range(count):
            tambon = rng.choices(codes, cum_weights=cumulative)[0]
            owner = names.person_name(rng)
            given = owner.split()[0]
            planned.append(
                PlannedMerchant(
                    category=category,
                    phone=names.phone(names.OWNER_PHONES, len(planned)),
                    owner=owner,
                    business_name=f"{category.shop_prefix}{given} ({tambons()[tambon].name})",
                    tambon=tambon,
                )
            )
    return planned
