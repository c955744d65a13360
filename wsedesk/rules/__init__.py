"""The law as pure functions: no SQLAlchemy, no Qt, no clock (dates are arguments)."""
