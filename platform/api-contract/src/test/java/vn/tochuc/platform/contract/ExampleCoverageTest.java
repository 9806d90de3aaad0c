package vn.tochuc.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every request body and 2xx answer of the published documents (docs/api) shows an example. */
class ExampleCoverageTest {

    private static final String OPERATION = """
            paths:
              /api/v1/org-units:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: "#/components/schemas/CreateOrgUnit"}
                        %s
                  responses:
                    "201":
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/OrgUnit"}
                          example: {code: TU_VP, name: Tỉnh ủy Vĩnh Phúc}
                    "404":
                      content:
                        application/problem+json:
                          schema: {$ref: "#/components/schemas/Problem"}
              /api/v1/vacancy-reports:
                get:
                  responses:
                    "200":
                      content:
                        application/vnd.openxmlformats-officedocument.spreadsheetml.sheet: {}
            """;

    @Test
    void shouldNameABodyWithoutAnExample() {
        List<String> missing = ExampleCoverage.missing(ApiDocumentCheck.parse(OPERATION.formatted("")));

        assertThat(missing).containsExactly("POST /api/v1/org-units: request application/json");
    }

    @Test
    void shouldAcceptBodiesWithExamplesAndLeaveErrorsAndWorkbooksOut() {
        String document = OPERATION.formatted("example: {code: TU_VP, name: Tỉnh ủy Vĩnh Phúc, kind: TINH_UY}");

        assertThat(ExampleCoverage.missing(ApiDocumentCheck.parse(document))).isEmpty();
    }

    @Test
    void shouldFindAnExampleOnEveryBodyOfThePublishedDocuments() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.list(docs())) {
            documents = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(documents).isNotEmpty();
        for (Path document : documents) {
            List<String> missing = ExampleCoverage.missing(
                    ApiDocumentCheck.parse(Files.readString(document, StandardCharsets.UTF_8)));
            assertThat(missing).as("bodies without an example in %s: give the body a schema (@APIResponse(content = "
                    + "@Content(schema = @Schema(implementation = ...)))) or its fields @Schema(example = ...), then "
                    + "run ./tochuc api-docs", document).isEmpty();
        }
    }

    /** docs/api of the repository this module is in, wherever the build runs from. */
    private static Path docs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/api")) && Files.isDirectory(dir.resolve("platform"))) {
                return dir.resolve("docs/api");
            }
        }
        throw new IllegalStateException("No docs/api above " + Path.of("").toAbsolutePath());
    }
}
