"""text stages."""
