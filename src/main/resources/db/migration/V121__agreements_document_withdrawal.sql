-- A signed document can be withdrawn (a wrong or superseded file): it stays in storage and in the
-- history, the public no longer sees or downloads it, and the reason is kept with it (and audited, so
-- the history says why).
ALTER TABLE agreement_document ADD COLUMN withdrawal_reason varchar(2000);
ALTER TABLE agreement_document_aud ADD COLUMN withdrawal_reason varchar(2000);
