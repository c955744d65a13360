"""Use cases: the only API the views call. Each opens one unit of work and returns what changed."""
