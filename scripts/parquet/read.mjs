// Reads a Parquet file with hyparquet (an implementation independent of the one that wrote it) and prints
// {"metadata": {key: value}, "columns": [names], "rows": [[values]]} as JSON, doubles written so they round-trip.
import { readFileSync } from "node:fs";
import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";

const path = process.argv[2];
const bytes = readFileSync(path);
const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
const metadata = parquetMetadata(file);
const columns = parquetSchema(metadata).children.map((c) => c.element.name);
const objects = await parquetReadObjects({ file });
const rows = objects.map((o) => columns.map((c) => (typeof o[c] === "bigint" ? Number(o[c]) : Number.isNaN(o[c]) ? "NaN" : o[c])));
const keyValues = Object.fromEntries((metadata.key_value_metadata || []).map((kv) => [kv.key, kv.value]));
process.stdout.write(JSON.stringify({ metadata: keyValues, columns, rows }));
