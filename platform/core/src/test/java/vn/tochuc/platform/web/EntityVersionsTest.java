package vn.tochuc.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tochuc.platform.problem.ProblemException;

class EntityVersionsTest {

    @Test
    void shouldRequireIfMatchOnAWrite() {
        assertThatThrownBy(() -> EntityVersions.requireMatch(null, 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
    }

    @Test
    void shouldRefuseAWriteBasedOnAStaleVersion() {
        assertThatThrownBy(() -> EntityVersions.requireMatch("\"2\"", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(412);
                    assertThat(e.getMessage()).contains("version 3");
                });
    }

    @Test
    void shouldAcceptTheCurrentStrongVersionQuotedUnquotedOrInAList() {
        EntityVersions.requireMatch("\"3\"", 3);
        EntityVersions.requireMatch("3", 3);
        EntityVersions.requireMatch("\"1\", \"3\"", 3);
    }

    @Test
    void shouldRequireANamedVersionInsteadOfAnyVersion() {
        assertThatThrownBy(() -> EntityVersions.requireMatch("*", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(428);
                    assertThat(e.getMessage()).contains("\"3\"");
                });
        assertThatThrownBy(() -> EntityVersions.requireMatch("\"3\", *", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
    }

    @Test
    void shouldRefuseAWeakTagOfTheCurrentVersionOnAWrite() {
        assertThatThrownBy(() -> EntityVersions.requireMatch("W/\"3\"", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(412);
                    assertThat(e.getMessage()).contains("weak");
                });
    }

    @Test
    void shouldRequireTheCurrentVersionOfAResourceNamedInTheBody() {
        EntityVersions.requireVersion("replacesVersion", 2L, 2, "regulation 01-QC");
        assertThatThrownBy(() -> EntityVersions.requireVersion("replacesVersion", null, 2, "regulation 01-QC"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(428);
                    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("replacesVersion");
                });
        assertThatThrownBy(() -> EntityVersions.requireVersion("replacesVersion", 1L, 2, "regulation 01-QC"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(412));
    }

    @Test
    void shouldLetAReadCompareWeaklyAndAcceptAnyVersion() {
        assertThat(EntityVersions.notModified("W/\"5\"", 5)).isTrue();
        assertThat(EntityVersions.notModified("*", 5)).isTrue();
    }

    @Test
    void shouldTellWhenTheCallersCopyIsCurrent() {
        assertThat(EntityVersions.notModified("\"5\"", 5)).isTrue();
        assertThat(EntityVersions.notModified("\"4\"", 5)).isFalse();
        assertThat(EntityVersions.notModified(null, 5)).isFalse();
        assertThat(EntityVersions.tag(5).getValue()).isEqualTo("5");
    }

    @Test
    void shouldReadTheVersionAWriteIsBasedOnFromOneStrongTagOnly() {
        assertThat(EntityVersions.expectedVersion("\"7\"")).isEqualTo(7);
        assertThat(EntityVersions.expectedVersion("7")).isEqualTo(7);
        assertThatThrownBy(() -> EntityVersions.expectedVersion(null)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(428);
        assertThatThrownBy(() -> EntityVersions.expectedVersion("*")).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(428);
        assertThatThrownBy(() -> EntityVersions.expectedVersion("W/\"7\"")).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(412);
        assertThatThrownBy(() -> EntityVersions.expectedVersion("\"7\", \"8\"")).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(412);
    }

    @Test
    void shouldTagTheSameContentAlikeAndOtherContentDifferentlyWithAWeakTag() {
        var tag = EntityVersions.weakTag("org-units/tree", "2025-07-01", "12:40");

        assertThat(tag.isWeak()).isTrue();
        assertThat(tag.toString()).startsWith("W/\"");
        assertThat(EntityVersions.weakTag("org-units/tree", "2025-07-01", "12:40")).isEqualTo(tag);
        assertThat(EntityVersions.weakTag("org-units/tree", "2025-07-01", "12:41")).isNotEqualTo(tag);
        // the parts are kept apart: "ab" + "c" is not "a" + "bc"
        assertThat(EntityVersions.weakTag("ab", "c")).isNotEqualTo(EntityVersions.weakTag("a", "bc"));
    }

    @Test
    void shouldAnswerNotModifiedToAWeakTagComparedWeaklyInAListOrToAStar() {
        var tag = EntityVersions.weakTag("page", "1");
        String value = "\"" + tag.getValue() + "\"";

        assertThat(EntityVersions.notModified("W/" + value, tag)).isTrue();
        assertThat(EntityVersions.notModified(value, tag)).as("weak comparison ignores W/").isTrue();
        assertThat(EntityVersions.notModified("W/\"other\", W/" + value, tag)).isTrue();
        assertThat(EntityVersions.notModified("*", tag)).isTrue();
        assertThat(EntityVersions.notModified("W/\"other\"", tag)).isFalse();
        assertThat(EntityVersions.notModified(null, tag)).isFalse();
    }
}
