-- The analyst's side of the dataset: views that answer "which partnerships, with whom, for how much, for how
-- long" in one SELECT, in snake_case, with one name per concept:
--   record_id     a reconciled partnership record (reconciled_partnerships.id; the tables call it partnership_id)
--   statement_id  one document's statement of a partnership (partnerships.id; field_values.partnership_id)
-- Reviewers' values win over the machine's everywhere here, exactly as in `iop export`.

-- The names fields have in the views, for the names stored in field_values.field and reconciled_fields.field.
CREATE TABLE field_names (
  stored TEXT PRIMARY KEY,
  name   TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO field_names (stored, name) VALUES
  ('docType', 'doc_type'), ('diarienummer', 'diarienummer'), ('diarienummerRefs', 'diarienummer_refs'),
  ('decision', 'decision'), ('kind', 'kind'), ('ideburna', 'ideburna'), ('offentliga', 'offentliga'),
  ('organ', 'organ'), ('amounts', 'amount'), ('amount', 'amount'), ('period', 'period'),
  ('extension', 'extension'), ('targetGroups', 'target_groups');

-- Each field of each record as the registry states it: the reviewer's value when reviewed (null when
-- rejected), else the machine's. A reviewed field carries the reviewer's word, not the machine's estimate:
-- no confidence, no conflict; it needs review again only when the machine's value changed since.
CREATE VIEW record_values_v AS
SELECT f.partnership_id AS record_id,
       coalesce(n.name, f.field) AS field,
       CASE WHEN r.status IS NULL THEN f.value_json WHEN r.status = 'rejected' THEN 'null' ELSE r.value_json END AS value_json,
       coalesce(r.status, 'machine') AS status,
       CASE WHEN r.status IS NULL AND f.value_json <> 'null' THEN f.confidence END AS confidence,
       CASE WHEN r.status IS NULL THEN f.needs_review ELSE r.changed_since_review END AS needs_review,
       CASE WHEN r.status IS NULL THEN f.conflict ELSE 0 END AS conflict,
       r.reviewer,
       r.reviewed_at
FROM reconciled_fields f
LEFT JOIN field_reviews r ON r.partnership_id = f.partnership_id AND r.field = f.field
LEFT JOIN field_names n ON n.stored = f.field;

-- Which canonical organisations each record names, as party (every document's statement of it counts).
-- Kept in step with reconciled_fields by the triggers below, whoever rebuilds the records.
CREATE TABLE record_organisations (
  record_id        INTEGER NOT NULL,
  organisation_key TEXT NOT NULL,
  role             TEXT NOT NULL CHECK (role IN ('ideburen', 'offentlig')),
  PRIMARY KEY (record_id, organisation_key, role)
) WITHOUT ROWID;
CREATE INDEX record_organisations_organisation ON record_organisations (organisation_key);

CREATE TRIGGER record_organisations_insert AFTER INSERT ON reconciled_fields
WHEN NEW.field IN ('ideburna', 'offentliga') AND json_valid(NEW.candidates_json)
BEGIN
  INSERT OR IGNORE INTO record_organisations (record_id, organisation_key, role)
  SELECT NEW.partnership_id, json_extract(c.value, '$.key'), CASE NEW.field WHEN 'ideburna' THEN 'ideburen' ELSE 'offentlig' END
  FROM json_each(NEW.candidates_json) c
  WHERE json_extract(c.value, '$.key') IS NOT NULL;
END;

CREATE TRIGGER record_organisations_delete AFTER DELETE ON reconciled_fields
WHEN OLD.field IN ('ideburna', 'offentliga')
BEGIN
  DELETE FROM record_organisations
  WHERE record_id = OLD.partnership_id AND role = CASE OLD.field WHEN 'ideburna' THEN 'ideburen' ELSE 'offentlig' END;
END;

INSERT OR IGNORE INTO record_organisations (record_id, organisation_key, role)
SELECT f.partnership_id, json_extract(c.value, '$.key'), CASE f.field WHEN 'ideburna' THEN 'ideburen' ELSE 'offentlig' END
FROM reconciled_fields f, json_each(f.candidates_json) c
WHERE f.field IN ('ideburna', 'offentliga') AND json_valid(f.candidates_json) AND json_extract(c.value, '$.key') IS NOT NULL;

-- Each document's statement of each record, with what the statement itself says about its matter (its
-- kind and decision, as reconcile stored them in reconciled_members).
CREATE VIEW statements_v AS
SELECT m.partnership_id AS record_id,
       s.id AS statement_id,
       d.id AS document_id,
       m.ordinal,
       d.path,
       d.sha256,
       d.doc_type,
       m.kind,
       m.paragraph,
       m.decision_json
FROM reconciled_members m
JOIN documents d ON d.id = m.document_id
LEFT JOIN partnerships s ON s.document_id = m.document_id AND s.ordinal = m.ordinal;

-- One row per partnership record: the registry. List fields are their values joined with " | ".
CREATE VIEW partnerships_v AS
WITH
v AS (SELECT record_id, field, value_json, status, needs_review, conflict FROM record_values_v),
s AS (SELECT * FROM statements_v),
decided AS (
  -- The record's decision: the latest one its documents state.
  SELECT record_id, decision_json,
         row_number() OVER (PARTITION BY record_id ORDER BY json_extract(decision_json, '$.date') DESC, statement_id) AS n
  FROM s WHERE decision_json IS NOT NULL
),
kinds AS (
  -- The record's kind: what most of its statements say (an IOP over another agreement over a grant on a tie).
  SELECT record_id, kind,
         row_number() OVER (PARTITION BY record_id ORDER BY count(*) DESC,
                            CASE kind WHEN 'iop' THEN 0 WHEN 'overenskommelse' THEN 1 ELSE 2 END) AS n
  FROM s WHERE kind IS NOT NULL GROUP BY record_id, kind
)
SELECT p.id AS record_id,
       k.kind,
       (SELECT group_concat(j.value, ' | ') FROM v, json_each(v.value_json) j WHERE v.record_id = p.id AND v.field = 'ideburna') AS ideburna,
       (SELECT group_concat(j.value, ' | ') FROM v, json_each(v.value_json) j WHERE v.record_id = p.id AND v.field = 'offentliga') AS offentliga,
       (SELECT group_concat(o.municipality, ' | ') FROM (SELECT DISTINCT o.municipality FROM record_organisations ro JOIN reconciled_organisations o ON o.key = ro.organisation_key
         WHERE ro.record_id = p.id AND ro.role = 'offentlig' AND o.municipality IS NOT NULL ORDER BY 1) o) AS municipality,
       (SELECT group_concat(j.value, ' | ') FROM v, json_each(v.value_json) j WHERE v.record_id = p.id AND v.field = 'organ') AS organ,
       (SELECT json_extract(v.value_json, '$.sek') FROM v WHERE v.record_id = p.id AND v.field = 'amount') AS amount_sek,
       (SELECT json_extract(v.value_json, '$.per') FROM v WHERE v.record_id = p.id AND v.field = 'amount') AS amount_per,
       (SELECT json_extract(v.value_json, '$.payer') FROM v WHERE v.record_id = p.id AND v.field = 'amount') AS amount_payer,
       (SELECT json_extract(v.value_json, '$.start') FROM v WHERE v.record_id = p.id AND v.field = 'period') AS period_start,
       (SELECT json_extract(v.value_json, '$.end') FROM v WHERE v.record_id = p.id AND v.field = 'period') AS period_end,
       (SELECT json_extract(v.value_json, '$.openEnded') FROM v WHERE v.record_id = p.id AND v.field = 'period') AS period_open_ended,
       (SELECT json_extract(v.value_json, '$') FROM v WHERE v.record_id = p.id AND v.field = 'extension') AS extension,
       (SELECT group_concat(j.value, ' | ') FROM v, json_each(v.value_json) j WHERE v.record_id = p.id AND v.field = 'target_groups') AS target_groups,
       (SELECT group_concat(j.value, ' | ') FROM v, json_each(v.value_json) j WHERE v.record_id = p.id AND v.field = 'diarienummer') AS diarienummer,
       json_extract(dd.decision_json, '$.date') AS decision_date,
       json_extract(dd.decision_json, '$.body') AS decision_body,
       json_extract(dd.decision_json, '$.paragraph') AS decision_paragraph,
       json_extract(dd.decision_json, '$.outcome') AS decision_outcome,
       p.status,
       CASE (SELECT count(*) FROM v WHERE v.record_id = p.id AND v.status <> 'machine')
         WHEN 0 THEN 'unreviewed'
         WHEN (SELECT count(*) FROM v WHERE v.record_id = p.id AND (v.status <> 'machine' OR v.value_json <> 'null')) THEN 'reviewed'
         ELSE 'partly reviewed' END AS review_state,
       (SELECT count(*) FROM v WHERE v.record_id = p.id AND v.needs_review = 1) AS fields_needing_review,
       (SELECT count(*) FROM v WHERE v.record_id = p.id AND v.conflict = 1) AS conflicting_fields,
       (SELECT count(*) FROM s WHERE s.record_id = p.id) AS documents,
       (SELECT group_concat(s.path, ' | ') FROM s WHERE s.record_id = p.id) AS source_paths
FROM reconciled_partnerships p
LEFT JOIN kinds k ON k.record_id = p.id AND k.n = 1
LEFT JOIN decided dd ON dd.record_id = p.id AND dd.n = 1
WHERE p.status = 'active';

-- Every place a record's values were read from: the statement, the document and page, the quoted text.
CREATE VIEW evidence_v AS
SELECT st.record_id, st.statement_id, st.document_id, st.path, coalesce(n.name, fv.field) AS field, fv.value_text AS value,
       fv.confidence, e.page, e.start, e."end", e.text
FROM statements_v st
JOIN field_values fv ON fv.partnership_id = st.statement_id
JOIN evidence e ON e.field_value_id = fv.id
LEFT JOIN field_names n ON n.stored = fv.field
UNION ALL
SELECT st.record_id, st.statement_id, st.document_id, st.path, coalesce(n.name, fv.field), fv.value_text,
       fv.confidence, e.page, e.start, e."end", e.text
FROM statements_v st
JOIN field_values fv ON fv.document_id = st.document_id AND fv.partnership_id IS NULL
JOIN evidence e ON e.field_value_id = fv.id
LEFT JOIN field_names n ON n.stored = fv.field;
