/**
 * The version of the JSON export (`cases export`). Readers (the web widgets) refuse versions
 * they do not know; bump it on any breaking change to the export's shape.
 */
export const EXPORT_SCHEMA_VERSION = 2 as const;
