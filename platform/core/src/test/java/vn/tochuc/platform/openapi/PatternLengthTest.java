package vn.tochuc.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatternLengthTest {

    @Test
    void shouldMeasureAFixedFormat() {
        assertThat(PatternLength.max("^[0-9]{4}-[0-9]{4}$")).hasValue(9);
        assertThat(PatternLength.max("\\d{4}-\\d{4}")).hasValue(9);
    }

    @Test
    void shouldTakeTheLongestAlternative() {
        assertThat(PatternLength.max("[0-9]{4}-(0[1-9]|1[0-2])")).hasValue(7);
        assertThat(PatternLength.max("CIVIL_SERVANT|PUBLIC_EMPLOYEE|CONTRACT")).hasValue(15);
        assertThat(PatternLength.max("[0-9]{2}|[0-9]{3}|[0-9]{5}")).hasValue(5);
    }

    @Test
    void shouldCountRangesAndOptionalParts() {
        assertThat(PatternLength.max("[A-Z]{2,6}-?[0-9]{1,3}")).hasValue(10);
        assertThat(PatternLength.max("[\\]a]x")).hasValue(2);
    }

    @Test
    void shouldFindNoBoundWhereTheTextMayRepeat() {
        assertThat(PatternLength.max("[A-Z][A-Z0-9_]*")).isEmpty();
        assertThat(PatternLength.max("\\S")).hasValue(1);
        assertThat(PatternLength.max(".*\\S.*")).isEmpty();
        assertThat(PatternLength.max("a{2,}")).isEmpty();
        assertThat(PatternLength.max("(?=x)y")).isEmpty();
    }
}
