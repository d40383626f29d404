"""Accounts: console logins, WeChat users, tokens and binding to members."""
