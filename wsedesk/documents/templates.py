"""Letter texts as data: load, list placeholders, validate, fill in.

A template is a small JSON file in resources/letters/ (one per letter kind, versioned). Its
texts use `{group.name}` placeholders and a tiny markup:

- `**vet**` for bold, `*cursief*` for italics, `\\*` for a literal asterisk;
- `{{` and `}}` for literal braces;
- in the body (a list of paragraphs): a paragraph starting with `- ` is a bullet item
  (consecutive items form one list), one starting with `## ` is a heading, and a paragraph
  that is nothing but a *block* placeholder (`{bevindingen}`) is replaced by a list or table.

Values are inserted as plain text: markup inside a value is never interpreted. A placeholder
that is not in the catalogue is an error when the template is edited (`validate_template`);
a placeholder without a value is an error when the letter is made (`MissingValueError`),
never a blank.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

from wsedesk.errors import BadInputError, NotFoundError
from wsedesk.i18n import N_
from wsedesk.paths import resource

TEMPLATE_SCHEMA = 1
"""Version of the file format (not of a letter text: that is `LetterTemplate.version`)."""

PLACEHOLDER_NAME = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*")
KIND_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_MARKUP = re.compile(r"(\\\*|\*\*|\*)")
_BRACE = re.compile(r"[{}]")


@dataclass(frozen=True)
class Placeholder:
    """One entry of a placeholder catalogue; `description` is Dutch, shown in the editor."""

    name: str
    description: str
    block: bool = False


@dataclass(frozen=True)
class TemplateProblem:
    """Something wrong in a template, with where it is (Dutch) and the placeholder if any."""

    location: str
    message: str
    placeholder: str | None = None

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class TemplateError(BadInputError):
    """A template that cannot be used; `problems` lists every problem found."""

    def __init__(self, problems: Sequence[TemplateProblem], *, where: str | None = None) -> None:
        self.problems = list(problems)
        lines = "; ".join(str(p) for p in self.problems)
        super().__init__(N_("Het briefsjabloon bevat fouten: {problems}").format(problems=lines), where=where)


class MissingValueError(BadInputError):
    """A placeholder used by the template has no value in the context."""

    def __init__(self, placeholder: str, *, description: str | None = None, where: str | None = None):
        self.placeholder = placeholder
        what = f" ({description})" if description else ""
        super().__init__(
            N_(
                "De waarde voor {{{name}}}{what} ontbreekt. Vul ze in het dossier aan; "
                "een brief wordt nooit met een lege plaats gemaakt."
            ).format(name=placeholder, what=what),
            where=where,
        )


@dataclass(frozen=True)
class LetterTemplate:
    """The Dutch text of one letter kind, as stored in resources/letters/<kind>.json."""

    kind: str
    version: int
    title: str
    subject: str
    salutation: str
    body: tuple[str, ...]
    closing: str
    description: str = ""
    keywords: tuple[str, ...] = ()
    source: str | None = field(default=None, compare=False)

    def texts(self) -> Iterator[tuple[str, str]]:
        """(Dutch location, text) of every field that may hold placeholders."""
        yield N_("titel"), self.title
        yield N_("onderwerp"), self.subject
        yield N_("aanhef"), self.salutation
        for number, paragraph in enumerate(self.body, start=1):
            yield N_("tekst, alinea {n}").format(n=number), paragraph
        yield N_("slotformule"), self.closing


# --- tokens -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """Literal template text (markup still to be applied)."""

    text: str


@dataclass(frozen=True)
class Field:
    """A `{name}` placeholder."""

    name: str


Token = Text | Field


def tokenize(text: str) -> tuple[list[Token], list[str]]:
    """Split `text` into literal text and placeholders; second item: Dutch syntax errors."""
    tokens, errors = _tokenize(text)
    return list(tokens), list(errors)


@lru_cache(maxsize=4096)
def _tokenize(text: str) -> tuple[tuple[Token, ...], tuple[str, ...]]:
    # Cached: every render tokenizes each template text several times (validate, list, fill).
    tokens: list[Token] = []
    errors: list[str] = []
    buffer: list[str] = []
    i = 0
    n = len(text)

    def flush() -> None:
        if buffer:
            tokens.append(Text("".join(buffer)))
            buffer.clear()

    while i < n:
        if text.startswith("{{", i):
            buffer.append("{")
            i += 2
        elif text.startswith("}}", i):
            buffer.append("}")
            i += 2
        elif text[i] == "{":
            end = text.find("}", i + 1)
            if end < 0:
                errors.append(N_("'{' zonder afsluitende '}' (schrijf '{{' voor een letterlijke accolade)"))
                buffer.append(text[i:])
                break
            name = text[i + 1 : end]
            if PLACEHOLDER_NAME.fullmatch(name):
                flush()
                tokens.append(Field(name))
            else:
                errors.append(
                    N_("ongeldige plaatshouder '{{{name}}}' (kleine letters, cijfers, '_' en '.')").format(
                        name=name
                    )
                )
                buffer.append(text[i : end + 1])
            i = end + 1
        elif text[i] == "}":
            errors.append(N_("'}' zonder '{' (schrijf '}}' voor een letterlijke accolade)"))
            buffer.append("}")
            i += 1
        else:
            brace = _BRACE.search(text, i)
            end = brace.start() if brace else n
            buffer.append(text[i:end])
            i = end
    flush()
    return tuple(tokens), tuple(errors)


def _placeholders_in(text: str) -> list[str]:
    tokens, _ = tokenize(text)
    return [t.name for t in tokens if isinstance(t, Field)]


def list_placeholders(template: LetterTemplate | str) -> list[str]:
    """Every placeholder name used, in order of first appearance, without duplicates."""
    texts = [template] if isinstance(template, str) else [text for _, text in template.texts()]
    seen: dict[str, None] = {}
    for text in texts:
        for name in _placeholders_in(text):
            seen.setdefault(name, None)
    return list(seen)


# --- body structure -----------------------------------------------------------------------

BlockKind = Literal["paragraph", "heading", "bullet"]


@dataclass(frozen=True)
class BodyPart:
    """One body paragraph, classified; `text` is without its `- ` or `## ` marker."""

    number: int
    kind: BlockKind
    text: str
    lone_placeholder: str | None
    """Set when the paragraph is nothing but one placeholder (a block candidate)."""

    @property
    def location(self) -> str:
        return N_("tekst, alinea {n}").format(n=self.number)


def body_parts(template: LetterTemplate) -> list[BodyPart]:
    """Classify the body paragraphs (bullet, heading, plain; lone placeholder noted)."""
    parts: list[BodyPart] = []
    for number, raw in enumerate(template.body, start=1):
        stripped = raw.strip()
        kind: BlockKind = "paragraph"
        text = stripped
        if stripped.startswith("## "):
            kind, text = "heading", stripped[3:].strip()
        elif stripped.startswith("- "):
            kind, text = "bullet", stripped[2:].strip()
        lone: str | None = None
        if kind == "paragraph":
            tokens, errors = tokenize(text)
            if not errors and len(tokens) == 1 and isinstance(tokens[0], Field):
                lone = tokens[0].name
        parts.append(BodyPart(number, kind, text, lone))
    return parts


# --- validation ---------------------------------------------------------------------------


def _markup_problems(text: str) -> list[str]:
    bold = italic = False
    for token in tokenize(text)[0]:
        if isinstance(token, Text):
            for piece in _MARKUP.split(token.text):
                if piece == "**":
                    bold = not bold
                elif piece == "*":
                    italic = not italic
    problems = []
    if bold:
        problems.append(N_("'**' (vet) wordt niet afgesloten"))
    if italic:
        problems.append(N_("'*' (cursief) wordt niet afgesloten; schrijf '\\*' voor een sterretje"))
    return problems


def _suggest(name: str, known: Collection[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return N_(" Bedoelt u {{{name}}}?").format(name=close[0]) if close else ""


def validate_template(
    template: LetterTemplate,
    known_placeholders: Mapping[str, Placeholder] | Collection[str],
    *,
    required: Collection[str] = (),
) -> list[TemplateProblem]:
    """Every problem in `template` against the catalogue; an empty list means usable.

    `known_placeholders` is a catalogue (name → Placeholder) or just names (then block versus
    inline is not checked). `required` names placeholders the letter kind must contain.
    """
    specs: Mapping[str, Placeholder] = (
        known_placeholders
        if isinstance(known_placeholders, Mapping)
        else {name: Placeholder(name, "") for name in known_placeholders}
    )
    problems: list[TemplateProblem] = []

    if not KIND_NAME.fullmatch(template.kind):
        problems.append(TemplateProblem(N_("soort"), N_("ongeldige soort '{k}'").format(k=template.kind)))
    if template.version < 1:
        problems.append(TemplateProblem(N_("versie"), N_("de versie moet 1 of hoger zijn")))
    if not template.subject.strip():
        problems.append(TemplateProblem(N_("onderwerp"), N_("het onderwerp is leeg")))
    if not template.body:
        problems.append(TemplateProblem(N_("tekst"), N_("de brief heeft geen tekst")))

    block_ok: set[tuple[str, str]] = set()
    for part in body_parts(template):
        if not part.text:
            problems.append(TemplateProblem(part.location, N_("lege alinea")))
        if part.lone_placeholder is not None:
            block_ok.add((part.location, part.lone_placeholder))

    for location, text in template.texts():
        tokens, errors = tokenize(text)
        problems.extend(TemplateProblem(location, message) for message in errors)
        problems.extend(TemplateProblem(location, message) for message in _markup_problems(text))
        for token in tokens:
            if not isinstance(token, Field):
                continue
            spec = specs.get(token.name)
            if spec is None:
                problems.append(
                    TemplateProblem(
                        location,
                        N_("onbekende plaatshouder {{{name}}}.").format(name=token.name)
                        + _suggest(token.name, specs),
                        token.name,
                    )
                )
            elif spec.block and (location, token.name) not in block_ok:
                problems.append(
                    TemplateProblem(
                        location,
                        N_(
                            "{{{name}}} is een lijst of tabel en moet alleen in een eigen alinea staan"
                        ).format(name=token.name),
                        token.name,
                    )
                )

    used = set(list_placeholders(template))
    for name in required:
        if name not in used:
            problems.append(
                TemplateProblem(
                    N_("tekst"),
                    N_("deze brief moet {{{name}}} bevatten").format(name=name),
                    name,
                )
            )
    return problems


# --- filling in ---------------------------------------------------------------------------


def _value_markup(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def fill(
    text: str,
    values: Mapping[str, str | None],
    *,
    markup: bool = True,
    descriptions: Mapping[str, str] | None = None,
    where: str | None = None,
) -> str:
    """Fill in the placeholders of `text`.

    With `markup`, the result is reportlab paragraph markup (text escaped, `**`/`*` turned into
    <b>/<i>); without, plain text (markers dropped). A missing, None or blank value raises
    MissingValueError naming the placeholder; a syntax error raises TemplateError.
    """
    tokens, errors = tokenize(text)
    problems = [TemplateProblem(where or N_("tekst"), m) for m in errors + _markup_problems(text)]
    if problems:
        raise TemplateError(problems)
    out: list[str] = []
    bold = italic = False
    for token in tokens:
        if isinstance(token, Field):
            value = values.get(token.name)
            if value is None or not value.strip():
                description = (descriptions or {}).get(token.name)
                raise MissingValueError(token.name, description=description, where=where)
            out.append(_value_markup(value) if markup else value)
            continue
        for piece in _MARKUP.split(token.text):
            if piece == "\\*":
                out.append("*")
            elif piece == "**":
                bold = not bold
                if markup:
                    out.append("<b>" if bold else "</b>")
            elif piece == "*":
                italic = not italic
                if markup:
                    out.append("<i>" if italic else "</i>")
            elif piece:
                out.append(_value_markup(piece) if markup else piece)
    return "".join(out)


# --- files --------------------------------------------------------------------------------


def template_dir() -> Path:
    """resources/letters/, where the shipped templates live."""
    return resource("letters")


def _require(data: Mapping[str, Any], key: str, kind: type, problems: list[TemplateProblem]) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        problems.append(
            TemplateProblem(
                key, N_("ontbreekt of heeft het verkeerde type (verwacht: {t})").format(t=kind.__name__)
            )
        )
        return kind()
    return value


def template_from_dict(data: Mapping[str, Any], *, source: str | None = None) -> LetterTemplate:
    """Build a template from its JSON object; structural problems raise TemplateError."""
    problems: list[TemplateProblem] = []
    schema = data.get("schema", TEMPLATE_SCHEMA)
    if schema != TEMPLATE_SCHEMA:
        problems.append(
            TemplateProblem(
                "schema",
                N_("onbekende bestandsversie {s} (verwacht {e})").format(s=schema, e=TEMPLATE_SCHEMA),
            )
        )
    kind = _require(data, "kind", str, problems)
    version = _require(data, "version", int, problems)
    title = _require(data, "title", str, problems)
    subject = _require(data, "subject", str, problems)
    salutation = _require(data, "salutation", str, problems)
    closing = _require(data, "closing", str, problems)
    body = _require(data, "body", list, problems)
    if any(not isinstance(p, str) for p in body):
        problems.append(TemplateProblem("body", N_("elke alinea moet tekst zijn")))
    description = data.get("description", "")
    keywords = data.get("keywords", [])
    if not isinstance(description, str):
        problems.append(TemplateProblem("description", N_("moet tekst zijn")))
    if not isinstance(keywords, list) or any(not isinstance(k, str) for k in keywords):
        problems.append(TemplateProblem("keywords", N_("moet een lijst van woorden zijn")))
    unknown = sorted(
        set(data)
        - {
            "schema",
            "kind",
            "version",
            "title",
            "description",
            "keywords",
            "subject",
            "salutation",
            "body",
            "closing",
        }
    )
    if unknown:
        problems.append(
            TemplateProblem(N_("bestand"), N_("onbekende velden: {f}").format(f=", ".join(unknown)))
        )
    if problems:
        raise TemplateError(problems, where=source)
    return LetterTemplate(
        kind=kind,
        version=version,
        title=title,
        subject=subject,
        salutation=salutation,
        body=tuple(body),
        closing=closing,
        description=description,
        keywords=tuple(keywords),
        source=source,
    )


def parse_template(text: str, *, source: str | None = None) -> LetterTemplate:
    """Parse a template from JSON text (what the Beheer editor saves)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateError(
            [
                TemplateProblem(
                    N_("bestand"),
                    N_("geen geldige JSON: regel {l}, kolom {c}: {m}").format(
                        l=exc.lineno, c=exc.colno, m=exc.msg
                    ),
                )
            ],
            where=source,
        ) from exc
    if not isinstance(data, dict):
        raise TemplateError([TemplateProblem(N_("bestand"), N_("verwacht een JSON-object"))], where=source)
    return template_from_dict(data, source=source)


def template_to_dict(template: LetterTemplate) -> dict[str, Any]:
    """The JSON object of a template (field order as in the shipped files)."""
    return {
        "schema": TEMPLATE_SCHEMA,
        "kind": template.kind,
        "version": template.version,
        "title": template.title,
        "description": template.description,
        "keywords": list(template.keywords),
        "subject": template.subject,
        "salutation": template.salutation,
        "body": list(template.body),
        "closing": template.closing,
    }


def template_to_json(template: LetterTemplate) -> str:
    """JSON text of a template: UTF-8, indented, one paragraph per line (diff-friendly)."""
    return json.dumps(template_to_dict(template), ensure_ascii=False, indent=2) + "\n"


def template_path(kind: str, directory: Path | None = None) -> Path:
    """Path of the template file of `kind` (the kind name is checked: no path tricks)."""
    if not KIND_NAME.fullmatch(kind):
        raise NotFoundError(N_("Onbekende briefsoort '{k}'.").format(k=kind))
    return (directory or template_dir()) / f"{kind}.json"


def load_template(kind: str, directory: Path | None = None) -> LetterTemplate:
    """Load the template of `kind` from resources/letters/ (or `directory`)."""
    path = template_path(kind, directory)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise NotFoundError(N_("Er is geen briefsjabloon voor '{k}' ({p}).").format(k=kind, p=path)) from exc
    template = parse_template(text, source=str(path))
    if template.kind != kind:
        raise TemplateError(
            [
                TemplateProblem(
                    N_("soort"),
                    N_("het bestand is voor '{a}', niet voor '{b}'").format(a=template.kind, b=kind),
                )
            ],
            where=str(path),
        )
    return template
