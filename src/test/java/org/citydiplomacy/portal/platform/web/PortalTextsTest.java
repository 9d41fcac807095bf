package org.citydiplomacy.portal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementStatus;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.agreements.RelationKind;
import org.citydiplomacy.portal.meetings.MeetingKind;
import org.citydiplomacy.portal.partners.PartnerKind;
import org.citydiplomacy.portal.partners.Relationship;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every visible string comes from the message bundles: each English/Japanese pair has the same
 * keys, every key a template names exists, and no template has a hard-coded label (text or a
 * labelling attribute outside th:text / #{...}; punctuation and numbers are allowed).
 */
class PortalTextsTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final List<String> BUNDLES = List.of("messages", "i18n/public", "i18n/staff", "i18n/overview");
    static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
            "th:include", "th:substituteby");
    static final Set<String> LABEL_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label", "aria-description",
            "aria-roledescription", "label", "value");
    static final Pattern LETTER = Pattern.compile("\\p{L}");
    static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    static final Pattern MSG_CALL = Pattern.compile("#messages\\.msg(?:OrNull)?\\('([A-Za-z0-9_.]+)'");
    /** A table's column headings, message keys separated by spaces (fragments :: columns). */
    static final Pattern COLUMNS = Pattern.compile("fragments :: columns\\('([A-Za-z0-9_. ]+)'\\)");

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PortalTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundle " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    static Set<String> englishKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : BUNDLES) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        return keys;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "messages", "i18n/public", "i18n/staff", "i18n/overview" })
    void everyEnglishKeyHasAJapaneseOneAndTheOtherWayRound(String bundle) throws IOException {
        Set<String> english = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
        Set<String> japanese = new TreeSet<>(load(bundle + "_ja.properties").stringPropertyNames());
        assertThat(japanese).as("keys of %s_ja.properties", bundle).containsExactlyElementsOf(english);
        load(bundle + "_ja.properties").forEach((key, value) ->
                assertThat(value.toString()).as("Japanese text of %s", key).isNotBlank());
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = englishKeys();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            String source = Files.readString(template);
            for (Pattern pattern : List.of(STATIC_KEY, MSG_CALL)) {
                Matcher m = pattern.matcher(source);
                while (m.find()) {
                    String key = m.group(1);
                    // "#{agreementType." is the start of a key built from a value: checked below.
                    if (!key.endsWith(".") && !keys.contains(key)) {
                        missing.add(TEMPLATES.relativize(template) + ": " + key);
                    }
                }
            }
            Matcher columns = COLUMNS.matcher(source);
            while (columns.find()) {
                for (String key : columns.group(1).split(" ")) {
                    if (!keys.contains(key)) {
                        missing.add(TEMPLATES.relativize(template) + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyLabelBuiltFromAValueExists() throws IOException {
        Set<String> keys = englishKeys();
        List<String> expected = new ArrayList<>();
        Arrays.stream(AgreementType.values()).forEach(v -> expected.add("agreementType." + v));
        Arrays.stream(AgreementStatus.values()).forEach(v -> expected.add("agreementStatus." + v));
        Arrays.stream(CooperationArea.values()).forEach(v -> expected.add("area." + v));
        Arrays.stream(MeetingKind.values()).forEach(v -> expected.add("meetingKind." + v));
        Arrays.stream(PartnerKind.values()).forEach(v -> expected.add("partnerKind." + v));
        for (Relationship r : Relationship.values()) {
            expected.addAll(List.of("relationship." + r, "partners.group." + r, "partners.group." + r + ".intro",
                    "partner.relationship." + r, "timeline.relationship." + r));
        }
        for (RelationKind kind : RelationKind.values()) {
            expected.addAll(List.of("relationKind." + kind, "agreement.relation.TO." + kind,
                    "agreement.relation.FROM." + kind));
        }
        Arrays.stream(AgreementSort.values()).forEach(s -> expected.add("sort." + s.key()));
        List.of("RELATIONSHIP", "AGREEMENT", "MEETING").forEach(k -> expected.add("timeline.kind." + k));
        List.of("CITY", "PARTNER", "OTHER").forEach(s -> expected.add("side." + s));
        List.of("CITY", "PARTNER", "THIRD_PARTY").forEach(v -> expected.add("voice." + v));
        List.of("MONTH", "YEAR").forEach(p -> expected.add("precision.note." + p));
        List.of("en", "ja").forEach(l -> expected.add("language." + l));
        for (String filter : List.of("q", "partner", "type", "area", "from", "to", "sort", "page", "size", "year", "kind")) {
            expected.addAll(List.of("filter." + filter, "filter.error." + filter));
        }
        expected.add("filter.error.to.order");
        for (int status : List.of(400, 403, 404, 500)) {
            expected.addAll(List.of("error." + status + ".title", "error." + status + ".text", "error." + status + ".next"));
        }
        assertThat(keys).containsAll(expected);
    }

    @Test
    void noTemplateHasAHardCodedLabel() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template));
            String name = TEMPLATES.relativize(template).toString();
            NodeTraversor.traverse((Node node, int depth) -> {
                if (node instanceof TextNode text && LETTER.matcher(text.text()).find() && !replaced((Element) node.parent())
                        && !inCode((Element) node.parent())) {
                    found.add(name + ": text \"" + text.text().strip() + "\"");
                }
                if (node instanceof Element element && !replaced(element)) {
                    for (Attribute attribute : element.attributes()) {
                        String key = attribute.getKey();
                        if (LABEL_ATTRIBUTES.contains(key) && LETTER.matcher(attribute.getValue()).find()
                                && !element.hasAttr("th:" + key) && !element.hasAttr("th:attr")) {
                            found.add(name + ": " + key + "=\"" + attribute.getValue() + "\" on <" + element.tagName() + ">");
                        }
                    }
                }
            }, document);
        }
        assertThat(found).isEmpty();
    }

    /** Inside an element whose content Thymeleaf replaces: what is there is only the prototype's text. */
    private static boolean replaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            boolean layoutCall = e.tagName().equals("html");
            if (!layoutCall && REPLACING.stream().anyMatch(e::hasAttr)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inCode(Element element) {
        return element != null && (element.tagName().equals("script") || element.tagName().equals("style"));
    }
}
