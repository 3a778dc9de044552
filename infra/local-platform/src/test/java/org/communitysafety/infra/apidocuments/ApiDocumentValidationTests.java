package org.communitysafety.infra.apidocuments;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.communitysafety.infra.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.codegen.SpecValidationException;
import org.openapitools.codegen.config.CodegenConfigurator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each service's published API document read by openapi-generator with its own validation
 * on, as an agency's build would read it before generating a client: a document the
 * generator rejects fails here, naming the service and what is wrong, rather than in some
 * agency's build.
 */
class ApiDocumentValidationTests {

    @TempDir
    Path output;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "partnership-service", "priority-service", "scrutiny-service", "notification-service" })
    void eachPublishedDocumentPassesTheGeneratorsOwnValidation(String service) {
        Path document = Workspace.locate()
            .root()
            .resolve(service + "/src/main/resources/contracts/api/" + service + ".openapi.json");
        assertThat(document).exists();

        SpecValidationException rejected = validationOf(document);

        assertThat(rejected).as("%s is rejected by the generator: %s", service, describe(rejected)).isNull();
    }

    @Test
    void rejectsADocumentAGeneratorCannotUse() throws URISyntaxException {
        Path broken = Path.of(getClass().getResource("/apidocuments/rejected.openapi.json").toURI());
        assertThat(Files.exists(broken)).isTrue();

        SpecValidationException rejected = validationOf(broken);

        assertThat(rejected).as("the generator's validation refuses a broken document").isNotNull();
        assertThat(rejected.getErrors()).anyMatch(error -> error.contains("info.title"))
            .anyMatch(error -> error.contains("description"));
    }

    private SpecValidationException validationOf(Path document) {
        CodegenConfigurator generator = new CodegenConfigurator().setInputSpec(document.toString())
            .setGeneratorName("java")
            .setLibrary("native")
            .setOutputDir(output.toString())
            .setValidateSpec(true);
        return catchThrowableOfType(SpecValidationException.class, generator::toContext);
    }

    private static String describe(SpecValidationException rejected) {
        if (rejected == null) {
            return "";
        }
        Set<String> errors = rejected.getErrors();
        return "errors " + errors + ", warnings " + rejected.getWarnings();
    }

}
