"""Charts (matplotlib Figure, never pyplot) and PDF assembly."""
