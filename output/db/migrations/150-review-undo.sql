-- review_actions gains the action 'undo' (the review page's "Ångra": it takes back a field's latest
-- verdict, and is itself logged). SQLite cannot change a CHECK in place, so the table is rebuilt; the list
-- keeps every action of the migrations before this one, 'not-partnership' (104) included.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE review_actions_new (
  id             INTEGER PRIMARY KEY,
  at             TEXT NOT NULL,
  reviewer       TEXT NOT NULL,
  action         TEXT NOT NULL CHECK (action IN ('accept', 'correct', 'reject', 'merge', 'split', 'not-partnership', 'undo')),
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
