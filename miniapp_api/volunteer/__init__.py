"""志愿服务: volunteer activities of an org, members' sign-in with rotating codes, hours confirmed by the org admin."""
