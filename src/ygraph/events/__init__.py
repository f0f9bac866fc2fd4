"""events stages."""
