package vn.tochuc.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard on the committed API documents, tried on fixture documents (src/test/resources/contract): published.yaml
 * is the contract, each other file one change to it.
 */
class ApiDocumentCheckTest {

    @TempDir
    Path dir;

    @Test
    void shouldPassTheBuildWhoseDocumentIsTheCommittedOne() throws IOException {
        Path committed = commit("published.yaml");

        assertThatCode(() -> ApiDocumentCheck.verify("org-service", fixture("published.yaml"), committed, false, false))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldFailAnUncommittedCompatibleChangeSayingHowToRegenerate() throws IOException {
        Path committed = commit("published.yaml");

        assertThatThrownBy(() -> ApiDocumentCheck.verify("org-service", fixture("additive.yaml"), committed, false,
                false))
                .isInstanceOf(ApiDocumentCheck.ContractBroken.class)
                .hasMessageContaining("differs from the committed")
                .hasMessageContaining("./tochuc api-docs")
                .hasMessageNotContaining("breaks");
    }

    @Test
    void shouldFailWhenNoDocumentIsCommittedYet() {
        assertThatThrownBy(() -> ApiDocumentCheck.verify("org-service", fixture("published.yaml"),
                dir.resolve("org-service.yaml"), false, false))
                .hasMessageContaining("no committed API document")
                .hasMessageContaining("./tochuc api-docs");
    }

    @Test
    void shouldWriteACompatibleChangeWhenAskedToRegenerate() throws IOException {
        Path committed = commit("published.yaml");

        ApiDocumentCheck.verify("org-service", fixture("additive.yaml"), committed, true, false);

        assertThat(Files.readString(committed)).isEqualTo(fixture("additive.yaml"));
    }

    @Test
    void shouldRefuseToRegenerateOverABreakingChange() throws IOException {
        Path committed = commit("published.yaml");

        assertThatThrownBy(() -> ApiDocumentCheck.verify("org-service", fixture("removed-operation.yaml"), committed,
                true, false))
                .hasMessageContaining("breaks /api/v1")
                .hasMessageContaining("/api/v2");
        assertThat(Files.readString(committed)).isEqualTo(fixture("published.yaml"));
    }

    @Test
    void shouldFailTheBuildOnARemovedOperationNamingIt() throws IOException {
        Path committed = commit("published.yaml");

        assertThatThrownBy(() -> ApiDocumentCheck.verify("org-service", fixture("removed-operation.yaml"), committed,
                false, false))
                .hasMessageContaining("GET /api/v1/org-units/{id}: operation removed");
    }

    @Test
    void shouldFindNoBreakInAnAdditiveChangeNorOutsideTheVersionedPaths() {
        assertThat(breaks("additive.yaml")).isEmpty();
    }

    @Test
    void shouldReportAResponseFieldRemoved() {
        assertThat(breaks("removed-response-field.yaml"))
                .anySatisfy(line -> assertThat(line).contains("answer 200").contains("field depth removed"));
    }

    @Test
    void shouldReportARenamedFieldAsRemovedAndNoLongerGiven() {
        assertThat(breaks("renamed-field.yaml"))
                .anySatisfy(line -> assertThat(line).contains("field name removed"))
                .anySatisfy(line -> assertThat(line).contains("field name is no longer always given"));
    }

    @Test
    void shouldReportNarrowedInputs() {
        assertThat(breaks("narrowed-input.yaml"))
                .anySatisfy(line -> assertThat(line).contains("request body.code: maxLength narrowed from 50 to 20"))
                .anySatisfy(line -> assertThat(line).contains("request body.kind: value \"CELL\" no longer accepted"))
                .anySatisfy(line -> assertThat(line).contains("parameter query limit: maximum narrowed from 200 to 100"));
    }

    @Test
    void shouldReportChangedTypesInAnswersAndRequests() {
        assertThat(breaks("changed-type.yaml"))
                .anySatisfy(line -> assertThat(line).contains(".depth: type changed from [integer] to [string]"))
                .anySatisfy(line -> assertThat(line).contains(".staff: type narrowed from [integer] to [string]"));
    }

    @Test
    void shouldReportNewRequiredInputs() {
        assertThat(breaks("new-required-input.yaml"))
                .anySatisfy(line -> assertThat(line).contains("POST /api/v1/org-units request body: field kind is now required"))
                .anySatisfy(line -> assertThat(line).contains("GET /api/v1/org-units: new required parameter query asOf"));
    }

    private List<String> breaks(String changed) {
        return CompatibilityCheck.breakingChanges(ApiDocumentCheck.parse(fixture("published.yaml")),
                ApiDocumentCheck.parse(fixture(changed)), ApiDocumentCheck.VERSION_PREFIX);
    }

    private Path commit(String name) throws IOException {
        Path file = dir.resolve("org-service.yaml");
        Files.writeString(file, fixture(name));
        return file;
    }

    private static String fixture(String name) {
        try (InputStream in = ApiDocumentCheckTest.class.getResourceAsStream("/contract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("fixture " + name + " missing", e);
        }
    }
}
