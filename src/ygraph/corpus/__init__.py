"""corpus stages."""
