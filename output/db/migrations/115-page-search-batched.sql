-- The writer (output/writer.ts) now indexes a batch's pages with one statement after the batch's documents,
-- not a row at a time inside each document's savepoint: FTS5 writes an index segment at every savepoint
-- holding pending rows, and one segment per stored document made storing pages_fts the largest cost of a
-- store. Delete and update stay triggers: a removed or changed page must leave the index whoever removes it.
-- The pages already stored are indexed (111's trigger and backfill); nothing to add.
DROP TRIGGER pages_fts_insert;
