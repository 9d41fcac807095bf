package org.citydiplomacy.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps documentation that is generated from the code in step with it. A test generates the text and
 * calls {@link #check}: where the committed file differs, the test fails and says how to refresh it
 * (run the same test with {@code DOCS_WRITE=true} in the environment, or {@code -Ddocs.write=true}),
 * so that what the docs say cannot drift from the code.
 */
public final class GeneratedDocs {

    private GeneratedDocs() {
    }

    /** Whether this run refreshes the docs instead of checking them. */
    public static boolean writing() {
        return "true".equalsIgnoreCase(System.getenv("DOCS_WRITE")) || Boolean.getBoolean("docs.write");
    }

    /** The whole file is generated. */
    public static void checkFile(Path file, String generated) throws IOException {
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (writing()) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(normalised(committed)).as(hint(file)).isEqualTo(normalised(generated));
    }

    /**
     * Only the part between {@code <!-- generated: name -->} and {@code <!-- end generated: name -->}
     * is generated; the rest of the file is written by hand.
     */
    public static void checkSection(Path file, String name, String generated) throws IOException {
        String committed = Files.readString(file, StandardCharsets.UTF_8);
        String begin = "<!-- generated: " + name + " (by a test: do not edit by hand) -->\n";
        String end = "<!-- end generated: " + name + " -->";
        int from = committed.indexOf(begin);
        int to = committed.indexOf(end);
        assertThat(from).as("%s has the markers of section %s", file, name).isNotNegative();
        assertThat(to).as("%s has the markers of section %s", file, name).isGreaterThan(from);
        String refreshed = committed.substring(0, from + begin.length()) + generated + committed.substring(to);
        checkFile(file, refreshed);
    }

    private static String normalised(String text) {
        return text.replace("\r\n", "\n");
    }

    private static String hint(Path file) {
        return file + " is generated from the code and no longer matches it: run the test again with"
                + " DOCS_WRITE=true (or -Ddocs.write=true) and commit the result";
    }
}
