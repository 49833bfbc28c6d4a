package vn.dang.chidao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Business code stays free of the engine, so a move to Operaton or CIB seven touches only the adapters. */
@AnalyzeClasses(packages = "vn.dang.chidao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule businessCodeDoesNotImportCamunda = noClasses()
            .that().resideInAnyPackage("..directive..", "..numbering..", "..dispatch..", "..reporting..",
                    "..notification..", "..directory..", "..deadline..")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
            .because("only the process adapters (process, web, demo) talk to the engine");

    @ArchTest
    static final ArchRule businessCodeDoesNotCallTheAdapters = noClasses()
            .that().resideInAnyPackage("..directive..", "..numbering..", "..dispatch..", "..reporting..",
                    "..notification..", "..directory..", "..deadline..")
            .should().dependOnClassesThat().resideInAnyPackage("..process..", "..web..", "..demo..");
}
