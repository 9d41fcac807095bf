-- What the networks of V5 are linked to: the partners that are members too, and the meetings and
-- agreements that concern a network. A partner's membership is a fact from a source, so it keeps
-- which source says so and whose word it is, as citations do (V5).
CREATE TABLE network_partner (
    network_id bigint      NOT NULL REFERENCES network (id) ON DELETE CASCADE,
    partner_id bigint      NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    source_id  bigint      REFERENCES source (id),
    voice      varchar(12),
    detail     text,
    PRIMARY KEY (network_id, partner_id),
    CONSTRAINT network_partner_voice_chk CHECK (voice IN ('CITY', 'PARTNER', 'THIRD_PARTY')),
    CONSTRAINT network_partner_source_chk CHECK ((source_id IS NULL) = (voice IS NULL))
);
CREATE INDEX network_partner_partner_idx ON network_partner (partner_id);

CREATE TABLE network_meeting (
    network_id bigint NOT NULL REFERENCES network (id) ON DELETE CASCADE,
    meeting_id bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    PRIMARY KEY (network_id, meeting_id)
);
CREATE INDEX network_meeting_meeting_idx ON network_meeting (meeting_id);

CREATE TABLE network_agreement (
    network_id   bigint NOT NULL REFERENCES network (id) ON DELETE CASCADE,
    agreement_id bigint NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    PRIMARY KEY (network_id, agreement_id)
);
CREATE INDEX network_agreement_agreement_idx ON network_agreement (agreement_id);

-- Public pages read these tables: a change moves the data version (see V20).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['network_partner', 'network_meeting', 'network_agreement'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I'
                       || ' FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump()', t || '_data_version_trg', t);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I'
                       || ' FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump()', t || '_data_version_truncate_trg', t);
    END LOOP;
END;
$$;
