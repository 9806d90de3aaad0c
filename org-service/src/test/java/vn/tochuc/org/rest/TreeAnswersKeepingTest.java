package vn.tochuc.org.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which written answers are kept: what a large one costs the heap is paid only for a read asked again. */
class TreeAnswersKeepingTest {

    private static final long BUDGET = 12 * 1024 * 1024;

    @Test
    void shouldKeepADistrictSizedAnswerAtItsFirstRead() {
        assertThat(TreeAnswers.worthKeeping(433_480, BUDGET, false)).isTrue();
    }

    @Test
    void shouldNotKeepAProvinceSizedAnswerAtItsFirstRead() {
        assertThat(TreeAnswers.worthKeeping(4_336_834, BUDGET, false)).isFalse();
    }

    @Test
    void shouldKeepAProvinceSizedAnswerOfAReadAskedBefore() {
        assertThat(TreeAnswers.worthKeeping(4_336_834, BUDGET, true)).isTrue();
    }

    @Test
    void shouldKeepAnAnswerOfAnEighthOfTheBudgetAtItsFirstRead() {
        assertThat(TreeAnswers.worthKeeping((int) (BUDGET / 8), BUDGET, false)).isTrue();
        assertThat(TreeAnswers.worthKeeping((int) (BUDGET / 8) + 1, BUDGET, false)).isFalse();
    }
}
