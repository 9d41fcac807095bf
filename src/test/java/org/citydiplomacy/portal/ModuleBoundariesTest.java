package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ImportOption;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules use one another only through their root packages (their public API), and no two modules
 * depend on each other in a cycle. Also writes the module diagrams to
 * {@code target/spring-modulith-docs}.
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
}
