"""Output shards of a batch run: JSONL, JSON or Parquet, each written atomically.

A shard is written to a hidden temporary file in the output folder, flushed, fsync'ed and then
renamed to ``part-NNNNN.<format>``, so a folder only ever holds complete shards (plus, after a
hard kill, a ``.tmp`` file that readers ignore and the next run removes).

Every row is one record: ``{"id", **Article JSON}``, or ``{"id", "status": "error", "error":
{"type", "message"}}`` when the record failed. The Parquet schema (:func:`parquet_schema`) is
derived from the models: facts are a list of structs holding the fields of every fact kind, all
nullable; numbers are float64 (exact below 2**53); a check's ``expected`` and ``actual`` (a number
or a relation) are stored as their JSON text.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from pathlib import Path
from types import NoneType, UnionType
from typing import TYPE_CHECKING, Annotated, Any, Literal, Protocol, Union, get_args, get_origin

from pydantic import BaseModel

from newsfacts.errors import ConfigError, LoadError
from newsfacts.facts import FACT_KINDS, Article

if TYPE_CHECKING:
    import pyarrow as pa  # type: ignore[import-untyped]

__all__ = [
    "FORMATS",
    "OutputFormat",
    "ShardWriter",
    "clear_temporary",
    "next_shard_index",
    "open_shard",
    "parquet_schema",
    "read_ids",
    "read_rows",
    "shard_paths",
]

OutputFormat = Literal["jsonl", "json", "parquet"]
FORMATS: tuple[OutputFormat, ...] = ("jsonl", "json", "parquet")
Row = dict[str, Any]

_SHARD = re.compile(r"^part-(\d+)\.(jsonl|json|parquet)$")
#: The JSON fields of each fact kind, in the models' order.
_FACT_FIELDS: dict[str, tuple[str, ...]] = {
    kind.label: tuple(kind.model.model_fields) for kind in FACT_KINDS
}
_PARQUET_ROWS_PER_GROUP = 256


def _arrow() -> Any:
    import pyarrow  # imported on first use: only Parquet output needs it

    return pyarrow


def _parquet() -> Any:
    import pyarrow.parquet  # type: ignore[import-untyped]

    return pyarrow.parquet


class ShardWriter(Protocol):
    """Writes the rows of one shard; :meth:`commit` makes it visible, :meth:`abort` drops it."""

    rows: int

    def write(self, row: Row) -> None:
        """Add one row."""

    def commit(self) -> Path:
        """Flush, fsync and rename the shard into place; returns its final path."""

    def abort(self) -> None:
        """Remove the temporary file."""


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not every platform opens folders
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class _Shard:
    """A shard written to a temporary name and renamed into place once complete."""

    def __init__(self, final: Path) -> None:
        self.final = final
        self.temp = final.with_name(f".{final.name}.tmp")
        self.rows = 0

    def _close(self) -> None:
        raise NotImplementedError

    def _finish(self) -> None:
        """Write whatever closes the format, then close the file."""
        self._close()

    def commit(self) -> Path:
        self._finish()
        with open(self.temp, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(self.temp, self.final)
        _fsync_dir(self.final.parent)
        return self.final

    def abort(self) -> None:
        self._close()
        self.temp.unlink(missing_ok=True)


class _TextShard(_Shard):
    """A JSONL or JSON-array shard."""

    def __init__(self, final: Path, fmt: OutputFormat) -> None:
        super().__init__(final)
        self.fmt = fmt
        self._stream = open(self.temp, "w", encoding="utf-8")
        if fmt == "json":
            self._stream.write("[")

    def write(self, row: Row) -> None:
        line = json.dumps(row, ensure_ascii=False, separators=(",", ":"))
        if self.fmt == "json":
            self._stream.write(("," if self.rows else "") + "\n" + line)
        else:
            self._stream.write(line + "\n")
        self.rows += 1

    def _close(self) -> None:
        self._stream.close()

    def _finish(self) -> None:
        if self.fmt == "json":
            self._stream.write("\n]\n")
        self._close()


class _ParquetShard(_Shard):
    """A Parquet shard, written in row groups."""

    def __init__(self, final: Path) -> None:
        pq = _parquet()
        super().__init__(final)
        self._schema = parquet_schema()
        self._buffer: list[Row] = []
        self._writer = pq.ParquetWriter(self.temp, self._schema, compression="zstd")

    def write(self, row: Row) -> None:
        self._buffer.append(_to_parquet(row))
        self.rows += 1
        if len(self._buffer) >= _PARQUET_ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        pa = _arrow()
        if self._buffer:
            self._writer.write_table(pa.Table.from_pylist(self._buffer, schema=self._schema))
            self._buffer = []

    def _close(self) -> None:
        self._writer.close()

    def _finish(self) -> None:
        self._flush()
        self._close()


def open_shard(folder: Path, index: int, fmt: OutputFormat) -> ShardWriter:
    """Start shard number ``index`` in ``folder``."""
    final = folder / f"part-{index:05d}.{fmt}"
    if fmt == "parquet":
        return _ParquetShard(final)
    return _TextShard(final, fmt)


def shard_paths(folder: Path) -> list[Path]:
    """The complete shards in an output folder, in order."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _SHARD.match(p.name)]
    return sorted(found, key=lambda p: (int(_SHARD.match(p.name).group(1)), p.name))  # type: ignore[union-attr]


def next_shard_index(folder: Path) -> int:
    """The number of the next shard: one past the highest in the folder."""
    numbers = [int(m.group(1)) for p in shard_paths(folder) if (m := _SHARD.match(p.name))]
    return max(numbers, default=-1) + 1


def clear_temporary(folder: Path) -> int:
    """Remove shards a killed run left unfinished; returns how many."""
    removed = 0
    if folder.is_dir():
        for path in folder.glob(".part-*.tmp"):
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def read_rows(path: str | Path) -> Iterator[Row]:
    """Read the rows of one shard back as JSON-like dicts (the same for every format).

    Args:
        path: the shard (``part-00000.parquet``, ``.jsonl`` or ``.json``), as a path or a string.

    Raises:
        LoadError: the shard is not valid.
    """
    path = Path(path)
    try:
        if path.suffix == ".jsonl":
            with open(path, encoding="utf-8") as stream:
                for line in stream:
                    if line.strip():
                        yield json.loads(line)
        elif path.suffix == ".json":
            yield from json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".parquet":
            parquet = _parquet().ParquetFile(path)
            for batch in parquet.iter_batches():
                for row in batch.to_pylist():
                    yield _from_parquet(row)
        else:
            raise ConfigError(f"unknown shard format {path.suffix!r}", path=str(path))
    except (OSError, ValueError) as exc:
        raise LoadError(f"unreadable shard: {exc}", path=str(path)) from exc


def read_ids(folder: Path) -> set[str]:
    """The record ids already written to an output folder (for ``--resume``).

    Raises:
        LoadError: a shard is not valid.
    """
    ids: set[str] = set()
    for path in shard_paths(folder):
        if path.suffix == ".parquet":
            try:
                column = _parquet().read_table(path, columns=["id"]).column("id")
            except (OSError, ValueError) as exc:
                raise LoadError(f"unreadable shard: {exc}", path=str(path)) from exc
            ids.update(str(v) for v in column.to_pylist())
        else:
            ids.update(str(row["id"]) for row in read_rows(path))
    return ids


def parquet_schema() -> pa.Schema:
    """The Parquet schema of batch output (one row per record): ``id``, then :class:`Article`.

    Every column follows a model field's annotation: text, ``Literal`` and names -> string,
    ``int`` -> int64, ``float`` and :data:`~newsfacts.facts.Number` -> float64, ``bool`` ->
    bool, dates -> date32, lists and spans -> lists, models -> structs, and a number-or-text
    (``Check.expected``) -> its JSON text. ``facts`` is a list of one struct holding the fields of
    every kind in :data:`~newsfacts.facts.FACT_KINDS`, each null where a kind lacks it.

    Raises:
        TypeError: a field has an annotation without a Parquet type, or two fact kinds give one
            field two types.
    """
    pa = _arrow()
    return pa.schema([("id", pa.string()), *_fields(pa, Article)])


_SCALARS: dict[Any, str] = {
    str: "string",
    int: "int64",
    float: "float64",
    Decimal: "float64",
    bool: "bool_",
    dt.date: "date32",
}


def _stored(annotation: Any) -> Any:
    """What a field holds: its annotation without ``None``, ``Annotated`` metadata and literals.

    A ``Literal`` holds its values' type; a union of several types is returned as a tuple.
    """
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin is Literal:
            annotation = type(get_args(annotation)[0])
        elif origin in (Union, UnionType):
            members = tuple(a for a in get_args(annotation) if a is not NoneType)
            if len(members) > 1:
                return members
            annotation = members[0]
        else:
            return annotation


def _arrow_type(pa: Any, annotation: Any, where: str) -> Any:
    stored = _stored(annotation)
    if isinstance(stored, tuple):
        if set(stored) == {kind.model for kind in FACT_KINDS}:
            return _fact_struct(pa)  # the Fact union
        if any(isinstance(m, type) and issubclass(m, BaseModel) for m in stored):
            raise TypeError(f"no Parquet type for {where}: {annotation!r}")
        return pa.string()  # a number or a relation: its JSON text
    if get_origin(stored) in (list, tuple):  # a tuple is a span: (start, end)
        return pa.list_(_arrow_type(pa, get_args(stored)[0], where))
    if isinstance(stored, type) and issubclass(stored, BaseModel):
        return pa.struct(_fields(pa, stored))
    if stored not in _SCALARS:
        raise TypeError(f"no Parquet type for {where}: {annotation!r}")
    return getattr(pa, _SCALARS[stored])()


def _fields(pa: Any, model: type[BaseModel]) -> list[tuple[str, Any]]:
    return [
        (name, _arrow_type(pa, info.annotation, f"{model.__name__}.{name}"))
        for name, info in model.model_fields.items()
    ]


#: The fact columns of schema 1.0, in the order shards have had them since. A field not listed
#: (a new kind's) follows them, in the order of FACT_KINDS: shards written before and after a new
#: kind keep one layout, so that the folder of a resumed run still reads as one table.
_FACT_COLUMN_ORDER = (
    "id", "kind", "text", "span", "sentence", "value", "value_max", "unit", "dimension", "role",
    "per", "currency", "qualifier", "subject", "period_id", "direction", "measure", "points",
    "basis", "from_id", "to_id", "date", "start", "end", "relative", "fiscal", "label", "name",
    "mentions",
)  # fmt: skip


@cache
def _fact_columns() -> dict[str, Any]:
    """Every field of every fact kind, name -> annotation (of its first kind), in column order."""
    columns: dict[str, Any] = {}
    for kind in FACT_KINDS:
        for name, info in kind.model.model_fields.items():
            columns.setdefault(name, info.annotation)
    rank = {name: index for index, name in enumerate(_FACT_COLUMN_ORDER)}
    return {name: columns[name] for name in sorted(columns, key=lambda n: rank.get(n, len(rank)))}


def _fact_struct(pa: Any) -> Any:
    types = {name: _arrow_type(pa, a, f"fact.{name}") for name, a in _fact_columns().items()}
    for kind in FACT_KINDS:
        for name, info in kind.model.model_fields.items():
            own = _arrow_type(pa, info.annotation, f"{kind.model.__name__}.{name}")
            if own != types[name]:
                raise TypeError(
                    f"fact field {name!r} is {types[name]} in one kind, {own} in {kind.label}"
                )
    return pa.struct(list(types.items()))


@cache
def _fact_fields_of(stored: type) -> tuple[str, ...]:
    """The fact fields that hold ``stored`` values (Decimal numbers, dates)."""
    return tuple(name for name, a in _fact_columns().items() if _stored(a) is stored)


def _to_parquet(row: Row) -> Row:
    out = dict(row)
    facts = []
    for fact in row.get("facts") or []:
        item = dict(fact)
        for key in _fact_fields_of(dt.date):
            if isinstance(item.get(key), str):
                item[key] = dt.date.fromisoformat(item[key])
        facts.append(item)
    out["facts"] = facts if "facts" in row else None
    if "checks" in row:
        out["checks"] = [
            {
                **check,
                "expected": _json_text(check.get("expected")),
                "actual": _json_text(check.get("actual")),
            }
            for check in row["checks"]
        ]
    return out


def _json_text(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _number(value: float | None) -> int | float | None:
    """A float read back from Parquet, written the way the JSON output writes numbers."""
    if value is None:
        return None
    if value.is_integer() and abs(value) < 1e18:
        return int(value)
    return value


def _from_parquet(row: Row) -> Row:
    if row.get("schema_version") is None:  # an error record: only id, status and error
        return {"id": row["id"], "status": row["status"], "error": row["error"]}
    out = dict(row)
    facts = []
    for fact in row.get("facts") or []:
        fields = _FACT_FIELDS.get(str(fact.get("kind")), tuple(fact))
        item = {key: fact.get(key) for key in fields}
        for key in _fact_fields_of(Decimal):
            if key in item:
                item[key] = _number(item[key])
        for key in _fact_fields_of(dt.date):
            if isinstance(item.get(key), dt.date):
                item[key] = item[key].isoformat()
        facts.append(item)
    out["facts"] = facts
    out["checks"] = [
        {
            **check,
            "expected": None if check["expected"] is None else json.loads(check["expected"]),
            "actual": None if check["actual"] is None else json.loads(check["actual"]),
            "tolerance": _number(check["tolerance"]),
            "miss": _number(check.get("miss")),
        }
        for check in row.get("checks") or []
    ]
    return out
