-- Settings of the dataset as a whole. paths: how documents.path (and so every observation key) is stored —
-- 'relative' to the folder the dataset file is in (portable: copy the folder and the paths still hold), or
-- 'absolute' (`iop ingest --absolute-paths` on a new dataset). A dataset that already holds documents keeps
-- the absolute paths it was built with, so its observation keys, and the reviews hanging on them, stay valid.
CREATE TABLE dataset_settings (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO dataset_settings (name, value)
SELECT 'paths', CASE WHEN EXISTS (SELECT 1 FROM documents) THEN 'absolute' ELSE 'relative' END;
