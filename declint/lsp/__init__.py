"""The language server behind ``declint server``."""
