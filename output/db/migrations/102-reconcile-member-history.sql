-- The record each observation last belonged to, kept when a record is retired: an observation that
-- disappears (a file that failed to read, a row the extractor missed) and comes back later returns to its
-- old record id, and so to the reviews attached to it. Written by output/review/records.ts.
CREATE TABLE reconciled_member_history (
  observation    TEXT PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES reconciled_partnerships (id)
) WITHOUT ROWID;
INSERT INTO reconciled_member_history (observation, partnership_id) SELECT observation, partnership_id FROM reconciled_members;
