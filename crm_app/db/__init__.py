"""Database layer: engine + sessions, models, migrations, search index. No Qt."""
