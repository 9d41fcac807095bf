package org.citydiplomacy.portal.agreements.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.citydiplomacy.portal.agreements.AgreementImports;
import org.citydiplomacy.portal.history.ChangeSets;
import org.citydiplomacy.portal.partners.PartnerWriteService;
import org.citydiplomacy.portal.shared.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the import's batches ({@link AgreementImports}): reads what a file's rows are matched and
 * checked against, every partner and every agreement's partners, signing date and title, in two
 * statements, within the importing transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class AgreementBatchWriter implements AgreementImports {

    /** A partner as a new agreement's checks need it. */
    record KnownPartner(long id, boolean published) {
    }

    /** What every batch checks and writes its agreements with. */
    record Writing(Validator validator, PartnerWriteService partners, AgreementBulkInserts inserts) {
    }

    private final JdbcClient jdbc;
    private final Writing writing;

    AgreementBatchWriter(JdbcClient jdbc, Validator validator, PartnerWriteService partners, ChangeSets changeSets,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.writing = new Writing(validator, partners, new AgreementBulkInserts(jdbc, json, changeSets));
    }

    @Override
    public Batch open() {
        Map<String, KnownPartner> known = new HashMap<>();
        jdbc.sql("SELECT id, slug, visibility FROM partner").query(rs -> {
            known.put(rs.getString("slug"), new KnownPartner(rs.getLong("id"), "PUBLISHED".equals(rs.getString("visibility"))));
        });
        AgreementKeys keys = new AgreementKeys();
        jdbc.sql("""
                SELECT a.id, a.title, a.signed_on, a.signed_on_precision, string_agg(p.slug, ',') AS slugs
                  FROM agreement a
                  LEFT JOIN agreement_partner ap ON ap.agreement_id = a.id
                  LEFT JOIN partner p ON p.id = ap.partner_id
                 GROUP BY a.id ORDER BY a.id""")
                .query(rs -> {
                    String slugs = rs.getString("slugs");
                    keys.add(new AgreementKeys.Entry(rs.getLong("id"), PartialDate.ofNullable(
                                    rs.getObject("signed_on", java.time.LocalDate.class), rs.getString("signed_on_precision"))),
                            slugs == null ? List.of() : List.of(slugs.split(",")), rs.getString("title"));
                });
        return new AgreementImportBatch(known, keys, writing);
    }
}
