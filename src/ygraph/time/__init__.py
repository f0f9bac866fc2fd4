"""time stages."""
