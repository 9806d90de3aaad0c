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
    void shouldAcceptTheCurrentVersionInAnyOfItsForms() {
        EntityVersions.requireMatch("\"3\"", 3);
        EntityVersions.requireMatch("W/\"3\"", 3);
        EntityVersions.requireMatch("\"1\", \"3\"", 3);
        EntityVersions.requireMatch("*", 3);
    }

    @Test
    void shouldTellWhenTheCallersCopyIsCurrent() {
        assertThat(EntityVersions.notModified("\"5\"", 5)).isTrue();
        assertThat(EntityVersions.notModified("\"4\"", 5)).isFalse();
        assertThat(EntityVersions.notModified(null, 5)).isFalse();
        assertThat(EntityVersions.tag(5).getValue()).isEqualTo("5");
    }
}
