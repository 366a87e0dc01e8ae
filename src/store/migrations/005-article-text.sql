-- Nothing lost (issue 10): the article's text is kept so claims can be re-extracted (`lodestone reextract`), the date
-- it was read with is kept so a re-ingest cannot silently rewrite its periods, and a republished copy (same body,
-- another source URL or title) is its own row linked to the first one instead of overwriting it.
ALTER TABLE article ADD COLUMN IF NOT EXISTS source_text text;
-- The --date (or `date` field) the extraction used to resolve relative dates; null when none was given.
ALTER TABLE article ADD COLUMN IF NOT EXISTS doc_date text;
-- SHA-256 of the normalised body; before this migration the id was exactly that.
ALTER TABLE article ADD COLUMN IF NOT EXISTS body_hash text;
UPDATE article SET body_hash = id WHERE body_hash IS NULL;
ALTER TABLE article ALTER COLUMN body_hash SET NOT NULL;
-- The first stored article with the same body, when this one is a republished copy.
ALTER TABLE article ADD COLUMN IF NOT EXISTS copy_of text REFERENCES article (id) ON DELETE SET NULL;
CREATE INDEX IF NOT EXISTS article_body_hash ON article (body_hash);
