"""党务公开: what each org must publish, by when, and the public page of what it published."""
