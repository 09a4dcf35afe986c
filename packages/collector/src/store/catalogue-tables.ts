import type { CatalogueEntry, CatalogueKind } from './store.js';

/** A value bound to a catalogue column: text, or JSON text for the JSON columns. */
export type CatalogueCell = string | null;

interface Field {
  /** The property on the entry; its column is the snake_case of it. */
  key: string;
  /** Kept as JSON (TEXT in SQLite, JSONB in PostgreSQL) rather than as text. */
  json?: true;
}

/** How one kind of catalogue entry maps to its table. Both databases share it; only the SQL dialect differs. */
export interface CatalogueTable {
  table: string;
  /** Columns after station_id, `id` first. */
  columns: readonly string[];
  values(entry: object): CatalogueCell[];
  fromRow(row: Record<string, unknown>): object;
}

const column = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function table(name: string, fields: readonly Field[]): CatalogueTable {
  return {
    table: name,
    columns: fields.map((f) => column(f.key)),
    values(entry) {
      const e = entry as Record<string, unknown>;
      return fields.map(({ key, json }) => {
        const value = e[key];
        if (value === undefined || value === null) return null;
        return json ? JSON.stringify(value) : String(value);
      });
    },
    fromRow(row) {
      const entry: Record<string, unknown> = {};
      for (const { key, json } of fields) {
        const value = row[column(key)];
        // NULL is an optional field left out: the entry reads back exactly as it was put.
        if (value === null || value === undefined) continue;
        // SQLite hands JSON back as text, PostgreSQL's JSONB already parsed.
        entry[key] = json ? (typeof value === 'string' ? JSON.parse(value) : value) : String(value);
      }
      return entry;
    },
  };
}

const TABLES: Record<CatalogueKind, CatalogueTable> = {
  windows: table('windows', [{ key: 'id' }, { key: 'name' }]),
  staff: table('staff', [{ key: 'id' }, { key: 'name' }, { key: 'number' }, { key: 'windowId' }]),
  serviceItems: table('service_items', [{ key: 'id' }, { key: 'name' }, { key: 'code' }, { key: 'version' }, { key: 'guide', json: true }]),
  commitments: table('commitments', [
    { key: 'id' },
    { key: 'serviceItemId' },
    { key: 'promise' },
    { key: 'limits', json: true },
    { key: 'legalBasis' },
    { key: 'fees' },
    { key: 'hours' },
    { key: 'hotline' },
    { key: 'complaintPhone' },
    { key: 'liability' },
  ]),
};

export function catalogueTable(kind: CatalogueKind): CatalogueTable {
  return TABLES[kind];
}

/** A row read back as its entry; what was stored was validated on the way in. */
export function entryFromRow<K extends CatalogueKind>(kind: K, row: Record<string, unknown>): CatalogueEntry<K> {
  return TABLES[kind].fromRow(row) as CatalogueEntry<K>;
}
