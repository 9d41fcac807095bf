package org.citydiplomacy.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules use one another only through their root packages (their public API), and no two modules
 * depend on each other in a cycle. Also writes the module diagrams to
 * {@code target/spring-modulith-docs}.
 */
class ModuleBoundariesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

    @Test
    void modulesUseOneAnotherOnlyThroughTheirPublicApi() {
        MODULES.verify();
    }

    @Test
    void findsTheModulesOfTheDesign() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("shared", "platform", "partners", "agreements", "meetings", "timeline");
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
