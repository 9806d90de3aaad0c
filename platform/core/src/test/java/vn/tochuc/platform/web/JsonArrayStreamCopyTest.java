package vn.tochuc.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The copy a streamed answer keeps for a cache: every byte passed on, a copy only when whole and small enough. */
class JsonArrayStreamCopyTest {

    @Test
    void shouldPassEveryByteOnAndKeepTheWholeBodyWithinTheLimit() throws IOException {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        JsonArrayStream.Copy copy = new JsonArrayStream.Copy(sent, 16);

        copy.write('[');
        copy.write("1,2,3".getBytes(StandardCharsets.UTF_8), 0, 5);
        copy.write(']');
        copy.close();

        assertThat(sent.toString(StandardCharsets.UTF_8)).isEqualTo("[1,2,3]");
        assertThat(new String(copy.whole(), StandardCharsets.UTF_8)).isEqualTo("[1,2,3]");
    }

    @Test
    void shouldKeepNothingOfABodyLargerThanTheLimitButStillSendItAll() throws IOException {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        JsonArrayStream.Copy copy = new JsonArrayStream.Copy(sent, 4);

        copy.write("[1,2,3]".getBytes(StandardCharsets.UTF_8), 0, 7);
        copy.close();

        assertThat(sent.toString(StandardCharsets.UTF_8)).isEqualTo("[1,2,3]");
        assertThat(copy.whole()).isNull();
    }

    @Test
    void shouldKeepNothingOfABodyNotWrittenToTheEnd() throws IOException {
        JsonArrayStream.Copy copy = new JsonArrayStream.Copy(new ByteArrayOutputStream(), 64);

        copy.write("[1,2".getBytes(StandardCharsets.UTF_8), 0, 4);

        assertThat(copy.whole()).isNull();
    }

    @Test
    void shouldKeepNothingWhenTheLimitIsZero() throws IOException {
        JsonArrayStream.Copy copy = new JsonArrayStream.Copy(new ByteArrayOutputStream(), 0);

        copy.write("[]".getBytes(StandardCharsets.UTF_8), 0, 2);
        copy.close();

        assertThat(copy.whole()).isNull();
    }

    @Test
    void shouldKeepABodyOfManyBlocksWrittenInPiecesOfAnySize() throws IOException {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        JsonArrayStream.Copy copy = new JsonArrayStream.Copy(sent, 300_000);
        byte[] piece = new byte[7_001];
        for (int i = 0; sent.size() + piece.length <= 300_000; i++) {
            java.util.Arrays.fill(piece, (byte) ('a' + i % 26));
            copy.write(piece, 0, 1 + i * 977 % piece.length);
            copy.write('|');
        }
        copy.close();

        assertThat(sent.size()).isGreaterThan(3 * 64 * 1024);
        assertThat(copy.whole()).isEqualTo(sent.toByteArray());
    }

    @Test
    void shouldKeepABodyThatFillsTheLimitToTheLastByte() throws IOException {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        JsonArrayStream.Copy copy = new JsonArrayStream.Copy(sent, 70_000);

        copy.write(new byte[69_999], 0, 69_999);
        copy.write(']');
        copy.close();

        assertThat(copy.whole()).hasSize(70_000).isEqualTo(sent.toByteArray());
    }
}
