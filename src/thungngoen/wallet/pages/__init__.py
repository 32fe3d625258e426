"""The wallet's pages, one package per kind of user: members, shops, agents, and the
operator console (people and approvals in ``console``, money operations in ``treasury``)."""
