"""``thungngoen bench api``: payments through the HTTP API, from a second process."""
