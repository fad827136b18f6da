-- Every matter of every document (result.matters): a protocol's § items, a single-matter document's one
-- matter, a report's rows — with its kind or none, so a reviewer can see why a § was or was not taken.
-- Written with the document by output/writer.ts.
CREATE TABLE matters (
  document_id         INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal             INTEGER NOT NULL,                    -- 0-based, in document order
  paragraph           TEXT,                                -- "§ 173"; NULL for a matter without a § of its own
  title               TEXT,
  kind                TEXT CHECK (kind IN ('iop', 'overenskommelse', 'bidrag')), -- NULL: no partnership matter
  confidence          REAL NOT NULL,                       -- that kind (or none) is right
  rule                TEXT,                                -- the named rule that decided the kind or none
  partnership_ordinal INTEGER,                             -- the partnership it yields (partnerships.ordinal); NULL: none
  page                INTEGER,                             -- where its span starts: page (NULL for page-less text) and offset
  start               INTEGER NOT NULL,
  end_page            INTEGER,                             -- where it ends (exclusive)
  "end"               INTEGER NOT NULL,
  PRIMARY KEY (document_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX matters_kind ON matters (kind);

INSERT INTO matters (document_id, ordinal, paragraph, title, kind, confidence, rule, partnership_ordinal, page, start, end_page, "end")
SELECT d.id, CAST(m.key AS INTEGER), json_extract(m.value, '$.paragraph'), json_extract(m.value, '$.title'), json_extract(m.value, '$.kind'),
       json_extract(m.value, '$.confidence'), json_extract(m.value, '$.rule'), json_extract(m.value, '$.partnership'),
       json_extract(m.value, '$.page'), json_extract(m.value, '$.start'), json_extract(m.value, '$.endPage'), json_extract(m.value, '$.end')
FROM documents d, json_each(d.result_json, '$.matters') m
WHERE d.status = 'done' AND d.result_json IS NOT NULL;
