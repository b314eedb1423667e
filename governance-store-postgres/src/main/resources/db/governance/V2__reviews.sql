-- Access reviews: one row each, the review (items and decisions) as the JSON document of the
-- directory store's <id>.review.json. A change is a read-modify-write under SELECT ... FOR UPDATE of
-- the row, so two reviewers deciding at once never lose each other's decisions.
CREATE TABLE governance_reviews (
  id             text PRIMARY KEY,
  integration_id text NOT NULL,
  status         text NOT NULL,
  created_at     timestamptz NOT NULL,
  data           text NOT NULL
);
CREATE INDEX governance_reviews_by_integration ON governance_reviews (integration_id, status, created_at);

-- Each review's remediation audit log: one row per entry, in the order appended. An entry is the
-- audit document of the directory store's <id>.audit.json holding that one entry.
CREATE TABLE governance_review_audit (
  seq       bigserial PRIMARY KEY,
  review_id text NOT NULL REFERENCES governance_reviews (id) ON DELETE CASCADE,
  data      text NOT NULL
);
CREATE INDEX governance_review_audit_by_review ON governance_review_audit (review_id, seq);
