package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.citydiplomacy.portal.agreements.AgreementCommand;
import org.citydiplomacy.portal.agreements.AgreementEdit;
import org.citydiplomacy.portal.agreements.AgreementStatus;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.AgreementWriteService;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.history.HistoryService;
import org.citydiplomacy.portal.history.RecordType;
import org.citydiplomacy.portal.partners.PartnerCommand;
import org.citydiplomacy.portal.partners.PartnerKind;
import org.citydiplomacy.portal.partners.PartnerWriteService;
import org.citydiplomacy.portal.partners.Relationship;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.StaleEditException;
import org.citydiplomacy.portal.shared.Visibility;
import org.citydiplomacy.portal.support.WriteApiSupport;
import org.citydiplomacy.portal.support.PortalTest;
import org.citydiplomacy.portal.support.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The write services as the staff forms call them, without the API in front: they validate and
 * authorise on their own, and the history reads a fixed number of statements.
 */
@PortalTest
class WriteServicesTest {

    @Autowired
    PartnerWriteService partners;

    @Autowired
    AgreementWriteService agreements;

    @Autowired
    HistoryService history;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    WriteApiSupport api;

    @BeforeEach
    void setUp() {
        api = new WriteApiSupport(mvc, json, jdbc);
    }

    @AfterEach
    void removeCreatedRecords() {
        api.removeCreatedRecords();
    }

    @Test
    void refusesACallerWhoIsNotSignedIn() {
        assertThatThrownBy(() -> partners.create(partner(WriteApiSupport.unique("anon"), "Anonymous")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void validatesACommandBeforeWritingAnything() {
        long before = jdbc.sql("SELECT count(*) FROM partner").query(Long.class).single();
        assertThatThrownBy(() -> partners.create(partner("Not a slug", " ")))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(ex -> assertThat(((ConstraintViolationException) ex).getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString())
                        .contains("create.command.slug", "create.command.name"));
        assertThat(jdbc.sql("SELECT count(*) FROM partner").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void letsOnlyAnAdministratorWithdraw() {
        String slug = WriteApiSupport.unique("svc");
        partners.create(partner(slug, "Service City"));
        assertThatThrownBy(() -> partners.withdraw(slug)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void refusesAStaleEditWithoutWritingIt() {
        String slug = WriteApiSupport.unique("svc");
        partners.create(partner(slug, "Service City"));
        partners.update(slug, 0, partner(slug, "Renamed once"));
        assertThatThrownBy(() -> partners.update(slug, 0, partner(slug, "Renamed from a stale form")))
                .isInstanceOf(StaleEditException.class)
                .satisfies(ex -> assertThat(((StaleEditException) ex).changes())
                        .singleElement().satisfies(c -> {
                            assertThat(c.field()).isEqualTo("name");
                            assertThat(c.before()).isEqualTo("Service City");
                            assertThat(c.after()).isEqualTo("Renamed once");
                        }));
        assertThat(partners.edit(slug).command().name()).isEqualTo("Renamed once");
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void refusesTheLaterOfTwoSavesRacingFromTheSameVersion() throws Exception {
        String slug = WriteApiSupport.unique("svc");
        partners.create(partner(slug, "Race City"));
        org.springframework.security.core.context.SecurityContext signedIn =
                org.springframework.security.core.context.SecurityContextHolder.getContext();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            // This save has read version 0 and passed its check when the other one commits.
            partners.edit(slug);
            Thread other = new Thread(() -> {
                org.springframework.security.core.context.SecurityContextHolder.setContext(signedIn);
                partners.update(slug, 0, partner(slug, "Saved first"));
            });
            other.start();
            try {
                other.join();
            }
            catch (InterruptedException ex) {
                throw new IllegalStateException(ex);
            }
            partners.update(slug, 0, partner(slug, "Saved second, from the same version"));
        })).isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        assertThat(partners.edit(slug).command().name()).isEqualTo("Saved first");
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void readsAHistoryInAFixedNumberOfStatementsWhateverItsLength() {
        String slug = WriteApiSupport.unique("svc");
        partners.create(partner(slug, "Service City"));
        AgreementEdit short_ = agreements.create(agreement("Short history", slug));
        AgreementEdit long_ = agreements.create(agreement("Long history", slug));
        for (int i = 1; i <= 5; i++) {
            agreements.update(long_.id(), i - 1, agreement("Long history, revision " + i, slug));
        }
        StatementCounter.reset();
        assertThat(history.of(RecordType.AGREEMENT, Long.toString(short_.id()), java.util.Locale.ENGLISH)).hasSize(1);
        int shortCount = StatementCounter.count();
        StatementCounter.reset();
        assertThat(history.of(RecordType.AGREEMENT, Long.toString(long_.id()), java.util.Locale.ENGLISH)).hasSize(6);
        assertThat(StatementCounter.count()).isEqualTo(shortCount).isLessThanOrEqualTo(8);
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void reordersPartsWithoutTrippingOverTheirKeys() {
        String first = WriteApiSupport.unique("svc");
        String second = WriteApiSupport.unique("svc");
        partners.create(partner(first, "First City"));
        partners.create(partner(second, "Second City"));
        AgreementCommand.SignatoryCommand a = new AgreementCommand.SignatoryCommand("A", null, null, null,
                org.citydiplomacy.portal.shared.Side.PARTNER, first);
        AgreementCommand.SignatoryCommand b = new AgreementCommand.SignatoryCommand("B", null, null, null,
                org.citydiplomacy.portal.shared.Side.PARTNER, second);
        AgreementEdit created = agreements.create(withParts(agreement("Reordered", first), List.of(first, second),
                List.of(a, b)));
        AgreementEdit swapped = agreements.update(created.id(), created.version(),
                withParts(agreement("Reordered", first), List.of(second, first), List.of(b, a)));
        assertThat(swapped.command().partners()).containsExactly(second, first);
        assertThat(swapped.command().signatories()).extracting(AgreementCommand.SignatoryCommand::name)
                .containsExactly("B", "A");
        assertThat(agreements.edit(created.id()).command().partners()).containsExactly(second, first);
        AgreementEdit shorter = agreements.update(created.id(), swapped.version(),
                withParts(agreement("Reordered", first), List.of(first), List.of(a)));
        assertThat(shorter.command().signatories()).extracting(AgreementCommand.SignatoryCommand::name)
                .containsExactly("A");
        assertThat(history.of(RecordType.AGREEMENT, Long.toString(created.id()), java.util.Locale.ENGLISH).get(0)
                .changes()).extracting(org.citydiplomacy.portal.history.HistoryChange::field)
                .containsExactlyInAnyOrder("Partners", "Signatories");
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void attributesAChangeOfPartsAloneToWhoeverMadeIt() {
        String slug = WriteApiSupport.unique("svc");
        partners.create(partner(slug, "Parts City"));
        AgreementEdit created = agreements.create(agreement("Only its areas change", slug));
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("ada", "n/a",
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        AgreementCommand c = agreement("Only its areas change", slug);
        AgreementEdit changed = agreements.update(created.id(), created.version(),
                new AgreementCommand(c.type(), c.title(), c.titleJa(), c.signedOn(), c.place(), c.placeJa(),
                        c.summary(), c.summaryJa(), c.partners(), c.signatories(),
                        java.util.Set.of(CooperationArea.HEALTH), c.status(), c.reviewOn(), c.expiresOn(),
                        c.relations(), c.visibility(), c.staffNotes(), c.texts()));
        assertThat(changed.version()).isEqualTo(created.version() + 1);
        assertThat(jdbc.sql("SELECT updated_by FROM agreement WHERE id = :id").param("id", created.id())
                .query(String.class).single()).isEqualTo("ada");
        assertThat(history.of(RecordType.AGREEMENT, Long.toString(created.id()), java.util.Locale.ENGLISH).get(0).username()).isEqualTo("ada");
    }

    private static AgreementCommand withParts(AgreementCommand c, List<String> partnerSlugs,
            List<AgreementCommand.SignatoryCommand> signatories) {
        return new AgreementCommand(c.type(), c.title(), c.titleJa(), c.signedOn(), c.place(), c.placeJa(),
                c.summary(), c.summaryJa(), partnerSlugs, signatories, c.areas(), c.status(), c.reviewOn(),
                c.expiresOn(), c.relations(), c.visibility(), c.staffNotes(), c.texts());
    }

    private static PartnerCommand partner(String slug, String name) {
        return new PartnerCommand(slug, name, null, null, PartnerKind.CITY, "FR", null, null, Relationship.PARTNER,
                null, null, null, null, null, null, null, Visibility.PUBLISHED);
    }

    private static AgreementCommand agreement(String title, String partner) {
        return new AgreementCommand(AgreementType.OTHER, title, null, PartialDate.ofYear(2025), null, null, null,
                null, List.of(partner), List.of(), java.util.Set.of(CooperationArea.SPORT), AgreementStatus.UNKNOWN,
                null, null, List.of(), Visibility.DRAFT, null, List.of());
    }
}
