package vn.tochuc.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tochuc.platform.problem.ProblemException;

class PageTokensTest {

    @Test
    void shouldGiveBackTheSortKeyATokenWasMadeFrom() {
        String token = PageTokens.encode("tinh uy vinh phuc", "7d3c");
        assertThat(PageTokens.decode(token, 2)).containsExactly("tinh uy vinh phuc", "7d3c");
        assertThat(PageTokens.decode(null, 2)).isEmpty();
    }

    @Test
    void shouldRefuseATokenItDidNotMake() {
        assertThatThrownBy(() -> PageTokens.decode("%%%", 2)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PageTokens.decode(PageTokens.encode("only-one"), 2))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldKeepPageSizesWithinBounds() {
        assertThat(PageTokens.limit(null)).isEqualTo(PageTokens.DEFAULT_LIMIT);
        assertThat(PageTokens.limit("200")).isEqualTo(200);
        assertThatThrownBy(() -> PageTokens.limit("0")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PageTokens.limit("201")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PageTokens.limit("many")).isInstanceOf(ProblemException.class);
    }
}
