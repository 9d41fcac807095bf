-- Issue 16, point 3: a withdrawal says when and (if given) why, so that a cited permalink can answer
-- 410 "withdrawn on ..., because ..." instead of a bare 404, and the history keeps the reason.
-- The audit tables get the same columns: Envers records them with every revision.
ALTER TABLE agreement ADD COLUMN withdrawn_at timestamptz, ADD COLUMN withdrawal_reason text;
ALTER TABLE meeting   ADD COLUMN withdrawn_at timestamptz, ADD COLUMN withdrawal_reason text;
ALTER TABLE partner   ADD COLUMN withdrawn_at timestamptz, ADD COLUMN withdrawal_reason text;
ALTER TABLE agreement_aud ADD COLUMN withdrawn_at timestamptz, ADD COLUMN withdrawal_reason text;
ALTER TABLE meeting_aud   ADD COLUMN withdrawn_at timestamptz, ADD COLUMN withdrawal_reason text;
ALTER TABLE partner_aud   ADD COLUMN withdrawn_at timestamptz, ADD COLUMN withdrawal_reason text;

-- Records withdrawn before this migration: withdrawn when they were last changed.
UPDATE agreement SET withdrawn_at = updated_at WHERE visibility = 'WITHDRAWN';
UPDATE meeting   SET withdrawn_at = updated_at WHERE visibility = 'WITHDRAWN';
UPDATE partner   SET withdrawn_at = updated_at WHERE visibility = 'WITHDRAWN';
