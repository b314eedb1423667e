-- The registry of integrations: one row each, its value as the JSON object of integrations.json.
CREATE TABLE governance_integrations (
  id          text PRIMARY KEY,
  position    bigserial NOT NULL,
  data        jsonb NOT NULL
);

-- Every status an integration was given, oldest first.
CREATE TABLE governance_status_history (
  seq            bigserial PRIMARY KEY,
  integration_id text NOT NULL,
  state          text NOT NULL,
  since          timestamptz NOT NULL,
  reason         text
);
CREATE INDEX governance_status_history_by_integration ON governance_status_history (integration_id, seq);

-- Who holds an integration (a sync, a deletion, a credential update) and until when.
CREATE TABLE governance_leases (
  integration_id text PRIMARY KEY,
  owner          text NOT NULL,
  purpose        text NOT NULL,
  expires_at     timestamptz NOT NULL
);

-- Snapshots: the header as a document of the snapshot format with empty arrays; the gzip of the
-- whole document in chunks of governance_snapshot_chunks. A row is committed with all its chunks
-- in one transaction, so a reader never sees a half-written snapshot.
CREATE TABLE governance_snapshots (
  pk             bigserial PRIMARY KEY,
  integration_id text NOT NULL,
  sequence       bigint NOT NULL,
  snapshot_id    text NOT NULL,
  saved_at       timestamptz NOT NULL,
  whole          boolean NOT NULL,
  size_bytes     bigint NOT NULL,
  header         text NOT NULL,
  UNIQUE (integration_id, sequence),
  UNIQUE (integration_id, snapshot_id)
);

CREATE TABLE governance_snapshot_chunks (
  snapshot_pk bigint NOT NULL REFERENCES governance_snapshots (pk) ON DELETE CASCADE,
  seq         integer NOT NULL,
  data        bytea NOT NULL,
  PRIMARY KEY (snapshot_pk, seq)
);

-- Connectors' cursors for resumable syncs, per integration.
CREATE TABLE governance_checkpoints (
  integration_id text NOT NULL,
  key            text NOT NULL,
  value          text NOT NULL,
  PRIMARY KEY (integration_id, key)
);
