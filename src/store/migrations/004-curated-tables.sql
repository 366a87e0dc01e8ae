-- Curated tables as typed, queryable tables: the policy register gains its announcement number, elements and
-- quality fields; capacity projects, company results and market estimates get tables of their own (they were
-- whole-row JSON records before; the `record` table keeps application parameters, reference facts and provisions).
ALTER TABLE policy_event ADD COLUMN IF NOT EXISTS announcement_no text NOT NULL DEFAULT '';
ALTER TABLE policy_event ADD COLUMN IF NOT EXISTS elements text[] NOT NULL DEFAULT '{}';
ALTER TABLE policy_event ADD COLUMN IF NOT EXISTS amount_qualifier text
  CHECK (amount_qualifier IN ('gt', 'gte', 'lt', 'lte'));
ALTER TABLE policy_event ADD COLUMN IF NOT EXISTS approx boolean NOT NULL DEFAULT false;
ALTER TABLE policy_event ADD COLUMN IF NOT EXISTS exclude_reason text NOT NULL DEFAULT '';
-- First and last day of the (loose) date and effective date, for date-range filters; filled by every load.
ALTER TABLE policy_event ADD COLUMN IF NOT EXISTS date_start date;
ALTER TABLE policy_event ADD COLUMN IF NOT EXISTS date_end date;
ALTER TABLE policy_event ADD COLUMN IF NOT EXISTS effective_start date;
ALTER TABLE policy_event ADD COLUMN IF NOT EXISTS effective_end date;

DELETE FROM record WHERE kind IN ('capacity_project', 'market_estimate');

CREATE TABLE IF NOT EXISTS capacity_project (
  id text PRIMARY KEY,
  company text NOT NULL,
  country text NOT NULL,
  site text NOT NULL,
  stage text NOT NULL,
  magnet_type text NOT NULL,
  product text NOT NULL,
  capacity_tpy double precision,
  capacity_low_tpy double precision,
  capacity_high_tpy double precision,
  capacity_qualifier text CHECK (capacity_qualifier IN ('gt', 'gte', 'lt', 'lte')),
  approx boolean NOT NULL,
  capacity_basis text NOT NULL,
  mass_basis text NOT NULL,
  capacity_text text NOT NULL,
  status text NOT NULL,
  start_year integer,
  target_year integer,
  capex_amount double precision,
  capex_qualifier text CHECK (capex_qualifier IN ('gt', 'gte', 'lt', 'lte')),
  capex_approx boolean NOT NULL,
  capex_currency text NOT NULL,
  source_id text NOT NULL REFERENCES source (id),
  exclude_reason text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS company_result (
  id text PRIMARY KEY,
  company text NOT NULL,
  ticker text NOT NULL,
  period text NOT NULL,
  -- The normalised period's first and last day, for date-range filters.
  span_start date NOT NULL,
  span_end date NOT NULL,
  period_as_published text NOT NULL,
  fiscal_period text NOT NULL,
  period_end text NOT NULL,
  item text NOT NULL,
  value double precision,
  low double precision,
  high double precision,
  qualifier text CHECK (qualifier IN ('gt', 'gte', 'lt', 'lte')),
  approx boolean NOT NULL,
  unit text NOT NULL,
  currency text NOT NULL,
  yoy_pct double precision,
  qoq_pct double precision,
  basis text NOT NULL,
  source_id text NOT NULL REFERENCES source (id),
  exclude_reason text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS company_result_company ON company_result (lower(company), item, span_start);

CREATE TABLE IF NOT EXISTS market_estimate (
  id text PRIMARY KEY,
  kind text NOT NULL,
  publisher text NOT NULL,
  publisher_type text NOT NULL,
  published_date text NOT NULL,
  published text,
  -- First and last day of `published`, for date-range filters (null when the date is unknown).
  published_start date,
  published_end date,
  metric text NOT NULL,
  scope_basis text NOT NULL,
  mass_basis text NOT NULL,
  geography text NOT NULL,
  base_year integer,
  base_value double precision,
  base_low double precision,
  base_high double precision,
  base_qualifier text CHECK (base_qualifier IN ('gt', 'gte', 'lt', 'lte')),
  target_year integer,
  target_value double precision,
  target_low double precision,
  target_high double precision,
  target_qualifier text CHECK (target_qualifier IN ('gt', 'gte', 'lt', 'lte')),
  unit text NOT NULL,
  stated_cagr_pct double precision,
  computed_cagr_pct double precision,
  scenario text NOT NULL,
  approx boolean NOT NULL,
  source_id text NOT NULL REFERENCES source (id),
  exclude_reason text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT ''
);
