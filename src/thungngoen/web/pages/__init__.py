"""The pages every user shares: logging in and out, signing up, the start page, and the
redirect helpers. The areas' pages live in the areas (``thungngoen.areas``)."""
