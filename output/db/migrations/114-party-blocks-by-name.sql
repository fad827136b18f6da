-- Party blocks are a civil-society party's name and the names it may be a unit of (pipeline/reconcile/
-- parties-match.ts), no longer its first two words, under which every "Föreningen Gemenskap …" of a kommun
-- met every other. Keys stored the old way would never be looked under again: they go, and every path is
-- reconciled anew at the next reconcile (records keep their ids through reconciled_member_history).
DELETE FROM reconcile_keys WHERE key LIKE 'party:%';
INSERT OR IGNORE INTO reconcile_pending (path) SELECT DISTINCT path FROM documents;
