-- A reviewer's "not a partnership": the statements of a record a reviewer judged to be no partnership.
-- A record holding any of them is retired (out of the registry) at every reconcile, whatever documents
-- it gains, so the mark survives re-ingest and refresh. Written only by output/review/actions.ts.
CREATE TABLE not_partnerships (
  observation TEXT PRIMARY KEY,
  action_id   INTEGER NOT NULL REFERENCES review_actions (id)
) WITHOUT ROWID;

-- review_actions gains the action 'not-partnership': SQLite cannot change a CHECK in place, so the table is
-- rebuilt; link_constraints' references to it are checked when the migration commits.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE review_actions_new (
  id             INTEGER PRIMARY KEY,
  at             TEXT NOT NULL,
  reviewer       TEXT NOT NULL,
  action         TEXT NOT NULL CHECK (action IN ('accept', 'correct', 'reject', 'merge', 'split', 'not-partnership')),
  partnership_id INTEGER NOT NULL,
  field          TEXT,                                    -- null for merge, split and not-partnership
  old_json       TEXT,
  new_json       TEXT,
  comment        TEXT
);
INSERT INTO review_actions_new SELECT id, at, reviewer, action, partnership_id, field, old_json, new_json, comment FROM review_actions;
DROP TABLE review_actions;
ALTER TABLE review_actions_new RENAME TO review_actions;
CREATE INDEX review_actions_partnership ON review_actions (partnership_id);
