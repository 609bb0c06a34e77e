"""The DuckDB warehouse: migrations, loading API, views, read-only queries. Only this package writes SQL."""
