"""Reference data of the network: Songkhla's districts and sub-districts."""
