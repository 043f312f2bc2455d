package org.kefuacademy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;
import org.kefuacademy.KefuAcademyApplication;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Feature boundaries as tests: a feature may use another's public API (its root package) but
 * never its {@code domain} (entities, repositories) or {@code ui}; features form no cycle.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kefuacademy");

    @Test
    void features_respect_each_others_boundaries_and_have_no_cycles() {
        ApplicationModules.of(KefuAcademyApplication.class).verify();
    }

    @Test
    void domain_does_not_depend_on_ui() {
        noClasses().that().resideInAPackage("..domain..").should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_by_their_own_feature_and_never_by_views() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositories_live_in_a_domain_package() {
        classes().that().areAssignableTo(Repository.class).should().resideInAPackage("..domain..").check(CLASSES);
    }

    @Test
    void no_standard_streams_and_no_field_injection() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(CLASSES);
    }
}
