-- What reconcile needs from a document's text (pipeline/reconcile/text-facts.ts: the abbreviations it
-- defines, the organisationsnummer next to its parties, a förlängning heading), written by the writer with
-- the document, so a reconcile step never reads a neighbour's page texts. NULL for documents stored before
-- this column: output/review/load.ts then reads them from the pages, as before.
ALTER TABLE documents ADD COLUMN reconcile_facts_json TEXT;

-- Every reconcile step ends with the dataset's totals; the conflicting fields are found through this index,
-- not by reading every record's fields.
CREATE INDEX reconciled_fields_conflict ON reconciled_fields (partnership_id) WHERE conflict = 1;
