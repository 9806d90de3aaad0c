package vn.tochuc.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void shouldAcceptVietnameseTextAndCharactersBeyondTheBasicPlane() {
        assertThat(StorableText.whyNot("Nguyễn Trung Hải 𠀀 😀")).isNull();
        assertThat(StorableText.whyNot(null)).isNull();
    }

    @Test
    void shouldNameTheNulCharacterAndWhereItIs() {
        assertThat(StorableText.whyNot("ab\u0000")).contains("U+0000").contains("position 3");
    }

    @Test
    void shouldRefuseHalfASurrogatePair() {
        assertThat(StorableText.whyNot("a\ud800b")).contains("U+D800");
        assertThat(StorableText.whyNot("\udc00")).contains("U+DC00");
        assertThat(StorableText.whyNot("a\ud83d")).contains("U+D83D");
    }
}
