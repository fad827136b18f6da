-- Review: written only by output/review. Reconcile rebuilds never touch these tables; they read them.

-- A reviewer's verdict on one field of one record. The reviewed value wins over the machine's in every
-- export until a reviewer changes it. machine_value_json is the machine's value when the verdict was
-- given: when a later reconcile (new documents, iop refresh, a re-ingest) changes the machine's value,
-- changed_since_review is set so a reviewer looks again — the reviewed value itself never changes.
CREATE TABLE field_reviews (
  partnership_id       INTEGER NOT NULL REFERENCES reconciled_partnerships (id),
  field                TEXT NOT NULL,
  status               TEXT NOT NULL CHECK (status IN ('accepted', 'corrected', 'rejected')),
  value_json           TEXT NOT NULL,                     -- accepted/corrected: the value; rejected: null
  machine_value_json   TEXT NOT NULL,
  changed_since_review INTEGER NOT NULL DEFAULT 0,
  reviewer             TEXT NOT NULL,
  reviewed_at          TEXT NOT NULL,
  comment              TEXT,
  PRIMARY KEY (partnership_id, field)
) WITHOUT ROWID;

-- Every review action, never updated or deleted: who, when, what, the old and the new value, why.
CREATE TABLE review_actions (
  id             INTEGER PRIMARY KEY,
  at             TEXT NOT NULL,
  reviewer       TEXT NOT NULL,
  action         TEXT NOT NULL CHECK (action IN ('accept', 'correct', 'reject', 'merge', 'split')),
  partnership_id INTEGER NOT NULL,
  field          TEXT,                                    -- null for merge and split
  old_json       TEXT,
  new_json       TEXT,
  comment        TEXT
);
CREATE INDEX review_actions_partnership ON review_actions (partnership_id);

-- Reviewers' merges and splits, as constraints between observations that every reconcile applies first.
CREATE TABLE link_constraints (
  id   INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  a    TEXT NOT NULL,
  b    TEXT NOT NULL,
  action_id INTEGER NOT NULL REFERENCES review_actions (id)
);
