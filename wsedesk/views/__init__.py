"""The PySide6 views: thin widgets that show data, collect input and call services."""
