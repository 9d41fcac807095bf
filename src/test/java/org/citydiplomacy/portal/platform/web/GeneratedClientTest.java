package org.citydiplomacy.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.citydiplomacy.client.ApiClient;
import org.citydiplomacy.client.ApiException;
import org.citydiplomacy.client.ApiResponse;
import org.citydiplomacy.client.api.AgreementsApi;
import org.citydiplomacy.client.api.TokensApi;
import org.citydiplomacy.client.model.AgreementCommand;
import org.citydiplomacy.client.model.AgreementDetails;
import org.citydiplomacy.client.model.AgreementEdit;
import org.citydiplomacy.client.model.AgreementStatus;
import org.citydiplomacy.client.model.AgreementSummary;
import org.citydiplomacy.client.model.AgreementType;
import org.citydiplomacy.client.model.IssuedToken;
import org.citydiplomacy.client.model.PageResultAgreementSummary;
import org.citydiplomacy.client.model.PartnerRef;
import org.citydiplomacy.client.model.Problem;
import org.citydiplomacy.client.model.TokenRequest;
import org.citydiplomacy.client.model.Visibility;
import org.citydiplomacy.portal.accounts.AccountService;
import org.citydiplomacy.portal.accounts.StaffRole;
import org.citydiplomacy.portal.support.CreatedRecords;
import org.citydiplomacy.portal.support.PortalServerTest;
import org.citydiplomacy.portal.support.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contract works for an integrator: a Java client that openapi-generator (the Maven plugin, in
 * generate-test-sources) generated from the committed {@code docs/openapi.json}, used as its
 * generated methods are meant to be used, against the running portal on a real port.
 */
@PortalServerTest
class GeneratedClientTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private CreatedRecords created;

    @BeforeEach
    void noteRecordsBefore() {
        created = CreatedRecords.noteBefore(jdbc);
    }

    @AfterEach
    void removeCreatedRecords() {
        created.remove();
    }

    private ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        if (authorization != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        }
        return client;
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void getsATokenWithItsUsernameAndPassword() throws ApiException {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);

        ApiResponse<IssuedToken> issued = new TokensApi(client(basic(editor, StaffAccounts.PASSWORD)))
                .createTokenWithHttpInfo(new TokenRequest().name("generated client").days(7));

        assertThat(issued.getStatusCode()).isEqualTo(201);
        assertThat(issued.getData().getToken()).startsWith("cdp_");
        assertThat(issued.getData().getExpiresAt()).isBetween(OffsetDateTime.now().plusDays(6), OffsetDateTime.now().plusDays(8));
        assertThatExceptionOfType(ApiException.class)
                .isThrownBy(() -> new TokensApi(client(basic(editor, "wrong password"))).createToken(null))
                .satisfies(ex -> assertThat(ex.getCode()).isEqualTo(401));
    }

    @Test
    void listsWithFiltersEachSentAsItsOwnParameter() throws ApiException {
        AgreementsApi agreements = new AgreementsApi(client(null));

        long everything = agreements.listAgreements(null, null, null, null, null, null, null, null, null, null)
                .getPage().getTotalElements();
        PageResultAgreementSummary paris = agreements.listAgreements(null, null, null, null, null, null, "Paris", null, 0, 100);

        assertThat(paris.getPage().getTotalElements()).isPositive().isLessThan(everything);
        assertThat(paris.getContent()).hasSize(paris.getPage().getTotalElements().intValue());
        for (AgreementSummary summary : paris.getContent()) {
            assertThat(mentionsParis(agreements.getAgreement(summary.getId())))
                    .as("agreement %d (%s) mentions Paris", summary.getId(), summary.getTitle()).isTrue();
        }

        // One year alone, its own parameter (the fourth, before the range).
        PageResultAgreementSummary in2015 = agreements.listAgreements(null, null, null, 2015, null, null, null, null, 0, 100);
        assertThat(in2015.getContent()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getSignedOn()).startsWith("2015"));

        PageResultAgreementSummary withParis = agreements.listAgreements("paris", null, null, null, "2000", null, null, "oldest", 0, 2);
        assertThat(withParis.getPage().getSize()).isEqualTo(2);
        assertThat(withParis.getContent()).isNotEmpty().hasSizeLessThanOrEqualTo(2)
                .allSatisfy(a -> assertThat(a.getPartners()).extracting(PartnerRef::getSlug).contains("paris"));
        assertThat(withParis.getContent()).extracting(AgreementSummary::getSignedOn).isSorted();

        assertThatExceptionOfType(ApiException.class)
                .isThrownBy(() -> agreements.listAgreements(null, null, null, null, "last year", null, null, null, null, null))
                .satisfies(ex -> {
                    assertThat(ex.getCode()).isEqualTo(400);
                    assertThat(ex.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                            type -> assertThat(type).startsWith("application/problem+json"));
                });
    }

    private static boolean mentionsParis(AgreementDetails agreement) {
        Stream<String> words = Stream.concat(
                Stream.of(agreement.getTitle(), agreement.getTitleJa(), agreement.getSummary(), agreement.getSummaryJa()),
                Stream.concat(agreement.getPartners() == null ? Stream.of() : agreement.getPartners().stream().map(PartnerRef::getSlug),
                        agreement.getTexts() == null ? Stream.of() : agreement.getTexts().stream()
                                .flatMap(t -> Stream.of(t.getTitle(), t.getBody()))));
        return words.anyMatch(w -> w != null && (w.toLowerCase(Locale.ROOT).contains("paris") || w.contains("パリ")));
    }

    @Test
    void readsCreatesWithTheMinimalFieldsAndUpdatesWithIfMatch() throws Exception {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String token = new TokensApi(client(basic(editor, StaffAccounts.PASSWORD))).createToken(null).getToken();
        ApiClient staffClient = client("Bearer " + token);
        AgreementsApi staff = new AgreementsApi(staffClient);
        AgreementsApi anonymous = new AgreementsApi(client(null));

        AgreementCommand minimal = new AgreementCommand()
                .type(AgreementType.MEMORANDUM_OF_UNDERSTANDING)
                .title("Memorandum written by a generated client " + UUID.randomUUID())
                .signedOn("2026-02")
                .partners(List.of("paris"));
        ApiResponse<AgreementEdit> createdAnswer = staff.createAgreementWithHttpInfo(minimal, null, UUID.randomUUID().toString());

        assertThat(createdAnswer.getStatusCode()).isEqualTo(201);
        AgreementEdit created = createdAnswer.getData();
        assertThat(createdAnswer.getHeaders().get("location")).containsExactly("/api/v1/agreements/" + created.getId());
        assertThat(createdAnswer.getHeaders().get("etag")).containsExactly(Versions.etag(created.getVersion()));
        assertThat(created.getCommand().getVisibility()).isEqualTo(Visibility.DRAFT);
        assertThat(created.getCommand().getStatus()).isEqualTo(AgreementStatus.UNKNOWN);
        assertThat(created.getCommand().getSignedOn()).isEqualTo("2026-02");

        AgreementDetails read = staff.getAgreement(created.getId());
        assertThat(read.getTitle()).isEqualTo(minimal.getTitle());
        assertThat(read.getPartners()).extracting(PartnerRef::getSlug).containsExactly("paris");
        assertThatExceptionOfType(ApiException.class).as("a draft is not public")
                .isThrownBy(() -> anonymous.getAgreement(created.getId()))
                .satisfies(ex -> assertThat(ex.getCode()).isEqualTo(404));

        AgreementCommand published = created.getCommand()
                .title(minimal.getTitle() + ", revised")
                .visibility(Visibility.PUBLISHED);
        ApiResponse<AgreementEdit> updated = staff.updateAgreementWithHttpInfo(created.getId(),
                Versions.etag(created.getVersion()), published, null);

        assertThat(updated.getStatusCode()).isEqualTo(200);
        assertThat(updated.getData().getVersion()).isGreaterThan(created.getVersion());
        assertThat(updated.getHeaders().get("etag")).containsExactly(Versions.etag(updated.getData().getVersion()));
        assertThat(anonymous.getAgreement(created.getId()).getTitle()).endsWith(", revised");

        AgreementCommand stale = created.getCommand().title("An edit based on the first version");
        ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> staff.updateAgreement(created.getId(), Versions.etag(created.getVersion()), stale, null));
        assertThat(refused.getCode()).isEqualTo(412);
        Problem problem = staffClient.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(problem.getCurrentETag()).isEqualTo(Versions.etag(updated.getData().getVersion()));
        assertThat(problem.getChangedMeanwhile()).extracting(c -> c.getField()).contains("title");
        assertThat(staff.getAgreement(created.getId()).getTitle()).endsWith(", revised");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstRecord() throws ApiException {
        String editor = StaffAccounts.create(accounts, StaffRole.EDITOR);
        String token = new TokensApi(client(basic(editor, StaffAccounts.PASSWORD))).createToken(null).getToken();
        AgreementsApi staff = new AgreementsApi(client("Bearer " + token));
        AgreementCommand command = new AgreementCommand().type(AgreementType.JOINT_STATEMENT)
                .title("Statement sent twice " + UUID.randomUUID()).signedOn("2025").partners(List.of("paris"));
        String key = UUID.randomUUID().toString();

        AgreementEdit first = staff.createAgreement(command, null, key);
        AgreementEdit retried = staff.createAgreement(command, null, key);

        assertThat(retried.getId()).isEqualTo(first.getId());
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE title = :title").param("title", command.getTitle())
                .query(Long.class).single()).isEqualTo(1);
    }

}
