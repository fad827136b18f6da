-- The dataset: one row per distinct file content, its page text, and what the extract stage found in it.
-- Every document's rows are replaced together in one transaction (output/writer.ts).

CREATE TABLE documents (
  id                      INTEGER PRIMARY KEY,
  sha256                  TEXT NOT NULL UNIQUE,            -- the file's content hash: the document's identity
  path                    TEXT NOT NULL,                   -- where it was last ingested from
  bytes                   INTEGER NOT NULL,
  format                  TEXT CHECK (format IN ('pdf', 'text')),
  paged                   INTEGER NOT NULL DEFAULT 0,      -- 1: evidence carries page numbers (PDF)
  page_count              INTEGER NOT NULL DEFAULT 0,
  ocr_pages               INTEGER NOT NULL DEFAULT 0,
  encoding                TEXT,
  masked_identity_numbers INTEGER NOT NULL DEFAULT 0,
  warnings                TEXT NOT NULL DEFAULT '[]',      -- JSON array of strings
  doc_type                TEXT,
  status                  TEXT NOT NULL CHECK (status IN ('done', 'failed')),
  error_code              TEXT,
  error_message           TEXT,
  extractor_version       INTEGER NOT NULL,
  result_json             TEXT,                            -- the whole DocumentResult (the contract), as extracted
  ingested_at             TEXT NOT NULL,
  updated_at              TEXT NOT NULL
);
CREATE INDEX documents_status ON documents (status, error_code);

CREATE TABLE pages (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  number      INTEGER NOT NULL,
  text        TEXT NOT NULL,
  source      TEXT NOT NULL CHECK (source IN ('text-layer', 'ocr')),
  PRIMARY KEY (document_id, number)
) WITHOUT ROWID;

CREATE TABLE partnerships (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,                            -- 0-based position in the document's result
  UNIQUE (document_id, ordinal)
);

CREATE TABLE field_values (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  partnership_id INTEGER REFERENCES partnerships (id) ON DELETE CASCADE, -- NULL for document-level fields
  field          TEXT NOT NULL,                            -- contract field name: docType, amounts, period, …
  ordinal        INTEGER NOT NULL,                         -- position in the field's list (0 for single values)
  value_json     TEXT NOT NULL,                            -- the value as the contract types it
  value_text     TEXT NOT NULL,                            -- the same, readable ("1300000 kr/år")
  confidence     REAL NOT NULL,
  needs_review   INTEGER NOT NULL
);
CREATE INDEX field_values_document ON field_values (document_id);
CREATE INDEX field_values_partnership ON field_values (partnership_id, field);

CREATE TABLE evidence (
  field_value_id INTEGER NOT NULL REFERENCES field_values (id) ON DELETE CASCADE,
  ordinal        INTEGER NOT NULL,
  page           INTEGER,                                  -- NULL for page-less plain text
  start          INTEGER NOT NULL,                         -- offsets into the page's text (UTF-16 code units)
  "end"          INTEGER NOT NULL,
  text           TEXT NOT NULL,
  PRIMARY KEY (field_value_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE organisations (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE                                -- as extracted; canonicalisation is reconcile's job
);

CREATE TABLE partnership_organisations (
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id),
  role           TEXT NOT NULL CHECK (role IN ('ideburen', 'offentlig', 'organ')),
  field_value_id INTEGER NOT NULL REFERENCES field_values (id) ON DELETE CASCADE,
  PRIMARY KEY (partnership_id, organisation_id, role)
) WITHOUT ROWID;
CREATE INDEX partnership_organisations_organisation ON partnership_organisations (organisation_id);
