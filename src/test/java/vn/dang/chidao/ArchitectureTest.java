package vn.dang.chidao;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Business code stays free of the engine, and the engine's internals are reached from one package
 * ({@code vn.dang.chidao.engine}, docs/engine.md): a move to a patched 7.24.x, Operaton or CIB seven starts there.
 */
class ArchitectureTest {

    private static final String[] BUSINESS = {"..directive..", "..numbering..", "..dispatch..", "..reporting..",
            "..notification..", "..directory..", "..deadline..", "..document..", "vn.dang.chidao.progress..",
            "..input..", "..operations..", "..importing..", "..text..", "..administration..", "..incoming.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.dang.chidao");

    @Test
    void businessCodeDoesNotImportCamunda() {
        noClasses().that().resideInAnyPackage(BUSINESS)
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
                .because("only the adapters (engine, process, web, demo) talk to the engine")
                .check(CLASSES);
    }

    @Test
    void businessCodeDoesNotCallTheAdapters() {
        noClasses().that().resideInAnyPackage(BUSINESS)
                .should().dependOnClassesThat().resideInAnyPackage("vn.dang.chidao.engine..", "..process..",
                        "..web..", "..demo..")
                .check(CLASSES);
    }

    /** Authentication is what the public IdentityService answers, so any adapter may read it. */
    @Test
    void onlyTheEnginePackageReachesEngineInternals() {
        noClasses().that().resideOutsideOfPackage("vn.dang.chidao.engine..")
                .should().dependOnClassesThat(resideInAPackage("org.camunda.bpm.engine.impl..")
                        .and(not(belongToAnyOf(Authentication.class))))
                .because("engine internals change between releases; docs/engine.md lists who uses them")
                .check(CLASSES);
    }
}
