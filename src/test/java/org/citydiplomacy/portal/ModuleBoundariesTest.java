package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.citydiplomacy.portal.support.GeneratedDocs;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ImportOption;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules use one another only through their root packages (their public API), and no two modules
 * depend on each other in a cycle. Also writes the module diagrams to
 * {@code target/spring-modulith-docs}, and checks that the diagrams in {@code docs/} are the code's
 * ({@code docs/architecture/modules.puml} by Spring Modulith's Documenter, the Mermaid diagram in
 * {@code docs/architecture.md}): refresh them with {@code DOCS_WRITE=true}.
 */
class ModuleBoundariesTest {

    // The portal's own main classes only: scanning every jar on the test classpath for the base
    // package cost seconds and finds nothing.
    static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class,
            location -> new ImportOption.DoNotIncludeJars().includes(location)
                    && new ImportOption.DoNotIncludeTests().includes(location));

    @Test
    void modulesUseOneAnotherOnlyThroughTheirPublicApi() {
        MODULES.verify();
    }

    @Test
    void findsTheModulesOfTheDesign() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("shared", "platform", "partners", "agreements", "meetings", "timeline", "networks", "statistics",
                        "map", "strategy");
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    @Test
    void theModuleDiagramInTheDocsIsTheCodes() throws IOException {
        Path generated = Path.of("target", "architecture-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml();
        GeneratedDocs.checkFile(Path.of("docs", "architecture", "modules.puml"),
                canonical(Files.readString(generated.resolve("components.puml"), StandardCharsets.UTF_8)));
        GeneratedDocs.checkSection(Path.of("docs", "architecture.md"), "modules", mermaid());
    }

    /**
     * The diagram with its components and relations in a fixed order: the Documenter writes them in
     * the order of a hash set, which need not be the same from one run to the next.
     */
    static String canonical(String plantUml) {
        List<String> lines = plantUml.lines().toList();
        StringBuilder s = new StringBuilder();
        List<String> block = new java.util.ArrayList<>();
        String blockKind = null;
        for (String line : lines) {
            String kind = line.strip().startsWith("Component(") ? "component"
                    : line.strip().startsWith("Rel(") ? "relation" : null;
            if (blockKind != null && !blockKind.equals(kind)) {
                block.stream().sorted().forEach(l -> s.append(l).append('\n'));
                block.clear();
            }
            blockKind = kind;
            if (kind != null) {
                block.add(line);
            }
            else {
                s.append(line).append('\n');
            }
        }
        block.stream().sorted().forEach(l -> s.append(l).append('\n'));
        return s.toString();
    }

    /** Each module and the modules it uses directly, as a Mermaid flowchart (GitHub draws it). */
    static String mermaid() {
        List<ApplicationModule> modules = MODULES.stream()
                .sorted(Comparator.comparing(m -> m.getIdentifier().toString())).toList();
        StringBuilder s = new StringBuilder("```mermaid\nflowchart TD\n");
        for (ApplicationModule module : modules) {
            String id = module.getIdentifier().toString();
            List<String> uses = module.getDirectDependencies(MODULES).uniqueModules()
                    .map(m -> m.getIdentifier().toString()).filter(t -> !t.equals(id)).sorted().distinct().toList();
            if (uses.isEmpty()) {
                s.append("    ").append(id).append('\n');
            }
            uses.forEach(target -> s.append("    ").append(id).append(" --> ").append(target).append('\n'));
        }
        s.append("```\n\n| module | uses directly |\n|---|---|\n");
        for (ApplicationModule module : modules) {
            String id = module.getIdentifier().toString();
            s.append("| `").append(id).append("` | ")
                    .append(module.getDirectDependencies(MODULES).uniqueModules()
                            .map(m -> m.getIdentifier().toString()).filter(t -> !t.equals(id)).sorted().distinct()
                            .map(t -> "`" + t + "`").collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return s.toString();
    }
}
