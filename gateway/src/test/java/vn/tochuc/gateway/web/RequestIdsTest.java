package vn.tochuc.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void shouldKeepASaneId() {
        assertThat(RequestIds.saneOrNew("A-z_0.9")).isEqualTo("A-z_0.9");
        assertThat(RequestIds.saneOrNew("x".repeat(128))).isEqualTo("x".repeat(128));
    }

    @Test
    void shouldReplaceAMissingEmptyTooLongOrOddId() {
        assertThat(RequestIds.saneOrNew(null)).matches(UUID);
        assertThat(RequestIds.saneOrNew("")).matches(UUID);
        assertThat(RequestIds.saneOrNew("x".repeat(129))).matches(UUID);
        assertThat(RequestIds.saneOrNew("id\r\nX-Injected: 1")).matches(UUID);
        assertThat(RequestIds.saneOrNew("mã-số")).matches(UUID);
    }
}
