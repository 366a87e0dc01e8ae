-- Reconciliation (docs/reconciliation.md): every reported value kept, one preferred per (series_key, period),
-- machine-readable quality, qualifiers and conflicts; entity ids from the registry; source tiers.
ALTER TABLE source ADD COLUMN IF NOT EXISTS tier text NOT NULL DEFAULT 'aggregator'
  CHECK (tier IN ('official', 'filing', 'wire', 'press', 'research', 'aggregator', 'own'));
ALTER TABLE source ADD COLUMN IF NOT EXISTS origin text NOT NULL DEFAULT '';

ALTER TABLE figure ADD COLUMN IF NOT EXISTS entity_id text NOT NULL DEFAULT '';
ALTER TABLE figure ADD COLUMN IF NOT EXISTS counterparty_id text NOT NULL DEFAULT '';
ALTER TABLE figure ADD COLUMN IF NOT EXISTS variant text NOT NULL DEFAULT '';
ALTER TABLE figure ADD COLUMN IF NOT EXISTS qualifier text
  CHECK (qualifier IS NULL OR qualifier IN ('gt', 'gte', 'lt', 'lte'));
ALTER TABLE figure ADD COLUMN IF NOT EXISTS approx boolean NOT NULL DEFAULT false;
ALTER TABLE figure ADD COLUMN IF NOT EXISTS exclude_reason text NOT NULL DEFAULT '';
ALTER TABLE figure ADD COLUMN IF NOT EXISTS series_key text NOT NULL DEFAULT '';
ALTER TABLE figure ADD COLUMN IF NOT EXISTS preferred boolean NOT NULL DEFAULT false;
ALTER TABLE figure ADD COLUMN IF NOT EXISTS quality text NOT NULL DEFAULT 'reported'
  CHECK (quality IN ('excluded', 'superseded', 'derived', 'approximate', 'reported'));
ALTER TABLE figure ADD COLUMN IF NOT EXISTS quality_reason text NOT NULL DEFAULT '';
ALTER TABLE figure ADD COLUMN IF NOT EXISTS confidence text NOT NULL DEFAULT 'low'
  CHECK (confidence IN ('high', 'medium', 'low'));
ALTER TABLE figure ADD COLUMN IF NOT EXISTS conflict boolean NOT NULL DEFAULT false;
-- An excluded row is never preferred.
ALTER TABLE figure ADD CONSTRAINT figure_excluded_not_preferred CHECK (NOT (preferred AND exclude_reason <> ''));

CREATE INDEX IF NOT EXISTS figure_series ON figure (series_key, period_start);
CREATE INDEX IF NOT EXISTS figure_entity_id ON figure (metric, entity_id, counterparty_id, period_start);
-- At most one preferred row per (series_key, period) is guaranteed by reconcile() and tested by the conformance
-- suite; not a unique index, because a reload may move the flag between rows in one set-based statement.
CREATE INDEX IF NOT EXISTS figure_preferred ON figure (series_key, period) WHERE preferred;

-- Figures loaded before this migration carry no reconciliation (no preferred rows): forget the loaded version
-- so that the next start reloads the knowledge base (`lodestone data load` does the same for other data).
DELETE FROM dataset_version;
