"""The search index's table and its SQL per backend (SQLite FTS5, PostgreSQL tsvector).

`search_entries` holds one row per searchable thing (a dossier, its notes, an organisation, a
person, a stored letter): `body` is the text of its fields (separated by \\x1f, named in
`fields`), `digits` the digit-only numbers (a KBO number typed with or without dots). It is
derived data, like an index: it is not one of the models (no audit, no backup manifest, no visit
package); `storage/search_index.py` keeps it current in the writing transaction and rebuilds it.

- SQLite: an external-content FTS5 table `search_fts(kind, body, digits)` over it, tokenizer
  `unicode61 remove_diacritics 2` (Emmaüs = emmaus) with prefix indexes for 1-3 characters,
  kept in step by three triggers.
- PostgreSQL: a GIN index on `to_tsvector('simple', wsedesk_search_text(body || digits))`, where
  `wsedesk_search_text` is an IMMUTABLE wrapper around the `unaccent` extension that also splits
  words as SQLite does (an index expression must be immutable); `kind` has its own b-tree.

Queries are built from words that `fold()` already lower-cased and stripped of accents; each
word matches as a prefix (`emma` finds Emmaüs), all words must match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    MetaData,
    Select,
    String,
    Table,
    Text,
    Uuid,
    bindparam,
    select,
    text,
)
from sqlalchemy.sql.elements import ColumnElement

# Not Base.metadata: the index is derived data, outside the models, backups and packages.
_metadata = MetaData()
search_entries = Table(
    "search_entries",
    _metadata,
    Column("kind", String(12), primary_key=True),
    Column("target_id", Uuid, primary_key=True),
    Column("opens_id", Uuid, nullable=False),  # the dossier (dossier, note, letter) or organisation to open
    Column("label", String(300), nullable=False),  # reference or name shown in a hit
    Column("fields", String(200), nullable=False),  # field keys of body's parts, \x1f-separated
    Column("body", Text, nullable=False),
    Column("digits", String(200), nullable=False),
)

SEPARATOR = "\x1f"
# Objects of the index that the models do not describe (the migrations test and env.py skip them).
SEARCH_OBJECTS = frozenset(
    {
        "search_entries",
        "search_fts",
        "search_fts_data",
        "search_fts_idx",
        "search_fts_docsize",
        "search_fts_config",
        "search_fts_content",
        "ix_search_entries_tsv",
        "ix_search_entries_kind",
    }
)

MAX_WORDS = 8
MAX_WORD = 40
MIN_DIGITS = 4
_WORD = re.compile(r"[^\W_]+")
# The combining marks NFKD splits off Latin letters (ü = u + U+0308), and the extended blocks.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

# The one spelling of the indexed expression: PostgreSQL uses the index only for this exact text.
PG_VECTOR = "to_tsvector('simple', wsedesk_search_text(search_entries.body || ' ' || search_entries.digits))"


def fold(value: str) -> str:
    """Lower case without accents: what both backends' indexes compare (`Emmaüs` → `emmaus`)."""
    if value.isascii():
        return value.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", value)).casefold()


def query_words(query: str) -> list[str]:
    """The folded words of a query, at most MAX_WORDS of at most MAX_WORD characters."""
    return [w[:MAX_WORD] for w in _WORD.findall(fold(query))][:MAX_WORDS]


def query_digits(query: str) -> str:
    """The digits of a query that is a number of 4+ digits ('0428.759.497', 'BE 428 759 497'), else ''."""
    rest = query.strip().upper().removeprefix("BE")
    if any(not (ch.isdigit() or ch in " .-/") for ch in rest):
        return ""  # words too ('17 april 2025'): no number search
    digits = "".join(ch for ch in rest if ch.isdigit())
    return digits[:MAX_WORD] if len(digits) >= MIN_DIGITS else ""


def query_numbers(query: str) -> list[str]:
    """The numbers to look for: the digits, and with a leading 0 for nine ('BE 428 759 497')."""
    digits = query_digits(query)
    return [digits, "0" + digits] if len(digits) == 9 else [digits] if digits else []


def _fts_match(words: Sequence[str], numbers: Sequence[str], kinds: Sequence[str]) -> str:
    # Words are [^\W_]+ (no quotes, no operators), so they are safe inside FTS5's double quotes.
    clause = "body : (" + " AND ".join(f'"{w}"*' for w in words) + ")" if words else ""
    if numbers:
        number = "digits : (" + " OR ".join(f'"{n}"*' for n in numbers) + ")"
        clause = f"({clause} OR {number})" if clause else number
    kind = " OR ".join(f'"{k}"' for k in kinds)
    return f"kind : ({kind}) AND {clause}"


def _pg_tsquery(words: Sequence[str], numbers: Sequence[str]) -> str:
    clause = " & ".join(f"{w}:*" for w in words)
    if numbers:
        number = " | ".join(f"{n}:*" for n in numbers)
        clause = f"({clause}) | {number}" if clause else number
    return clause


def match_condition(dialect: str, query: str, kinds: Sequence[str]) -> ColumnElement[bool] | None:
    """A condition on `search_entries` for the rows of `kinds` matching `query`; None if it has no words.

    Its parameters are unique, so one statement may hold several (the dossier list's two).
    """
    words, digits = query_words(query), query_numbers(query)
    if not words and not digits:
        return None
    if dialect == "sqlite":
        return text(  # type: ignore[return-value]  # a boolean SQL text
            "search_entries.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH :search_match)"
        ).bindparams(bindparam("search_match", _fts_match(words, digits, kinds), unique=True))
    return search_entries.c.kind.in_(list(kinds)) & text(
        f"{PG_VECTOR} @@ to_tsquery('simple', :search_tsquery)"
    ).bindparams(bindparam("search_tsquery", _pg_tsquery(words, digits), unique=True))


def matching_targets(dialect: str, query: str, kinds: Sequence[str]) -> Select[Any] | None:
    """SELECT target_id of every entry of `kinds` that matches: for the list filters' IN (...)."""
    condition = match_condition(dialect, query, kinds)
    if condition is None:
        return None
    return select(search_entries.c.target_id).where(condition)


def find(conn: Connection, query: str, kind: str, limit: int) -> list[Any]:
    """Up to `limit` entries of one kind matching `query` (rows of search_entries)."""
    words, digits = query_words(query), query_numbers(query)
    if not words and not digits:
        return []
    if conn.dialect.name == "sqlite":
        # A join, not IN (…): FTS5 hands over matches one by one and LIMIT stops it early.
        columns = ", ".join(f"search_entries.{c.name}" for c in search_entries.columns)
        stmt: Any = (
            text(
                f"SELECT {columns} FROM search_fts JOIN search_entries ON search_entries.id = search_fts.rowid "
                "WHERE search_fts MATCH :search_match LIMIT :search_limit"
            )
            .bindparams(search_match=_fts_match(words, digits, [kind]), search_limit=limit)
            .columns(*search_entries.columns)
        )
    else:
        condition = match_condition("postgresql", query, [kind])
        assert condition is not None  # words or digits, checked above
        stmt = select(search_entries).where(condition).limit(limit)
    return list(conn.execute(stmt).all())


def like_find(conn: Connection, query: str, kind: str, limit: int) -> list[Any]:
    """The old way, for the benchmark's comparison: `lower(body) LIKE '%…%'` over every entry."""
    pattern = "%" + query.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    stmt = (
        select(search_entries)
        .where(search_entries.c.kind == kind)
        .where(text("lower(search_entries.body) LIKE :pattern ESCAPE '\\'").bindparams(pattern=pattern))
        .limit(limit)
    )
    return list(conn.execute(stmt).all())


# DDL, used by the migration that creates the index (0011) and by nothing else.
SQLITE_DDL = (
    # An explicit INTEGER PRIMARY KEY: VACUUM keeps it, so the FTS rows keep pointing at their entry.
    "CREATE TABLE search_entries (id INTEGER PRIMARY KEY, kind VARCHAR(12) NOT NULL, "
    "target_id CHAR(32) NOT NULL, opens_id CHAR(32) NOT NULL, label VARCHAR(300) NOT NULL, "
    "fields VARCHAR(200) NOT NULL, body TEXT NOT NULL, digits VARCHAR(200) NOT NULL, "
    "UNIQUE (kind, target_id))",
    "CREATE VIRTUAL TABLE search_fts USING fts5(kind, body, digits, content='search_entries', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
    "CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN "
    "INSERT INTO search_fts(rowid, kind, body, digits) VALUES (new.id, new.kind, new.body, new.digits); END",
    "CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, kind, body, digits) "
    "VALUES ('delete', old.id, old.kind, old.body, old.digits); END",
    "CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, kind, body, digits) "
    "VALUES ('delete', old.id, old.kind, old.body, old.digits); "
    "INSERT INTO search_fts(rowid, kind, body, digits) VALUES (new.id, new.kind, new.body, new.digits); END",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS search_entries_au",
    "DROP TRIGGER IF EXISTS search_entries_ad",
    "DROP TRIGGER IF EXISTS search_entries_ai",
    "DROP TABLE IF EXISTS search_fts",
    "DROP TABLE IF EXISTS search_entries",
)
POSTGRESQL_DDL = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # unaccent() is STABLE (its dictionary could change); the index needs an IMMUTABLE function,
    # so this wrapper names the dictionary (schema-qualified: pg_restore runs with an empty
    # search_path) and promises what the index relies on. Every run of non-letters and non-digits
    # becomes a space, as SQLite's unicode61 splits words: PostgreSQL's parser would otherwise
    # read 'ED-2025-00042' as ed, -2025, -00042 and '0428.759.497' as one version number.
    "CREATE OR REPLACE FUNCTION wsedesk_search_text(text) RETURNS text LANGUAGE sql IMMUTABLE "
    "PARALLEL SAFE STRICT AS $$ SELECT pg_catalog.regexp_replace("
    "public.unaccent('public.unaccent'::regdictionary, $1), '[^[:alnum:]]+', ' ', 'g') $$",
    "CREATE TABLE search_entries (kind VARCHAR(12) NOT NULL, target_id UUID NOT NULL, "
    "opens_id UUID NOT NULL, label VARCHAR(300) NOT NULL, fields VARCHAR(200) NOT NULL, "
    "body TEXT NOT NULL, digits VARCHAR(200) NOT NULL, PRIMARY KEY (kind, target_id))",
    f"CREATE INDEX ix_search_entries_tsv ON search_entries USING gin ({PG_VECTOR.replace('search_entries.', '')})",
    "CREATE INDEX ix_search_entries_kind ON search_entries (kind)",
)
POSTGRESQL_DROP = (
    "DROP TABLE IF EXISTS search_entries",
    "DROP FUNCTION IF EXISTS wsedesk_search_text(text)",
)


def create_schema(conn: Connection) -> None:
    for statement in SQLITE_DDL if conn.dialect.name == "sqlite" else POSTGRESQL_DDL:
        conn.exec_driver_sql(statement)


def drop_schema(conn: Connection) -> None:
    for statement in SQLITE_DROP if conn.dialect.name == "sqlite" else POSTGRESQL_DROP:
        conn.exec_driver_sql(statement)


def index_present(conn: Connection) -> bool:
    if conn.dialect.name == "sqlite":
        sql = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'search_entries'"
    else:
        sql = "SELECT count(*) FROM pg_tables WHERE tablename = 'search_entries' AND schemaname = current_schema()"
    return bool(conn.exec_driver_sql(sql).scalar())
