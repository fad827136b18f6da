-- Full-text search over every page's clean text. The tokenizer keeps diacritics (remove_diacritics 0): in
-- Swedish å, ä and ö are letters of their own ("får" is not "far"). The row id encodes the page
-- (document_id * 1000000 + page number), so the triggers keep the index in step with pages on every ingest,
-- refresh and removal, whoever writes them.
CREATE VIRTUAL TABLE pages_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 0');

CREATE TRIGGER pages_fts_insert AFTER INSERT ON pages BEGIN
  INSERT INTO pages_fts (rowid, text) VALUES (NEW.document_id * 1000000 + NEW.number, NEW.text);
END;
CREATE TRIGGER pages_fts_delete AFTER DELETE ON pages BEGIN
  DELETE FROM pages_fts WHERE rowid = OLD.document_id * 1000000 + OLD.number;
END;
CREATE TRIGGER pages_fts_update AFTER UPDATE OF text ON pages BEGIN
  UPDATE pages_fts SET text = NEW.text WHERE rowid = OLD.document_id * 1000000 + OLD.number;
END;

INSERT INTO pages_fts (rowid, text) SELECT document_id * 1000000 + number, text FROM pages;

-- Searching: SELECT path, page FROM page_search_v WHERE text MATCH 'föreningen' ORDER BY rank;
CREATE VIEW page_search_v AS
SELECT f.rowid / 1000000 AS document_id, f.rowid % 1000000 AS page, d.path, d.doc_type, f.text, f.rank
FROM pages_fts f JOIN documents d ON d.id = f.rowid / 1000000;
