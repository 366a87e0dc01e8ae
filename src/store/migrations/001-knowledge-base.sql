-- Knowledge base: sources, figures (the generic numeric view), policy events and whole records.
CREATE TABLE IF NOT EXISTS source (
  id text PRIMARY KEY,
  title text NOT NULL,
  publisher text NOT NULL,
  url text NOT NULL,
  published text NOT NULL,
  accessed date NOT NULL,
  licence text NOT NULL CHECK (licence IN ('public-domain', 'cc-by-4.0', 'facts-attributed', 'own-derivation')),
  licence_note text NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS figure (
  id text PRIMARY KEY,
  dataset text NOT NULL,
  metric text NOT NULL,
  family text NOT NULL,
  entity text NOT NULL,
  counterparty text NOT NULL DEFAULT '',
  material text NOT NULL DEFAULT '',
  location text NOT NULL DEFAULT '',
  period text NOT NULL,
  period_kind text NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL,
  value double precision,
  low double precision,
  high double precision,
  unit text NOT NULL,
  mass_basis text NOT NULL,
  vintage text NOT NULL DEFAULT '',
  is_latest boolean NOT NULL,
  is_derived boolean NOT NULL,
  is_forecast boolean NOT NULL,
  source_id text NOT NULL REFERENCES source (id),
  note text NOT NULL DEFAULT '',
  CHECK (value IS NOT NULL OR low IS NOT NULL OR high IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS figure_metric_entity ON figure (metric, entity, period_start);
CREATE INDEX IF NOT EXISTS figure_counterparty ON figure (counterparty);

CREATE TABLE IF NOT EXISTS policy_event (
  id text PRIMARY KEY,
  date text NOT NULL,
  effective_date text,
  end_date text,
  jurisdiction text NOT NULL,
  actor text NOT NULL,
  instruments text[] NOT NULL,
  title text NOT NULL,
  materials text[] NOT NULL,
  hs_codes text[] NOT NULL,
  amount double precision,
  amount_unit text NOT NULL DEFAULT '',
  status text NOT NULL,
  summary text NOT NULL,
  source_id text NOT NULL REFERENCES source (id),
  source_id_2 text REFERENCES source (id),
  note text NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS record (
  kind text NOT NULL,
  id text NOT NULL,
  source_id text NOT NULL REFERENCES source (id),
  data jsonb NOT NULL,
  PRIMARY KEY (kind, id)
);

-- One row per load that changed the content; the newest row describes what the store holds.
CREATE TABLE IF NOT EXISTS dataset_version (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  content_hash text NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now(),
  figures integer NOT NULL,
  sources integer NOT NULL
);
