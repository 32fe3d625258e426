"""The menu each role sees at the top of its pages (path, English label)."""

NAV_BY_ROLE: dict[str, tuple[tuple[str, str], ...]] = {
    "member": (
        ("/wallet", "My wallet"),
        ("/wallet/scan", "Pay"),
        ("/wallet/send", "Send"),
        ("/wallet/history", "History"),
        ("/wallet/topup", "Top up"),
        ("/wallet/paycode", "My pay code"),
        ("/wallet/vouchers", "My vouchers"),
        ("/wallet/settings", "Settings"),
        ("/savings", "My savings"),
    ),
    "merchant": (
        ("/shop", "Shop till"),
        ("/shop/takings", "Takings"),
        ("/shop/refunds", "Refunds"),
        ("/shop/promotions", "Promotions"),
        ("/shop/redeem", "Redeem"),
        ("/shop/poster", "QR poster"),
    ),
    "agent": (
        ("/agent", "Agent counter"),
        ("/agent/float", "Cash float"),
        ("/agent/closing", "Daily closing"),
    ),
    "operator": (
        ("/console", "Dashboard"),
        ("/console/merchants", "Merchants"),
        ("/console/people", "People"),
        ("/console/programs", "Programs"),
        ("/console/vouchers", "Vouchers"),
        ("/console/statements", "Bank statements"),
        ("/console/payouts", "Payouts"),
        ("/console/audit", "Audit log"),
        ("/console/circulation", "Circulation"),
        ("/savings/federation", "Savings groups"),
    ),
}
NAV_BY_ROLE["auditor"] = NAV_BY_ROLE["operator"]


def nav_for(role: str | None, here: str) -> list[tuple[str, str, bool]]:
    """The role's menu with the current section marked (the longest matching path)."""
    links = NAV_BY_ROLE.get(role or "", ())
    current = max(
        (path for path, _ in links if here == path or here.startswith(path + "/")),
        key=len,
        default=None,
    )
    return [(path, label, path == current) for path, label in links]
