"""Excel in: parse and validate only, no database writes.

Untrusted workbooks are checked by `xlsx_safety` (size, zip bomb, encryption, format, XML
DTDs) before any parser sees them, and parsed by openpyxl in a bounded worker process
(`worker`). Importing this package imports nothing heavy; import the modules you need.
"""
