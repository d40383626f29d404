"""The audit log of admin writes and exports."""
