-- Sign-in throttling without lock-outs (issue 11). Before: five failures for one username, from
-- anywhere, locked the account for 15 minutes for everyone, its owner's right password included, so a
-- stranger could lock the administrator out. Now failures are counted per (username, address) pair
-- and per address, and each failure past a few free ones makes the next attempt from there wait
-- longer (1 s, 2 s, 4 s, ... up to a cap): the owner signing in from another address is never held up.
-- The old per-account counters and their locks are dropped: nobody stays locked out after the upgrade.
DELETE FROM sign_in_throttle WHERE scope = 'ACCOUNT';
ALTER TABLE sign_in_throttle DROP CONSTRAINT sign_in_throttle_scope_chk;
ALTER TABLE sign_in_throttle ADD CONSTRAINT sign_in_throttle_scope_chk CHECK (scope IN ('PAIR', 'ADDRESS'));
-- The counter starts again when nobody failed for a while after its last failure.
ALTER TABLE sign_in_throttle RENAME COLUMN window_started_at TO last_failure_at;
-- The earliest moment the next attempt from this subject is checked at all.
ALTER TABLE sign_in_throttle RENAME COLUMN locked_until TO wait_until;
ALTER INDEX sign_in_throttle_window_idx RENAME TO sign_in_throttle_last_failure_idx;
