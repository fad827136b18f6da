-- Reconciled partnerships: what `iop reconcile` (pipeline/reconcile) makes of every stored document.
-- Rebuilt on each reconcile run by output/review/records.ts; a record keeps its id across rebuilds (it goes
-- to the new cluster holding most of its old members), so reviews attached to it survive.

CREATE TABLE reconciled_partnerships (
  id         INTEGER PRIMARY KEY,
  status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')), -- retired: no document states it any more
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- One partnership as one document states it ("observation"), and the record it belongs to.
CREATE TABLE reconciled_members (
  observation    TEXT PRIMARY KEY,                       -- "<document path>#<partnership ordinal>": stable across re-ingests
  partnership_id INTEGER NOT NULL REFERENCES reconciled_partnerships (id),
  document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal        INTEGER NOT NULL                         -- the partnership's position in the document's result
);
CREATE INDEX reconciled_members_partnership ON reconciled_members (partnership_id);

-- Why two observations are in one record: rule is 'reviewer-merge', 'case-number', 'same-parties-period' or
-- 'same-parties-decided-for' (a decision without a period, for the one period its parties have).
CREATE TABLE reconciled_links (
  partnership_id INTEGER NOT NULL REFERENCES reconciled_partnerships (id),
  a              TEXT NOT NULL,
  b              TEXT NOT NULL,
  rule           TEXT NOT NULL,
  reason         TEXT NOT NULL
);
CREATE INDEX reconciled_links_partnership ON reconciled_links (partnership_id);

-- Each record's fields as the machine reconciles them. candidates_json keeps every document's statement
-- (document, date, value, confidence, evidence): the field's full history.
CREATE TABLE reconciled_fields (
  partnership_id  INTEGER NOT NULL REFERENCES reconciled_partnerships (id),
  field           TEXT NOT NULL,                          -- ideburna, offentliga, organ, amount, period, extension, targetGroups, diarienummer
  value_json      TEXT NOT NULL,                          -- the machine's choice (null when no document states one)
  confidence      REAL NOT NULL,
  needs_review    INTEGER NOT NULL,
  conflict        INTEGER NOT NULL,                       -- 1: documents disagree on this single-valued field
  candidates_json TEXT NOT NULL,
  PRIMARY KEY (partnership_id, field)
) WITHOUT ROWID;

-- Between records that stay distinct: from_id is the earlier partnership to_id continues.
CREATE TABLE reconciled_relations (
  kind    TEXT NOT NULL CHECK (kind IN ('predecessor')),
  from_id INTEGER NOT NULL REFERENCES reconciled_partnerships (id),
  to_id   INTEGER NOT NULL REFERENCES reconciled_partnerships (id),
  reason  TEXT NOT NULL,
  PRIMARY KEY (kind, from_id, to_id)
) WITHOUT ROWID;

-- Canonical organisations: aliases, the unit's parent, the kommun/region it is, its organisationsnummer.
CREATE TABLE reconciled_organisations (
  key               TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('ideburen', 'offentlig')),
  parent_key        TEXT,
  orgnr             TEXT,
  orgnr_valid       INTEGER,                              -- Luhn check of orgnr
  municipality_kind TEXT CHECK (municipality_kind IN ('kommun', 'region')),
  municipality      TEXT                                  -- the official name: "Malmö stad", "Region Skåne"
) WITHOUT ROWID;

CREATE TABLE reconciled_organisation_aliases (
  key   TEXT NOT NULL REFERENCES reconciled_organisations (key) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  PRIMARY KEY (key, alias)
) WITHOUT ROWID;

-- The dataset state the records were built from: reconcile reruns when documents changed since.
CREATE TABLE reconcile_state (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  stamp     TEXT NOT NULL,
  built_at  TEXT NOT NULL
);
