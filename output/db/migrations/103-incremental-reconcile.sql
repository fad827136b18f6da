-- Incremental reconcile (output/review/records.ts): a changed document re-links only the records it can
-- link to, found through blocking keys, never the whole dataset.

-- The current content of a path is looked up by path.
CREATE INDEX documents_path ON documents (path, status, id);

-- Paths whose documents changed since their records were reconciled; the writer adds a path with every
-- document it stores, refreshes or forgets, and each reconcile step removes the paths it has done.
-- Every path already stored is reconciled once more under the per-matter rules.
CREATE TABLE reconcile_pending (
  path TEXT PRIMARY KEY
) WITHOUT ROWID;
INSERT OR IGNORE INTO reconcile_pending (path) SELECT path FROM documents;

-- The blocking keys of every observation in a record: 'case:<normalised case number>' for its matter's own
-- case numbers and the ones it refers to, 'party:<public parties>#<first word of a civil-society party>'.
-- Two observations can only be linked, or their records related, when they share a key.
CREATE TABLE reconcile_keys (
  key         TEXT NOT NULL,
  observation TEXT NOT NULL,
  PRIMARY KEY (key, observation)
) WITHOUT ROWID;
CREATE INDEX reconcile_keys_observation ON reconcile_keys (observation);

-- Each statement's own matter: its kind, its § and its decision (a record's decision history).
ALTER TABLE reconciled_members ADD COLUMN kind TEXT;
ALTER TABLE reconciled_members ADD COLUMN paragraph TEXT;
ALTER TABLE reconciled_members ADD COLUMN decision_json TEXT;
CREATE INDEX reconciled_members_document ON reconciled_members (document_id);
CREATE INDEX reconciled_relations_to ON reconciled_relations (to_id);
CREATE INDEX reconciled_relations_from ON reconciled_relations (from_id);
CREATE INDEX field_reviews_changed ON field_reviews (changed_since_review);
CREATE INDEX reconciled_partnerships_status ON reconciled_partnerships (status);
