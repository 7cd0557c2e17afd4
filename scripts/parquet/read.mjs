// Reads a Parquet file with hyparquet (an implementation independent of the one that wrote it) and prints
// {"metadata": {key: value}, "columns": [names], "types": [{"physical", "converted", "logical"}], "rows": [[values]]}
// as JSON: doubles written so they round-trip, NaN and infinities as the strings "NaN", "Infinity" and "-Infinity",
// 64-bit integers as decimal strings (exact beyond 2^53).
import { readFileSync } from "node:fs";
import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";

const path = process.argv[2];
const bytes = readFileSync(path);
const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
const metadata = parquetMetadata(file);
const elements = parquetSchema(metadata).children.map((c) => c.element);
const columns = elements.map((e) => e.name);
const types = elements.map((e) => ({
  physical: e.type,
  converted: e.converted_type ?? null,
  logical: e.logical_type?.type ?? null,
  repetition: e.repetition_type ?? null,
}));
const value = (v) => {
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number" && !Number.isFinite(v)) return Number.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
  return v;
};
const objects = Number(metadata.num_rows) > 0 ? await parquetReadObjects({ file }) : [];
const rows = objects.map((o) => columns.map((c) => value(o[c])));
const keyValues = Object.fromEntries((metadata.key_value_metadata || []).map((kv) => [kv.key, kv.value]));
process.stdout.write(JSON.stringify({ metadata: keyValues, columns, types, rows }));
