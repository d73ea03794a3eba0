"""The email's parts read from plain text, before any parse: greeting, body, sign-off,
signature, quoted reply, placeholders, names and dates. Nothing here loads spaCy."""
