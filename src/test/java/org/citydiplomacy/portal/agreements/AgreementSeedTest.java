package org.citydiplomacy.portal.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seeded agreements match the source documents: every row of the agreement list
 * ({@code seeds/002_a9ff2c6e0bff45de.txt}, read by eye and copied below) plus the Joint Communiqué of
 * Rome ({@code seeds/000_...}). Only rows written by the seed ({@code created_by = 'seed'}) count,
 * so that rows other tests add do not disturb these checks.
 */
@PortalTest
class AgreementSeedTest {

    private static final String ROME_TITLE =
            "Joint Communiqué of the City of Rome (Republic of Italy) and the Tokyo Metropolitan Government (Japan)";
    private static final String HELSINKI_TITLE =
            "Joint Communique of the City of Helsinki (Republic of Finland) and the Tokyo Metropolitan Government (Japan)";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AgreementService agreements;

    @ParameterizedTest(name = "{0}, {3}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            seoul                   | MEMORANDUM_OF_UNDERSTANDING | Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government and the Seoul Metropolitan Government | 2014-07-23
            seoul                   | JOINT_STATEMENT             | Joint Statement by the Governor of Tokyo and Mayor of Seoul | 2015-02-03
            berlin                  | MEMORANDUM_OF_UNDERSTANDING | Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government and the City of Berlin | 2014-10-29
            berlin                  | JOINT_COMMUNIQUE            | Joint Communique of the Federal State of Berlin (Federal Republic of Germany) and the Tokyo Metropolitan Government (Japan) | 2024-05-14
            new-south-wales         | MEMORANDUM_OF_UNDERSTANDING | Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government and the New South Wales Government | 2015-05-19
            new-south-wales         | MEMORANDUM_OF_UNDERSTANDING | Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government and the New South Wales Government | 2024-02-06
            tomsk-region            | MEMORANDUM_OF_UNDERSTANDING | Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government (Japan) and the Tomsk Regional Administration (Russian Federation) | 2015-06-10
            london                  | MEMORANDUM_OF_UNDERSTANDING | Memorandum of Understanding Between Greater London Authority (GLA) and Tokyo Metropolitan Government (TMG) | 2015-10-14
            moscow                  | MEMORANDUM_OF_UNDERSTANDING | Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government (Japan) and the Government of Moscow (Russian Federation) | 2015-10-22
            paris                   | MEMORANDUM_OF_UNDERSTANDING | Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government and the City of Paris | 2015-10-28
            paris                   | JOINT_COMMUNIQUE            | Joint Communiqué of the Governor of Tokyo and the Mayor of Paris | 2017-10-23
            paris                   | JOINT_DECLARATION           | Joint Declaration between Tokyo and Paris | 2021-08-07
            brussels-capital-region | JOINT_COMMUNIQUE            | Joint Communique of the Tokyo Metropolitan Government (Japan) and the Government of Brussel-Capital Region (Kingdom of Belgium) | 2016-10-11
            los-angeles             | MEMORANDUM_OF_UNDERSTANDING | Memorandum of Understanding Between the Tokyo Metropolitan Government and the City of Los Angeles | 2018-07-25
            los-angeles             | MEMORANDUM_OF_UNDERSTANDING | Memorandum of Understanding between The City of Los Angeles and the Tokyo Metropolitan Government | 2021-08-27
            beijing                 | MEMORANDUM_OF_UNDERSTANDING | Memorandum of Understanding on Exchange and Cooperation Between the Tokyo Metropolitan Government and the People's Government of Beijing Municipality | 2019-08-26
            kuala-lumpur            | LETTER_OF_INTENT            | Letter of Intent between The Tokyo Metropolitan Government and Kuala Lumpur City Hall | 2022-09-01
            helsinki                | JOINT_COMMUNIQUE            | Joint Communique of the City of Helsinki (Republic of Finland) and the Tokyo Metropolitan Government (Japan) | 2023-08-21
            abu-dhabi               | MEMORANDUM_OF_UNDERSTANDING | Memorandum of Understanding on Exchange and Cooperation Between Abu Dhabi (The United Arab Emirates) and the Tokyo Metropolitan Government (Japan) | 2023-11-30
            ulaanbaatar             | MEMORANDUM_OF_UNDERSTANDING | Memorandum of Understanding on Exchange and Cooperation Between the Governor’s Office of the Capital City of Ulaanbaatar (Mongolia) and the Tokyo Metropolitan Government (Japan) | 2024-05-16
            bangkok                 | JOINT_COMMUNIQUE            | Joint Communique of the Bangkok Metropolitan Administration (Kingdom of Thailand) and the Tokyo Metropolitan Government (Japan) | 2025-02-06
            rome                    | JOINT_COMMUNIQUE            | Joint Communiqué of the City of Rome (Republic of Italy) and the Tokyo Metropolitan Government (Japan) | 2026-02-05
            """)
    void seedsEachAgreementOfTheSourcesWithItsPartnerTypeTitleAndDate(String partner, AgreementType type, String title,
            LocalDate signedOn) {
        List<String> found = jdbc.sql("""
                SELECT a.visibility FROM agreement a
                  JOIN agreement_partner ap ON ap.agreement_id = a.id
                  JOIN partner p ON p.id = ap.partner_id
                 WHERE a.created_by = 'seed' AND p.slug = :partner AND a.type = :type AND a.title = :title
                   AND a.signed_on = :signedOn AND a.signed_on_precision = 'DAY'""")
                .param("partner", partner)
                .param("type", type.name())
                .param("title", title)
                .param("signedOn", signedOn)
                .query(String.class)
                .list();

        assertThat(found).containsExactly("PUBLISHED");
    }

    @Test
    void seedsExactlyTwentyTwoAgreementsAllPublishedEachWithOnePartner() {
        List<Integer> partnersPerAgreement = jdbc.sql("""
                SELECT (SELECT count(*) FROM agreement_partner ap WHERE ap.agreement_id = a.id)::int
                  FROM agreement a WHERE a.created_by = 'seed' AND a.visibility = 'PUBLISHED'""")
                .query(Integer.class).list();
        Integer unpublished = jdbc.sql("SELECT count(*) FROM agreement WHERE created_by = 'seed' AND visibility <> 'PUBLISHED'")
                .query(Integer.class).single();

        assertThat(partnersPerAgreement).hasSize(22).containsOnly(1);
        assertThat(unpublished).isZero();
    }

    @Test
    void theAgreementListNamesFifteenPartners() {
        Integer partners = jdbc.sql("""
                SELECT count(DISTINCT ap.partner_id) FROM agreement_partner ap JOIN agreement a ON a.id = ap.agreement_id
                 WHERE a.created_by = 'seed' AND a.signed_on < DATE '2026-01-01'""")
                .query(Integer.class).single();

        assertThat(partners).isEqualTo(15);
    }

    @Test
    void romeCommuniqueHasItsJapaneseTitlePlaceSignatoriesAndAreas() {
        AgreementDetails rome = agreements.find(idOf(ROME_TITLE), Audience.PUBLIC);

        assertThat(rome.titleJa()).isEqualTo("東京都（日本国）とローマ市（イタリア共和国）との共同コミュニケ");
        assertThat(rome.signedOn()).isEqualTo(PartialDate.ofDay(2026, 2, 5));
        assertThat(rome.place()).isEqualTo("Rome City Hall");
        assertThat(rome.signatories()).extracting(AgreementDetails.Signatory::name, AgreementDetails.Signatory::office)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Koike Yuriko", "Governor of Tokyo"),
                        org.assertj.core.groups.Tuple.tuple("Roberto Gualtieri", "Mayor of Rome"));
        assertThat(rome.areas()).contains(CooperationArea.TOURISM, CooperationArea.CULTURE, CooperationArea.SPORT,
                CooperationArea.STARTUPS, CooperationArea.DISASTER_RESILIENCE);
        assertThat(rome.sources()).isNotEmpty();
    }

    @Test
    void helsinkiCommuniqueIsSignedByItsMayorAndTheGovernor() {
        AgreementDetails helsinki = agreements.find(idOf(HELSINKI_TITLE), Audience.PUBLIC);

        assertThat(helsinki.titleJa()).isEqualTo("東京都(日本国)とヘルシンキ市(フィンランド共和国)との共同コミュニケ");
        assertThat(helsinki.signatories()).extracting(AgreementDetails.Signatory::name)
                .containsExactlyInAnyOrder("Juhana Vartiainen", "Koike Yuriko");
    }

    @Test
    void attachesTheFullEnglishAndJapaneseTextsOfRomeAndHelsinki() {
        AgreementDetails rome = agreements.find(idOf(ROME_TITLE), Audience.PUBLIC);
        AgreementDetails helsinki = agreements.find(idOf(HELSINKI_TITLE), Audience.PUBLIC);
        Integer seededTexts = jdbc.sql("""
                SELECT count(*) FROM agreement_text t JOIN agreement a ON a.id = t.agreement_id WHERE a.created_by = 'seed'""")
                .query(Integer.class).single();

        assertThat(seededTexts).isEqualTo(4);
        assertThat(rome.texts()).extracting(AgreementDetails.Text::language).containsExactly("en", "ja");
        assertThat(rome.texts().get(0).body()).contains(
                "a meeting was held between Governor Koike Yuriko of Tokyo and Mayor Roberto Gualtieri of Rome on February 5, 2026, at Rome City Hall.",
                "the two leaders promised to strive together to resolve issues common to the world's megapolises");
        assertThat(rome.texts().get(1).body()).contains(
                "東京都知事 小池百合子とローマ市長 ロベルト・グアルティエーリは、ローマ市庁舎において会談を行った。",
                "昨年 9 月に東京都で行った議論を踏まえつつ");
        assertThat(helsinki.texts()).extracting(AgreementDetails.Text::language).containsExactly("en", "ja");
        assertThat(helsinki.texts().get(0).body()).contains(
                "The two leaders confirmed that the cities would work together in areas such as support for parenting, interaction among high school students, and startup support",
                "Signed in Helsinki on August 21, 2023");
        assertThat(helsinki.texts().get(1).body()).contains(
                "子育て支援や高校生交流、スタートアップ支援等、連携して取り組むことを確認した。",
                "デジタル化によるスマートシティの実現");
    }

    @Test
    void theOtherAgreementsHaveNoTextBecauseTheSourcesGiveNone() {
        Integer withText = jdbc.sql("""
                SELECT count(DISTINCT a.id) FROM agreement a JOIN agreement_text t ON t.agreement_id = a.id
                 WHERE a.created_by = 'seed'""").query(Integer.class).single();

        assertThat(withText).isEqualTo(2);
    }

    private long idOf(String title) {
        return jdbc.sql("SELECT id FROM agreement WHERE created_by = 'seed' AND title = :title")
                .param("title", title).query(Long.class).single();
    }
}
