"""Engine, unit of work, repositories, migrations, backup and integrity checks."""
