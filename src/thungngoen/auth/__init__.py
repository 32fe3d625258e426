"""People who log in, their roles, passwords, payment PINs and API tokens."""
