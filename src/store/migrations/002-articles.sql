-- Ingested news articles with their extracted claims and events (news to data, part 2).
-- The article id is the SHA-256 of the normalised body, so the same text is stored once.
CREATE TABLE IF NOT EXISTS article (
  id text PRIMARY KEY,
  title text,
  source_url text,
  publisher text,
  published text,
  language text NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now(),
  body_length integer NOT NULL,
  claim_count integer NOT NULL,
  event_count integer NOT NULL,
  -- Hash of the stored claims and events: a re-ingest with the same extraction changes nothing.
  extraction_hash text NOT NULL
);

CREATE TABLE IF NOT EXISTS claim (
  article_id text NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  claim_id text NOT NULL,
  metric text NOT NULL,
  metric_family text NOT NULL,
  entity text,
  counterparty text,
  material text,
  period text,
  value double precision,
  unit text,
  currency text,
  is_forecast boolean NOT NULL,
  quote text NOT NULL,
  quote_start integer NOT NULL,
  quote_end integer NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (article_id, claim_id)
);
CREATE INDEX IF NOT EXISTS claim_metric_entity ON claim (metric, entity, period);

CREATE TABLE IF NOT EXISTS article_event (
  article_id text NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  event_id text NOT NULL,
  type text NOT NULL,
  date text,
  actor text NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX IF NOT EXISTS article_event_type_date ON article_event (type, date);
