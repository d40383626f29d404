"""The partyday domain."""
