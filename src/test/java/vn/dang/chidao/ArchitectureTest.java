package vn.dang.chidao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Business code stays free of the engine, so a move to Operaton or CIB seven touches only the adapters. */
class ArchitectureTest {

    private static final String[] BUSINESS = {"..directive..", "..numbering..", "..dispatch..", "..reporting..",
            "..notification..", "..directory..", "..deadline..", "..importing.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.dang.chidao");

    @Test
    void businessCodeDoesNotImportCamunda() {
        noClasses().that().resideInAnyPackage(BUSINESS)
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
                .because("only the process adapters (process, web, demo) talk to the engine")
                .check(CLASSES);
    }

    @Test
    void businessCodeDoesNotCallTheAdapters() {
        noClasses().that().resideInAnyPackage(BUSINESS)
                .should().dependOnClassesThat().resideInAnyPackage("..process..", "..web..", "..demo..")
                .check(CLASSES);
    }
}
